"""Small text helpers: HTML to text, script detection, source language detection, UTF-16 length."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from html.parser import HTMLParser

_BLOCK_TAGS = {"p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section"}


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(value: str) -> str:
    """Shopify's `Body (HTML)` to plain text: tags dropped, entities decoded, paragraphs kept."""
    if not value:
        return ""
    if "<" not in value and "&" not in value:
        return value.strip()
    p = _TextExtractor()
    p.feed(value)
    p.close()
    text = html.unescape("".join(p.parts))
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.splitlines()]
    out, blank = [], False
    for ln in lines:
        if not ln:
            blank = bool(out)
            continue
        if blank:
            out.append("")
        out.append(ln)
        blank = False
    return "\n".join(out).strip()


# ---- scripts -------------------------------------------------------------

@lru_cache(maxsize=None)
def char_script(ch: str) -> str | None:
    """ISO 15924 script of one letter (the Unicode Script property, through fontTools), or None for characters
    every script shares (digits, punctuation, spaces, combining marks). Hiragana counts as Kana."""
    if ch.isspace() or ord(ch) < 0x41 or unicodedata.category(ch)[0] in "NPZSC":
        return None
    from fontTools import unicodedata as fu
    sc = fu.script(ch)
    if sc in ("Zyyy", "Zinh", "Zzzz"):
        return None
    return "Kana" if sc == "Hira" else sc


def script_profile(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in text:
        s = char_script(ch)
        if s:
            counts[s] = counts.get(s, 0) + 1
    return counts


def dominant_script(text: str) -> str | None:
    prof = script_profile(text)
    if not prof:
        return None
    if prof.get("Kana"):
        return "Jpan"
    top = max(prof, key=prof.get)
    return {"Hani": "Hans", "Hang": "Kore"}.get(top, top)


def fits_script(text: str, script: str, brand_terms: tuple[str, ...] = ()) -> bool:
    """True when the letters in text belong to the market's script.

    Latin letters are tolerated inside non-Latin markets (brand names, units), but a Latin-script
    market must not receive CJK, Thai or Arabic letters, and a non-Latin market must get mostly its
    own script.
    """
    for term in brand_terms:
        if term:
            text = text.replace(term, " ")
    prof = script_profile(text)
    if not prof:
        return True
    from .writing import script_info
    accepted = set(script_info(script).get("accepts") or {script, "Latn"})
    foreign = sum(n for s, n in prof.items() if s not in accepted)
    if foreign:
        return False
    if script != "Latn":
        native = sum(n for s, n in prof.items() if s != "Latn")
        return native >= prof.get("Latn", 0) * 0.3 or native > 0 and prof.get("Latn", 0) < 12
    return True


# ---- language detection ----------------------------------------------------



def detect_language(text: str, default: str = "en") -> str:
    """Source language from the text: by script first, by common words for Latin-script text."""
    return detect_language_scored(text, default)[0]


def detect_language_scored(text: str, default: str = "en") -> tuple[str, int]:
    """(language, evidence). Evidence is high for a non-Latin script, else the number of common words
    of the language found (0 or 1 is weak: short Latin titles are ambiguous)."""
    lang, evidence, _ = language_candidates(text, default)
    return lang, evidence


def language_candidates(text: str, default: str = "en") -> tuple[str, int, set]:
    """(language, evidence, the languages tied at the top): "Rouleau de massage" ties fr, es and pt on "de"."""
    prof = script_profile(text)
    if not prof:
        return default, 0, set()
    if prof.get("Kana"):
        return "ja", 99, {"ja"}
    top = max(prof, key=prof.get)
    from .writing import implied_language, languages
    implied = implied_language(top) if top != "Latn" else None
    if implied:
        return implied, 99, {implied}
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return default, 0, set()
    stop = {lang: set(info["stopwords"]) | set(info.get("title_words") or ())
            for lang, info in languages().items() if info.get("stopwords")}
    scores = {lang: sum(1 for w in words if w in sw) for lang, sw in stop.items()}
    for lang, info in languages().items():          # letters only one language uses (Vietnamese ơ, ư, ạ...)
        if info.get("letters") and lang in scores and any(ch in text for ch in info["letters"]):
            scores[lang] += 5
    best = max(scores, key=lambda k: (scores[k], k == default))
    if scores[best] <= 0:
        return default, 0, set()
    return best, scores[best], {k for k, v in scores.items() if v == scores[best]}


def utf16_len(text: str) -> int:
    """Length as TikTok's API counts it: UTF-16 code units (an emoji outside the BMP counts 2)."""
    return len(text.encode("utf-16-le")) // 2


_EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]")


def strip_emoji(text: str) -> str:
    return _EMOJI_RE.sub("", text)


def cut_graphemes(text: str, limit: int, measure=len) -> str:
    """The longest start of `text` whose `measure` is at most `limit`, never splitting a user-perceived character
    (an emoji sequence, a letter with its marks: Thai vowels and tones, Devanagari matras, Arabic harakat)."""
    import regex
    out = ""
    for g in regex.findall(r"\X", text):
        if measure(out + g) > limit:
            break
        out += g
    return out


def _dangling(sentence: str) -> bool:
    """A sentence that stops on a function word ("… back to the", "… mit der") was cut off by the export."""
    from .writing import languages
    last = (re.findall(r"[^\W\d_]+", sentence.lower()) or [""])[-1]
    lang = detect_language(sentence)
    return last not in ("it", "you", "made", "sie", "ihr") and last in (languages().get(lang, {}).get("stopwords") or ())


# a shop's notice, not selling copy: shipping, returns, stock and production delays, policies
_NOTICE = re.compile(r"(?i)\b(?:covid|shipping|ship|ships|shipped|delivery|dispatch|refunds?|returns?|exchanges?|gift wrap\w*|"
                     r"manufactur\w+|please note|disclaimer|out of stock|pre-?order|processing time|due to|"
                     r"demonstration store|demo store|lorem ipsum|"
                     r"you can (?:purchase|buy) (?:products|items) like this)\b")   # Shopify's demo-store line


def _seller_voice(lang: str) -> set:
    """The words a shop speaks of itself with (en "we", "our"), from languages.toml's `seller_voice`."""
    from .writing import languages
    return set(languages().get(lang or "en", {}).get("seller_voice") or ())


def speaks_as_seller(text: str, lang: str) -> bool:
    """"Our coffee lover pack…", "Unlike some soaps, ours…": the shop speaks of itself; a creator who says it speaks
    as the shop."""
    seller = _seller_voice(lang)
    return bool(seller and seller & set(re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text.lower())))


def first_sentence(description: str, name: str, lang: str = "", type_id: str | None = None, skip=None) -> str | None:
    """The description's first real sentence, not its heading ("Description", "NEW DESCRIPTION:", "Benefits"), a
    one-word fragment ("Bright.", "Octopus") or the name again: at least three words (or 12 characters in a script
    without spaces), at most 220 characters."""
    # "…or Filling .Lightweight metal…": a stray space before a full stop still ends a sentence
    for part in re.split(r"(?<=[.!?。！？])\s+|\n|(?<=\s[.!?])(?=[A-Z])", description.strip()):
        s = part.strip().strip("#*•-– ").strip()
        if not s or s.endswith((":", "：")) or s.lower().rstrip(".!") == (name or "").lower():
            continue
        if s.isupper() or s.count("|") >= 2:
            continue                             # "NEW DESCRIPTION", "Cold water | Machine wash | Dry in shade": a
                                                 # heading, a care label, a spec dump
        if re.match(r"^[^\s:：]+(?:\s[^\s:：]+)?\s*[:：]\s*\S", s):
            continue                             # "Contents: Paraffin, Water, …", "Size: 50 x 76 cm": a spec line
        if s.endswith(("?", "？")):
            continue                             # "What makes this product so special?": a heading, not a fact
        if _NOTICE.search(s) or re.search(r"\b[A-Z]{3,}\s+[A-Z]{3,}\b", s):
            continue                             # "Due to Covid, we are NOT ABLE to offer gift wrapping": a shop notice
        if re.search(r"\b[a-z]{3,}[A-Z][a-z]{2,}\b", s):
            continue                             # "…like this fromMlouye.": words run together, a mangled export
        if speaks_as_seller(s, lang):
            continue                             # "Our coffee lover pack…", "we are proud to…": the shop speaks,
                                                 # and a creator's caption that quotes it speaks as the shop
        if type_id:
            from .knowledge.lexicon import names_other_type
            if names_other_type(s, type_id):
                continue                         # "An oval pendant with a delicate necklace" on a pair of earrings
        if skip and skip(s):
            continue                             # a sentence the market's rules forbid ("boosting your immune system")
        if name and len(name) >= 12 and name.lower() in s.lower()[1:]:
            continue                             # "…improves skin tone celimax Pore+Dark Spot Serum i s formulated": two run together
        words = re.findall(r"[^\W\d_]+", s)
        if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            continue                             # "Keep Your Kitchen Dry & Mess-Free!": a heading in Title Case
        s = re.sub(r"[ \t]+([,.])(?=\s|$)", r"\1", s)   # "skin tone , leaving": a stray space (fr keeps " !")
        if re.search(r"\d\s*(?:[”\"″]|in\b|cm\b|mm\b)\s*[x×*]|\d\s*[x×*]\s*\d", s) or s.count("(") != s.count(")") \
                or re.search(r"\w-\s|\s-\w|\s-\s\w+\s*$", s):
            continue                             # '4.5"x 4.5"(bigger… ) blue black green- planter only': notes, not copy
        spaced = bool(re.search(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff]", s))   # words with spaces
        if spaced and not s.endswith((".", "!", "…")) and len(s.split()) <= 4:
            continue                             # "Lavender Candle + Box", "Earrings, leopard head": a fragment
        if spaced and not s.endswith((".", "!", "…", ")")) and _dangling(s):
            continue                             # "Join forces with a unicorn to bring color back to the": cut off
        if lang:
            from .translate import same_language
            if not same_language(detect_language_scored(s, lang)[0], lang):
                continue                         # a sentence in another language than the caption's
        if spaced and (len(s.split()) < 5 or not s.endswith((".", "!", "…")) and len(s.split()) < 8):
            continue                             # "Strong as a Shield.", "100% pure, sulfur-free edible oil": a
                                                 # tagline or a bullet, not a sentence a caption can quote
        if spaced or len(s) >= 12:
            return s if len(s) <= 220 else None
    return None
