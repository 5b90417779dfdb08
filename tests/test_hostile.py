"""Hostile and unusual inputs: each one a clear result (kept, reported on its row, or a one-line exit 2)."""
from __future__ import annotations

import json
import os

import pytest

from toolkit.errors import InputError
from toolkit.importers import load_catalog


def _write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_a_stray_cp1252_byte_costs_its_row_not_the_file(tmp_path):
    text = "id,title,price\nsc1,Grüner Schal,19.99\nsc2,Caf\x00 Becher,9.99\nsc3,Mütze,12.00\n".encode("utf-8")
    p = _write(tmp_path, "c.csv", text.replace(b"\x00", b"\xe9"))
    cat = load_catalog(p, currency="EUR")
    assert [x.title for x in cat.products] == ["Grüner Schal", "Mütze"]     # UTF-8 kept, not cp1252 mojibake
    assert len(cat.problems) == 1 and cat.problems[0].row == 3 and cat.problems[0].column == "title"
    assert "not UTF-8" in cat.problems[0].message


def test_gbk_reads_as_chinese_and_utf16_without_bom_is_text(tmp_path):
    gbk = _write(tmp_path, "g.csv", "id,title,price,sku\nb1,保温杯 500ml,59,杯-01\n".encode("gbk"))
    cat = load_catalog(gbk, currency="CNY")
    assert cat.encoding == "gb18030" and cat.products[0].title == "保温杯 500ml"
    u16 = _write(tmp_path, "u.csv", "id,title,price\nu1,Écharpe,20\n".encode("utf-16-le"))
    cat = load_catalog(u16, currency="EUR")
    assert cat.encoding == "utf-16-le" and cat.products[0].title == "Écharpe"


def test_invisible_and_control_characters_are_removed_with_a_finding(tmp_path):
    p = _write(tmp_path, "c.csv", "id,title,price,description\nm1,Mug\u202e gpj.exe,12,Warm\x1b[31m red\u200b tea\n"
               .encode("utf-8"))
    cat = load_catalog(p, currency="USD")
    prod = cat.products[0]
    assert prod.title == "Mug gpj.exe" and prod.description == "Warm[31m red tea"
    f = [x for x in prod.findings if x.code == "input.invisible_characters"]
    assert f and "title" in f[0].message and "description" in f[0].message


@pytest.mark.parametrize("price", ["0", "0.00", "0.0000001"])
def test_a_zero_price_is_an_error_on_its_row(tmp_path, price):
    p = _write(tmp_path, "c.csv", f"id,title,price\na,Free mug,{price}\nb,Real mug,12\n".encode())
    cat = load_catalog(p, currency="USD")
    assert [x.id for x in cat.products] == ["b"]
    assert cat.problems[0].row == 2 and "zero" in cat.problems[0].message


def test_a_chinese_catalog_without_currency_is_not_dollars(tmp_path):
    p = _write(tmp_path, "c.csv", "id,title,price\na,保温杯 大容量 500ml,59\nb,真丝眼罩 遮光,39\n".encode())
    with pytest.raises(InputError) as e:
        load_catalog(p)
    assert "--currency CNY" in str(e.value)
    assert load_catalog(p, currency="CNY").products[0].currency == "CNY"
    en = _write(tmp_path, "e.csv", b"id,title,price\na,Blue ceramic mug,12\n")
    prod = load_catalog(en).products[0]
    assert prod.currency == "USD" and any(f.code == "input.currency_assumed" for f in prod.findings)


@pytest.mark.parametrize("name,data,needle", [
    ("deep.json", b"[" * 100000 + b"]" * 100000, "nested too deeply"),
    ("num.json", b'[{"id":"a","title":"x","price":' + b"9" * 5000 + b"}]", "invalid JSON"),
    ("lol.yaml", None, "anchors and aliases"),
])
def test_bounded_json_and_yaml(tmp_path, name, data, needle):
    if data is None:
        lol, prev = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n', "a"
        for c in "bcdefghi":
            lol += f"{c}: &{c} [" + ",".join([f"*{prev}"] * 9) + "]\n"
            prev = c
        data = lol.encode()
    p = _write(tmp_path, name, data)
    with pytest.raises(InputError) as e:
        load_catalog(p)
    assert needle in str(e.value) and name in str(e.value)


def test_one_huge_cell_costs_its_row(tmp_path):
    p = _write(tmp_path, "c.csv", b"id,title,price,description\nok1,Mug,12,fine\nbad,Big,10," + b"x" * 3_000_000 +
               b"\nok2,Scarf,20,fine\n")
    cat = load_catalog(p, currency="USD")
    assert [x.id for x in cat.products] == ["ok1", "ok2"]
    assert cat.problems[0].row == 3 and cat.problems[0].column == "description"


def test_devices_and_pipes_are_refused_at_once(tmp_path, ctk):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    for target in ("/dev/zero", fifo):
        r = ctk("check", target)
        assert r.returncode == 2 and "not a regular file" in r.stderr


def test_subtitle_and_markdown_text_is_escaped():
    from toolkit.pipeline import _md_escape
    from toolkit.subtitles import Cue, to_srt, to_vtt
    cues = [Cue(0, 1, ("Tom & Jerry <b>mug</b> --> now",))]
    srt, vtt = to_srt(cues), to_vtt(cues, "en")
    assert srt.count("-->") == 1 and "<b>" not in srt
    assert vtt.count("-->") == 1 and "&amp;" in vtt and "&lt;b&gt;" in vtt
    md = _md_escape("<script>alert(1)</script> [x](javascript:alert(1))")
    assert "<script>" not in md and "](" not in md


def test_report_from_a_crafted_manifest_links_only_bundle_folders(tmp_path):
    from toolkit.report import build_report
    (tmp_path / "us" / "mug").mkdir(parents=True)
    (tmp_path / "us" / "mug" / "caption.txt").write_text("x")
    doc = {"toolkit": "x", "bundles": [
        {"market": "us", "product": "evil", "status": "rendered", "path": "javascript:alert(1)//"},
        {"market": "us", "product": "up", "status": "rendered", "path": "../../etc"},
        {"market": "us", "product": "mug", "status": "rendered", "path": "us/mug"}]}
    (tmp_path / "manifest.json").write_text(json.dumps(doc))
    page = build_report(tmp_path).read_text()
    assert "javascript:" not in page and "../" not in page
    assert 'href="us/mug/caption.txt"' in page


def test_an_unclosed_quote_is_reported_on_its_row_and_the_next_rows_survive(tmp_path):
    p = _write(tmp_path, "q.csv", b'id,title,price,description\na,"Blue mug,12,nice\nb,Red mug,14,good\n'
                                  b'c,Green mug,16,ok\n')
    cat = load_catalog(p, currency="USD")
    assert [x.id for x in cat.products] == ["b", "c"]
    assert cat.problems[0].row == 2 and "never closed" in cat.problems[0].message


def test_a_shopify_option_named_title_with_real_values_is_kept(tmp_path):
    head = ("Handle,Title,Body (HTML),Vendor,Type,Tags,Option1 Name,Option1 Value,Option2 Name,Option2 Value,"
            "Variant SKU,Variant Price\n")
    rows = ("mug,Mug,<p>Nice</p>,Kiln,Mug,,Title,Ivory,Size,S,M-1,12\n"
            "mug,,,,,,,Blue,,L,M-2,14\n"
            "cup,Cup,<p>x</p>,Kiln,Mug,,Title,Default Title,,,C-1,9\n")
    cat = load_catalog(_write(tmp_path, "s.csv", (head + rows).encode()), currency="USD")
    mug, cup = cat.products
    assert mug.options == ["Title", "Size"]
    assert [v.options for v in mug.variants] == [{"Title": "Ivory", "Size": "S"}, {"Title": "Blue", "Size": "L"}]
    assert cup.options == [] and cup.variants[0].options == {}


@pytest.mark.parametrize("make,needle", [
    (lambda d: ["check", d / "inf.csv", "--currency", "USD"], "stock"),
    (lambda d: ["render", d / "ok.csv", "--currency", "USD", "--glossary", d, "--out", d / "o", "--no-video"],
     "glossary is a folder"),
    (lambda d: ["render", d / "ok.csv", "--currency", "USD", "--glossary", d / "none.csv", "--out", d / "o",
                "--no-video"], "glossary file not found"),
    (lambda d: ["render", d / "ok.csv", "--currency", "USD", "--fx", d / "fx.toml", "-m", "jp", "--out", d / "o",
                "--no-video"], "rate 'JPY'"),
])
def test_user_caused_failures_are_one_line_exit_2(ctk, tmp_path, make, needle):
    (tmp_path / "inf.csv").write_text("id,title,price,stock\na,Blue mug,12,inf\n")
    (tmp_path / "ok.csv").write_text("id,title,price\na,Blue mug,12\n")
    (tmp_path / "fx.toml").write_text('date = "2026-01-01"\nbase = "USD"\n[rates]\nUSD = 1.0\nJPY = 1e-300\n')
    r = ctk(*make(tmp_path))
    assert r.returncode == 2 and needle in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "o" / "jp").exists() and not (tmp_path / "o" / "us").exists()


def test_a_project_with_out_null_uses_the_default(tmp_path):
    from toolkit.project import load_project
    p = tmp_path / "p.ctkproj"
    p.write_text('{"input": "c.csv", "out": null}')
    assert load_project(p).out_path() == tmp_path / "out"
    p.write_text('{"input": "c.csv", "out": 5}')
    from toolkit.errors import ConfigError
    with pytest.raises(ConfigError):
        load_project(p)


def test_lorem_ipsum_is_not_a_description_or_a_language(tmp_path):
    p = _write(tmp_path, "c.csv", b"id,title,price,description\na,Blue Ceramic Mug with Handle,12,Lorem ipsum dolor sit "
                                  b"amet consectetur adipiscing elit sed do eiusmod tempor\n")
    prod = load_catalog(p, currency="USD").products[0]
    assert prod.source_lang == "en" and prod.description == ""
    assert any(f.code == "input.placeholder_text" for f in prod.findings)


def test_a_sellers_own_spreadsheet_is_read_by_header_words_or_a_column_map(tmp_path, ctk):
    zh = _write(tmp_path, "zh.csv", "商品ID,商品名称,售价,原价,颜色\nm1,陶瓷马克杯 350ml,59,79,白色\nm1,,,,蓝色\n".encode())
    prod = load_catalog(zh, currency="CNY").products[0]
    assert prod.title.startswith("陶瓷马克杯") and len(prod.variants) == 2 and str(prod.variants[1].price) == "59"
    erp = _write(tmp_path, "erp.csv", b"Artikel,Bezeichnung,VK\nA1,Keramikbecher 350 ml,12.90\n")
    r = ctk("check", erp, "--currency", "EUR")
    assert r.returncode == 2 and "unknown catalog format" in r.stderr
    r = ctk("check", erp, "--currency", "EUR", "--columns", "id=Artikel,title=Bezeichnung,price=VK")
    assert r.returncode == 0 and "1 products ok" in r.stdout
    r = ctk("check", erp, "--currency", "EUR", "--columns", "title=Name")
    assert r.returncode == 2 and "no column 'Name'" in r.stderr and "Bezeichnung" in r.stderr


def test_transparent_and_16_bit_pngs_read_as_photos(tmp_path):
    """A transparent cut-out lands on white (not black); a 16-bit PNG keeps its tones (not all white)."""
    from PIL import Image
    from toolkit.creative import to_rgb
    cut = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
    cut.paste((200, 30, 30, 255), (10, 10, 30, 30))
    im = to_rgb(cut)
    assert im.getpixel((0, 0)) == (255, 255, 255) and im.getpixel((20, 20)) == (200, 30, 30)
    g16 = Image.new("I;16", (3, 1))
    for x, v in enumerate((0, 32768, 65535)):
        g16.putpixel((x, 0), v)
    im = to_rgb(g16)
    assert [abs(im.getpixel((x, 0))[0] - want) <= 1 for x, want in enumerate((0, 128, 255))] == [True] * 3


def test_the_same_id_in_two_currencies_is_reported_not_merged(tmp_path):
    p = _write(tmp_path, "c.csv", b"id,title,price,currency\nm1,Mug,99,EUR\nm1,Mug,99,USD\nm2,Cup,5,EUR\n")
    cat = load_catalog(p)
    assert [x.id for x in cat.products] == ["m2"]
    assert cat.problems[0].row == 3 and cat.problems[0].column == "currency" and "USD" in cat.problems[0].message
