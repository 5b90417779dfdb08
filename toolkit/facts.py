"""What we know about a product, localized for one market: the values the native templates are filled with."""

from __future__ import annotations

from dataclasses import dataclass, field

from .markets import MarketProfile, concept_group
from .model import Finding, Product
from .money import FxTable, format_percent, format_price, market_price
from .textutil import fits_script
from .translate import Translator, find_concepts, localize_value, lookup_concept, same_language


@dataclass
class Facts:
    name: str
    brand: str
    category: str                 # localized category word
    category_id: str | None
    group: str | None
    colors: list[str]             # localized colour words
    color_total: int
    material: str | None
    sizes: list[str]
    price: str | None
    old_price: str | None
    discount: str | None
    discount_fraction: float | None
    description: str | None       # usable description in the market's language, if any
    findings: list[Finding] = field(default_factory=list)

    def has(self, req: str) -> bool:
        return {
            "discount": self.discount is not None,
            "brand": bool(self.brand),
            "colors": len(self.colors) >= 2,
            "material": bool(self.material),
            "sizes": len(self.sizes) >= 2,
        }.get(req, False)

    def values(self) -> dict[str, str]:
        return {
            "name": self.name, "brand": self.brand, "category": self.category,
            "colors": self._colors, "color_count": str(self.color_total),
            "material": self.material or "", "sizes": self._sizes,
            "price": self.price or "", "old_price": self.old_price or "", "discount": self.discount or "",
        }

    _colors: str = ""
    _sizes: str = ""


def _option(product: Product, concept: str) -> list[str]:
    for opt in product.options:
        hit = lookup_concept(opt, "option")
        if hit and hit[1] == concept:
            return product.option_values(opt)
    return product.option_values(concept)


def build_facts(product: Product, market: MarketProfile, translator: Translator, fx: FxTable) -> Facts:
    findings: list[Finding] = []
    ov = product.overrides.get(market.code, {})
    src = product.source_lang
    # --- category -------------------------------------------------------
    cat_id = None
    for text in [product.category, *product.tags, product.attributes.get("product_category", ""),
                 product.title]:
        hit = lookup_concept(text, "category")
        if hit:
            cat_id = hit[1]
            break
    if cat_id is None:
        found = find_concepts(" ".join([product.category, product.title, " ".join(product.tags)]), "category")
        cat_id = found[0] if found else None
    category = market.word("category", cat_id) if cat_id else None
    if not category:
        category = market.word("category", "gifts") or ""
        findings.append(Finding(code="facts.category_unknown", severity="info",
                                message=f"category '{product.category or '(none)'}' is not in the phrasebook; "
                                        "generic copy is used",
                                fix="set a known category (see locales/_shared/concepts.toml) or add an alias there"))
    group = concept_group(cat_id)
    # --- name -----------------------------------------------------------
    brand = product.brand.strip()
    if ov.get("title"):
        name = ov["title"].strip()
        if hasattr(translator, "learn"):
            translator.learn(product.title, name, src, market)
    else:
        tr = translator.translate(product.title, src, market, extra_protect=(brand,))
        findings.extend(tr.findings)
        if tr.complete and tr.text:
            name = tr.text
        else:
            name = category
            findings.append(Finding(
                code="translate.untranslated", severity="warning", where="product name",
                message=f"title not translated into {market.language}; using '{name}' on screen and in the caption",
                segment=product.title,
                fix=f"add a 'title:{market.code}' column with the name in the market's language"))
    if len(name) > 70:
        cut = name[:69]
        cut = cut.rsplit(" ", 1)[0] if " " in cut[20:] else cut
        findings.append(Finding(code="facts.name_shortened", severity="info", where="product name",
                                message=f"the product name is {len(name)} characters; '{cut}…' is used on screen "
                                        "and in the caption", segment=name,
                                fix=f"add a short 'title:{market.code}' column"))
        name = cut.rstrip(" ,;:-") + "…"
    if not fits_script(name, market.script, (brand,)):
        findings.append(Finding(code="script.mismatch", severity="warning", where="product name",
                                message=f"the name '{name}' is not in the market's script ({market.script})",
                                fix=f"add a 'title:{market.code}' column with the name in the market's language"))
    # --- colours, material, sizes -----------------------------------------
    raw_colors = _option(product, "color") or ([product.attributes["color"]] if product.attributes.get("color") else [])
    colors, unknown = [], []
    for c in raw_colors:
        w = localize_value(c, "color", market)
        (colors.append(w) if w and w not in colors else None) if w else unknown.append(c)
    if unknown:
        findings.append(Finding(code="translate.untranslated", severity="info", where="colours",
                                message=f"colour names not in the phrasebook: {', '.join(unknown)}",
                                segment=", ".join(unknown),
                                fix="add them as aliases in locales/_shared/concepts.toml"))
    material = None
    mat_src = product.attributes.get("material") or " ".join(_option(product, "material"))
    mats = find_concepts(mat_src, "material") or find_concepts(" ".join([product.title, product.description,
                                                                         " ".join(product.tags)]), "material")
    if mats:
        material = market.word("material", mats[0])
    raw_sizes = _option(product, "size")
    sizes = []
    for s in raw_sizes:
        w = localize_value(s, "size", market)
        sizes.append(w if w else s)
    # --- price ------------------------------------------------------------
    mp = market_price(product, market, fx)
    findings.extend(mp.findings)
    price = format_price(mp.price, market.currency, market.locale, market.price_decimals) if mp.price is not None else None
    old = None
    disc = None
    if mp.discount and mp.discount >= 0.05:
        old = format_price(mp.compare_at, market.currency, market.locale, market.price_decimals)
        disc = format_percent(round(mp.discount, 2), market.locale)
    # --- description -------------------------------------------------------
    desc = None
    d_src = ov.get("description") or (product.description if same_language(src, market.language) else "")
    if d_src:
        desc = d_src.strip()
    elif product.description:
        tr = translator.translate(product.description, src, market, extra_protect=(brand,))
        findings.extend(tr.findings)
        if tr.complete:
            desc = tr.text
        for seg in tr.untranslated:
            findings.append(Finding(code="translate.untranslated", severity="info", where="description",
                                    message=f"description segment left untranslated (not used in {market.code} copy)",
                                    segment=seg,
                                    fix=f"add a 'description:{market.code}' column to use it in {market.code} copy"))
    f = Facts(name=name, brand=brand, category=category, category_id=cat_id, group=group, colors=colors,
              color_total=len(colors), material=material, sizes=sizes, price=price, old_price=old, discount=disc,
              discount_fraction=mp.discount, description=desc, findings=findings)
    from babel.lists import format_list
    try:
        f._colors = format_list(colors, locale=market.locale) if colors else ""
    except Exception:
        f._colors = ", ".join(colors)
    f._sizes = f"{sizes[0]}–{sizes[-1]}" if len(sizes) >= 3 else " / ".join(sizes)
    return f
