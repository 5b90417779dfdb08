"""Glossaries per brand and per market (CSV or TOML): a term's per-market translation, or do-not-translate.
Terms (and brand names, SKUs, numbers, prices, units, URLs, hashtags, emoji, placeholders) are swapped
for placeholders before the model sees the text and restored after; anything the model lost is a finding."""

from __future__ import annotations

import csv
import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError


@dataclass(frozen=True)
class Term:
    source: str
    targets: dict[str, str]            # market or language code -> translation
    dnt: bool = False                  # do not translate
    case_sensitive: bool = False

    def target_for(self, market: str, language: str) -> str:
        if self.dnt:
            return self.source
        return self.targets.get(market) or self.targets.get(language) or self.source


@dataclass
class Glossary:
    terms: list[Term] = field(default_factory=list)
    version: str = "none"

    def extend(self, other: "Glossary") -> "Glossary":
        h = hashlib.sha256((self.version + other.version).encode()).hexdigest()[:12]
        return Glossary(self.terms + other.terms, h)


def load_glossary(path: str | Path | None) -> Glossary:
    if not path:
        return Glossary()
    path = Path(path)
    if path.is_dir():
        raise ConfigError("the glossary is a folder, not a file", file=str(path), hint="pass a CSV or TOML file")
    try:
        raw = path.read_bytes()
    except OSError:
        raise ConfigError("glossary file not found", file=str(path), hint="pass an existing CSV or TOML file") from None
    version = hashlib.sha256(raw).hexdigest()[:12]
    terms: list[Term] = []
    if path.suffix.lower() == ".toml":
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"invalid TOML glossary: {exc}", file=str(path), hint="see docs/glossary.md") from None
        for i, t in enumerate(data.get("term", []), start=1):
            if not isinstance(t, dict) or not t.get("source"):
                raise ConfigError(f"term {i} has no 'source'", file=str(path), hint='write [[term]] source = "..."')
            targets = {k: v for k, v in t.items() if k not in ("source", "dnt", "case_sensitive") and isinstance(v, str)}
            terms.append(Term(t["source"], targets, bool(t.get("dnt")), bool(t.get("case_sensitive"))))
    else:
        try:
            rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
        except (UnicodeDecodeError, csv.Error) as exc:
            raise ConfigError(f"cannot read the CSV glossary ({exc})", file=str(path), hint="save it as CSV UTF-8") from None
        if not rows or "term" not in rows[0]:
            raise ConfigError("the glossary CSV needs a 'term' column", file=str(path), row=1, column="term",
                              hint="columns: term, dnt, case_sensitive, and one column per market or language")
        for n, r in enumerate(rows, start=2):
            if not (r.get("term") or "").strip():
                raise ConfigError("empty term", file=str(path), row=n, column="term", hint="fill it in or delete the row")
            targets = {k.strip().lower(): v.strip() for k, v in r.items()
                       if k and k not in ("term", "dnt", "case_sensitive") and v and v.strip()}
            terms.append(Term(r["term"].strip(), targets, (r.get("dnt") or "").strip().lower() in ("1", "yes", "true", "x"),
                              (r.get("case_sensitive") or "").strip().lower() in ("1", "yes", "true", "x")))
    return Glossary(terms, version)


PATTERNS = [
    re.compile(r"https?://\S+"),                                  # URLs
    re.compile(r"(?<!\w)[#@][^\s#@]+"),                          # hashtags, mentions
    re.compile(r"\{[a-z_]+\}"),                                   # template placeholders
    re.compile(r"\b[A-Z0-9]+(?:-[A-Z0-9]+)+\b"),                 # SKUs like LUMI-SC-01
    re.compile(r"[$€£¥₩฿₫]\s?\d[\d.,]*|\d[\d.,]*\s?(?:mAh|ml|mL|cm|mm|kg|g|L|W|V|%|€|USD|EUR)?(?!\w)"),  # numbers, prices, units
    re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]"),          # emoji
]


def protect(text: str, glossary: Glossary, market: str, language: str, extra: tuple[str, ...] = ()):
    """Replace protected spans with ZZ0, ZZ1, ... Returns (masked text, [(token, restored text, original)])."""
    spans: list[tuple[int, int, str]] = []

    def add(s, e, restored):
        if any(not (e <= a or s >= b) for a, b, _ in spans):
            return
        spans.append((s, e, restored))
    for term in sorted(glossary.terms, key=lambda t: -len(t.source)):
        flags = 0 if term.case_sensitive else re.I
        for m in re.finditer(r"(?<!\w)" + re.escape(term.source) + r"(?!\w)", text, flags):
            add(m.start(), m.end(), term.target_for(market, language))
    for name in sorted((x for x in extra if x), key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            add(m.start(), m.end(), name)
    for pat in PATTERNS:
        for m in pat.finditer(text):
            if m.group(0).strip():
                add(m.start(), m.end(), m.group(0))
    spans.sort()
    out, table, last = [], [], 0
    for i, (s, e, restored) in enumerate(spans):
        token = f"ZZ{i}"
        out.append(text[last:s])
        out.append(token)
        table.append((token, restored, text[s:e]))
        last = e
    out.append(text[last:])
    return "".join(out), table


def restore(text: str, table) -> tuple[str, list[str]]:
    """Put protected spans back. Returns the text and the originals the model lost."""
    missing = []
    for token, restored, original in sorted(table, key=lambda t: -len(t[0])):
        if re.search(r"(?<![A-Za-z0-9])" + token + r"(?![0-9])", text):
            text = re.sub(r"(?<![A-Za-z0-9])" + token + r"(?![0-9])", restored.replace("\\", "\\\\"), text, count=1)
        else:
            missing.append(original)
    return text, missing
