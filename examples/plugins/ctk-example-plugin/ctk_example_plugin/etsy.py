"""Etsy's listings CSV (Shop Manager > Settings > Options > Download Data > Currently for Sale Listings):
TITLE, DESCRIPTION, PRICE, CURRENCY_CODE, QUANTITY, TAGS, MATERIALS, IMAGE1..IMAGE10, VARIATION n TYPE/NAME/VALUES,
SKU. One row per listing; variation values are comma-separated and share the listing's price."""

from __future__ import annotations

from toolkit.errors import RowProblem
from toolkit.fsutil import slugify
from toolkit.importers.common import FieldError, check_currency, parse_price, parse_stock, split_list
from toolkit.model import Product, Variant

NEEDED = {"TITLE", "PRICE", "CURRENCY_CODE"}


def detect(header: list[str]) -> bool:
    return NEEDED <= {h.strip() for h in header}


def parse(table, ctx) -> tuple[list[Product], list[RowProblem]]:
    products, problems, seen = [], [], set()
    for rowno, rec in table.rows:
        title = rec.get("TITLE", "").strip()
        pid = slugify(rec.get("SKU", "").strip() or title)
        try:
            if not title:
                raise FieldError("TITLE", "the listing has no TITLE", "fill in the TITLE column")
            price = parse_price(rec.get("PRICE", ""), "PRICE", required=True)
            currency = check_currency(rec.get("CURRENCY_CODE", "").strip() or (ctx.currency or "USD"), "CURRENCY_CODE")
        except FieldError as e:
            problems.append(RowProblem(str(table.path), rowno, e.column, e.message, e.hint, product_id=pid))
            continue
        if pid in seen:
            pid = f"{pid}-{rowno}"
        seen.add(pid)
        p = Product(id=pid, title=title, description=rec.get("DESCRIPTION", "").strip(),
                    tags=split_list(rec.get("TAGS", ""), ","), currency=currency.upper(),
                    origin={"file": str(table.path), "format": "etsy", "rows": [rowno]})
        materials = split_list(rec.get("MATERIALS", ""), ",")
        if materials:
            p.attributes["material"] = ", ".join(materials)
        for i in range(1, 11):
            ref = rec.get(f"IMAGE{i}", "").strip()
            if ref:
                ctx.add_image(p, ref)
        stock = parse_stock(rec.get("QUANTITY", ""), "QUANTITY")
        name = rec.get("VARIATION 1 NAME", "").strip() or rec.get("VARIATION 1 TYPE", "").strip()
        values = split_list(rec.get("VARIATION 1 VALUES", ""), ",")
        if name and values:
            p.options = [name]
            p.variants = [Variant(sku=f"{p.id}-{i}", options={name: v}, price=price, stock=stock)
                          for i, v in enumerate(values, start=1)]
        else:
            p.variants = [Variant(sku=rec.get("SKU", "").strip(), price=price, stock=stock)]
        products.append(p)
    return products, problems
