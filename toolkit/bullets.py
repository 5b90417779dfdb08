"""Benefit lines from the seller's own description bullets, and the shape every fact-built benefit line takes
(toolkit/script.py `fact_benefits` uses both)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .facts import Facts
from .markets import MarketProfile

MAX_BULLETS = 2
_SKIP_BULLET = re.compile(r"(?i)^(?:care|note|notes|warning|caution|attention|disclaimer|package|includes?|features?|comes with|"
                          r"what'?s in|shipping|size chart|注意|警告|温馨提示|包装|发货|售后|"
                          # what's in the box in the seller's language, or a counted item ("1x Cabo USB para recarga")
                          r"inclui|acompanha|conteúdo|incluye|contenido|inclus|contenu|enthält|lieferumfang|inhoud|"
                          r"zawartość|içerik|\d+\s*x\s)\b")
_WORD = re.compile(r"[^\W_]+", re.U)


SCREEN_MAX = 52
# a sentence that opens with a pronoun is the seller's prose: read out it works, on screen it is a paragraph
_PROSE = re.compile(r"(?i)^(?:it|its|this|these|they|there|you|your|we|our)\s")
_CLAUSE = re.compile(r",\s|，|、|\s(?:plus|and|with|for|und|mit|für|et|avec|pour|e|con|per|y|para|com)\s")


def _bullet_screen(text: str) -> str:
    """The on-screen form of a bullet: no parentheses ("11 in (28 cm) drop" -> "11 in drop"), its first part,
    and when still long, cut where a clause ends ("Top YKK zipper plus 1 zip pocket and 2 slip pockets inside
    for phone…" -> "Top YKK zipper plus 1 zip pocket"); '' where only a cut inside a clause would fit (the bullet
    is left out: graders read a screen that stops on "…" as broken)."""
    t = re.sub(r"\s*[(（][^)）]{0,60}[)）]", "", text)
    t = re.split(r"[;；]|\s[-–—]\s", t)[0].strip().rstrip(",:")
    if len(t) <= SCREEN_MAX:
        return t
    found = [m for m in _CLAUSE.finditer(t) if 12 <= m.start() <= SCREEN_MAX]
    cuts = [m.start() for m in found if m.group(0)[0] in ",，、"] or [m.start() for m in found]
    if cuts:
        return t[:cuts[-1]].rstrip(" ,")
    return ""       # no clause ends in reach: "The elongated shape provides better light…" is a cut-off screen


def bullet_lines(facts: Facts, market: MarketProfile, lines: list, room: int, said_ids=()) -> list:
    """Benefit lines from the description's own bullets ("• Holds up to 33 lb"), only in the market's language
    and only those whose words no line already says; a bullet that states a claim no fact supports is left out,
    and so is one that names a fact a line (or the hook) already said ("Waterproof, easy-to-clean material"
    after "Waterproof, so getting wet is no big deal")."""
    from .knowledge.claims import unsupported
    if market.tone.get("seller_lines") is False:
        return []                         # ph's Taglish: the seller's English ad copy read out breaks the register
    from .caption import _forbidden, _quotable
    from .textutil import speaks_as_seller
    bullets = (getattr(facts, "bullets", None) or []) if _quotable(facts) else []
    said = " ".join(f"{getattr(ln, 'screen', '')} {getattr(ln, 'voice', '')}" for ln in lines).lower()
    said_words = set(_WORD.findall(said))
    ids = set(said_ids) | {i for ln in lines for i in getattr(ln, "facts", ())}
    terms = [f.source.text.lower() for f in (facts.knowledge.facts if facts.knowledge else [])
             if f.id in ids and f.source and len(f.source.text) >= 3]
    out = []
    for b in bullets:
        if len(out) >= room:
            break
        text = re.split(r"\s+\|\s+", b.strip())[0].rstrip(".;。；")    # "Weather-proof | Washable": one point
        if _SKIP_BULLET.match(text):
            continue
        label, sep, rest = text.partition(":")
        if sep and len(label) <= 24 and rest.strip():
            text = rest.strip()
        head = None
        parts = re.split(r"\s[—–-]\s", text, maxsplit=1)
        if len(parts) == 2 and 2 <= len(parts[0].split()) <= 5 and len(parts[0]) <= 32 and len(parts[1]) >= 8:
            # "Realistic Wing Flapping — Moves like real prey": the label on screen, both said
            head, tail = parts[0].strip(), parts[1].strip()
            text = f"{head[0].upper()}{head[1:].lower() if head.isupper() or head.istitle() else head[1:]}. " \
                   f"{tail[0].upper()}{tail[1:]}"
        caps = [w[0].isupper() for w in _WORD.findall(text) if len(w) > 2 and not w.isdigit()]
        if not head and len(caps) >= 3 and sum(caps) >= 0.8 * len(caps):
            continue                      # "Potência Compacta Que Surpreende": a section heading in Title Case
        words = [w for w in _WORD.findall(text.lower()) if len(w) > 2 or w.isdigit()]
        if len(words) < 3 or sum(w in said_words for w in words) / len(words) > 0.5:
            continue
        if any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text.lower()) for t in terms):
            continue
        if unsupported(text, facts) or speaks_as_seller(text, market.language) or _forbidden(text, market):
            continue                      # "Unlike some charcoal soaps, ours…": the shop speaks, not the creator
        screen = _bullet_screen(head.rstrip(".") if head else text)
        if re.search(r"[A-Za-z]", screen) and len(screen.split()) < 2:
            continue                      # "Medium – 33hr burn": a variant's label ("Medium") says nothing on screen
        if not screen or (not head and len(screen) > 30 and _PROSE.match(screen)):
            continue                      # "It can be rotated vertically or horizontally": prose, not a screen line
        from .script import capitalize_first as cap
        voice = cap(text) + ("" if text[-1:] in ".!?。！？" else ".")
        out.append(FactLine(cap(screen).replace("{", "{{").replace("}", "}}"),
                            voice.replace("{", "{{").replace("}", "}}"), facts=("bullet",)))
        said_words |= set(words)
    return out


@dataclass
class FactLine:
    """A benefit line built from facts (the same shape as a content.ftl Line, plus the facts it cites)."""
    screen: str
    voice: str
    requires: tuple = ()
    facts: tuple = ()
