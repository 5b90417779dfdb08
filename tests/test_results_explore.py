"""Thompson-sampling exploration over a bundle's variants (issue 19): the stated share of bundles explores,
alternatives still get chosen, and every choice is deterministic under a seed, whatever the run order."""
import pytest

from toolkit.results.explore import choose, explores, learned_terms, uplifts
from toolkit.results.model import fit, fit_all
from toolkit.results.simulate import simulate

VARIANTS = [{"hook": "question", "price_shown": True}, {"hook": "benefit", "price_shown": True},
            {"hook": "discount", "price_shown": False}]


@pytest.fixture(scope="module")
def models():
    return fit_all(simulate(60, seed=3, impressions=(2000, 20000)), metrics=["ctr", "conversion"])


def test_exploration_share_and_alternatives(models):
    n = 2000
    picks = [choose(VARIANTS, models, "vn-new", explore=0.2, seed=7, product=f"p{i}") for i in range(n)]
    explored = [c for c in picks if c.explored]
    assert 0.17 < len(explored) / n < 0.23
    # outside exploration the posterior mean decides: always the same variant
    assert len({c.index for c in picks if not c.explored}) == 1
    best = picks[0].index if not picks[0].explored else next(c.index for c in picks if not c.explored)
    # in a market without data the model is unsure, so exploration bundles try the alternatives
    alt = sum(c.index != best for c in explored) / len(explored)
    assert 0.15 < alt < 0.85
    assert {c.index for c in explored} >= {0, 1}


def test_where_the_model_is_sure_exploration_rarely_leaves_the_best(models):
    picks = [choose(VARIANTS[:2], models["ctr"], "th", explore=1.0, seed=1, product=f"p{i}") for i in range(300)]
    assert all(c.explored for c in picks)
    assert sum(c.index == 0 for c in picks) > 0.97 * len(picks)      # question hooks double CTR in th


def test_choice_is_deterministic_per_seed_product_and_market(models):
    a = [choose(VARIANTS, models, "vn", explore=0.5, seed=3, product=f"p{i}") for i in range(40)]
    b = [choose(VARIANTS, models, "vn", explore=0.5, seed=3, product=f"p{i}") for i in reversed(range(40))]
    assert [(c.index, c.explored, c.values) for c in a] == [(c.index, c.explored, c.values) for c in reversed(b)]
    c = [choose(VARIANTS, models, "vn", explore=0.5, seed=4, product=f"p{i}") for i in range(40)]
    assert [x.explored for x in a] != [x.explored for x in c]         # another seed, other bundles explore
    assert not any(explores(0.0, s, "p", "th") for s in range(200))
    assert all(explores(1.0, s, "p", "th") for s in range(200))


def test_uplifts_against_the_bundle_average(models):
    ups = uplifts(VARIANTS[:2], models["ctr"], "th")
    assert ups[0]["uplift"] > 0.2 and ups[0]["lo"] > 0 and ups[0]["p_better"] > 0.99
    assert ups[1]["uplift"] < 0 and ups[1]["hi"] < 0
    assert ups[0]["metric"] == "ctr"
    same = uplifts([VARIANTS[0], VARIANTS[0]], models, "th")
    assert same[0]["uplift"] == pytest.approx(0, abs=1e-9) and same[0]["metric"] == "orders per impression"
    terms = learned_terms(VARIANTS[:2], models, "th", explore=0.0, seed=0, product="p1")
    assert terms[0]["points"] > 0 > terms[1]["points"] and "explored" not in terms[0]
    assert all(abs(t["points"]) <= 2 for t in terms)


def test_a_single_metric_model_works_alone():
    ctr = fit(simulate(20, seed=2), "ctr")
    c = choose(VARIANTS, ctr, "th", explore=0.0)
    assert c.metrics == ("ctr",) and len(c.values) == 3 and not c.explored
