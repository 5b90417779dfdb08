"""The text a voice engine is given for a voice-over line: the market's spoken prices and units
(toolkit/spoken.py), then per language what engines misread (locales/_shared/speech.toml), the market's
pronunciation lexicon (locales/<m>/pronunciation.toml, extended by <user data>/pronunciation/<m>.toml), and
no emoji or pictographs. Subtitles and the screen keep the line as written."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError

NUM = r"\d[\d,]*(?:\.\d+)?"
# pictographs, dingbats, arrows, stars, emoji modifiers, joiners and variation selectors: nothing to say
_PICTO = re.compile("[\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\u3030\u303d"
                    "\U0001f000-\U0001faff\U0001fc00-\U0001ffff\u200d\ufe0e\ufe0f\u20e3]|[\U0001f3fb-\U0001f3ff]")


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", file=str(path), hint="fix the syntax") from None


@lru_cache(maxsize=8)
def _speech(root: str) -> dict:
    return _read(Path(root) / "_shared" / "speech.toml")


def speech_data(language: str) -> dict:
    from ..markets import locales_dir
    data = _speech(str(locales_dir()))
    return data.get(language) or data.get(language.split("-")[0], {})


def lexicon_files(market) -> list[Path]:
    from ..paths import data_dir
    return [market.folder / "pronunciation.toml", data_dir() / "pronunciation" / f"{market.code}.toml"]


def lexicon(market) -> dict[str, str]:
    """Written form -> spoken form, the shipped file first, the user's own file over it."""
    out: dict[str, str] = {}
    for path in lexicon_files(market):
        words = _read(path).get("words", {})
        if not isinstance(words, dict) or not all(isinstance(v, str) for v in words.values()):
            raise ConfigError("[words] must map a written word to how it is said", file=str(path),
                              hint='e.g. Glowlab = "Glow Lab"')
        out.update(words)
    return out


def strip_pictographs(text: str) -> str:
    return _PICTO.sub(" ", text)


def _apply_lexicon(text: str, words: dict[str, str]) -> str:
    for written in sorted(words, key=len, reverse=True):
        bound = written[:1].isascii() and written[:1].isalnum()
        pat = rf"(?<![\w]){re.escape(written)}(?![\w])" if bound else re.escape(written)
        text = re.sub(pat, lambda m, s=words[written]: s, text, flags=re.I if bound else 0)
    return text


def _numbers_to_words(text: str, language: str, options: dict) -> str:
    try:
        from num2words import num2words
    except ImportError:                      # the engine reads the digits itself, less well
        return text

    def say(m):
        raw = m.group(0).replace(",", "")
        try:
            value = float(raw) if "." in raw else int(raw)
            return f" {num2words(value, lang=language, **options)} "
        except (ValueError, NotImplementedError, OverflowError):
            return m.group(0)
    return re.sub(NUM, say, text)


def _kana(text: str) -> str:
    try:
        import pykakasi
    except ImportError:
        return text
    return "".join(part["hira"] if part["orig"] != part["hira"] and re.search(r"[\u3400-\u9fff]", part["orig"])
                   else part["orig"] for part in _kakasi(pykakasi).convert(text))


@lru_cache(maxsize=1)
def _kakasi(mod):
    return mod.kakasi()


def normalize(text: str, market, prices: tuple[str | None, ...] = ()) -> str:
    from ..spoken import speak
    data = speech_data(market.language)
    out = _apply_lexicon(text, lexicon(market))
    out = speak(out, market, prices)
    out = strip_pictographs(out)
    units = data.get("units", {})
    if units:
        alt = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
        out = re.sub(rf"(\d)\s?({alt})(?![A-Za-z])", lambda m: f"{m.group(1)} {units[m.group(2)]}", out)
    for sym, word in data.get("symbols", {}).items():
        out = out.replace(sym, word)
    if data.get("group"):
        out = re.sub(rf"(?<=\d){re.escape(data['group'])}(?=\d{{3}}(?!\d))", "", out)
    if data.get("numbers") == "words":
        out = _numbers_to_words(out, market.language.split("-")[0], data.get("number_options", {}))
    elif data.get("decimal"):
        out = re.sub(r"(\d)\.(\d)", rf"\1 {data['decimal']} \2", out)
    if data.get("reading") == "kana":
        out = _kana(out)
    return re.sub(r"\s{2,}", " ", out).strip()
