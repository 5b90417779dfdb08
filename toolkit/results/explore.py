"""Choosing among a bundle's variants with what the results taught, while still testing the others.

The objective is orders per impression (CTR x conversion) when both are learned, else the one rate that is.
With probability `explore` a bundle is an exploration bundle: its variants are ranked by one posterior draw
(Thompson sampling), so a variant the model is unsure about gets its turn in proportion to its chance of
being best; otherwise by the posterior mean. Whether a bundle explores, and its draw, depend only on the
seed, the product and the market: the same command chooses the same way, whatever order bundles run in."""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field

OBJECTIVE = ("ctr", "conversion")            # multiplied: orders per impression
FALLBACK = ("completion",)
WEIGHT, CLAMP = 2.0, 2.0                     # score points per unit of log uplift, and at most this many


@dataclass
class Choice:
    index: int                               # the variant chosen
    explored: bool                           # decided by a posterior draw
    values: list = field(default_factory=list)   # the objective each variant had in that decision
    metrics: tuple = ()


def unit(*parts) -> float:
    """A number in [0, 1) from the parts, the same on every machine and in every run order."""
    h = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(h[:8], "big") / 2 ** 64


def _models(fitted) -> dict:
    return fitted if isinstance(fitted, dict) else {fitted.metric: fitted}


def objective_metrics(models: dict) -> tuple:
    own = tuple(m for m in OBJECTIVE if m in models)
    return own or tuple(m for m in FALLBACK if m in models) or tuple(sorted(models))[:1]


def objective_name(metrics: tuple) -> str:
    return "orders per impression" if metrics == ("ctr", "conversion") else " x ".join(metrics)


def explores(explore: float, seed: int, product: str, market: str) -> bool:
    return explore > 0 and unit("explore", seed, product, market) < explore


def choose(variants_features: list[dict], fitted, market: str, explore: float = 0.2, seed: int = 0,
           product: str = "") -> Choice:
    """The variant to use: by a posterior draw with probability `explore` (decided per seed, product and
    market), else by the posterior mean of the objective. `fitted`: a Fitted or {metric: Fitted}."""
    import numpy as np
    models = _models(fitted)
    metrics = objective_metrics(models)
    if explores(explore, seed, product, market):
        rng = np.random.default_rng(int(unit("draw", seed, product, market) * 2 ** 63))
        draws = {m: models[m].sample(rng) for m in metrics}
        values = [math.prod(draws[m].rate(f, market) for m in metrics) for f in variants_features]
        explored = True
    else:
        values = [math.prod(models[m].predict(f, market)[0] for m in metrics) for f in variants_features]
        explored = False
    best = max(range(len(values)), key=lambda i: (values[i], -i))
    return Choice(best, explored, values, metrics)


def uplifts(variants_features: list[dict], fitted, market: str, draws: int = 2000) -> list[dict]:
    """Each variant's expected uplift of the objective against the average of the bundle's variants, with
    its 90% interval and the chance it beats that average: {"uplift", "lo", "hi", "p_better", "metric"}."""
    import numpy as np
    models = _models(fitted)
    metrics = objective_metrics(models)
    k = len(variants_features)
    total = np.zeros((draws, k))
    for j, m in enumerate(metrics):
        mean, cov = models[m]._joint(variants_features, market)
        z = np.random.default_rng(17 + j).multivariate_normal(mean, cov, size=draws, method="eigh")
        total += -np.logaddexp(0, -z)                    # log rate
    rel = np.exp(total - np.log(np.exp(total).mean(axis=1, keepdims=True))) - 1
    name = objective_name(metrics)
    out = []
    for i in range(k):
        r = rel[:, i]
        lo, hi = np.percentile(r, [5, 95])
        out.append({"uplift": round(float(r.mean()), 4), "lo": round(float(lo), 4), "hi": round(float(hi), 4),
                    "p_better": round(float((r > 0).mean()), 3), "metric": name})
    return out


def learned_terms(variants_features: list[dict], fitted, market: str, *, explore: float = 0.0, seed: int = 0,
                  product: str = "") -> list[dict]:
    """What variant scoring adds for each variant: its uplift with the interval (`uplifts`), and `points`,
    WEIGHT x log(objective / the variants' average) clamped to +-CLAMP, with the objective from the
    posterior mean or, in an exploration bundle, from one posterior draw (then `explored` is true): the
    ranking `choose` makes, in score points."""
    ups = uplifts(variants_features, fitted, market)
    ch = choose(variants_features, fitted, market, explore=explore, seed=seed, product=product)
    mean_v = sum(ch.values) / len(ch.values)
    for u, v in zip(ups, ch.values):
        lift = math.log(v / mean_v) if v > 0 and mean_v > 0 else 0.0
        u["points"] = round(max(-CLAMP, min(CLAMP, WEIGHT * lift)), 3)
        if ch.explored:
            u["explored"] = True
    return ups
