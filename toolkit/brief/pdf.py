"""The brief as PDF, drawn by WeasyPrint from HTML: Pango and HarfBuzz shape Arabic and Thai and break Thai, Japanese
and Chinese lines, and `dir="rtl"` lays a right-to-left market out from the right. The fonts are the market's own
(the same chain the covers and videos use, assets/fonts.toml via toolkit/layout.py), named by their family so
fontconfig finds them. No network: the HTML names no remote resource, and WeasyPrint's fetcher is refused any.

WeasyPrint is imported only here, inside the functions (`ctk --help` stays fast)."""

from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path

from ..errors import CtkError
from .markdown import fmt_sz, seller_gloss


@lru_cache(maxsize=32)
def _family(path: str, index: int) -> str | None:
    try:
        from fontTools.ttLib import TTFont
        f = TTFont(path, fontNumber=index, lazy=True)
        name = f["name"]
        rec = name.getName(16, 3, 1, 0x409) or name.getName(1, 3, 1, 0x409) or name.getName(1, 1, 0, 0)
        return str(rec) if rec else None
    except Exception:  # noqa: BLE001 - a font that cannot be read is left out of the chain
        return None


def font_families(language: str) -> list[str]:
    """The market's fonts, its own script first (toolkit/layout.font_chain), as CSS family names."""
    from ..layout import font_chain
    out = []
    for face in font_chain(language, "regular"):
        fam = _family(str(face.path), int(getattr(face, "index", 0) or 0))
        if fam and fam not in out:
            out.append(fam)
    return out


CSS = """
@page { size: A4; margin: 16mm 15mm; @bottom-center { content: counter(page) " / " counter(pages); direction: ltr; font-size: 8pt; color: #777; } }
body { font-family: %(fonts)s; font-size: 10pt; line-height: 1.45; color: #1b1b1b; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 12pt; margin: 5mm 0 1.5mm; padding-bottom: 1mm; border-bottom: 1.5pt solid #c9302c; break-after: avoid; }
.meta { color: #555; font-size: 9pt; }
ul { margin: 0; padding-inline-start: 5mm; }
table { border-collapse: collapse; width: 100%%; }
td, th { border: 0.5pt solid #bbb; padding: 1.2mm 1.8mm; vertical-align: top; text-align: start; }
th { background: #f3f3f3; }
.label { font-size: 14pt; font-weight: bold; color: #c9302c; }
.terms { color: #8a1f1b; }
.n { width: 8mm; text-align: center; }
tr { break-inside: avoid; }
"""


def _e(text) -> str:
    return html.escape(str(text or ""))


def _li(items) -> str:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>" if items else ""


def creator_html(doc: dict) -> str:
    w, p = doc["words"], doc["product"]
    from .wording import fill
    parts = [f"<h1>{_e(w['title'])}{w['colon']}{_e(p['name'])}</h1>",
             f"<p class='meta'>{_e(w['campaign_date'])}{w['colon']}{_e(doc['campaign_date'])} · {_e(doc['market'])}</p>",
             f"<h2>{_e(w['product'])}</h2><p><b>{_e(p['name'])}</b></p>"]
    parts.append(_li(f"{_e(w[k])}{w['colon']}{_e(v)}" for k, v in (
        ("brand", p["brand"]), ("price", p["price"]), ("old_price", p["old_price"]), ("material", p["material"]),
        ("colors", w["separator"].join(p["colors"])), ("sizes", w["separator"].join(p["sizes"]))) if v))
    parts.append(f"<h2>{_e(w['facts'])}</h2>" + _li(_e(f["text"]) for f in p["facts"]))
    parts.append(f"<h2>{_e(w['key_messages'])}</h2>" + _li(_e(m["voice"]) for m in doc["key_messages"]))
    parts.append(f"<h2>{_e(w['hooks'])}</h2>" + _li(f"{_e(h['voice'])} <span class='meta'>({_e(w['on_screen'])}{w['colon']}"
                                                    f"{_e(h['screen'])})</span>" for h in doc["hooks"]))
    rows = "".join(f"<tr><td class='n'>{s['index']}</td><td><b>{_e(s['role_name'])}</b><br>"
                   f"{_e(fill(w['seconds'], n=s['seconds']))}</td><td>{_e(s['visual'])}</td><td>{_e(s['screen'])}</td>"
                   f"<td>{_e(s['voice'])}</td></tr>" for s in doc["shots"])
    parts.append(f"<h2>{_e(w['shot_list'])}</h2><table><tr><th class='n'>#</th><th>{_e(w['scene'])}</th>"
                 f"<th>{_e(w['visual'])}</th><th>{_e(w['on_screen'])}</th><th>{_e(w['voice'])}</th></tr>{rows}</table>")
    ms = doc["must_say"]
    parts.append(f"<h2>{_e(w['must_say'])}</h2><p class='label'>{_e(ms['label'])}</p>" + _li(
        [f"{_e(w['alternatives'])}{w['colon']}{_e(w['separator'].join(ms['alternatives']))}"] * bool(ms["alternatives"])
        + [f"{_e(w['position'])}{w['colon']}{_e(ms['position_text'])}", _e(ms["when"])]))
    items = []
    for b in doc["must_not_say"]:
        title = (w["rule"] if b["kind"] == "rule" else w["claim"]).get(b["id"], b["id"])
        items.append(f"<b>{_e(title)}</b>: <span class='terms'>{_e(w['separator'].join(b['terms']))}{' …' if b['more'] else ''}</span>")
    parts.append(f"<h2>{_e(w['must_not_say'])}</h2><p>{_e(w['must_not_intro'])}</p>" + _li(items))
    f = doc["festival"]
    parts.append(f"<h2>{_e(w['festival'])}</h2>" + (
        f"<p><b>{_e(f['name'])}</b> ({_e(f['dates_text'])})</p>" + _li([_e(f["angle"]),
                                                                        f"{_e(w['posting_window'])}{w['colon']}{_e(f['window_text'])}"])
        if f else f"<p>{_e(w['no_festival'])}</p>"))
    parts.append(f"<h2>{_e(w['hashtags'])}</h2><p dir='auto'>{_e(' '.join(doc['hashtags']))}</p>")
    d = doc["deliverables"]
    parts.append(f"<h2>{_e(w['deliverables'])}</h2>" + _li([
        f"{_e(w['format'])}{w['colon']}<bdi dir='ltr'>{d['format']} ({d['width']}×{d['height']}, {d['fps']} fps)</bdi>",
        f"{_e(w['length'])}{w['colon']}{_e(d['length_text'])}", f"{_e(w['safe_zone'])}{w['colon']}{_e(d['safe_zone_text'])}"]))
    fit = doc["fit"]
    if fit["verdict"]:
        notes = [_e(x["note"]) for x in fit["findings"]] or [_e(w["fit_none"])]
        parts.append(f"<h2>{_e(w['fit'])}</h2><p><b>{_e(fit['verdict_text'])}</b></p>" + _li(dict.fromkeys(notes)))
    return _page(doc["language"], doc["direction"], f"{w['title']}{w['colon']}{p['name']}", "".join(parts), doc["language"])


def seller_html(doc: dict) -> str:
    """Two columns: the seller's language (and the words of their listing) left, what the creator reads right."""
    w, s, p = doc["words"], doc["seller_words"], doc["product"]
    ml, md = doc["language"], doc["direction"]
    rows: list[str] = []

    def row(left: str, right: str, head: bool = False):
        tag = "th" if head else "td"
        rows.append(f"<tr><{tag} lang='{_e(doc['seller_language'])}' dir='auto'>{left}</{tag}>"
                    f"<{tag} lang='{_e(ml)}' dir='{md}'>{right}</{tag}></tr>")

    def src(item) -> str:
        return _e(seller_gloss(item, s, doc)) or "·"

    row(_e(s["product"]), _e(w["product"]), True)
    row(_e(p["source_title"]), _e(p["name"]))
    for f in p["facts"]:
        row(src(f), _e(f["text"]))
    for key, items in (("key_messages", doc["key_messages"]), ("hooks", doc["hooks"])):
        row(_e(s[key]), _e(w[key]), True)
        for m in items:
            row(src(m), _e(m["voice"]))
    row(_e(s["shot_list"]), _e(w["shot_list"]), True)
    for sh in doc["shots"]:
        said = f"<br>{src(sh)}" if sh["source"] else ""
        row(f"{sh['index']}. <b>{_e(s['role'][sh['role']])}</b> · {_e(s['shot'][sh['role']])}{said}",
            f"{sh['index']}. <b>{_e(sh['role_name'])}</b> · {_e(sh['visual'])}<br>{_e(sh['screen'])}<br>{_e(sh['voice'])}")
    ms = doc["must_say"]
    row(_e(s["must_say"]), _e(w["must_say"]), True)
    row(f"<b>{_e(ms['label'])}</b> · {_e(s['where'][ms['position']])}", f"<b>{_e(ms['label'])}</b> · {_e(ms['position_text'])}")
    row(_e(s["must_not_say"]), _e(w["must_not_say"]), True)
    for b in doc["must_not_say"]:
        t = "rule" if b["kind"] == "rule" else "claim"
        row(f"<b>{_e(s[t].get(b['id'], b['id']))}</b>: {_e(b['message'])}",
            f"<b>{_e(w[t].get(b['id'], b['id']))}</b>: {_e(w['separator'].join(b['terms']))}")
    f = doc["festival"]
    row(_e(s["festival"]), _e(w["festival"]), True)
    row(_e(f"{f['name']} · {f['post_from']} – {f['post_to']}") if f else _e(s["no_festival"]),
        _e(f"{f['angle']} · {f['window_text']}") if f else _e(w["no_festival"]))
    row(_e(s["hashtags"]), _e(w["hashtags"]), True)
    row("·", _e(" ".join(doc["hashtags"])))
    d = doc["deliverables"]
    row(_e(s["deliverables"]), _e(w["deliverables"]), True)
    row(_e(fmt_sz(s, d)), _e(fmt_sz(w, d)))
    fit = doc["fit"]
    if fit["verdict"]:
        row(_e(s["fit"]), _e(w["fit"]), True)
        row(_e(s["verdict"][fit["verdict"]]), _e(fit["verdict_text"]))
        for x in fit["findings"]:
            row(_e(f"{x['code']}: {x['message']}") + (f"<br>→ {_e(x['fix'])}" if x["fix"] else ""), _e(x["note"]))
    body = (f"<h1>{_e(s['title'])} · {_e(p['name'])} ({_e(doc['market'])})</h1><p class='meta'>{_e(s['seller_note'])}</p>"
            f"<table>{''.join(rows)}</table>")
    return _page(doc["seller_language"], "ltr", f"{s['title']}{s['colon']}{p['name']}", body, ml, doc["seller_language"])


def _fonts(lang: str) -> str:
    return ", ".join(f'"{f}"' for f in font_families(lang.split("-")[0])) + ", sans-serif"


def _page(lang: str, direction: str, title: str, body: str, *font_langs: str) -> str:
    """The page in `lang`'s fonts; each other language's cells (`lang` attribute) in that language's fonts, so Chinese
    next to Japanese is drawn with Chinese glyph forms."""
    css = CSS % {"fonts": _fonts(lang)}
    css += "".join(f"[lang|='{_e(fl)}'] {{ font-family: {_fonts(fl)}; }}\n" for fl in dict.fromkeys(font_langs))
    return (f"<!doctype html><html lang='{_e(lang)}' dir='{_e(direction)}'><head><meta charset='utf-8'>"
            f"<title>{_e(title)}</title><style>{css}</style></head><body>{body}</body></html>")


def write_pdf(html_text: str, path: Path) -> None:
    """Draw the HTML to `path` (WeasyPrint). Missing WeasyPrint or Pango is one clear error."""
    import logging
    try:
        from weasyprint import HTML, URLFetcher
    except (ImportError, OSError) as exc:
        raise CtkError(f"PDF briefs need WeasyPrint and Pango ({exc})",
                       hint="pip install weasyprint (and apt-get install libpango-1.0-0), or pass --format md,json") from None
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    # the HTML names no resource; a fetcher allowed only data: URLs makes sure nothing else is ever fetched
    HTML(string=html_text, url_fetcher=URLFetcher(allowed_protocols=("data",))).write_pdf(str(path))
