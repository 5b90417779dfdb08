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


def build_columns(dicts: list[dict], interactions=INTERACTIONS) -> tuple[list[Column], dict, dict]:
    """The columns the data supports, each feature's baseline level and its kind. A feature with one value
    only teaches nothing and is left out."""
    import math
    names = sorted({k for d in dicts for k in d})
    cols: list[Column] = []
    baselines: dict = {}
    kinds: dict = {}
    for name in names:
        vals = [d.get(name) for d in dicts]
        kind = kinds[name] = kind_of(vals)
        if kind == "bool":
            flags = {is_true(v) for v in vals}
            if len(flags) > 1:
                cols.append(Column(name, name, "bool"))
                baselines[name] = False
        elif kind == "num":
            xs = [float(v) for v in vals if _is_num(v)]
            mean = sum(xs) / len(xs)
            sd = math.sqrt(sum((x - mean) ** 2 for x in xs) / max(1, len(xs) - 1))
            if sd > 0:
                cols.append(Column(name, name, "num", mean=mean, sd=sd))
                baselines[name] = mean
        else:
            counts: dict[str, int] = {}
            for v in vals:
                counts[level(v)] = counts.get(level(v), 0) + 1
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
            on = {level(d.get(cat)) for d in dicts if is_true(d.get(flag, False))} - {baselines[cat]}
            cols += [Column(f"{cat}={lv}&{flag}", cat, "inter", level=lv, flag=flag) for lv in sorted(on)]
            if on and not any(is_true(d.get(flag, False)) and level(d.get(cat)) == baselines[cat] for d in dicts):
                # the flag is only ever on with a theme: the crossed columns say all it can, alone it would
                # only blur them (it stays a feature, read through them)
                cols = [c for c in cols if not (c.kind == "bool" and c.feature == flag)]
    return cols, baselines, kinds


def encode(columns: list[Column], dicts: list[dict]):
    """An (n, columns) float array; a missing feature is its baseline."""
    import numpy as np
    X = np.zeros((len(dicts), len(columns)))
    cache: dict[str, list] = {}

    def values(name):
        if name not in cache:
            cache[name] = [d.get(name) for d in dicts]
        return cache[name]
    for j, c in enumerate(columns):
        if c.kind == "num":
            X[:, j] = [(float(v) - c.mean) / c.sd if _is_num(v) else 0.0 for v in values(c.feature)]
        elif c.kind == "bool":
            X[:, j] = [1.0 if v is not None and is_true(v) else 0.0 for v in values(c.feature)]
        elif c.kind == "cat" and c.level == OTHER:
            known = set(c.flag.split("|"))
            X[:, j] = [1.0 if v is not None and level(v) not in known else 0.0 for v in values(c.feature)]
        elif c.kind == "cat":
            X[:, j] = [1.0 if level(v) == c.level else 0.0 for v in values(c.feature)]
        else:
            X[:, j] = [1.0 if level(v) == c.level and f is not None and is_true(f) else 0.0
                       for v, f in zip(values(c.feature), values(c.flag))]
    return X


def level_key(kind: str, value) -> str:
    """How `counts` keys a value: its level (categorical), true/false (yes/no), '*' (a number)."""
    if kind == "num":
        return "*"
    if kind == "bool":
        return "true" if value is not None and is_true(value) else "false"
    return level(value)


def count_levels(observations, kinds: dict) -> dict:
    """market -> feature -> level -> creatives with it (and market -> '*' -> total): the evidence behind
    an answer."""
    out: dict = {}
    for o in observations:
        m = out.setdefault(o.creative.market, {"*": 0})
        m["*"] += 1
        feats = o.creative.features or {}
        for name, kind in kinds.items():
            v = feats.get(name)
            if kind == "num" and not isinstance(v, (int, float)):
                continue
            per = m.setdefault(name, {})
            k = level_key(kind, v)
            per[k] = per.get(k, 0) + 1
    return out
