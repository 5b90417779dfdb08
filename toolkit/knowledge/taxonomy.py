"""Shopify's Standard Product Taxonomy (a vendored subset, locales/_shared/taxonomy/categories.json, MIT):
map a seller's category (Shopify path or id, Google product category path or id) to a ctk product type,
and give a type's catalog name in a language."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from ..markets import locales_dir
from .lexicon import norm_alias

GID = re.compile(r"^(?:gid://shopify/TaxonomyCategory/)?([a-z]{2}(?:-\d+)*)$")


@lru_cache(maxsize=1)
def categories() -> dict:
    path = locales_dir() / "_shared" / "taxonomy" / "categories.json"
    try:
        return json.loads(path.read_text("utf-8")).get("categories", {})
    except (OSError, ValueError):
        return {}


@lru_cache(maxsize=1)
def _path_index() -> dict[str, str]:
    idx = {}
    for nid, node in categories().items():
        for lang, p in (node.get("path") or {}).items():
            if p:
                idx.setdefault(norm_alias(p.replace(" > ", ">")), nid)
    return idx


@lru_cache(maxsize=1)
def _google_index() -> dict[str, str]:
    return {str(n["google"]): nid for nid, n in categories().items() if n.get("google")}


def ancestors(node_id: str) -> list[str]:
    parts = node_id.split("-")
    return ["-".join(parts[:i]) for i in range(len(parts), 0, -1)]


def node_for(text: str) -> str | None:
    text = (text or "").strip()
    if not text:
        return None
    m = GID.match(text)
    if m and m.group(1) in categories():
        return m.group(1)
    if text.isdigit():
        return _google_index().get(text)
    key = norm_alias(re.sub(r"\s*>\s*", ">", text))
    return _path_index().get(key)


def type_from_category(text: str, lex) -> str | None:
    """The ctk type of a category path or id: the type whose taxonomy node is the category or its nearest
    ancestor; for a path we don't hold, the deepest path segment that names a type."""
    if not text:
        return None
    by_node: dict[str, str] = {}
    for tid, t in lex.types.items():
        if t.taxonomy and t.taxonomy not in by_node:
            by_node[t.taxonomy] = tid
    nid = node_for(text)
    if nid:
        for a in ancestors(nid):
            if a in by_node:
                return by_node[a]
    for seg in reversed(re.split(r"\s*>\s*", text)):
        for a, b, tid in lex.type_matcher.finditer(seg):
            return tid
        tid = lex.type_exact.get(norm_alias(seg))
        if tid:
            return tid
    return None


# The verticals (top-level nodes) of the Shopify Standard Product Taxonomy, by id; the vendored subset holds
# only some of them, but a seller's category path names its vertical first, in any of these spellings.
VERTICALS = {"aa": "Apparel & Accessories", "ap": "Animals & Pet Supplies", "ae": "Arts & Entertainment",
             "bt": "Baby & Toddler", "bi": "Business & Industrial", "co": "Cameras & Optics",
             "el": "Electronics", "fb": "Food, Beverages & Tobacco", "fr": "Furniture", "ha": "Hardware",
             "hb": "Health & Beauty", "hg": "Home & Garden", "lb": "Luggage & Bags", "ma": "Mature",
             "me": "Media", "os": "Office Supplies", "rc": "Religious & Ceremonial", "se": "Software",
             "sg": "Sporting Goods", "tg": "Toys & Games", "vp": "Vehicles & Parts"}


# the ctk group of a product whose type ctk does not know, by its vertical (benefit lines and market fit)
VERTICAL_GROUP = {"aa": "apparel", "hg": "home", "fr": "home", "el": "electronics", "co": "electronics",
                  "hb": "beauty", "tg": "toys", "bt": "baby", "ap": "pets", "sg": "sports", "fb": "food", "lb": "accessories",
                  "os": "home"}


def vertical_of(text: str) -> str | None:
    """The taxonomy vertical a category path or id belongs to ("Home & Garden > Kitchen…" -> "hg")."""
    text = (text or "").strip()
    if not text:
        return None
    nid = node_for(text)
    if nid:
        return nid.split("-")[0]
    m = GID.match(text)
    if m:
        return m.group(1).split("-")[0]
    head = norm_alias(re.split(r"\s*>\s*", text)[0])
    for vid, name in VERTICALS.items():
        if norm_alias(name) == head:
            return vid
    for vid, node in categories().items():
        if "-" not in vid and any(norm_alias(p) == head for p in (node.get("path") or {}).values() if p):
            return vid
    return None


def catalog_name(node_id: str | None, language: str) -> str | None:
    """The taxonomy's own name of a node in a language (pt-BR for pt, etc.), or None."""
    if not node_id:
        return None
    node = categories().get(node_id)
    if not node:
        return None
    names = node.get("name") or {}
    lang = language.split("-")[0]
    for k in (language, {"pt": "pt-BR"}.get(lang, lang), lang):
        if names.get(k):
            return names[k]
    return None


def refined_by_path(title: str, path: str, lex) -> tuple[str, int, int] | None:
    """A title that names its product by a generic word only ("ABUS - GEMINI LIGHTS": "light" names a lamp only as
    a whole category field, never inside a title) is the type refining that word's type whose own taxonomy name is
    a segment of the seller's category path ("... > Bicycle Accessories": bike_light refines lamp), deepest segment
    first: (type, start, end) of the title word, or None."""
    segs = [norm_alias(s) for s in reversed(re.split(r"\s*>\s*", path or "")) if s.strip()]
    if not segs or not title:
        return _head_word(title, lex)
    for m in re.finditer(r"[A-Za-z]+", title):
        w = m.group(0).lower()
        broad = next((lex.type_exact[k] for k in (w, w[:-1], w[:-2]) if k and k in lex.type_exact), None)
        if not broad or broad not in lex.types:
            continue
        own = norm_alias(lex.types[broad].taxonomy_name)      # a ring light shares the lamp's node name: not finer
        finer = {norm_alias(t.taxonomy_name): t.id for t in lex.types.values()
                 if t.refines == broad and t.taxonomy_name and norm_alias(t.taxonomy_name) != own}
        for s in segs:
            if s in finer:
                return finer[s], m.start(), m.end()
    return _head_word(title, lex)


def _head_word(title: str, lex) -> tuple[str, int, int] | None:
    """A short English title ending in a generic head noun ("Copper Light") is that noun's type (a lamp)."""
    from .lexicon import HEAD_ONLY
    last = re.search(r"([A-Za-z]+)\W*$", title or "")
    tid = lex.type_exact.get(last.group(1).lower()) if last and last.group(1).lower() in HEAD_ONLY else None
    return (tid, last.start(1), last.end(1)) if tid in lex.types and len(title.split()) <= 4 else None


def product_vertical(product) -> str | None:
    """The taxonomy vertical of a product's category path: the Product Category column, Google's, or a Type
    column that holds a path ("Office Supplies > … > Organizers")."""
    cat = product.category or ""
    return vertical_of(product.attributes.get("product_category", "")) or \
        vertical_of(product.attributes.get("google_product_category", "")) or (vertical_of(cat) if ">" in cat else None)


def product_group(product) -> str | None:
    """The ctk group a product's category path names by its vertical (an untyped gin is food)."""
    return VERTICAL_GROUP.get(product_vertical(product) or "")
