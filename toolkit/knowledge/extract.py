"""Product facts with no model: type, typed attributes and quantities read from titles, descriptions,
options, tags and attribute columns, in Chinese and English. Every fact keeps its source span."""

from __future__ import annotations

import re

from ..model import Product
from ..textutil import html_to_text
from .lexicon import GENERIC_TYPES, HAN, Lexicon, load_lexicon, norm_alias, refines
from .quantities import _quantities, option_quantities
from .schema import QUANTITY_ATTRS, Collector, Fact, Knowledge, Source
from .taxonomy import product_group as _vertical_group, refined_by_path, type_from_category
from .unknown_zh import unknown_zh as _unknown_zh

__all__ = ["QUANTITY_ATTRS", "Fact", "Knowledge", "Source", "extract"]

# fields in the order they are trusted; a fact found in several keeps the first source
FIELD_WEIGHT = {"category": 3.0, "product_category": 5.0, "title": 2.0, "tags": 1.2, "options": 1.0,
                "attributes": 2.5, "description": 0.6}


SCENT_CUE = re.compile(r"(?i)(scent|fragrance|notes?|aroma|香调|香調|香味|香气|香氣|香薰|味道|香)")
SHARE_BEFORE = re.compile(r"(\d{1,3}(?:\.\d)?)\s*[%％]\s*(?:纯|純|pure)?\s*$")
SHARE_AFTER = re.compile(r"^\s*[:：]?\s*(\d{1,3}(?:\.\d)?)\s*[%％]")
STRUCTURED = ("attributes", "options")


def _enums(text: str, field_name: str, kt: Collector, brand_spans: list[tuple[int, int]],
           label: str | None = None) -> list[tuple[int, int]]:
    covered = []
    # a scent word is a scent where the text says so, or in the title of a type sold by its scent ("Lavender Candle")
    scented = kt.group in ("beauty", "home") and (SCENT_CUE.search(text) is not None or
                                                  (field_name == "title" and "scent" in kt.angles[:1]))
    hits = kt.lex.value_hits(text)
    # a term inside a longer term of another attribute or a type is not a fact of its own:
    # 'cotton' in 'cotton wick', 'vegan' in 'vegan leather', '弹力' in '弹力带', 'amber' in 'amber glass'
    spans = [(a, b) for a, b, _, _ in hits]
    type_spans = [(a, b) for a, b, _ in kt.lex.type_matcher.finditer(text)]
    # one pass takes the longest term at each place; a shorter term of another attribute inside it (the
    # "cotton" of "cotton wick") is found by the per-attribute matchers only where it stands alone
    spans += [(a, b) for a, b, _ in kt.lex.items.finditer(text)]
    # Chinese listings say who it is for with one character after the product word: T恤男, 手链女, 双肩包男
    if field_name == "title" and "audience" in kt.lex.matchers and not re.search(r"情侣|情侶|男女|couple", text, re.I):
        for a, b, _ in kt.lex.type_matcher.finditer(text):
            ch = text[b:b + 1]
            if ch in ("男", "女") and text[b + 1:b + 2] not in ("士", "款", "式", "生", "孩", "童"):
                kt.add("audience", "men" if ch == "男" else "women", Source(label or field_name, b, b + 1, ch), conf=0.8)
    warnings = _warning_spans(text) if field_name == "description" else []
    for a, b, attr, vid in hits:
        if any(x <= a and b <= y and (y - x) > (b - a) for x, y in spans):
            continue
        if attr != "caveat" and any(x <= a < y for x, y in warnings):
            continue
        if kt.lex.kinds.get(attr) == "flag" and PART_AFTER.match(text[b:b + 12]):
            continue
        if re.search(r"(?i)(safe (?:on|for|with)|use (?:on|with)|won't scratch|compatible with)\s*$", text[max(0, a - 16):a]):
            continue                      # "safe on non-stick cookware": what it is used with, not what it is
        if attr == "audience" and field_name == "description" and text[a:b].isascii() and not re.search(  # "kids wash"
                r"(?i)\bfor\s+(?:your\s+|the\s+|little\s+)?(?:\w+\s+(?:and|or|&)\s+)?$", text[max(0, a - 24):a]):
            continue                      # who uses it nearby ("kids wash their hands") is not who it is for
        if attr == "port" and _negated(text, a):
            continue                      # "不支持…Lightning接口": the port it does not have
        if attr == "port" and re.search(r"(?i)separate cable|sold separately|not included|need an? adapter|另购|不含",
                                        text[b:b + 40]):
            continue                      # "Lightning iPhones need a separate cable": what it does not have
        if attr == "material" and PART_MATERIAL.match(text[b:b + 12]) and field_name not in STRUCTURED:
            continue                      # "Fleece Lined", "silicone grip dots": a lining or a part, not the product
        if attr == "feature" and vid == "pre_washed" and re.search(r"(可|能|可以|直接|支持|耐)\s*$", text[max(0, a - 6):a]):
            continue                      # "可直接水洗": it can be washed with water, it was not pre-washed
        if attr == "material" and field_name not in STRUCTURED and re.match(r"\s*[:：](?!\s*\d{1,3}(?:\.\d)?\s*[%％])", text[b:b + 12]):
            continue                      # "Glass: 7 x 7 cm": a part's label, not what the product is made of
        if attr == "material" and PART_SUBJECT.search(text[max(0, a - 40):a]):
            continue                      # "The hooks are made of copper": the hooks' material, not the earrings'
        # a feature word inside the product word is not a feature (弹力 in 弹力带); a connectivity or material is
        # (蓝牙 in 蓝牙音箱 is Bluetooth)
        if kt.lex.kinds.get(attr) == "flag" and any(x <= a and b <= y and (y - x) > (b - a) for x, y in type_spans):
            continue
        if any(not (b <= x or a >= y) for x, y in brand_spans):
            continue
        alias = text[a:b]
        single_han = len(alias) == 1 and HAN.match(alias)
        if single_han and field_name not in STRUCTURED:
            # one-character materials (棉, 瓷, 木) only with a material cue: 纯棉, 棉质, 木制
            if not re.search(r"^[质製制料材]", text[b:b + 1]) and not re.search(r"[纯純]$", text[max(0, a - 1):a]):
                continue
        if attr == "scent" and not scented and field_name not in STRUCTURED:
            continue
        if attr == "material" and field_name == "description" and _negated(text, a):
            continue
        if kt.lex.kinds.get(attr) == "flag" and _negated(text, a):
            continue                      # "Not dishwasher safe", "不可机洗": the opposite of the feature
        if kt.lex.kinds.get(attr) == "flag" and LOOK_AFTER.match(text[b:b + 16]):
            continue                      # "a handcrafted look", "handmade feel": how it looks, not how it was made
        if kt.lex.kinds.get(attr) in ("enum",) and re.match(r"(?i)[\s-]?free\b", text[b:b + 6]):
            continue                      # "Latex Free", "fragrance-free": the absence of the material
        if vid == "quiet" and field_name == "description" and text[a:b].lower() == "quiet" and \
                not QUIET_CUE.search(text[max(0, a - 40):b + 40]):
            continue                      # "a quiet nod to the dreamers": quiet of a motor only where one runs
        if attr == "ignore":
            continue                      # phrases that look like a term and are not ("sapphire crystal")
        share = None
        if attr == "material":
            m = SHARE_BEFORE.search(text[max(0, a - 8):a]) or SHARE_AFTER.search(text[b:b + 8])
            if m:
                share = float(m.group(1))
                share = int(share) if share.is_integer() else share
        conf = 0.95 if field_name in STRUCTURED else (0.9 if field_name in ("title", "tags") else 0.8)
        attr_out = "feature" if kt.lex.kinds.get(attr) == "flag" else attr
        kt.add(attr_out, vid, Source(label or field_name, a, b, alias), share=share, conf=conf)
        covered.append((a, b))
    return covered


def _negated(text: str, a: int) -> bool:
    # "not waterproof", "不防水", "非防水": a plain 不/非 right before the term negates it ("不仅防水" does not);
    # "不适用于带磁吸环", "not compatible with magnetic cases": what it does not work with
    before = text[max(0, a - 24):a]
    return bool(re.search(r"(?i)(\bno|\bnot|\bnever|n't|\bwithout|free of|\bnon-?|不含|不可|不能|不宜|勿|禁止|无|無|不|非)\s*$",
                          before[-10:])) or \
        bool(re.search(r"(?i)(不适用|不適用|不适合|不適合|不支持|不兼容|not compatible with|not suitable for|doesn't fit|"
                       r"does not fit|doesn't support|does not support|"
                       r"doesn't work with|does not work with)[^。.;；!！]{0,20}$", text[max(0, a - 40):a]))


# A warning or usage note says what the product is NOT for ("keep out of reach of children", "注意：请放置于儿童
# ...接触不到的地方"): who it is for and what it can do are not read from it (what is not included still is).
WARNING = re.compile(r"(?i)(?:注意|警告|温馨提示|溫馨提示|安全提示|\bwarning\b|\bcaution\b|keep (?:out of|away from)|"
                     r"[^。！!\n]{0,12}(?:建议|建議)[^。！!\n]{0,4}(?:不超过|不要|勿|避免)|"
                     r"not suitable for|do not|请勿|請勿|切勿|使用方法|how to use|directions)[^。！!\n]*")
# what makes "quiet" in a description the quiet of a running product (a fan, a blender), not a mood
QUIET_CUE = re.compile(r"(?i)operat|motor|\bmode\b|\bfan\b|noise|\bdb\b|decibel|whisper|\bruns?\b|running|"
                       r"\bsleep|ultra[- ]?quiet|super[- ]?quiet|\bsound\b|\bloud|静音|噪")
# a term that describes a look, not a fact: "handcrafted character", "handmade feel", "vintage-style"
LOOK_AFTER = re.compile(r"(?i)^[\s-]*(?:look|looks|feel|character|style|aesthetic|vibe|charm|appeal|appearance)\b")
# a term that qualifies a part, not the product: 手工流苏 (hand-knotted fringe), "brushed fleece lining"
PART_AFTER = re.compile(r"(?i)^\s*(?:流苏|流蘇|包边|包邊|锁边|鎖邊|缝线|縫線|fringes?|tassels?|edges?|stitch(?:ing)?|lining|trim|cuffs?|hems?|collars?|waistbands?|neckline|hood|prints?\b|graphics?\b|decals?\b)")


PART_MATERIAL = re.compile(r"(?i)^\s*(?:-?\s*lined|lining|grips?\b|dots?\b|handles?|seals?\b|sealing|furniture|"
                           r"[质質调調]?(?:花)?香|[质質][调調]|notes?\b|scent|blades?\b|刀片|"
                           # a plating is a finish over the real material ("18k gold plated copper"); an applicator
                           # ("a cotton pad") or a hook is not what the product is made of
                           r"[-\s]?plated|plating|vermeil|[-\s]?filled\b|镀|鍍|pads?\b|balls?\b|swabs?\b|"
                           r"hooks?\b|ear\s?wires?|posts?\b|clasps?\b|耳钩|耳鉤|"
                           r"floors?\b|surfaces?\b|countertops?|cushions\b|upholstery|frames?\b|家具|地板|springs?\b|straws?\b|nozzles?|弹簧|彈簧|吸管|吸嘴|"
                           r"服|被子|棉被|衣物|外套|制品|製品|"
                           r"neck\s*(?:band|rest)|padding|内衬|內襯|内里|衬里|手柄|密封圈|颈托|頸托|握把)")


# Text that is not the seller describing the product: an ingredient list ("May contain: Calcium Aluminum
# Borosilicate..." names glitter pigments, not a glass stick), a usage step ("using a cotton pad"), a customer's
# words in quotes ("best purchase I've made for her" is about a dog). Nothing is read from them as a fact.
NOT_DESCRIPTION = re.compile(
    r"(?:\bmay contain\b|\bingredients?\b|\binci\b|成分|配料表?|全成分)\s*[:：(（][^\n]*"
    r"|^[ \t]*(?:ingredients?|inci|full ingredients?|成分|全成分|配料表?)[ \t]*[:：]?[ \t]*\n+[^\n]+"
    r"|(?:\bhow to use\b|\bdirections?\b|\busage\b|\bapply\b|\busing an?\b|使用方法|用法)[^.\n。]*"
    r"|[“\"«„][^”\"»\n]{20,400}[”\"»]"
    r"|(?:\breviews?\b|\btestimonials?\b|what (?:our )?customers say|★{3,})[^\n]*", re.I | re.M)


# a part named as the subject of "made of": "The hooks are made of copper", "lining is 100% polyester"
PART_SUBJECT = re.compile(r"(?i)\b(?:hooks?|ear\s?wires?|posts?|clasps?|chains?|lining|linings|straps?|handles?|"
                          r"zippers?|buttons?|laces?|soles?|lids?|caps?|cords?|cables?|inner|interior|packaging|box)"
                          r"\s+(?:are|is)\s+(?:made\s+(?:of|from|with)|crafted\s+from|in)?\s*(?:\d+\s*%\s*)?$")


def _warning_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in WARNING.finditer(text)] + \
        [(m.start(), m.end()) for m in NOT_DESCRIPTION.finditer(text)]


def _pick_type(fields: list[tuple[str, str]], lex: Lexicon, product: Product) -> tuple[str | None, Source | None, float]:
    scores: dict[str, float] = {}
    first: dict[str, tuple[int, Source]] = {}
    counted: set = set()
    order = 0
    for fname, text in fields:
        if not text:
            continue
        w = FIELD_WEIGHT.get(fname.split(":")[0], 1.0)
        if fname in ("category", "product_category", "tags"):
            for part in re.split(r"\s*(?:>|/|;|,|\|)\s*", text):
                key = norm_alias(part)
                tid = lex.type_exact.get(key)
                if tid:
                    scores[tid] = scores.get(tid, 0) + w * (0.3 if tid in GENERIC_TYPES else 1.0)
                    first.setdefault(tid, (order, Source(fname, 0, len(text), text)))
                    order += 1
        vspans = None
        hits = list(lex.type_matcher.finditer(text))
        for i, (a, b, tid) in enumerate(hits):
            if lex.types[tid].group == "food" and i + 1 < len(hits) and hits[i + 1][2] not in GENERIC_TYPES \
                    and re.fullmatch(r"[ \t]+", text[b:hits[i + 1][0]]):
                continue                 # "Coffee Mug", "Honey Jar": a food before a thing is what the thing holds
            if vspans is None:
                vspans = _value_spans(text, lex)
            if any(x <= a and b <= y and (y - x) > (b - a) for x, y in vspans):
                continue                 # 茶 inside the scent note 白茶 does not make a perfume a tea
            if re.match(r"(?i)[^\s，,;；]{0,6}?(?:专用|專用)|\s*(?:适用|適用)|\s*-?\s*free\b", text[b:b + 9]) or \
                    re.search(r"(?:送|赠|贈|附赠|附贈|配送|含)\s*$", text[max(0, a - 3):a]) or \
                    (fname == "title" and re.search(r"(?i)\sfor\s|适用于|適用於|适用|適用", text[:a])
                     and any(a2 < a for a2, _, _ in lex.type_matcher.finditer(text))) or \
                    (fname == "title" and re.search(r"(?i)\bwith\s+(?:[\w-]+\s+){0,2}$", text[max(0, a - 32):a])
                     and any(a2 < a and t2 not in GENERIC_TYPES for a2, _, t2 in lex.type_matcher.finditer(text))) or \
                    re.search(r"(?i)(?:\bfor|\bfits?|适用于|適用於|适合|適合|safe (?:on|for|with)|use (?:on|with)|"
                              r"won't scratch|compatible with)\s*(?:your\s+|the\s+|non-?stick\s+)?$", text[max(0, a - 24):a]):
                continue                 # "衣物被子专用" (for quilts), "for your laptop": what it is for, not what it is;
                #                          "Galaxy Projector with Bluetooth Speaker": what it comes with
            ww = w * (0.3 if tid in GENERIC_TYPES else 1.0)
            # the more specific type of a family (desk_lamp over lamp) gets a small bonus
            ww += 0.05 * (b - a) / max(1, len(text)) + (0.2 if lex.types[tid].taxonomy else 0)
            # a word counts once per field: a size chart's "Dress length" rows do not outvote the title's jumpsuit
            scores[tid] = scores.get(tid, 0) + (ww if fname == "title" or (fname, tid) not in counted else 0.05)
            counted.add((fname, tid))
            first.setdefault(tid, (order, Source(fname, a, b, text[a:b])))
            order += 1
    tax = type_from_category(product.attributes.get("product_category", ""), lex) or \
        type_from_category(product.attributes.get("google_product_category", ""), lex)
    if tax:
        scores[tax] = scores.get(tax, 0) + FIELD_WEIGHT["product_category"]
        src_text = product.attributes.get("product_category") or product.attributes.get("google_product_category", "")
        first.setdefault(tax, (-1, Source("product_category", 0, len(src_text), src_text)))
    # "ABUS - GEMINI LIGHTS" filed under "... > Bicycle Accessories": a bike light (taxonomy.refined_by_path)
    path = product.attributes.get("product_category") or product.attributes.get("google_product_category", "")
    hit = None if any(s.field == "title" for _, s in first.values()) else refined_by_path(product.title, path, lex)
    if hit:
        scores[hit[0]] = scores.get(hit[0], 0) + FIELD_WEIGHT["title"]
        first.setdefault(hit[0], (order, Source("title", hit[1], hit[2], product.title[hit[1]:hit[2]])))
    # the seller's category path names the vertical: a word from the title or description that belongs to
    # another vertical is not what the product is ("fits in your gym bag" on a foam roller, "rings" on
    # measuring cups, "maze puzzle" on a dog bowl)
    from .taxonomy import product_vertical
    vert = product_vertical(product)
    if vert:
        def off(t):
            return t in lex.types and bool(lex.types[t].verts) and vert not in lex.types[t].verts
        fitting = [t for t in scores if not off(t) and t in lex.types and lex.types[t].id != lex.types[t].group]
        # a title's own type word stays unless a type of the right vertical is also named (taxonomies disagree
        # on where umbrellas live); a word from the description or the tags from another vertical goes
        scores = {t: v for t, v in scores.items()
                  if not off(t) or (first[t][1].field == "title" and not fitting)}
    # a type the description alone names, while the title names none, is what the product is used with or
    # for ("froths milk in mugs", "fits in your gym bag"), not what it is
    named = [t for t in scores if t in lex.types and lex.types[t].id != lex.types[t].group]
    if named and all(first[t][1].field == "description" for t in named):
        scores = {t: v for t, v in scores.items() if t not in named}
    if not scores:
        return None, None, 0.0
    best = max(scores, key=lambda t: (scores[t], -first[t][0]))
    # a group word ("Accessories" in "Vehicle Parts & Accessories") never beats a type the title names
    real = [t for t in scores if t in lex.types and lex.types[t].id != lex.types[t].group]
    if real and best not in real:
        best = max(real, key=lambda t: (scores[t], -first[t][0]))
    # a broader type (Lamps, tea) gives way to a matched type that refines it (Desk Lamps, matcha), by the
    # taxonomy or by types.toml `refines`
    bt = lex.types[best].taxonomy if best in lex.types else ""
    finer = [t for t in scores if t != best and t in lex.types and scores[t] >= 0.3 * scores[best] and
             ((bt and lex.types[t].taxonomy.startswith(bt + "-")) or refines(lex, t, best))]
    if finer:
        best = max(finer, key=lambda t: (scores[t], -first[t][0]))
    total = sum(scores.values())
    conf = round(min(0.99, scores[best] / total if total else 0), 2)
    # a type that only a tag among many others names is an SEO tag, not the product ("moisturizer" on a make-up
    # remover tagged with every skincare word): no type rather than a wrong one
    if first[best][1].field == "tags" and conf < 0.35:
        return None, None, 0.0
    return best, first[best][1], conf


def _value_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    # only values that are never a product themselves: a scent note (白茶) or a material; a flavour such as
    # "green tea" may well be the product; nor is a type word inside a phrase that means something else
    # (lexicon.toml [ignore]: "mirror mosaic" on a candle holder)
    return [(a, b) for a, b, attr, _ in lex.value_hits(text) if attr in ("scent", "material", "ingredient", "ignore")]


def _fields(product: Product, brand: str) -> list[tuple[str, str]]:
    desc = product.description or ""
    if "<" in desc and ">" in desc:
        desc = html_to_text(desc)
    tags = [t for t in product.tags if not re.search(r"(?i)\bcollections?\b|:", t)]   # "Mens Collection": a shelf
    out = [("title", product.title), ("category", product.category), ("tags", "; ".join(tags))]
    for k, v in product.attributes.items():
        if k in ("product_category", "google_product_category"):
            out.append((k, v))
        elif k not in ("brand_latin",) and v:
            out.append((f"attributes:{k}", f"{v}"))
    for name in product.options:
        vals = product.option_values(name)
        out.append((f"options:{name}", " / ".join(vals)))
    out.append(("description", desc))
    return out


def extract(product: Product, lex: Lexicon | None = None) -> Knowledge:
    lex = lex or load_lexicon()
    brand = (product.brand or "").strip()
    fields = _fields(product, brand)
    type_id, tsrc, tconf = _pick_type([(f, t) for f, t in fields if not f.startswith("options")], lex, product)
    info = lex.types.get(type_id) if type_id else None
    broad = None
    if info is not None and info.id == info.group:
        # "Beauty", "Home", "Accessories": a group, not a type. The product keeps the group (its benefit lines,
        # its market fit) but has no type word: "the home" is no name
        # ("Style: Fashion" in a description's spec list is no group at all)
        broad, type_id, tsrc, tconf = (None if tsrc and tsrc.field == "description" else info.group), None, None, 0.0
        info = info if broad else None
    kt = Collector(lex, info.angles if info else (), info.group if info else None)
    unknown: list[str] = []
    for fname, text in fields:
        if not text or fname in ("product_category", "google_product_category"):
            continue
        base = fname.split(":")[0]
        brand_spans = [(m.start(), m.end()) for m in re.finditer(re.escape(brand), text)] if brand else []
        masked = text
        for a, b in brand_spans:           # the brand's own characters are not facts (木棉家居 is not cotton)
            masked = masked[:a] + " " * (b - a) + masked[b:]
        if base in ("options",) and fname.split(":", 1)[1].lower() in ("color", "colour", "颜色", "size", "尺码", "shade",
                                                                      "色号", "色號", "tone", "finish"):
            continue
        covered = _enums(masked, base, kt, [], label=fname)
        if base != "options":
            covered += _quantities(masked, base, kt)
            covered += [(a, b) for a, b, _ in lex.type_matcher.finditer(masked)]
        if base in ("title", "description") and HAN.search(masked):
            unknown += _unknown_zh(masked, covered, lex)
    kept = []
    grp = info.group if info else None
    for f in kt.facts:                      # what a generic term means for this type (types.toml reinterpret)
        dom = lex.domains.get(f.id)
        if dom and grp and grp not in dom:
            continue                        # 护眼 on a sleep mask, 螺纹 on chopsticks: that meaning is another group's
        new = info.reinterpret.get(f.id) if info else None
        if new == "":
            continue                        # means nothing for this type
        if new and ":" in new:
            f.attr, f.value = new.split(":", 1)
        if any(k.attr == f.attr and k.value == f.value for k in kept):
            continue                        # two terms that mean the same fact for this type: one fact
        kept.append(f)
    kt.facts = kept
    # "merino wool" and "wool", "mulberry silk" and "silk": the finer material says it
    mats = {f.value for f in kt.facts if f.attr == "material"}
    kt.facts = [f for f in kt.facts if not (f.attr == "material" and any(m in mats for m in lex.finer.get(f.value, ())))]
    # "dishwasher safe" and "hand wash only" on one product (a bamboo-lid glass): the care line a buyer must get right wins
    if any(f.id == "feature:hand_wash_only" for f in kt.facts):
        kt.facts = [f for f in kt.facts if f.id != "feature:dishwasher_safe"]
    # waterproof says water-resistant and more
    if any(f.id == "feature:waterproof" for f in kt.facts):
        kt.facts = [f for f in kt.facts if f.id != "feature:water_resistant"]
    # "Set of 10" with "5 cups and 5 spoons": the contents say it; the pack count would say it again
    contents = next((f for f in kt.facts if f.attr == "contents"), None)
    if contents and isinstance(contents.value, dict):
        kt.facts = [f for f in kt.facts if not (f.attr == "pack_count" and f.value == sum(contents.value.values()))]
    facts = _tidy(option_quantities(product, kt, kt.facts), info.group if info else None)
    if (info.group if info else None) == "food" or (not info and _vertical_group(product) == "food"):
        # what a food or a drink is "made of" in its text is its packaging or its still (a gin's copper and
        # cork); its ingredients are another attribute
        facts = [f for f in facts if f.attr != "material"]
    for f in facts:
        if f.source and f.source.field == "attributes":
            f.confidence = max(f.confidence, 0.95)
    group = info.group if info and not broad else broad
    if group is None or broad:              # an unknown type still has the vertical its category path names, and
        group = _vertical_group(product) or group       # "Cycling > Bicycle Accessories" is sports
    return Knowledge(type_id=type_id, group=group, taxonomy=info.taxonomy if info else None,
                     type_source=tsrc, type_confidence=tconf, facts=facts,
                     unknown=list(dict.fromkeys(unknown))[:30])


# a value that names a kind of another: Longjing is a green tea, so "Longjing and green tea" says it twice
IMPLIES = {"flavor:green_tea": ("flavor:longjing", "flavor:jasmine_tea"),
           "material:cotton": ("material:denim",),            # "cotton and denim" says the cotton twice
           "flavor:black_tea": ("flavor:pu_erh",)}


def _tidy(facts: list[Fact], group: str | None) -> list[Fact]:
    """A more specific value wins over the general one it contains (organic_cotton over cotton, mulberry_silk
    over silk); 'lightweight' said of a cream is its texture."""
    ids = {f.id for f in facts}
    out = []
    for f in facts:
        if f.attr in ("flavor", "material") and any(o in ids for o in IMPLIES.get(f.id, ())):
            continue
        if f.attr == "audience" and f.value in ("men", "women") and {"audience:men", "audience:women"} <= ids:
            if "feature:unisex" not in {x.id for x in out}:
                out.append(Fact("feature", "unisex", source=f.source, confidence=f.confidence))
            continue
        if f.attr == "pack_count" and group == "toys" and isinstance(f.value, int) and f.value >= 20:
            f.attr = "piece_count"          # 540 pieces of one set, not 540 sets
        if f.attr == "material" and any(o != f.id and o.startswith("material:") and o.endswith("_" + str(f.value))
                                        for o in ids):
            continue
        if f.id == "feature:lightweight" and group == "beauty":
            if "feature:lightweight_texture" in ids:
                continue
            f.value = "lightweight_texture"
        out.append(f)
    return out
