"""Each market's words in the market's direction (from its market.toml, never its code), hashtags intact, and the
interface mirrored when its language is right-to-left."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from test_gui import win  # noqa: E402,F401  (the editor with the example catalog open)

pytestmark = [pytest.mark.gui]


def glyph_x(text: str, rtl: bool) -> dict[int, float]:
    """Where each character of a line is drawn (x of its glyph), laid out as the editor's text widgets lay it out."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QTextLayout, QTextOption
    lay = QTextLayout(text, QFont())
    opt = QTextOption()
    opt.setTextDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
    lay.setTextOption(opt)
    lay.beginLayout()
    lay.createLine().setLineWidth(4000)
    lay.endLayout()
    F = QTextLayout.GlyphRunRetrievalFlag
    out: dict[int, float] = {}
    for run in lay.glyphRuns(-1, -1, F.RetrieveGlyphIndexes | F.RetrieveGlyphPositions | F.RetrieveStringIndexes):
        for i, pos in zip(run.stringIndexes(), run.positions()):
            out.setdefault(i, pos.x())
    return out


def market_state(w):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem
    opt = QStyleOptionViewItem()
    w.scenes.itemDelegate().initStyleOption(opt, w.scenes.model().index(0, 1))
    caption_opt = w.caption.document().defaultTextOption()
    return {
        "scene": (opt.direction, bool(opt.displayAlignment & Qt.AlignRight)),
        "caption": (caption_opt.textDirection(), bool(caption_opt.alignment() & Qt.AlignRight)),
        "subtitles": (w.subtitles.document().defaultTextOption().textDirection(),
                      bool(w.subtitles.document().defaultTextOption().alignment() & Qt.AlignRight)),
        "ad text": (w.ad_text.layoutDirection(), bool(w.ad_text.alignment() & Qt.AlignRight)),
    }


def test_sa_widgets_are_right_to_left_and_right_aligned_us_are_not(qtbot, win):
    from PySide6.QtCore import Qt
    for code in ("us", "sa"):
        with qtbot.waitSignal(win.composed_ready, timeout=30000):
            win.select_market(code)
            if code == "us":
                win.refresh()
        want = (Qt.RightToLeft, True) if code == "sa" else (Qt.LeftToRight, False)
        assert market_state(win) == dict.fromkeys(("scene", "caption", "subtitles", "ad text"), want), code
    # the scene table keeps the interface's column order: only its cells follow the market
    assert win.scenes.layoutDirection() == Qt.LeftToRight
    assert win.scenes.horizontalHeaderItem(0).text() == "Seconds"


def test_arabic_lines_end_left_and_hashtags_stay_whole(qtbot, win):
    from gui import direction
    with qtbot.waitSignal(win.composed_ready, timeout=30000):
        win.select_market("sa")
    shown = win.caption.document().toRawText().replace("\u2029", "\n")
    assert direction.edited_text(win.caption) == win.composed.caption.text      # display marks never reach the project
    tags = [ln for ln in shown.splitlines() if "#" in ln][-1]
    x = glyph_x(tags, rtl=True)
    latin = [i for i, ch in enumerate(tags) if ch == "#" and tags[i + 1].isascii()]
    arabic = [i for i, ch in enumerate(tags) if ch == "#" and "\u0600" <= tags[i + 1] <= "\u06ff"]
    assert latin and arabic, tags
    for i in latin:                       # "#Lumi": the mark left of its word
        assert x[i] < x[i + 1], (tags, i)
    for i in arabic:                      # "#شال": the mark at the word's start, its right
        assert x[i] > x[i + 1], (tags, i)
    raw = direction.plain(tags)           # without the isolates the Latin tag breaks ("Lumi#"): the test can fail
    xr = glyph_x(raw, rtl=True)
    j = raw.index("#Lumi")
    assert xr[j] > xr[j + 1]
    # an Arabic line of a scene ends with its full stop on the left
    line = next(s.voice for s in win.composed.script.scenes if s.voice.endswith("."))
    xl = glyph_x(line, rtl=True)
    assert xl[len(line) - 1] == min(xl.values()), line


def test_findings_quote_market_words_in_their_direction(qtbot, win):
    from gui import direction
    from gui.panels.editor import finding_text
    from toolkit.model import Finding
    with qtbot.waitSignal(win.composed_ready, timeout=30000):
        win.select_market("sa")
    f = Finding(code="claims.medical", severity="error", message="'يعالج' is a medical claim", where="caption",
                term="يعالج")
    text = finding_text(f, "sa")
    assert direction.RLI + "يعالج" + direction.PDI in text and direction.FSI + "يعالج" + direction.PDI in text
    assert direction.LRI + "cures" in finding_text(Finding(code="x", severity="info", message="m", term="cures"), "us")


def test_a_right_to_left_test_market_takes_its_direction_from_its_data(qtbot, tmp_path, monkeypatch, locales_copy):
    """A market folder declaring direction = "rtl" (Latin script, so nothing guesses from the letters)."""
    import shutil

    from PySide6.QtCore import Qt

    from conftest import EXAMPLES
    from gui.window import MainWindow
    shutil.copytree(locales_copy / "us", locales_copy / "xr")
    toml = locales_copy / "xr" / "market.toml"
    text = toml.read_text("utf-8")
    text = text.replace('direction = "ltr"', 'direction = "rtl"').replace('code = "us"', 'code = "xr"')
    toml.write_text(text, "utf-8")
    w = MainWindow()
    w.quiet_errors = True
    w.project.out = str(tmp_path / "out")
    qtbot.addWidget(w)
    w.market_actions["us"].setChecked(True)
    w.market_actions["xr"].setChecked(True)
    with qtbot.waitSignal(w.catalog_ready, timeout=30000):
        w.open_catalog(str(EXAMPLES / "catalog.csv"))
    with qtbot.waitSignal(w.composed_ready, timeout=30000):
        w.select_market("xr")
    assert w.composed.text.market.code == "xr"
    assert market_state(w)["caption"] == (Qt.RightToLeft, True)
    assert market_state(w)["scene"] == (Qt.RightToLeft, True)


def test_a_right_to_left_interface_language_mirrors_the_interface(qtbot, win):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from gui import i18n
    try:
        i18n.install("ar")                     # no Arabic translation yet: the words stay, the layout mirrors
        assert QApplication.layoutDirection() == Qt.RightToLeft
        assert win.layoutDirection() == Qt.RightToLeft and win.findings.layoutDirection() == Qt.RightToLeft
        assert market_state(win)["caption"] == (Qt.LeftToRight, False)      # us text stays left-to-right
    finally:
        i18n.install("en")
    assert QApplication.layoutDirection() == Qt.LeftToRight
