"""Captions and hashtags within the platform's limits (counted in UTF-16 units, as TikTok counts them)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from .facts import Facts
from .markets import MarketProfile
from .model import Finding, Script
from .script import fill
from .textutil import utf16_len


@dataclass
class Caption:
    text: str
    hashtags: list[str]
    disclosure: str | None
    length_utf16: int

    def to_dict(self) -> dict:
        return {"text": self.text, "hashtags": self.hashtags, "disclosure": self.disclosure,
                "length_utf16": self.length_utf16}


def hashtag(word: str) -> str | None:
    """'T-shirt' -> '#Tshirt', 'ผ้าพันคอ' -> '#ผ้าพันคอ', 'Lumi Home' -> '#LumiHome'."""
    kept = "".join(ch for ch in unicodedata.normalize("NFC", word)
                   if unicodedata.category(ch)[0] in "LNM" or ch == "_")
    return "#" + kept if kept else None


def build_caption(facts: Facts, script: Script, market: MarketProfile, *, sponsored: bool,
                  seed: int = 0, product_id: str = "", festival=None) -> tuple[Caption, list[Finding]]:
    findings: list[Finding] = []
    hook = script.scenes[0].screen.strip()
    if market.script in ("Latn", "Arab") and hook and hook[-1] not in ".!?…:;؟":
        hook += "."
    values = dict(facts.values(), hook_line=hook)
    eligible = [c for c in market.captions if all(facts.has(r) for r in c.requires)] or market.captions
    h = int(hashlib.sha1(f"{seed}|{product_id}|{market.code}|caption".encode()).hexdigest()[:8], 16)
    line = fill(eligible[h % len(eligible)].screen, values)
    # priority: the festival's tags, then the product's (category, brand), then the market's evergreen ones
    ordered = [*(festival.hashtags if festival else ()), hashtag(facts.category) if facts.category else None,
               hashtag(facts.brand) if facts.brand else None, *market.hashtags]
    label = market.disclosure["label"] if sponsored else None
    limit_tags = market.limit("hashtags_max", 5) - (1 if label and label.startswith("#") else 0)
    tags: list[str] = []
    for t in ordered:
        if t and t.lower() not in {x.lower() for x in tags} and (not label or t.lower() != label.lower()):
            tags.append(t)
    tags = tags[:max(0, limit_tags)]
    body = line
    if facts.description:
        first = re.split(r"(?<=[.!?。！？])\s+|\n", facts.description.strip())[0].strip()
        if first and len(first) <= 220:
            body = f"{line}\n{first}"
    text = body + "\n\n" + " ".join(tags)
    if label:
        text = f"{label} | {text}" if not label.startswith("#") else f"{label} {text}"
    limit = market.limit("caption_max_utf16", 2200)
    if utf16_len(text) > limit:
        findings.append(Finding(code="caption.too_long", severity="warning", where="caption",
                                message=f"caption shortened to {limit} UTF-16 units", fix="shorten the description"))
        while utf16_len(text) > limit and "\n" in body:
            body = body.rsplit("\n", 1)[0]
            text = (f"{label} " if label else "") + body + "\n\n" + " ".join(tags)
        if utf16_len(text) > limit:
            text = text.encode("utf-16-le")[: (limit - 1) * 2].decode("utf-16-le", "ignore") + "…"
    return Caption(text=text, hashtags=tags, disclosure=label, length_utf16=utf16_len(text)), findings
