"""Where a line may break, per script: spaces for spaced scripts, BudouX phrases for Japanese and Chinese,
PyThaiNLP words for Thai, kinsoku (no line starts with a closing mark), and a currency glued to its number."""
from __future__ import annotations

import re
from functools import lru_cache

NO_START = set("、。，．,.・：；:;？！?!ーｰ)]）｝〕〉》」』】〙〗〟’”｠»ァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻…‥〜～%％")
NO_END = set("([（｛〔〈《「『【〘〖〝‘“｟«")


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")


def break_words(text: str, language: str = "en") -> list[str]:
    """Break opportunities: tokens that may start a line. Spaces stay attached to the token before them."""
    tokens: list[str] = []
    # only ordinary spaces are break opportunities: a no-break space (fr "25,99 €", "100 %", " :") holds
    for chunk in re.findall(r"[^ \t\n]+[ \t\n]*|[ \t\n]+", text):
        if _THAI.search(chunk):
            tokens.extend(_thai_tokens(chunk))
        elif _CJK.search(chunk):
            tokens.extend(_phrase_tokens(chunk, language))
        else:
            tokens.append(chunk)
    return _glue_prices(_kinsoku(tokens))


@lru_cache(maxsize=4)
def _budoux(language: str):
    try:
        import budoux
    except ImportError:                      # pragma: no cover - budoux is a dependency
        return None
    lang = language.lower()
    if lang.startswith("ja"):
        return budoux.load_default_japanese_parser()
    if lang in ("zh-tw", "zh-hk", "zh-hant"):
        return budoux.load_default_traditional_chinese_parser()
    if lang.startswith("zh"):
        return budoux.load_default_simplified_chinese_parser()
    return None


def _phrase_tokens(chunk: str, language: str) -> list[str]:
    """Japanese and Chinese break between phrases (BudouX), never inside a word ("ネッ|クレス", "ご褒|美");
    Latin words and numbers inside stay whole."""
    parser = _budoux(language) or _budoux("ja" if re.search(r"[\u3040-\u30ff]", chunk) else "zh")
    if parser is None:
        return _cjk_tokens(chunk)
    trail = chunk[len(chunk.rstrip()):]
    phrases = parser.parse(chunk.rstrip()) or [chunk.rstrip()]
    if trail:
        phrases[-1] += trail
    return phrases


_CURRENCY_OR_SIGN = re.compile(r"^[$€£¥￥₩฿₫₹₱₺₽¢﷼]+$")


def _glue_prices(tokens: list[str]) -> list[str]:
    """A currency symbol never ends or starts a line apart from its number ("￥|4,410", "25,99 |€")."""
    out: list[str] = []
    for t in tokens:
        core = t.strip()
        prev = out[-1].rstrip() if out else ""
        if out and (_CURRENCY_OR_SIGN.match(prev[-1:] or "") and prev[-1:] and core[:1].isdigit()
                    or _CURRENCY_OR_SIGN.match(core or "x") and prev[-1:].isdigit()):
            out[-1] += t
        else:
            out.append(t)
    return out


def _cjk_tokens(chunk: str) -> list[str]:
    out: list[str] = []
    latin = ""
    for ch in chunk:
        if _CJK.match(ch) or ch.isspace():
            if latin:
                out.append(latin)
                latin = ""
            if ch.isspace() and out:
                out[-1] += ch
            else:
                out.append(ch)
        else:
            latin += ch        # keep Latin words / numbers inside Japanese text together
    if latin:
        out.append(latin)
    return out


@lru_cache(maxsize=4096)
def _thai_cached(chunk: str) -> tuple[str, ...]:
    try:
        from pythainlp.tokenize import word_tokenize
        return tuple(word_tokenize(chunk, engine="newmm", keep_whitespace=True))
    except Exception:  # pragma: no cover - pythainlp missing: break at grapheme clusters
        import unicodedata
        out: list[str] = []
        for ch in chunk:
            if out and unicodedata.combining(ch) or (out and ch in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e\u0e33"):
                out[-1] += ch
            else:
                out.append(ch)
        return tuple(out)


def _thai_tokens(chunk: str) -> list[str]:
    toks = list(_thai_cached(chunk))
    out: list[str] = []
    for t in toks:
        if t.isspace() and out:
            out[-1] += t
        else:
            out.append(t)
    return out


def _kinsoku(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for t in tokens:
        if out and t and t[0] in NO_START:
            out[-1] += t
        elif out and out[-1] and out[-1].rstrip() and out[-1].rstrip()[-1] in NO_END:
            out[-1] += t
        else:
            out.append(t)
    return out
