"""The data passed between pipeline stages. Plain dataclasses that serialize to JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Finding:
    """One thing the report tells the seller: what, where, how bad, and how to fix it."""

    code: str                 # stable id, e.g. "image.missing", "translate.untranslated"
    severity: str             # error | warning | info
    message: str
    where: str = "product"    # product | caption | scene 2 | on-screen text | cover | video | price
    fix: str | None = None
    source: str | None = None
    segment: str | None = None
    fixed: str | None = None       # what an auto-fix changed (the finding then no longer blocks)
    term: str | None = None        # the matched word or phrase, for one-click fixes

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Variant:
    sku: str = ""
    options: dict[str, str] = field(default_factory=dict)
    price: Decimal | None = None
    compare_at_price: Decimal | None = None
    stock: int | None = None
    image: str | None = None

    def to_dict(self) -> dict:
        return {
            "sku": self.sku,
            "options": dict(self.options),
            "price": str(self.price) if self.price is not None else None,
            "compare_at_price": str(self.compare_at_price) if self.compare_at_price is not None else None,
            "stock": self.stock,
            "image": self.image,
        }


@dataclass
class ImageRef:
    ref: str                       # as written in the input
    path: str | None = None        # resolved local path when it exists and decodes
    ok: bool = False
    problem: str | None = None

    def to_dict(self) -> dict:
        return {"ref": self.ref, "path": self.path, "ok": self.ok, "problem": self.problem}


@dataclass
class Product:
    id: str
    title: str
    description: str = ""
    brand: str = ""
    category: str = ""
    tags: list[str] = field(default_factory=list)
    options: list[str] = field(default_factory=list)
    variants: list[Variant] = field(default_factory=list)
    images: list[ImageRef] = field(default_factory=list)
    currency: str = "USD"
    source_lang: str = "en"                # the language of the title (the seller's own naming)
    source_lang_detected: bool = True
    description_lang: str | None = None    # the description's own language when it differs (an English title
                                           # over a Chinese description); None: the same as source_lang
    lang_evidence: int = 0                 # how sure the title's language is (common words found; 99 = by script)
    overrides: dict[str, dict[str, str]] = field(default_factory=dict)   # market -> field -> value
    attributes: dict[str, str] = field(default_factory=dict)             # extra columns (material, color...)
    origin: dict[str, Any] = field(default_factory=dict)                 # file, format, rows
    findings: list[Finding] = field(default_factory=list)

    def desc_lang(self) -> str:
        return self.description_lang or self.source_lang

    # --- derived facts -------------------------------------------------
    def prices(self) -> list[Decimal]:
        return [v.price for v in self.variants if v.price is not None]

    def min_price(self) -> Decimal | None:
        p = self.prices()
        return min(p) if p else None

    def option_values(self, name: str) -> list[str]:
        """Distinct values of an option (matched case-insensitively), in input order."""
        seen: list[str] = []
        key = name.lower()
        for v in self.variants:
            for k, val in v.options.items():
                if k.lower() == key and val and val not in seen:
                    seen.append(val)
        return seen

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "brand": self.brand,
            "category": self.category,
            "tags": list(self.tags),
            "options": list(self.options),
            "variants": [v.to_dict() for v in self.variants],
            "images": [i.to_dict() for i in self.images],
            "currency": self.currency,
            "source_lang": self.source_lang,
            "description_lang": self.desc_lang(),
            "lang_evidence": self.lang_evidence,
            "overrides": self.overrides,
            "attributes": self.attributes,
            "origin": self.origin,
            "findings": [f.to_dict() for f in self.findings],
        }


@dataclass
class Scene:
    index: int
    role: str                 # hook | intro | benefit | offer | cta
    duration: float
    screen: str
    voice: str
    visual: str
    image: str | None = None
    facts: list[str] = field(default_factory=list)     # ids of the product facts this scene cites
    line: str | None = None   # the template line it came from: a content.ftl id ("hook-3") or "festival:<id>"

    def to_dict(self) -> dict:
        d = asdict(self)
        if d["line"] is None:                 # a model's line, or an edited script: no template to name
            del d["line"]
        return d


@dataclass
class Script:
    market: str
    language: str
    scenes: list[Scene]
    generator: str = "template"
    terms: tuple = ()        # the product's own words (name, facts): a subtitle line never breaks inside one

    @property
    def duration(self) -> float:
        return round(sum(s.duration for s in self.scenes), 3)

    def starts(self) -> list[float]:
        t, out = 0.0, []
        for s in self.scenes:
            out.append(round(t, 3))
            t += s.duration
        return out

    def to_dict(self) -> dict:
        return {"market": self.market, "language": self.language, "generator": self.generator,
                "duration": self.duration, "scenes": [s.to_dict() for s in self.scenes]}


def place_by_id(products: list) -> None:
    """Each product's place in its catalog by id, never by run order (origin["rank"]): a market's lines rotate by
    it, so a catalog's products do not draw the same greeting by chance; not part of a bundle's key (origin)."""
    import hashlib
    ids = sorted({p.id for p in products})
    ranks = {pid: i for i, pid in enumerate(ids)}
    # where the rotation starts: the catalog's own (two one-product catalogs do not both take the pool's first line)
    start = hashlib.sha1("\n".join(ids).encode("utf-8")).hexdigest()[:8]
    for p in products:
        p.origin["rank"], p.origin["catalog"] = ranks[p.id], start
