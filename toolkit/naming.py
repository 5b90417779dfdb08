"""How a product is named and its sizes ordered: a seller's title said in a sentence (capitals, stuffed keyword
titles, the type word where the title lacks it), a short title as the product's own name, letter sizes in order."""

from __future__ import annotations

import re

from .model import Product
from .textutil import fits_script


# a measurement inside a title ("74''L*22''W*41''H*2''Thick", "H41\"", "45 x 45 cm", "50cl" at the end) and a closing
# qualifier in brackets ("Collagen Gummies (Adult)"): facts of their own, never read aloud as part of the name
_DIM_TOKEN = re.compile(r"(?<!\S)(?=[^\s()]*\d)[^\s()]*(?:''|[\"″”*×])[^\s()]*(?!\S)")
_MEASURE_TAIL = re.compile(r"(?i)(?<=\S)\s+\d+(?:[.,]\d+)?\s*(?:(?:[x×*]\s*\d+(?:[.,]\d+)?\s*)+(?:cm|mm|m|in|inch|inches)?|"
                           r"(?:ml|cl|l|g|kg|oz|fl\.?\s?oz))$")
_QUALIFIER_TAIL = re.compile(r"(?<=\S)\s*\([^()]{1,24}\)$")


def said_title(name: str) -> str:
    """A title as it is said: "Custom 74''L*22''W*41''H Kitchen Bar Table" -> "Custom Kitchen Bar Table", "Linen
    Throw Pillow 45 x 45 cm" -> "Linen Throw Pillow", "Collagen Gummies (Adult)" -> "Collagen Gummies"."""
    s = re.sub(r"\s{2,}", " ", _DIM_TOKEN.sub(" ", name)).strip(" ,;:-–—")
    for tail in (_MEASURE_TAIL, _QUALIFIER_TAIL, _MEASURE_TAIL):
        s = tail.sub("", s).strip(" ,;:-–—")
    return s if len(s) >= 3 else name


def _stuffed(title: str) -> bool:
    """A keyword-stuffed listing title ("Wireless Earbuds, Bluetooth 5.3 Headphones with ANC, 40H Playtime")
    is not a name to say on a video."""
    return len(title) > 48 or title.count(",") + title.count("|") + title.count("，") >= 2


def _uncapped(title: str, brand: str = "") -> str:
    """A title typed in capitals ("LEGGING CURVE F3 MUJER") is shouted in a voice line and a caption: words of
    letters get title case; codes with digits (F3, 4K), acronyms (LED, USB) and the brand's own spelling stay."""
    cased = [c for c in title if c.isalpha() and (c.isupper() or c.islower())]
    if len(cased) < 6 or not all(c.isupper() for c in cased) or len(title.split()) < 2:
        return title

    def keep(w: str) -> bool:
        core = w.strip("-–—,.:;()")
        return (core in brand.split() or any(c.isdigit() for c in core) or not core.isalpha()
                or (len(core) <= 3 and (core in _ACRONYMS or not re.search(r"[AEIOUY]", core))))
    return " ".join(w if keep(w) else w.capitalize() for w in title.split(" "))


_ACRONYMS = {"LED", "EVA", "SPF", "DIY", "RGB", "GPS", "NFC", "USA", "UV", "AI", "OK", "EU", "UK", "US", "PU", "XL"}


def _head(title: str) -> str:
    """The name at the head of a keyword-stuffed title: "Cordless Water Flosser for Teeth, Portable Oral
    Irrigator 300ml with 5 Modes" -> "Cordless Water Flosser"; kept whole when the head would be one word."""
    head = re.split(r"(?i),|，|\s[-–—|/]\s|\s(?:with|for|w/|includes?)\s|\s*\(", title, maxsplit=1)[0].strip()
    return head if len(head.split()) >= 2 and len(head) >= 8 else title


def unmarked(name: str) -> str:
    """"Royal Flapping Bird™" -> "Royal Flapping Bird": a trademark sign is read out ("trademark") and no creator
    types it on screen."""
    return re.sub(r"\s*[™®©℠]", "", name).strip()


def unbranded(title: str, brand: str) -> str:
    """The title without the maker it opens with: "ABUS - GEMINI LIGHTS" -> "GEMINI LIGHTS", "MAMAZING Ultra Air X
    Stroller" -> "Ultra Air X Stroller" (the brand is said as the brand, not twice)."""
    title, brand = title.strip(), brand.strip()
    if brand and title.lower().startswith(brand.lower() + " ") and re.match(r"\s+[-–—|:]\s+\S", title[len(brand):]):
        return re.sub(r"^\s+[-–—|:]\s+", "", title[len(brand):])
    rest = title[len(brand):].strip()
    if brand and title.startswith(brand + " ") and brand.isupper() and len(rest.split()) >= 2 and rest[:1].isupper():
        return rest                       # "MAMAZING Ultra Air X Travel Stroller": the brand is said as the brand
    return title


def _named_head(title: str, type_source) -> bool:
    """A long title whose head names the product with its type word ("UFO Case File Coffee Mug — Declassified Alien
    Design (11/15oz)"): the head is a name worth saying (the design is the selling point), not a keyword list."""
    head = _head(title)
    word = getattr(type_source, "text", "") or ""
    return head != title and 3 <= len(head.split()) <= 5 and not _stuffed(head) and bool(word) \
        and head.lower().endswith(word.lower()) and not any(c.isdigit() for c in head)


def model_name(title: str, brand: str, type_source) -> str:
    """The maker's own name of the model between the brand and the type word of a title in another language:
    "Lattafa Khamrah-Eau de parfum 100ml" -> "Khamrah", "Otti Combat Boot" -> "Otti". One or two capitalised
    words that are no term ctk knows (not "Watermelon Lemonade", "Hyaluronic Acid", "Moni Large Hoop")."""
    if getattr(type_source, "field", "") != "title" or not title:
        return ""
    rest = title.strip()
    if brand and rest.lower().startswith(brand.strip().lower()):
        rest = rest[len(brand.strip()):]
    i = rest.lower().find(type_source.text.lower())
    words = rest[:max(i, 0)].strip(" -–—|:,.").split()
    if i <= 0 or not 1 <= len(words) <= 2 or not all(re.fullmatch(r"[A-Z][a-zA-Z'’]{2,}", w) for w in words):
        return ""
    from .knowledge.lexicon import load_lexicon
    from .writing import languages
    lex, low = load_lexicon(), " ".join(words).lower()
    common = {w for info in languages().values() for key in ("stopwords", "title_words") for w in info.get(key) or ()}
    if any(lex.value_hits(low)) or any(lex.type_matcher.finditer(low)) or common & set(low.split()):
        return ""
    return " ".join(words)


def sentence_cased(name: str, lang: str, brand: str = "") -> str:
    """A Title Case title in a language that does not write titles so (languages.toml title_case = false):
    "Paquete de 5 Bodies de Algodón" -> "Paquete de 5 bodies de algodón"; the brand, codes and acronyms keep
    their capitals, and a two-word name ("Silla Luna") is left as the seller's own."""
    from .writing import language_info
    words = name.split()
    if language_info(lang).get("title_case", True) is not False or len(words) < 3:
        return name
    caps = [w for w in words[1:] if len(w) > 3 and w[:1].isupper()]
    if len(caps) < 2 or any(len(w) > 3 and w[:1].islower() for w in words[1:]):
        return name
    keep = set(brand.split())
    return " ".join([words[0]] + [w if w in keep or w.isupper() or any(c.isdigit() for c in w) else w.lower()
                                  for w in words[1:]])


def _proper_title(title: str, brand: str = "") -> str:
    """A short title that names the product itself ("Old Soul - 023" -> "Old Soul"), kept as a name in any
    market; '' for a long or keyword-stuffed title."""
    title, brand = unbranded(title, brand), brand.strip()
    head = _head(_uncapped(title, brand))
    head = re.split(r"\s+[-–—|]\s+", head)[0].strip()
    if head and len(head.split()) <= 3 and len(head) <= 30 and not _stuffed(head):
        return head
    return head if work_title(head) else ""


def work_title(head: str) -> bool:
    """A title of a work ("Maya and the Rainbow Unicorn", "Guardians of the Ocean"): every word capitalised but the
    little ones between them ("and", "of", "the"), four to six words. Said without an article ($named = work)."""
    words = head.split()
    big = [w for w in words if len(w) > 3]
    little = [w for w in words[1:-1] if len(w) <= 3 and w.islower()]
    return 4 <= len(words) <= 6 and len(head) <= 34 and bool(big) and all(w[:1].isupper() for w in big) \
        and bool(little) and words[-1][:1].isupper() and not _stuffed(head) and not any(c.isdigit() for c in head)


def _own_name(product: Product, market) -> str:
    own = _proper_title(product.title, product.brand)
    # only a name the market's script can carry: a Latin title on an Arabic or Japanese cover is text the market
    # cannot read (the language.script rule blocks it); there the brand, a name the seller chose, stands in
    return own if own and fits_script(own, market.script, (product.brand.strip(),)) else ""


def _is_bullet(line: str) -> bool:
    """A description line that is a bullet: "• ...", "- ...", "✓ ...", or one opened by an emoji ("🔋 USB
    Rechargeable — Charge once..."), as sellers write them."""
    import unicodedata
    s = line.strip()
    if re.match(r"[•·\-*◆●▪✓✔]\s?\S", s):
        return True
    return bool(s) and unicodedata.category(s[0]) == "So" and len(s) > 2


def _unbullet(line: str) -> str:
    import unicodedata
    s = line.strip()
    while s and (s[0] in "•·-*◆●▪✓✔ \ufe0f\u200d" or unicodedata.category(s[0]) in ("So", "Sk", "Mn")):
        s = s[1:]
    return s.strip()


def _titled(name: str, type_word: str | None, renderer, market, aliases=()) -> str:
    """A seller's title said in a sentence: without its own determiner ("Our Makeup Remover Solution" ->
    "Makeup Remover Solution": the copy says "the"/"this"), and a title that does not say what the product is
    ("Leopard", a collection name) gets the type word by the market's name pattern ("Leopard earrings")."""
    from .writing import language_info
    dets = [d.lower() for d in language_info(market.language).get("determiners", [])]
    words = name.split()
    if len(words) > 1 and words[0].lower() in dets:
        name = " ".join(words[1:])
    if type_word and len(name.split()) <= 2 and type_word.lower() not in name.lower() \
            and not any(w.lower().rstrip("s") in type_word.lower() for w in name.split() if len(w) > 3) \
            and not any(re.search(rf"(?i)\b{re.escape(a)}s?\b", name) for a in aliases if len(a) > 2):
        # "Pineapple planter" says what it is in the seller's word: never "Pineapple planter plant pot"
        pattern = renderer.d.get("name", {}).get("pattern")
        if pattern and "{qualifier}" in pattern and "{type}" in pattern:
            name = pattern.replace("{qualifier}", name).replace("{type}", type_word).strip()
    return name


LETTER_SIZES = ("xxxs", "xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "4xl", "5xl")


def _size_key(size: str) -> tuple:
    """Letter sizes in their order, then numbers by value, then anything else as the seller listed it."""
    k = size.strip().lower().replace(" ", "")
    k = {"2xl": "xxl", "3xl": "xxxl", "2xs": "xxs", "3xs": "xxxs"}.get(k, k)
    if k in LETTER_SIZES:
        return (0, LETTER_SIZES.index(k))
    m = re.match(r"\d+(?:[.,]\d+)?", k)
    return (1, float(m.group().replace(",", "."))) if m else (2, 0.0)


def _sized_system(sizes: list, raw: list, type_id, product: Product, market) -> list:
    """Shoe sizes in a system the market does not read carry its name: "EU 35–41" in the US, "US 6–10" in
    Germany (bare "6–10" on a German screen is no size). Bare one- and two-digit sizes are the shop's own:
    UK from a shop pricing in pounds, else US. The systems each market reads: fit_markets.toml sizes.shoes."""
    from .fit.kinds import SHOE_TYPES, size_system
    from .translate import localize_value       # a letter size in the market's own letters (br "GG") is one too
    from .fit.rules import market_facts
    from .knowledge.lexicon import load_lexicon, refines
    info = load_lexicon().types.get(type_id or "")
    if sizes and info and info.group not in ("apparel", "accessories", "baby", "pets", "sports") \
            and all(_size_key(s)[0] == 0 or localize_value(r, "size", market) for s, r in zip(sizes, raw)):
        return []                         # a candle in Medium / X-Large: "Sizes: M–XL" is a clothing label
    if not sizes or not type_id or not (type_id in SHOE_TYPES or refines(load_lexicon(), type_id, "shoes")):
        return sizes
    system, _ = size_system(raw, True)
    if system is None and all(re.fullmatch(r"\s*\d{1,2}(?:[.,]5)?\s*", s) and float(s.replace(",", ".")) <= 16
                              for s in raw):
        system = "UK" if product.currency == "GBP" else "US"
    readable = market_facts(market.code).get("sizes", {}).get("shoes", [])
    if not system or not readable or system in readable or re.match(r"[A-Z]{2}", sizes[0]):
        return sizes
    return [f"{system} {sizes[0]}"] + sizes[1:]
