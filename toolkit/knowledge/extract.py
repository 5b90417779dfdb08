"""Product facts with no model: type, typed attributes and quantities read from titles, descriptions,
options, tags and attribute columns, in Chinese and English. Every fact keeps its source span."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ..model import Product
from ..textutil import html_to_text
from .lexicon import GENERIC_TYPES, HAN, Lexicon, load_lexicon, norm_alias
from .taxonomy import type_from_category

ZH_NUM = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
          "单": 1, "單": 1, "双": 2, "雙": 2}
QUANTITY_ATTRS = ("battery_life", "battery_capacity", "power", "volume", "weight", "dimensions", "length",
                  "brightness_levels", "color_modes", "water_rating", "spf", "age_range", "pack_count", "piece_count",
                  "contents",
                  "connectivity_version", "burn_time", "pages", "players")
# fields in the order they are trusted; a fact found in several keeps the first source
FIELD_WEIGHT = {"category": 3.0, "product_category": 5.0, "title": 2.0, "tags": 1.2, "options": 1.0,
                "attributes": 2.5, "description": 0.6}


@dataclass(frozen=True)
class Source:
    field: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Fact:
    attr: str
    value: Any
    unit: str | None = None
    share: float | None = None
    source: Source | None = None
    confidence: float = 0.9
    origin: str = "rule"                  # rule | user (a marketer's correction) | model

    @property
    def id(self) -> str:
        if self.attr in QUANTITY_ATTRS:
            return self.attr
        return f"{self.attr}:{self.value}"

    def to_dict(self) -> dict:
        d = {"id": self.id, "attr": self.attr, "value": self.value, "confidence": round(self.confidence, 2),
             "origin": self.origin}
        if self.unit:
            d["unit"] = self.unit
        if self.share is not None:
            d["share"] = self.share
        if self.source:
            d["source"] = self.source.to_dict()
        return d


@dataclass
class Knowledge:
    type_id: str | None
    group: str | None
    taxonomy: str | None
    type_source: Source | None
    type_confidence: float
    facts: list[Fact] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    def get(self, attr: str) -> list[Fact]:
        return [f for f in self.facts if f.attr == attr]

    def has(self, fid: str) -> bool:
        """'feature:foldable', 'material:silk', 'material' (any), 'weight'."""
        if ":" in fid:
            return any(f.id == fid for f in self.facts)
        return any(f.attr == fid for f in self.facts)

    def to_dict(self) -> dict:
        return {"type": self.type_id, "group": self.group, "taxonomy": self.taxonomy,
                "type_source": self.type_source.to_dict() if self.type_source else None,
                "type_confidence": round(self.type_confidence, 2),
                "facts": [f.to_dict() for f in self.facts], "unknown_terms": list(self.unknown)}


# --- text normalisation with an index map back to the original ---------------------------------------

def _normalize(text: str) -> tuple[str, list[int]]:
    out, idx = [], []
    for i, ch in enumerate(text):
        n = unicodedata.normalize("NFKC", ch) if ord(ch) > 127 else ch
        if ch in "×＊*":
            n = " x "
        for c in n:
            out.append(c)
            idx.append(i)
    idx.append(len(text))
    return "".join(out), idx


NUM = r"(\d{1,3}(?:[,，]\d{3})+|\d+(?:\.\d+)?)"
ZHN = "[一二两兩三四五六七八九十单單双雙]"
NUMZ = rf"(\d+|{ZHN})"


def _num(s: str) -> float:
    s = s.replace(",", "").replace("，", "")
    if s in ZH_NUM:
        return float(ZH_NUM[s])
    return float(s)


def _clean(n: float):
    return int(n) if float(n).is_integer() else n


HOURS = r"(?:h|hr|hrs|hours?|小时|小時|个小时|H)"
BATTERY_CUE = re.compile(r"(?i)(battery|playtime|play\s*time|playback|续航|播放|使用时间|使用時間|工作时间|runtime|run\s*time|"
                         r"lasts|up to|长达|長達|talk time|单次|總續航|总续航|续航时间|mixed use|listening)")
BURN_CUE = re.compile(r"(?i)(burn|燃烧|燃燒|燃)")
NOT_BATTERY = re.compile(r"(?i)(deliver|shipping|ship|发货|發貨|客服|service|24/7|standby|待机|充电时间|charging time|"
                         r"charge time|charges? in|充满|充滿)")
FITS_CUE = re.compile(r"(?i)(fits?|for|up to|holds?|compatible|适用|适合|可放|装得下)\s*$")
LENGTH_CUE = re.compile(r"(?i)(length|long|chain|cord|cable|inseam|height|tall|diameter|直径|高度|链长|鏈長|长度|長度|链|长|長|周长|drop)")

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("battery_capacity", re.compile(rf"(?i){NUM}\s*(mah|毫安时|毫安時|毫安)")),
    ("connectivity_version", re.compile(r"(?i)(bluetooth|蓝牙|藍牙|bt)\s*[-_ ]?v?\s*(\d\.\d)")),
    ("water_rating", re.compile(r"(?i)(?<![A-Za-z])(ipx\d|ip\d{2})(?![0-9])"
                                r"|(?<![\d.])(\d{2,3})\s*(?:m|米|meters?|metres?)\s*(?:water[\s-]*(?:resistan[ct]e?|proof)|防水)"
                                r"|(?<![\d.])(\d{1,2})\s*(atm|bar)(?![a-z])")),
    ("spf", re.compile(r"(?i)spf\s*(\d{2})(\+*)")),
    ("power", re.compile(rf"(?i)(?<![A-Za-z0-9.]){NUM}\s*(w|瓦)(?![A-Za-z])")),
    ("dimensions", re.compile(rf"(?i)(?<![A-Za-z0-9.]){NUM}\s*(?:cm|mm|in|\"|厘米|公分)?\s*[LWHD]?\s*x\s*{NUM}\s*"
                              rf"(?:cm|mm|in|\"|厘米|公分)?\s*[LWHD]?(?:\s*x\s*{NUM})?\s*(cm|mm|in(?:ch(?:es)?)?|\"|厘米|公分|毫米)")),
    ("volume", re.compile(rf"(?i)(?<![A-Za-z0-9.]){NUM}\s*(fl\.?\s*oz|ml|毫升|l|升|oz|ounces?)(?![A-Za-z])")),
    ("weight", re.compile(rf"(?i)(?<![A-Za-z0-9.]){NUM}\s*(kg|千克|公斤|g|克|lbs?|pounds?)(?![A-Za-z])")),
    ("battery_life", re.compile(rf"(?i)(?<![A-Za-z0-9.]){NUM}\s*[-+]?\s*{HOURS}(?![A-Za-z])")),
    ("length", re.compile(rf"(?i)(?<![A-Za-z0-9.x+\-~–]){NUM}\s*(cm|mm|厘米|公分|毫米|m|米|inch(?:es)?|in|\")(?![A-Za-z0-9])(?!\s*x\s*\d)")),
    ("brightness_levels", re.compile(rf"(?i)(?:{NUMZ}\s*(?:档|檔|级|級|段)\s*(?:调光|調光|亮度|光源|调节|可调)?(?=.{{0,4}}(?:调光|調光|亮度|灯|燈|光))"
                                     rf"|{NUM}\s*(?:-\s*)?(?:levels?|modes?|settings?)\s*(?:of\s*)?(?:brightness|dimming)"
                                     rf"|{NUM}\s*(?:brightness|dimming)\s*(?:levels?|modes?|settings?))")),
    ("color_modes", re.compile(rf"(?i)(?:{NUMZ}\s*(?:种|種)?\s*(?:色温|色溫|光色|颜色模式|色光)"
                               rf"|{NUM}\s*(?:colou?r\s*(?:modes?|temperatures?|temps?)|light\s*colou?rs|lighting\s*modes))")),
    ("age_range", re.compile(r"(?i)(?:ages?\s*(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})|ages?\s*(\d{1,2})\s*\+|(\d{1,2})\s*\+\s*(?:years?|yrs?|y/o)"
                             r"|(\d{1,2})\s*(?:-|–|~|到|至)\s*(\d{1,2})\s*(?:years?|yrs?|岁|歲)|(\d{1,2})\s*(?:岁|歲)\s*(?:以上|\+)"
                             r"|(?:适合|適合)?(\d{1,2})\s*(?:岁|歲)(?:及)?以上)")),
    ("pack_count", re.compile(rf"(?i)(?:(?:set|pack|box|bundle)\s*of\s*{NUM}|{NUM}\s*-?\s*(?:pack|pcs|pieces?|piece set|count|ct|pc)(?![A-Za-z])"
                              rf"|{NUMZ}\s*(?:件套|支装|片装|只装|个装|件装|条装|包装|双装|雙裝|片/盒|粒装|袋装|枚装|入)"
                              rf"|(\d+)\s*(?:片|支|只|枚|粒|袋|条|條)(?:/|装|裝)"
                              rf"|(?<=[a-z0-9])\s*x\s*(\d+)\s*(?:袋|支|包|盒|瓶|罐|片|粒|条|只|个|個|pcs|packs?|bags?|bars?|sticks?)"
                              rf"|(\d+)\s*(?:包|颗粒|块积木)(?![邮郵装裝])"
                              rf"|(\d{{2,5}})\s*(?:片|块)(?=\s*(?:拼图|拼圖|积木|puzzle)))")),
    ("pair", re.compile(r"(?i)(一对|一雙|一双|(?<![a-z])a pair of|(?<![a-z])set of two)")),
    ("pages", re.compile(rf"(?i){NUM}\s*(?:pages|sheets|页|頁|张|張)(?![A-Za-z])")),
    ("players", re.compile(r"(?i)(\d{1,2})\s*(?:-|–|to|~|到|至)\s*(\d{1,2})\s*(?:players|人)")),
]


def _span(text: str, idx: list[int], start: int, end: int, field_name: str) -> Source:
    a, b = idx[start], idx[min(end, len(idx) - 1)]
    if end > start and b <= a:
        b = a + 1
    return Source(field_name, a, b, text[a:b])


def _unit(u: str) -> str:
    u = u.lower().replace(" ", "").replace(".", "")
    return {"毫安时": "mAh", "毫安時": "mAh", "毫安": "mAh", "mah": "mAh", "瓦": "W", "w": "W", "毫升": "ml", "ml": "ml",
            "升": "l", "l": "l", "floz": "fl oz", "oz": "oz", "ounce": "oz", "ounces": "oz", "kg": "kg", "千克": "kg",
            "公斤": "kg", "g": "g", "克": "g", "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "cm": "cm",
            "厘米": "cm", "公分": "cm", "mm": "mm", "毫米": "mm", "m": "m", "米": "m", "in": "in", "inch": "in",
            "inches": "in", '"': "in"}.get(u, u)


def _quantities(text: str, field_name: str, kt: "_Collector") -> list[tuple[int, int]]:
    norm, idx = _normalize(text)
    taken: list[tuple[int, int]] = []

    def free(a, b):
        return all(b <= x or a >= y for x, y in taken)

    angles = kt.angles
    for attr, rx in PATTERNS:
        for m in rx.finditer(norm):
            if not free(m.start(), m.end()):
                continue
            g = [x for x in m.groups()]
            src = _span(text, idx, m.start(), m.end(), field_name)
            ctx = norm[max(0, m.start() - 24): m.end() + 24]
            conf = 0.9
            if attr == "battery_capacity":
                kt.add(attr, _clean(_num(g[0])), src, unit="mAh")
            elif attr == "connectivity_version":
                kt.add(attr, g[1], src)
                kt.add("connectivity", "bluetooth", src, conf=0.95)
            elif attr == "water_rating":
                # IPX7, or a watch's depth rating: "100M Water Resistant" is 100 m, "10ATM" 10 ATM
                value = g[0].upper() if g[0] else (f"{g[1]} m" if g[1] else f"{g[2]} {g[3].upper()}")
                kt.add(attr, value, src)
            elif attr == "spf":
                kt.add(attr, int(g[0]), src, unit="+" if g[1] else None)
            elif attr == "power":
                n = _num(g[0])
                if n <= 0 or n > 5000:
                    continue
                kt.add(attr, _clean(n), src, unit="W")
            elif attr == "dimensions":
                nums = [_clean(_num(x)) for x in g[:3] if x]
                kt.add(attr, nums, src, unit=_unit(g[3]))
            elif attr == "volume":
                u = _unit(g[1])
                if u == "oz" and "volume" not in angles and "fl" not in g[1].lower():
                    kt.add("weight", _clean(_num(g[0])), src, unit="oz")
                else:
                    if u == "l" and g[1] == "L" and _num(g[0]) > 100:
                        continue
                    kt.add(attr, _clean(_num(g[0])), src, unit=u)
            elif attr == "weight":
                u = _unit(g[1])
                n = _num(g[0])
                if g[1] == "G" and n < 10:           # 5G is a network, not 5 grams
                    continue
                kt.add(attr, _clean(n), src, unit=u)
            elif attr == "battery_life":
                n = _num(g[0])
                before = norm[max(0, m.start() - 30): m.start()]
                after = norm[m.end(): m.end() + 20]
                if NOT_BATTERY.search(before[-14:] + " " + after[:12]) or n > 2000:
                    continue
                if BURN_CUE.search(before + after) or "burn_time" in angles and "battery_life" not in angles:
                    kt.add("burn_time", _clean(n), src, unit="h")
                elif BATTERY_CUE.search(before + after) or "battery_life" in angles and field_name == "title":
                    kt.add(attr, _clean(n), src, unit="h", conf=conf)
                else:
                    continue
            elif attr == "length":
                before = norm[max(0, m.start() - 12): m.start()]
                if FITS_CUE.search(before[-10:]) or re.match(r"\s*(laptop|notebook|tablet|ipad|screen|phone|电脑|笔记本)",
                                                              norm[m.end(): m.end() + 12], re.I):
                    continue                # "fits 13 inch laptop" is what it holds, not how long it is
                after = norm[m.end(): m.end() + 10]
                if _unit(g[1]) == "in" and re.match(r"\s*(\d|one\b)", after):     # "2 in 1", "3-in-1"
                    continue
                if re.search(r"(?i)(thick|厚)", before[-8:] + " " + after[:8]):
                    continue                # "6mm thick", "加厚6mm": a thickness, not a length
                if LENGTH_CUE.search(before + " " + after) or "length" in angles or \
                        ("dimensions" in angles and field_name == "title"):
                    kt.add(attr, _clean(_num(g[0])), src, unit=_unit(g[1]), conf=0.8)
                else:
                    continue
            elif attr in ("brightness_levels", "color_modes"):
                n = next(x for x in g if x)
                kt.add(attr, int(_num(n)), src)
            elif attr == "age_range":
                nums = [int(x) if x else None for x in g]
                if nums[0] is not None:
                    val = [nums[0], nums[1]]
                elif nums[2] is not None:
                    val = [nums[2], None]
                elif nums[3] is not None:
                    val = [nums[3], None]
                elif nums[4] is not None:
                    val = [nums[4], nums[5]]
                else:
                    val = [nums[6] if nums[6] is not None else nums[7], None]
                kt.add(attr, val, src)
            elif attr == "pack_count":
                n = next(x for x in g if x)
                v = int(_num(n))
                if v < 2 or v > 5000:
                    continue
                kt.add(attr, v, src, conf=0.85)
            elif attr == "pages":
                kt.add(attr, int(_num(g[0])), src)
            elif attr == "pair":
                kt.add("pack_count", 2, src, conf=0.85)
            elif attr == "players":
                kt.add(attr, [int(g[0]), int(g[1])], src)
            taken.append((m.start(), m.end()))
    _contents(text, norm, idx, field_name, kt)
    return [(idx[a], idx[min(b, len(idx) - 1)]) for a, b in taken]


CONTENT_RX = re.compile(rf"(?i){NUMZ}\s*(?:x\s*)?(?:个|個|只|把|件|套)?")


def _contents(text: str, norm: str, idx: list[int], field_name: str, kt: "_Collector") -> None:
    """'一壶两杯', '1 teapot + 2 cups', 'teapot and 4 cups': what a set contains, with counts."""
    found: dict[str, int] = {}
    spans: list[tuple[int, int]] = []
    for a, b, item in kt.lex.items.finditer(norm):
        if item == "piece":
            continue
        pre = norm[max(0, a - 4): a]
        m = re.search(rf"(?i){NUMZ}\s*(?:x\s*)?(?:个|個|只|把|件|套)?\s*$", pre)
        if m:
            n = int(_num(m.group(1)))
            found[item] = found.get(item, 0) + n
            spans.append((a - len(pre) + m.start(), b))
    if len(found) >= 2 and spans:
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        kt.add("contents", found, _span(text, idx, start, end, field_name), conf=0.85)


# --- enums, flags and the type ---------------------------------------------------------------------

SCENT_CUE = re.compile(r"(?i)(scent|fragrance|notes?|aroma|香调|香調|香味|香气|香氣|香薰|味道|香)")
SHARE_BEFORE = re.compile(r"(\d{1,3}(?:\.\d)?)\s*[%％]\s*(?:纯|純|pure)?\s*$")
SHARE_AFTER = re.compile(r"^\s*[:：]?\s*(\d{1,3}(?:\.\d)?)\s*[%％]")
STRUCTURED = ("attributes", "options")


class _Collector:
    def __init__(self, lex: Lexicon, angles: tuple[str, ...], type_group: str | None):
        self.lex, self.angles, self.group = lex, angles, type_group
        self.facts: list[Fact] = []
        self._seen: dict[str, Fact] = {}

    def add(self, attr, value, src: Source, unit=None, share=None, conf=0.9):
        f = Fact(attr, value, unit, share, src, conf)
        key = f.id
        if key in self._seen:
            old = self._seen[key]
            if share is not None and old.share is None:
                old.share = share
            return
        self._seen[key] = f
        self.facts.append(f)


def _enums(text: str, field_name: str, kt: _Collector, brand_spans: list[tuple[int, int]],
           label: str | None = None) -> list[tuple[int, int]]:
    covered = []
    scented = kt.group in ("beauty", "home") and (SCENT_CUE.search(text) is not None)
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
    for a, b, attr, vid in hits:
        if any(x <= a and b <= y and (y - x) > (b - a) for x, y in spans):
            continue
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
        if kt.lex.kinds.get(attr) in ("enum",) and re.match(r"(?i)[\s-]?free\b", text[b:b + 6]):
            continue                      # "Latex Free", "fragrance-free": the absence of the material
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
    return bool(re.search(r"(?i)(\bno|\bnot|\bnever|n't|\bwithout|free of|不含|不可|不能|不宜|勿|禁止|无|無)\s*$",
                          text[max(0, a - 10):a]))


def _pick_type(fields: list[tuple[str, str]], lex: Lexicon, product: Product) -> tuple[str | None, Source | None, float]:
    scores: dict[str, float] = {}
    first: dict[str, tuple[int, Source]] = {}
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
        for a, b, tid in lex.type_matcher.finditer(text):
            if vspans is None:
                vspans = _value_spans(text, lex)
            if any(x <= a and b <= y and (y - x) > (b - a) for x, y in vspans):
                continue                 # 茶 inside the scent note 白茶 does not make a perfume a tea
            ww = w * (0.3 if tid in GENERIC_TYPES else 1.0)
            # the more specific type of a family (desk_lamp over lamp) gets a small bonus
            ww += 0.05 * (b - a) / max(1, len(text)) + (0.2 if lex.types[tid].taxonomy else 0)
            scores[tid] = scores.get(tid, 0) + ww
            first.setdefault(tid, (order, Source(fname, a, b, text[a:b])))
            order += 1
    tax = type_from_category(product.attributes.get("product_category", ""), lex) or \
        type_from_category(product.attributes.get("google_product_category", ""), lex)
    if tax:
        scores[tax] = scores.get(tax, 0) + FIELD_WEIGHT["product_category"]
        src_text = product.attributes.get("product_category") or product.attributes.get("google_product_category", "")
        first.setdefault(tax, (-1, Source("product_category", 0, len(src_text), src_text)))
    if not scores:
        return None, None, 0.0
    best = max(scores, key=lambda t: (scores[t], -first[t][0]))
    # a broader type (Lamps, tea) gives way to a matched type that refines it (Desk Lamps, matcha), by the
    # taxonomy or by types.toml `refines`
    bt = lex.types[best].taxonomy if best in lex.types else ""
    finer = [t for t in scores if t != best and t in lex.types and
             ((bt and lex.types[t].taxonomy.startswith(bt + "-")) or lex.types[t].refines == best)]
    if finer:
        best = max(finer, key=lambda t: (scores[t], -first[t][0]))
    total = sum(scores.values())
    return best, first[best][1], round(min(0.99, scores[best] / total if total else 0), 2)


def _value_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    # only values that are never a product themselves: a scent note (白茶) or a material; a flavour such as
    # "green tea" may well be the product
    return [(a, b) for a, b, attr, _ in lex.value_hits(text) if attr in ("scent", "material", "ingredient")]


def _fields(product: Product, brand: str) -> list[tuple[str, str]]:
    desc = product.description or ""
    if "<" in desc and ">" in desc:
        desc = html_to_text(desc)
    out = [("title", product.title), ("category", product.category), ("tags", "; ".join(product.tags))]
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
    kt = _Collector(lex, info.angles if info else (), info.group if info else None)
    unknown: list[str] = []
    for fname, text in fields:
        if not text or fname in ("product_category", "google_product_category"):
            continue
        base = fname.split(":")[0]
        brand_spans = [(m.start(), m.end()) for m in re.finditer(re.escape(brand), text)] if brand else []
        masked = text
        for a, b in brand_spans:           # the brand's own characters are not facts (木棉家居 is not cotton)
            masked = masked[:a] + " " * (b - a) + masked[b:]
        if base in ("options",) and fname.split(":", 1)[1].lower() in ("color", "colour", "颜色", "size", "尺码"):
            continue
        covered = _enums(masked, base, kt, [], label=fname)
        if base != "options":
            covered += _quantities(masked, base, kt)
            covered += [(a, b) for a, b, _ in lex.type_matcher.finditer(masked)]
        if base in ("title", "description") and HAN.search(masked):
            unknown += _unknown_zh(masked, covered, lex)
    kept = []
    for f in kt.facts:                      # what a generic term means for this type (types.toml reinterpret)
        new = info.reinterpret.get(f.id) if info else None
        if new == "":
            continue                        # means nothing for this type
        if new and ":" in new:
            f.attr, f.value = new.split(":", 1)
        kept.append(f)
    kt.facts = kept
    facts = _tidy(kt.facts, info.group if info else None)
    for f in facts:
        if f.source and f.source.field == "attributes":
            f.confidence = max(f.confidence, 0.95)
    return Knowledge(type_id=type_id, group=info.group if info else None, taxonomy=info.taxonomy if info else None,
                     type_source=tsrc, type_confidence=tconf, facts=facts,
                     unknown=list(dict.fromkeys(unknown))[:30])


# a value that names a kind of another: Longjing is a green tea, so "Longjing and green tea" says it twice
IMPLIES = {"flavor:green_tea": ("flavor:longjing", "flavor:jasmine_tea"),
           "flavor:black_tea": ("flavor:pu_erh",)}


def _tidy(facts: list[Fact], group: str | None) -> list[Fact]:
    """A more specific value wins over the general one it contains (organic_cotton over cotton, mulberry_silk
    over silk); 'lightweight' said of a cream is its texture."""
    ids = {f.id for f in facts}
    out = []
    for f in facts:
        if f.attr == "flavor" and any(o in ids for o in IMPLIES.get(f.id, ())):
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


_STOP = set("的了和与及或在是有为为了用于适合可以一个新款正品包邮现货热卖专用款式系列")
_STOP_WORDS = {"设计", "方便", "适合", "内置", "连接", "稳定", "支持", "使用", "时间", "小时", "产品", "商品", "品质",
               "质量", "尺寸", "规格", "颜色", "材质", "容量", "时尚", "简约", "新款", "家用", "日常", "更加", "非常",
               "附", "说明书", "包装", "送礼", "礼品"}


def _unknown_zh(text: str, covered: list[tuple[int, int]], lex: Lexicon) -> list[str]:
    """Chinese words (jieba) that no lexicon entry, type or quantity covers: a seller can add them."""
    try:
        import jieba.posseg as pseg
        import logging
        logging.getLogger("jieba").setLevel(logging.WARNING)
    except ImportError:                                    # pragma: no cover - jieba is a dependency
        return []
    known = lex.known_aliases()
    out = []
    pos = 0
    for w, flag in pseg.cut(text):
        a = text.find(w, pos)
        pos = a + len(w) if a >= 0 else pos
        if len(w) < 2 or not HAN.search(w) or w in _STOP or w in _STOP_WORDS or w.lower() in known:
            continue
        if flag[:1] not in ("n", "a", "v") or flag in ("nr", "ns", "nt"):
            continue
        if any(not (a + len(w) <= x or a >= y) for x, y in covered):
            continue
        out.append(w)
    return out
