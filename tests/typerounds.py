"""What every round of product types (locales/_shared/types.toml, "# --- round N" blocks) must hold: the round's
block lists exactly its types, each type is well formed, its aliases are its own, and every market has a word with
the grammar it needs. Used by tests/test_types_round*.py."""

import tomllib
from decimal import Decimal

from toolkit.knowledge.lexicon import load_lexicon, norm_alias
from toolkit.knowledge.nouns import check_types, noun
from toolkit.knowledge.render import market_facts_data
from toolkit.markets import load_market
from toolkit.model import Product, Variant

from conftest import ROOT


def prod(title, description="", **kw):
    return Product(id=kw.pop("id", "p1"), title=title, description=description, options=[],
                   variants=[Variant(sku="x", options={}, price=Decimal("10"))], **kw)


def check_resolves(title: str, type_id: str) -> None:
    """A title resolves to the type, and the product takes the type's group."""
    from toolkit.knowledge import knowledge_for
    k = knowledge_for(prod(title))
    assert k.type_id == type_id, (title, k.type_id)
    assert k.group == load_lexicon().types[type_id].group


def check_block(ids: list[str], marker: str, until: str | None) -> None:
    """The block after `marker` (up to `until`, or the end of the file) holds exactly `ids`, each a well-formed
    type in a group the other types use."""
    text = (ROOT / "locales" / "_shared" / "types.toml").read_text("utf-8")
    block = text.split(marker, 1)[1].split("\n", 1)[1]
    if until:
        block = block.split(until, 1)[0]
    assert list(tomllib.loads(block)) == ids
    lex = load_lexicon()
    groups = {t.group for tid, t in lex.types.items() if tid not in ids and t.taxonomy_name}
    for tid in ids:
        t = lex.types[tid]
        assert t.group in groups, (tid, t.group)                  # a group the existing types use
        assert t.taxonomy_name and t.angles, tid
        assert t.taxonomy or t.verts, f"{tid}: a node or a vertical"
        assert not t.refines or t.refines in lex.types, tid


def check_own_aliases(ids: list[str]) -> None:
    lex = load_lexicon()
    for tid in ids:
        for a in (tid.replace("_", " "), *lex.types[tid].aliases):
            key = norm_alias(a)
            owner = lex.type_matcher.index.get(key) or lex.type_exact.get(key)
            assert owner == tid, (tid, a, owner)


def check_market_words(code: str, ids: list[str]) -> dict:
    """Every type of the round has a word with its grammar in the market; returns the market's [types]."""
    m = load_market(code)
    types = market_facts_data(m).get("types", {})
    missing = [t for t in ids if t not in types]
    assert not missing, f"{code}: no [types] word for {missing}"
    entries = {t: types[t] for t in ids}
    assert check_types(entries, m.grammar.get("genders", []), m.grammar.get("needs", []), m.folder / "facts.toml") == []
    for t, e in entries.items():
        n = noun(e)
        assert n and n.word.strip() and "{" not in n.word, (code, t)
        assert len(n.word) <= 32, (code, t, n.word)                       # it goes on screen
    return types
