"""The editor's market fit view (products x markets, go / check / no-go, filters, reasons) and File > Export brief
for the current product and market, through the same core as `ctk fit` and `ctk brief`."""

import json
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from test_gui import win  # noqa: E402,F401

pytestmark = [pytest.mark.gui]


def _fit_in_december(qtbot, win, markets=("th",), without=()):
    from PySide6.QtCore import QDate
    win.date_edit.setDate(QDate(2026, 12, 1))
    for code in markets:
        win.market_actions[code].setChecked(True)
    for code in without:
        win.market_actions[code].setChecked(False)
    with qtbot.waitSignal(win.fit_ready, timeout=60000):
        win.act_view_fit.trigger()
    assert win.views.currentWidget().objectName() == "fit-view" and win.act_view_fit.isChecked()


def test_the_fit_view_shows_the_beanie_as_check_in_th_in_december(qtbot, win):
    from PySide6.QtCore import Qt
    _fit_in_december(qtbot, win)
    m = win.fit_result
    assert m.day.isoformat() == "2026-12-01"                      # the project's campaign date
    assert m.markets == win.project.markets and "th" in m.markets
    shown = win.fit_visible()
    assert len(shown) == win.product_list.count() == 12
    assert shown["fjell-merino-beanie"]["th"] == "check"
    r = [p for p, _ in m.products].index("fjell-merino-beanie")
    c = m.markets.index("th")
    item = win.fit_table.item(r, c)
    assert item.text() == "check" and item.background().color().name() == "#ffe08a"
    # the same reasons `ctk fit` gives, in the tooltip and the detail pane
    reasons = [f.message for f in m.cell("fjell-merino-beanie", "th").findings if f.severity == "warning"]
    assert reasons and reasons[0] in item.toolTip()
    win.fit_table.setCurrentCell(r, c)
    detail = win.fit_detail.toPlainText()
    assert "fjell-merino-beanie" in detail and "th: check" in detail and reasons[0] in detail
    assert "How to fix" in detail
    # the menu and the shortcut
    assert win.act_view_fit.shortcut().toString() == "Ctrl+3" and win.act_view_fit in win.menu_actions()
    assert win.fit_table.item(r, c).data(Qt.UserRole) == "check"


LAMP = ("nordic-table-lamp,\"Nordic Table Lamp, EU plug\",\"Linen shade, E27 bulb, 220-240V.\",Nord,Lamp,,49.00,,USD,"
        "20,NT-LMP,White,,linen,images/fjell-beanie.png,,,")


def test_the_no_go_filter_hides_go_rows_and_the_market_filter_keeps_one_column(qtbot, win, catalog_copy):
    """The example catalog has no no-go in December; a European-plug lamp added to it is one in us and jp."""
    cat = catalog_copy / "catalog.csv"
    cat.write_text(cat.read_text("utf-8").rstrip("\n") + "\n" + LAMP + "\n", "utf-8")
    with qtbot.waitSignal(win.catalog_ready, timeout=30000):
        win.open_catalog(str(cat))
    _fit_in_december(qtbot, win, markets=("th",), without=("de",))     # de: every product checks GPSR
    m = win.fit_result
    assert m.markets == ["us", "jp", "sa", "th"]
    every = {pid: {code: m.cell(pid, code).verdict for code in m.markets} for pid, _ in m.products}
    nogo = {pid for pid, v in every.items() if "no-go" in v.values()}
    assert nogo == {"nordic-table-lamp"}                         # the filter has something to hide
    win.fit_verdict_box.setCurrentIndex(win.fit_verdict_box.findData("no-go"))
    shown = win.fit_visible()
    assert set(shown) == nogo
    all_go = [pid for pid, v in every.items() if set(v.values()) == {"go"}]
    assert all_go and not set(all_go) & set(shown)
    # one market: only its column, and only products with a no-go there
    win.fit_market_box.setCurrentIndex(win.fit_market_box.findData("jp"))
    shown = win.fit_visible()
    assert shown == {"nordic-table-lamp": {"jp": "no-go"}}
    win.fit_market_box.setCurrentIndex(win.fit_market_box.findData("th"))
    assert set(win.fit_visible()) == {pid for pid, v in every.items() if v["th"] == "no-go"}
    win.fit_verdict_box.setCurrentIndex(win.fit_verdict_box.findData("check"))
    assert "fjell-merino-beanie" in win.fit_visible()
    win.fit_verdict_box.setCurrentIndex(win.fit_verdict_box.findData("all"))
    win.fit_market_box.setCurrentIndex(0)
    assert len(win.fit_visible()) == 13


def test_export_brief_writes_the_three_files_for_the_current_product_and_market(qtbot, win, tmp_path):
    with qtbot.waitSignal(win.composed_ready, timeout=30000):
        win.select_market("jp")
    pid = win.product_id
    assert win.act_export_brief in win.menu_actions()
    folder = tmp_path / "brief"
    with qtbot.waitSignal(win.brief_exported, timeout=180000) as sig:
        win.export_brief(str(folder))
    assert sig.args == [str(folder)]
    for name in ("brief.md", "brief.pdf", "brief.json"):
        assert (folder / name).stat().st_size > 200, name
    assert (folder / "brief.pdf").read_bytes()[:4] == b"%PDF"
    doc = json.loads((folder / "brief.json").read_text("utf-8"))
    assert doc["market"] == "jp" and doc["product_id"] == pid
    assert doc["campaign_date"] == win.date_edit.date().toString("yyyy-MM-dd")
    md = (folder / "brief.md").read_text("utf-8")
    assert any("\u3040" <= ch <= "\u30ff" for ch in md)            # the jp creator's brief is in Japanese


@pytest.mark.slow
def test_ctk_gui_screenshot_of_the_fit_view(tmp_path):
    from PIL import Image, ImageStat

    from conftest import EXAMPLES, run_ctk
    out = tmp_path / "fit.png"
    res = run_ctk("gui", EXAMPLES / "catalog.csv", "--screenshot", out, "--view", "fit", "--market", "th",
                  "--date", "2026-12-01")
    assert res.returncode == 0, res.stderr
    with Image.open(out) as im:
        assert im.size == (1600, 1000) and max(ImageStat.Stat(im.convert("RGB")).stddev) > 30
    assert run_ctk("gui", EXAMPLES / "catalog.csv", "--screenshot", out, "--view", "nope").returncode == 2
