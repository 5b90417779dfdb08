"""How creative features become the model's columns: a categorical feature is one-hot against a baseline
level ("none" when there is one, else the commonest), a yes/no feature is 0/1 (baseline no), a number is
standardized (baseline the data's mean), and a theme can be crossed with a flag (a festival theme *inside*
its window) so an effect that only exists together shows as its own column. numpy is imported lazily."""
from __future__ import annotations

from dataclasses import asdict, dataclass

# (categorical feature, yes/no flag): one column per level of the first, on only when the flag is yes too
INTERACTIONS: tuple[tuple[str, str], ...] = (("festival", "festival_in_window"),)
NONE_LEVELS = ("none", "", "no", "off", "-")
MAX_LEVELS, MIN_LEVEL_N = 12, 3          # a categorical feature's own columns; rarer values share OTHER
OTHER = "(other)"
TRUE = {"1", "true", "yes", "y", "on", "是"}
FALSE = {"0", "false", "no", "n", "off", "否", ""}


@dataclass(frozen=True)
class Column:
    name: str           # "hook=question", "price_shown", "scene_count", "festival=songkran&festival_in_window"
    feature: str
    kind: str           # cat | bool | num | inter
    level: str = ""     # cat and inter: the level that turns the column on (OTHER: any value not listed)
    flag: str = ""      # inter: the yes/no feature it is crossed with; cat OTHER: the listed values, |-joined
    mean: float = 0.0   # num: the data's mean and standard deviation
    sd: float = 1.0

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v not in ("", 0.0) or k in ("name", "kind")}

    @staticmethod
    def from_dict(d: dict) -> "Column":
        return Column(**{k: d[k] for k in ("name", "feature", "kind", "level", "flag", "mean", "sd") if k in d})


def is_true(v) -> bool:
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return v != 0
    return str(v).strip().lower() in TRUE


def _is_bool(v) -> bool:
    return isinstance(v, bool) or (isinstance(v, str) and v.strip().lower() in (TRUE | FALSE) - {""})


def _is_num(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def level(v) -> str:
    """A categorical value as the model keys it: text, trimmed, lower case; missing is 'none'."""
    if v is None:
        return "none"
    return str(v).strip().lower() or "none"


def kind_of(values: list) -> str:
    seen = [v for v in values if v is not None and v != ""]
    if seen and all(_is_bool(v) for v in seen):
        return "bool"
    if seen and all(_is_num(v) for v in seen):
        return "num"
    return "cat"


class Table:
    """Feature values by name over many creatives, each distinct value read once (100,000 rows stay fast)."""

    def __init__(self, dicts: list[dict]):
        self.dicts, self._vals, self._maps = dicts, {}, {}

    def __len__(self) -> int:
        return len(self.dicts)

    def names(self) -> list[str]:
        return sorted({k for d in self.dicts for k in d})

    def values(self, name: str) -> list:
        if name not in self._vals:
            self._vals[name] = [d.get(name) for d in self.dicts]
        return self._vals[name]

    def mapped(self, name: str, fn, key: str) -> list:
        """fn over the feature's values, computed once per distinct value."""
        if (name, key) not in self._maps:
            cache: dict = {}
            out = []
            for v in self.values(name):
                k = (v.__class__, v)                # True and 1.0 are equal keys, but not the same value
                try:
                    r = cache[k]
                except KeyError:
                    r = cache[k] = fn(v)
                except TypeError:                   # an unhashable value (a list): no cache
                    r = fn(v)
                out.append(r)
            self._maps[(name, key)] = out
        return self._maps[(name, key)]

    def distinct(self, name: str) -> list:
        seen: dict = {}
        for v in self.values(name):
            try:
                seen.setdefault(v, None)
            except TypeError:
                seen.setdefault(repr(v), None)
        return list(seen)

    def levels(self, name: str) -> list[str]:
        return self.mapped(name, level, "level")

    def truth(self, name: str) -> list[bool]:
        return self.mapped(name, lambda v: v is not None and is_true(v), "truth")


def _table(t) -> Table:
    return t if isinstance(t, Table) else Table(list(t))


def build_columns(dicts, interactions=INTERACTIONS) -> tuple[list[Column], dict, dict]:
    """The columns the data supports, each feature's baseline level and its kind. A feature with one value
    only teaches nothing and is left out."""
    import math
    from collections import Counter
    t = _table(dicts)
    cols: list[Column] = []
    baselines: dict = {}
    kinds: dict = {}
    for name in t.names():
        kind = kinds[name] = kind_of(t.distinct(name))
        if kind == "bool":
            if len(set(t.truth(name))) > 1:
                cols.append(Column(name, name, "bool"))
                baselines[name] = False
        elif kind == "num":
            xs = [float(v) for v in t.values(name) if _is_num(v)]
            mean = math.fsum(xs) / len(xs)
            sd = math.sqrt(math.fsum((x - mean) ** 2 for x in xs) / max(1, len(xs) - 1))
            if sd > 0:
                cols.append(Column(name, name, "num", mean=mean, sd=sd))
                baselines[name] = mean
        else:
            counts = Counter(t.levels(name))
            if len(counts) < 2:
                continue
            base = next((x for x in NONE_LEVELS if x in counts), None) or max(counts, key=lambda k: (counts[k], k))
            baselines[name] = base
            ranked = sorted((lv for lv in counts if lv != base), key=lambda lv: (-counts[lv], lv))
            kept = sorted(lv for lv in ranked[:MAX_LEVELS] if counts[lv] >= MIN_LEVEL_N)
            cols += [Column(f"{name}={lv}", name, "cat", level=lv) for lv in kept]
            if len(kept) < len(ranked):          # rare values share one column (a value never seen joins them)
                cols.append(Column(f"{name}={OTHER}", name, "cat", level=OTHER, flag="|".join([base] + kept)))
    for cat, flag in interactions:
        if kinds.get(cat) == "cat" and kinds.get(flag) == "bool" and cat in baselines and flag in baselines:
            pairs = set(zip(t.levels(cat), t.truth(flag)))
            on = {lv for lv, f in pairs if f} - {baselines[cat]}
            cols += [Column(f"{cat}={lv}&{flag}", cat, "inter", level=lv, flag=flag) for lv in sorted(on)]
            if on and (baselines[cat], True) not in pairs:
                # the flag is only ever on with a theme: the crossed columns say all it can, alone it would
                # only blur them (it stays a feature, read through them)
                cols = [c for c in cols if not (c.kind == "bool" and c.feature == flag)]
    return cols, baselines, kinds


def encode(columns: list[Column], dicts):
    """An (n, columns) float array; a missing feature is its baseline."""
    import numpy as np
    t = _table(dicts)
    X = np.zeros((len(t), len(columns)))
    codes: dict = {}

    def coded(name):                         # a feature's levels as integers, and the integer of each level
        if name not in codes:
            index: dict = {}
            arr = np.fromiter((index.setdefault(lv, len(index)) for lv in t.levels(name)), dtype=np.int64,
                              count=len(t))
            codes[name] = (arr, index)
        return codes[name]
    for j, c in enumerate(columns):
        if c.kind == "num":
            X[:, j] = t.mapped(c.feature, lambda v, c=c: (float(v) - c.mean) / c.sd if _is_num(v) else 0.0,
                               f"num{c.mean!r}{c.sd!r}")
        elif c.kind == "bool":
            X[:, j] = t.truth(c.feature)
        elif c.kind == "cat" and c.level == OTHER:
            arr, index = coded(c.feature)
            known = [index[k] for k in c.flag.split("|") if k in index]
            present = np.array([v is not None for v in t.values(c.feature)])
            X[:, j] = present & ~np.isin(arr, known)
        elif c.kind == "cat":
            arr, index = coded(c.feature)
            X[:, j] = arr == index.get(c.level, -1)
        else:
            arr, index = coded(c.feature)
            X[:, j] = (arr == index.get(c.level, -1)) & np.array(t.truth(c.flag), dtype=bool)
    return X


def level_key(kind: str, value) -> str:
    """How `counts` keys a value: its level (categorical), true/false (yes/no), '*' (a number)."""
    if kind == "num":
        return "*"
    if kind == "bool":
        return "true" if value is not None and is_true(value) else "false"
    return level(value)


def count_levels(markets: list[str], dicts, kinds: dict) -> dict:
    """market -> feature -> level -> creatives with it (and market -> '*' -> total): the evidence behind
    an answer."""
    from collections import Counter
    t = _table(dicts)
    out: dict = {m: {"*": n} for m, n in Counter(markets).items()}
    for name, kind in kinds.items():
        if kind == "num":
            keys = t.mapped(name, lambda v: "*" if _is_num(v) else None, "numkey")
        else:
            keys = t.mapped(name, lambda v, kind=kind: level_key(kind, v), "key" + kind)
        for (m, k), n in Counter(zip(markets, keys)).items():
            if k is not None:
                out[m].setdefault(name, {})[k] = n
    return out
