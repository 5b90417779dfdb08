"""The seller's language for what ctk tells the seller (the fit matrix, the run summary), English or Simplified Chinese.

Messages are translatable strings: the English text is the key, `locales/_shared/ui.toml` gives the other languages
(`[zh-CN]`, "English text" = "译文"), with {placeholders} filled after translation. The desktop editor reads the same
catalogue (gui/i18n.py). The language is a setting: `ctk --lang zh-CN`, else the CTK_LANG environment variable (the
editor's too), else English. A message the catalogue lacks stays English."""

from __future__ import annotations

import os
from functools import lru_cache

LANGS = ("en", "zh-CN")
_CHOSEN: list[str] = []


def normalize(lang: str | None) -> str:
    """'zh', 'zh_CN', 'zh-Hans', 'zh-CN' -> 'zh-CN'; anything else English."""
    low = (lang or "").strip().lower().replace("_", "-")
    return "zh-CN" if low.startswith("zh") else "en"


def set_language(lang: str | None) -> str:
    from .errors import ConfigError
    if lang and normalize(lang) == "en" and not lang.lower().startswith("en"):
        raise ConfigError(f"no messages in '{lang}'", hint="use en or zh-CN")
    _CHOSEN[:] = [normalize(lang)] if lang else []
    if lang:
        os.environ["CTK_LANG"] = normalize(lang)      # render workers (spawned, or on Dask) say the same
    return language()


def language() -> str:
    return _CHOSEN[0] if _CHOSEN else normalize(os.environ.get("CTK_LANG"))


@lru_cache(maxsize=4)
def catalogue(lang: str) -> dict[str, str]:
    """English text -> translation, for one language (empty for English)."""
    if lang == "en":
        return {}
    from .markets import locales_dir
    from .tomlfile import read_toml
    data = read_toml(locales_dir() / "_shared" / "ui.toml", optional=True)
    return {k: v for k, v in (data.get(lang) or {}).items() if isinstance(v, str)}


@lru_cache(maxsize=4)
def _rules(lang: str) -> dict:
    if lang == "en":
        return {}
    from .markets import locales_dir
    from .tomlfile import read_toml
    data = read_toml(locales_dir() / "_shared" / "ui.toml", optional=True)
    return (data.get(lang) or {}).get("fit") or {}


def rule_text(rule_id: str, field: str, english: str) -> str:
    """A fit rule's message or fix template in the chosen language (fit.toml's English when there is none)."""
    t = _rules(language()).get(rule_id, {}).get(field)
    return t if isinstance(t, str) and t else english


def _(text: str, **values) -> str:
    """`text` in the chosen language, its {placeholders} filled."""
    out = catalogue(language()).get(text, text)
    if values:
        class _Keep(dict):
            def __missing__(self, key):
                return "{" + key + "}"
        out = out.format_map(_Keep(values))
    return out
