"""The Chinese words of a title or description that no lexicon entry, type or quantity covers (`ctk facts` lists
them: a seller can add them to a lexicon). Split out of extract.py."""

from __future__ import annotations

from .lexicon import HAN, Lexicon

_STOP = set("的了和与及或在是有为为了用于适合可以一个新款正品包邮现货热卖专用款式系列")
_STOP_WORDS = {"设计", "方便", "适合", "内置", "连接", "稳定", "支持", "使用", "时间", "小时", "产品", "商品", "品质",
               "质量", "尺寸", "规格", "颜色", "材质", "容量", "时尚", "简约", "新款", "家用", "日常", "更加", "非常",
               "附", "说明书", "包装", "送礼", "礼品"}


def unknown_zh(text: str, covered: list[tuple[int, int]], lex: Lexicon) -> list[str]:
    """Chinese words (jieba) that no lexicon entry, type or quantity covers: a seller can add them."""
    try:
        import jieba.posseg as pseg
        import logging
        logging.getLogger("jieba").setLevel(logging.WARNING)
    except ImportError:                                    # pragma: no cover - jieba is a dependency
        return []
    known = lex.known_aliases()
    out = []
    pos = 0
    for w, flag in pseg.cut(text):
        a = text.find(w, pos)
        pos = a + len(w) if a >= 0 else pos
        if len(w) < 2 or not HAN.search(w) or w in _STOP or w in _STOP_WORDS or w.lower() in known:
            continue
        if flag[:1] not in ("n", "a", "v") or flag in ("nr", "ns", "nt"):
            continue
        if any(not (a + len(w) <= x or a >= y) for x, y in covered):
            continue
        out.append(w)
    return out
