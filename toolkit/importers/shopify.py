"""Shopify product CSV export: several rows per Handle (variants, extra images)."""

from __future__ import annotations

import re

from ..errors import RowProblem
from ..model import Product, Variant
from ..textutil import html_to_text
from .common import FieldError, Ids, parse_price, parse_stock, split_list

REQUIRED = ("Handle", "Title")


def detect(header: list[str]) -> bool:
    h = set(header)
    return "Handle" in h and ("Variant Price" in h or "Body (HTML)" in h or "Variant SKU" in h)


# "Material (product.metafields.custom.material)", "Color (product.metafields.shopify.color-pattern)": the product's
# own fields that newer exports carry (category metafields and the shop's custom ones)
METAFIELD = re.compile(r"^(?P<label>.*?)\s*\(product\.metafields\.[\w-]+\.[\w-]+\)\s*$")


# metafields that are about the shop's feeds and pages, not the product
NOT_PRODUCT_FIELD = re.compile(r"(?i)google|rating|review|related|complementary|recommend|search|boost|dollar|price|"
                               r"sku|barcode|gtin|mpn|seo|theme|template|badge|sort|filter|upsell|bundle id")
# long metafields read as more description: specifications, features, details, care
PROSE_FIELD = re.compile(r"(?i)spec|feature|detail|description|highlight|benefit|about|dimension|care")


def _metafields(p: Product, rec: dict) -> None:
    """A short metafield value is an attribute ("Material: Cane", "Color: beige; brown"); a long or bulleted one
    ("• 100% Aluminum Frame • Weather-proof") is more description, read with the description's rules."""
    for header, value in rec.items():
        m = METAFIELD.match(header or "")
        value = (value or "").strip()
        if not m or not value or value.startswith("gid://") or value.startswith(("[", "{")):
            continue
        label = m.group("label").strip().lower() or "metafield"
        if NOT_PRODUCT_FIELD.search(label):
            continue                      # "Complementary products", "Google: Custom Product", "Search product boosts"
        if len(value) > 60 or "\n" in value or "•" in value:
            if PROSE_FIELD.search(label):
                p.description = f"{p.description}\n{value}".strip()
        else:
            p.attributes[label] = value.replace(";", ",")


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
                _metafields(p, rec)
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
