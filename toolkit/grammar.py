"""Small grammar that a filled-in word decides: Korean particles chosen by the final sound, English a/an.

Templates ask for it with a format spec on the placeholder:

    {name:을/를}   -> "스카프를", "이어폰을"          (also 이/가, 은/는, 과/와, 이에요/예요, 으로/로)
    {name:a}       -> "a scarf", "an earring", "an LED lamp"

The spec always names both forms, so a template reads as what it says, and the lint
(`check_spec`) rejects any other spec. Which form a word takes is computed from the word, never from
a list of our demo products: Hangul final consonants (받침), the Korean reading of a final digit or
Latin letter ("5" 오, "LED" 디, "USB-C" 씨), and the sound of an English word's first letter.
"""
from __future__ import annotations

import re

# Korean particles: (after a final consonant, after a vowel). 으로/로 is special: a final ㄹ takes 로.
PARTICLES = {("을", "를"), ("이", "가"), ("은", "는"), ("과", "와"), ("이에요", "예요"), ("이랑", "랑"),
             ("으로", "로"), ("이나", "나"), ("이라서", "라서")}
ARTICLE_SPECS = {"a", "A"}

# Korean reading of a final digit: does it end in a consonant, and is that consonant ㄹ?
_DIGIT = {"0": "영", "1": "일", "2": "이", "3": "삼", "4": "사", "5": "오", "6": "육", "7": "칠", "8": "팔", "9": "구"}
# Korean reading of a final Latin letter as spelled out (LED -> 디, USB-C -> 씨, 5L -> 엘)
_LETTER = {"a": "에이", "b": "비", "c": "씨", "d": "디", "e": "이", "f": "에프", "g": "지", "h": "에이치", "i": "아이",
           "j": "제이", "k": "케이", "l": "엘", "m": "엠", "n": "엔", "o": "오", "p": "피", "q": "큐", "r": "알",
           "s": "에스", "t": "티", "u": "유", "v": "브이", "w": "더블유", "x": "엑스", "y": "와이", "z": "지"}
# units after a number are read as Korean unit words
_UNIT = {"ml": "밀리리터", "l": "리터", "mm": "밀리미터", "cm": "센티미터", "m": "미터", "kg": "킬로그램", "g": "그램",
         "mah": "밀리암페어시", "w": "와트", "v": "볼트", "h": "시간", "oz": "온스", "in": "인치", "pcs": "개"}
# Latin words read as words: a final consonant sound leaves a 받침 (phone -> 폰, pack -> 팩, cable -> 케이블)
_WORD_FINAL_CONSONANT = re.compile(r"(?:[bcdgjkmnpqtvxz]|ng|ck|ll|ss|sh|ch|[aeiou][nm]e)$", re.I)   # phone, home
_WORD_FINAL_L = re.compile(r"(?:l|ll|le)$", re.I)


def _final(ch: str) -> int | None:
    """Jongseong index of a Hangul syllable (0 = none), or None when not a syllable."""
    code = ord(ch) - 0xAC00
    return code % 28 if 0 <= code < 11172 else None


def _korean_tail(word: str) -> tuple[bool, bool] | None:
    """(has a final consonant, that consonant is ㄹ) for the last sounded character of a word."""
    w = re.sub(r"[\s\"'”’)\]】」』.,!?~·•-]+$", "", word)
    if not w:
        return None
    last = w[-1]
    if last == "%":                                     # 퍼센트: ends in a vowel
        return False, False
    jong = _final(last)
    if jong is not None:
        return jong != 0, jong == 8
    if last in _DIGIT:
        jong = _final(_DIGIT[last][-1])
        return jong != 0, jong == 8
    unit = re.search(r"\d\s*([A-Za-z]+)$", w)
    if unit and unit.group(1).lower() in _UNIT:          # 30ml is read 삼십 밀리리터, 5L 오 리터
        jong = _final(_UNIT[unit.group(1).lower()][-1])
        return jong != 0, jong == 8
    m = re.search(r"[A-Za-z]+$", w)
    if m:
        tail = m.group(0)
        # an acronym or a letter spelled out (LED, USB-C, HDMI, 5L); a capitalised brand with two vowels or more is
        # read as a word (JAZZUP 재즈업, TREVO 트레보)
        spelled = tail.isupper() and not (len(tail) >= 4 and len(re.findall(r"[AEIOU]", tail)) >= 2)
        if spelled or len(tail) <= 2:
            jong = _final(_LETTER[tail[-1].lower()][-1])
            return jong != 0, jong == 8
        if _WORD_FINAL_L.search(tail):
            return True, True
        return bool(_WORD_FINAL_CONSONANT.search(tail)), False
    return None


def korean_particle(word: str, after_consonant: str, after_vowel: str) -> str:
    tail = _korean_tail(word)
    if tail is None:                                    # unknown (a symbol): the written-out both-forms convention
        return f"{after_consonant}({after_vowel})"
    consonant, rieul = tail
    if after_consonant == "으로" and rieul:
        return after_vowel
    return after_consonant if consonant else after_vowel


_AN_EXCEPT = re.compile(r"^(?:hour|honest|honou?r|heir)", re.I)
_A_EXCEPT = re.compile(r"^(?:uni|use|usb|usu|ute|eu|one|once|ewe)", re.I)
_SPELLED_AN = set("aefhilmnorsx")                     # letters whose name starts with a vowel sound: "an LED", "an SPF"


def english_article(word: str) -> str:
    w = word.lstrip("\"'“‘(")
    if not w:
        return "a"
    first = re.match(r"[A-Za-z0-9]+", w)
    token = first.group(0) if first else w
    if token[:1].isdigit():
        return "an" if re.match(r"(?:8|11|18|8\d\b|8\d\d\b)", token) else "a"
    if len(token) > 1 and token.isupper() and not re.match(r"^[A-Z][a-z]", w):
        if _A_EXCEPT.match(token):
            return "a"
        return "an" if token[0].lower() in _SPELLED_AN else "a"
    if _AN_EXCEPT.match(token):
        return "an"
    if _A_EXCEPT.match(token):
        return "a"
    return "an" if token[0].lower() in "aeiou" else "a"


def check_spec(spec: str) -> bool:
    """Is `spec` a grammar spec this module knows?"""
    if spec in ARTICLE_SPECS:
        return True
    parts = tuple(spec.split("/"))
    return len(parts) == 2 and parts in PARTICLES


class Word(str):
    """A filled-in value that understands the grammar specs: format(Word("스카프"), "을/를") == "스카프를"."""

    def __format__(self, spec: str) -> str:
        text = str(self)
        if not spec:
            return text
        if not text:
            return ""
        if spec in ARTICLE_SPECS:
            art = english_article(text)
            return f"{art.capitalize() if spec == 'A' else art} {text}"
        parts = spec.split("/")
        if len(parts) == 2 and tuple(parts) in PARTICLES:
            return text + korean_particle(text, *parts)
        return text     # content/festival specs are linted at load (check_spec); never a traceback mid-run
