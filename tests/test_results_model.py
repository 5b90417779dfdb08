"""The results model against a planted truth (issue 19): a question hook doubles CTR in th and does nothing
in de; a festival theme lifts conversion only inside its window; intervals are calibrated; a market with
little data borrows from the others."""
import math
import time

import numpy as np
import pytest

from toolkit.errors import ConfigError, InputError
from toolkit.results.fitted import load, save
from toolkit.results.model import fit, fit_all
from toolkit.results.records import Creative, Observation, Outcome
from toolkit.results.simulate import HOOKS, MARKETS, simulate


@pytest.fixture(scope="module")
def planted():
    return simulate(60, seed=3, impressions=(2000, 20000))


@pytest.fixture(scope="module")
def ctr(planted):
    return fit(planted, "ctr")


def test_question_hook_doubles_ctr_in_th_and_not_in_de(ctr):
    th, de = ctr.effect("hook", "question", "th"), ctr.effect("hook", "question", "de")
    assert th.ratio_lo < 2.0 < th.ratio_hi and th.ratio_lo > 1.5       # about 2x, and the interval excludes 1
    assert th.p_positive > 0.99 and th.logit_lo < math.log(2) < th.logit_hi
    assert de.ratio_lo < 1.0 < de.ratio_hi and 0.85 < de.ratio < 1.15
    assert 0.05 < de.p_positive < 0.95
    # the pooled effect sits between the markets (the other four have +0.2 planted), and is less sure
    pooled = ctr.effect("hook", "question")
    assert de.ratio < pooled.ratio < th.ratio
    assert pooled.n == th.n + de.n + sum(ctr.effect("hook", "question", m).n for m in MARKETS[2:])
    assert "CTR (90%: " in th.text() and f"{th.n} creatives" in th.text()
    assert th.n > 0 and th.base_rate < 0.05


def test_festival_lifts_conversion_only_inside_its_window(planted):
    conv = fit(planted, "conversion")
    inside = conv.effect("festival", "songkran", given={"festival_in_window": True})
    outside = conv.effect("festival", "songkran", given={"festival_in_window": False})
    assert inside.ratio_lo > 1.2 and inside.logit_lo < 0.6 < inside.logit_hi
    assert outside.ratio_lo < 1.0 < outside.ratio_hi
    assert inside.p_positive > 0.99 and outside.p_positive < 0.99


def test_predict_orders_creatives_and_an_unseen_market_is_less_sure(ctr):
    q = {"hook": "question"}
    m_th, lo_th, hi_th = ctr.predict(q, "th")
    m_b, _, _ = ctr.predict({"hook": "benefit"}, "th")
    assert lo_th < m_th < hi_th and m_th > 1.6 * m_b
    _, lo_new, hi_new = ctr.predict(q, "vn-not-seen")
    assert (hi_new - lo_new) > 3 * (hi_th - lo_th)


def test_untried_value_answers_with_the_prior(ctr):
    e = ctr.effect("hook", "countdown", "th")
    assert not e.tried and e.n == 0 and e.ratio_lo < 0.5 and e.ratio_hi > 2
    assert "not yet tried" in e.text()


def test_a_market_with_little_data_is_pulled_to_the_pooled_effect():
    # "my" has 6 creatives; there its planted question effect is 0.9, elsewhere 0.2
    effects = {"ctr": {"hook=question": {"my": 0.9, "*": 0.2}}}
    obs = simulate({**{m: 80 for m in MARKETS[:5]}, "my": 6}, effects=effects, seed=11, impressions=(500, 2000))
    pooled, alone = fit(obs, "ctr"), fit(obs, "ctr", tau=5.0)         # tau 5: markets hardly borrow
    e_p, e_a = pooled.effect("hook", "question", "my"), alone.effect("hook", "question", "my")
    centre = pooled.effect("hook", "question").logit
    assert abs(e_p.logit - centre) < abs(e_a.logit - centre)               # shrunk toward the pooled effect
    assert (e_p.logit_hi - e_p.logit_lo) < (e_a.logit_hi - e_a.logit_lo)    # and surer for it
    # a market with plenty of data keeps its own estimate either way
    big_p, big_a = pooled.effect("hook", "question", "th"), alone.effect("hook", "question", "th")
    assert abs(big_p.logit - big_a.logit) < 0.1


def _random_truth(rng):
    cols = ["hook=question", "hook=discount", "hook=problem", "price_shown", "voice"]
    truth = {}
    for c in cols:
        b = rng.normal(0, 0.4)
        truth[c] = {m: b + rng.normal(0, 0.15) for m in MARKETS}
        truth[c]["pooled"] = b
    return truth


@pytest.mark.parametrize("noise", [0.0, 0.3])
def test_90_percent_intervals_are_calibrated(noise):
    """40 datasets with random true effects (pooled ~ N(0, 0.4), each market's departure ~ N(0, 0.15)),
    exactly binomial or with creative-level noise the features do not explain."""
    t0 = time.process_time()
    hits = total = hits_pooled = 0
    phis = []
    for k in range(40):
        rng = np.random.default_rng(1000 + k)
        truth = _random_truth(rng)
        effects = {"ctr": {c: {m: v for m, v in t.items() if m != "pooled"} for c, t in truth.items()}}
        obs = simulate(40, effects=effects, seed=k, impressions=(300, 3000), noise=noise)
        f = fit(obs, "ctr")
        phis.append(f.phi)
        for c, t in truth.items():
            feat, _, lv = c.partition("=")
            value, against = (lv, "benefit") if lv else (True, False)     # the truth is planted against these
            for m in MARKETS:
                e = f.effect(feat, value, m, against=against, draws=10)
                hits += e.logit_lo <= t[m] <= e.logit_hi
                total += 1
            e = f.effect(feat, value, against=against, draws=10)
            hits_pooled += e.logit_lo <= t["pooled"] <= e.logit_hi
    share = hits / total
    assert 0.80 <= share <= 0.97, share
    assert 0.75 <= hits_pooled / 200 <= 1.0, hits_pooled / 200     # 200 pooled intervals: noisier share
    assert (np.median(phis) == 1.0) if noise == 0 else (np.median(phis) > 2)
    assert time.process_time() - t0 < 20


def test_overdispersion_widens_the_intervals():
    plain = fit(simulate(50, seed=5), "ctr")
    noisy = fit(simulate(50, seed=5, noise=0.4), "ctr")
    assert plain.phi < 1.3 and noisy.phi > 3
    w = [(e.logit_hi - e.logit_lo) for e in (plain.effect("hook", "question", "th"),
                                              noisy.effect("hook", "question", "th"))]
    assert w[1] > 1.5 * w[0]


def test_json_round_trip_answers_the_same(ctr, tmp_path):
    path = save({"ctr": ctr}, tmp_path / "learned.json")
    back = load(path)["ctr"]
    a, b = ctr.effect("hook", "question", "th"), back.effect("hook", "question", "th")
    assert abs(a.ratio - b.ratio) < 1e-4 and abs(a.ratio_lo - b.ratio_lo) < 1e-3
    assert back.predict({"hook": "question"}, "de") == pytest.approx(ctr.predict({"hook": "question"}, "de"), rel=1e-5)
    assert back.effect("hook", "question", "th").n == a.n


def test_posterior_draws_vary_around_the_mean(ctr):
    rng = np.random.default_rng(0)
    rates = [ctr.sample(rng).rate({"hook": "question"}, "th") for _ in range(300)]
    mean, lo, hi = ctr.predict({"hook": "question"}, "th")
    assert np.std(rates) > 0 and lo < np.median(rates) < hi
    assert 0.8 < np.mean([lo <= r <= hi for r in rates]) <= 0.97
    d = ctr.sample(np.random.default_rng(1))
    assert d.rate({"hook": "question"}, "new") == d.rate({"hook": "question"}, "new")   # a draw is one model


def test_fit_all_skips_metrics_without_trials_and_errors_are_clear(tmp_path):
    c = Creative("a1", "th", "p1", 0, {"hook": "question"})
    c2 = Creative("a2", "th", "p1", 1, {"hook": "benefit"})
    obs = [Observation(c, Outcome("a1", impressions=1000, clicks=30)),
           Observation(c2, Outcome("a2", impressions=1000, clicks=10))]
    models = fit_all(obs)
    assert set(models) == {"ctr", "conversion"}             # no views: no completion to learn
    assert models["ctr"].effect("hook", "question", "th").ratio > 1
    with pytest.raises(InputError, match="no results with views to learn completion"):
        fit(obs, "completion")
    with pytest.raises(InputError, match="unknown metric"):
        fit(obs, "likes")
    bad = tmp_path / "m.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="m.json"):
        load(bad)
    with pytest.raises(ConfigError, match="not found"):
        load(tmp_path / "none.json")


def test_hooks_are_the_simulated_levels(ctr):
    assert {c.level for c in ctr.columns if c.feature == "hook"} == set(HOOKS) - {ctr.baselines["hook"]}


def test_rare_values_share_a_column_and_the_fit_runs_without_products():
    obs = simulate(30, seed=9)
    for i, o in enumerate(obs):                 # an id-like feature: 90 values seen twice, plus two common ones
        o.creative.features["facts_used"] = "size+price" if i % 3 == 0 else "material" if i % 3 == 1 else f"x{i // 2}"
    f = fit(obs, "ctr", products=False)
    names = [c.name for c in f.columns if c.feature == "facts_used"]
    assert f.baselines["facts_used"] == "size+price"              # the commonest (tied: the last by name)
    assert "facts_used=material" in names and "facts_used=(other)" in names and len(names) <= 13
    assert f.n_products == 12 and len(f.theta) == 1 + 6 + len(f.columns) * 7
    e = f.effect("facts_used", "never-seen", "th")
    assert not e.tried and e.n == 0
    assert f.effect("hook", "question", "th").p_positive > 0.9
