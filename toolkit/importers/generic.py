"""The generic ctk schema, as CSV/XLSX rows or as JSON/YAML records. Documented in docs/input-formats.md."""

from __future__ import annotations

from ..errors import InputError, RowProblem
from ..model import Product, Variant
from .common import FieldError, Ids, check_currency, parse_price, parse_stock, split_list, split_overrides

REQUIRED = ("title", "price")
KNOWN = {"id", "title", "description", "brand", "category", "tags", "price", "compare_at_price", "currency",
         "stock", "sku", "images", "image", "source_lang"}
ALIASES = {"name": "title", "handle": "id", "product_id": "id", "compare_price": "compare_at_price",
           "was_price": "compare_at_price", "quantity": "stock", "qty": "stock", "vendor": "brand",
           "type": "category", "body": "description", "image_url": "image", "lang": "source_lang",
           # the header words of seller spreadsheets and marketplace listings (English and Chinese)
           "product_name": "title", "product_title": "title", "item_name": "title", "item_title": "title",
           "sale_price": "price", "selling_price": "price", "unit_price": "price", "list_price": "compare_at_price",
           "original_price": "compare_at_price", "msrp": "compare_at_price", "rrp": "compare_at_price",
           "item_id": "id", "sku_id": "sku", "product_description": "description", "item_description": "description",
           "stock_quantity": "stock", "inventory": "stock", "main_image": "image", "image_link": "image",
           "product_type": "category", "manufacturer": "brand",
           "商品名称": "title", "商品标题": "title", "标题": "title", "产品名称": "title", "品名": "title",
           "售价": "price", "价格": "price", "销售价": "price", "零售价": "price", "原价": "compare_at_price",
           "划线价": "compare_at_price", "市场价": "compare_at_price", "商品描述": "description", "描述": "description",
           "详情": "description", "品牌": "brand", "类目": "category", "分类": "category", "库存": "stock",
           "图片": "image", "主图": "image", "商品图片": "image", "货号": "sku", "商品编码": "sku", "编码": "sku",
           "商品id": "id", "币种": "currency", "标签": "tags", "颜色": "option:color", "尺码": "option:size"}


def _norm(rec: dict) -> dict:
    out = {}
    for k, v in rec.items():
        key = str(k).strip()
        low = key.lower()
        if ":" in low or "@" in low:
            out[low] = v
            continue
        low = low.replace(" ", "_")
        key = ALIASES.get(low, low)
        if key not in out or not out[key]:         # the first column of a kind wins ("价格" after "售价")
            out[key] = v
    return out


def detect(header: list[str]) -> bool:
    h = set(_norm({k: "" for k in header}))
    return "title" in h or ("id" in h and "price" in h)


def parse(table, ctx) -> tuple[list[Product], list[RowProblem]]:
    if table.records is not None:
        return _parse_records(table, ctx)
    header = set(_norm({k: "" for k in table.header}))
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InputError(f"missing required column '{missing[0]}'", file=str(table.path), row=1, column=missing[0],
                         hint="the generic format needs the columns: " + ", ".join(REQUIRED))
    fname = str(table.path)
    products: dict[str, Product] = {}
    order: list[str] = []
    bad: set[str] = set()
    problems: list[RowProblem] = []
    ids = Ids()
    for rowno, raw in table.rows:
        rec, overrides = split_overrides(_norm(raw))
        title = (rec.get("title") or "").strip()
        pid = ids.get(rec.get("id") or title or f"row-{rowno}")
        if pid in bad:
            continue
        try:
            p = products.get(pid)
            if p is None:
                if not title:
                    raise FieldError("title", "the product has no title", "fill in the title column")
                p = _new_product(pid, rec, ctx, fname, "generic-csv")
                products[pid] = p
                order.append(pid)
            cur = str(rec.get("currency") or "").strip().upper()
            if p.origin["rows"] and cur and cur != p.currency:
                raise FieldError("currency", f"this row of '{pid}' is in {cur}, its first row in {p.currency}",
                                 "one product has one currency: fix the currency column, or give the rows "
                                 "different ids")
            p.origin["rows"].append(rowno)
            for m, fields in overrides.items():
                p.overrides.setdefault(m, {}).update(fields)
            for k, v in overrides.items():
                if "price" in v:
                    parse_price(v["price"], f"price:{k}", required=True)
            if p.variants and not str(rec.get("price") or "").strip():
                # a variant row that leaves the price blank costs what the product's first row says
                rec = dict(rec, price=str(p.variants[0].price),
                           compare_at_price=rec.get("compare_at_price") or (str(p.variants[0].compare_at_price)
                                                                            if p.variants[0].compare_at_price else ""))
            var = _variant(rec, p)
            p.variants.append(var)
            for name in var.options:
                if name not in p.options:
                    p.options.append(name)
            for img in split_list(rec.get("images", ""), "|;,") + split_list(rec.get("image", ""), "|;"):
                ctx.add_image(p, img)
        except FieldError as e:
            problems.append(RowProblem(fname, rowno, e.column, f"{e.message}; product '{pid}' is skipped", e.hint,
                                       product_id=pid))
            bad.add(pid)
            products.pop(pid, None)
    return [products[i] for i in order if i not in bad], problems


def _new_product(pid, rec, ctx, fname, fmt) -> Product:
    p = Product(
        id=pid, title=str(rec.get("title", "")).strip(),
        description=str(rec.get("description", "") or "").strip(),
        brand=str(rec.get("brand", "") or "").strip(),
        category=str(rec.get("category", "") or "").strip(),
        tags=rec["tags"] if isinstance(rec.get("tags"), list) else split_list(str(rec.get("tags", "") or ""), ",;|"),
        currency=check_currency(str(rec.get("currency") or "").strip().upper() or ctx.currency, "currency"),
        origin={"file": fname, "format": fmt, "rows": [],
                "currency_source": "file" if str(rec.get("currency") or "").strip() else "default"},
    )
    if rec.get("source_lang"):
        p.source_lang = str(rec["source_lang"]).strip().lower()
        p.source_lang_detected = False
    for k, v in rec.items():
        if k.startswith("option:"):
            continue
        elif k not in KNOWN and k not in ("variants", "overrides") and v not in (None, "") and not isinstance(v, (list, dict)):
            p.attributes[k] = str(v).strip()
    return p


def _variant(rec, p: Product) -> Variant:
    opts = {}
    for k, v in rec.items():
        if k.startswith("option:") and v:
            opts[k.split(":", 1)[1].strip().title()] = str(v).strip()
    return Variant(
        sku=str(rec.get("sku", "") or "").strip(),
        options=opts,
        price=parse_price(str(rec.get("price", "") or ""), "price", required=True),
        compare_at_price=parse_price(str(rec.get("compare_at_price", "") or ""), "compare_at_price"),
        stock=parse_stock(str(rec.get("stock", "") or ""), "stock"),
        image=(str(rec.get("image")).strip() if rec.get("image") and "|" not in str(rec.get("image")) else None),
    )


def _parse_records(table, ctx):
    fname = str(table.path)
    out, problems = [], []
    ids = Ids()
    seen_raw: set[str] = set()
    for idx, raw in enumerate(table.records, start=1):
        where = idx
        if not isinstance(raw, dict):
            problems.append(RowProblem(fname, where, None, "this entry is not an object",
                                       "each product must be a mapping of fields"))
            continue
        rec = _norm(raw)
        title = str(rec.get("title", "") or "").strip()
        raw_id = str(rec.get("id") or title or f"item-{idx}")
        if raw_id in seen_raw:                 # each record is its own product: never merge two
            raw_id = f"{raw_id}#{idx}"
        seen_raw.add(raw_id)
        pid = ids.get(raw_id)
        try:
            if not title:
                raise FieldError("title", "the product has no title", "add a title field")
            p = _new_product(pid, rec, ctx, fname, "generic-" + ("yaml" if fname.endswith(("yml", "yaml")) else "json"))
            p.origin["rows"] = [idx]
            ov = rec.get("overrides") or {}
            if not isinstance(ov, dict):
                raise FieldError("overrides", "overrides must map a market code to fields", "e.g. overrides: {de: {title: ...}}")
            for m, fields in ov.items():
                if isinstance(fields, dict):
                    p.overrides[str(m).lower()] = {str(k): str(v) for k, v in fields.items()}
            flat, more = split_overrides({k: str(v) for k, v in rec.items() if not isinstance(v, (list, dict))})
            for m, fields in more.items():
                p.overrides.setdefault(m, {}).update(fields)
            variants = rec.get("variants")
            if variants:
                if not isinstance(variants, list):
                    raise FieldError("variants", "variants must be a list", "write variants as a list of objects")
                for v in variants:
                    v = _norm(v) if isinstance(v, dict) else {}
                    opts = v.get("options") or {}
                    if not isinstance(opts, dict):
                        raise FieldError("variants.options", "options must map option names to values",
                                         "e.g. options: {Color: Red}")
                    var = Variant(
                        sku=str(v.get("sku", "") or ""), options={str(a).title(): str(b) for a, b in opts.items()},
                        price=parse_price(str(v.get("price", "") if v.get("price") is not None else ""), "variants.price", required=True),
                        compare_at_price=parse_price(str(v.get("compare_at_price") or ""), "variants.compare_at_price"),
                        stock=parse_stock(str(v.get("stock") if v.get("stock") is not None else ""), "variants.stock"),
                        image=str(v["image"]) if v.get("image") else None)
                    for name in var.options:
                        if name not in p.options:
                            p.options.append(name)
                    p.variants.append(var)
                    if var.image:
                        ctx.add_image(p, var.image)
            else:
                var = _variant({k: (str(v) if v is not None else "") for k, v in rec.items()
                                if not isinstance(v, (list, dict))}, p)
                p.variants.append(var)
                p.options.extend(n for n in var.options if n not in p.options)
            imgs = rec.get("images") or []
            if isinstance(imgs, str):
                imgs = split_list(imgs, "|;,")
            for img in list(imgs) + ([rec["image"]] if isinstance(rec.get("image"), str) else []):
                ctx.add_image(p, str(img))
            out.append(p)
        except FieldError as e:
            problems.append(RowProblem(fname, where, e.column, e.message, e.hint, product_id=pid))
    return out, problems
