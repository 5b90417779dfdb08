"""One creator brief: what a local creator needs to shoot one product for one market, built from the same compose
render uses (facts, script, caption, rule findings), the market's disclosure and rule packs, the festival of the
campaign date, the platform's specs and the fit findings. The result is a plain dict (the brief's JSON); the
Markdown and the PDF are drawn from it (toolkit/brief/markdown.py, toolkit/brief/pdf.py).

Every text a creator reads is in the market's language: the content lines come from the pipeline, the brief's
headings and fixed phrases from locales/<m>/brief.toml. Each line also carries what the seller wrote (the words
of their listing it states) and, for rules and fit findings, ctk's English message: the seller's side-by-side
copy (`seller` words in en or zh-CN) shows the two together."""

from __future__ import annotations

from ..markets import MarketProfile
from ..model import Product
from ..settings import RenderOptions
from .wording import fill, market_words, seller_words

SCHEMA = 1
MAX_TERMS = 12          # words listed per rule in "do not say": the ones a creator would reach for first
MAX_CLAIM_TERMS = 6     # and per claim class (the market's phrase lists are long; the first are the common ones)


def build_brief(product: Product, market: MarketProfile, opts: RenderOptions, *, translator, fx, festival=None,
                market_findings=(), composed=None, seller_lang: str = "en") -> dict:
    """The brief of one product in one market (a JSON-ready dict). `composed` reuses a render's compose."""
    from ..bundle import compose
    c = composed or compose(product, market, opts, translator=translator, fx=fx, festival=festival,
                            market_findings=market_findings)
    w = market_words(market.code)
    facts, script, caption = c.facts, c.script, c.caption
    sources = _sources(facts, product)
    banned = _banned(market, facts)
    doc = {
        "schema": SCHEMA, "market": market.code, "language": market.language, "direction": market.direction,
        "product_id": product.id, "campaign_date": opts.day().isoformat(), "sponsored": opts.sponsored,
        "seller_language": seller_lang, "source_language": product.source_lang,
        "words": w, "seller_words": seller_words(seller_lang),
        "product": _product(product, facts, sources),
        "key_messages": [dict(_line(s.voice, s.screen, s.facts, sources), role=s.role) for s in script.scenes
                         if s.role in ("intro", "benefit")],
        "hooks": _hooks(script, c.alternatives, festival, banned, sources),
        "shots": [_shot(s, w, market, sources) for s in script.scenes],
        "caption": caption.text,
        "must_say": _must_say(market, w, opts),
        "must_not_say": _must_not(banned),
        "festival": _festival(festival, script, opts, w),
        "hashtags": list(caption.hashtags),
        "deliverables": _deliverables(script, w, opts),
        "fit": _fit(product, market, opts, w),
    }
    return doc


# ---- the product and its lines ------------------------------------------------------------------

def _sources(facts, product: Product) -> dict[str, str]:
    """Fact id -> the seller's own words the fact was read from ("桑蚕丝", "organic cotton"); the colour and size
    lines -> the option values as the catalog gives them ("白色, 红色, 藏青色")."""
    from ..facts import _option
    k = getattr(facts, "knowledge", None)
    out: dict[str, str] = {}
    for fid, concept in (("color", "color"), ("size", "size")):
        vals = _option(product, concept)
        if vals:
            out[fid] = ", ".join(vals)
    for f in (k.facts if k else ()):
        if f.source and f.source.text:
            out.setdefault(f.id, f.source.text)
    return out


def _said(ids, sources) -> list[str]:
    return list(dict.fromkeys(sources[i] for i in ids if i in sources))


def _line(voice: str, screen: str, ids, sources) -> dict:
    return {"voice": voice, "screen": screen, "facts": list(ids), "source": _said(ids, sources)}


def _product(product: Product, facts, sources) -> dict:
    return {"name": facts.name, "brand": facts.brand or "", "category": facts.category or "",
            "price": facts.price or "", "old_price": (facts.old_price or "") if facts.discount else "",
            "colors": list(facts.colors), "sizes": list(facts.sizes), "material": facts.material or "",
            "source_title": product.title,
            "facts": [{"ids": list(mf.ids), "text": mf.short or mf.screen, "voice": mf.voice,
                       "source": _said(mf.ids, sources)} for mf in facts.pitch]}


def _hooks(script, alternatives, festival, banned, sources) -> list[dict]:
    """The chosen opening, the other variants' openings, and the festival's greetings: each a line the market's
    copy already holds, none with a word the brief says not to use."""
    greetings = {str(g.voice) for g in (festival.greetings if festival else ())}
    cands = [(script.scenes[0].voice, script.scenes[0].screen, script.scenes[0].facts)] if script.scenes else []
    for alt in alternatives or ():
        sc = (alt.get("script") or alt).get("scenes") or []
        if sc:
            cands.append((sc[0].get("voice", ""), sc[0].get("screen", ""), sc[0].get("facts", [])))
    for g in (festival.greetings if festival else ()):
        v, s = str(g.voice), str(g.screen)
        if "{" not in v + s and g.when in ("any", festival.phase):
            cands.append((v, s, []))
    out, seen = [], set()
    for voice, screen, ids in cands:
        if not voice or voice in seen or _hits(voice + " " + screen, banned):
            continue
        seen.add(voice)
        line = _line(voice, screen, ids, sources)
        line["festival"] = festival.name if voice in greetings else None    # a greeting of the festival
        out.append(line)
    return out[:5]


def _shot(s, w, market: MarketProfile, sources) -> dict:
    from ..script import VISUALS
    visual = w["shot"].get(s.role) if s.visual == VISUALS.get(s.role) else s.visual
    return {"index": s.index, "role": s.role, "role_name": w["role"].get(s.role, s.role),
            "seconds": round(s.duration, 1), "screen": s.screen, "voice": s.voice, "visual": visual,
            "visual_en": s.visual, "image": _image_name(s.image), "source": _said(s.facts, sources)}


def _image_name(path) -> str | None:
    from pathlib import PurePath
    return PurePath(path).name if path else None       # never the seller's absolute path


# ---- what must and must not be said ------------------------------------------------------------

def _must_say(market: MarketProfile, w: dict, opts: RenderOptions) -> dict:
    d = market.disclosure
    pos = d.get("position", "start")
    return {"label": d["label"], "alternatives": list(d.get("alternatives", [])), "position": pos,
            "position_text": w["where"].get(pos, pos), "when": w["disclosure_when"],
            "required": bool(opts.sponsored), "source": d.get("source", ""), "checked": d.get("checked", "")}


def _banned(market: MarketProfile, facts) -> list[dict]:
    """The market's rule-pack terms a creator could say (not the rules about what the product is), and the claims
    no fact of this product supports, in the market's language."""
    from ..knowledge.claims import claim_classes, supported
    from ..rules import _langs, all_rules
    lang = _langs(market)[0]
    out = []
    for r in all_rules():
        if r.kind != "terms" or r.params.get("product") or not r.applies(market.code, None):
            continue
        terms = r.params.get("terms", {}).get(lang, [])
        if terms:
            out.append({"kind": "rule", "id": r.id, "severity": r.severity, "terms": list(terms),
                        "exceptions": list(r.params.get("exceptions", {}).get(lang, [])),
                        "message": r.message, "source": r.source, "lang": lang})
    classes = claim_classes()
    for cls, words in (getattr(facts, "claims", None) or {}).items():
        if cls in classes and isinstance(words, list) and words and not supported(cls, facts):
            out.append({"kind": "claim", "id": cls, "severity": "error", "terms": [x for x in words if isinstance(x, str)],
                        "exceptions": [], "message": classes[cls].get("why", ""), "source": "claims.toml",
                        "lang": lang})
    return out


def _hits(text: str, banned: list[dict]) -> bool:
    from ..rules import find_terms
    return any(find_terms(text, b["terms"], b["lang"], b["exceptions"]) for b in banned)


def _must_not(banned: list[dict]) -> list[dict]:
    out = []
    for b in banned:
        n = MAX_TERMS if b["kind"] == "rule" else MAX_CLAIM_TERMS
        out.append({"kind": b["kind"], "id": b["id"], "severity": b["severity"], "terms": b["terms"][:n],
                    "more": max(0, len(b["terms"]) - n), "message": b["message"], "source": b["source"]})
    return out


# ---- festival, hashtags, deliverables, fit ------------------------------------------------------

def _festival(festival, script, opts: RenderOptions, w: dict) -> dict | None:
    if not festival:
        return None
    day = opts.day()
    start = max(day, festival.window_start)
    angle = script.scenes[0].voice if script.scenes else ""
    return {"id": festival.id, "name": festival.name, "start": festival.start.isoformat(),
            "end": festival.end.isoformat(), "window_start": festival.window_start.isoformat(),
            "estimated": festival.estimated, "phase": festival.phase, "angle": angle,
            "hashtags": list(festival.hashtags),
            "post_from": start.isoformat(), "post_to": festival.end.isoformat(),
            "dates_text": fill(w["festival_dates"], start=festival.start.isoformat(), end=festival.end.isoformat()),
            "window_text": fill(w["window_text"], start=start.isoformat(), end=festival.end.isoformat())}


def _platform() -> dict:
    from ..markets import locales_dir
    from ..tomlfile import read_toml
    return read_toml(locales_dir() / "_shared" / "platforms.toml", missing_hint="restore locales/_shared")["tiktok"]


def _deliverables(script, w: dict, opts: RenderOptions) -> dict:
    p = _platform()
    zone = p["safe_zone"]["ads" if opts.sponsored else "organic"]
    secs = round(script.duration)
    return {"format": "9:16", "width": p["width"], "height": p["height"], "fps": p["fps"], "seconds": secs,
            "min_seconds": p["script_min_seconds"], "max_seconds": p["script_max_seconds"],
            "safe_zone": dict(zone), "safe_zone_kind": "ads" if opts.sponsored else "organic",
            "length_text": fill(w["length_text"], seconds=secs, min=p["script_min_seconds"], max=p["script_max_seconds"]),
            "safe_zone_text": fill(w["safe_zone_text"], width=p["width"], height=p["height"], **zone)}


def _fit(product: Product, market: MarketProfile, opts: RenderOptions, w: dict) -> dict:
    """The pair's fit verdict and findings (toolkit/fit), each with the market's words for its kind of rule."""
    if opts.fit == "off":
        return {"verdict": None, "findings": []}
    from ..fit import FitSettings, assess, pack, verdict
    kinds = {r.id: r.kind for r in pack()}
    fs = assess(product, market, opts.day(), settings=FitSettings.from_options(opts),
                corrections=opts.fact_edits.get(product.id))
    v = verdict(fs)
    return {"verdict": v, "verdict_text": w["verdict"][v],
            "findings": [{"code": f.code, "severity": f.severity, "kind": kinds.get(f.code, ""),
                          "note": w["fit_kind"].get(kinds.get(f.code, ""), ""),
                          "message": f.message, "fix": f.fix or "", "source": f.source or ""} for f in fs]}

