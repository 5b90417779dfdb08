"""No assertion without a fact: a line that claims lightness, easy setup, popularity, mood... is allowed only
when one of the product's facts supports the claim (locales/_shared/claims.toml; each market's phrases in
locales/<m>/facts.toml [claims])."""

from __future__ import annotations

import re

from functools import lru_cache

from ..markets import locales_dir
from ..model import Finding


@lru_cache(maxsize=1)
def claim_classes() -> dict:
    from ..tomlfile import read_toml
    # a broken claims file is a clear error, not a silently disabled claim check
    return read_toml(locales_dir() / "_shared" / "claims.toml", missing_hint="reinstall ctk: locales/_shared is shipped")


def supported(cls: str, facts) -> bool:
    spec = claim_classes().get(cls, {})
    k = getattr(facts, "knowledge", None)
    if k is None:
        return False
    limits = spec.get("max", {})
    for s in spec.get("supported_by", []):
        if ":" in s and k.has(s):
            return True
        if ":" not in s:
            hits = k.get(s)
            if not hits:
                continue
            if s in limits:
                if any(_grams(f) is not None and _grams(f) <= limits[s] for f in hits):
                    return True
                continue
            return True
    return False


def _grams(f) -> float | None:
    k = {"g": 1, "kg": 1000, "oz": 28.35, "lb": 453.6}.get(f.unit or "")
    try:
        return float(f.value) * k if k else None
    except (TypeError, ValueError):
        return None


def unsupported(text: str, facts) -> list[tuple[str, str]]:
    """(class, phrase) of every claim in `text` that no fact of the product supports."""
    phrases = getattr(facts, "claims", None) or {}
    text = text or ""
    # the seller's own title (translated or not) is their claim, not ours: the rule packs still check it
    if getattr(facts, "name_source", "facts") in ("title", "override", "translation") and facts.name:
        text = text.replace(facts.name, " ")
    # the product's own word is no claim: "Handwärmer" does not claim warmth, "aquecedor de mãos" neither
    if getattr(facts, "typed", False) and getattr(facts, "category", ""):
        text = re.sub(re.escape(facts.category), " ", text, flags=re.I)
    low = text.lower().replace("’", "'").replace("‘", "'")
    out = []
    for cls, words in phrases.items():
        if cls not in claim_classes() or not isinstance(words, list):
            continue
        for w in words:
            if isinstance(w, str) and w and w.lower() in low:
                if not supported(cls, facts):
                    out.append((cls, w))
                break
    return out


def check_claims(script, caption_text: str, facts) -> list[Finding]:
    found = []
    where_texts = [(f"scene {s.index} on-screen text", s.screen) for s in script.scenes]
    where_texts += [(f"scene {s.index} voice-over", s.voice) for s in script.scenes]
    # the seller's own description sentence in the caption is their claim, not ours (the rule packs still check it)
    desc = (getattr(facts, "description", None) or "").strip()
    cap = caption_text
    if desc:
        from ..textutil import first_sentence     # the very sentence the caption quotes, headings skipped
        first = first_sentence(desc, getattr(facts, "name", ""), lang=script.language,
                               type_id=getattr(getattr(facts, "knowledge", None), "type_id", None))
        if first:
            cap = cap.replace(first, " ")
    where_texts.append(("caption", cap))
    for where, text in where_texts:
        for cls, phrase in unsupported(text, facts):
            why = claim_classes().get(cls, {}).get("why", "")
            found.append(Finding(code="facts.unsupported_claim", severity="error", where=where,
                                 message=f"'{phrase}' asserts {cls.replace('_', ' ')}, and no fact of the product "
                                         f"supports it ({why})", term=phrase,
                                 fix="remove the claim, or add the fact to the catalog (or as a correction in the "
                                     "editor / project) if it is true"))
    return found
