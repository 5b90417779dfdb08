"""The term lexicon (locales/_shared/lexicon.toml + concepts.toml materials + user files) and the product
types (locales/_shared/types.toml): loaded once, compiled into one matcher per attribute."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError
from ..markets import concepts, locales_dir

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# enum attributes whose values are read from free text (colour comes from options, size too)
ENUM_ATTRS = ("material", "feature", "scent", "ingredient", "pattern", "port", "connectivity", "finish",
              "audience", "flavor", "caveat")
GENERIC_TYPES = {"gift_box", "apparel", "beauty", "home", "electronics", "gifts", "accessories", "jewelry", "toy"}
# single generic words that name a type only when they are the whole category field, never inside a title
EXACT_ONLY = {"case", "light", "cup", "cream", "throw", "pot", "watch", "bottle", "tee", "spf", "pu", "bag", "home",
              "gift", "tech", "multi", "brush", "ring", "pan", "plate"}


# of those, the ones a short English title ends with as its head noun ("Copper Light"): the type
HEAD_ONLY = {"light"}   # not "lights": a set of bike lights is no bedside lamp


def norm_alias(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", text.strip().lower())


@dataclass
class Matcher:
    """Longest-first alternation over every alias; English aliases are word-bounded (plurals allowed)."""
    regex: re.Pattern | None
    index: dict[str, str]                      # lower-cased alias -> value id

    def finditer(self, text: str):
        if not self.regex or not text:
            return
        for m in self.regex.finditer(text):
            key = norm_alias(m.group(0))
            vid = self.index.get(key) or self.index.get(key.replace(" ", ""))
            if vid is None:
                for cut in (1, 2):
                    vid = self.index.get(key[:-cut]) or self.index.get(key[:-cut].replace(" ", ""))
                    if vid:
                        break
            if vid:
                yield m.start(), m.end(), vid


def _compile(index: dict[str, str]) -> Matcher:
    if not index:
        return Matcher(None, {})
    parts = []
    for alias in sorted(index, key=lambda a: (-len(a), a)):
        esc = re.escape(alias).replace(r"\ ", " ").replace(r"\-", "-")
        esc = re.sub(r"[ -]", r"[\\s\\-]?", esc)
        if HAN.search(alias):
            parts.append(esc)
        else:
            # a Latin word ends at any Latin letter, accented too: "bois" is not in "boisé" (a woody perfume)
            pre = r"(?<![0-9A-Za-z\u00c0-\u024f])" if alias[:1].isalnum() else ""
            post = r"(?:e?s)?(?![0-9A-Za-z\u00c0-\u024f])" if alias[-1:].isalnum() else ""
            parts.append(pre + esc + post)
    lookup = dict(index)
    for k, v in index.items():
        lookup.setdefault(k.replace(" ", ""), v)
    return Matcher(re.compile("|".join(parts), re.I), lookup)


@dataclass
class TypeInfo:
    id: str
    group: str
    taxonomy: str
    taxonomy_name: str
    angles: tuple[str, ...]
    aliases: tuple[str, ...]
    reinterpret: dict = field(default_factory=dict)      # fact id -> fact id, for this type
    refines: str = ""                                    # the broader type this one is a kind of
    vertical: object = ""                                # taxonomy vertical(s) ("ap", ["hb", "sg"]) without a node
    implies: tuple[str, ...] = ()                        # facts the type word already says (jeans: material:denim)
    seller_quotes: bool = True                           # false: the seller's sentences are never quoted (health claims)
    giftable: bool = True                                # false: no festival gift line (furniture)

    @property
    def verts(self) -> tuple:
        if self.taxonomy:
            return (self.taxonomy.split("-")[0],)
        v = self.vertical
        return tuple(v) if isinstance(v, list) else ((v,) if v else ())


@dataclass
class Lexicon:
    kinds: dict[str, str]                                  # attr -> enum | flag | item
    values: dict[str, dict[str, list[str]]]                # attr -> value id -> aliases
    matchers: dict[str, Matcher]
    items: Matcher
    types: dict[str, TypeInfo]
    type_matcher: Matcher
    type_exact: dict[str, str]                             # lower alias -> type (exact-only aliases)
    sources: list[str] = field(default_factory=list)
    all_values: Matcher | None = None                      # every enum alias in one pass: "attr\x00value"
    _known: set | None = None
    domains: dict = field(default_factory=dict)            # fact id -> groups where the term means that
    finer: dict = field(default_factory=dict)              # material -> the finer materials that say it
    subsumes: dict = field(default_factory=dict)           # fact id -> fact ids its line already says

    def value_hits(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, attr, value) of every lexicon term in text, longest first, in one regex pass."""
        out = []
        for a, b, key in self.all_values.finditer(text):
            attr, _, vid = key.partition("\x00")
            out.append((a, b, attr, vid))
        return out

    def known_aliases(self) -> set[str]:
        if self._known is not None:
            return self._known
        out = set()
        for vals in self.values.values():
            for aliases in vals.values():
                out.update(a.lower() for a in aliases)
        for t in self.types.values():
            out.update(a.lower() for a in t.aliases)
        self._known = out
        return out


def _read(path: Path) -> dict:
    from ..tomlfile import read_toml
    return read_toml(path, missing="lexicon file not found", missing_hint="check the path given to --lexicon",
                     syntax_hint="a lexicon is [attribute] tables of value = [\"alias\", ...]")


def _merge(values: dict, kinds: dict, data: dict, path: Path, user: bool = False) -> None:
    for attr, table in data.items():
        if user and attr not in kinds and not (isinstance(table, dict) and table.get("_kind")):
            known = ", ".join(sorted(kinds)) + ", types"
            raise ConfigError(f"unknown section [{attr}]", file=str(path),
                              hint=f"sections are the lexicon's attributes ({known}); a new one needs "
                                   '_kind = "enum" (and words for it in each market)')
        if not isinstance(table, dict):
            raise ConfigError(f"'{attr}' must be a table of value = [aliases]", file=str(path),
                              hint='e.g. [feature]\nfoldable = ["foldable", "可折叠"]')
        kind = table.get("_kind")
        if kind:
            kinds[attr] = kind
        kinds.setdefault(attr, "enum")
        for vid, aliases in table.items():
            if vid.startswith("_"):
                continue
            if isinstance(aliases, str):
                aliases = [aliases]
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise ConfigError(f"'{attr}.{vid}' must be a list of strings", file=str(path),
                                  hint=f'{vid} = ["spelling one", "spelling two"]')
            aliases = [a for a in aliases if a.strip()]           # an empty spelling would match everywhere
            cur = values.setdefault(attr, {}).setdefault(vid, [])
            cur[:0] = [a for a in aliases if a not in cur]      # user aliases first


@lru_cache(maxsize=16)
def load_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    root = locales_dir() / "_shared"
    values: dict[str, dict[str, list[str]]] = {}
    kinds: dict[str, str] = {}
    conc = concepts()
    values["material"] = {cid: list(al) for cid, al in conc.get("material", {}).items()}
    kinds["material"] = "enum"
    base = _read(root / "lexicon.toml")
    domains = base.pop("domains", {}) or {}
    finer = base.pop("finer", {}) or {}
    subsumes = base.pop("subsumes", {}) or {}
    if not isinstance(domains, dict) or not all(isinstance(v, list) for v in domains.values()):
        raise ConfigError("[domains] must map a fact id to a list of groups", file=str(root / "lexicon.toml"),
                          hint='"feature:eye_care" = ["home", "electronics"]')
    _merge(values, kinds, base, root / "lexicon.toml")
    tdata = _read(root / "types.toml")
    for p in extra:
        d = _read(Path(p))
        tx = d.pop("types", None)
        if tx is not None and not isinstance(tx, dict):
            raise ConfigError("'types' must be a table of type = [\"alias\", ...]", file=str(p),
                              hint='[types]\nblender = ["blender", "破壁机"]')
        if isinstance(tx, dict):
            for tid, al in tx.items():
                if not (isinstance(al, str) or (isinstance(al, list) and all(isinstance(a, str) for a in al))):
                    raise ConfigError(f"[types] '{tid}' must be a list of words", file=str(p),
                                      hint=f'{tid} = ["your word", "另一个词"]')
                tdata.setdefault(tid, {"group": "gifts", "angles": []})
                tdata[tid]["aliases"] = list(al if isinstance(al, list) else [al]) + list(tdata[tid].get("aliases", []))
        _merge(values, kinds, d, Path(p), user=True)
    types: dict[str, TypeInfo] = {}
    cat_aliases = conc.get("category", {})
    for tid, t in tdata.items():
        if not isinstance(t, dict):
            continue
        al = list(t.get("aliases", [])) + list(cat_aliases.get(tid, []))
        types[tid] = TypeInfo(tid, t.get("group", "gifts"), t.get("taxonomy", ""), t.get("taxonomy_name", ""),
                              tuple(a for a in t.get("angles", [])), tuple(dict.fromkeys(al)),
                              dict(t.get("reinterpret", {})), t.get("refines", ""), t.get("vertical", ""),
                              tuple(t.get("implies", ())), t.get("seller_quotes", True) is not False,
                              t.get("giftable", True) is not False)
    for tid, al in cat_aliases.items():            # broad concept categories without a types.toml entry
        if tid not in types:
            types[tid] = TypeInfo(tid, tid, "", "", (), tuple(al))
    tindex, texact = {}, {}
    for tid, t in types.items():
        for a in (tid.replace("_", " "), *t.aliases):
            a = norm_alias(a)
            if not a:
                continue
            if a in EXACT_ONLY or (len(a) < 3 and not HAN.search(a)):
                texact.setdefault(a, tid)
            else:
                tindex.setdefault(a, tid)
    matchers = {}
    for attr in values:
        if kinds.get(attr) == "item":
            continue
        idx = {}
        for vid, aliases in values[attr].items():
            for a in aliases:
                idx.setdefault(norm_alias(a), vid)
        matchers[attr] = _compile(idx)
    item_idx = {norm_alias(a): vid for attr, k in kinds.items() if k == "item"
                for vid, al in values[attr].items() for a in al}
    combined: dict[str, str] = {}
    for attr in values:
        if kinds.get(attr) == "item" or attr == "color":
            continue
        for vid, aliases in values[attr].items():
            for a in aliases:
                combined.setdefault(norm_alias(a), f"{attr}\x00{vid}")
    return Lexicon(kinds, values, matchers, _compile(item_idx), types, _compile(tindex), texact,
                   sources=[str(root / "lexicon.toml"), *extra], all_values=_compile(combined), domains=domains,
                   finer={k: tuple(v) for k, v in finer.items() if isinstance(v, list)},
                   subsumes={k: tuple(v) for k, v in subsumes.items() if isinstance(v, list)})


def refines(lex: "Lexicon", tid: str, broader: str) -> bool:
    """True when `tid` is a kind of `broader` through types.toml `refines`, at any depth (a star projector is a
    projector, which is a lamp)."""
    seen = set()
    while tid and tid not in seen:
        seen.add(tid)
        tid = getattr(lex.types.get(tid), "refines", "") or ""
        if tid == broader:
            return True
    return False


def names_other_type(text: str, tid: str | None) -> bool:
    """A sentence of the description that names another kind of product than the one sold ("An oval pendant with a
    delicate necklace" in earrings copied from a necklace's page): not quoted as this product's."""
    if not tid:
        return False
    lex = load_lexicon()
    for _, _, other in lex.type_matcher.finditer(text.lower()):
        if other not in (tid, lex.types[tid].group) and not refines(lex, other, tid) and not refines(lex, tid, other):
            return True
    return False
