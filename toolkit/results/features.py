"""The features of a creative, read from its script.json (or a variant of it): what the model learns about.

Every value is a str (a category) or a float (a quantity). The names and their values:

| name | values |
|---|---|
| hook_type | festival, discount, fact, category, question, statement (see `hook_family`) |
| opening_chars | characters of the first voice-over line, as said (Thai marks ride on their letter) |
| opening_length | short (said in under 1.5 s), medium (under 2.2 s), long |
| festival | the festival theme's id, or none |
| style | clean, bold, editorial, a style file's name |
| scenes | the number of scenes |
| length | under 15 s (<15s), 15-25s, over 25 s (>25s) |
| price_shown | yes (an offer scene states the price) or no |
| discount | none, <15%, 15-29%, 30%+ |
| voice | yes (a voice-over speaks the lines) or no |
| facts_used | the product facts the scenes state, sorted and joined with "+" (none) |
| facts_count | how many |
"""
from __future__ import annotations

import re
from functools import lru_cache

FEATURES = ("hook_type", "opening_chars", "opening_length", "festival", "style", "scenes", "length", "price_shown",
            "discount", "voice", "facts_used", "facts_count")
HOOK_TYPES = ("festival", "discount", "fact", "category", "question", "statement")
_QUESTION = re.compile(r"[?？؟]")


def hook_family(line) -> str:
    """The family of a content.ftl hook line, from what it needs and says: a reduction (`.requires = discount` or
    { $discount }), a selling point ({ $hook_fact }), the product's type word ({ $category }: "New lamp alert"),
    a question, or a plain statement ("This is your sign")."""
    req = set(getattr(line, "requires", ()) or ())
    src = f"{line.voice} {line.screen}"
    if "discount" in req or "$discount" in src:
        return "discount"
    if "pitch" in req or "$hook_fact" in src:
        return "fact"
    if "$category" in src:
        return "category"
    return "question" if _QUESTION.search(str(line.voice)) else "statement"


@lru_cache(maxsize=64)
def _hook_lines(market: str) -> dict:
    from ..markets import load_market
    return {getattr(ln.voice, "msg_id", None): ln for ln in load_market(market).content.get("hook", [])}


def hook_type(scenes: list[dict], market: str, discount: str | None = None) -> str:
    """The hook's family: from its template line when the script names one (scene "line"), else from the words
    (a model's script, or one edited by hand)."""
    if not scenes:
        return "statement"
    first = scenes[0]
    line = first.get("line") or ""
    if line.startswith("festival:"):
        return "festival"
    if line:
        try:
            found = _hook_lines(market).get(line)
        except Exception:  # noqa: BLE001 - a market that no longer loads: read the words instead
            found = None
        if found is not None:
            return hook_family(found)
    text = f"{first.get('screen', '')} {first.get('voice', '')}"
    if discount and discount in text:
        return "discount"
    if first.get("facts"):
        return "fact"
    return "question" if _QUESTION.search(first.get("voice") or first.get("screen") or "") else "statement"


def _bucket(x: float, edges: tuple, labels: tuple) -> str:
    for edge, label in zip(edges, labels):
        if x < edge:
            return label
    return labels[-1]


def _said_seconds(voice: str, market: str) -> tuple[int, float]:
    from ..script import spoken_len
    n = spoken_len(voice or "")
    try:
        from ..markets import load_market
        from ..script import voice_cps
        cps = voice_cps(load_market(market))
    except Exception:  # noqa: BLE001 - an unknown market: 14 characters a second, the default pace
        cps = 14.0
    return n, n / max(1.0, cps)


def _discount_fraction(facts: dict) -> float | None:
    frac = facts.get("discount_fraction")
    if isinstance(frac, (int, float)):
        return float(frac)
    m = re.search(r"(\d+(?:[.,]\d+)?)", str(facts.get("discount") or ""))
    return float(m.group(1).replace(",", ".")) / 100 if m else None


def features(doc: dict, scenes: list[dict] | None = None) -> dict:
    """The features of the script in `doc` (a bundle's script.json), or of `scenes` (a variant's) in that bundle's
    context (the same product facts, festival, style and voice)."""
    scenes = list(doc.get("scenes") or []) if scenes is None else list(scenes)
    market = str(doc.get("market") or "")
    facts = doc.get("facts") or {}
    voice_line = scenes[0].get("voice", "") if scenes else ""
    chars, said = _said_seconds(voice_line, market)
    duration = sum(float(s.get("duration") or 0) for s in scenes)
    frac = _discount_fraction(facts) if facts.get("discount") else None
    used = sorted({i for s in scenes for i in (s.get("facts") or [])})
    festival = doc.get("festival") or {}
    return {
        "hook_type": hook_type(scenes, market, facts.get("discount")),
        "opening_chars": float(chars),
        "opening_length": _bucket(said, (1.5, 2.2), ("short", "medium", "long")),
        "festival": str(festival.get("id") or "none"),
        "style": str(doc.get("style") or "clean"),
        "scenes": float(len(scenes)),
        "length": _bucket(duration, (15.0, 25.0), ("<15s", "15-25s", ">25s")),
        "price_shown": "yes" if any(s.get("role") == "offer" for s in scenes) else "no",
        "discount": "none" if frac is None else _bucket(frac, (0.15, 0.30), ("<15%", "15-29%", "30%+")),
        "voice": "yes" if doc.get("voice") else "no",
        "facts_used": "+".join(used) or "none",
        "facts_count": float(len(used)),
    }
