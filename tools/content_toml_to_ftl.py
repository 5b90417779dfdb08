"""One-off migration of a market's content.toml (Python format templates) to content.ftl (Project Fluent).

    python tools/content_toml_to_ftl.py locales/de/content.toml > locales/de/content.ftl

Kept for markets that arrive as content.toml (see locales/README.md): `{name}` becomes `{ $name }`,
`{name:을/를}` becomes `{ JOSA($name, "을/를") }`, `{value:a}` becomes `{ INDEF($value) }`; comments stay.
"""
from __future__ import annotations

import re
import sys
import tomllib

ORDER = ["hook", "intro", "benefit_material", "benefit_colors", "benefit_sizes", "benefit_generic",
         "benefit_category", "offer", "offer_discount", "cta", "caption"]
PREFIX = {"benefit_material": "benefit-material", "benefit_colors": "benefit-colors", "benefit_sizes": "benefit-sizes",
          "benefit_generic": "benefit-generic", "offer_discount": "offer-discount"}


def pattern(text: str) -> str:
    def ph(m):
        name, spec = m.group(1), m.group(2)
        if not spec:
            return "{ $" + name + " }"
        if spec == "a":
            return "{ INDEF($" + name + ") }"
        if spec == "A":
            return "{ INDEF($" + name + ', "A") }'
        return "{ JOSA($" + name + ', "' + spec + '") }'
    out = re.sub(r"\{([a-z_]+)(?::([^}]+))?\}", ph, text.replace("{{", "\x00").replace("}}", "\x01"))
    out = out.replace("\x00", '{ "{" }').replace("\x01", '{ "}" }')
    lines = []
    for ln in out.split("\n"):
        if ln[:1] in "[*." or ln[:1].isspace():
            ln = '{ "' + ln[0] + '" }' + ln[1:]
        lines.append(ln)
    return "\n    ".join(lines)       # a multiline value: continuation lines indented, the line breaks kept


def comments(src: str) -> dict[str, list[str]]:
    """Comment blocks that precede each [[section]] / [section] header, keyed by section."""
    found: dict[str, list[str]] = {}
    block: list[str] = []
    for line in src.splitlines():
        s = line.strip()
        if s.startswith("#"):
            block.append(s.lstrip("#").strip())
        elif s.startswith("["):
            sec = s.strip("[]").split(".")[0]
            if block and sec not in found:
                found[sec] = block
            block = []
        elif s:
            continue
        else:
            block = [] if not block else block
    return found


def main(path: str) -> None:
    src = open(path, encoding="utf-8").read()
    data = tomllib.loads(src)
    notes = comments(src)
    out = ["# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).", ""]
    head = [ln.lstrip("#").strip() for ln in src.splitlines()[:12] if ln.startswith("#")]
    out += ["## " + h for h in head if h] + [""]

    def emit(mid, voice, screen, req):
        out.append(f"{mid} = {pattern(voice)}")
        if screen is not None:
            out.append(f"    .screen = {pattern(screen)}")
        if req:
            out.append("    .requires = " + " ".join(req))

    for sec in ORDER:
        if sec not in data:
            continue
        for c in notes.get(sec, []):
            out.append("# " + c if c else "#")
        if sec == "benefit_category":
            for group, items in data[sec].items():
                for i, it in enumerate(items, 1):
                    emit(f"benefit-{group}-{i}", it["voice"], it["screen"], it.get("requires"))
            out.append("")
            continue
        for i, it in enumerate(data[sec], 1):
            mid = f"{PREFIX.get(sec, sec)}-{i}"
            if sec == "caption":
                emit(mid, it["text"], None, it.get("requires"))
            else:
                emit(mid, it["voice"], it["screen"], it.get("requires"))
        out.append("")
    out.append("hashtags = " + " ".join(data.get("hashtags", {}).get("evergreen", [])))
    for k, v in data.get("labels", {}).items():
        out.append(f"label-{k} = {pattern(v)}")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
