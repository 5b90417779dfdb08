"""Market fit: does this product belong in this market now? Pure functions over the product's facts, the
market's facts (locales/_shared/fit_markets.toml) and the fit rule pack (locales/_shared/fit.toml):

    assess(product, market, day) -> list[Finding]       # the fit findings of one pair
    verdict(findings) -> "go" | "check" | "no-go"       # error: no-go, warning: check, else go
    fit_matrix(products, markets, day) -> FitMatrix     # every pair, for `ctk fit`, the report and the editor

No CLI or GUI code here: `ctk fit` (toolkit/cli/fit_cmd.py), `ctk render` and the desktop editor call the same core.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..model import Finding, Product
from .rules import FitRule, Overrides, effective_rules, load_overrides, pack

__all__ = ["FitSettings", "FitMatrix", "assess", "verdict", "fit_matrix", "pack", "context", "MODES"]

MODES = ("on", "strict", "off")
VERDICTS = ("go", "check", "no-go")


@dataclass(frozen=True)
class FitSettings:
    """What changes the fit findings besides the product and the market: the overrides files and the EU
    responsible person given once for the whole catalog."""
    rules_files: tuple[str, ...] = ()
    responsible_person: str | None = None
    lexicon: tuple[str, ...] = ()

    @classmethod
    def from_options(cls, opts) -> "FitSettings":
        files = (opts.fit_rules,) if getattr(opts, "fit_rules", None) else ()
        return cls(files, getattr(opts, "responsible_person", None), tuple(getattr(opts, "lexicon", ()) or ()))


def _resolved(settings: FitSettings | None) -> tuple[tuple[FitRule, ...], FitSettings]:
    s = settings or FitSettings()
    ov: Overrides = load_overrides(s.rules_files)
    if ov.responsible_person and not s.responsible_person:
        from dataclasses import replace
        s = replace(s, responsible_person=ov.responsible_person)
    return effective_rules(ov), s


def context(product: Product, settings: FitSettings | None = None, corrections: list | None = None):
    """The product's facts the fit rules read (computed once per product and reused across markets)."""
    from ..knowledge import knowledge_for
    from ..knowledge.power import power_facts, product_text
    from .kinds import ProductContext, colors_of
    settings = settings or FitSettings()
    k = knowledge_for(product, tuple(settings.lexicon), corrections)
    text = " | ".join(t for _, t in product_text(product))
    return ProductContext(product, k, power_facts(product, k), colors_of(product), text, settings)


def assess(product: Product, market, day: dt.date | None = None, *, settings: FitSettings | None = None,
           corrections: list | None = None, skip_product_packs: bool = False) -> list[Finding]:
    """The fit findings of one product in one market on `day` (default today). `market` is a code or a
    MarketProfile. `skip_product_packs` leaves out rule-pack rules that render already runs on the product's
    own fields (rules.toml `product = true`), so a render reports each once."""
    from ..markets import MarketProfile, load_market
    from .kinds import KINDS
    m = market if isinstance(market, MarketProfile) else load_market(str(market))
    day = day or dt.date.today()
    rules, s = _resolved(settings)
    ctx = context(product, s, corrections)
    return _assess(ctx, m, day, rules, skip_product_packs)


def _assess(ctx, market, day, rules, skip_product_packs=False) -> list[Finding]:
    from .kinds import KINDS
    out: list[Finding] = []
    product_packs = _product_packs() if skip_product_packs else set()
    for r in rules:
        if not r.applies(market.code, day):
            continue
        if r.kind == "rule_pack" and r.params.get("rule") in product_packs:
            continue
        out += KINDS[r.kind](r, ctx, market, day)
    return out


def _product_packs() -> set[str]:
    from ..rules import all_rules
    return {r.id for r in all_rules() if r.params.get("product")}


def verdict(findings: list[Finding]) -> str:
    sev = {f.severity for f in findings if not f.fixed}
    return "no-go" if "error" in sev else "check" if "warning" in sev else "go"


@dataclass
class FitCell:
    product: str
    market: str
    verdict: str
    findings: list[Finding]

    def to_dict(self) -> dict:
        return {"product": self.product, "market": self.market, "verdict": self.verdict,
                "findings": [f.to_dict() for f in self.findings]}


@dataclass
class FitMatrix:
    day: dt.date
    markets: list[str]
    products: list[tuple[str, str]]              # (id, title)
    cells: list[FitCell] = field(default_factory=list)
    overrides: tuple[str, ...] = ()

    def cell(self, product: str, market: str) -> FitCell | None:
        return next((c for c in self.cells if c.product == product and c.market == market), None)

    def counts(self) -> dict[str, int]:
        out = {v: 0 for v in VERDICTS}
        for c in self.cells:
            out[c.verdict] += 1
        return out

    def to_dict(self) -> dict:
        return {"date": self.day.isoformat(), "markets": self.markets,
                "products": [{"id": i, "title": t} for i, t in self.products], "counts": self.counts(),
                "overrides": list(self.overrides), "cells": [c.to_dict() for c in self.cells],
                "rules": [r.summary() for r in pack()]}


def fit_matrix(products: list[Product], markets: list, day: dt.date | None = None, *,
               settings: FitSettings | None = None, corrections: dict | None = None,
               progress=None) -> FitMatrix:
    """Every product x market pair with its verdict and findings."""
    from ..markets import MarketProfile, load_market
    day = day or dt.date.today()
    ms = [m if isinstance(m, MarketProfile) else load_market(str(m)) for m in markets]
    rules, s = _resolved(settings)
    ov = load_overrides(s.rules_files)
    fm = FitMatrix(day, [m.code for m in ms], [(p.id, p.title) for p in products], overrides=ov.files)
    total, n = len(ms) * len(products), 0
    for p in products:
        ctx = context(p, s, (corrections or {}).get(p.id))
        for m in ms:
            f = _assess(ctx, m, day, rules)
            fm.cells.append(FitCell(p.id, m.code, verdict(f), f))
            n += 1
            if progress:
                progress(n, total, f"{m.code}/{p.id}")
    return fm


def clear_cache() -> None:
    from ..knowledge.power import clear_cache as cp
    from .rules import clear_cache as cr
    cr()
    cp()
