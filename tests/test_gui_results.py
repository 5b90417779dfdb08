"""The editor's results view (View > Results, Ctrl+4): the current product's creatives in the current market (or all
markets) with what the platforms reported, read from the results store `ctk results import` fills."""

import csv
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from test_gui import win  # noqa: E402,F401

pytestmark = [pytest.mark.gui]


@pytest.fixture
def seeded(tmp_path, monkeypatch):
    """A results store (CTK_RESULTS) with the scarf's three us creatives and one de creative; one us creative has
    results (100 clicks of 5,000 impressions) and so has the de one."""
    from toolkit.results.ids import ad_name, creative_id
    from toolkit.results.records import Creative
    from toolkit.results.store import ResultsStore
    db = tmp_path / "results.sqlite"
    monkeypatch.setenv("CTK_RESULTS", str(db))
    ids = {}
    with ResultsStore(db) as s:
        for market, variant in (("us", 0), ("us", 1), ("us", 2), ("de", 0)):
            cid = creative_id("lumi-silk-scarf", market, [{"screen": str(variant), "voice": ""}])
            ids[(market, variant)] = cid
            s.register([Creative(cid, market, "lumi-silk-scarf", variant,
                                 {"hook_type": "question" if variant == 1 else "fact", "festival": "none"})],
                       ad_names={cid: ad_name("lumi-silk-scarf", market, cid)})
        s.add_import("a" * 64, "seed.csv", "ads", [
            (ids[("us", 1)], "2026-01-05", {"impressions": 5000, "clicks": 100, "views": 4000, "views_6s": 1000,
                                            "orders": 5, "gmv": 195.0}),
            (ids[("de", 0)], "2026-01-05", {"impressions": 800, "clicks": 8, "views": 500, "views_6s": 100})],
            total=2, unjoined=0)
    return ids


def _show(qtbot, win):
    with qtbot.waitSignal(win.results_ready, timeout=30000):
        win.act_view_results.trigger()
    assert win.views.currentWidget().objectName() == "results-view" and win.act_view_results.isChecked()


def test_the_results_view_shows_the_products_creatives_in_the_market(qtbot, win, seeded):
    assert win.product_id == "lumi-silk-scarf" and win.market == "us"
    _show(qtbot, win)
    rows = win.results_visible()
    assert [r["Creative"] for r in rows] == [seeded[("us", 1)], seeded[("us", 0)], seeded[("us", 2)]]   # results first
    top = rows[0]
    assert top["Market"] == "us" and top["Variant"] == "1" and top["Hook"] == "question"
    assert top["Impressions"] == "5,000" and top["CTR"].startswith("2.0% (") and top["Completion"].startswith("25.0%")
    assert top["Conversion"].startswith("5.0%") and top["Orders"] == "5" and top["GMV"] == "195.00"
    assert top["Days"] == "01-05 – 01-05" and win.results_table.isColumnHidden(1)   # one market: no market column
    assert rows[1]["CTR"] == "–" and rows[1]["Impressions"] == "0"        # registered, no results yet
    assert "1 of 3 creatives have results" in win.results_note.text()
    assert win.results_table.editTriggers() == win.results_table.EditTrigger.NoEditTriggers     # read-only
    # every market
    with qtbot.waitSignal(win.results_ready, timeout=30000):
        win.results_scope.setCurrentIndex(win.results_scope.findData("all"))
    assert {r["Market"] for r in win.results_visible()} == {"us", "de"} and len(win.results_visible()) == 4
    assert not win.results_table.isColumnHidden(1)
    with qtbot.waitSignal(win.results_ready, timeout=30000):
        win.results_scope.setCurrentIndex(win.results_scope.findData("market"))
    # the view follows the market tab and the product
    with qtbot.waitSignal(win.results_ready, timeout=30000):
        win.select_market("de")
    assert [r["Creative"] for r in win.results_visible()] == [seeded[("de", 0)]]
    with qtbot.waitSignal(win.results_ready, timeout=30000):
        win.product_list.setCurrentRow(1)
    assert win.results_visible() == [] and "No creative of this product" in win.results_note.text()
    # the menu and the shortcut
    assert win.act_view_results.shortcut().toString() == "Ctrl+4" and win.act_view_results in win.menu_actions()


def test_import_report_from_the_view(qtbot, win, seeded, tmp_path):
    from toolkit.results.ids import ad_name
    _show(qtbot, win)
    cid = seeded[("us", 0)]
    path = tmp_path / "ads.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["By Day", "Ad name", "Impressions", "Clicks (destination)", "Video views", "6-second video views"])
        w.writerow(["2026-01-06", ad_name("lumi-silk-scarf", "us", cid), "1,000", "30", "900", "300"])
    with qtbot.waitSignal(win.results_ready, timeout=30000):
        win.import_results(str(path))
    row = next(r for r in win.results_visible() if r["Creative"] == cid)
    assert row["Impressions"] == "1,000" and row["CTR"].startswith("3.0% (")
    assert "2 of 3 creatives have results" in win.results_note.text()


@pytest.mark.slow
def test_ctk_gui_screenshot_of_the_results_view(tmp_path, seeded):
    from PIL import Image, ImageStat

    from conftest import EXAMPLES, run_ctk
    out = tmp_path / "results.png"
    res = run_ctk("gui", EXAMPLES / "catalog.csv", "--screenshot", out, "--view", "results", "--market", "us")
    assert res.returncode == 0, res.stderr
    with Image.open(out) as im:
        assert im.size == (1600, 1000) and max(ImageStat.Stat(im.convert("RGB")).stddev) > 30
