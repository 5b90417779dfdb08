"""What we know about a product, localized for one market: the values the native templates are filled with."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .markets import MarketProfile, concept_group
from .model import Finding, Product
from .money import FxTable, display_price, format_percent, full_variants, market_price
from .naming import (said_title, _head, _is_bullet, _named_head, _own_name, _size_key, _stuffed, _titled, _uncapped,  # noqa: F401
                     _sized_system, _unbullet, model_name, sentence_cased, unbranded, unmarked, work_title)
from .textutil import fits_script
from .translate import Translator, localize_value, lookup_concept, same_language

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# groups whose products a festival's gift framing does not fit (an everyday consumable: "Christmas gift idea: juice")
NOT_GIFTABLE = ("food",)


WEAK_HOOK = {"weight", "dimensions", "length", "height", "diameter", "volume", "material", "pack_count", "contents", "audience",
             "power",          # "120 W? I'll take it": graders in nine markets read a wattage as no reason to stop
             "pattern", "age_range", "finish",   # sizes and weights, the material, the gift box: no video opens on them
             "feature:gift_box", "feature:giftable", "feature:adjustable", "feature:slim", "feature:led",
             "feature:wireless", "feature:one_size", "feature:unisex", "feature:portable",
             "feature:hand_wash_only", "feature:machine_washable", "feature:stackable", "feature:individually_wrapped",
             "feature:fragrance_oil",   # "Made with essential oils? Yes, really": a scent's base opens no video
             # who a skincare product is for is no wish ("For acne-prone skin? Yes, please"), and near a claim
             "feature:acne_care", "feature:sensitive_skin", "feature:lightweight", "feature:handmade",
             "ingredient",
             # a spec nobody scrolls wondering about ("Microwave-safe? Noted", "Reclining seat? Have a look",
             # "Rib knit! So practical"): native graders read these openers as flat or absurd
             "feature:lightweight_texture", "feature:reclining", "feature:microwave_safe", "feature:dishwasher_safe",
             "feature:touch_activated", "feature:uv_protection", "feature:rib_knit", "feature:hand_glazed",
             "feature:breathable", "feature:rechargeable", "feature:bpa_free", "feature:outdoor",
             "feature:hidden_zip", "feature:relaxed_fit", "feature:foldable"}   # every stroller folds


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
    knowledge: object = None      # knowledge.extract.Knowledge: type and typed facts with sources
    pitch: list = field(default_factory=list)    # knowledge.render.MarketFact, in selling order
    claims: dict = field(default_factory=dict)   # claim class -> phrases (the market's facts.toml)
    name_source: str = "title"    # title | override | translation | facts | category
    grammar: dict = field(default_factory=dict)  # gender, number, initial, classifier, counter (knowledge.nouns)
    typed: bool = False           # category is the market's word for the product's type (not a group word)
    brand_sayable: bool = True    # False for a brand ctk romanized itself ("Zhidian Shuma"): not said or quoted
    price_varies: bool = False    # the variants do not all cost the same: "from" prices
    discount_partial: bool = False  # the reduction shown applies to some variants only: the offer says so
    price_usd: float | None = None  # the price in US dollars (the shipped rates): "cheap" gates Secret Santa lines
    bullets: list = field(default_factory=list)   # the description's own bullet points, in the market's language
    slot: tuple | None = None     # (product id, its place in the catalog by id, the catalog's start): lines rotate by it

    def has(self, req: str) -> bool:
        if req.startswith("!"):                # "!group:apparel": a line for anything but clothes
            return not self.has(req[1:])
        kind, _, val = req.partition(":")
        k = self.knowledge
        if val and k is not None:
            if kind == "feature":
                return k.has("feature:" + val)
            if kind == "attr":
                return k.has(val)
            if kind == "type":                 # a cat toy is a pet toy too (types.toml refines, any depth)
                from .knowledge.lexicon import load_lexicon, refines
                return k.type_id == val or bool(k.type_id and refines(load_lexicon(), k.type_id, val))
            if kind == "group":
                return k.group == val
        if req == "pitch":                     # a selling point strong enough to open the video
            return bool(self.values()["hook_fact"])
        if req == "typed":                     # $category is the type word ("desk lamp"), not a group ("home")
            return self.typed
        if req == "unnamed":                   # all ctk could call it is its group word: nothing to name
            return self.name_source == "category" and not self.typed
        if req == "giftable":   # a gift line fits it: not a carton of juice, nor a treatment (an acne serum as a present
            from .knowledge.lexicon import load_lexicon   # is a remark on the skin), nor a bar table (types.toml giftable)
            return (self.group or "") not in NOT_GIFTABLE and not (k is not None and k.has("feature:acne_care")) and \
                getattr(load_lexicon().types.get(getattr(k, "type_id", None) or ""), "giftable", True)
        if req == "cheap":                     # a Secret Santa / amigo secreto gift: budgets are small
            return self.price_usd is not None and self.price_usd <= CHEAP_USD
        return {
            "discount": self.discount is not None,
            # "from Soundbit" only where the name does not already say it ("Soundbit Air Earbuds from Soundbit")
            "brand": bool(self.brand) and self.brand.lower() not in self.name.lower() and self.brand_sayable,
            "colors": len(self.colors) >= 2,
            "material": bool(self.material),
            "sizes": len(self.sizes) >= 2,
            "from": self.price_varies,
            "many_colors": self.color_total > 5,
        }.get(req, False)

    def values(self) -> dict[str, str]:
        return {
            "name": self.name, "brand": self.brand, "category": self.category,
            "colors": self._colors, "colors_or": self._colors_or or self._colors, "color_count": self.color_total,
            "material": self.material or "", "sizes": self._sizes,
            "price": self.price or "", "old_price": self.old_price or "", "discount": self.discount or "",
            # a selling point the name does not already say (the name's qualifiers are its first facts)
            "hook_fact": next((mf.screen for mf in self.pitch if mf.screen and mf.attr not in WEAK_HOOK
                               and mf.ids[0] not in WEAK_HOOK and not (mf.short and mf.short.lower() in self.name.lower())), ""),
            "gender": "other", "number": "other", "initial": "other", "classifier": "", "counter": "",
            "named": "title",
            # how many come in the pack (0: sold one by one): "{ $pack -> [0] chiếc … *[other] combo … }"
            "pack": next((int(f.value) for f in self.knowledge.get("pack_count")), 0)
            if self.knowledge is not None else 0,
            **self.grammar,
        }

    _colors: str = ""
    _colors_or: str = ""          # a choice: "black or white" (CLDR "or" list)
    _sizes: str = ""


def _option(product: Product, concept: str) -> list[str]:
    for opt in product.options:
        hit = lookup_concept(opt, "option")
        if hit and hit[1] == concept:
            return product.option_values(opt)
    return product.option_values(concept)


def name_grammar(renderer, type_id, group, name: str, name_source: str, category: str = "") -> dict:
    """The grammar variables of content.ftl for a product: gender and number of the market's word for what it
    is (`$category`: the type word, else the group word), its classifier and counter; the initial sound of the
    name (or of the type word's own `initial` when the name starts with it). A seller's own title may be
    any noun, so lines that put an article before `$name` itself need `$named` = "type" (the name starts with
    the type word) and fall back to a colon otherwise."""
    from .knowledge.nouns import initial_of
    # the grammar of the word that is actually said: a group's or the generic word's only when $category is it
    n = next((c for c in (renderer.type_noun(type_id), renderer.group_noun(group), renderer.generic_noun())
              if c is not None and c.word == category), None)
    out = {"initial": initial_of(name), "named": "work" if name_source == "title" and work_title(name) else "title"}
    if n is None:
        return out
    out.update(gender=n.gender, number=n.number, classifier=n.classifier, counter=n.count_word())
    if name_source in ("facts", "category") or re.match(re.escape(n.word) + r"(?!\w)", name, re.I):
        out["named"] = "type"
        if n.initial:
            out["initial"] = n.initial
    elif n != renderer.type_noun(type_id):      # by value: type_noun builds a new Noun on every call
        # the seller's title names a product of a type ctk does not know: the group word's gender and number
        # ("Beauty", "gifts") say nothing of "Magnetic Eyelashes". Its number from the title's last word where
        # the language marks plurals plainly ([grammar] plural_name), else none (the neutral variants)
        out.pop("gender", None)
        pat = renderer.m.grammar.get("plural_name") if hasattr(renderer, "m") else None
        last = re.findall(r"[^\W\d_]+", name)[-1:]
        if pat and last:
            out["number"] = "pl" if re.fullmatch(pat, last[0]) else "sg"
        else:
            out.pop("number", None)
    return out


def build_facts(product: Product, market: MarketProfile, translator: Translator, fx: FxTable,
                lexicon: tuple[str, ...] = (), corrections: list | None = None) -> Facts:
    from .knowledge import knowledge_for
    from .knowledge.nouns import word_of
    from .knowledge.brand import market_brand
    from .knowledge.render import FactRenderer
    findings: list[Finding] = []
    ov = product.overrides.get(market.code, {})
    src = product.source_lang
    # --- what the product is: type and typed facts, rendered for the market ------------------------
    know = knowledge_for(product, lexicon, corrections)
    renderer = FactRenderer(market)
    rendered = renderer.render(know)
    findings += rendered.findings
    cat_id = know.type_id
    category = rendered.type_word or renderer.group_word(know.group)
    if not category:
        # a product ctk cannot name is "the product", never "the gift" (exam gloves are not a gift)
        category = word_of(renderer.d.get("name", {}).get("generic")) or market.word("category", "gifts") or ""
        findings.append(Finding(code="facts.category_unknown", severity="warning",
                                message=f"ctk could not tell what '{product.title[:60]}' is; generic copy is used",
                                fix="set a Type / category ctk knows (locales/_shared/types.toml), a Shopify "
                                    "Product Category, or add your term with --lexicon (a [types] table)"))
    group = know.group or concept_group(cat_id)
    # --- name -----------------------------------------------------------
    brand, bf = market_brand(product, market)
    if bf:
        findings.append(bf)
    name_source = "title"
    if ov.get("title"):
        name = ov["title"].strip()
        name_source = "override"
        if hasattr(translator, "learn"):
            translator.learn(product.title, name, src, market)
    else:
        tr = translator.translate(product.title, src, market, extra_protect=(product.brand.strip(),))
        same = same_language(src, market.language)
        own = unbranded(tr.text, product.brand) if tr.text else ""   # "ABUS - GEMINI LIGHTS" -> "GEMINI LIGHTS"
        if own and know.type_source and know.type_source.field == "title":   # "Khamrah-Eau de parfum": two words
            own = re.sub(r"(?<=[a-z])-(?=" + re.escape(know.type_source.text) + ")", " ", own)
        if tr.complete and tr.text and not (same and _stuffed(tr.text) and rendered.name
                                            and not _named_head(own, know.type_source)) \
                and fits_script(tr.text, market.script, (product.brand.strip(),)):
            findings.extend(tr.findings)
            name = said_title(_uncapped(own, product.brand.strip()))   # no sizes, no "(Adult)"
            name_source = "title" if same else "translation"
            if _stuffed(name) or len(name.split()) > 3:
                name = _head(name)          # "Foam Roller for Muscle Recovery" is said as "Foam Roller"
            name = said_title(name)
            if same:
                name = sentence_cased(name, market.language, product.brand.strip())
                from .knowledge.lexicon import load_lexicon
                t_info = load_lexicon().types.get(cat_id or "")
                name = _titled(name, rendered.type_word, renderer, market,
                               (t_info.aliases + (t_info.id.replace("_", " "),)) if t_info else ())
            if rendered.type_word and name.lower() == rendered.type_word.lower():
                name = rendered.type_word   # "Coconut Oil" is the type's word: "the coconut oil", not "the Coconut Oil"
            if product.brand and brand != product.brand.strip():
                name = name.replace(product.brand.strip(), brand)
        elif rendered.name:
            name = rendered.name
            # "Lattafa Khamrah-Eau de parfum" for Germany: "Parfum Khamrah", the model's name kept, the words around it
            # in German; only where the market writes Latin letters (a Latin name in a Thai line is read badly)
            names = renderer.d.get("name", {})
            model = model_name(product.title, product.brand or "", know.type_source) \
                if market.script == "Latn" or names.get("model") else ""   # or by the market's choice
            if model and name == rendered.type_word:   # the names' word order, not punctuation ("Botas, de piel")
                order = names.get("model") or \
                    ("{type} {model}" if (names.get("pattern") or "").startswith("{type}") else "{model} {type}")
                name = order.replace("{model}", model).replace("{type}", name)
            name_source = "facts"
            findings.append(Finding(
                code="facts.name_built", severity="info", where="product name",
                message=(f"the title is a keyword list; '{name}' (built from the product's facts) is used on screen"
                         if same else f"title not in {market.language}; '{name}' (built from the product's facts) "
                                      "is used on screen and in the caption"),
                segment=product.title,
                fix=f"add a 'title:{market.code}' column with the name in the market's language"))
        elif not cat_id and (own := _own_name(product, market)):
            # no type and no name in the market's language: a short title is the product's own name ("Old Soul",
            # an artwork), said as it is. The vendor never names the product: graders read "Meet the Las Lira",
            # "Glowify" for a stroller, "marketplace" for a phone stand (a shop is not what is sold)
            name = own
            name_source = "title"
            findings.append(Finding(
                code="translate.untranslated", severity="warning", where="product name",
                message=f"title not in {market.language} and the product type is unknown; '{name}' "
                        "names it on screen and in the caption", segment=product.title,
                fix=f"add a 'title:{market.code}' column, or a type ctk knows (--lexicon)"))
        else:
            name = category
            name_source = "category"
            findings.append(Finding(
                code="translate.untranslated", severity="warning", where="product name",
                message=f"title not translated into {market.language}; using '{name}' on screen and in the caption",
                segment=product.title,
                fix=f"add a 'title:{market.code}' column with the name in the market's language"))
    if len(name) > 70 and len(_head(name)) <= 70:
        name = _head(name)           # "… Skin Cover For Huawei MediaPad T3 8.0 …": the name before "for", whole
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
    color_total = len(colors) + len(unknown)
    if unknown:
        # a list that names two colours of three is wrong: the seller's own words where they are the market's
        # language, else no list (the count still holds)
        colors = colors + unknown if same_language(src, market.language) else []
        findings.append(Finding(code="translate.untranslated", severity="info", where="colours",
                                message=f"colour names not in the phrasebook: {', '.join(unknown)}",
                                segment=", ".join(unknown),
                                fix="add them as aliases in locales/_shared/concepts.toml"))
    material = None
    from .knowledge.lexicon import load_lexicon
    implied = set(getattr(load_lexicon().types.get(know.type_id or ""), "implies", ())) | \
        {x for f in know.facts for x in load_lexicon().subsumes.get(f.id, ())}   # a fur lining: no "it's faux fur"
    for f in know.get("material"):
        if f.id in implied:
            continue                        # jeans are denim: "Quick note: it's denim" says nothing
        material = renderer.word("material", f.value)
        if material:
            break
    raw_sizes = sorted(_option(product, "size"), key=_size_key)     # "l, xxl, xs" is shown "XS–XXL"
    sizes = []
    for s in raw_sizes:
        w = localize_value(s, "size", market) or (s.strip().upper() if _size_key(s)[0] == 0 else None)
        # a size code ("M", "38", "EU 40", "13 in") reads in any language; words ("Medium - 2 Cups") only in their own
        imperial = "imperial" in (market.units or "")
        if w or re.fullmatch(r"[\dA-Za-z.,/+\-]{1,4}" + (r"(?: ?(?:cm|mm|in|ml|l|kg|g|oz))?" if imperial else
                                                          r"(?: ?(?:cm|mm|ml|l|kg|g))?"), s.strip()) or \
                (same_language(src, market.language) and fits_script(s, market.script)):
            sizes.append(w or s)
    sizes = _sized_system(sizes, raw_sizes, cat_id, product, market)
    if len(sizes) < len(raw_sizes):               # "Medium - 2 Cups" on a Japanese screen: the size line is left out
        sizes = []
        findings.append(Finding(code="translate.untranslated", severity="info", where="sizes",
                                message=f"size names not in {market.language}: the size line is left out",
                                segment=" / ".join(raw_sizes[:6]),
                                fix="add the sizes as aliases in locales/_shared/concepts.toml, or an "
                                    f"'option:Size:{market.code}' override"))
    # --- price ------------------------------------------------------------
    mp = market_price(product, market, fx)
    findings.extend(mp.findings)
    def digits(amount):
        # "$45", not "$45.00", where shops write whole prices that way; each amount on its own ("£271.99, was £390")
        whole = market.price_points.get("whole_without_decimals") and amount == amount.to_integral()
        return 0 if whole else market.price_decimals
    price = display_price(mp.price, market, digits(mp.price)) if mp.price is not None else None
    old = None
    disc = None
    if mp.discount and mp.discount >= 0.05:
        old = display_price(mp.compare_at, market, digits(mp.compare_at))
        disc = format_percent(round(mp.discount, 2), market.locale)
    # --- description -------------------------------------------------------
    desc = None
    d_lang = product.desc_lang() if hasattr(product, "desc_lang") else src
    d_src = ov.get("description") or (product.description if same_language(d_lang, market.language) else "")
    if d_src and "<" in d_src and ">" in d_src:
        from .textutil import html_to_text
        d_src = html_to_text(d_src)             # a generic CSV may carry the shop's HTML description
    if d_src:
        desc = d_src.strip()
    elif product.description:
        tr = translator.translate(product.description, d_lang, market, extra_protect=(brand,))
        findings.extend(tr.findings)
        if tr.complete:
            desc = tr.text
        for seg in tr.untranslated:
            findings.append(Finding(code="translate.untranslated", severity="info", where="description",
                                    message=f"description segment left untranslated (not used in {market.code} copy)",
                                    segment=seg,
                                    fix=f"add a 'description:{market.code}' column to use it in {market.code} copy"))
    grammar = name_grammar(renderer, cat_id, know.group or group, name, name_source, category)
    bullets = [_unbullet(ln) for ln in (desc or "").splitlines() if _is_bullet(ln)]
    bullets = [b for b in bullets if 12 <= len(b) <= 140 and fits_script(b, market.script, (brand,))
               and not b.isupper()]          # "CORES ENVIADAS CONFORME DISPONIBILIDADE": a stock note, not a selling point
    f = Facts(name=unmarked(name), brand=brand, category=category, category_id=cat_id, group=group, colors=colors,
              color_total=color_total, material=material, sizes=sizes, price=price, old_price=old, discount=disc,
              discount_fraction=mp.discount, description=desc, findings=findings, knowledge=know,
              pitch=rendered.facts, claims=rendered.claims, name_source=name_source,
              grammar=grammar, typed=bool(rendered.type_word), bullets=bullets,
              brand_sayable=not (bf is not None and bf.code == "brand.romanized"),
              price_varies="price" not in ov and len({v.price for v in full_variants(product)}) > 1,
              discount_partial=disc is not None and "price" not in ov and _partial_reduction(product),
              price_usd=_usd(mp.price, market.currency, fx),
              slot=(product.id, product.origin["rank"], product.origin.get("catalog", ""))
              if isinstance(product.origin.get("rank"), int) else None)
    from babel.lists import format_list
    try:
        f._colors = format_list(colors, locale=market.locale) if colors else ""
        f._colors_or = format_list(colors, style="or", locale=market.locale) if colors else ""
    except Exception:
        f._colors = ", ".join(colors)
    try:                                   # "S–XXL"; two sizes are a choice said as one: "S or L", "S oder L"
        f._sizes = f"{sizes[0]}–{sizes[-1]}" if len(sizes) >= 3 else format_list(sizes, style="or", locale=market.locale)
    except Exception:
        f._sizes = " / ".join(sizes)
    return f


# what a Secret Santa, amigo secreto or lootjes gift costs at most (the usual office budget is USD 10-30)
CHEAP_USD = 30.0


def _usd(amount, currency: str, fx) -> float | None:
    try:
        return float(fx.convert(amount, currency, "USD")) if amount is not None else None
    except Exception:                            # a currency the table lacks: no price gate applies
        return None


def _partial_reduction(product: Product) -> bool:
    """True when some priced variants are reduced and others are not: "20% off" then holds for a selection only."""
    priced = [v for v in product.variants if v.price is not None]
    reduced = [v for v in priced if v.compare_at_price is not None and v.compare_at_price > v.price]
    cuts = [float(1 - v.price / v.compare_at_price) for v in reduced]   # 44% on one colour, 13% on another
    return 0 < len(reduced) < len(priced) or bool(cuts) and max(cuts) - min(cuts) > 0.05
