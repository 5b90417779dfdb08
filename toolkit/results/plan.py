"""`ctk plan -m vn --from th`: pilot in one market, replicate what wins in the next, with the evidence shown.

From the results of every market (the model pools them), for each creative feature value: what it did in
the source market, what the model expects in the target (its own data when there is some, else the pooled
estimate widened by how far markets differ), and so what to do there: replicate it, test it in some of the
variants (more when it is likelier to help), or leave it out. Then the source market's creatives that the
model expects to do best in the target, for the products being launched there."""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from ..errors import InputError
from ..i18n import _
from .fitted import pct

DECISIVE = 0.9                  # a source effect counts when it is at least this likely (or unlikely) positive
MIN_TARGET_N = 3                # target creatives with the value before its own evidence can overrule the source
SKIP = ("facts_used",)          # too specific to one product to carry to another
ORDER = ("replicate", "test", "differs", "avoid")
METRIC_NAMES = {"ctr": "CTR", "completion": "completion", "conversion": "conversion"}
LABELS = {("hook_type", None): "{value} hooks", ("hook", None): "{value} hooks",
          ("festival", None): "the {value} festival theme", ("festival", "none"): "no festival theme", ("style", None): "the {value} style",
          ("price_shown", "yes"): "showing the price", ("price_shown", "no"): "not showing the price",
          ("voice", "yes"): "a voice-over", ("voice", "no"): "no voice-over",
          ("opening_length", None): "{value} openings", ("length", None): "videos of {value}",
          ("discount", None): "a discount of {value}", ("scenes", None): "more scenes (+{value})",
          ("scene_count", None): "more scenes (+{value})", ("facts_count", None): "more facts said",
          ("opening_chars", None): "longer opening lines"}
# what a marketer reads in a creative's one-line description: its hook, theme, length, offer; not the counts
DESCRIBED = ("hook_type", "hook", "festival", "length", "discount", "price_shown", "voice")


@dataclass
class Recommendation:
    kind: str                   # replicate | test | differs | avoid
    feature: str
    value: str
    metric: str
    label: str
    source: dict                # Effect.to_dict() in the source market
    target: dict                # ... in the target market (pooled when it has no data)
    variants: int               # of the bundle's variants that should carry it
    reason: str


@dataclass
class Plan:
    source: str
    target: str
    variants: int
    n_source: int
    n_target: int
    recommendations: list = field(default_factory=list)
    creatives: list = field(default_factory=list)
    undecided: list = field(default_factory=list)   # labels with too little evidence in the source yet

    def to_dict(self) -> dict:
        d = asdict(self)
        d["recommendations"] = [asdict(r) for r in self.recommendations]
        return d

    def text(self) -> str:
        lines = [_("Plan for {target} from {source}: {n} creatives with results in {source}, {m} in {target}.",
                   target=self.target, source=self.source, n=self.n_source, m=self.n_target)]
        heads = {"replicate": word("Replicate"), "test": word("Test"), "differs": word("Do not copy"),
                 "avoid": word("Avoid")}
        for kind in ORDER:
            recs = [r for r in self.recommendations if r.kind == kind]
            if recs:
                lines.append(_("{heading}:", heading=heads[kind]))
                lines += [f"  - {r.reason}" for r in recs]
        if self.creatives:
            lines.append(_("Creatives to replicate into {target}:", target=self.target))
            lines += [f"  {i}. {c['reason']}" for i, c in enumerate(self.creatives, 1)]
        if self.undecided:
            lines.append(_("Not enough evidence yet in {source}: {labels}.", source=self.source,
                           labels=", ".join(self.undecided)))
        if not self.recommendations and not self.creatives:
            lines.append(_("Nothing to recommend yet: import more results from {source}.", source=self.source))
        return "\n".join(lines)


@lru_cache(maxsize=2)
def _words(lang: str) -> dict:
    if lang == "en":
        return {}
    from ..markets import locales_dir
    from ..tomlfile import read_toml
    data = read_toml(locales_dir() / "_shared" / "ui.toml", optional=True)
    return {k: v for k, v in ((data.get(lang) or {}).get("plan") or {}).items() if isinstance(v, str)}


def word(text: str) -> str:
    """A single word of the plan (a hook type, a metric, a heading) in the seller's language: ui.toml's
    [zh-CN.plan] table, apart from the sentences so a word another command translates never clashes."""
    from ..i18n import language
    return _words(language()).get(text, text)


def label(feature: str, value) -> str:
    tpl = LABELS.get((feature, str(value))) or LABELS.get((feature, None))
    shown = festival_name(str(value)) if feature == "festival" else word(str(value))
    text = _(tpl, value=shown) if tpl else f"{feature} = {value}"
    return text[:1].upper() + text[1:]


def _candidates(fitted) -> list[tuple[str, object, dict]]:
    """(feature, value, given) for every value the model has a column for, its baseline too; a theme
    crossed with a flag (a festival inside its window) is asked with the flag on."""
    flags = {c.feature: c.flag for c in fitted.columns if c.kind == "inter"}
    out = []
    for feature, kind in sorted(fitted.kinds.items()):
        cols = [c for c in fitted.columns if c.feature == feature and c.kind == kind]
        if feature in SKIP or not cols:
            continue
        if kind == "cat":            # the baseline too, unless it is only the other side of a single column
            levels = [c.level for c in cols if c.level != "(other)"]
            values = ([fitted.baselines.get(feature)] if len(cols) > 1 else []) + levels
        else:
            values = [True] if kind == "bool" else [round(cols[0].mean + cols[0].sd, 2)]
        given = {flags[feature]: True} if feature in flags else {}
        out += [(feature, v, given) for v in values if v is not None]
    return out


def _shown(fitted, feature, value) -> str:
    if fitted.kinds.get(feature) == "bool":
        return "yes" if value is True else "no"
    if fitted.kinds.get(feature) == "num":
        col = next(c for c in fitted.columns if c.feature == feature)
        return f"{col.sd:.1f}"
    return str(value)


def recommend(models: dict, source: str, target: str, variants: int = 5) -> tuple[list, list]:
    """The recommendations, and the labels the source cannot decide yet."""
    recs: list[Recommendation] = []
    undecided: list[str] = []
    main = next((models[m] for m in ("ctr", "conversion", "completion") if m in models), None)
    if main is None:
        return recs, undecided
    for feature, value, given in _candidates(main):
        against = None if main.kinds.get(feature) == "cat" else (False if main.kinds.get(feature) == "bool"
                                                                 else None)
        best = None
        for metric, f in models.items():
            if feature not in f.kinds:
                continue
            s = f.effect(feature, value, source, given=given, against=against, draws=2000)
            if s.n == 0:
                continue
            if best is None or abs(s.p_positive - 0.5) > abs(best[1].p_positive - 0.5):
                best = (metric, s, f)
        name = label(feature, _shown(main, feature, value))
        if best is None:
            continue
        metric, s, f = best
        if 1 - DECISIVE < s.p_positive < DECISIVE:
            undecided.append(name)
            continue
        t = f.effect(feature, value, target, given=given, against=against, draws=2000)
        recs.append(_decide(name, feature, value, metric, s, t, source, target, variants, main.kinds.get(feature)))
    recs.sort(key=lambda r: (ORDER.index(r.kind), -abs(math.log(max(r.source["ratio"], 1e-9)))))
    return recs, undecided


def festival_name(fid: str) -> str:
    try:
        from ..festivals import definitions
        return str(definitions().get(fid, {}).get("name") or fid)
    except Exception:  # noqa: BLE001 - the id is still a name
        return fid


def celebrated(festival: str, market: str) -> bool | None:
    """Whether a market's calendar has the festival (None: cannot tell)."""
    try:
        from ..festivals import _market_events
        from ..markets import locales_dir
        return festival in {e.get("id") for e in _market_events(str(locales_dir()), market)}
    except Exception:  # noqa: BLE001 - an unknown market or a broken calendar: say nothing about it
        return None


def _decide(name, feature, value, metric, s, t, source, target, variants, kind_of) -> Recommendation:
    mname = word(METRIC_NAMES.get(metric, metric))
    said = _("{label}: {pct} {metric} in {source} (90%: {lo} to {hi}, {n} creatives)", label=name, pct=pct(s.ratio),
             metric=mname, source=source, lo=pct(s.ratio_lo), hi=pct(s.ratio_hi), n=s.n)
    own = t.n >= MIN_TARGET_N
    there = (_("in {target} {pct} (90%: {lo} to {hi}, {n} creatives)", target=target, pct=pct(t.ratio),
               lo=pct(t.ratio_lo), hi=pct(t.ratio_hi), n=t.n) if own else
             _("not yet tried in {target}; the pooled estimate for {target} is {pct} ({lo} to {hi})", target=target,
               pct=pct(t.ratio), lo=pct(t.ratio_lo), hi=pct(t.ratio_hi)))
    p, num = t.p_positive, kind_of == "num"
    if s.p_positive >= DECISIVE:
        if feature == "festival" and celebrated(str(value), target) is False:
            kind, k = "differs", 0
            todo = _("{target} does not celebrate it: theme {target}'s own festivals instead", target=target)
        elif own and t.ratio_hi < s.ratio_lo:
            kind, k = "differs", 1 if p >= 0.5 else 0
            todo = (_("it does not carry over as it is: keep it in {k} of {n} variants", k=k, n=variants) if k else
                    _("it does not carry over: leave it out in {target}", target=target))
        elif p >= DECISIVE:
            kind, k = "replicate", max(1, variants - 1)
            todo = (_("lean towards it in {target}", target=target) if num else
                    _("use it in the chosen script and {k} of {n} variants", k=k, n=variants))
        else:
            kind, k = "test", max(1, min(variants - 1, round(variants * max(0.0, p - 0.5) * 2)))
            todo = _("test it in {k} of {n} variants", k=k, n=variants)
    elif own and t.ratio_lo > s.ratio_hi and p >= 0.5:
        kind, k = "differs", 1
        todo = _("it does not hurt in {target}: keep it in {k} of {n} variants", target=target, k=1, n=variants)
    else:
        kind, k = "avoid", 0
        todo = (_("lean away from it in {target}", target=target) if num else
                _("leave it out in {target}", target=target))
    return Recommendation(kind, feature, str(value), metric, name, s.to_dict(), t.to_dict(), k,
                          _("{said}; {there}: {todo}", said=said, there=there, todo=todo))


def _adapt(features: dict, target: str, flags) -> tuple[dict, str | None]:
    """A creative as it would be made for the target: a festival theme the target does not celebrate is
    left out (and its window flags off). Returns the features and the festival dropped, if any."""
    fest = str(features.get("festival") or "none")
    if fest.lower() == "none" or celebrated(fest, target) is not False:
        return features, None
    return {**features, "festival": "none", **{f: False for f in flags if f in features}}, fest


def describe(features: dict, kinds: dict, flags=()) -> str:
    """A creative's features in words: 'question hooks, showing the price, scenes 7'."""
    out = []
    for k, v in sorted(features.items()):
        kind = kinds.get(k)
        if k in SKIP or k in flags or k not in DESCRIBED or kind is None or \
                (kind == "cat" and str(v).lower() in ("none", "")):
            continue
        if kind == "bool":
            v = "yes" if str(v).lower() in ("1", "true", "yes", "y", "on") else "no"
        known = (k, str(v)) in LABELS or ((k, None) in LABELS and kind != "num")
        text = label(k, v)[:1].lower() + label(k, v)[1:] if known else f"{k} {v:g}" if kind == "num" else f"{k} {v}"
        if any(str(features.get(f)).lower() in ("1", "true", "yes") for f in flags if f.startswith(k)):
            text += _(" inside its window")
        out.append(text)
    return ", ".join(out)


def _key(o) -> str:
    return repr(sorted((o.creative.features or {}).items()))


def best_creatives(observations, models: dict, source: str, target: str, products=None, top: int = 5) -> list:
    """The source market's creatives the model expects to do best in the target (one per product; only
    `products` when given), with what they did in the source."""
    from .explore import objective_metrics, objective_name, uplifts
    src = [o for o in observations if o.creative.market == source and
           (products is None or o.creative.product_id in products)]
    if not src:
        return []
    metrics = objective_metrics(models)
    flags = {c.flag for f in models.values() for c in f.columns if c.kind == "inter"}
    adapted = {_key(o): _adapt(o.creative.features or {}, target, flags) for o in src}
    expect = {}
    for o in src:
        if _key(o) not in expect:
            expect[_key(o)] = math.prod(models[m].predict(adapted[_key(o)][0], target)[0] for m in metrics)
    ranked = sorted(src, key=lambda o: (-expect[_key(o)], o.creative.creative_id))
    picked, seen = [], set()
    for o in ranked:
        if o.creative.product_id not in seen:
            seen.add(o.creative.product_id)
            picked.append(o)
        if len(picked) >= top:
            break
    pool = {_key(o): adapted[_key(o)][0] for o in picked}   # against the source's creatives (300 at most)
    for o in sorted(src, key=lambda o: o.creative.creative_id):
        if len(pool) < 300:
            pool.setdefault(_key(o), adapted[_key(o)][0])
    keys = list(pool)
    ups = uplifts([pool[k] for k in keys], models, target)
    out = []
    for o in picked:
        u = ups[keys.index(_key(o))]
        did = ", ".join(f"{word(METRIC_NAMES[m])} {o.outcome.trials(m)[0] / o.outcome.trials(m)[1]:.2%}"
                        for m in ("ctr", "conversion") if o.outcome.trials(m)[1])
        feats = describe(o.creative.features or {}, models[metrics[0]].kinds, flags)
        if adapted[_key(o)][1]:
            feats += "; " + _("without the {festival} theme, which {target} does not celebrate",
                              festival=festival_name(adapted[_key(o)][1]), target=target)
        reason = _("{cid} (product {product}; {features}): in {source} {did} over {imp} impressions; expected in "
                   "{target}: {pct} {objective} against the average {source} creative (90%: {lo} to {hi})",
                   cid=o.creative.creative_id, product=o.creative.product_id, features=feats, source=source,
                   did=did or "-", imp=f"{o.outcome.impressions:,}", target=target, pct=pct(1 + u["uplift"]),
                   objective=word(objective_name(metrics)), lo=pct(1 + u["lo"]), hi=pct(1 + u["hi"]))
        out.append({"creative_id": o.creative.creative_id, "product_id": o.creative.product_id,
                    "features": o.creative.features, "expected": u, "reason": reason})
    return out


def plan(observations, target: str, source: str, *, variants: int = 5, products=None, models=None,
         top: int = 5) -> Plan:
    """The plan for launching in `target` from the results of `source` (and what every other market adds)."""
    from .model import fit_all
    target, source = target.lower(), source.lower()
    if target == source:
        raise InputError(f"--from and -m are both '{source}'", hint="plan from a market with results into another one")
    obs = list(observations)
    n_source = sum(o.creative.market == source for o in obs)
    if not n_source:
        have = sorted({o.creative.market for o in obs})
        raise InputError(f"no results from '{source}' to plan with",
                         hint=("markets with results: " + ", ".join(have)) if have else
                         "import the platform's reports first (ctk results import FILE)")
    models = models or fit_all(obs)
    recs, undecided = recommend(models, source, target, variants)
    wanted = set(products) if products is not None else None
    return Plan(source, target, variants, n_source, sum(o.creative.market == target for o in obs), recs,
                best_creatives(obs, models, source, target, wanted, top), undecided)
