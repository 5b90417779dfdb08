"""Checks every bundle gets: script of the text, platform limits, disclosure placement.
(The festival/compliance rule packs build on the same Finding type.)"""

from __future__ import annotations

from .caption import Caption
from .markets import MarketProfile
from .model import Finding, Script
from .textutil import fits_script, strip_emoji, utf16_len


def check_bundle(script: Script, caption: Caption, market: MarketProfile, *, sponsored: bool,
                 protected: tuple[str, ...] = ()) -> list[Finding]:
    out: list[Finding] = []
    for s in script.scenes:
        if not fits_script(s.screen, market.script, protected):
            out.append(Finding(code="script.mismatch", severity="error", where=f"scene {s.index}",
                               message=f"on-screen text is not in the market's script ({market.script})",
                               segment=s.screen, fix="translate the line or add a per-market override"))
    body = caption.text
    for t in caption.hashtags:
        body = body.replace(t, " ")
    if not fits_script(strip_emoji(body), market.script, protected):
        out.append(Finding(code="script.mismatch", severity="error", where="caption",
                           message=f"caption contains text outside the market's script ({market.script})",
                           segment=caption.text, fix="translate the caption or add a per-market override"))
    limit = market.limit("caption_max_utf16", 2200)
    if caption.length_utf16 > limit:
        out.append(Finding(code="platform.caption_length", severity="error", where="caption",
                           message=f"caption is {caption.length_utf16} UTF-16 units; the limit is {limit}",
                           fix="shorten the caption"))
    if len(caption.hashtags) + (1 if (caption.disclosure or "").startswith("#") else 0) > market.limit("hashtags_max", 5):
        out.append(Finding(code="platform.hashtags", severity="warning", where="caption",
                           message=f"{len(caption.hashtags)} hashtags; the market's limit is {market.limit('hashtags_max', 5)}",
                           fix="drop the least specific hashtags"))
    if sponsored:
        label = market.disclosure["label"]
        if not caption.text.startswith(label):
            out.append(Finding(code="disclosure.position", severity="error", where="caption",
                               message=f"the disclosure '{label}' must open the caption",
                               source=market.disclosure.get("source"), fix=f"start the caption with '{label}'"))
    total = script.duration
    if not (9 <= total <= 34.1) or not (3 <= len(script.scenes) <= 8):
        out.append(Finding(code="script.shape", severity="warning", where="script",
                           message=f"script has {len(script.scenes)} scenes and lasts {total:.1f} s "
                                   "(aim for 3-8 scenes, 9-34 s)"))
    return out


def summarize(findings: list[Finding]) -> dict[str, int]:
    out = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        out[f.severity] = out.get(f.severity, 0) + 1
    return out


__all__ = ["check_bundle", "summarize", "utf16_len"]
