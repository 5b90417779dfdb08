"""The editor's other views: the video player over a really rendered bundle, the background render after an edit,
markets side by side with their differences highlighted, and `ctk gui --screenshot`."""

import os
import subprocess
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from conftest import EXAMPLES, ROOT, run_ctk  # noqa: E402
from test_gui import win  # noqa: E402,F401

pytestmark = [pytest.mark.gui]


@pytest.mark.slow
def test_the_player_loads_the_bundles_video_and_seeks_to_a_scene(qtbot, win):
    from PySide6.QtMultimedia import QMediaPlayer

    from gui.panels.video import parse_srt, scene_starts
    with qtbot.waitSignal(win.render_finished, timeout=180000) as sig:
        win.render_current()
    assert sig.args == ["done"]
    folder = win.bundle_folder()
    with qtbot.waitSignal(win.video_loaded, timeout=30000):
        assert win.load_video()
    assert win.player.source().toLocalFile() == str(folder / "video.mp4")
    assert win.player.mediaStatus() in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    assert win.player.duration() > 5000 and win.video_slider.maximum() == win.player.duration()
    starts = scene_starts(folder)
    assert len(starts) == win.scenes.rowCount() and starts == sorted(starts) and starts[0] == 0
    cues = parse_srt((folder / "subtitles.srt").read_text("utf-8"))
    row = 3
    ms = win.seek_scene(row)
    assert ms == starts[row] + 1
    qtbot.waitUntil(lambda: abs(win.player.position() - ms) < 250, timeout=10000)
    want = next(t for s, e, t in cues if s <= ms < e)
    assert win.video_sub.text().replace("\u2068", "").replace("\u2069", "") == want
    # a scene's line is in its cue: the subtitle shown is the one of the scene the table points at
    first_words = win.scenes.item(row, 2).text().split()[0].strip(",.?!")
    assert first_words in " ".join(t for s, e, t in cues if starts[row] <= s < (starts[row + 1]
                                                                                  if row + 1 < len(starts) else 10**9))
    # double-clicking a scene row jumps there too
    win.scenes.cellDoubleClicked.emit(1, 1)
    qtbot.waitUntil(lambda: abs(win.player.position() - (starts[1] + 1)) < 250, timeout=10000)


def test_an_edit_renders_the_video_in_the_background_and_cancels_like_the_queue(qtbot, win):
    win.video_timer.setInterval(10)
    win.auto_video.setChecked(True)
    with qtbot.waitSignal(win.composed_ready, timeout=30000):
        win.scenes.item(0, 1).setText("Hand-picked for you")
    qtbot.waitUntil(lambda: win.queue.count() == 1 and win._video_job is not None, timeout=5000)
    assert "Rendering" in win.queue.item(0).text() and win.cancel_btn.isEnabled()
    with qtbot.waitSignal(win.render_finished, timeout=10000) as sig:
        win.cancel_btn.click()
    assert sig.args == ["cancelled"] and "Cancelled" in win.queue.item(0).text()
    win.auto_video.setChecked(False)                         # off: an edit renders nothing
    with qtbot.waitSignal(win.composed_ready, timeout=30000):
        win.scenes.item(0, 1).setText("Picked for you")
    qtbot.wait(100)
    assert win.queue.count() == 1


def test_the_grid_highlights_a_differing_offer_and_a_click_edits_that_market(qtbot, win, tmp_path):
    """de gets its own price (price:de), so its reduction differs from the other markets' 20%: the offer row marks
    de, and only de."""
    import shutil
    rows = (EXAMPLES / "catalog.csv").read_text("utf-8").splitlines()
    header = rows[0].split(",")
    at = header.index("price:de")
    lines = [rows[0]]
    for r in rows[1:4]:                                      # the scarf's three variants
        cells = r.split(",")
        cells[at] = "29.00"
        lines.append(",".join(cells))
    cat = tmp_path / "scarf.csv"
    cat.write_text("\n".join(lines) + "\n", "utf-8")
    shutil.copytree(EXAMPLES / "images", tmp_path / "images")
    with qtbot.waitSignal(win.catalog_ready, timeout=30000):
        win.open_catalog(str(cat))
    with qtbot.waitSignal(win.grid_ready, timeout=90000):
        win.show_view("grid")
    markets = [win.grid.horizontalHeaderItem(c).text() for c in range(win.grid.columnCount())]
    assert markets == win.project.markets == ["us", "de", "jp", "sa"]
    assert win.grid_highlighted("offer") == ["de"]
    de = markets.index("de")
    assert "29" in win.grid.item(2, de).text() and "20" in win.grid.item(2, 0).text()
    assert not win.grid.item(0, de).data(1).isNull()               # the cover is drawn in its cell
    with qtbot.waitSignal(win.composed_ready, timeout=30000):
        win.grid.cellClicked.emit(1, de)
    assert win.views.currentIndex() == 0 and win.market == "de" and win.tabs.tabText(win.tabs.currentIndex()) == "de"


def test_the_grid_takes_chosen_markets_with_their_direction(qtbot, win):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem
    with qtbot.waitSignal(win.grid_ready, timeout=90000):
        win.views.setCurrentIndex(1)
        win.refresh_grid(["us", "sa", "th"])
    assert [win.grid.horizontalHeaderItem(c).text() for c in range(3)] == ["us", "sa", "th"]
    assert win.grid_highlighted("offer") == []                   # the same 20% everywhere: nothing marked

    def cell_direction(row, col):
        opt = QStyleOptionViewItem()
        win.grid.itemDelegate().initStyleOption(opt, win.grid.model().index(row, col))
        return opt.direction
    assert cell_direction(1, 1) == Qt.RightToLeft and cell_direction(1, 0) == Qt.LeftToRight
    assert cell_direction(6, 1) == Qt.LeftToRight                # the finding counts are the interface's words


@pytest.mark.slow
def test_ctk_gui_screenshot_renders_the_window_offscreen(tmp_path):
    from PIL import Image, ImageStat
    out = tmp_path / "sa.png"
    res = run_ctk("gui", EXAMPLES / "catalog.csv", "--screenshot", out, "--market", "sa", "--date", "2026-12-01")
    assert res.returncode == 0, res.stderr
    with Image.open(out) as im:
        assert im.size == (1600, 1000) and max(ImageStat.Stat(im.convert("RGB")).stddev) > 30
    bad = run_ctk("gui", "--screenshot", out)
    assert bad.returncode == 2 and "needs a catalog" in bad.stderr


def test_ctk_help_does_not_import_qt():
    code = "import sys, toolkit.cli.main; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False", out.stderr


def test_no_editor_module_over_400_lines():
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / "gui").rglob("*.py")
            if (n := len(p.read_text("utf-8").splitlines())) > 400}
    assert not long, long
