"""WooCommerce product CSV export: simple, variable + variation rows (linked by Parent), grouped, external."""

from __future__ import annotations

import re

from ..errors import RowProblem
from ..fsutil import slugify
from ..model import Product, Variant
from ..textutil import html_to_text
from .common import FieldError, parse_price, parse_stock, split_list

REQUIRED = ("Type", "Name")


def detect(header: list[str]) -> bool:
    h = set(header)
    return "Type" in h and ("Regular price" in h or "Parent" in h) and ("Name" in h or "SKU" in h)


def _types(rec) -> set[str]:
    return {t.strip().lower() for t in rec.get("Type", "").split(",") if t.strip()}


def _attrs(rec) -> list[tuple[str, str]]:
    out = []
    i = 1
    while f"Attribute {i} name" in rec:
        name = rec.get(f"Attribute {i} name", "").strip()
        val = rec.get(f"Attribute {i} value(s)", "").strip()
        if name:
            out.append((name, val))
        i += 1
    return out


def _prices(rec) -> tuple:
    regular = parse_price(rec.get("Regular price", ""), "Regular price")
    sale = parse_price(rec.get("Sale price", ""), "Sale price")
    if sale is not None and regular is not None and sale < regular:
        return sale, regular
    if sale is None and regular is None and (rec.get("Regular price", "").strip() or rec.get("Sale price", "").strip()):
        raise FieldError("Regular price", f"the price '{rec.get('Regular price', '').strip()}' is zero",
                         "enter the real price (a product at 0 cannot be advertised)")
    return (sale if sale is not None else regular), None


def parse(table, ctx) -> tuple[list[Product], list[RowProblem]]:
    fname = str(table.path)
    problems: list[RowProblem] = []
    products: dict[str, Product] = {}
    keys: dict[str, str] = {}           # "id:12" / SKU -> product id
    order: list[str] = []
    bad: set[str] = set()
    pending: list[tuple[int, dict]] = []
    grouped: list[tuple[Product, list[str], int]] = []
    for rowno, rec in table.rows:
        types = _types(rec)
        if "variation" in types:
            pending.append((rowno, rec))
            continue
        name = rec.get("Name", "").strip()
        key = rec.get("SKU", "").strip() or rec.get("ID", "").strip() or name
        pid = slugify(rec.get("SKU", "").strip() or name or rec.get("ID", ""))
        if pid in products:
            pid = slugify(f"{pid}-{rec.get('ID', rowno)}")
        try:
            if not types:
                raise FieldError("Type", "the Type is empty", "use simple, variable, variation, grouped or external")
            if not name:
                raise FieldError("Name", "the product has no Name", "fill in the Name column")
            p = Product(
                id=pid, title=name,
                description=html_to_text(rec.get("Description", "") or rec.get("Short description", "")),
                brand=rec.get("Brands", "").strip() or rec.get("Brand", "").strip(),
                category=_leaf_category(rec.get("Categories", "")),
                tags=split_list(rec.get("Tags", ""), ","),
                currency=ctx.currency,
                origin={"file": fname, "format": "woocommerce", "rows": [rowno], "type": sorted(types)},
            )
            short = html_to_text(rec.get("Short description", ""))
            if short and rec.get("Description", ""):
                p.attributes["short_description"] = short
            for aname, aval in _attrs(rec):
                p.options.append(aname) if "variable" in types else p.attributes.setdefault(aname.lower(), aval)
                if "variable" in types:
                    p.attributes.setdefault(f"{aname.lower()}_values", aval)
            for img in split_list(rec.get("Images", ""), ","):
                ctx.add_image(p, img)
            if "grouped" in types:
                grouped.append((p, split_list(rec.get("Grouped products", ""), ","), rowno))
            elif "variable" not in types:
                price, compare = _prices(rec)
                if price is None:
                    raise FieldError("Regular price", "the product has no price", "fill in Regular price")
                p.variants.append(Variant(sku=rec.get("SKU", "").strip(), price=price, compare_at_price=compare,
                                          stock=parse_stock(rec.get("Stock", ""), "Stock")))
            if "external" in types and rec.get("External URL"):
                p.attributes["external_url"] = rec["External URL"].strip()
        except FieldError as e:
            problems.append(RowProblem(fname, rowno, e.column, e.message, e.hint, product_id=pid))
            bad.add(pid)
            for k in {rec.get("ID", "").strip() and f"id:{rec['ID'].strip()}", key}:
                if k:
                    keys[k] = pid
            continue
        products[pid] = p
        order.append(pid)
        if rec.get("ID", "").strip():
            keys[f"id:{rec['ID'].strip()}"] = pid
        if rec.get("SKU", "").strip():
            keys[rec["SKU"].strip()] = pid
        if name:
            keys.setdefault(name, pid)
    for rowno, rec in pending:
        parent_ref = rec.get("Parent", "").strip()
        pid = keys.get(parent_ref) or keys.get(f"id:{parent_ref}") if parent_ref else None
        if pid in bad:
            continue
        if not pid or pid not in products:
            problems.append(RowProblem(fname, rowno, "Parent",
                                       f"variation points to a parent '{parent_ref}' that is not in the file",
                                       "export the variable product together with its variations"))
            continue
        p = products[pid]
        try:
            price, compare = _prices(rec)
            if price is None:
                raise FieldError("Regular price", "the variation has no price", "fill in Regular price")
            opts = {n: v for n, v in _attrs(rec) if v}
            img = next(iter(split_list(rec.get("Images", ""), ",")), None)
            p.variants.append(Variant(sku=rec.get("SKU", "").strip(), options=opts, price=price,
                                      compare_at_price=compare, stock=parse_stock(rec.get("Stock", ""), "Stock"),
                                      image=img))
            if img:
                ctx.add_image(p, img)
            p.origin["rows"].append(rowno)
        except FieldError as e:
            problems.append(RowProblem(fname, rowno, e.column, f"{e.message}; product '{pid}' is skipped",
                                       e.hint, product_id=pid))
            bad.add(pid)
    for p, children, rowno in grouped:
        for ref in children:
            cid = keys.get(ref) or keys.get(f"id:{ref}")
            if cid in products and cid != p.id:
                for v in products[cid].variants:
                    p.variants.append(Variant(sku=v.sku, options={"Item": products[cid].title}, price=v.price,
                                              compare_at_price=v.compare_at_price, stock=v.stock))
        if p.variants:
            p.options.append("Item")
    out = []
    for pid in order:
        if pid in bad:
            continue
        p = products[pid]
        if not p.variants:
            problems.append(RowProblem(fname, p.origin["rows"][0], "Regular price",
                                       "the product has no priced variation or child product",
                                       "export its variations (or child products) with prices", product_id=pid))
            continue
        out.append(p)
    return out, problems


def _leaf_category(value: str) -> str:
    first = split_list(value, ",")
    if not first:
        return ""
    return re.split(r"\s*>\s*", first[0])[-1].strip()
