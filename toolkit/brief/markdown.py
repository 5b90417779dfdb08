"""The brief as Markdown: the creator's copy in the market's language (right-to-left markets wrapped in a
`dir="rtl"` block), and the seller's side-by-side copy (the seller's language next to the market's)."""

from __future__ import annotations

from ..report import _md_escape as esc
from .wording import fill


def _h(level: int, text: str) -> str:
    return f"{'#' * level} {esc(text)}"


def _sections(doc: dict, w: dict) -> list[tuple[str, list[str]]]:
    """(heading, lines) of the brief in the order a creator reads it; shared by both copies."""
    p = doc["product"]
    prod = [f"**{esc(p['name'])}**"]
    for key, val in (("brand", p["brand"]), ("price", p["price"]), ("old_price", p["old_price"]),
                     ("material", p["material"]), ("colors", w["separator"].join(p["colors"])), ("sizes", w["separator"].join(p["sizes"]))):
        if val:
            prod.append(f"- {esc(w[key])}{w['colon']}{esc(val)}")
    facts = [f"- {esc(f['text'])}" for f in p["facts"]]
    msgs = [f"- {esc(m['voice'])}" for m in doc["key_messages"]]
    hooks = [f"- {esc(h['voice'])} ({esc(w['on_screen'])}{w['colon']}{esc(h['screen'])})" for h in doc["hooks"]]
    shots = []
    for s in doc["shots"]:
        shots += [f"{s['index']}. **{esc(s['role_name'])}** · {esc(fill(w['seconds'], n=s['seconds']))}",
                  f"    - {esc(w['visual'])}{w['colon']}{esc(s['visual'])}",
                  f"    - {esc(w['on_screen'])}{w['colon']}{esc(s['screen'])}",
                  f"    - {esc(w['voice'])}{w['colon']}{esc(s['voice'])}"]
    ms = doc["must_say"]
    must = [f"- {esc(w['label'])}{w['colon']}**{esc(ms['label'])}**"]
    if ms["alternatives"]:
        must.append(f"- {esc(w['alternatives'])}{w['colon']}{esc(w['separator'].join(ms['alternatives']))}")
    must += [f"- {esc(w['position'])}{w['colon']}{esc(ms['position_text'])}", f"- {esc(ms['when'])}"]
    mustnt = [esc(w["must_not_intro"])]
    for b in doc["must_not_say"]:
        title = w["rule"].get(b["id"]) if b["kind"] == "rule" else w["claim"].get(b["id"])
        terms = w["separator"].join(b["terms"]) + (" …" if b["more"] else "")
        mustnt.append(f"- **{esc(title or b['id'])}**: {esc(terms)}")
    f = doc["festival"]
    fest = ([f"**{esc(f['name'])}** ({esc(f['dates_text'])})", f"- {esc(f['angle'])}",
             f"- {esc(w['posting_window'])}{w['colon']}{esc(f['window_text'])}"] if f else [esc(w["no_festival"])])
    d = doc["deliverables"]
    deliv = [f"- {esc(w['format'])}{w['colon']}{d['format']} ({d['width']}×{d['height']}, {d['fps']} fps)",
             f"- {esc(w['length'])}{w['colon']}{esc(d['length_text'])}", f"- {esc(w['safe_zone'])}{w['colon']}{esc(d['safe_zone_text'])}"]
    fit = doc["fit"]
    fitl = []
    if fit["verdict"]:
        fitl.append(f"**{esc(fit['verdict_text'])}**")
        fitl += [f"- {esc(x['note'])} ({esc(x['code'])})" for x in fit["findings"] if x["severity"] != "info"] \
            or [f"- {esc(w['fit_none'])}"]
        fitl += [f"- {esc(x['note'])} ({esc(x['code'])})" for x in fit["findings"] if x["severity"] == "info"]
    return [(w["product"], prod), (w["facts"], facts), (w["key_messages"], msgs), (w["hooks"], hooks),
            (w["shot_list"], shots), (w["must_say"], must), (w["must_not_say"], mustnt), (w["festival"], fest),
            (w["hashtags"], [esc(" ".join(doc["hashtags"]))]), (w["deliverables"], deliv), (w["fit"], fitl)]


def creator_markdown(doc: dict) -> str:
    w = doc["words"]
    out = [_h(1, f"{w['title']}{w['colon']}{doc['product']['name']}"), "",
           f"{esc(w['campaign_date'])}{w['colon']}{doc['campaign_date']} · {doc['market']}", ""]
    for head, lines in _sections(doc, w):
        if lines:
            out += [_h(2, head), ""] + lines + [""]
    body = "\n".join(out).rstrip() + "\n"
    if doc["direction"] == "rtl":
        body = f'<div dir="rtl" lang="{doc["language"]}">\n\n{body}\n</div>\n'
    return body


def _cell(text: str) -> str:
    return esc(text) or "·"


def seller_markdown(doc: dict) -> str:
    """The seller's copy: each line a creator reads, next to the seller's language (the section's heading, the words of
    their listing a line states, ctk's message for a rule or fit finding)."""
    w, s = doc["words"], doc["seller_words"]
    rows: list[tuple[str, str]] = []

    def section(key: str):
        rows.append((f"**{esc(s[key])}**", f"**{esc(w[key])}**"))

    def src(item) -> str:
        return seller_gloss(item, s, doc)

    p = doc["product"]
    section("product")
    rows.append((_cell(p["source_title"]), _cell(p["name"])))
    for f in p["facts"]:
        rows.append((_cell(src(f)), _cell(f["text"])))
    section("key_messages")
    rows += [(_cell(src(m)), _cell(m["voice"])) for m in doc["key_messages"]]
    section("hooks")
    rows += [(_cell(src(h)), _cell(h["voice"])) for h in doc["hooks"]]
    section("shot_list")
    for sh in doc["shots"]:
        left = f"{sh['index']}. {s['role'][sh['role']]} · {s['shot'][sh['role']]}" + (f" · {src(sh)}" if sh["source"] else "")
        rows.append((_cell(left), _cell(f"{sh['index']}. {sh['visual']} | {sh['screen']} | {sh['voice']}")))
    section("must_say")
    ms = doc["must_say"]
    rows.append((_cell(f"{s['label']}{s['colon']}{ms['label']} · {s['where'][ms['position']]}"),
                 _cell(f"{w['label']}{w['colon']}{ms['label']} · {ms['position_text']}")))
    section("must_not_say")
    for b in doc["must_not_say"]:
        table = "rule" if b["kind"] == "rule" else "claim"
        rows.append((_cell(f"{s[table].get(b['id'], b['id'])}{s['colon']}{b['message']}"),
                     _cell(f"{w[table].get(b['id'], b['id'])}{w['colon']}{w['separator'].join(b['terms'])}")))
    section("festival")
    f = doc["festival"]
    rows.append((_cell(f"{f['name']} · {f['start']}–{f['end']}" if f else s["no_festival"]),
                 _cell(f"{f['angle']} · {f['window_text']}" if f else w["no_festival"])))
    section("hashtags")
    rows.append(("", _cell(" ".join(doc["hashtags"]))))
    section("deliverables")
    d = doc["deliverables"]
    rows.append((_cell(fmt_sz(s, d)), _cell(fmt_sz(w, d))))
    section("fit")
    fit = doc["fit"]
    if fit["verdict"]:
        rows.append((_cell(s["verdict"][fit["verdict"]]), _cell(fit["verdict_text"])))
        for x in fit["findings"]:
            rows.append((_cell(f"{x['code']}: {x['message']}" + (f" → {x['fix']}" if x["fix"] else "")), _cell(x["note"])))
    head = f"# {esc(s['title'])} · {esc(doc['product']['name'])} ({doc['market']})"
    lines = [head, "", f"{esc(s['seller_note'])}", "", f"| {esc(s['title'])} ({doc['seller_language']}) | {esc(w['title'])} ({doc['language']}) |",
             "|---|---|"]
    lines += [f"| {a} | {b} |" for a, b in rows]
    return "\n".join(lines) + "\n"


def fmt_sz(w: dict, d: dict) -> str:
    return (f"{d['format']} · {fill(w['length_text'], seconds=d['seconds'], min=d['min_seconds'], max=d['max_seconds'])}"
            f" · {fill(w['safe_zone_text'], width=d['width'], height=d['height'], **d['safe_zone'])}")


def seller_gloss(item: dict, s: dict, doc: dict) -> str:
    """What a creator's line is, in the seller's words: the words of their listing it states, else the festival whose
    greeting it is, else its part of the video (the product's own title for the intro)."""
    if item.get("source"):
        return f"{s['source_words']}{s['colon']}{' / '.join(item['source'])}"
    if item.get("festival"):
        return f"{s['festival']}{s['colon']}{item['festival']}"
    role = item.get("role")
    if role == "intro":
        return f"{s['role']['intro']}{s['colon']}{doc['product']['source_title']}"
    return s["role"].get(role or "hook", "")
