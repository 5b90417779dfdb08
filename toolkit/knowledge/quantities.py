"""Quantities and counts read from catalog text (40小时, 10,000mAh, 90*90cm, 16.9 fl oz, IPX7, 一壶两杯), with
an index map from the normalised text back to the original so every fact keeps its source span."""
from __future__ import annotations

import re
import unicodedata

from .schema import Collector, Source

ZH_NUM = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
          "单": 1, "單": 1, "双": 2, "雙": 2}


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
BATTERY_CUE = re.compile(r"(?i)(battery|playtime|play\s*time|of play|playback|续航|播放|使用时间|使用時間|工作时间|runtime|run\s*time|"
                         r"lasts|up to|长达|長達|talk time|单次|總續航|总续航|续航时间|mixed use|listening)")
# "lasts up to 6 hours" is a battery only on something with one; on a lip gloss it is how long it keeps lips soft
STRONG_BATTERY_CUE = re.compile(r"(?i)(battery|电池|電池|playtime|play\s*time|of play|playback|续航|續航|runtime|run\s*time|"
                                r"talk time|per charge|one charge|一次充电|充一次|mixed use|listening)")
BURN_CUE = re.compile(r"(?i)(burn|燃烧|燃燒|燃)")
NOT_BATTERY = re.compile(r"(?i)(deliver|shipping|ship|发货|發貨|客服|service|24/7|standby|待机|充电时间|charging time|"
                         r"保温|保溫|保冷|keeps? (?:drinks? )?(?:hot|cold|warm)|hot for|cold for|insulat|"
                         r"charging in|charge in|to charge|充电\s*$|充電\s*$|usb-?c\s*charg|charge\b|charging\b|"
                         r"charge time|charges? in|充满|充滿)")
FITS_CUE = re.compile(r"(?i)(fits?|for|up to|holds?|compatible|适用|适合|可放|装得下)\s*$")
LENGTH_CUE = re.compile(r"(?i)(length|long|chain|cord|cable|inseam|链长|鏈長|长度|長度|链|长|長|周长|drop)")
# a measure of a part is not the product's length: the cuff, the fringe, one tile's side, the opening ("cuff
# 2.8 in", "8cm流苏", "正方形边长7.5cm"); a height or a diameter is a measure of its own ("8 Inch Tall", "表盘直径32mm")
NOT_LENGTH = re.compile(r"(?i)(cuffs?|fringe|tassel|strap|handle|grip|opening|mouth|each|per\b|side|edge|dial|every|cut|"
                        r"hair|minimum|at least|or longer|chest|bust|waist|hips?\b|shoulders?|sleeves?|"
                        r"胸围|胸圍|腰围|腰圍|臀围|肩宽|肩寬|袖长|袖長|"
                        r"袖口|流苏|流蘇|手柄|边长|邊長|每片|口径|口徑|表盘|表盤)")
HEIGHT_CUE = re.compile(r"(?i)(height|tall|high\b|高度|(?<!身)高(?!密度|弹|彈|清|端|级|級|效|速|温|溫))")
# a person's measures in a size guide ("模特身高180cm 体重60kg", "model is 5'9"): not the product's
PERSON_CUE = re.compile(r"(?i)(身高|体重|體重|模特|model|wearing|she is|he is)")
# a line about the model in the photos ("Model Detail: Age 5, Height 116 cm", "Model wears size S"): no product measure
MODEL_LINE = re.compile(r"(?i)\bmodel(?:'s)?\s+(?:details?|info|size|height|measurements|is|wears|wearing)\b|模特|modelo\s+(?:usa|veste|mide)|"
                        r"mannequin\s+(?:porte|mesure)")
# the imperial figure a metric one is given with ("100 grams (~3.5oz)"): the seller's own is the first
IMPERIAL_ASIDE = re.compile(r"(?i)\d\s*(?:g|kg|grams?|ml|cm|mm)\s*[(（]\s*[~≈]?\s*(?:approx\.?\s*)?$")
DIAMETER_CUE = re.compile(r"(?i)(diameter|dia\.|Ø|⌀|across|直径|直徑)")
# a load is not a weight: "supports up to 330 lb", "承重约2kg", "max load 150 kg"
LOAD_CUE = re.compile(r"(?i)(support|hold|load|capacity|bear|up to|max|pull|magnetic force|suction|grip force|"
                      r"承重|承载|承載|载重|載重|最大|可承受|耐重|吸力|磁力)")
# "9.4 in (24 cm)", "0.9 lb (408 g)": the metric figure in brackets is the seller's own; the inch one is skipped
METRIC_NEXT = re.compile(r"^\s*[(（]\s*\d")

PATTERNS: list[tuple[str, re.Pattern]] = [
    # 长20*宽15*高10cm, L20 x W15 x H10 cm: labelled dimensions
    ("dimensions", re.compile(rf"(?i)(?:长|長|L)\s*[:：]?\s*{NUM}\s*(?:cm|厘米)?\s*[*x×]\s*(?:宽|寬|W)\s*[:：]?\s*{NUM}\s*"
                              rf"(?:cm|厘米)?\s*[*x×]\s*(?:高|H|D)\s*[:：]?\s*{NUM}\s*(cm|mm|厘米|毫米|in)")),
    # 74''L*22''W*41''H: inch marks before the L, W, H letters (furniture listings)
    ("dimensions", re.compile(rf"(?i){NUM}\s*(?:''|\"|″)\s*L\s*x\s*{NUM}\s*(?:''|\"|″)\s*W\s*x\s*{NUM}\s*(''|\"|″)\s*H")),
    ("battery_capacity", re.compile(rf"(?i){NUM}\s*(mah|毫安时|毫安時|毫安)")),
    ("connectivity_version", re.compile(r"(?i)(bluetooth|蓝牙|藍牙|bt)\s*[-_ ]?v?\s*(\d\.\d)")),
    ("water_rating", re.compile(r"(?i)(?<![A-Za-z])(ipx\d|ip\d{2})(?![0-9])"
                                r"|(?<![\d.])(\d{2,3})\s*(?:m|米|meters?|metres?)\s*(?:water[\s-]*(?:resistan[ct]e?|proof)|防水)"
                                r"|(?<![\d.])(\d{1,2})\s*(atm|bar)(?![a-z])")),
    ("spf", re.compile(r"(?i)spf\s*(\d{2})(\+*)")),
    ("power", re.compile(rf"(?i)(?<![A-Za-z0-9.]){NUM}\s*(w|瓦)(?![A-Za-z])")),
    ("dimensions", re.compile(rf"(?i)(?<![A-Za-z0-9.]){NUM}\s*(?:cm|mm|in|\"|厘米|公分)?\s*[LWHD]?\s*x\s*{NUM}\s*"
                              rf"(?:cm|mm|in|\"|厘米|公分)?\s*[LWHD]?(?:\s*x\s*{NUM})?\s*(cm|mm|in(?:ch(?:es)?)?|\"|厘米|公分|毫米)")),
    ("volume", re.compile(rf"(?i)(?<![A-Za-z0-9.]){NUM}\s*(fl\.?\s*oz|ml|cl|毫升|l|升|oz|ounces?)(?![A-Za-z])")),
    ("weight", re.compile(rf"(?i)(?<![A-Za-z0-9.]){NUM}\s*(kg|千克|公斤|g|克|lbs?|pounds?|grams?|grammes?|gramos|gramas|kilograms?)(?![A-Za-z])")),
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
    ("pack_count", re.compile(rf"(?i)(?:(?:set|pack|box|bundle)\s*of\s*{NUM}|(?:paquete|pack|set|juego|kit|lote|lot|caja|pacote|conjunto|zestaw)\s+(?:de|com|mit|van|z)\s+{NUM}(?![\d.,]|\s*(?:cm|mm|m|ml|l|g|kg|%))|{NUM}\s*-?\s*(?:pack|pcs|pieces?|piece set|count|ct|pc|gummies|capsules|caps|tablets|softgels|veggie caps)(?![A-Za-z])"
                              rf"|{NUMZ}\s*(?:件套|支装|片装|只装|个装|件装|条装|包装|双装|雙裝|片/盒|粒装|袋装|枚装|入)"
                              rf"|(?<![\d.]){NUM}\s*pairs?(?![A-Za-z])"
                              rf"|(\d+)\s*(?:片|支|只|枚|粒|袋|条|條)(?:/|装|裝)"
                              rf"|(?<=[a-z0-9])\s*x\s*(\d+)\s*(?:袋|支|包|盒|瓶|罐|片|粒|条|只|个|個|pcs|packs?|bags?|bars?|sticks?)"
                              rf"|(\d+)\s*(?:包|颗粒|块积木)(?![邮郵装裝])"
                              rf"|(\d{{2,5}})\s*(?:片|块)(?=\s*(?:拼图|拼圖|积木|puzzle)))")),
    ("card_slots", re.compile(rf"(?i)(?:{NUM}|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s*"
                              rf"(?:-\s*)?(?:credit\s+)?card\s*(?:slots?|pockets?|holders?|compartments?)|{NUMZ}\s*(?:个|個)?卡位")),
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
            "inches": "in", '"': "in", "''": "in", "″": "in", "gram": "g", "grams": "g", "gramme": "g", "grammes": "g", "gramos": "g",
            "gramas": "g", "kilogram": "kg", "kilograms": "kg"}.get(u, u)


# a measure labelled as the packaging's ("Box: 8 x 12 cm", "Package size:", "包装尺寸") is not the product's
PACKAGE_LABEL = re.compile(r"(?i)(?:\b(?:gift\s+)?box(?:\s+size)?|\bpackag(?:e|ing)(?:\s+(?:size|dimensions))?|"
                           r"\bshipping(?:\s+(?:size|dimensions))?|\bcarton|\bparcel|\bcaja|\bembalaje|"
                           r"包装尺寸|包裝尺寸|包装|包裝|外箱)\s*[:：]\s*$")


# a battery figure that counts the charging case's refills ("30 hours with the case", "total playtime with case")
WITH_CASE = re.compile(r"(?i)(?:with|including|incl\.?|plus)\s+(?:the\s+)?(?:charging\s+)?case|含充电仓|加充电仓|配合充电仓")


def _quantities(text: str, field_name: str, kt: Collector) -> list[tuple[int, int]]:
    norm, idx = _normalize(text)
    taken: list[tuple[int, int]] = []

    def free(a, b):
        return all(b <= x or a >= y for x, y in taken)

    angles = kt.angles
    ages: list = []
    for attr, rx in PATTERNS:
        for m in rx.finditer(norm):
            if not free(m.start(), m.end()):
                continue
            g = [x for x in m.groups()]
            src = _span(text, idx, m.start(), m.end(), field_name)
            conf = 0.9
            lines = re.split(r"[\n•|]", norm[max(0, m.start() - 80): m.start()])
            if MODEL_LINE.search(lines[-1]) or (len(lines) > 1 and lines[-2].rstrip().endswith((":", "："))
                                                and MODEL_LINE.search(lines[-2])) or \
                    IMPERIAL_ASIDE.search(norm[max(0, m.start() - 16): m.start()]):
                continue
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
                if _unit(g[3]) == "in" and METRIC_NEXT.match(norm[m.end(): m.end() + 6]):
                    continue
                if PACKAGE_LABEL.search(norm[max(0, m.start() - 40): m.start()]):
                    continue                # "Box: 3.34 x 4.72 inches": the box it ships in, not the product
                nums = [_clean(_num(x)) for x in g[:3] if x]
                kt.add(attr, nums, src, unit=_unit(g[3]))
            elif attr == "volume":
                u = _unit(g[1])
                around = norm[max(0, m.start() - 14): m.start()] + " " + norm[m.end(): m.end() + 26]
                if u == "oz" and re.search(r"(?i)canvas|cotton|denim|fabric|帆布", around):
                    continue                # "16 oz canvas": the fabric's weight per yard, not the product's
                if u == "oz" and re.search(r"(?i)\bcup|bottle|jar|tumbler|capacity|holds|blender|容量", around):
                    kt.add(attr, _clean(_num(g[0])), src, unit=u)    # "16 oz cup": a volume
                elif u == "oz" and "volume" not in angles and "fl" not in g[1].lower():
                    kt.add("weight", _clean(_num(g[0])), src, unit="oz")
                else:
                    if u == "l" and g[1] == "L" and _num(g[0]) > 100:
                        continue
                    if u == "cl":                   # "Gin 50cl": centilitres are said as millilitres
                        kt.add(attr, _clean(_num(g[0]) * 10), src, unit="ml")
                        continue
                    kt.add(attr, _clean(_num(g[0])), src, unit=u)
            elif attr == "weight":
                u = _unit(g[1])
                n = _num(g[0])
                if g[1] == "G" and n < 10:           # 5G is a network, not 5 grams
                    continue
                if re.match(r"(?i)\s*(?:/\s*m(?:2|²|\b)|per\s+square|gsm\b|平方|/㎡)", norm[m.end(): m.end() + 14]) or \
                        (g[1].lower() == "gsm"):
                    continue                         # "255 g/m²": the fabric's weight per square metre
                if LOAD_CUE.search(re.split(r"[，,。;；!！\n]|\.\s", norm[max(0, m.start() - 22): m.start()])[-1]) or \
                        re.match(r"(?i)\s*(?:of\s+)?(?:magnetic\s+)?(?:pull|force|suction|holding|吸力|磁力)", norm[m.end(): m.end() + 24]):
                    continue
                if u in ("lb", "oz") and METRIC_NEXT.match(norm[m.end(): m.end() + 6]):
                    continue
                if re.search(r"(?i)(?:(?:gross|shipping|package|parcel)\s*weight|毛重)\W*(?:[\d.]+\s*(?:lbs?|oz|kg|g)\W*)?$",
                             norm[max(0, m.start() - 40): m.start()]):
                    continue                # "Gross Weight: 0.25lb (113g)": the parcel's, not what the buyer gets
                kt.add(attr, _clean(n), src, unit=u)
            elif attr == "battery_life":
                n = _num(g[0])
                before = norm[max(0, m.start() - 30): m.start()]
                after = norm[m.end(): m.end() + 20]
                if NOT_BATTERY.search(before[-14:] + " " + after[:12]) or n > 2000:
                    continue
                if WITH_CASE.search(before[-24:] + " " + norm[m.end(): m.end() + 40]):
                    kt.add("battery_with_case", _clean(n), src, unit="h", conf=conf)
                    taken.append((m.start(), m.end()))
                    continue                # "30 hours with the charging case": not one charge; said as such
                if BURN_CUE.search(before + after) or "burn_time" in angles and "battery_life" not in angles:
                    kt.add("burn_time", _clean(n), src, unit="h")
                elif (STRONG_BATTERY_CUE.search(before + after) or
                      BATTERY_CUE.search(before + after) and ("battery_life" in angles or kt.group == "electronics")) \
                        or "battery_life" in angles and field_name == "title":
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
                # the measure's own clause: "5.5 in diameter, 13 in long" has a diameter and a length
                near_before = re.split(r"[，,。;；!！\n]|\.\s", before[-12:])[-1]
                near = near_before + " " + re.split(r"[，,。;；!！\n]|\.\s", after[:10])[0]
                if re.search(r"(?i)\bwidth\b|\bwide\b|宽|寬", near_before):
                    continue                # "(Width) 27cm (Height) 16cm": a width, not the height after it
                if PERSON_CUE.search(near):
                    continue
                if DIAMETER_CUE.search(near):
                    kt.add("diameter", _clean(_num(g[0])), src, unit=_unit(g[1]), conf=0.8)
                    taken.append((m.start(), m.end()))
                    continue
                wide = re.split(r"[;；。]|\.\s", norm[max(0, m.start() - 24): m.start()])[-1]
                if NOT_LENGTH.search(near) or NOT_LENGTH.search(before[-10:].rstrip(" ，,约約约")[-6:]) or \
                        NOT_LENGTH.search(wide.split(",")[-1] if "(" not in wide[-3:] else wide):
                    continue                # "两端手工流苏，长约8cm": the fringe is 8 cm
                if HEIGHT_CUE.search(near):
                    kt.add("height", _clean(_num(g[0])), src, unit=_unit(g[1]), conf=0.8)
                    taken.append((m.start(), m.end()))
                    continue
                if _unit(g[1]) == "in" and METRIC_NEXT.match(after):
                    continue
                if re.match(r"\s*[,/]?\s*\d+(?:\.\d+)?\s*(?:\"|in\b|inch|cm\b)", after) or \
                        re.search(r"\d\s*(?:\"|in|inch(?:es)?|cm)\s*[,/]?\s*$", before):
                    taken.append((m.start(), m.end()))
                    continue                # 'Length: 14", 16" 18", 20", 22"': the variants' lengths, no one is it
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
                ages.append((val, src))      # a size chart's rows ("0-1 years", ... "9-10 years"): one range
            elif attr == "pack_count":
                n = next(x for x in g if x)
                v = int(_num(n))
                if v < 2 or v > 5000:
                    continue
                # "10双装", "Pack of 2 pairs": counted in pairs, whatever the product's own counter
                pairs = re.search(r"(?i)双|雙|pairs?\b", m.group(0) + " " + norm[m.end(): m.end() + 7])
                kt.add(attr, v, src, unit="pairs" if pairs else None, conf=0.85)
            elif attr == "pages":
                kt.add(attr, int(_num(g[0])), src)
            elif attr == "card_slots":
                n = next(x for x in g if x)
                words = "one two three four five six seven eight nine ten eleven twelve".split()
                kt.add(attr, words.index(n.lower()) + 1 if n.lower() in words else int(_num(n)), src)
            elif attr == "pair":            # two pieces; for a type counted in pairs that is one pair (render)
                kt.add("pack_count", 2, src, unit="pair", conf=0.85)
            elif attr == "players":
                kt.add(attr, [int(g[0]), int(g[1])], src)
            taken.append((m.start(), m.end()))
    if ages:
        lows, highs = [v[0] for v, _ in ages], [v[1] for v, _ in ages]
        kt.add("age_range", [min(lows), None if None in highs else max(highs)], ages[0][1])
    _contents(text, norm, idx, field_name, kt)
    return [(idx[a], idx[min(b, len(idx) - 1)]) for a, b in taken]


CONTENT_RX = re.compile(rf"(?i){NUMZ}\s*(?:x\s*)?(?:个|個|只|把|件|套)?")


def _contents(text: str, norm: str, idx: list[int], field_name: str, kt: Collector) -> None:
    """'一壶两杯', '1 teapot + 2 cups', 'teapot and 4 cups': what a set contains, with counts."""
    found: dict[str, int] = {}
    spans: list[tuple[int, int]] = []
    extra = False
    for a, b, item in kt.lex.items.finditer(norm):
        if item == "piece":
            continue
        pre = norm[max(0, a - 4): a]
        m = re.search(rf"(?i){NUMZ}\s*(?:x\s*)?(?:个|個|只|把|件|套)?\s*$", pre)
        if m:
            n = int(_num(m.group(1)))
            # the largest count said for an item: "5 cups: 1/4 ... and 1 cup" is five cups, not six
            found[item] = max(found.get(item, 0), n)
            spans.append((a - len(pre) + m.start(), b))
            # "附赠2个刷头", "comes with 2 replacement heads": one item given with the product is in the box too
            extra |= bool(re.search(r"(?i)(?:附赠|附贈|赠送|贈送|送|includes?|including|comes with|plus)\s*$",
                                    norm[max(0, spans[-1][0] - 14): spans[-1][0]]))
    if (len(found) >= 2 or extra) and spans:
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        kt.add("contents", found, _span(text, idx, start, end, field_name), conf=0.85)


# --- enums, flags and the type ---------------------------------------------------------------------


def option_quantities(product, kt: Collector, facts: list) -> list:
    """The variants say what is sold: a mug titled "(11/15oz)" whose variants are all 11oz holds 11 oz. A size,
    volume or weight that the option values give replaces one the title or description gives otherwise."""
    found: dict[str, list] = {}
    for opt in product.options:
        c = Collector(kt.lex, kt.angles, kt.group)
        for v in product.option_values(opt):
            _quantities(v, "options", c)
        for f in c.facts:
            if f.attr in ("volume", "weight"):
                found.setdefault(f.attr, []).append(f)
    out = []
    for f in facts:
        opts = found.get(f.attr)
        if opts and (f.value, f.unit) not in {(o.value, o.unit) for o in opts}:
            continue
        out.append(f)
    for attr, opts in found.items():
        if not any(f.attr == attr for f in out):
            out.append(min(opts, key=lambda o: o.value if isinstance(o.value, (int, float)) else 0))
    return out
