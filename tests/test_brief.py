"""Creator briefs (toolkit/brief, `ctk brief`, `ctk render --brief`): every section in every market, in the market's
language; the sa PDF laid out right to left; hostile input is one clear error; render writes the brief into the bundle."""

import json
import re

import pytest

from conftest import EXAMPLES, ROOT

MARKETS = ["us", "gb", "de", "fr", "it", "es", "br", "jp", "kr", "vn", "th", "sa", "id", "my", "ae", "mx", "nl", "pl", "ph", "sg", "tr"]
SECTIONS = ("product", "facts", "key_messages", "hooks", "shot_list", "must_say", "must_not_say", "festival",
            "hashtags", "deliverables", "fit")
# the characters of each non-Latin market's script: its headings are written in it
SCRIPT = {"jp": r"[\u3040-\u30ff\u4e00-\u9fff]", "kr": r"[\uac00-\ud7af]", "th": r"[\u0e00-\u0e7f]",
          "sa": r"[\u0600-\u06ff]", "ae": r"[\u0600-\u06ff]"}
DAY = "2026-12-01"


@pytest.fixture(scope="module")
def briefs():
    """The earbuds (fit findings everywhere) briefed in every market of MARKETS, in process, as dicts and Markdown."""
    from toolkit.batch import _worker_tools
    from toolkit.brief import build_brief
    from toolkit.brief.markdown import creator_markdown, seller_markdown
    from toolkit.bundle import market_festival
    from toolkit.importers import load_catalog
    from toolkit.markets import load_market
    from toolkit.settings import resolve
    opts = resolve({"markets": MARKETS, "campaign_date": DAY, "translator": "phrasebook"})
    cat = load_catalog(EXAMPLES / "catalog.csv")
    p = next(x for x in cat.products if x.id == "soundbit-air-earbuds")
    tr, fx = _worker_tools(opts)
    out = {}
    for code in MARKETS:
        m = load_market(code)
        fest, mf = market_festival(m, opts)
        doc = build_brief(p, m, opts, translator=tr, fx=fx, festival=fest, market_findings=mf)
        out[code] = (doc, creator_markdown(doc), seller_markdown(doc), m)
    return out


@pytest.mark.parametrize("code", MARKETS)
def test_every_section_is_in_the_brief_with_the_markets_heading(briefs, code):
    doc, md, _, m = briefs[code]
    from toolkit.report import _md_escape
    heads = re.findall(r"^## (.+)$", md, flags=re.M)
    assert heads == [_md_escape(doc["words"][k]) for k in SECTIONS]
    # each section has its content
    assert doc["product"]["name"] and doc["product"]["facts"]
    assert doc["key_messages"] and doc["hooks"] and len(doc["shots"]) >= 4
    assert all(s["visual"] and s["voice"] and s["screen"] for s in doc["shots"])
    assert doc["must_say"]["label"] == m.disclosure["label"] and f"**{_md_escape(m.disclosure['label'])}**" in md
    assert doc["must_say"]["position_text"] in md.replace("\\", "")
    rules = {b["id"] for b in doc["must_not_say"]}
    assert "claims.superlative" in rules and all(b["terms"] for b in doc["must_not_say"])
    sup = next(b for b in doc["must_not_say"] if b["id"] == "claims.superlative")
    assert _md_escape(sup["terms"][0]) in md
    if doc["festival"]:            # the festival of the date and when to post, or the market has none on the date
        assert doc["festival"]["post_from"] == DAY and _md_escape(doc["festival"]["window_text"]) in md
        assert doc["festival"]["angle"] == doc["shots"][0]["voice"]
    else:
        assert _md_escape(doc["words"]["no_festival"]) in md
    assert doc["hashtags"] and all(h.startswith("#") for h in doc["hashtags"])
    d = doc["deliverables"]
    assert d["format"] == "9:16" and (d["width"], d["height"]) == (1080, 1920)
    assert d["min_seconds"] <= d["seconds"] <= d["max_seconds"] and d["safe_zone"]["bottom"] == 420
    assert doc["fit"]["verdict"] == "check" and doc["fit"]["findings"]
    assert all(f["note"] for f in doc["fit"]["findings"])           # each finding in the market's words
    assert _md_escape(doc["fit"]["verdict_text"]) in md
    json.dumps(doc, ensure_ascii=False)


# the English-language markets (us, gb, ph, sg) write their briefs in English
@pytest.mark.parametrize("code", [c for c in MARKETS if c not in ("us", "gb", "ph", "sg")])
def test_the_brief_is_in_the_markets_language_not_english(briefs, code):
    doc, md, _, m = briefs[code]
    en = briefs["us"][0]["words"]
    w = doc["words"]
    fixed = [k for k in w if isinstance(w[k], str) and k not in ("separator", "colon")]
    same = [k for k in fixed if w[k].strip().lower() == en[k].strip().lower()]
    # loanwords a language shares with English ("Hashtags", "Format", "Material") are a few, never the brief
    assert len(same) <= 4, same
    for table in ("role", "shot", "where", "verdict", "fit_kind", "rule", "claim"):
        assert all(w[table][k] != en[table][k] for k in en[table] if len(en[table][k]) > 12), table
    if code in SCRIPT:
        for k in SECTIONS:
            assert re.search(SCRIPT[code], w[k]), (k, w[k])
    # the lines a creator says come from the market's own copy, not from English
    us_lines = {s["voice"] for s in briefs["us"][0]["shots"]}
    assert not us_lines & {s["voice"] for s in doc["shots"]}
    assert doc["language"] == m.language


def test_festival_markets_get_the_festival(briefs):
    assert {c for c in MARKETS if briefs[c][0]["festival"]} >= {"us", "jp", "de", "kr", "th"}


def test_rtl_and_ltr_markdown(briefs):
    assert briefs["sa"][1].startswith('<div dir="rtl" lang="ar">') and briefs["sa"][1].rstrip().endswith("</div>")
    assert "dir=" not in briefs["jp"][1].splitlines()[0]


def test_the_sellers_copy_is_side_by_side_in_english_and_chinese(briefs):
    from toolkit.brief.markdown import seller_markdown
    doc, _, seller, _ = briefs["jp"]
    rows = [r for r in seller.splitlines() if r.startswith("| ")]
    assert rows[0].startswith("| Creator brief (en) | クリエイター向けブリーフ (ja) |")
    # each line the creator says is next to what it is in the seller's words
    for s in doc["shots"]:
        assert any(s["voice"].replace("|", "\\|")[:10] in r for r in rows)
    assert "From the listing" in seller
    zh = seller_markdown(dict(doc, seller_language="zh-CN", seller_words=__import__(
        "toolkit.brief.wording", fromlist=["x"]).seller_words("zh-CN")))
    assert "达人拍摄简报 (zh-CN)" in zh and "商品信息原文" in zh


def _chars(pdf_path):
    """(text, [(char, left, right)]) of the first page."""
    import pypdfium2 as pdfium
    page = pdfium.PdfDocument(str(pdf_path))[0]
    tp = page.get_textpage()
    n = tp.count_chars()
    text = tp.get_text_range()
    boxes = [tp.get_charbox(i) for i in range(n)]
    return text, boxes, page.get_width()


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    from conftest import run_ctk
    out = tmp_path_factory.mktemp("briefs")
    r = run_ctk("brief", EXAMPLES / "catalog.csv", "-m", "sa,jp,th", "--products", "lumi-silk-scarf",
                "--date", DAY, "--out", out, "--translator", "phrasebook")
    assert r.returncode == 0, r.stderr + r.stdout
    assert "3 briefs written, 0 failed" in r.stdout
    return out


def test_the_sa_pdf_is_laid_out_right_to_left(pdfs):
    doc = json.loads((pdfs / "sa" / "lumi-silk-scarf" / "brief.json").read_text("utf-8"))
    assert doc["direction"] == "rtl"
    text, boxes, width = _chars(pdfs / "sa" / "lumi-silk-scarf" / "brief.pdf")
    title = "ملخّص صانع المحتوى"
    assert "صانع المحتوى" in text                      # Arabic is text in the PDF (shaped, extractable)
    i = text.index("صانع")
    first, last = boxes[i], boxes[i + len("صانع") - 1]
    assert first[0] > last[0]                           # the word runs from right to left
    # the heading is set against the right margin, not the left
    line = [b for b in boxes[:i + 20] if b[2] > b[0]]
    assert max(b[2] for b in line) > width - 60 and min(b[0] for b in line) > 120, title
    tj, bj, wj = _chars(pdfs / "jp" / "lumi-silk-scarf" / "brief.pdf")
    k = tj.index("クリエイター")
    assert bj[k][0] < 60 and bj[k][0] < bj[k + 1][0]    # jp: left to right, from the left margin


def _fonts(pdf_path) -> set[str]:
    """The font of every character of the first page, as the PDF names it ("ABCDEF+Noto-Sans-Thai")."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    tp = pdfium.PdfDocument(str(pdf_path))[0].get_textpage()
    out = set()
    for i in range(tp.count_chars()):
        buf, flags = ctypes.create_string_buffer(256), ctypes.c_int()
        raw.FPDFText_GetFontInfo(tp.raw, i, buf, 256, ctypes.byref(flags))
        if buf.value:
            out.add(buf.value.decode("latin-1").split("+")[-1].replace("-", ""))
    return out


@pytest.mark.parametrize("code,family,text", [("jp", "NotoSansCJKJP", "クリエイター向けブリーフ"),
                                              ("th", "NotoSansThai", "เอเตอร์"),
                                              ("sa", "NotoSansArabic", "صانع المحتوى")])
def test_jp_th_and_sa_pdfs_use_the_markets_fonts(pdfs, code, family, text):
    path = pdfs / code / "lumi-silk-scarf" / "brief.pdf"
    assert any(f.startswith(family) for f in _fonts(path)), _fonts(path)
    assert text in _chars(path)[0]           # shaped text that extracts as its words (Thai: its consonant runs)
    seller = _fonts(pdfs / code / "lumi-silk-scarf" / "brief.seller.pdf")
    assert any(f.startswith(family) for f in seller)


def test_chinese_in_the_sellers_copy_is_drawn_with_chinese_glyphs(pdfs, tmp_path):
    from conftest import run_ctk
    r = run_ctk("brief", EXAMPLES / "catalog.csv", "-m", "jp", "--products", "lumi-silk-scarf", "--date", DAY,
                "--out", tmp_path, "--translator", "phrasebook", "--seller-lang", "zh-CN", "--format", "pdf")
    assert r.returncode == 0, r.stderr
    fonts = _fonts(tmp_path / "jp" / "lumi-silk-scarf" / "brief.seller.pdf")
    assert any(f.startswith("NotoSansCJKSC") for f in fonts) and any(f.startswith("NotoSansCJKJP") for f in fonts)


def test_a_hostile_catalog_is_one_clear_error(ctk, tmp_path):
    (tmp_path / "bin.csv").write_bytes(b"\x00\x01\x02PK\x03\x04" + bytes(range(256)) * 4)
    r = ctk("brief", tmp_path / "bin.csv", "-m", "jp", "--out", tmp_path / "o")
    assert r.returncode == 2 and r.stderr.startswith("error:") and "Traceback" not in r.stderr + r.stdout
    assert len(r.stderr.strip().splitlines()) == 1
    (tmp_path / "evil.csv").write_text('id,title,price\n../../etc,"=cmd|\' /C calc\'!A0",12\n', encoding="utf-8")
    r = ctk("brief", tmp_path / "evil.csv", "-m", "jp", "--out", tmp_path / "o", "--currency", "USD",
            "--format", "md,json")
    assert "Traceback" not in r.stderr + r.stdout and r.returncode in (0, 1, 2), r.stderr
    assert not (tmp_path.parent / "etc").exists() and not list(tmp_path.parent.glob("etc*"))
    r = ctk("brief", EXAMPLES / "catalog.csv", "-m", "jp", "--out", tmp_path / "o", "--format", "docx")
    assert r.returncode == 2 and "unknown brief format" in r.stderr and "Traceback" not in r.stderr
    r = ctk("brief", EXAMPLES / "catalog.csv", "-m", "jp", "--out", tmp_path / "o", "--seller-lang", "fr")
    assert r.returncode == 2 and "seller" in r.stderr and "Traceback" not in r.stderr


def test_a_market_without_brief_words_is_a_clear_error(locales_copy, ctk, tmp_path):
    (locales_copy / "th" / "brief.toml").write_text('[brief]\ntitle = "x"\n', encoding="utf-8")
    r = ctk("brief", EXAMPLES / "catalog.csv", "-m", "th", "--out", tmp_path / "o", "--format", "json",
            env={"CTK_LOCALES": str(locales_copy)})
    assert r.returncode == 2 and "brief.toml" in r.stderr and "campaign_date" in r.stderr


def test_render_brief_writes_the_brief_into_the_bundle(ctk, tmp_path):
    r = ctk("render", EXAMPLES / "catalog.csv", "-m", "sa", "--products", "kiln-ceramic-mug", "--no-video",
            "--brief", "--out", tmp_path, "--date", DAY, "--translator", "phrasebook", "--quiet")
    assert r.returncode == 0, r.stderr + r.stdout
    b = tmp_path / "sa" / "kiln-ceramic-mug"
    for f in ("brief.json", "brief.md", "brief.pdf", "brief.seller.md", "brief.seller.pdf"):
        assert (b / f).stat().st_size > 0, f
    brief = json.loads((b / "brief.json").read_text("utf-8"))
    script = json.loads((b / "script.json").read_text("utf-8"))
    # the same compose: the creator is told the bundle's own lines and hashtags
    assert [s["voice"] for s in brief["shots"]] == [s["voice"] for s in script["scenes"]]
    assert brief["hashtags"] == script["caption"]["hashtags"]
    r2 = ctk("render", EXAMPLES / "catalog.csv", "-m", "sa", "--products", "kiln-ceramic-mug", "--no-video",
             "--brief", "--out", tmp_path, "--date", DAY, "--translator", "phrasebook", "--quiet")
    assert r2.returncode == 0 and "1 unchanged" in r2.stdout         # an intact bundle with its brief is kept


def test_brief_modules_import_no_pdf_library_until_asked():
    import subprocess
    import sys
    code = ("import sys, toolkit.cli.main, toolkit.brief, toolkit.brief.build, toolkit.brief.markdown, "
            "toolkit.brief.pdf; print('weasyprint' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.stdout.strip() == "False", r.stderr
