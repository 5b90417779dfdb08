"""Numbers and units as a market writes them: its digits and separators, metric beside imperial (16 in -> 41 cm)."""

from __future__ import annotations

from ..markets import MarketProfile


IMPERIAL = {"ml": ("fl oz", 1 / 29.5735), "l": ("fl oz", 1000 / 29.5735), "g": ("oz", 1 / 28.3495),
            "kg": ("lb", 2.20462), "cm": ("in", 1 / 2.54), "mm": ("in", 1 / 25.4)}


def _fmt(text: str, **kw) -> str:
    from ..grammar import Word

    class D(dict):
        def __missing__(self, k):
            return Word("")
    if kw.get("unit") == "l":
        kw["unit"] = "L"            # "25 L": a lower-case l reads as the digit 1 ("25 l")
    return text.format_map(D({k: Word(v) if isinstance(v, str) else v for k, v in kw.items()}))


def _number(n, market: MarketProfile) -> str:
    from babel.numbers import format_decimal
    try:
        return format_decimal(n, locale=market.locale, decimal_quantization=False)
    except Exception:
        return str(n)


TO_METRIC = {"in": ("cm", 2.54), "fl oz": ("ml", 29.5735), "oz": ("g", 28.3495), "lb": ("kg", 0.453592)}


def _metric(n, unit: str | None):
    """A catalog in inches, ounces or pounds, for a metric market: 16 in -> 41 cm, 6.76 fl oz -> 200 ml."""
    if unit not in TO_METRIC:
        return n, unit
    mu, k = TO_METRIC[unit]
    v = n * k
    if mu == "kg" and v < 1:
        mu, v = "g", v * 1000
    v = round(v, 1) if v < 10 else round(v) if v < 1000 else round(v, -1)
    return (int(v) if float(v).is_integer() else v), mu


def _imperial(n, unit: str, market: MarketProfile) -> str | None:
    if "imperial" not in (market.units or "") or unit not in IMPERIAL:
        return None
    iu, k = IMPERIAL[unit]
    v = n * k
    v = round(v, 1) if v < 100 else round(v)
    return f"{_number(v, market)} {iu}"


_UNIT_AFTER_NUMBER = r"(?<=\d)([ \u00a0]?)(fl oz|mAh|ml|kg|cm|mm|lb|oz|in|g|l|L|m|W|h)(?![A-Za-z])"


def local_units(text: str, symbols: dict) -> str:
    """Unit letters in the market's script where its data gives them ("50 × 76 cm" -> "50 × 76 سم", "500 ml" ->
    "500 มล."): a reader of Arabic or Thai reads Latin unit letters as foreign. facts.toml [format] unit_symbols."""
    import re
    if not symbols:
        return text
    return re.sub(_UNIT_AFTER_NUMBER, lambda m: m.group(1) + symbols.get(m.group(2), symbols.get(m.group(2).lower(),
                                                                                                 m.group(2))), text)
