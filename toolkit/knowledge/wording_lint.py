"""The data lint: every lexicon value, type and quantity a market's facts.toml has no wording for."""
from __future__ import annotations

from ..markets import MarketProfile
from .render import ENUM_LINES, market_facts_data
from .schema import QUANTITY_ATTRS

QUANTITY_LINES = QUANTITY_ATTRS      # every quantity the extractor finds has a line in each market


def missing_wording(market: MarketProfile) -> list[str]:
    """Every lexicon value, type and quantity a market's facts.toml has no wording for (the data lint)."""
    from .lexicon import load_lexicon
    lex = load_lexicon()
    d = market_facts_data(market)
    out = []
    for tid in lex.types:
        if tid in lex.types and lex.types[tid].taxonomy_name and not (d.get("types", {}).get(tid)
                                                                       or market.word("category", tid)):
            out.append(f"types.{tid}")
    for attr, vals in lex.values.items():
        kind = lex.kinds.get(attr)
        if kind == "ignore":
            continue
        for vid in vals:
            if kind == "flag":
                t = d.get("features", {}).get(vid, {})
                # short = "" is a choice (the fact stays out of names); screen and voice are required
                if not all(t.get(k) for k in ("screen", "voice")) or "short" not in t:
                    out.append(f"features.{vid}")
            elif kind == "item":
                if not d.get("items", {}).get(vid):
                    out.append(f"items.{vid}")
            elif kind == "caveat":
                if not d.get("caveats", {}).get(vid):
                    out.append(f"caveats.{vid}")
            elif attr == "material":
                if not (market.word("material", vid) or d.get("values", {}).get("material", {}).get(vid)):
                    out.append(f"values.material.{vid}")
            elif not d.get("values", {}).get(attr, {}).get(vid):
                out.append(f"values.{attr}.{vid}")
    known = set(lex.types) | {t.group for t in lex.types.values() if t.group}
    for vid, t in d.get("features", {}).items():
        for key in ("voice_for", "screen_for"):
            for c in (t.get(key) or {}) if isinstance(t, dict) else ():
                if c not in known:
                    out.append(f"features.{vid}.{key}.{c} (no such type or group)")
    for q in QUANTITY_LINES:
        t = d.get("quantities", {}).get(q, {})
        if not all(t.get(k) for k in ("screen", "voice")) or "short" not in t:
            out.append(f"quantities.{q}")
    for attr in ENUM_LINES:
        t = d.get("lines", {}).get(attr, {})
        if not t.get("screen"):
            out.append(f"lines.{attr}")
        for key in ("voice_by_value", "screen_by_value"):       # a value the lexicon does not know is a typo
            out += [f"lines.{attr}.{key}.{v} (no such {attr})" for v in (t.get(key) or {})
                    if v not in lex.values.get(attr, {}) and not market.word(attr, v)]
    sp = d.get("spoken", {})
    for k in ("currency", "times", "range", "from"):
        if not sp.get(k):
            out.append(f"spoken.{k}")
    if not sp.get("units"):
        out.append("spoken.units")
    return out
