"""`ctk results report`: per market, creatives ranked with their counts and 95% intervals, each feature's observed
rates, an HTML page with inline SVG bars (no network), and a place for the model (`build(store, model=...)`)."""

import random
import re

import pytest

from toolkit.results.ids import creative_id
from toolkit.results.records import Creative


def _planted(tmp_path, n=40, seed=7):
    """A store with simulated results: in th a question hook doubles CTR (4% vs 2%); in de it does not."""
    from toolkit.results.store import ResultsStore
    rng = random.Random(seed)
    store = ResultsStore(tmp_path / "results.sqlite")
    truth = {("th", "question"): 0.04, ("th", "fact"): 0.02, ("de", "question"): 0.02, ("de", "fact"): 0.02}
    rows = []
    for market in ("th", "de"):
        for i in range(n):
            hook = "question" if i % 2 else "fact"
            pid = f"p{i}<b>"                               # markup in an id is shown as text
            cid = creative_id(pid, market, [{"screen": hook, "voice": str(i)}])
            store.register([Creative(cid, market, pid, 0, {"hook_type": hook, "festival": "none",
                                                              "scenes": float(5 + i % 2)})])
            impressions = 5000
            clicks = sum(rng.random() < truth[(market, hook)] for _ in range(impressions))
            views = 3000
            rows.append((cid, "2026-01-05", {"impressions": impressions, "clicks": clicks, "views": views,
                                             "views_6s": views // 3, "orders": clicks // 20}))
    store.register([Creative(creative_id("never", "th", []), "th", "never", 0, {"hook_type": "fact"})])
    store.add_import("f" * 64, "sim.csv", "ads", rows, total=len(rows), unjoined=0)
    return store, truth


def test_wilson_intervals_are_honest_with_few_trials():
    from toolkit.results.report import wilson
    p, lo, hi = wilson(0, 3)
    assert p == 0 and lo == 0 and 0.5 < hi < 0.6               # 0 of 3 could still be 56%
    p, lo, hi = wilson(300, 1000)
    assert lo < 0.3 < hi and hi - lo < 0.06
    assert wilson(0, 0) == (0.0, 0.0, 1.0)


def test_the_report_ranks_creatives_and_recovers_the_planted_hook_effect(tmp_path):
    from toolkit.results import report
    store, truth = _planted(tmp_path)
    doc = report.build(store)
    assert [m["market"] for m in doc["markets"]] == ["de", "th"]
    th = next(m for m in doc["markets"] if m["market"] == "th")
    assert th["creatives"] == 40 and th["registered"] == 41 and th["period"] == ["2026-01-05", "2026-01-05"]
    ctr = th["metrics"]["ctr"]
    # ranked by the lower end of the interval; the top five in th are all question hooks
    lows = [r["low"] for r in ctr["creatives"]]
    assert lows == sorted(lows, reverse=True) and len(ctr["creatives"]) == 10 and ctr["ranked"] == 40
    assert {r["hook_type"] for r in ctr["creatives"][:5]} == {"question"}
    feats = {v["value"]: v for v in ctr["features"]["hook_type"]}
    for hook in ("question", "fact"):                          # each interval holds the planted truth
        assert feats[hook]["low"] < truth[("th", hook)] < feats[hook]["high"], feats[hook]
        assert feats[hook]["creatives"] == 20 and feats[hook]["trials"] == 20 * 5000
    assert feats["question"]["low"] > feats["fact"]["high"]   # the difference is clear in th
    de = {v["value"]: v for v in next(m for m in doc["markets"] if m["market"] == "de")["metrics"]["ctr"]
          ["features"]["hook_type"]}
    assert de["question"]["low"] < de["fact"]["high"] and de["fact"]["low"] < de["question"]["high"]   # and not in de
    assert {v["value"] for v in ctr["features"]["scenes"]} == {"5", "6"}
    comp = th["metrics"]["completion"]["overall"]
    assert comp["successes"] == 40 * 1000 and comp["trials"] == 40 * 3000
    only = report.build(store, market="th")
    assert [m["market"] for m in only["markets"]] == ["th"] and only["model"] is None


def test_the_html_page_draws_svg_bars_inline_and_escapes(tmp_path):
    from toolkit.results import report
    store, _ = _planted(tmp_path, n=8)
    page = report.to_html(report.build(store))
    assert page.startswith("<!doctype html>") and page.count("<svg") >= 6
    assert "<script" not in page and not re.search(r'(src|href)="https?:', page)      # nothing fetched
    assert "p1&lt;b&gt;" in page and "p1<b>" not in page
    bars = re.findall(r'<rect x="190" y="[\d.]+" width="([\d.]+)"', page)
    assert bars and all(float(w) > 0 for w in bars)
    assert "95%" in page


def test_a_model_plugs_into_build(tmp_path):
    from toolkit.results import report
    store, _ = _planted(tmp_path, n=4)
    seen = []

    def model(obs):
        seen.append(len(obs))
        return {"name": "test model", "rows": [{"hook_type": "question", "uplift": 1.9}]}
    doc = report.build(store, model=model)
    assert seen == [8] and doc["model"]["name"] == "test model"
    assert "test model" in report.to_html(doc)
    assert not any("no model was applied" in ln for ln in report.to_text(doc))


def test_ctk_results_report_prints_and_writes_the_page(tmp_path, ctk):
    store, _ = _planted(tmp_path, n=6)
    store.close()
    out = tmp_path / "report.html"
    r = ctk("results", "report", "--db", tmp_path / "results.sqlite", "--market", "th", "--out", out)
    assert r.returncode == 0, r.stderr
    assert "th: 6 creatives with results of 7 registered" in r.stdout and "de:" not in r.stdout
    assert "CTR (clicks / impressions)" in r.stdout and "hook_type: " in r.stdout
    assert out.read_text("utf-8").count("<svg") >= 3
    r = ctk("--lang", "zh-CN", "results", "report", "--db", tmp_path / "results.sqlite")
    assert r.returncode == 0 and "点击率" in r.stdout
    empty = ctk("results", "report", "--db", tmp_path / "empty.sqlite")
    assert empty.returncode == 0 and "No results yet" in empty.stdout


@pytest.mark.parametrize("bad", ["dir"])
def test_a_store_path_that_is_a_folder_is_one_clear_error(tmp_path, ctk, bad):
    r = ctk("results", "report", "--db", tmp_path)
    assert r.returncode == 2 and "cannot open the results store" in r.stderr and "Traceback" not in r.stderr


def test_the_report_says_what_the_model_learned_and_how_sure():
    """`ctk results report` adds the pooled model's effects per market with their 90% intervals, strongest and
    surest first: the planted question hook in th leads th's CTR list and is marked sure; de's is not sure."""
    from toolkit.results.learned_report import html, learned, lines
    from toolkit.results.simulate import simulate
    doc = learned(simulate(60, seed=3, impressions=(2000, 20000)))
    th = doc["learned"]["ctr"]["th"]
    top = th[0]
    assert top["sure"] and "question" in top["label"].lower() and top["lo"] > 1, th[:3]
    de_q = next((r for r in doc["learned"]["ctr"]["de"] if "question" in r["label"].lower()), None)
    assert de_q is None or not (de_q["lo"] > 1.5)
    text = "\n".join(lines(doc))
    assert "90%" in text and "th *" in text
    assert "<table>" in html(doc, lambda s: s)
    assert learned([]) is None                                  # no results: the observed section only
