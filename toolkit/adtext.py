"""TikTok ad text from a caption: one line, no hashtags, mentions or emoji, within the market's limit,
cut at a word or phrase boundary and keeping the price."""
from __future__ import annotations

import re

from .markets import MarketProfile


def ad_text_limit(market: MarketProfile) -> int:
    return market.limit("ad_text_max", 100)


def clean_ad_text(text: str, market: MarketProfile, keep: str | None = None) -> str:
    """TikTok ad text: one line, no hashtags, mentions or emoji, within the market's limit. An emoji that
    separated two phrases leaves a dash; a text too long is cut at a word or phrase boundary (Thai words,
    Japanese and Chinese phrases), never inside a word, and keeps the price (`keep`) when it can."""
    from .linebreak import break_words
    from .textutil import _EMOJI_RE
    lines = [ln for ln in text.split("\n") if ln.strip()]
    first = lines[0] if lines else ""
    if keep and keep not in first:            # the caption's price is on a later line: the ad text needs it
        with_price = next((ln for ln in lines[1:] if keep in ln), None)
        if with_price:
            first = f"{first} {with_price}"
    first = re.sub(r"(?<!\w)[#@][^\s]+", "", first).replace("#", "").replace("@", "")
    spaced = market.script not in ("Jpan", "Hans", "Hant", "Thai")
    # an emoji between two phrases becomes a dash, not nothing ("…Haut Neu entdeckt")
    first = _EMOJI_RE.sub(" \u2013 " if spaced else " ", first)
    t = re.sub(r"[ \t\r\f\v]+", " ", first).strip()          # no-break spaces stay (fr "12,99 €")
    t = re.sub(r"^(\u2013 )+|( \u2013)+$", "", t)
    t = re.sub(r"([.!?:;,…。！？])\s*\u2013\s*", r"\1 ", t)          # punctuation already separates
    t = re.sub(r"(\u2013\s*){2,}", "\u2013 ", t).strip(" \u2013")
    t = re.sub(r"^[\s|｜·・、,，:：\u2013\u2014-]+", "", t)   # a dropped hook leaves no separator in front
    limit = ad_text_limit(market)
    if len(t) <= limit:
        return t
    if keep and keep in t:
        # keep the clause with the price; drop the other clauses from the end until it fits
        sep = r"[ ]+" if market.script == "Thai" else r"(?<=[,.!?;:،؟؛])\s+|(?<=[、，。！？])|\s\u2013\s"
        clauses, last = [], 0
        for m in re.finditer(sep, t):
            clauses.append(t[last:m.end()])
            last = m.end()
        clauses.append(t[last:])
        clauses = [c for c in clauses if c]
        pi = next((i for i, c in enumerate(clauses) if keep in c), None)
        if pi is None:                    # the price spans clauses: keep the span from its first clause on
            start = t.index(keep)
            acc = 0
            for i, c in enumerate(clauses):
                if acc + len(c) > start:
                    pi = i
                    break
                acc += len(c)
        if pi is not None and len(clauses[pi].strip()) <= limit:
            # the clauses in order (the hook and the name come first); one that does not fit is skipped, a
            # shorter one further on may still; a clause that ends with a colon introduces the next one ("First thing you notice: the scent"):
            # the two are kept or dropped together, never the frame without what it frames
            def group(i):
                g = {i}
                while i > 0 and clauses[i - 1].rstrip().endswith((":", "：")):
                    i -= 1
                    g.add(i)
                j = max(g)
                while j + 1 < len(clauses) and clauses[j].rstrip().endswith((":", "：")):
                    j += 1
                    g.add(j)
                return g
            chosen = group(pi) if len("".join(clauses[j] for j in group(pi)).strip()) <= limit else {pi}
            for i in range(len(clauses)):
                if i in chosen:
                    continue
                trial = "".join(clauses[j] for j in sorted(chosen | group(i))).strip(" ,;:、،\u2013")
                if len(trial) <= limit:
                    chosen |= group(i)
            out = "".join(clauses[j] for j in sorted(chosen)).strip(" ,;:、،\u2013")
            from .script import capitalize_first
            return capitalize_first(out)
    out = ""
    for tok in break_words(t, market.language):
        if len(out + tok) > limit - 1:
            break
        out += tok
    from .textutil import cut_graphemes
    return (out.rstrip(" ,;:-\u2013、،") or cut_graphemes(t, limit - 1)) + "…"
