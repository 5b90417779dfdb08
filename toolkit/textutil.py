"""Small text helpers: HTML to text, script detection, source language detection, UTF-16 length."""

from __future__ import annotations

import html
import re
import unicodedata
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

def char_script(ch: str) -> str | None:
    """ISO 15924-ish script of one character, or None for common characters (digits, punctuation, spaces)."""
    cp = ord(ch)
    if ch.isspace() or cp < 0x41:
        return None
    if 0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9F:
        return "Kana"
    if (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2FFFF
            or 0xF900 <= cp <= 0xFAFF):
        return "Hani"
    if 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
        return "Hang"
    if 0x0E00 <= cp <= 0x0E7F:
        return "Thai"
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        if 0x0660 <= cp <= 0x0669 or 0x06F0 <= cp <= 0x06F9:
            return None   # Arabic-Indic digits are common
        return "Arab"
    if 0x0900 <= cp <= 0x097F:
        return "Deva"
    if 0x0590 <= cp <= 0x05FF:
        return "Hebr"
    if 0x0400 <= cp <= 0x04FF:
        return "Cyrl"
    cat = unicodedata.category(ch)
    if cat.startswith("L"):
        if cp < 0x0250 or 0x1E00 <= cp <= 0x1EFF or 0xFF21 <= cp <= 0xFF5A:
            return "Latn"
        return "Other"
    return None


def script_profile(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in text:
        s = char_script(ch)
        if s:
            counts[s] = counts.get(s, 0) + 1
    return counts


# What a market's declared script accepts (Japanese mixes kana and kanji; Korean may use Hanja rarely).
SCRIPT_ACCEPTS = {
    "Latn": {"Latn"},
    "Jpan": {"Kana", "Hani", "Latn"},
    "Kore": {"Hang", "Latn"},
    "Hans": {"Hani", "Latn"},
    "Hant": {"Hani", "Latn"},
    "Thai": {"Thai", "Latn"},
    "Arab": {"Arab", "Latn"},
    "Deva": {"Deva", "Latn"},
}


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
    accepted = SCRIPT_ACCEPTS.get(script, {script})
    foreign = sum(n for s, n in prof.items() if s not in accepted)
    if foreign:
        return False
    if script != "Latn":
        native = sum(n for s, n in prof.items() if s != "Latn")
        return native >= prof.get("Latn", 0) * 0.3 or native > 0 and prof.get("Latn", 0) < 12
    return True


# ---- language detection ----------------------------------------------------

_STOPWORDS = {
    "en": "the and with for your you this our is are of to in made from a an it".split(),
    "de": "der die das und mit für ist aus ein eine ihr sie nicht zu den dem".split(),
    "fr": "le la les et avec pour est des une un vous en du de au".split(),
    "es": "el la los las y con para es una un de del su tu en por".split(),
    "it": "il lo la gli le con per una un di del della è in tuo".split(),
    "pt": "os as com para uma um de do da é em seu sua você não".split(),
    "id": "dan dengan untuk yang ini itu dari anda kami ke di ada".split(),
    "ms": "dan dengan untuk yang ini itu daripada anda kami ke di ialah".split(),
    "vi": "và với cho của là một những được này các có trong".split(),
}


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
    by_script = {"Hani": "zh", "Hang": "ko", "Thai": "th", "Arab": "ar", "Deva": "hi", "Cyrl": "ru", "Hebr": "he"}
    if top in by_script:
        return by_script[top], 99, {by_script[top]}
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return default, 0, set()
    scores = {lang: sum(1 for w in words if w in set(sw)) for lang, sw in _STOPWORDS.items()}
    if any(ch in text for ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"):
        scores["vi"] += 5
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
