"""The brief's own words, as data: each market's `locales/<m>/brief.toml` `[brief]` table (in the market's
language, for the creator), and `locales/_shared/brief_seller.toml` (`[brief.en]`, `[brief.zh-CN]`: the same keys in
the seller's language, for the side-by-side copy). Every file must give every key below; a missing one is a
clear error naming the file and the key."""

from __future__ import annotations

from functools import lru_cache

from ..errors import ConfigError

# the brief's headings and fixed phrases; {placeholders} are filled by toolkit/brief/build.py
KEYS = ("title", "campaign_date", "product", "facts", "brand", "price", "old_price", "colors", "sizes",
        "material", "key_messages", "hooks", "shot_list", "scene", "seconds", "on_screen", "voice", "visual",
        "must_say", "label", "alternatives", "position", "disclosure_when", "must_not_say", "must_not_intro",
        "unsupported_intro", "festival", "no_festival", "festival_dates", "posting_window", "window_text",
        "hashtags", "deliverables", "format", "length", "length_text", "safe_zone", "safe_zone_text", "fit",
        "fit_none", "separator", "colon", "seller_note", "source_words")
TABLES = {
    "role": ("hook", "intro", "benefit", "offer", "cta"),
    "shot": ("hook", "intro", "benefit", "offer", "cta"),
    "where": ("start", "end"),
    "verdict": ("go", "check", "no-go"),
    "fit_kind": ("season", "festival", "plug", "voltage", "power_unknown", "match", "gpsr", "rule_pack", "sizes"),
    "rule": ("claims.superlative", "claims.medical", "claims.green_eu", "claims.free", "culture.gulf_taboo",
             "culture.gift_taboo"),
    "claim": ("popularity", "easy_setup", "lightweight", "portable", "mood", "comfort", "warmth", "durability",
              "fast"),
}
SELLER_LANGS = ("en", "zh-CN")


def _check(table: dict, path: str, where: str) -> dict:
    if not isinstance(table, dict):
        raise ConfigError(f"no {where} table", file=path, hint="see locales/us/brief.toml for the keys")
    for k in KEYS:
        if not isinstance(table.get(k), str) or not (table[k].strip() or k == "colon"):
            raise ConfigError(f"{where}: key '{k}' is missing or empty", file=path,
                              hint="every brief.toml gives every key of locales/us/brief.toml")
    for name, keys in TABLES.items():
        sub = table.get(name)
        missing = [k for k in keys if not isinstance((sub or {}).get(k), str)] if isinstance(sub, dict) else list(keys)
        if missing:
            raise ConfigError(f"{where}.{name}: key '{missing[0]}' is missing", file=path,
                              hint="every brief.toml gives every key of locales/us/brief.toml")
    return table


@lru_cache(maxsize=32)
def market_words(code: str) -> dict:
    """The `[brief]` table of one market, checked."""
    from ..markets import locales_dir
    from ..tomlfile import read_toml
    path = locales_dir() / code / "brief.toml"
    data = read_toml(path, missing="the market has no brief.toml",
                     missing_hint="add locales/<market>/brief.toml with a [brief] table (see locales/us/brief.toml)")
    return _check(data.get("brief"), str(path), "[brief]")


@lru_cache(maxsize=4)
def seller_words(lang: str) -> dict:
    """The same keys in the seller's language (en or zh-CN)."""
    from ..markets import locales_dir
    from ..tomlfile import read_toml
    if lang not in SELLER_LANGS:
        raise ConfigError(f"no seller wording for '{lang}'", hint=f"use one of {', '.join(SELLER_LANGS)}")
    path = locales_dir() / "_shared" / "brief_seller.toml"
    data = read_toml(path, missing="brief_seller.toml is missing", missing_hint="restore locales/_shared/brief_seller.toml")
    return _check(data.get("brief", {}).get(lang), str(path), f"[brief.{lang}]")


def fill(template: str, **values) -> str:
    """A phrase with its {placeholders} filled; an unknown one is left as written."""
    class _Keep(dict):
        def __missing__(self, key):
            return "{" + key + "}"
    return template.format_map(_Keep(values))


def clear_cache() -> None:
    market_words.cache_clear()
    seller_words.cache_clear()
