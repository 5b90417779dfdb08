"""Rebuild locales/_shared/woocommerce_headers.toml from WooCommerce's .po translation files.

WooCommerce's product CSV exporter writes its column headers in the shop admin's language: each header is a
msgid of the `woocommerce` text domain (includes/export/class-wc-product-csv-exporter.php,
get_default_column_names(), plus the numbered "Attribute %d name", "Download %d URL", "Meta: %s" columns and the
"Brands" column added by includes/admin/class-wc-admin-brands.php). This script reads translation files named
`woocommerce-<wp_locale>.po` (as WordPress keeps them in wp-content/languages/plugins/, exported from
translate.wordpress.org), keeps only the msgids of that list, and writes one TOML table per language mapping the
translated header to the English one:

    [pt-BR.headers]
    "Preço normal" = "Regular price"
    [pt-BR.patterns]
    "Atributo %d nome" = "Attribute %d name"

Several folders can be given (e.g. the translations of WooCommerce 3.4, 7.6 and 10.x): every translated spelling
found is kept, so an export made with an older or newer WooCommerce still reads.

Usage:
    python tools/build_woo_headers.py PO_DIR [PO_DIR ...] [-o locales/_shared/woocommerce_headers.toml]
        [--source 'pt_BR=owner/repo@commit:wp-content/languages/plugins/woocommerce-pt_BR.po' ...]
        [--locales pt_BR,es_ES,de_DE,fr_FR,it_IT,ja,zh_CN]

  PO_DIR      a folder holding woocommerce-<locale>.po files (searched recursively)
  -o          the TOML to write (default: locales/_shared/woocommerce_headers.toml); '-' prints it
  --source    where a locale's strings came from, written into the file's comments and `sources` (repeatable);
              without it the .po path and its PO-Revision-Date are recorded
  --locales   only these WordPress locales (default: every woocommerce-*.po found)

Only entries without msgctxt are used (the exporter calls __() with no context); fuzzy and obsolete (#~) entries
and empty translations are skipped. A translated string equal to another header's translation in the same
language is reported on stderr and only its first meaning is kept.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

# the English headers: get_default_column_names() of WooCommerce 3.1 .. 10.x, in the exporter's column order
HEADERS = [
    "ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?", "Visibility in catalog",
    "Short description", "Description", "Date sale price starts", "Date sale price ends", "Tax status", "Tax class",
    "In stock?", "Stock", "Low stock amount", "Backorders allowed?", "Sold individually?", "Allow customer reviews?",
    "Purchase note", "Sale price", "Regular price", "Categories", "Tags", "Shipping class", "Images",
    "Download limit", "Download expiry days", "Parent", "Grouped products", "Upsells", "Cross-sells",
    "External URL", "Button text", "Position", "Cost of goods", "Brands",
]
# the sprintf() columns: %d is a number, %s the weight/dimension unit or the meta key
PATTERNS = [
    "Weight (%s)", "Length (%s)", "Width (%s)", "Height (%s)",
    "Download %d ID", "Download %d name", "Download %d URL",
    "Attribute %d name", "Attribute %d value(s)", "Attribute %d visible", "Attribute %d global",
    "Attribute %d default", "Meta: %s",
]
WANTED = set(HEADERS) | set(PATTERNS)
PLACEHOLDER = re.compile(r"%(?:\d+\$)?([ds])")

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def _unquote(s: str) -> str:
    s = s.strip()
    if len(s) < 2 or not (s.startswith('"') and s.endswith('"')):
        raise ValueError(f"not a quoted string: {s!r}")
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), s[1:-1])


def read_po(path: Path) -> tuple[dict, list[dict]]:
    """(header fields, entries); an entry is {'msgctxt', 'msgid', 'msgid_plural', 'msgstr': [..], 'fuzzy'}."""
    entries: list[dict] = []
    cur: dict = {}
    field = None

    def flush():
        nonlocal cur, field
        if "msgid" in cur:
            entries.append(cur)
        cur, field = {}, None

    for raw in path.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        if line.startswith("#~"):                 # obsolete entry
            continue
        if line.startswith("#"):
            if "msgid" in cur and field is not None:   # a comment after the strings starts a new entry
                flush()
            if line.startswith("#,") and "fuzzy" in line:
                cur["fuzzy"] = True
            continue
        if line.startswith('"'):
            if field is None:
                raise ValueError(f"{path}: a continued string with no keyword: {raw!r}")
            if field == "msgstr":
                cur["msgstr"][-1] += _unquote(line)
            else:
                cur[field] += _unquote(line)
            continue
        m = re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(\".*\")$", line)
        if not m:
            raise ValueError(f"{path}: cannot read line {raw!r}")
        key, value = m.group(1), _unquote(m.group(2))
        if key in ("msgctxt", "msgid") and field == "msgstr":
            flush()                                # a new entry without a blank line between
        if key.startswith("msgstr"):               # msgstr, or msgstr[0], msgstr[1]... of a plural
            cur.setdefault("msgstr", []).append(value)
            field = "msgstr"
        else:
            cur[key] = value
            field = key
    flush()
    header: dict[str, str] = {}
    for e in entries:
        if e.get("msgid") == "" and "msgctxt" not in e:
            for hl in (e.get("msgstr") or [""])[0].splitlines():
                k, _, v = hl.partition(":")
                header[k.strip()] = v.strip()
    return header, [e for e in entries if e.get("msgid")]


def locale_of(path: Path) -> str | None:
    m = re.fullmatch(r"woocommerce-([A-Za-z]{2,3}(?:_[A-Za-z0-9]+)*)\.po", path.name)
    return m.group(1) if m else None


def tag_of(locale: str) -> str:
    """WordPress locale -> the table name: pt_BR -> pt-BR, ja -> ja."""
    return locale.replace("_", "-")


def _same_placeholders(msgid: str, msgstr: str) -> bool:
    return sorted(PLACEHOLDER.findall(msgid)) == sorted(PLACEHOLDER.findall(msgstr))


def collect(files: list[Path]) -> dict[str, dict]:
    """locale -> {'headers': {translated: english}, 'patterns': {...}, 'files': [(path, revision)]}"""
    out: dict[str, dict] = defaultdict(lambda: {"headers": {}, "patterns": {}, "files": [], "collisions": []})
    for path in files:
        locale = locale_of(path)
        header, entries = read_po(path)
        lang = out[locale]
        lang["files"].append((path, header.get("PO-Revision-Date", "?"), header.get("Project-Id-Version", "")))
        for e in entries:
            msgid = e["msgid"]
            if msgid not in WANTED or "msgctxt" in e or e.get("fuzzy") or "msgid_plural" in e:
                continue
            msgstr = (e.get("msgstr") or [""])[0].strip()
            if not msgstr:
                continue
            table = "patterns" if msgid in PATTERNS else "headers"
            if table == "patterns" and not _same_placeholders(msgid, msgstr):
                print(f"warning: {path}: {msgstr!r} does not keep the placeholder of {msgid!r}; skipped",
                      file=sys.stderr)
                continue
            if table == "patterns":
                msgstr = PLACEHOLDER.sub(lambda m: "%" + m.group(1), msgstr)   # %1$d -> %d
            known = lang[table].get(msgstr)
            if known is not None and known != msgid:
                note = f"{msgstr!r} translates both {known!r} and {msgid!r}; only {known!r} is kept"
                if note not in lang["collisions"]:
                    lang["collisions"].append(note)
                    print(f"warning: {locale}: {note} ({path})", file=sys.stderr)
                continue
            lang[table].setdefault(msgstr, msgid)
    return out


def _q(s: str) -> str:
    """A TOML basic string; invisible characters (the no-break space before French '?') written as \\uXXXX."""
    out = s.replace("\\", "\\\\").replace('"', '\\"')
    out = "".join(f"\\u{ord(c):04x}" if c != " " and unicodedata.category(c) in ("Zs", "Cc", "Cf") else c
                  for c in out)
    return '"' + out + '"'


def render(data: dict[str, dict], sources: dict[str, list[str]], command: str) -> str:
    order = {h: i for i, h in enumerate(HEADERS + PATTERNS)}
    lines = [
        "# WooCommerce product CSV export headers, translated -> English.",
        "#",
        "# WooCommerce's exporter (includes/export/class-wc-product-csv-exporter.php, get_default_column_names(),",
        "# the sprintf() columns \"Attribute %d name\", \"Download %d URL\", \"Meta: %s\"..., and \"Brands\" from",
        "# includes/admin/class-wc-admin-brands.php) writes its column headers in the shop admin's language.",
        "# toolkit/importers/woocommerce.py reads a header whose cells all come from one of these tables (or are",
        "# English) as a WooCommerce export.",
        "#",
        "# The translated strings are WooCommerce's translations (the `woocommerce` text domain), made by the",
        "# WordPress translation community on translate.wordpress.org and distributed under GPL-2.0-or-later like",
        "# WooCommerce itself. They were taken from the woocommerce-<locale>.po files that public repositories",
        "# vendor in wp-content/languages/plugins/; every spelling found across those versions is kept.",
        "#",
        "# Generated by tools/build_woo_headers.py; do not edit by hand. Rebuilt with:",
        f"#   {command}",
        "#",
        "# Sources per language:",
    ]
    for locale in sorted(data):
        for s in sources.get(locale) or [f"{p} (PO-Revision-Date {rev})" for p, rev, _ in data[locale]["files"]]:
            lines.append(f"#   {tag_of(locale)}: {s}")
    for locale in sorted(data):
        lang = data[locale]
        tag = tag_of(locale)
        lines += ["", f"[{_q(tag) if '-' in tag else tag}]", f"locale = {_q(locale)}"]
        revs = sorted({rev for _, rev, _ in lang["files"]})
        lines.append("po_revisions = [" + ", ".join(_q(r) for r in revs) + "]")
        for note in lang["collisions"]:
            lines.append(f"# note: {note}")
        if sources.get(locale):
            lines.append("sources = [")
            lines += [f"  {_q(s)}," for s in sources[locale]]
            lines.append("]")
        for table in ("headers", "patterns"):
            lines += ["", f"[{_q(tag) if '-' in tag else tag}.{table}]"]
            for tr, en in sorted(lang[table].items(), key=lambda kv: (order[kv[1]], kv[0])):
                lines.append(f"{_q(tr)} = {_q(en)}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+", type=Path, help="folders of woocommerce-<locale>.po files")
    ap.add_argument("-o", "--output", default="locales/_shared/woocommerce_headers.toml")
    ap.add_argument("--source", action="append", default=[], metavar="LOCALE=TEXT")
    ap.add_argument("--locales", default="", help="comma-separated WordPress locales to keep")
    args = ap.parse_args(argv)
    keep = {x.strip() for x in args.locales.split(",") if x.strip()}
    files = sorted({p for d in args.dirs for p in d.rglob("woocommerce-*.po")
                    if locale_of(p) and (not keep or locale_of(p) in keep)}, key=lambda p: (locale_of(p), str(p)))
    if not files:
        print("no woocommerce-<locale>.po file found", file=sys.stderr)
        return 2
    sources: dict[str, list[str]] = defaultdict(list)
    for s in args.source:
        loc, _, text = s.partition("=")
        sources[loc.strip()].append(text.strip())
    data = collect(files)
    for locale in sorted(data):
        missing = [h for h in HEADERS + PATTERNS
                   if h not in data[locale]["headers"].values() and h not in data[locale]["patterns"].values()]
        if missing:
            print(f"note: {locale}: no translation for {', '.join(missing)}", file=sys.stderr)
    command = "python tools/build_woo_headers.py " + " ".join(sys.argv[1:] if argv is None else argv)
    text = render(data, sources, command if len(command) < 200 else "python tools/build_woo_headers.py PO_DIR... "
                  "--source LOCALE=TEXT... (see the sources below)")
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, "utf-8")
        print(f"wrote {args.output}: {', '.join(tag_of(x) for x in sorted(data))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
