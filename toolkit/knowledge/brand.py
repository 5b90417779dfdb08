"""Brands a market can read: a `brand:<market>` column wins, then a Latin brand column; Chinese brands are
converted to the forms a Han-reading market writes (OpenCC, e.g. s2t + t2jp for Japan) or romanized
(pypinyin) where the market does not read Han characters."""

from __future__ import annotations

import re
from functools import lru_cache

from ..markets import MarketProfile
from ..model import Finding, Product

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
HAN_READERS = {"Jpan", "Hans", "Hant"}
LATIN_BRAND_KEYS = ("brand_latin", "brand:en", "brand_en", "vendor_latin", "brand (latin)")


@lru_cache(maxsize=8)
def _converter(config: str):
    import opencc
    return opencc.OpenCC(config)


def convert_han(text: str, chain: str) -> str:
    """Apply OpenCC configs in order, e.g. 's2t,t2jp' (simplified -> traditional -> Japanese shinjitai)."""
    for cfg in [c.strip() for c in chain.split(",") if c.strip()]:
        name = cfg if cfg.endswith(".json") else cfg + ".json"
        try:
            text = _converter(name).convert(text)
        except Exception:                        # an unknown config: keep the text, the caller reports it
            return text
    return text


def romanize(text: str) -> str:
    """'光影家居' -> 'Guangying Jiaju', '优品汇' -> 'Youpinhui': pinyin without tones, one capitalised word per
    jieba word (a short brand is one word); Latin parts kept."""
    import jieba
    import logging
    from pypinyin import Style, lazy_pinyin
    logging.getLogger("jieba").setLevel(logging.WARNING)
    if len(text) <= 3 and all(HAN.match(ch) for ch in text):      # 优品汇 -> Youpinhui, one name
        return "".join(lazy_pinyin(text, style=Style.NORMAL)).capitalize()
    words = []
    for w in jieba.cut(text):
        if not w.strip():
            continue
        if HAN.search(w):
            words.append("".join(lazy_pinyin(w, style=Style.NORMAL)).capitalize())
        else:
            words.append(w.strip())
    return " ".join(w for w in words if w)


def market_brand(product: Product, market: MarketProfile) -> tuple[str, Finding | None]:
    brand = (product.brand or "").strip()
    ov = product.overrides.get(market.code, {}).get("brand")
    if ov:
        return ov.strip(), None
    if not brand or not HAN.search(brand):
        return brand, None
    if market.script in HAN_READERS:
        chain = (getattr(market, "han_convert", None) or "").strip()
        if not chain:
            return brand, None
        out = convert_han(brand, chain)
        if out != brand:
            return out, Finding(code="brand.converted", severity="info", where="brand",
                                message=f"brand '{brand}' written as '{out}' for {market.code} (OpenCC {chain})",
                                fix=f"add a 'brand:{market.code}' column to choose the form yourself")
        return out, None
    for k in LATIN_BRAND_KEYS:
        v = product.attributes.get(k) or product.attributes.get(k.replace(" ", "_"))
        if v and not HAN.search(v):
            return v.strip(), None
    out = romanize(brand)
    return out, Finding(code="brand.romanized", severity="warning", where="brand",
                        message=f"brand '{brand}' is in Chinese characters, which {market.code} readers cannot read; "
                                f"'{out}' (pinyin) is used on screen, in the voice-over and in hashtags",
                        segment=brand,
                        fix=f"add a 'brand:{market.code}' column (or 'brand_latin' for all markets) with the brand's "
                            "own Latin name")
