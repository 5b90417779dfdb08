"""Scripts and languages as data (locales/_shared/scripts.toml, languages.toml): reading speed, subtitle width,
direction, fonts, what a script accepts and implies, stop words, word-bounded matching, likely currency.
Character scripts come from fontTools.unicodedata (the Unicode Script property), not hand-made ranges."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4)
def _load(name: str, root: str) -> dict:
    from pathlib import Path

    from .tomlfile import read_toml
    path = Path(root) / "_shared" / name
    return read_toml(path) if path.exists() else {}


def _root() -> str:
    from .paths import locales_dir
    return str(locales_dir())


def scripts() -> dict:
    return _load("scripts.toml", _root())


def languages() -> dict:
    return _load("languages.toml", _root())


def script_info(code: str) -> dict:
    return scripts().get(code, {})


def language_info(lang: str) -> dict:
    return languages().get((lang or "").split("-")[0].lower(), {})


def upper(text: str, lang: str = "") -> str:
    """Upper case the language's own way (languages.toml `upper`: Turkish "i" is "İ", never "I")."""
    table = language_info(lang).get("upper") if lang else None
    return ("".join(table.get(c, c) for c in text) if table else text).upper()


def rtl_scripts() -> set[str]:
    return {k for k, v in scripts().items() if v.get("rtl")}


def implied_language(char_script: str) -> str | None:
    """The language a text whose letters are all of one character script is in (Hang -> ko, Kana -> ja)."""
    for code, info in scripts().items():
        acc = [a for a in info.get("accepts", []) if a != "Latn"]
        if info.get("implies") and acc and acc[0] == char_script:
            return info["implies"]
    return None


def clear_cache() -> None:
    _load.cache_clear()
