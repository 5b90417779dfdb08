"""Checks every bundle gets, through the rule engine (toolkit/rules.py), plus the script's shape."""

from __future__ import annotations

import datetime as dt

from .caption import Caption
from .markets import MarketProfile
from .model import Finding, Script
from .adtext import clean_ad_text
from .rules import BundleText, run_rules


def check_bundle(script: Script, caption: Caption, market: MarketProfile, *, sponsored: bool,
                 protected: tuple[str, ...] = (), day: dt.date | None = None) -> list[Finding]:
    bt = BundleText(market=market, caption=caption.text, hashtags=list(caption.hashtags), scenes=list(script.scenes),
                    cover_name="", ad_text=clean_ad_text(caption.text, market), sponsored=sponsored, day=day,
                    protected=protected)
    findings, _ = run_rules(bt, autofix=False)
    return findings + shape(script)


def shape(script: Script) -> list[Finding]:
    total = script.duration
    if not (9 <= total <= 34.1) or not (3 <= len(script.scenes) <= 8):
        return [Finding(code="script.shape", severity="warning", where="script",
                        message=f"script has {len(script.scenes)} scenes and lasts {total:.1f} s "
                                "(aim for 3-8 scenes, 9-34 s)")]
    return []


def summarize(findings: list[Finding]) -> dict[str, int]:
    out = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        out[f.severity] = out.get(f.severity, 0) + 1
    return out


def blocking(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error" and not f.fixed]
