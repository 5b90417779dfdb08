"""Prices per market: Babel/CLDR formatting, conversion through a dated FX table."""

from __future__ import annotations

import re

import tomllib
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from .errors import ConfigError
from .model import Finding, Product


@dataclass(frozen=True)
class FxTable:
    rates: dict[str, Decimal]
    date: str
    source: str
    path: str
    shipped: bool

    def convert(self, amount: Decimal, src: str, dst: str) -> Decimal:
        src, dst = src.upper(), dst.upper()
        if src == dst:
            return amount
        for c in (src, dst):
            if c not in self.rates:
                raise ConfigError(f"no exchange rate for {c}", file=self.path,
                                  hint=f"add {c} = <units per {next(iter(self.rates))}> under [rates] or pass --fx FILE")
        return amount / self.rates[src] * self.rates[dst]


def load_fx(path: str | Path | None = None) -> FxTable:
    from .markets import locales_dir
    shipped = path is None
    p = Path(path) if path else locales_dir() / "_shared" / "fx.toml"
    try:
        with open(p, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError("FX file not found", file=str(p), hint="pass an existing file to --fx") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", file=str(p), hint="see locales/_shared/fx.toml for the layout") from None
    rates = data.get("rates")
    if not isinstance(rates, dict) or not rates:
        raise ConfigError("missing [rates] table", file=str(p), hint="see locales/_shared/fx.toml for the layout")
    out = {}
    for k, v in rates.items():
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not 1e-6 <= v <= 1e9:
            raise ConfigError(f"rate '{k}' must be a positive number between 0.000001 and 1,000,000,000 "
                              f"(units per 1 {data.get('base', 'USD')})", file=str(p), hint="e.g. EUR = 0.92")
        out[k.upper()] = Decimal(str(v))
    if not data.get("date"):
        raise ConfigError("missing key 'date'", file=str(p), hint="say when the rates were taken, e.g. date = \"2026-11-02\"")
    return FxTable(rates=out, date=str(data["date"]), source=str(data.get("source", "")), path=str(p), shipped=shipped)


def currency_digits(currency: str, override: int | None = None) -> int:
    if override is not None:
        return override
    from babel.numbers import get_currency_precision
    return get_currency_precision(currency)


def round_price(amount: Decimal, currency: str, digits: int | None = None) -> Decimal:
    """Round a converted price the way a shop would: to the currency's digits, and to a tidy .99/.00 ending."""
    digits = currency_digits(currency, digits)
    if digits == 0:
        # tidy round figures for JPY/KRW/VND/IDR: 3 significant digits
        mag = max(0, len(str(int(amount))) - 3)
        step = Decimal(10) ** mag
        return (amount / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
    q = Decimal(1).scaleb(-digits)
    whole = amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if whole >= 1:
        return (whole - Decimal("0.01")).quantize(q)      # 18.73 -> 18.99 style
    return amount.quantize(q, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class PriceGrid:
    """The endings a market's sellers use (locales/<m>/market.toml [price_points]): a converted price moves to
    the nearest amount whose remainder modulo `modulus` is `ending` (x.99 with modulus 1; ¥x,x80 with
    modulus 100 and ending 80; whole thousands with modulus 1000 and ending 0)."""
    modulus: Decimal
    ending: Decimal
    whole_without_decimals: bool = False      # "$45", not "$45.00"

    def snap_up(self, amount: Decimal) -> Decimal:
        """The smallest grid price at or above `amount` (a "was" price that supports the stated reduction)."""
        base = (amount // self.modulus) * self.modulus + self.ending
        return base if base >= amount else base + self.modulus

    def snap(self, amount: Decimal) -> Decimal:
        base = (amount // self.modulus) * self.modulus + self.ending
        candidates = [base - self.modulus, base, base + self.modulus]
        candidates = [c for c in candidates if c > 0] or [base]
        return min(candidates, key=lambda c: (abs(c - amount), -c))


def price_grid(market) -> PriceGrid | None:
    pp = getattr(market, "price_points", None) or {}
    if not pp:
        return None
    return PriceGrid(Decimal(str(pp.get("modulus", 1))), Decimal(str(pp.get("ending", 0))),
                     bool(pp.get("whole_without_decimals", False)))


def display_price(amount: Decimal, market, digits: int | None = None) -> str:
    """A price as the market's sellers write it: `[price_points] display` ("{n}円", "{n}원") around the
    locale's number, else CLDR's currency format."""
    pattern = (getattr(market, "price_points", None) or {}).get("display")
    if not pattern:
        return format_price(amount, market.currency, market.locale, digits)
    from babel.numbers import format_decimal
    d = currency_digits(market.currency, digits)
    q = Decimal(1).scaleb(-d)
    n = format_decimal(amount.quantize(q, rounding=ROUND_HALF_UP), format="#,##0" + ("." + "0" * d if d else ""),
                       locale=market.locale)
    return pattern.replace("{n}", n)


def format_price(amount: Decimal, currency: str, locale: str, digits: int | None = None) -> str:
    """Locale-correct price text (symbol, separators, digits) from CLDR through Babel.

    `digits` overrides CLDR's currency digits where shops in the market write prices differently
    (e.g. IDR is written without decimals): set `price_decimals` in the market profile.
    """
    from babel import Locale
    from babel.numbers import format_currency
    if digits is None:
        return format_currency(amount, currency, locale=locale)
    pattern = Locale.parse(locale).currency_formats["standard"]
    import copy
    pattern = copy.copy(pattern)
    pattern.frac_prec = (digits, digits)
    q = Decimal(1).scaleb(-digits)
    return pattern.apply(amount.quantize(q, rounding=ROUND_HALF_UP), Locale.parse(locale), currency=currency,
                         currency_digits=False)


def _avoid_taboo(amount: Decimal, market, taboo: list[str], taboo_in) -> Decimal:
    """A converted price is an approximation anyway: step it up until it avoids the market's unlucky digits."""
    digits = currency_digits(market.currency, market.price_decimals)
    step = Decimal(10) ** max(0, len(str(int(amount))) - 3) if digits == 0 else Decimal(1)
    for _ in range(20):
        if not taboo_in(format(amount, "f"), taboo):
            return amount
        amount += step
    return amount


def format_percent(fraction: float, locale: str) -> str:
    from babel.numbers import format_percent as fp
    return fp(fraction, locale=locale)


@dataclass
class MarketPrice:
    price: Decimal | None
    compare_at: Decimal | None
    currency: str
    converted: bool
    findings: list[Finding]
    source_discount: float | None = None      # the seller's own reduction, kept through conversion

    @property
    def discount(self) -> float | None:
        if self.source_discount is not None:
            return self.source_discount
        if self.price and self.compare_at and self.compare_at > self.price:
            return float((self.compare_at - self.price) / self.compare_at)
        return None


# a sample, tester or travel mini is not what the video sells: its price is no "from" price
_SAMPLE = re.compile(r"\b(?:samples?|testers?|probe|échantillon|muestra|amostra|campione|vial|decant)\b|小样|小樣|试用装|"
                     r"試用裝|サンプル|샘플|mẫu thử", re.I)


def full_variants(product: Product) -> list:
    """The priced variants that are the product itself (samples and testers left out, unless that is all)."""
    priced = [v for v in product.variants if v.price is not None]
    full = [v for v in priced if not any(_SAMPLE.search(str(x)) for x in (v.options or {}).values())]
    return full or priced


def market_price(product: Product, market, fx: FxTable) -> MarketPrice:
    findings: list[Finding] = []
    ov = product.overrides.get(market.code, {})
    base = min(full_variants(product), key=lambda v: v.price, default=None)
    if "price" in ov:
        from .importers.common import parse_price
        price = parse_price(ov["price"], f"price:{market.code}")
        cmp = parse_price(ov.get("compare_at_price", ""), f"compare_at_price:{market.code}")
        return MarketPrice(price, cmp, market.currency, False, findings)
    if base is None:
        return MarketPrice(None, None, market.currency, False, findings)
    price, cmp = base.price, base.compare_at_price
    if product.currency.upper() == market.currency:
        return MarketPrice(price, cmp, market.currency, False, findings)
    digits = market.price_decimals
    grid = price_grid(market)

    def local(amount: Decimal, up: bool = False) -> Decimal:
        # a converted price lands where the market's sellers price (their endings), else a tidy rounding;
        # a "was" price is rounded up, so the pair never shows less than the seller's reduction
        if grid:
            return grid.snap_up(amount) if up else grid.snap(amount)
        r = round_price(amount, market.currency, digits)
        if up and r < amount:
            step = Decimal(1).scaleb(-currency_digits(market.currency, digits)) if currency_digits(market.currency, digits) else \
                Decimal(10) ** max(0, len(str(int(amount))) - 3)
            r = round_price(r + step, market.currency, digits)
        return r
    price_c = local(fx.convert(price, product.currency, market.currency))
    cmp_c = None
    src_disc = None
    if cmp and cmp > price:
        # the offer is the seller's: the same percentage in every market, the "was" price derived from it
        src_disc = float((cmp - price) / cmp)
        # the "was" price is a reference, not a shelf price: exact to the cent (or unit), rounded up, so the
        # pair shows the seller's percentage and never more
        from decimal import ROUND_CEILING
        exact = price_c / (1 - Decimal(str(src_disc)))
        q = Decimal(1).scaleb(-currency_digits(market.currency, digits))
        cmp_c = exact.quantize(q, rounding=ROUND_CEILING)
        # as round as it can be while the pair still shows the seller's percentage (within half a point):
        # ₩67,400 rather than ₩67,375.12, 1.237.000 ₫ rather than 1.236.250 ₫
        for step in (Decimal(1000), Decimal(100), Decimal(10), Decimal(1), Decimal("0.1")):
            if step < q:
                break
            c = (exact / step).to_integral_value(rounding=ROUND_CEILING) * step
            if 1 - price_c / c <= Decimal(str(src_disc)) + Decimal("0.005"):
                cmp_c = c.quantize(q)
                break
        if grid and cmp_c != cmp_c.to_integral_value():
            # "€ 104,10" beside "€ 81,95" looks made up: a was price on the market's own endings where one keeps
            # the seller's percentage (within half a point, so the rounded percentage is the same)
            up = grid.snap_up(exact)
            near = [c for c in (up - grid.modulus, up) if c > price_c
                    and abs((1 - price_c / c) - Decimal(str(src_disc))) <= Decimal("0.005")]
            if near:
                cmp_c = min(near, key=lambda c: abs(c - exact)).quantize(q)
    elif cmp:
        cmp_c = local(fx.convert(cmp, product.currency, market.currency))
    taboo = market.raw_culture.get("taboo_numbers", [])
    if taboo:
        from .rules import taboo_in
        price_c = _avoid_taboo(price_c, market, taboo, taboo_in)
        cmp_c = _avoid_taboo(cmp_c, market, taboo, taboo_in) if cmp_c else None
    if fx.shipped:
        findings.append(Finding(
            code="price.fx_shipped", severity="warning", where="price",
            message=(f"price converted from {product.currency} {price} with the shipped FX table dated {fx.date}; "
                     "check it before publishing"),
            fix=f"add a 'price:{market.code}' column with the local price, or pass --fx FILE with current rates",
            source=fx.source))
    else:
        findings.append(Finding(code="price.fx", severity="info", where="price",
                                message=f"price converted with {fx.path} dated {fx.date}"))
    return MarketPrice(price_c, cmp_c, market.currency, True, findings, source_discount=src_disc)
