"""Product importers: Shopify CSV, WooCommerce CSV, and the generic CSV/XLSX/JSON/YAML schema.

`load_catalog(path)` detects the format from the header, decodes UTF-8 (BOM or not), UTF-16 and
GB18030/GBK, reads .xlsx, and returns products plus per-row problems. A file it cannot read at all
raises `InputError` (one line: file, row, column, what to do).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import InputError, RowProblem
from ..images import image_findings, resolve
from ..model import Product
from . import generic, shopify, woocommerce
from .readers import read_table

FORMATS = {"shopify": shopify, "woocommerce": woocommerce, "generic": generic}


def formats() -> dict:
    """ctk's importers, then those installed packages add (entry points "ctk.importers"), tried in that order;
    the generic schema is tried last, as the catch-all it is."""
    from ..registry import plugins
    own = {k: v for k, v in FORMATS.items() if k != "generic"}
    extra = {name: mod for name, mod in plugins("ctk.importers") if name not in FORMATS}
    return {**own, **extra, "generic": FORMATS["generic"]}


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
    def __init__(self, base_dir: Path, currency: str | None):
        self.base_dir = base_dir
        self.currency_given = currency is not None
        self.currency = currency or "USD"
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


LOREM = re.compile(r"(?i)\b(?:lorem ipsum|dolor sit amet|consectetur adipiscing|sed do eiusmod|ut labore et dolore)\b")
# the other dummy Latin themes ship ("Pellentesque habitant morbi tristique senectus et netus..."): three of its words
LOREM_WORDS = frozenset("lorem ipsum dolor amet consectetur adipiscing eiusmod tempor incididunt pellentesque habitant "
                        "morbi tristique senectus netus malesuada fames turpis egestas vestibulum tortor feugiat "
                        "ultricies aenean mauris placerat eleifend quisque vivamus curabitur phasellus suspendisse "
                        "praesent fusce nullam donec libero".split())


def _placeholder(text: str) -> bool:
    return bool(LOREM.search(text)) or len(LOREM_WORDS & set(re.findall(r"[a-z]+", text.lower()))) >= 3


def _material_word(brand: str) -> bool:
    """A Vendor that is a material ("Wood", "Cotton") or a demo store's "Company 123": no maker's name."""
    from ..markets import concepts
    b = brand.strip().lower()
    return bool(re.fullmatch(r"(?:company|vendor|brand|store)\s*\d+", b)) or \
        any(b == a.lower() for aliases in concepts().get("material", {}).values() for a in aliases)


# what a shop puts in Vendor/Brand when the product has none: never said as a brand ("from NONE")
PLACEHOLDER_BRANDS = {"none", "n/a", "na", "null", "nil", "-", "--", "default", "default vendor", "unbranded", "generic",
                      "no brand", "nobrand", "brand", "vendor", "other", "others", "无", "无品牌", "其他", "其它", "通用",
                      # a new Shopify store's default name, left as every product's Vendor
                      "my store", "mystore", "my shop", "my-store", "test store", "store", "shop",
                      # print-on-demand and dropshipping suppliers the apps write into Vendor: not the seller's brand
                      "printify", "printful", "gelato", "gooten", "spocket", "zendrop", "cjdropshipping", "cj dropshipping",
                      "dsers", "aliexpress", "oberlo", "autods", "teelaunch", "subliminator", "customcat",
                      "trendsi", "syncee", "modalyst", "spreadr", "appscenic", "doba", "wholesale2b",
                      # "store" in the shop's own language, and marketplaces: a shop, not a maker
                      "loja", "tienda", "boutique", "magasin", "negozio", "laden", "toko", "kedai", "ร้าน", "متجر",
                      "marketplace", "market place", "online store", "online shop", "official store", "webshop"}
# a shop's name, not a maker's ("death's door store", "Nordic Home Shop"): "de la marca death's door store" is wrong,
# and the video is posted by the shop itself
SHOP_NAME = re.compile(r"(?i)\s(?:store|shop|online|boutique|outlet|mart|emporium|tienda|loja|magasin|sklep|winkel|"
                       r"parfumerie|perfumery|parfümerie|perfumaria|perfumería|profumeria|pharmacy|apotheke)$")
# the maker a description names ("Marque : Lattafa", "Brand: Ayonne") where the title opens with it: the brand, whatever
# the Vendor column says (a reseller's name there is the shop)
BRAND_LINE = re.compile(r"(?im)(?:^|[\n>•·|]\s*)(?:brand|marque|marca|marke|merk|marka|品牌)\s*[:：]\s*([^\n<•|,;]{2,40}?)\s*(?=$|[\n<•|,;])")
# a country code a store appends to its name ("Lavie Cosmetics EG", "Glow Beauty UAE"), after two words or more
STORE_COUNTRY = re.compile(r"\s+(?:EG|UK|US|USA|UAE|KSA|SA|PK|IN|BR|MX|TR|PL|NL|DE|FR|IT|ES|ID|MY|PH|SG|TH|VN|JP|KR)$")
# a code, not a name: a seller id with a run of digits inside letters ("Khyal21je0471", "store_8812")
CODE_BRAND = re.compile(r"(?i)^(?=.*[a-z])(?=(?:.*\d){3})[a-z0-9_\-]{6,}$"
                        r"|\d+\s?(?:gr?|ml|cm|mm|kg|p|pcs)\b.*[/|]|[/|].*\d+\s?(?:gr?|ml|cm|mm|kg|p|pcs)\b")  # "120gr / 50P / A4"


# a brand the title opens with in capitals ("ABUS - GEMINI LIGHTS", "MAMAZING Ultra Air X Stroller"), where the
# Vendor column names the shop that resells it; words that shout without naming a maker are not brands
TITLE_BRAND = re.compile(r"^([A-Z][A-Z0-9&'’.]{2,}(?:\s[A-Z][A-Z0-9&'’.]{2,})?)(?:\s+[-–—|:]\s+(?=\S)|\s+(?=[A-Z][a-z]))")
SHOUTS = {"NEW", "HOT", "SALE", "FREE", "BEST", "TOP", "PREMIUM", "LUXURY", "ORIGINAL", "OFFICIAL", "LIMITED", "SPECIAL",
          "EXCLUSIVE", "ULTRA", "SUPER", "MEGA", "MINI", "MAXI", "PRO", "SET", "PACK", "GIFT", "BUNDLE", "DEAL", "ONLY", "THE",
          "LED", "USB", "RGB", "DIY", "XXL", "XL", "UV", "SPF", "BPA", "PVC", "EVA", "ABS", "NFC", "GPS", "HD", "UHD", "USA"}


@lru_cache(maxsize=1)
def _known_zh_brands() -> dict:
    import tomllib
    from ..paths import locales_dir
    try:
        return tomllib.loads((locales_dir() / "_shared" / "brands.toml").read_text("utf-8")).get("zh", {})
    except FileNotFoundError:
        return {}


def _title_brand(p) -> None:
    if not (p.brand or "").strip() and re.match(r"[\u4e00-\u9fff]", p.title or ""):
        # "飞利浦电动牙刷HX6806": a maker known abroad by its own name (locales/_shared/brands.toml)
        hit = max((k for k in _known_zh_brands() if p.title.startswith(k)), key=len, default="")
        if hit:
            p.brand = _known_zh_brands()[hit]
        return
    m = TITLE_BRAND.match(p.title or "")
    if not m or any(w.strip(".") in SHOUTS for w in m.group(1).split()) or len(re.sub(r"\W", "", m.group(1))) < 3:
        return
    if len(re.sub(r"\W", "", m.group(1))) < 4 and not re.search(r"[-–—|:]", m.group(0)):
        return                            # "UFO Case File Mug": a short acronym opens a design's name, not a maker's
    word, shop = m.group(1).strip(), (p.brand or "").strip()
    key = lambda t: re.sub(r"\W", "", t.lower())
    if shop and (key(word) in key(shop) or key(shop) in key(word)):
        return                            # "LAVIE Shampoo" by "Lavie Cosmetics": the vendor is the maker
    from ..knowledge.lexicon import load_lexicon
    lex = load_lexicon()
    if any(a == 0 for a, _, _ in lex.type_matcher.finditer(word.lower())) or \
            any(a == 0 and b >= len(word) - 1 for a, b, _, _ in lex.value_hits(word.lower())):
        return                            # "CANDLE - Vanilla", "HANDMADE Mug": a product word or a fact, not a maker
    p.brand = word


def _festival_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", re.sub(r"['’]s\b", "s", text.lower().split("(")[0]))


@lru_cache(maxsize=4)
def _festival_keys(root: str) -> frozenset:
    """Every festival's id and name as a key ("mothersday"), once per locales folder, not once per product."""
    from ..festivals import definitions
    return frozenset({_festival_key(eid) for eid in definitions()} |
                     {_festival_key(d.get("name", "")) for d in definitions().values()}) - {""}


def _festival_name(brand: str) -> bool:
    from ..paths import locales_dir
    return _festival_key(brand) in _festival_keys(str(locales_dir()))


def _placeholder_text(p) -> None:
    """A theme's dummy text ("Lorem ipsum dolor sit amet...") is not the product's description: it is left out of
    the copy and of language detection, with a finding."""
    if p.brand:
        p.brand = p.brand.strip().rstrip(".,;:")     # "MUSES." would end the sentence it stands in
        # a store's country suffix is not the brand's name: "Lavie Cosmetics EG" is said "Lavie Cosmetics"
        p.brand = STORE_COUNTRY.sub("", p.brand) if len(p.brand.split()) >= 3 else p.brand
    if p.brand and p.title and p.brand.strip().lower() == p.title.strip().lower():
        p.brand = ""                     # "Galactic Ceiling Projector" by "Galactic Ceiling Projector": no brand said
    said = BRAND_LINE.search(p.description or "")
    if said and (p.title or "").lower().startswith(said.group(1).strip().lower() + " "):
        p.brand = said.group(1).strip()
    _title_brand(p)
    if p.brand and _festival_name(p.brand):
        from ..model import Finding       # a shop called "MothersDay": said as a brand it is the wrong holiday
        p.findings.append(Finding(code="input.festival_brand", severity="info", where="brand",
                                  message=f"the brand '{p.brand}' is a festival's name; it is not said or tagged, so "
                                          "the video does not announce the wrong holiday", segment=p.brand,
                                  fix="put the maker's brand in the Vendor/Brand column"))
        p.brand = ""
    if p.brand and (p.brand.strip().lower() in PLACEHOLDER_BRANDS or CODE_BRAND.search(p.brand.strip())
                    or SHOP_NAME.search(p.brand.strip()) or _material_word(p.brand)):
        from ..model import Finding
        p.findings.append(Finding(code="input.placeholder_brand", severity="info", where="brand",
                                  message=f"the brand '{p.brand.strip()}' is a placeholder; the product is sold "
                                          "without a brand name", segment=p.brand.strip(),
                                  fix="put the real brand in the Vendor/Brand column, or leave it empty"))
        p.brand = ""
    if p.description and _placeholder(p.description):
        from ..model import Finding
        p.findings.append(Finding(code="input.placeholder_text", severity="warning", where="description",
                                  message="the description is placeholder text (Lorem ipsum); it is not used",
                                  segment=p.description[:80], fix="write the product's description in the catalog"))
        p.description = ""


def _map_columns(table, columns: dict, path: Path) -> None:
    """--columns title=商品名称,price=售价: the seller's own headers, renamed to ctk's (docs/input-formats.md)."""
    from .generic import KNOWN
    for field_name, header in columns.items():
        if field_name not in KNOWN and not field_name.startswith("option:"):
            raise InputError(f"--columns: '{field_name}' is not a ctk field", file=str(path),
                             hint="fields: " + ", ".join(sorted(KNOWN)) + ", option:<name>")
        if table.records is None and header not in table.header:
            raise InputError(f"--columns: the file has no column '{header}'", file=str(path), row=1,
                             hint="its columns: " + ", ".join(h for h in table.header[:12] if h))
    rename = {header: field_name for field_name, header in columns.items()}
    if table.records is not None:
        table.records = [{rename.get(k, k): v for k, v in r.items()} if isinstance(r, dict) else r
                         for r in table.records]
        return
    table.header = [rename.get(h, h) for h in table.header]
    table.rows = [(i, {rename.get(k, k): v for k, v in rec.items()}) for i, rec in table.rows]


def parse_columns(spec: str | None) -> dict:
    """'title=商品名称,price=售价' -> {'title': '商品名称', 'price': '售价'}; a bad spec is a clear error."""
    out: dict[str, str] = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise InputError(f"--columns: '{part.strip()}' is not field=column", hint="e.g. --columns title=商品名称,price=售价")
        k, v = part.split("=", 1)
        out[k.strip().lower() if not k.strip().lower().startswith("option:") else k.strip()] = v.strip()
    return out


def _assumed_currency(products: list, path: Path) -> None:
    """No --currency and no currency in the file: US dollars are assumed, with a finding; a catalog written in
    Chinese, Japanese, Korean... is an error (its prices are almost surely not dollars)."""
    assumed = [p for p in products if p.origin.get("currency_source") != "file"]
    if not assumed:
        return
    langs: dict[str, int] = {}
    for p in assumed:
        langs[p.source_lang] = langs.get(p.source_lang, 0) + 1
    lang = max(langs, key=langs.get)
    from ..writing import language_info
    local = language_info(lang).get("local_currency")   # locales/_shared/languages.toml
    if local and langs[lang] * 2 > len(assumed):
        from babel import Locale
        raise InputError(f"the prices have no currency and the catalog is written in "
                         f"{Locale.parse(lang).get_display_name('en')}: they are not taken as US dollars", file=str(path),
                         hint=f"pass --currency {local} (or the currency the prices are in)")
    from ..model import Finding
    for p in assumed:
        p.findings.append(Finding(code="input.currency_assumed", severity="info", where="price",
                                  message="the catalog does not say its currency; prices are taken as USD",
                                  fix="pass --currency (e.g. --currency EUR) or add a 'currency' column"))


def _undecodable_rows(table) -> list:
    """Rows holding bytes that were not UTF-8 (decoded as U+FFFD): reported and left out, never guessed."""
    if "undecodable" not in table.encoding:
        return []
    out = []
    fname = str(table.path)
    keep = []
    for rowno, rec in table.rows:
        bad = [k for k, v in rec.items() if isinstance(v, str) and "\ufffd" in v]
        if bad:
            out.append(RowProblem(fname, rowno, bad[0], "the row has bytes that are not UTF-8 (the rest of the file is)",
                                  "retype the accented or special characters in that cell, or save the file "
                                  "again as 'CSV UTF-8'"))
        else:
            keep.append((rowno, rec))
    table.rows = keep
    return out


def _field_languages(p) -> tuple[str, int, bool, bool]:
    """The title's language, how sure it is, whether the title said it by itself and whether it is settled
    (else the catalog's majority decides); the description's own language goes to p.description_lang.
    Each is read on its own bounded sample: an English title over a Chinese or French description stays
    English, and the description is used (or translated) as what it is. The description only settles a title
    that says nothing by itself ("Portable Neck Fan") or ties ("Rouleau de massage": fr, es or pt), and then
    only when it is written in the same script."""
    from ..textutil import language_candidates
    t_lang, t_ev, tied = language_candidates(p.title[:500])
    d_text = f"{p.description[:1500]}\n{' '.join(p.tags)[:500]}".strip()
    d_lang, d_ev, _ = language_candidates(d_text) if d_text else (t_lang, 0, set())
    same_script = t_ev < 99 and 0 < d_ev < 99          # both Latin: the scores of one scale (99 = by script)
    own, settled = True, t_ev > 0 and len(tied) == 1
    if same_script and (t_ev == 0 or (d_lang in tied and len(tied) > 1)):
        t_lang, t_ev, own, settled = d_lang, max(t_ev, 1), False, True
    if d_text and d_ev > 0 and d_lang != t_lang:
        p.description_lang = d_lang
    return t_lang, t_ev, own, settled


def detect_format(header: list[str]) -> str | None:
    for name, mod in formats().items():
        if mod.detect(header):
            return name
    return None




def load_catalog(path: str | Path, *, source_lang: str | None = None, currency: str | None = None,
                 fmt: str | None = None, columns: dict | None = None) -> Catalog:
    path = Path(path)
    from .common import FieldError, check_currency
    try:
        currency = check_currency(currency, "--currency") if currency is not None else None
    except FieldError as e:
        raise InputError(f"--currency: {e.message}", hint=e.hint) from None
    table = read_table(path)
    if columns:
        _map_columns(table, columns, path)
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
    ctx = _Ctx(path.resolve().parent, currency.upper() if currency else None)
    undecodable = _undecodable_rows(table)
    from .readers import MAX_CELL
    too_long = [RowProblem(str(path), r, col, f"the cell holds {n:,} characters; the limit is {MAX_CELL:,}",
                           "shorten that cell (a description of a few thousand characters is plenty)")
                for r, col, n in table.too_long]
    too_long += [RowProblem(str(path), r, col, f"a quote opened in this row is never closed (it ran over the next "
                                               f"{n} line(s), which are read as their own rows)",
                            "close the quote in that cell, or remove the stray \" character")
                 for r, col, n in table.open_quotes]
    products, problems = formats()[name].parse(table, ctx)
    problems = undecodable + too_long + problems
    for p in products:
        _placeholder_text(p)
    weak = []
    votes: dict[str, int] = {}
    for p in products:
        if source_lang:
            p.source_lang, p.source_lang_detected = source_lang.lower(), False
        elif p.source_lang_detected:
            # the title says what language the seller writes in; the description and tags only back it up (a
            # bounded sample). Placeholder text ("Lorem ipsum") is no language at all.
            lang, evidence, own, settled = _field_languages(p)
            p.source_lang, p.lang_evidence = lang, evidence
            if own and evidence >= 2:
                votes[lang] = votes.get(lang, 0) + 1
            elif not settled:
                weak.append(p)
    if weak and votes:
        # a short Latin title says little: take the language the rest of the catalog is written in
        majority = max(votes, key=votes.get)
        non_latin = ("zh", "ja", "ko", "th", "ar", "hi", "ru", "he")
        for p in weak:
            # a Latin-script title is never Chinese because the rest of the catalog is
            if p.source_lang not in non_latin and majority not in non_latin:
                p.source_lang = majority
    if not ctx.currency_given:
        _assumed_currency(products, path)
    for p in products:
        p.origin.setdefault("encoding", table.encoding)
        p.findings.extend(image_findings(p))
        cols = sorted({c for r in p.origin.get("rows", []) for c in table.cleaned.get(r, [])})
        if cols:
            from ..model import Finding
            p.findings.append(Finding(
                code="input.invisible_characters", severity="warning", where=", ".join(cols),
                message=f"control, bidi-override or zero-width characters removed from {', '.join(cols)} "
                        f"(row {', '.join(str(r) for r in p.origin.get('rows', []) if r in table.cleaned)})",
                fix="check those cells in the catalog: they can hide text or make one product look like another"))
    if not products and not problems:
        raise InputError("no products found", file=str(path), hint="check that the file has product rows")
    from ..model import place_by_id
    place_by_id(products)               # the editor, lint and render see each product's same place in its catalog
    return Catalog(path=path, format=name, encoding=table.encoding, products=products, problems=problems)
