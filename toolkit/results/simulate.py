"""Simulated results with a planted truth, for the tests and benchmarks/learning.py: creatives across
markets and products with features (hook type, festival theme and whether it ran inside the festival's
window, price shown, voice, scene count) and binomial outcomes drawn from known effects."""
from __future__ import annotations

import math

from .design import is_true, level
from .records import Creative, Observation, Outcome

MARKETS = ("th", "de", "vn", "id", "us", "my")
HOOKS = ("benefit", "question", "discount", "problem")
# log-odds effects by column name ("feature=level", "feature=level&flag", a yes/no feature, or a number
# per unit above its centre) and market ("*": every other market)
PLANTED = {
    "ctr": {"hook=question": {"th": math.log(2.0), "de": 0.0, "*": 0.2}, "price_shown": {"*": 0.1}},
    "conversion": {"festival=songkran&festival_in_window": {"*": 0.6}, "price_shown": {"*": 0.15}},
    "completion": {"scene_count": {"*": -0.08}},
}
BASE = {"ctr": math.log(0.015 / 0.985), "completion": math.log(0.35 / 0.65), "conversion": math.log(0.03 / 0.97)}
CENTRE = {"scene_count": 5.0}


def true_logit(effects: dict, features: dict, market: str) -> float:
    """The planted log-odds change of one creative (relative to a baseline creative)."""
    out = 0.0
    for name, by_market in effects.items():
        eff = by_market.get(market, by_market.get("*", 0.0))
        feat, _, rest = name.partition("=")
        lv, _, flag = rest.partition("&")
        v = features.get(feat)
        if rest:
            on = level(v) == lv and (not flag or is_true(features.get(flag, False)))
            out += eff if on else 0.0
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            out += eff * (v - CENTRE.get(feat, 0.0))
        else:
            out += eff if v is not None and is_true(v) else 0.0
    return out


def features(rng, festival: str = "songkran") -> dict:
    fest = festival if rng.random() < 0.3 else "none"
    return {"hook": HOOKS[int(rng.integers(len(HOOKS)))], "festival": fest,
            "festival_in_window": bool(fest != "none" and rng.random() < 0.5),
            "price_shown": bool(rng.random() < 0.5), "voice": bool(rng.random() < 0.7),
            "scene_count": int(rng.integers(3, 8))}


def simulate(creatives=60, *, markets=MARKETS, products: int = 12, effects=None, seed: int = 0,
             noise: float = 0.0, impressions=(3000, 30000), market_base=None,
             festival: str = "songkran") -> list[Observation]:
    """`creatives` per market (an int or {market: n}); `noise`: the sd of a creative's own log-odds
    wobble beyond its features (0: exactly binomial); `festival`: the theme some creatives carry."""
    import numpy as np
    rng = np.random.default_rng(seed)
    effects = PLANTED if effects is None else effects
    per = creatives if isinstance(creatives, dict) else {m: creatives for m in markets}
    prod_u = {m: rng.normal(0, 0.3, products) for m in BASE}
    mbase = market_base or {m: rng.normal(0, 0.25) for m in per}
    out = []
    for market, n in per.items():
        for i in range(n):
            f = features(rng, festival)
            p = int(rng.integers(products))
            c = Creative(f"{market}{i:05d}", market, f"p{p:03d}", i % 3, f)

            def draw(metric, trials):
                e = BASE[metric] + mbase[market] + prod_u[metric][p] + rng.normal(0, noise) if noise else \
                    BASE[metric] + mbase[market] + prod_u[metric][p]
                e += true_logit(effects.get(metric, {}), f, market)
                return int(rng.binomial(trials, 1 / (1 + math.exp(-e))))
            imp = int(rng.integers(*impressions))
            views = int(imp * rng.uniform(0.5, 0.8))
            clicks = draw("ctr", imp)
            o = Outcome(c.creative_id, impressions=imp, views=views, views_6s=draw("completion", views),
                        clicks=clicks, orders=draw("conversion", clicks))
            out.append(Observation(c, o))
    return out
