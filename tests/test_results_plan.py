"""`ctk plan -m vn --from th` on simulated results with a planted truth (issue 19): the planner recommends the
hook that doubles CTR in th and the festival theme that lifts conversion inside its window, says where the
evidence stops (not yet tried in vn: the pooled estimate), and does not copy what did not carry over to de."""
import json
import math

import pytest
from typer.testing import CliRunner

from toolkit.errors import InputError
from toolkit.results.plan import plan
from toolkit.results.simulate import simulate

# lunar_new_year is on both th's and vn's calendars; de does not celebrate it
EFFECTS = {"ctr": {"hook=question": {"th": math.log(2.0), "de": 0.0, "*": 0.2}, "price_shown": {"*": 0.05}},
           "conversion": {"festival=lunar_new_year&festival_in_window": {"*": 0.6}}}


@pytest.fixture(scope="module")
def results():
    return simulate({"th": 90, "de": 60, "id": 40, "us": 40}, effects=EFFECTS, seed=8, impressions=(2000, 20000),
                    festival="lunar_new_year")


@pytest.fixture(scope="module")
def models(results):
    from toolkit.results.model import fit_all
    return fit_all(results)


def _rec(p, feature, value):
    return next(r for r in p.recommendations if r.feature == feature and r.value == value)


def test_vn_from_th_carries_the_planted_winners(results, models):
    p = plan(results, "vn", "th", variants=5, models=models)
    q = _rec(p, "hook", "question")
    assert q.kind in ("replicate", "test") and q.metric == "ctr" and 1 <= q.variants <= 4
    assert q.source["ratio_lo"] > 1.5 and q.source["p_positive"] > 0.99
    assert q.reason.startswith("Question hooks: +") and "CTR in th (90%: +" in q.reason
    assert "not yet tried in vn; the pooled estimate for vn is +" in q.reason
    assert q.target["ratio_hi"] - q.target["ratio_lo"] > 2 * (q.source["ratio_hi"] - q.source["ratio_lo"])
    f = _rec(p, "festival", "lunar_new_year")
    assert f.kind in ("replicate", "test") and f.metric == "conversion" and f.source["ratio_lo"] > 1.2
    assert "Lunar New Year festival theme: +" in f.reason
    # the hooks the question beat are not carried
    assert all(_rec(p, "hook", h).kind == "avoid" for h in ("benefit", "problem", "discount"))
    text = p.text()
    assert text.startswith("Plan for vn from th: 90 creatives with results in th, 0 in vn.")
    assert text.index("Replicate:" if q.kind == "replicate" else "Test:") < text.index("Avoid:")
    json.dumps(p.to_dict(), ensure_ascii=False)


def test_what_did_not_carry_over_to_de_is_not_copied(results, models):
    p = plan(results, "de", "th", variants=5, models=models)
    q = _rec(p, "hook", "question")
    assert q.kind == "differs" and "in de " in q.reason and "does not carry over" in q.reason
    assert q.target["ratio_lo"] < 1 < q.target["ratio_hi"] + 0.1
    f = _rec(p, "festival", "lunar_new_year")
    assert f.kind == "differs" and "de does not celebrate it" in f.reason and f.variants == 0


def test_creatives_to_replicate_are_the_catalogs_and_shed_a_foreign_festival(results, models):
    p = plan(results, "vn", "th", models=models, top=3)
    assert len(p.creatives) == 3 and len({c["product_id"] for c in p.creatives}) == 3
    assert all(c["creative_id"].startswith("th") for c in p.creatives)
    # the model's best bets in vn carry the planted winners: the first both, every one at least one
    won = [(c["features"]["hook"] == "question", c["features"]["festival_in_window"]) for c in p.creatives]
    assert won[0] == (True, True) and all(any(w) for w in won)
    assert "the Lunar New Year festival theme inside its window, question hooks" in p.creatives[0]["reason"]
    assert all(c["expected"]["lo"] <= c["expected"]["uplift"] <= c["expected"]["hi"] for c in p.creatives)
    only = plan(results, "vn", "th", models=models, products={"p001", "p002"}, top=5)
    assert {c["product_id"] for c in only.creatives} <= {"p001", "p002"}
    de = plan(results, "de", "th", models=models, top=5)
    themed = [c for c in de.creatives if c["features"].get("festival") == "lunar_new_year"]
    assert all("without the Lunar New Year theme, which de does not celebrate" in c["reason"] for c in themed)


def test_clear_errors(results):
    with pytest.raises(InputError, match="no results from 'vn' to plan with.*markets with results: de, id, th, us"):
        plan(results, "th", "vn")
    with pytest.raises(InputError, match="both 'th'"):
        plan(results, "th", "th")
    with pytest.raises(InputError, match="import the platform's reports first"):
        plan([], "vn", "th")


def test_plan_in_chinese(results, models):
    from toolkit.i18n import set_language
    set_language("zh-CN")
    try:
        text = plan(results, "vn", "th", models=models, top=1).text()
    finally:
        set_language("en")
    assert "vn 市场投放计划（参考 th）" in text and "提问式开头：在 th 点击率 +" in text and "避免：" in text


def test_ctk_plan_and_learn_commands(results, tmp_path, monkeypatch):
    from toolkit.cli import plan_cmd
    from toolkit.cli.main import app
    monkeypatch.setattr(plan_cmd, "_observations", lambda db: results)
    runner = CliRunner()
    r = runner.invoke(app, ["plan", "-m", "vn", "--from", "th", "--top", "2"])
    assert r.exit_code == 0, r.output
    assert "Question hooks: +" in r.output and "Creatives to replicate into vn:" in r.output
    r = runner.invoke(app, ["plan", "-m", "vn", "--from", "th", "--json", "--top", "0"])
    doc = json.loads(r.output)
    assert doc["source"] == "th" and doc["recommendations"][0]["source"]["n"] > 0
    r = runner.invoke(app, ["plan", "-m", "vn", "--from", "jp"])
    assert r.exit_code == 2 and "no results from 'jp'" in r.output
    model = tmp_path / "m.json"
    r = runner.invoke(app, ["learn", "-o", str(model)])
    assert r.exit_code == 0 and model.is_file() and "ctr: 230 creatives" in r.output
    monkeypatch.undo()
    r = runner.invoke(app, ["plan", "-m", "vn", "--from", "th", "--db", str(tmp_path / "none.sqlite")])
    assert r.exit_code == 2 and "no results store here" in r.output


@pytest.mark.parametrize("args", [["-m", "xx", "--from", "th"], ["-m", "vn", "--from", "xx"]])
def test_ctk_plan_checks_both_markets_like_render(args, tmp_path, ctk, monkeypatch):
    """A market ctk does not ship is the error `ctk render --markets` gives, exit code 2, before the store is read."""
    from toolkit.cli import plan_cmd
    from toolkit.cli.main import app
    monkeypatch.setattr(plan_cmd, "_observations", lambda db: pytest.fail("the store was read"))
    r = CliRunner().invoke(app, ["plan", *args])
    assert r.exit_code == 2 and "unknown market 'xx' (known markets: " in r.output and "vn" in r.output
    from conftest import EXAMPLES
    render = ctk("render", EXAMPLES / "catalog.csv", "--markets", "xx", "-o", tmp_path / "o")
    assert render.returncode == r.exit_code
    assert render.stderr.strip().split(" (known")[0] == r.output.strip().split(" (known")[0]
    r = CliRunner().invoke(app, ["plan", "-m", "all", "--from", "th"])
    assert r.exit_code == 2 and "one market code each" in r.output
