"""Captions and hashtags within the platform's limits (counted in UTF-16 units, as TikTok counts them)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from .facts import Facts
from .markets import MarketProfile
from .model import Finding, Script
from .script import fill
from .textutil import first_sentence as _first_sentence, utf16_len


@dataclass
class Caption:
    text: str
    hashtags: list[str]
    disclosure: str | None
    length_utf16: int

    def to_dict(self) -> dict:
        return {"text": self.text, "hashtags": self.hashtags, "disclosure": self.disclosure,
                "length_utf16": self.length_utf16}


def _quotable(facts) -> bool:
    """types.toml `seller_quotes = false` (supplements): the seller's prose is health claims, never quoted."""
    from .knowledge.lexicon import load_lexicon
    t = load_lexicon().types.get(getattr(facts.knowledge, "type_id", None) or "")
    return t is None or t.seller_quotes


def _citer(facts):
    """A predicate: does a seller's sentence say one of the product's facts (its material, a feature, a figure)?
    "Crafted from thick fleece" does; "It's the go-to choice for a thorough cleanse" and "They are easy to carry to
    complete your all day look" do not."""
    from .knowledge.lexicon import load_lexicon
    lex = load_lexicon()
    known = list(getattr(facts.knowledge, "facts", None) or [])
    sources = [f.source.text.lower() for f in known if f.source and len(f.source.text) >= 3]

    def says(text: str) -> bool:
        low = text.lower()
        said = {f"{a}:{v}" for _, _, a, v in lex.value_hits(low)}
        return any(f.id in said for f in known) or any(s in low for s in sources)
    # a description translated by a model no longer holds the words the facts were read from: not judged here
    if not says(getattr(facts, "description", "") or ""):
        return lambda sentence: True
    return says


def _cites(sentence: str, facts) -> bool:
    return _citer(facts)(sentence)


def _forbidden(sentence: str, market, found: list | None = None) -> bool:
    """A seller's sentence holding a term an error-level rule of the market forbids (a health claim, a banned
    word): never quoted; the rule's finding is reported on the description, so the seller still hears of it."""
    from .rules import _langs, find_terms, rules_for
    for rule in rules_for(market.code):
        if rule.kind != "terms" or rule.severity != "error":
            continue
        for lang in _langs(market):
            hits = find_terms(sentence, rule.params.get("terms", {}).get(lang, []), lang,
                              rule.params.get("exceptions", {}).get(lang, []))
            if hits:
                if found is not None and not any(f.code == rule.id for f in found):
                    found.append(Finding(code=rule.id, severity=rule.severity, where="description",
                                         message=f"{rule.message}: '{sentence[hits[0][0]:hits[0][1]]}' in the "
                                                 "seller's description (not quoted in the caption)",
                                         segment=sentence, fix=rule.fix, source=rule.source))
                return True
    return False


def _type_tag(facts, market) -> str | None:
    """The tag sellers use for the type where its word folds into another word (vi "cốc" -> #coc, "toad"):
    `hashtag = "cocgom"` in the type's facts.toml [types] entry."""
    from .knowledge.render import market_facts_data
    tid = getattr(getattr(facts, "knowledge", None), "type_id", None)
    entry = market_facts_data(market).get("types", {}).get(tid or "") if tid else None
    tag = entry.get("hashtag") if isinstance(entry, dict) else None
    return "#" + tag.lstrip("#") if tag else None


def hashtag(word: str, fold_accents: bool = False) -> str | None:
    """'T-shirt' -> '#Tshirt', 'ผ้าพันคอ' -> '#ผ้าพันคอ', 'Lumi Home' -> '#LumiHome'; where a market's tags drop
    accents ([platform] hashtag_fold_accents: French TikTok writes #sacamain, not #sacàmain) they are folded."""
    if fold_accents:
        word = word.replace("ñ", "\x00").replace("Ñ", "\x01")      # ñ is a letter: #año never becomes #ano
        word = "".join(ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn")
        word = word.replace("đ", "d").replace("Đ", "D").replace("\x00", "ñ").replace("\x01", "Ñ")   # #tuideocheo
    word = unicodedata.normalize("NFC", word)
    if re.search(r"[\u0600-\u06ff]", word):
        word = re.sub(r"\s+", "_", word.strip())       # Arabic hashtags join words with "_": #حقيبة_يد
    kept = "".join(ch for ch in word if unicodedata.category(ch)[0] in "LNM" or ch == "_")
    return "#" + kept if kept else None


def build_caption(facts: Facts, script: Script, market: MarketProfile, *, sponsored: bool,
                  seed: int = 0, product_id: str = "", festival=None) -> tuple[Caption, list[Finding]]:
    findings: list[Finding] = []
    hook = script.scenes[0].screen.strip()
    if market.script in ("Latn", "Arab") and hook and hook[-1] not in ".!?…:;؟" \
            and unicodedata.category(hook[-1]) != "So":          # an emoji ends a hook as well as a full stop
        hook += "."
    values = dict(facts.values(), hook_line=hook, _lang=market.language)
    eligible = [c for c in market.captions if all(facts.has(r) for r in c.requires)] or market.captions
    # variants at different prices: a caption that says "from" where the market has one (.requires = from)
    if facts.has("from"):
        eligible = [c for c in eligible if "from" in c.requires] or eligible
    if facts.has("unnamed"):
        # no name but a group word ("the home"): a caption that names nothing (every market has one: the lint)
        eligible = [c for c in eligible if "$name" not in str(c.screen) and "$category" not in str(c.screen)] \
            or eligible
    else:
        # a product with a name is named in its caption: the buyer reading it without the video knows what it is
        typed = facts.has("typed")
        eligible = [c for c in eligible if "$name" in str(c.screen) or (typed and "$category" in str(c.screen))] \
            or eligible
    # in the market's language only: an English line in an Arabic description is not the Saudi caption's
    first = None
    if facts.description and market.tone.get("seller_lines") is not False and _quotable(facts):
        cites = _citer(facts)
        first = _first_sentence(facts.description, facts.name, lang=market.language,
                                type_id=getattr(facts.knowledge, "type_id", None),
                                skip=lambda s: _forbidden(s, market, findings) or not cites(s))
    if first and facts.brand and facts.brand.lower() in first.lower():
        # "…this elegant chair from Great Outdoor…" quoted below: the line above does not say the brand again
        eligible = [c for c in eligible if "$brand" not in str(c.screen)] or eligible
    key = f"{seed}|{product_id}|{market.code}|caption"
    from .script import catalog_slot
    slot = catalog_slot(key, facts)
    i = int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) if slot is None else sum(slot)
    line = sentence_case(fill(eligible[i % len(eligible)].screen, values), market.language)
    # priority: the festival's tags, then the product's (category, brand), then the market's evergreen ones
    # the product's own word as a tag (#Faszienrolle), never a group word (#Wohnen, #product); a brand ctk
    # romanized itself is nobody's tag
    typed = facts.has("typed") if hasattr(facts, "has") else bool(facts.category)
    sayable = getattr(facts, "brand_sayable", True)
    fold = bool(market.platform.get("hashtag_fold_accents", False))
    ordered = [*(festival.hashtags if festival else ()),
               _type_tag(facts, market) or (hashtag(facts.category, fold) if facts.category and typed else None),
               hashtag(facts.brand, fold) if facts.brand and sayable else None, *market.hashtags]
    label = market.disclosure["label"] if sponsored else None
    limit_tags = market.limit("hashtags_max", 5) - (1 if label and label.startswith("#") else 0)
    tags: list[str] = []
    for t in ordered:
        if t and t.lower() not in {x.lower() for x in tags} and (not label or t.lower() != label.lower()):
            tags.append(t)
    tags = tags[:max(0, limit_tags)]
    body = line
    if first:
        body = f"{line}\n{first}"
    if facts.knowledge is not None:
        from .knowledge.render import caveat_lines
        notes = caveat_lines(facts.knowledge, market)
        if notes:                        # "batteries not included": the buyer must read it, so it is kept
            body = f"{body}\n" + " ".join(notes)
    limit = market.limit("caption_max_utf16", 2200)
    prefix = ""
    if label:
        prefix = f"{label} " if label.startswith("#") else f"{label} | "
    tail = "\n\n" + " ".join(tags) if tags else ""
    budget = limit - utf16_len(prefix) - utf16_len(tail)
    if utf16_len(body) > budget:
        findings.append(Finding(code="caption.shortened", severity="info", where="caption",
                                message=f"caption text shortened to fit {limit} UTF-16 units with its hashtags",
                                fix="shorten the title or description"))
        body = truncate_utf16(body, budget)
    text = prefix + body + tail
    return Caption(text=text, hashtags=tags, disclosure=label, length_utf16=utf16_len(text)), findings


def sentence_case(text: str, lang: str = "") -> str:
    """Upper-case a sentence's first letter after '.', '!', '?' or an emoji ("…scroll. 👉 jeans" -> "…scroll. 👉 Jeans");
    scripts without case are left as they are."""
    out = list(text)
    start = False
    for i, ch in enumerate(out):
        if ch in ".!?…" or (unicodedata.category(ch) == "So" and ch not in "™®©℠°"):
            # "2 a.m." is no sentence end: a full stop ends one only before a space (or the end)
            start = ch not in ".!?…" or i + 1 >= len(out) or out[i + 1].isspace()
            continue
        if ch.isspace() or ch in "\"'“‘«„([¿¡" or unicodedata.category(ch) in ("Mn", "Cf"):
            continue
        if start and ch.islower():
            from .writing import upper
            out[i] = upper(ch, lang)
        start = False
    return "".join(out)


def truncate_utf16(text: str, budget: int) -> str:
    """Cut text to at most `budget` UTF-16 units, at a word boundary when there is one, ending in '…'."""
    if utf16_len(text) <= budget:
        return text
    from .textutil import cut_graphemes
    out = cut_graphemes(text, max(0, budget - 1), utf16_len)          # never half an emoji or a letter
    if " " in out[-40:]:
        out = out.rsplit(" ", 1)[0]
    return out.rstrip(" ,;:-") + "…"
