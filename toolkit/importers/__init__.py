"""Product importers: Shopify CSV, WooCommerce CSV, and the generic CSV/XLSX/JSON/YAML schema.

`load_catalog(path)` detects the format from the header, decodes UTF-8 (BOM or not), UTF-16 and
GB18030/GBK, reads .xlsx, and returns products plus per-row problems. A file it cannot read at all
raises `InputError` (one line: file, row, column, what to do).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, RowProblem
from ..images import image_findings, resolve
from ..model import Product
from ..textutil import detect_language_scored
from . import generic, shopify, woocommerce
from .readers import read_table

FORMATS = {"shopify": shopify, "woocommerce": woocommerce, "generic": generic}


@dataclass
class Catalog:
    path: Path
    format: str
    encoding: str
    products: list[Product]
    problems: list[RowProblem] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"file": str(self.path), "format": self.format, "encoding": self.encoding,
                "products": [p.to_dict() for p in self.products],
                "problems": [p.to_dict() for p in self.problems]}


class _Ctx:
    def __init__(self, base_dir: Path, currency: str):
        self.base_dir = base_dir
        self.currency = currency
        self._cache: dict[str, object] = {}

    def add_image(self, product: Product, ref: str) -> None:
        ref = (ref or "").strip()
        if not ref or any(i.ref == ref for i in product.images):
            return
        if ref not in self._cache:
            self._cache[ref] = resolve(ref, self.base_dir)
        img = self._cache[ref]
        from copy import copy
        product.images.append(copy(img))


def detect_format(header: list[str]) -> str | None:
    for name in ("shopify", "woocommerce", "generic"):
        if FORMATS[name].detect(header):
            return name
    return None


def load_catalog(path: str | Path, *, source_lang: str | None = None, currency: str = "USD",
                 fmt: str | None = None) -> Catalog:
    path = Path(path)
    from .common import FieldError, check_currency
    try:
        currency = check_currency(currency, "--currency")
    except FieldError as e:
        raise InputError(f"--currency: {e.message}", hint=e.hint) from None
    table = read_table(path)
    if table.records is not None:
        name = "generic"
    else:
        name = fmt or detect_format(table.header)
        if name is None:
            cols = ", ".join(h for h in table.header[:6] if h) or "(none)"
            raise InputError(f"unknown catalog format (columns: {cols})", file=str(path), row=1,
                             hint="use a Shopify or WooCommerce product export, or the generic columns "
                                  "'id,title,price,...' described in docs/input-formats.md")
        if not table.rows:
            raise InputError("the file has a header but no products", file=str(path), row=2,
                             hint="add at least one product row")
    ctx = _Ctx(path.resolve().parent, currency.upper())
    products, problems = FORMATS[name].parse(table, ctx)
    weak = []
    votes: dict[str, int] = {}
    for p in products:
        if source_lang:
            p.source_lang, p.source_lang_detected = source_lang.lower(), False
        elif p.source_lang_detected:
            lang, evidence = detect_language_scored(f"{p.title}\n{p.description}\n{' '.join(p.tags)}")
            p.source_lang = lang
            if evidence >= 2:
                votes[lang] = votes.get(lang, 0) + 1
            else:
                weak.append(p)
    if weak and votes:
        # a short Latin title says little: take the language the rest of the catalog is written in
        majority = max(votes, key=votes.get)
        non_latin = ("zh", "ja", "ko", "th", "ar", "hi", "ru", "he")
        for p in weak:
            # a Latin-script title is never Chinese because the rest of the catalog is
            if p.source_lang not in non_latin and majority not in non_latin:
                p.source_lang = majority
    for p in products:
        p.origin.setdefault("encoding", table.encoding)
        p.findings.extend(image_findings(p))
    if not products and not problems:
        raise InputError("no products found", file=str(path), hint="check that the file has product rows")
    return Catalog(path=path, format=name, encoding=table.encoding, products=products, problems=problems)
