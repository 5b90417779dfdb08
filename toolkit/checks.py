"""The script's shape and finding summaries; the rules themselves run in toolkit/rules.py (from toolkit/bundle.py)."""

from __future__ import annotations

from .model import Finding, Script


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
