"""Shopify product CSV export: several rows per Handle (variants, extra images)."""

from __future__ import annotations

from ..errors import RowProblem
from ..model import Product, Variant
from ..textutil import html_to_text
from .common import FieldError, Ids, parse_price, parse_stock, split_list

REQUIRED = ("Handle", "Title")


def detect(header: list[str]) -> bool:
    h = set(header)
    return "Handle" in h and ("Variant Price" in h or "Body (HTML)" in h or "Variant SKU" in h)


def parse(table, ctx) -> tuple[list[Product], list[RowProblem]]:
    products: dict[str, Product] = {}
    bad: dict[str, RowProblem] = {}
    problems: list[RowProblem] = []
    order: list[str] = []
    option_cols: dict[str, list[tuple[int, str]]] = {}     # product -> (Option column number, name)
    ids = Ids()
    fname = str(table.path)
    for rowno, rec in table.rows:
        handle = rec.get("Handle", "").strip()
        if not handle:
            problems.append(RowProblem(fname, rowno, "Handle", "the row has no Handle",
                                       "every Shopify row needs the product's Handle"))
            continue
        pid = ids.get(handle)
        if pid in bad:
            continue
        p = products.get(pid)
        try:
            if p is None:
                title = rec.get("Title", "").strip()
                if not title:
                    raise FieldError("Title", "the first row of this product has no Title",
                                     "fill in the Title on the product's first row")
                p = Product(
                    id=pid, title=title,
                    description=html_to_text(rec.get("Body (HTML)", "")),
                    brand=rec.get("Vendor", "").strip(),
                    category=(rec.get("Type", "") or rec.get("Product Category", "")).strip(),
                    tags=split_list(rec.get("Tags", ""), ","),
                    currency=ctx.currency,
                    origin={"file": fname, "format": "shopify", "rows": []},
                )
                cols = []
                for i in (1, 2, 3):
                    name = rec.get(f"Option{i} Name", "").strip()
                    value = rec.get(f"Option{i} Value", "").strip()
                    # "Title / Default Title" is Shopify's product without options; a "Title" option with real
                    # values (a seller's naming) is an option like any other
                    if name and not (name.lower() == "title" and value.lower() in ("", "default title")):
                        p.options.append(name)
                        cols.append((i, name))
                option_cols[pid] = cols
                status = rec.get("Status", "").strip().lower()
                published = rec.get("Published", "").strip().lower()
                if status in ("draft", "archived") or published == "false":
                    from ..model import Finding
                    p.findings.append(Finding(
                        code="input.unpublished", severity="warning", where="product",
                        message=f"the product is {status or 'unpublished'} in Shopify; it was rendered anyway",
                        fix="publish it before posting, or leave it out with --products"))
                cat = rec.get("Product Category", "").strip()
                if cat and cat != p.category:
                    p.attributes["product_category"] = cat
                gcat = (rec.get("Google Shopping / Google Product Category", "") or "").strip()
                if gcat:
                    p.attributes["google_product_category"] = gcat
                products[pid] = p
                order.append(pid)
            p.origin["rows"].append(rowno)
            if rec.get("Variant Price", "").strip() or rec.get("Option1 Value", "").strip() or rec.get("Variant SKU", "").strip():
                opts = {}
                for i, name in option_cols.get(pid, []):
                    val = rec.get(f"Option{i} Value", "").strip()
                    if val:
                        opts[name] = val
                v = Variant(
                    sku=rec.get("Variant SKU", "").strip(),
                    options=opts,
                    price=parse_price(rec.get("Variant Price", ""), "Variant Price", required=True),
                    compare_at_price=parse_price(rec.get("Variant Compare At Price", ""), "Variant Compare At Price"),
                    stock=parse_stock(rec.get("Variant Inventory Qty", ""), "Variant Inventory Qty"),
                    image=rec.get("Variant Image", "").strip() or None,
                )
                p.variants.append(v)
            img = rec.get("Image Src", "").strip()
            if img:
                ctx.add_image(p, img)
            if p.variants and p.variants[-1].image:
                ctx.add_image(p, p.variants[-1].image)
        except FieldError as e:
            prob = RowProblem(fname, rowno, e.column, f"{e.message}; product '{pid}' is skipped", e.hint,
                              product_id=pid)
            problems.append(prob)
            bad[pid] = prob
            products.pop(pid, None)
    out = []
    for pid in order:
        if pid in bad or pid not in products:
            continue
        p = products[pid]
        if not p.variants:
            problems.append(RowProblem(fname, p.origin["rows"][0], "Variant Price", "the product has no variant with a price",
                                       "add a Variant Price on the product's first row", product_id=pid))
            continue
        out.append(p)
    return out, problems
