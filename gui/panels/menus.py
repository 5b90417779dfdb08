"""The desktop conventions: the menu bar and its shortcuts, recent projects, revert field, preferences (the
interface language), help, drag and drop of a catalog or project, the first-run welcome, the remembered layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QPushButton,
                               QVBoxLayout)

from .. import store
from ..i18n import LANGUAGES, current, tr

CATALOG_SUFFIXES = {".csv", ".tsv", ".txt", ".xlsx", ".json", ".yaml", ".yml"}
EXAMPLE_CATALOG = Path(__file__).resolve().parents[2] / "examples" / "catalog.csv"


class PreferencesDialog(QDialog):
    def __init__(self, parent):
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.setObjectName("preferences")
        form = QFormLayout(self)
        self.language = QComboBox(objectName="language-box")
        self.language.setAccessibleName(tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current())))
        form.addRow(tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class MenuMixin:
    def _build_menus(self):
        """The menu bar over the actions the toolbar shares (built in window._build)."""
        mb = self.menuBar()
        mb.clear()
        self.act_save_as = QAction(tr("Save project as…"), self, shortcut=QKeySequence.SaveAs,
                                   triggered=lambda: self.save_project_as())
        self.act_open_proj.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.act_revert = QAction(tr("Revert field"), self, shortcut=QKeySequence("Ctrl+Alt+Z"),
                                  triggered=self.revert_field)
        self.act_prefs = QAction(tr("Preferences…"), self, shortcut=QKeySequence("Ctrl+,"),
                                 triggered=self.ask_preferences)
        self.act_prefs.setMenuRole(QAction.PreferencesRole)
        self.act_help = QAction(tr("Help"), self, shortcut=QKeySequence.HelpContents, triggered=self.show_help)
        self.act_quit = QAction(tr("Quit"), self, shortcut=QKeySequence("Ctrl+Q"), triggered=self.close)
        self.act_quit.setMenuRole(QAction.QuitRole)
        self.act_welcome = QAction(tr("Open the example catalog"), self, triggered=self.open_example)
        m = mb.addMenu(tr("File"))
        m.addActions([self.act_open, self.act_open_proj])
        self.recent_menu = m.addMenu(tr("Recent projects"))
        self.recent_menu.setObjectName("recent-menu")
        self._fill_recent()
        m.addSeparator()
        m.addActions([self.act_save, self.act_save_as])
        m.addSeparator()
        m.addAction(self.act_export_brief)
        m.addSeparator()
        m.addActions([self.act_welcome, self.act_quit])
        m = mb.addMenu(tr("Edit"))
        m.addActions([self.act_undo, self.act_redo, self.act_revert])
        m.addSeparator()
        m.addActions([self.act_columns, self.act_kit])
        m.addSeparator()
        m.addAction(self.act_prefs)
        m = mb.addMenu(tr("View"))
        m.addActions([self.act_view_editor, self.act_view_grid, self.act_view_fit, self.act_view_results, self.act_play])
        m = mb.addMenu(tr("Render"))
        m.addActions([self.act_render, self.act_render_all, self.act_cancel])
        m = mb.addMenu(tr("Help"))
        m.addAction(self.act_help)
        for a in self.menu_actions():
            if a.shortcut().toString():
                a.setToolTip(f"{a.text().replace('&', '')} ({a.shortcut().toString(QKeySequence.NativeText)})")

    def menu_actions(self) -> list[QAction]:
        """Every action of the menu bar (submenus but the recent projects included), in menu order."""
        out = []

        def walk(menu):
            for a in menu.actions():
                if a.menu() is self.recent_menu:
                    continue                      # the recent projects are entries, not actions of their own
                if a.menu():
                    walk(a.menu())
                elif not a.isSeparator():
                    out.append(a)
        for top in self.menuBar().actions():
            walk(top.menu())
        return out

    # ---- recent projects ------------------------------------------------------------------------
    def _fill_recent(self):
        self.recent_menu.clear()
        for path in store.recent_projects():
            self.recent_menu.addAction(Path(path).name, lambda p=path: self.open_project(p)).setToolTip(path)
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def remember_project(self, path):
        store.add_recent(str(Path(path).resolve()))
        self._fill_recent()

    def save_project_as(self, path: str | None = None):
        from PySide6.QtWidgets import QFileDialog
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save project as…"), "project.ctkproj",
                                                  "ctk projects (*.ctkproj)")
            if not path:
                return None
        return self.save_project(path)

    # ---- revert field ---------------------------------------------------------------------------
    def focused_field(self) -> str | None:
        """The editable field the marketer is on: the caption, or the current scene cell."""
        if self.caption.hasFocus() or self.composed is None:
            return "caption"
        r, col = self.scenes.currentRow(), self.scenes.currentColumn()
        if r < 0 or col not in (1, 2) or r >= len(self.composed.script.scenes):
            return "caption"
        idx = self.composed.script.scenes[r].index
        return f"scene {idx} on-screen text" if col == 1 else f"scene {idx} voice-over"

    def revert_field(self):
        """Back to the generated text for the focused field (undoable like any edit)."""
        field = self.focused_field()
        if field and self.product_id and self.current_edit(field) is not None:
            self.edit_field(field, None)

    # ---- preferences ----------------------------------------------------------------------------
    def ask_preferences(self):
        dlg = PreferencesDialog(self)
        self.preferences_dialog = dlg
        if dlg.exec():
            self.set_interface_language(dlg.language.currentData())

    def set_interface_language(self, lang: str):
        """Keep the choice and rebuild the interface in it (the project, catalog and undo history stay)."""
        from .. import i18n
        s = store.settings()
        s.setValue("language", lang)
        s.sync()
        i18n.install(lang)
        self.reload_interface()

    def show_help(self):
        box = QMessageBox(QMessageBox.Information, tr("Help"), tr("ctk editor"), QMessageBox.Ok, self)
        box.setObjectName("help-box")
        box.setInformativeText(tr("Open a catalog (a CSV, Shopify or WooCommerce export) or drop it on the window. "
                                  "Pick a product and a market tab; edit scenes and caption; findings list what "
                                  "to fix. The same project renders with: ctk render PROJECT.ctkproj"))
        self.help_box = box
        box.open()

    # ---- drag and drop --------------------------------------------------------------------------
    @staticmethod
    def droppable(path: str) -> bool:
        p = Path(path)
        return p.is_file() and (p.suffix.lower() == ".ctkproj" or p.suffix.lower() in CATALOG_SUFFIXES)

    def dragEnterEvent(self, ev):
        urls = ev.mimeData().urls() if ev.mimeData().hasUrls() else []
        if urls and self.droppable(urls[0].toLocalFile()):
            ev.acceptProposedAction()
        else:
            ev.ignore()

    def dropEvent(self, ev):
        urls = ev.mimeData().urls()
        path = urls[0].toLocalFile() if urls else ""
        if not self.droppable(path):
            ev.ignore()
            return
        ev.acceptProposedAction()
        self.open_path(path)

    def open_path(self, path: str):
        if path.lower().endswith(".ctkproj"):
            self.open_project(path)
        else:
            self.open_catalog(path)

    # ---- first run ------------------------------------------------------------------------------
    def first_run(self) -> bool:
        return not store.settings().value("welcomed", False, type=bool)

    def show_welcome(self):
        """A first-run welcome (once): open the example catalog, or start with one's own."""
        s = store.settings()
        s.setValue("welcomed", True)
        s.sync()
        dlg = QDialog(self, objectName="welcome")
        dlg.setWindowTitle(tr("Welcome to ctk"))
        lay = QVBoxLayout(dlg)
        lay.addWidget(QLabel(tr("ctk turns a product catalog into short-video scripts, captions, covers and videos "
                                "for each market. Start with the example catalog, or open your own."),
                             wordWrap=True))
        ex = QPushButton(tr("Open the example catalog"), objectName="welcome-example", default=True)
        ex.clicked.connect(lambda: (dlg.accept(), self.open_example()))
        own = QPushButton(tr("Open catalog…"), objectName="welcome-open")
        own.clicked.connect(lambda: (dlg.accept(), self.ask_open_catalog()))
        lay.addWidget(ex)
        lay.addWidget(own)
        self.welcome = dlg
        dlg.setAttribute(Qt.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def open_example(self):
        self.open_catalog(str(EXAMPLE_CATALOG))

    # ---- window layout --------------------------------------------------------------------------
    def restore_layout(self):
        s = store.settings()
        if s.value("geometry") is not None:
            self.restoreGeometry(s.value("geometry"))
        if s.value("state") is not None:
            self.restoreState(s.value("state"))

    def save_layout(self):
        s = store.settings()
        s.setValue("geometry", self.saveGeometry())
        s.setValue("state", self.saveState())
        s.sync()
