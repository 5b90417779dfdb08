"""What extraction produces: a fact with its source span, a product's knowledge, and the collector that
keeps the first source of each fact."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .lexicon import Lexicon

QUANTITY_ATTRS = ("battery_life", "battery_capacity", "power", "volume", "weight", "dimensions", "length", "height", "diameter",
                  "brightness_levels", "color_modes", "water_rating", "spf", "age_range", "pack_count", "piece_count",
                  "contents",
                  "connectivity_version", "burn_time", "pages", "players", "battery_with_case", "card_slots")


@dataclass(frozen=True)
class Source:
    field: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Fact:
    attr: str
    value: Any
    unit: str | None = None
    share: float | None = None
    source: Source | None = None
    confidence: float = 0.9
    origin: str = "rule"                  # rule | user (a marketer's correction) | model

    @property
    def id(self) -> str:
        if self.attr in QUANTITY_ATTRS:
            return self.attr
        return f"{self.attr}:{self.value}"

    def to_dict(self) -> dict:
        d = {"id": self.id, "attr": self.attr, "value": self.value, "confidence": round(self.confidence, 2),
             "origin": self.origin}
        if self.unit:
            d["unit"] = self.unit
        if self.share is not None:
            d["share"] = self.share
        if self.source:
            d["source"] = self.source.to_dict()
        return d


@dataclass
class Knowledge:
    type_id: str | None
    group: str | None
    taxonomy: str | None
    type_source: Source | None
    type_confidence: float
    facts: list[Fact] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    def get(self, attr: str) -> list[Fact]:
        return [f for f in self.facts if f.attr == attr]

    def has(self, fid: str) -> bool:
        """'feature:foldable', 'material:silk', 'material' (any), 'weight'."""
        if ":" in fid:
            return any(f.id == fid for f in self.facts)
        return any(f.attr == fid for f in self.facts)

    def to_dict(self) -> dict:
        return {"type": self.type_id, "group": self.group, "taxonomy": self.taxonomy,
                "type_source": self.type_source.to_dict() if self.type_source else None,
                "type_confidence": round(self.type_confidence, 2),
                "facts": [f.to_dict() for f in self.facts], "unknown_terms": list(self.unknown)}



UP_TO = {"battery_life", "burn_time", "battery_with_case"}     # said as "up to N": the most any variant gives


class Collector:
    def __init__(self, lex: Lexicon, angles: tuple[str, ...], type_group: str | None):
        self.lex, self.angles, self.group = lex, angles, type_group
        self.facts: list[Fact] = []
        self._seen: dict[str, Fact] = {}

    def add(self, attr, value, src: Source, unit=None, share=None, conf=0.9):
        f = Fact(attr, value, unit, share, src, conf)
        key = f.id
        if key in self._seen:
            old = self._seen[key]
            if share is not None and old.share is None:
                old.share = share
            # "up to" facts: a candle sold in three sizes burns up to the largest one's hours (33, 48, 63 h -> 63)
            if attr in UP_TO and isinstance(value, (int, float)) and isinstance(old.value, (int, float)) \
                    and value > old.value and (unit or None) == (old.unit or None):
                old.value, old.source = value, src
            return
        self._seen[key] = f
        self.facts.append(f)

