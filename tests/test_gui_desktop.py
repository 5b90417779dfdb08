"""The desktop conventions: every menu action through its shortcut, recent projects, drag and drop, the first-run
welcome, the remembered layout, Qt translation files and the language switch, accessible names."""

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from conftest import EXAMPLES, ROOT  # noqa: E402
from test_gui import win  # noqa: E402,F401

pytestmark = [pytest.mark.gui]


def press(qtbot, w, action):
    """Press an action's shortcut on the active window, as a user would."""
    from PySide6.QtTest import QTest
    seq = action.shortcut()
    assert not seq.isEmpty(), action.text()
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow(), timeout=5000)
    QTest.keySequence(w, seq)


def test_every_menu_action_has_a_unique_shortcut_or_is_a_submenu_entry(win):
    actions = win.menu_actions()
    texts = [a.text() for a in actions]
    for want in ("Open catalog…", "Open project…", "Save project", "Save project as…", "Undo", "Redo", "Revert field",
                 "Preferences…", "Help", "Quit", "Markets side by side", "Render this bundle", "Cancel render"):
        assert want in texts, want
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Render", "Help"]
    keyed = [a.shortcut().toString() for a in actions if not a.shortcut().isEmpty()]
    assert len(keyed) == len(set(keyed)), keyed                # no two actions share a key
    unkeyed = {a.text() for a in actions if a.shortcut().isEmpty()}
    assert unkeyed <= {"Map columns…", "Brand kit…", "Open the example catalog"}, unkeyed


def test_file_shortcuts_open_save_save_as_and_recent(qtbot, win, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    picked = {"open": str(EXAMPLES / "catalog.csv"), "save": str(tmp_path / "a.ctkproj")}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (picked["open"], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (picked["save"], ""))
    with qtbot.waitSignal(win.catalog_ready, timeout=30000):
        press(qtbot, win, win.act_open)                                    # Ctrl+O
    win.project.path = None
    press(qtbot, win, win.act_save)                                        # Ctrl+S asks where, the first time
    assert (tmp_path / "a.ctkproj").exists()
    picked["save"] = str(tmp_path / "b.ctkproj")
    press(qtbot, win, win.act_save_as)                                     # Ctrl+Shift+S
    assert (tmp_path / "b.ctkproj").exists() and Path(win.project.path).name == "b.ctkproj"
    recent = [a.toolTip() for a in win.recent_menu.actions()]
    assert recent[:2] == [str((tmp_path / "b.ctkproj").resolve()), str((tmp_path / "a.ctkproj").resolve())]
    picked["open"] = str(tmp_path / "a.ctkproj")
    with qtbot.waitSignal(win.catalog_ready, timeout=30000):
        press(qtbot, win, win.act_open_proj)                               # Ctrl+Shift+O
    assert Path(win.project.path).name == "a.ctkproj"
    with qtbot.waitSignal(win.catalog_ready, timeout=30000):
        win.recent_menu.actions()[1].trigger()                             # the recent list, newest first
    assert Path(win.project.path).name == "b.ctkproj"
    from gui.window import MainWindow                                      # and a new window lists them too
    w2 = MainWindow()
    qtbot.addWidget(w2)
    assert [a.toolTip() for a in w2.recent_menu.actions()][:2] == [str((tmp_path / "b.ctkproj").resolve()),
                                                                   str((tmp_path / "a.ctkproj").resolve())]


def test_edit_shortcuts_undo_redo_and_revert_field(qtbot, win):
    generated = win.scenes.item(0, 1).text()
    with qtbot.waitSignal(win.composed_ready, timeout=30000):
        win.scenes.item(0, 1).setText("Made by hand")
    with qtbot.waitSignal(win.composed_ready, timeout=30000):
        press(qtbot, win, win.act_undo)                                    # Ctrl+Z
    assert win.scenes.item(0, 1).text() == generated
    with qtbot.waitSignal(win.composed_ready, timeout=30000):
        press(qtbot, win, win.act_redo)                                    # Ctrl+Shift+Z
    assert win.scenes.item(0, 1).text() == "Made by hand"
    win.scenes.setCurrentCell(0, 1)
    win.scenes.setFocus()
    with qtbot.waitSignal(win.composed_ready, timeout=30000):
        press(qtbot, win, win.act_revert)                                  # Ctrl+Alt+Z: back to the generated text
    assert win.scenes.item(0, 1).text() == generated
    assert "scene 1 on-screen text" not in win.project.edits.get(f"us/{win.product_id}", {})
    with qtbot.waitSignal(win.composed_ready, timeout=30000):
        win.undo.undo()                                                    # the revert is undoable
    assert win.scenes.item(0, 1).text() == "Made by hand"


def test_view_render_help_preferences_and_quit_shortcuts(qtbot, win, monkeypatch):
    from gui.panels import menus
    with qtbot.waitSignal(win.grid_ready, timeout=60000):
        press(qtbot, win, win.act_view_grid)                               # Ctrl+2
    assert win.views.currentWidget() is win.grid
    press(qtbot, win, win.act_view_editor)                                 # Ctrl+1
    assert win.views.currentIndex() == 0
    press(qtbot, win, win.act_render)                                      # Ctrl+R
    assert win.queue.count() == 1 and win.jobs
    with qtbot.waitSignal(win.render_finished, timeout=30000) as sig:
        press(qtbot, win, win.act_cancel)                                  # Ctrl+.
    assert sig.args[0] in ("cancelled", "done")
    press(qtbot, win, win.act_render_all)                                  # Ctrl+Shift+R
    assert win.queue.count() == 2
    with qtbot.waitSignal(win.render_finished, timeout=30000) as sig:
        win.cancel_render()
    assert sig.args == ["cancelled"]
    press(qtbot, win, win.act_help)                                        # F1
    qtbot.waitUntil(lambda: win.help_box.isVisible(), timeout=5000)
    assert "ctk render" in win.help_box.informativeText()
    win.help_box.close()
    chosen = []
    monkeypatch.setattr(menus.PreferencesDialog, "exec", lambda self: chosen.append(self) or 0)
    press(qtbot, win, win.act_prefs)                                       # Ctrl+,
    assert chosen and chosen[0].language.count() == 2
    press(qtbot, win, win.act_play)                                        # Ctrl+P: nothing rendered, nothing plays
    assert win.video_path is None
    press(qtbot, win, win.act_quit)                                        # Ctrl+Q
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=5000)


def test_drop_a_catalog_or_a_project_on_the_window(qtbot, win, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    cat = tmp_path / "two.csv"
    rows = (EXAMPLES / "catalog.csv").read_text("utf-8").splitlines()
    cat.write_text("\n".join(rows[:3]) + "\n", "utf-8")
    shutil.copytree(EXAMPLES / "images", tmp_path / "images")

    def drop(path):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        enter = QDragEnterEvent(win.rect().center(), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
        win.dragEnterEvent(enter)
        if not enter.isAccepted():
            return False
        win.dropEvent(QDropEvent(QPointF(win.rect().center()), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
        return True

    note = tmp_path / "notes.pdf"
    note.write_bytes(b"%PDF-1.4")
    assert not drop(note)                                 # not a catalog or a project: refused
    with qtbot.waitSignal(win.catalog_ready, timeout=30000):
        assert drop(cat)
    assert win.product_list.count() == 1 and Path(win.project.input).name == "two.csv"
    proj = win.save_project(str(tmp_path / "dropped.ctkproj"))
    with qtbot.waitSignal(win.catalog_ready, timeout=30000):
        win.open_catalog(str(EXAMPLES / "catalog.csv"))
    with qtbot.waitSignal(win.catalog_ready, timeout=30000):
        assert drop(proj)
    assert Path(win.project.path).name == "dropped.ctkproj" and win.product_list.count() == 1


def test_first_run_welcome_opens_the_example_catalog_once(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("CTK_GUI_SETTINGS", str(tmp_path / "gui.ini"))
    from gui.window import MainWindow
    w = MainWindow()
    w.quiet_errors = True
    qtbot.addWidget(w)
    assert w.first_run()
    dlg = w.show_welcome()
    assert dlg.isVisible()
    from PySide6.QtWidgets import QPushButton
    with qtbot.waitSignal(w.catalog_ready, timeout=30000):
        dlg.findChild(QPushButton, "welcome-example").click()
    assert w.product_list.count() == 12 and Path(w.project.input).name == "catalog.csv"
    assert not w.first_run()                                # only once


def test_window_layout_is_remembered(qtbot, tmp_path, monkeypatch):
    """Docks where the marketer put them, and the window's geometry, saved on close and restored. (The offscreen
    screen is 800x800, which Qt clamps a restored geometry to, so the geometry is checked as saved.)"""
    monkeypatch.setenv("CTK_GUI_SETTINGS", str(tmp_path / "gui.ini"))
    from PySide6.QtCore import Qt

    from gui import store
    from gui.window import MainWindow
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.dockWidgetArea(w.video_dock) == Qt.RightDockWidgetArea
    w.removeDockWidget(w.video_dock)
    w.addDockWidget(Qt.LeftDockWidgetArea, w.video_dock)
    w.video_dock.show()
    w.findChild(type(w.video_dock), "findings-dock").hide()
    w.close()
    assert store.settings().value("geometry") == w.saveGeometry()
    w2 = MainWindow()
    qtbot.addWidget(w2)
    w2.show()
    assert w2.dockWidgetArea(w2.video_dock) == Qt.LeftDockWidgetArea
    assert not w2.findChild(type(w2.video_dock), "findings-dock").isVisible()


def ts_messages(lang):
    tree = ET.parse(ROOT / "gui" / "translations" / f"ctk_{lang}.ts")
    return {m.findtext("source"): (m.findtext("translation"), m.find("translation").get("type"))
            for m in tree.iter("message")}


def test_translation_files_cover_every_interface_string(tmp_path):
    """lupdate over gui/ finds no string the .ts lacks; every entry is translated in zh_CN and en; the shipped .qm
    is what lrelease makes of the .ts today."""
    tools = Path(shutil.which("pyside6-lupdate") or Path(os.sys.executable).parent / "pyside6-lupdate")
    assert tools.exists(), "pyside6-lupdate comes with PySide6"
    for lang in ("zh_CN", "en"):
        fresh = tmp_path / f"ctk_{lang}.ts"
        shutil.copy(ROOT / "gui" / "translations" / f"ctk_{lang}.ts", fresh)
        out = subprocess.run([str(tools), "-no-obsolete", "-locations", "none", "gui", "-extensions", "py",
                              "-ts", str(fresh)], cwd=ROOT, capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        assert "0 new" in out.stdout, out.stdout                              # nothing in the code is missing
        msgs = ts_messages(lang)
        unfinished = [s for s, (t, kind) in msgs.items() if not t or kind == "unfinished"]
        assert not unfinished, unfinished
        qm = tmp_path / f"ctk_{lang}.qm"
        lrelease = tools.parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), str(ROOT / "gui" / "translations" / f"ctk_{lang}.ts"), "-qm", str(qm)],
                       check=True, capture_output=True)
        assert qm.read_bytes() == (ROOT / "gui" / "translations" / f"ctk_{lang}.qm").read_bytes(), \
            "run `make translations` and commit the .qm"
    zh = ts_messages("zh_CN")
    # what the Python dictionary held is kept
    assert zh["Open catalog…"][0] == "打开商品表…" and zh["Fix"][0] == "一键修复" and zh["Revert field"][0] == "恢复原文"
    assert len(zh) >= 98


def test_language_switch_in_preferences_reloads_the_interface_in_chinese(qtbot, win, monkeypatch):
    from gui import i18n, store
    from gui.panels import menus
    pid, market = win.product_id, win.market
    win.select_market("jp")
    qtbot.waitSignal(win.composed_ready, timeout=30000).wait()

    def choose_zh(dlg):
        dlg.language.setCurrentIndex(dlg.language.findData("zh_CN"))
        return 1
    monkeypatch.setattr(menus.PreferencesDialog, "exec", choose_zh)
    try:
        with qtbot.waitSignal(win.interface_reloaded, timeout=30000):
            win.act_prefs.trigger()
        assert [a.text() for a in win.menuBar().actions()] == ["文件", "编辑", "视图", "渲染", "帮助"]
        assert win.act_open.text() == "打开商品表…" and win.fix_btn.text() == "一键修复"
        assert win.act_revert.text() == "恢复原文" and win.act_view_grid.text() == "多市场对比"
        assert win.scenes.horizontalHeaderItem(1).text() == "画面文字"
        assert store.settings().value("language") == "zh_CN"
        qtbot.waitUntil(lambda: win.composed is not None and win.scenes.rowCount() > 0, timeout=30000)
        assert (win.product_id, win.market) == (pid, "jp") and win.product_list.count() == 12   # nothing lost
        assert win.tabs.tabText(win.tabs.currentIndex()) == "jp"
        from PySide6.QtGui import QAction
        ctrl_o = [a for a in win.findChildren(QAction) if a.shortcut().toString() == "Ctrl+O"]
        assert ctrl_o == [win.act_open]                     # the old actions went with the old words
    finally:
        i18n.install("en")
    assert market


def test_controls_have_accessible_names_and_tab_through_the_editor(win):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableWidget
    unnamed = [w.objectName() or type(w).__name__ for cls in (QComboBox, QLineEdit, QPlainTextEdit, QTableWidget)
               for w in win.findChildren(cls)
               if w.isVisibleTo(win) and not w.accessibleName() and not isinstance(w.parent(), (QComboBox,))
               and type(w.parent()).__name__ not in ("QDateEdit", "QSpinBox", "QAbstractSpinBox")]
    assert not unnamed, unnamed
    buttons = [b for b in win.findChildren(QAbstractButton) if b.isVisibleTo(win) and not b.text()
               and not b.accessibleName() and not b.toolTip()]
    assert len(buttons) <= 4, [b.objectName() for b in buttons]     # dock close/float buttons carry tooltips
    # Tab from the search box walks into the editor: the product list, the market tabs, ... the caption
    order, w = [], win.search
    for _ in range(12):
        order.append(w)
        w = w.nextInFocusChain()
        while not (w.focusPolicy() & 0x1) or not w.isVisibleTo(win):      # Qt.TabFocus
            w = w.nextInFocusChain()
    assert win.product_list in order and win.tabs in order and win.scenes in order and win.caption in order


def test_menu_actions_without_a_shortcut_map_columns_brand_kit_example(qtbot, win, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from gui import columns
    shown = []
    monkeypatch.setattr(columns.ColumnsDialog, "exec", lambda self: shown.append(self.header) or 0)
    win.act_columns.trigger()                                              # Edit > Map columns…
    assert shown and "title" in shown[0]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(EXAMPLES / "brand" / "lumi.toml"), ""))
    with qtbot.waitSignal(win.composed_ready, timeout=30000):
        win.act_kit.trigger()                                              # Edit > Brand kit…
    assert win.project.brand_kit.endswith("lumi.toml") and "lumi" in win.act_kit.text()
    win.catalog = None
    with qtbot.waitSignal(win.catalog_ready, timeout=30000):
        win.act_welcome.trigger()                                          # File > Open the example catalog
    assert win.product_list.count() == 12
