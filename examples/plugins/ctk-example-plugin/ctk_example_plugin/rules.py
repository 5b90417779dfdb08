"""A rule kind and the pack that uses it."""

from __future__ import annotations

import re
from pathlib import Path

from toolkit.model import Finding

_CAPS = re.compile(r"\b[A-Z]{4,}\b")


def shouting(rule, bt, autofix: bool) -> list[Finding]:
    """Words in capitals read as shouting in a caption or on screen ("HANDMADE"); brand names are left alone.
    Rule parameters: `ignore` (words allowed in capitals, e.g. ["SALE", "LED"])."""
    allowed = set(rule.params.get("ignore", [])) | {w.upper() for w in bt.protected}
    out = []
    for where, text in bt.fields():
        words = sorted({w for w in _CAPS.findall(text or "") if w not in allowed})
        if words:
            out.append(Finding(code=rule.id, severity=rule.severity, where=where, segment=text,
                               message=f"{rule.message}: {', '.join(words)}", fix=rule.fix or None,
                               source=rule.source))
    return out


def pack_path() -> str:
    return str(Path(__file__).with_name("rules.toml"))
