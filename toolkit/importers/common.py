"""Shared parsing for all importers: prices, stock, lists, per-market override columns."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_CURRENCY_CHARS = re.compile(r"[^\d,.\-]")
_CURRENCY_TOKENS = re.compile(r"(?i)\b[a-z]{3}\b|R\$|Rp|RM|kr|zł|Kč|Ft|lei|₫|¥|￥|€|£|\$|₩|฿|₹|元|円|ر\.س\.?|د\.إ\.?")


class FieldError(ValueError):
    def __init__(self, column: str, message: str, hint: str):
        super().__init__(message)
        self.column = column
        self.message = message
        self.hint = hint


def parse_price(value: str, column: str, required: bool = False) -> Decimal | None:
    """'19.99', '19,99', '1,299.00', '1.299,00', '$19.99', '¥199' -> Decimal. Empty -> None."""
    raw = (value or "").strip()
    if not raw:
        if required:
            raise FieldError(column, "the price is empty", "enter a price such as 19.99")
        return None
    if re.search(r"[^\W\d_]", _CURRENCY_TOKENS.sub("", raw)):
        raise FieldError(column, f"the price '{raw}' is not a number", "write the price as a number, e.g. 19.99")
    s = _CURRENCY_CHARS.sub("", raw.replace("\u00a0", "").replace(" ", ""))
    if not s or not re.search(r"\d", s):
        raise FieldError(column, f"the price '{raw}' is not a number", "write the price as a number, e.g. 19.99")
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        head, _, tail = s.rpartition(",")
        if len(tail) == 3 and s.count(",") >= 1 and head and not head.startswith("0"):
            s = s.replace(",", "")           # 1,299 thousands
        else:
            s = head.replace(",", "") + "." + tail
    elif s.count(".") > 1:
        head, _, tail = s.rpartition(".")
        s = head.replace(".", "") + "." + tail if len(tail) != 3 else s.replace(".", "")
    try:
        d = Decimal(s)
    except InvalidOperation:
        raise FieldError(column, f"the price '{raw}' is not a number", "write the price as a number, e.g. 19.99") from None
    if d < 0:
        raise FieldError(column, f"the price '{raw}' is negative", "prices must be zero or more")
    if not d.is_finite():
        raise FieldError(column, f"the price '{raw}' is not a number", "write the price as a number, e.g. 19.99")
    d = d.quantize(Decimal("0.01")) if d.as_tuple().exponent < -2 else d
    if d < Decimal("0.01"):
        if required:            # "Just $0.00" is never an ad a seller wants published
            raise FieldError(column, f"the price '{raw}' is zero", "enter the real price (a product at 0 cannot "
                                                                  "be advertised)")
        return None             # a compare-at or sale price of 0 means "none"
    return d


def parse_stock(value: str, column: str) -> int | None:
    raw = (value or "").strip()
    if not raw:
        return None
    try:
        f = float(raw.replace(",", ""))
    except ValueError:
        raise FieldError(column, f"the stock '{raw}' is not a whole number", "write the stock as a number, e.g. 25") from None
    import math
    if not math.isfinite(f) or abs(f) > 1e12:
        raise FieldError(column, f"the stock '{raw}' is not a whole number", "write the stock as a number, e.g. 25")
    return int(f)


def split_list(value: str, seps: str = ",;|") -> list[str]:
    if not value:
        return []
    parts = re.split("[" + re.escape(seps) + "]", value)
    return [p.strip() for p in parts if p.strip()]


MARKET_OVERRIDE = re.compile(r"^(title|description|price|compare_at_price|caption|name|brand)[:@]([A-Za-z]{2})$", re.I)


def split_overrides(rec: dict[str, str]) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Columns like `title:de` or `price:jp` become per-market overrides."""
    plain, overrides = {}, {}
    for k, v in rec.items():
        m = MARKET_OVERRIDE.match(k.strip())
        if m:
            if v:
                fld = m.group(1).lower()
                fld = "title" if fld == "name" else fld
                overrides.setdefault(m.group(2).lower(), {})[fld] = v
        else:
            plain[k] = v
    return plain, overrides


class Ids:
    """Raw product ids/handles -> safe unique slugs. Two different raw ids never share a slug (the second
    gets a short hash suffix), and the same raw id always maps to the same slug."""

    def __init__(self):
        self._by_raw: dict[str, str] = {}
        self._used: set[str] = set()

    def get(self, raw: str) -> str:
        import hashlib

        from ..fsutil import slugify
        raw = (raw or "").strip()
        if raw in self._by_raw:
            return self._by_raw[raw]
        slug = slugify(raw)
        if slug in self._used:
            slug = f"{slug}-{hashlib.sha1(raw.encode('utf-8')).hexdigest()[:6]}"
        self._by_raw[raw] = slug
        self._used.add(slug)
        return slug


def check_currency(code: str, column: str) -> str:
    """An ISO 4217 code that CLDR knows (so prices can be formatted and converted)."""
    from babel.numbers import get_currency_name
    code = (code or "").strip().upper()
    if len(code) != 3 or not code.isalpha() or get_currency_name(code, locale="en") == code:
        raise FieldError(column, f"'{code}' is not a known ISO 4217 currency code", "use a code such as USD, EUR or CNY")
    return code
