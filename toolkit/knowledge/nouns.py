"""The grammar of a market's word for a product type: facts.toml [types] entries are a word or a table

    earrings = { word = "Ohrringe", gender = "m", number = "pl", counter = "Paar" }
    socks    = { word = "tất", classifier = "đôi", counter = "đôi" }

`gender` (the market's own set, `[grammar] genders` in market.toml), `number` ("sg" or "pl" for a word that
is plural, like "Kopfhörer" or "earrings"), `classifier` (the word vi and th put with the noun: "chiếc đèn"),
`counter` (what one counts the product in: "Paar", "pairs", "足", "켤레"; a table `{ one, other }` where the
word changes with the number), `initial` (the sound the word starts with, where spelling does not tell:
fr "housse" has an aspirated h, so `initial = "consonant"`). The templates select on them (content.ftl);
`check_types` is the lint that every entry carries what the market's language needs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError

KEYS = {"word", "gender", "number", "classifier", "counter", "initial", "hashtag"}


@dataclass(frozen=True)
class Noun:
    word: str
    gender: str = "other"
    number: str = "sg"
    classifier: str = ""
    counter: dict = field(default_factory=dict)       # {"one": ..., "other": ...}
    initial: str = ""

    def count_word(self, n=2, locale: str = "") -> str:
        """The counted word for n: by the CLDR category where the entry gives it (Arabic `two = "زوجين"`, Polish
        `few = "pary"`), else one / other."""
        if not self.counter:
            return ""
        cat = plural_category(n, locale) if locale and isinstance(n, (int, float)) else ""
        return self.counter.get(cat) or self.counter.get("one" if n == 1 else "other") or self.counter.get("other") or ""


CLDR_CATEGORIES = {"zero", "one", "two", "few", "many", "other"}


def noun(entry) -> Noun | None:
    if isinstance(entry, str):
        return Noun(entry) if entry.strip() else None
    if isinstance(entry, dict) and isinstance(entry.get("word"), str):
        c = entry.get("counter", "")
        counter = {"one": c, "other": c} if isinstance(c, str) and c else dict(c) if isinstance(c, dict) else {}
        return Noun(entry["word"], str(entry.get("gender", "other")), str(entry.get("number", "sg")),
                    str(entry.get("classifier", "")), counter, str(entry.get("initial", "")))
    return None


def word_of(entry) -> str | None:
    n = noun(entry)
    return n.word if n else None


_VOWEL = "aeiouyàâäáãåæèéêëìíîïòóôõöøùúûüœ"


def initial_of(text: str) -> str:
    """The sound a word starts with, from its spelling: vowel, h, s_cons (s + consonant, z, gn, ps, x: the
    Italian "lo"), consonant, or other (a digit, a symbol, a non-Latin script)."""
    t = text.strip().lstrip("\"'“‘«(").lower()
    if not t or not t[0].isalpha() or not t[0].isascii() and t[0] not in _VOWEL:
        return "other"
    if t[0] in _VOWEL and not (t[0] == "y" and len(t) > 1 and t[1] in _VOWEL):
        return "vowel"
    if t[0] == "h":
        return "h"
    if re.match(r"(?:s[^aeiouàèéìòù\W]|z|gn|ps|pn|x|y)", t):
        return "s_cons"
    return "consonant"


def check_types(types: dict, genders: list[str], needs: list[str], path: Path) -> list[str]:
    """Problems with a market's [types] grammar (empty when fine)."""
    problems = []
    for tid, entry in types.items():
        if isinstance(entry, str):
            if needs:
                problems.append(f"[types] {tid}: a bare word; the language needs {', '.join(needs)} "
                                f"({tid} = {{ word = \"{entry}\", {', '.join(k + ' = …' for k in needs)} }})")
            continue
        if not isinstance(entry, dict) or not isinstance(entry.get("word"), str):
            problems.append(f"[types] {tid}: must be a word or a table with 'word'")
            continue
        extra = set(entry) - KEYS
        if extra:
            problems.append(f"[types] {tid}: unknown key '{sorted(extra)[0]}' (keys: {', '.join(sorted(KEYS))})")
        for k in needs:
            if k not in entry:
                problems.append(f"[types] {tid}: no '{k}'")
        g = entry.get("gender")
        if g is not None and g not in genders:
            problems.append(f"[types] {tid}: gender '{g}' is not one of {genders}")
        if entry.get("number", "sg") not in ("sg", "pl"):
            problems.append(f"[types] {tid}: number must be 'sg' or 'pl'")
        if entry.get("initial", "vowel") not in ("vowel", "h", "s_cons", "consonant", "other"):
            problems.append(f"[types] {tid}: initial must be vowel, h, s_cons, consonant or other")
        c = entry.get("counter")
        if c is not None and not (isinstance(c, str) or isinstance(c, dict) and set(c) <= CLDR_CATEGORIES
                                  and all(isinstance(v, str) for v in c.values())):
            problems.append(f"[types] {tid}: counter must be a word or {{ one = …, other = … }} (CLDR categories)")
    return problems


def validate(types: dict, genders: list[str], needs: list[str], path: Path) -> None:
    problems = check_types(types, genders, needs, path)
    if problems:
        raise ConfigError(problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""),
                          file=str(path), hint="see docs/facts-data.md, 'The grammar of a type word'")


def counted(t: dict, key: str, n, locale: str) -> str | None:
    """A quantity line's wording for the CLDR plural category of its number (`voice_by_count = { few = "… {n}
    ساعات", other = "… {n} ساعة" }`: Arabic counts 3-10 in the plural, 11 and up in the singular), or None."""
    table = t.get(f"{key}_by_count")
    if not isinstance(table, dict) or not isinstance(n, (int, float)):
        return None
    cat = plural_category(n, locale)
    return table.get(cat) or table.get("other")


def plural_category(n, locale: str) -> str:
    """The CLDR plural category of a number in a locale ("one", "two", "few", "many", "other")."""
    from babel import Locale
    try:
        return Locale.parse(locale).plural_form(n)
    except (ValueError, TypeError):
        return "other"
