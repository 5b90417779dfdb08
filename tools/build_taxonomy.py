#!/usr/bin/env python3
"""Rebuild locales/_shared/taxonomy/categories.json, the vendored subset of Shopify's Standard Product
Taxonomy (https://github.com/Shopify/product-taxonomy, MIT; see locales/_shared/taxonomy/LICENSE).

The subset is every category id named by a `taxonomy = "<id>"` line of locales/_shared/types.toml plus all
of its ancestors (so a seller's "Product Category" column holding a full path, an ancestor path or an id
can be mapped). For each node it keeps the full path and the node's own name in every language the release
ships, and the Google product category id when the release's Google mapping is available.

Sources, per language, the release file dist/<lang>/categories.txt, one line per category:

    gid://shopify/TaxonomyCategory/aa-1-13-8 : Apparel & Accessories > Clothing > Clothing Tops > T-Shirts

either downloaded from raw.githubusercontent.com at a git ref (--ref: a tag such as v2026-08, a branch or a
commit) or read from a local checkout or unpacked release (--from DIR, DIR holding dist/ or being dist/).
A language whose file the release lacks is skipped. Standard library only; the output is deterministic
(sorted keys, UTF-8, two-space indent).

    python tools/build_taxonomy.py                      # download at the default ref
    python tools/build_taxonomy.py --ref v2026-08       # another release
    python tools/build_taxonomy.py --from ~/src/product-taxonomy
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
import urllib.error
import urllib.request
from pathlib import Path

REPO = "Shopify/product-taxonomy"
SOURCE = f"https://github.com/{REPO}"
RAW = f"https://raw.githubusercontent.com/{REPO}"
# The commit the vendored file was taken from (its dist/en/categories.txt says 2026-08-unstable).
DEFAULT_REF = "9dd67d5bba4154b1a3600e532e101f078411b460"
GOOGLE_VERSION = "2021-09-21"

# Output language code -> directory names under dist/ to try, in order.
LANGS: dict[str, tuple[str, ...]] = {
    "en": ("en",), "de": ("de",), "fr": ("fr",), "es": ("es",), "it": ("it",), "pt-BR": ("pt-BR",),
    "ja": ("ja",), "ko": ("ko",), "id": ("id", "id-ID"), "th": ("th",), "vi": ("vi",),
    "ar": ("ar", "ar-SA"), "ms": ("ms", "ms-MY"),
}

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TYPES = ROOT / "locales" / "_shared" / "types.toml"
DEFAULT_OUT = ROOT / "locales" / "_shared" / "taxonomy" / "categories.json"

GID_PREFIX = "gid://shopify/TaxonomyCategory/"
ID_RE = re.compile(r"^[a-z]{2}(?:-\d+)*$")
LINE_RE = re.compile(r"^gid://shopify/TaxonomyCategory/([a-z]{2}(?:-\d+)*)\s*:\s*(.*?)\s*$")
HEADER_RE = re.compile(r"^#\s*Shopify Product Taxonomy\s*-\s*Categories:\s*(\S+)")
SEP = " > "


def parse_categories(text: str) -> tuple[str | None, dict[str, str]]:
    """The release version named in the header (or None) and {category id: full path} of a
    dist/<lang>/categories.txt text. Comment and blank lines are skipped; other lines must parse."""
    version, paths = None, {}
    for n, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            m = HEADER_RE.match(line)
            if m and version is None:
                version = m.group(1)
            continue
        m = LINE_RE.match(line)
        if not m or not m.group(2):
            raise ValueError(f"line {n}: not a category line: {raw!r}")
        paths[m.group(1)] = m.group(2)
    return version, paths


def ancestors(node_id: str) -> list[str]:
    """The node and its ancestors, root first: aa-1-13 -> [aa, aa-1, aa-1-13]."""
    parts = node_id.split("-")
    return ["-".join(parts[:i]) for i in range(1, len(parts) + 1)]


def wanted_ids(types_file: Path) -> set[str]:
    """Every taxonomy id of types.toml (bare or as a gid) with all its ancestors."""
    with open(types_file, "rb") as f:
        types = tomllib.load(f)
    ids = set()
    for name, table in types.items():
        if not isinstance(table, dict):
            continue
        tid = str(table.get("taxonomy") or "").strip()
        if tid.startswith(GID_PREFIX):
            tid = tid[len(GID_PREFIX):]
        if not tid:
            continue
        if not ID_RE.match(tid):
            raise ValueError(f"{types_file}: [{name}] taxonomy {tid!r} is not a category id")
        ids.update(ancestors(tid))
    return ids


def fetch(url: str, timeout: float = 60.0) -> str | None:
    """The UTF-8 text at url, or None when it does not exist (HTTP 404)."""
    req = urllib.request.Request(url, headers={"User-Agent": "ctk-build-taxonomy"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        if e.code == 404:
            return None
        raise


class Source:
    """Reads release files from a local directory or from raw.githubusercontent.com at a ref."""

    def __init__(self, local: Path | None, ref: str):
        self.ref = ref
        self.dist = None
        if local is not None:
            local = local.expanduser()
            self.dist = local / "dist" if (local / "dist").is_dir() else local
            if not self.dist.is_dir():
                raise FileNotFoundError(f"{local}: no dist/ directory")

    def describe(self) -> str:
        return str(self.dist) if self.dist else f"{RAW}/{self.ref}/dist"

    def read(self, rel: str) -> str | None:
        if self.dist is not None:
            p = self.dist / rel
            return p.read_text("utf-8") if p.is_file() else None
        return fetch(f"{RAW}/{self.ref}/dist/{rel}")


def google_ids(text: str) -> dict[str, str]:
    """{shopify id: google id} from a dist/en/integrations/google/shopify_*_to_google_*.json mapping
    (the first output category of each rule)."""
    data = json.loads(text)
    out = {}
    for mapping in data.get("mappings", []):
        for rule in mapping.get("rules", []):
            src = ((rule.get("input") or {}).get("category") or {}).get("id") or ""
            dst = (rule.get("output") or {}).get("category") or []
            if isinstance(dst, dict):
                dst = [dst]
            if src.startswith(GID_PREFIX) and dst and dst[0].get("id"):
                out.setdefault(src[len(GID_PREFIX):], str(dst[0]["id"]))
    return out


def load_google(src: Source, version: str | None) -> dict[str, str]:
    names = []
    if version:
        names.append(f"shopify_{version}_to_google_{GOOGLE_VERSION}.json")
        stable = re.sub(r"-unstable$", "", version)
        if stable != version:
            names.append(f"shopify_{stable}_to_google_{GOOGLE_VERSION}.json")
    if src.dist is not None:  # a local release: also accept the newest mapping it holds
        found = sorted((src.dist / "en" / "integrations" / "google").glob(f"shopify_*_to_google_{GOOGLE_VERSION}.json"))
        names += [p.name for p in reversed(found)]
    for name in dict.fromkeys(names):
        text = src.read(f"en/integrations/google/{name}")
        if text:
            return google_ids(text)
    return {}


def build(src: Source, wanted: set[str], langs: list[str], google: bool = True,
          log=lambda *a: None) -> dict:
    paths: dict[str, dict[str, str]] = {}
    version = None
    for lang in langs:
        text = None
        for d in LANGS.get(lang, (lang,)):
            text = src.read(f"{d}/categories.txt")
            if text is not None:
                break
        if text is None:
            if lang == "en":
                raise FileNotFoundError(f"{src.describe()}/en/categories.txt not found")
            log(f"  {lang}: no categories.txt in this release, skipped")
            continue
        v, table = parse_categories(text)
        if lang == "en":
            version = v
            missing = sorted(wanted - table.keys())
            if missing:
                raise KeyError(f"ids not in this release: {', '.join(missing)}")
        paths[lang] = {i: table[i] for i in wanted if i in table}
        log(f"  {lang}: {len(paths[lang])}/{len(wanted)} nodes")
    gmap = load_google(src, version) if google else {}
    if google and not gmap:
        log("  google: no mapping file found, google ids left null")
    cats = {}
    for nid in sorted(wanted):
        node_paths = {lang: t[nid] for lang, t in paths.items() if nid in t}
        cats[nid] = {
            "path": node_paths,
            "name": {lang: p.rsplit(SEP, 1)[-1] for lang, p in node_paths.items()},
            "google": gmap.get(nid),
        }
    return {"source": SOURCE, "release": version, "licence": "MIT", "categories": cats}


def dump(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", default=DEFAULT_REF,
                    help=f"git tag, branch or commit of {REPO} to download (default: {DEFAULT_REF})")
    ap.add_argument("--from", dest="local", type=Path, metavar="DIR",
                    help="read a local checkout or release (DIR/dist/<lang>/categories.txt) instead")
    ap.add_argument("--types", type=Path, default=DEFAULT_TYPES, help="types.toml naming the ids to keep")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output file ('-' for stdout)")
    ap.add_argument("--langs", default=",".join(LANGS),
                    help="comma-separated output languages; en is required (default: %(default)s)")
    ap.add_argument("--no-google", action="store_true", help="do not look for the Google mapping")
    args = ap.parse_args(argv)

    langs = [x.strip() for x in args.langs.split(",") if x.strip()]
    if "en" not in langs:
        langs.insert(0, "en")
    log = lambda *a: print(*a, file=sys.stderr)
    try:
        src = Source(args.local, args.ref)
        wanted = wanted_ids(args.types)
        if not wanted:
            raise ValueError(f"{args.types}: no taxonomy ids")
        log(f"{len(wanted)} nodes from {args.types}; reading {src.describe()}")
        data = build(src, wanted, langs, google=not args.no_google, log=log)
    except (KeyError, OSError, ValueError, urllib.error.URLError) as e:
        log(f"error: {e.args[0] if isinstance(e, KeyError) else e}")
        return 1
    text = dump(data)
    if str(args.out) == "-":
        sys.stdout.write(text)
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, "utf-8")
        log(f"wrote {args.out} (release {data['release']}, {len(data['categories'])} nodes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
