"""Product knowledge: what a product is (a taxonomy type) and what is true of it (typed facts with their
source spans), read with no model from catalog text in Chinese or English, corrected by people, and
rendered per market. See docs/facts-data.md."""

from __future__ import annotations

import json

from ..errors import CtkError
from ..model import Product
from .extract import QUANTITY_ATTRS, Fact, Knowledge, Source, extract
from .lexicon import load_lexicon

__all__ = ["Fact", "Knowledge", "Source", "extract", "knowledge_for", "apply_corrections", "parse_correction"]


def parse_correction(text: str) -> dict:
    """'+feature:foldable', '-material:cotton', 'type=desk_lamp', '+battery_life=40h' -> a correction dict."""
    t = text.strip()
    if t.startswith("type="):
        return {"op": "type", "value": t[5:].strip()}
    if t[:1] not in "+-":
        raise CtkError(f"cannot read the correction '{text}'",
                       hint="write +feature:foldable, -material:cotton, +battery_life=40 or type=desk_lamp")
    op = "add" if t[0] == "+" else "remove"
    body = t[1:].strip()
    if "=" in body:
        attr, val = body.split("=", 1)
        import re
        m = re.fullmatch(r"\s*([\d.]+)\s*([A-Za-z ]*)\s*", val)
        if attr.strip() in QUANTITY_ATTRS and m:
            n = float(m.group(1))
            return {"op": op, "attr": attr.strip(), "value": int(n) if n.is_integer() else n,
                    "unit": m.group(2).strip() or None}
        return {"op": op, "attr": attr.strip(), "value": val.strip()}
    attr, _, val = body.partition(":")
    return {"op": op, "attr": attr.strip(), "value": val.strip() or None}


def apply_corrections(k: Knowledge, corrections: list | None) -> Knowledge:
    """A marketer's corrections (kept in the project file) override what was extracted."""
    if not corrections:
        return k
    lex = load_lexicon()
    for c in corrections:
        op, attr, val = c.get("op"), c.get("attr"), c.get("value")
        if op == "type" and val:
            info = lex.types.get(val)
            k.type_id, k.group = val, info.group if info else k.group
            k.taxonomy = info.taxonomy if info else None
            k.type_source, k.type_confidence = Source("correction", 0, 0, val), 1.0
        elif op == "remove":
            k.facts = [f for f in k.facts if not (f.attr == attr and (val is None or f.value == val or
                                                                    f.attr in QUANTITY_ATTRS))]
        elif op == "add" and attr and val is not None:
            k.facts = [f for f in k.facts if not (f.attr == attr and (f.attr in QUANTITY_ATTRS or f.value == val))]
            k.facts.insert(0, Fact(attr, val, c.get("unit"), c.get("share"), Source("correction", 0, 0, str(val)),
                                   1.0, origin="user"))
    return k


def knowledge_for(product: Product, lexicon: tuple[str, ...] = (), corrections: list | None = None) -> Knowledge:
    """Extract once per product (the markets of a run share it); corrections are applied on a copy."""
    key = (tuple(lexicon), json.dumps(corrections or [], sort_keys=True, ensure_ascii=False))
    cache = product.__dict__.setdefault("_knowledge", {})
    if key not in cache:
        import copy
        base_key = (tuple(lexicon), "[]")
        if base_key not in cache:
            cache[base_key] = extract(product, load_lexicon(tuple(lexicon)))
        cache[key] = apply_corrections(copy.deepcopy(cache[base_key]), corrections) if corrections else cache[base_key]
    return cache[key]
