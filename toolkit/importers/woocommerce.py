"""WooCommerce product CSV export: simple, variable + variation rows (linked by Parent), grouped, external.

WooCommerce writes the export's column headers in the shop admin's language ("Preço" for "Regular price" in
pt-BR). A header in one of the languages of locales/_shared/woocommerce_headers.toml (WooCommerce's own
translations) is read as the English one; see normalize_header().
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..errors import RowProblem
from ..fsutil import slugify
from ..model import Product, Variant
from ..textutil import html_to_text
from .common import FieldError, parse_price, parse_stock, split_list

REQUIRED = ("Type", "Name")


def _detect_english(header: list[str]) -> bool:
    h = set(header)
    return "Type" in h and ("Regular price" in h or "Parent" in h) and ("Name" in h or "SKU" in h)


def detect(header: list[str]) -> bool:
    return _detect_english(header) or normalize_header(header) is not None


# --- translated headers -----------------------------------------------------------------------------------------

HEADERS_TOML = Path("_shared") / "woocommerce_headers.toml"
MIN_COLUMNS = 4          # a translated header needs at least this many WooCommerce columns to be read as one


def _text(s: str) -> str:
    """The form headers are compared in: NFKC (no-break space -> space, full-width '？' -> '?'), ’ -> '."""
    return unicodedata.normalize("NFKC", s).replace("\u2019", "'")


def _key(s: str) -> str:
    return "".join(_text(s).casefold().split())


def _pattern(p: str) -> re.Pattern:
    """'Atributo %d nome' -> a regex; %d is a number, %s any text (a unit, a meta key); spacing is loose."""
    out = []
    for part in re.split(r"(%[ds])", _text(p)):
        if part == "%d":
            out.append(r"(\d+)")
        elif part == "%s":
            out.append(r"(.+?)")
        else:
            out.append("".join(r"\s*" if c.isspace() else re.escape(c) for c in part))
    return re.compile(r"\s*" + "".join(out) + r"\s*", re.IGNORECASE)


@dataclass
class _Lang:
    name: str
    fixed: dict[str, str]                           # _key(translated) -> English header
    patterns: list[tuple[re.Pattern, str]]          # (regex of the translated pattern, English pattern)

    def english(self, cell: str) -> str | None:
        en = self.fixed.get(_key(cell))
        if en is not None:
            return en
        text = _text(cell)
        digit = any(c.isdigit() for c in text)
        for rx, en_pattern in self.patterns:
            if not digit and "%d" in en_pattern:
                continue
            m = rx.fullmatch(text)
            if m:
                value = m.group(1)
                return en_pattern.replace("%d", str(int(value))) if "%d" in en_pattern else \
                    en_pattern.replace("%s", value.strip())
        return None


def _headers_file() -> Path:
    from ..markets import locales_dir
    path = locales_dir() / HEADERS_TOML
    if not path.is_file():                          # CTK_LOCALES points at a folder without it: the bundled one
        path = Path(__file__).resolve().parents[2] / "locales" / HEADERS_TOML
    return path


@lru_cache(maxsize=1)
def _languages() -> tuple[list[_Lang], _Lang]:
    """The translated header maps (read once, the first time a header is not English) and the English one."""
    from ..tomlfile import read_toml
    data = read_toml(_headers_file(), optional=True)
    langs: list[_Lang] = []
    en_fixed: dict[str, str] = {}
    en_patterns: dict[str, re.Pattern] = {}
    for name, table in sorted(data.items()):
        if not isinstance(table, dict):
            continue
        fixed = {_key(tr): en for tr, en in table.get("headers", {}).items()}
        patterns = [(_pattern(tr), en) for tr, en in table.get("patterns", {}).items()]
        langs.append(_Lang(name, fixed, patterns))
        en_fixed.update({_key(en): en for en in table.get("headers", {}).values()})
        en_patterns.update({en: _pattern(en) for en in table.get("patterns", {}).values()})
    for en in ("Type", "SKU", "Name", "Regular price", "Sale price", "Parent"):
        en_fixed.setdefault(_key(en), en)
    return langs, _Lang("en", en_fixed, [(rx, en) for en, rx in en_patterns.items()])


def normalize_header(header: list[str]) -> list[str] | None:
    """The header with WooCommerce's English column names, or None when it is not a WooCommerce export.

    An English export comes back as it is. A translated one is read when all its WooCommerce columns come from
    one language (plus English, which WooCommerce shows for a string it has no translation for): a cell that is
    another language's header ("Nombre" in a pt-BR file) means the file is not a WooCommerce export. Columns no
    language knows (a plugin's) are kept as they are."""
    if _detect_english(header):
        return list(header)
    langs, english = _languages()
    # what each distinct cell means in each language (and in English), worked out once
    meaning: dict[str, dict[str, str]] = {}
    for cell in header:
        if cell.strip() and cell not in meaning:
            meaning[cell] = {lang.name: en for lang in (english, *langs) if (en := lang.english(cell)) is not None}
    best: tuple[tuple[int, int], list[str]] | None = None
    for lang in langs:
        out: list[str] = []
        own = known = 0
        for cell in header:
            hits = meaning.get(cell)
            if not hits:                            # empty, or a column no language knows (a plugin's): kept
                out.append(cell)
                continue
            en = hits.get(lang.name)
            if en is not None:
                own += english.name not in hits
            elif english.name in hits:
                en = hits[english.name]
            else:
                break                               # another language's word: not this language's export
            out.append(en)
            known += 1
        else:
            if own and known >= MIN_COLUMNS and _detect_english(out) and (best is None or (own, known) > best[0]):
                best = ((own, known), out)
    return best[1] if best else None


def parse(table, ctx) -> tuple[list[Product], list[RowProblem]]:
    if not _detect_english(table.header):
        english = normalize_header(table.header)
        if english is not None and english != list(table.header):
            return _parse_translated(table, english, ctx)
    return _parse(table, ctx)


def _parse_translated(table, english: list[str], ctx) -> tuple[list[Product], list[RowProblem]]:
    """Parse with English column names; the problems name the columns as the file writes them."""
    rename: dict[str, str] = {}
    back: dict[str, str] = {}
    for orig, en in zip(table.header, english):
        if orig:
            rename.setdefault(orig, en)
            if en != orig:
                back.setdefault(en, orig)
    rows = []
    for rowno, rec in table.rows:
        out: dict[str, str] = {}
        for k, v in rec.items():
            k = rename.get(k, k)
            if k not in out or not str(out[k]).strip():
                out[k] = v
        rows.append((rowno, out))
    products, problems = _parse(replace(table, header=english, rows=rows), ctx)
    if not back or not problems:
        return products, problems
    names = re.compile(r"(?<!\w)(" + "|".join(re.escape(en) for en in sorted(back, key=len, reverse=True))
                       + r")(?!\w)")

    def user(text):                                 # the column names, not the 'quoted cell values'
        if not text:
            return text
        parts = re.split(r"('[^']*')", text)
        return "".join(part if i % 2 else names.sub(lambda m: back[m.group(1)], part) for i, part in enumerate(parts))

    return products, [replace(p, column=back.get(p.column, p.column), message=user(p.message), hint=user(p.hint))
                      for p in problems]


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


def _parse(table, ctx) -> tuple[list[Product], list[RowProblem]]:
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
