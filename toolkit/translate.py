"""Translation behind one interface. The built-in backend uses the market's phrasebook and the shared
concept list; what it cannot translate it marks, so the report lists it and no wrong-script text
reaches a caption. Model backends (Marian / NLLB / M2M100) plug in behind the same Protocol."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from .markets import MarketProfile, concepts


@dataclass
class Translation:
    text: str
    complete: bool
    untranslated: list[str] = field(default_factory=list)
    backend: str = "phrasebook"
    findings: list = field(default_factory=list)


class Translator(Protocol):
    name: str

    def available(self) -> tuple[bool, str]: ...

    def translate(self, text: str, src: str, market: MarketProfile,
                  extra_protect: tuple[str, ...] = ()) -> Translation: ...


def same_language(src: str, tgt: str) -> bool:
    return src.split("-")[0].split("_")[0].lower() == tgt.split("-")[0].split("_")[0].lower()


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, tuple[str, str]]:
    """alias (lowercase) -> (group, concept id)."""
    idx: dict[str, tuple[str, str]] = {}
    for group, items in concepts().items():
        for cid, aliases in items.items():
            for a in [cid.replace("_", " "), *aliases]:
                idx.setdefault(a.strip().lower(), (group, cid))
    return idx


@lru_cache(maxsize=4)
def _group_index(group: str) -> dict[str, str]:
    """alias (lowercase) -> concept id within one group ("cream" is a colour here even if a category elsewhere)."""
    idx: dict[str, str] = {}
    for cid, aliases in concepts().get(group, {}).items():
        for a in [cid.replace("_", " "), *aliases]:
            idx.setdefault(a.strip().lower(), cid)
    return idx


def lookup_concept(value: str, group: str | None = None) -> tuple[str, str] | None:
    """Exact (case-insensitive) match of a value to a concept, optionally within one group; English plurals
    ("candles", "boxes") match their singular; a shop's numbered option value ("orange-1", "Red 2") its word."""
    key = (value or "").strip().lower()
    keys = [key, key[:-1] if key.endswith("s") else None, key[:-2] if key.endswith("es") else None]
    bare = re.sub(r"[\s_#-]*\d+$", "", key)
    if bare and bare != key:
        keys.append(bare)
    if group is not None:
        gidx = _group_index(group)
        for k in keys:
            if k and k in gidx:
                return group, gidx[k]
        return None
    idx = _alias_index()
    for k in keys:
        hit = idx.get(k) if k else None
        if hit:
            return hit
    return None


_WORD_BOUNDARY_SCRIPTS = re.compile(r"[A-Za-z]")


def find_concepts(text: str, group: str) -> list[str]:
    """Concepts of one group mentioned in free text (longest aliases first, word-bounded for Latin)."""
    low = (text or "").lower()
    found: list[tuple[int, str]] = []
    aliases = sorted(((a, cid) for a, (g, cid) in _alias_index().items() if g == group), key=lambda x: -len(x[0]))
    taken: list[tuple[int, int]] = []
    for alias, cid in aliases:
        if len(alias) < 2 and not re.search(r"[\u3400-\u9fff]", alias):
            continue
        if _WORD_BOUNDARY_SCRIPTS.search(alias):
            pattern = r"(?<![a-z0-9])" + re.escape(alias) + r"(?![a-z0-9])"
        else:
            pattern = re.escape(alias)
        for m in re.finditer(pattern, low):
            if any(not (m.end() <= s or m.start() >= e) for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), cid))
    out: list[str] = []
    for _, cid in sorted(found):
        if cid not in out:
            out.append(cid)
    return out


def localize_value(value: str, group: str, market: MarketProfile) -> str | None:
    hit = lookup_concept(value, group)
    if hit:
        return market.word(group, hit[1])
    return None


_SEGMENT_RE = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])\s*|\n+|(?<=[;；])\s*")


def split_segments(text: str, lang: str = "") -> list[str]:
    """Sentences for Latin scripts (after . ! ? and a space), CJK (after 。！？ with or without a space)
    and Thai (which separates sentences with a space and has no full stop)."""
    parts = [s.strip() for s in _SEGMENT_RE.split(text or "") if s and s.strip()]
    if lang.startswith("th") or (not lang and re.search(r"[\u0e00-\u0e7f]", text or "")):
        parts = [p for s in parts for p in re.split(r"(?<=[\u0e00-\u0e7f])\s+(?=[\u0e00-\u0e7f])", s) if p.strip()]
    return parts


class PhrasebookTranslator:
    """No-model backend: whole phrases and concept words from locales/; everything else is marked."""

    name = "phrasebook"

    def available(self) -> tuple[bool, str]:
        return True, "built in"

    def translate(self, text: str, src: str, market: MarketProfile, extra_protect: tuple[str, ...] = ()) -> Translation:
        text = (text or "").strip()
        if not text or same_language(src, market.language):
            return Translation(text, True, [], self.name)
        out, missing = [], []
        for seg in split_segments(text):
            key = seg.strip().rstrip(".!?。！？").strip().lower()
            if key in market.phrases:
                out.append(market.phrases[key])
                continue
            hit = lookup_concept(key)
            if hit and market.word(*hit):
                out.append(market.word(*hit))
                continue
            missing.append(seg)
        return Translation(" ".join(out), not missing, missing, self.name)


def get_translator(name: str = "auto", glossary: str | None = None, memory: str | None = None) -> Translator:
    """auto: installed models where they serve the pair, the phrasebook elsewhere; phrasebook: no model;
    NAME: that model only. A glossary is checked whatever the translator (a wrong path is an error, never
    silently ignored)."""
    if glossary:
        from .mt.glossary import load_glossary
        load_glossary(glossary)
    if name == "phrasebook":
        return PhrasebookTranslator()
    from .registry import plugins
    for pname, factory in plugins("ctk.translators"):     # a package's translator ("deepl-local", ...)
        if pname == name:
            return factory(glossary=glossary, memory=memory)
    from .mt.registry import load_registry
    entries = load_registry()
    if name == "auto" and not entries:
        return PhrasebookTranslator()
    if name != "auto" and name not in {e.name for e in entries}:
        from .errors import ConfigError
        raise ConfigError(f"unknown translator '{name}'",
                          hint="use auto, phrasebook or an installed model: " + (", ".join(e.name for e in entries) or "none; ctk models add PATH"))
    from .mt.glossary import load_glossary
    from .mt.memory import Memory
    from .mt.translator import ModelTranslator
    return ModelTranslator(only=None if name == "auto" else name, glossary=load_glossary(glossary),
                           memory=Memory(memory) if memory else None)
