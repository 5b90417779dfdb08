"""Voice-over lines as they are said: a price with the currency's word ("19,99 Euro", "4,480円", "259 ريال"),
units spelled out ("40 Stunden", "680 กรัม"), "×" and ranges in words ("40 mal 30", "2 bis 4"), "6+" as
"ab 6". The words are data: locales/<m>/facts.toml [spoken] (docs/facts-data.md). Screens keep the symbols."""

from __future__ import annotations

import re

from .markets import MarketProfile

NUM = r"\d[\d.,\u00a0\u202f']*\d|\d"
# a letter size at either end of a range ("S–XXL" is said "S to XXL"): XXS, XS, S, M, L, XL, 2XL, XXXL
SIZE = r"(?<![\w])(?:\d?X{0,3}[SL]|M)(?![\w])"
UNITS = ("fl oz", "mAh", "ml", "kg", "cm", "mm", "lb", "oz", "in", "g", "l", "h", "W", "m")


def _table(market: MarketProfile) -> dict:
    from .knowledge.render import market_facts_data
    return market_facts_data(market).get("spoken", {})


def spoken_price(price: str | None, market: MarketProfile, amount=None) -> str | None:
    """'19,99 €' -> '19,99 Euro'; '$45' -> '45 dollars'; '‏259 ر.س.‏' -> '259 ريال' (from [spoken] currency)."""
    if not price:
        return price
    t = _table(market)
    pattern = t.get("currency")
    if not pattern:
        return price
    m = re.search(NUM, price)
    if not m:
        return price
    n = m.group(0)
    n = re.sub(r"[.,]00$", "", n)                      # "45.00" is said "45"
    whole, _, cents = re.match(r"(.*?)(?:[.,](\d{2}))?$", n).group(1, 1, 2) if re.search(r"[.,]\d{2}$", n) \
        else (n, "", "")
    if cents and "{cents}" in pattern:                 # "29 ringgit 90 sen"
        return pattern.replace("{whole}", whole).replace("{cents}", cents.lstrip("0") or "0")
    alt = t.get("currency_whole")                      # the pattern without cents, for whole amounts
    if "{cents}" in pattern:
        return (alt or pattern.split("{cents}")[0].rsplit(" ", 1)[0]).replace("{whole}", n).replace("{n}", n)
    return pattern.replace("{n}", n)


def speak(text: str, market: MarketProfile, prices: tuple[str | None, ...] = ()) -> str:
    """Rewrite a voice-over line for speech with the market's [spoken] words; unchanged without them."""
    t = _table(market)
    if not t or not text:
        return text
    out = text
    # a converted figure in brackets is for the eye ("1.5 lb (680 g)"): the voice says the first one only
    out = re.sub(rf"\s*\((?:{NUM})[\s\u00a0]?(?:fl oz|mAh|ml|kg|cm|mm|lb|oz|in|g|l|m)(?:[\s\u00a0]?×[\s\u00a0]?"
                 rf"(?:{NUM})[\s\u00a0]?(?:cm|mm|in)?)*\)", "", out)
    out = re.sub(rf"\s*\((?:{NUM})(?:[\s\u00a0]?×[\s\u00a0]?(?:{NUM}))+[\s\u00a0]?(?:cm|mm|in)\)", "", out)
    for p in prices:
        if p and p in out:
            out = out.replace(p, spoken_price(p, market))
    units = dict(t.get("units", {}))
    if "l" in units and "L" not in units:
        units["L"] = units["l"]          # litres are written "25 L" on screen
    from .knowledge.render import market_facts_data
    for u, sym in (market_facts_data(market).get("format", {}).get("unit_symbols") or {}).items():
        if u in units:
            units.setdefault(sym, units[u])     # "50 سم" on screen is said "50 سنتيمتر"
    if "imperial" not in (market.units or ""):
        units.pop("in", None)           # metric markets show centimetres; "2 in Schwarz" is German, not inches
    if units:
        alt = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
        # only Latin letters and digits bound a unit: "重さは680gです" is "680 グラム" too
        one = t.get("units_one", {})           # "1 kilogram", "1 Stunde": the singular where a language has one

        def _unit(m):
            word = one.get(m.group(2)) if m.group(1) == "1" and one.get(m.group(2)) else units[m.group(2)]
            return f"{m.group(1)}{t.get('unit_space', ' ')}{word}"
        out = re.sub(rf"(?<![A-Za-z0-9.])({NUM})[\s\u00a0]?({alt})(?![A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff])(?!\s*-?\s*\d)", _unit, out)
    if t.get("times"):
        out = re.sub(r"\s*×\s*", t["times"], out)
    if t.get("range"):
        out = re.sub(rf"({NUM}|{SIZE})\s*[–~〜-]\s*({NUM}|{SIZE})(?![\w])",
                     lambda m: t["range"].replace("{lo}", m.group(1)).replace("{hi}", m.group(2)), out)
    if t.get("from"):
        def _from(m):
            if re.search(r"(SPF|PA|IPX?)\s*$", out_[: m.start()], re.I):
                return m.group(0)                              # SPF 50+ is a rating, not "from 50"
            return t["from"].replace("{lo}", m.group(1))
        out_ = out
        out = re.sub(rf"({NUM})\+(?!\w)", _from, out)
    return re.sub(r"[ \t]{2,}", " ", out)
