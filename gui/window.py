"""The marketer's workspace: catalog | market tabs + editor + live cover preview | findings and render queue.
No business logic here: every action is a call into toolkit/ that the CLI can also make."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDockWidget, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QMainWindow, QMenu, QPlainTextEdit, QPushButton, QSplitter,
                               QStackedWidget, QTabBar, QTableWidget, QToolBar, QToolButton, QVBoxLayout, QWidget)

from .direction import MarketDelegate
from .i18n import tr
from .workers import Job
from .panels.editor import EditorMixin
from .panels.fit import FitMixin
from .panels.grid import GridMixin
from .panels.menus import MenuMixin
from .panels.project import ProjectMixin
from .panels.render import RenderMixin
from .panels.results import ResultsMixin
from .panels.settings import SettingsMixin
from .panels.video import VideoMixin


class MainWindow(MenuMixin, ProjectMixin, SettingsMixin, EditorMixin, RenderMixin, VideoMixin, GridMixin, FitMixin,
                 ResultsMixin, QMainWindow):
    composed_ready = Signal()          # a bundle's text, findings and preview are on screen (tests wait on it)
    catalog_ready = Signal()
    render_finished = Signal(str)      # "done" | "cancelled" | an error message
    interface_reloaded = Signal()
    video_loaded = Signal(str)         # the player has the bundle's video (its path)
    grid_ready = Signal()              # the markets-side-by-side grid is filled
    fit_ready = Signal()               # the market fit view is filled
    results_ready = Signal()           # the results view is filled
    brief_exported = Signal(str)       # the folder of an exported brief ("" when it failed)

    def __init__(self):
        super().__init__()
        from toolkit.markets import available_markets
        from toolkit.project import Project
        self.setWindowTitle("ctk[*]")
        self.pool = QThreadPool.globalInstance()
        self.project = Project(input="", markets=["us", "de", "jp", "sa"])
        self.all_markets = available_markets()
        self.catalog = None
        self.composed = None
        self.market = self.project.markets[0]
        self.product_id: str | None = None
        self.undo = QUndoStack(self)
        self.jobs: list[Job] = []
        self._preview_job: Job | None = None
        self._pending_refresh = False
        self._filling = False
        self.problem_counts: dict[tuple[str, str], int] = {}
        self.debounce = QTimer(self, singleShot=True, interval=400)
        self.debounce.timeout.connect(self._commit_caption)
        self.setAcceptDrops(True)
        self._init_video()
        self._build()
        self.restore_layout()
        self.statusBar().showMessage(tr("No catalog open"))

    def reload_interface(self):
        """Build every menu, toolbar, panel and label again (after a language switch), keeping the project, the
        catalog, the undo history and the window layout."""
        self._sync_settings_to_project()
        state, geometry = self.saveState(), self.saveGeometry()
        for w in [*self.findChildren(QDockWidget), *self.findChildren(QToolBar)]:
            self.removeDockWidget(w) if isinstance(w, QDockWidget) else self.removeToolBar(w)
            w.deleteLater()
        for a in self.findChildren(QAction):
            if a.parent() is self:          # the old actions (and their shortcuts) go with the old words
                a.deleteLater()
        self.composed = None
        self._build()
        self.apply_project_to_widgets()
        self.restoreGeometry(geometry)
        self.restoreState(state)
        if self.catalog is not None:
            self._catalog_loaded(self.catalog, keep_selection=True)
        self.interface_reloaded.emit()

    # ---- layout --------------------------------------------------------------------------------
    def _build(self):
        tb = self.addToolBar("main")
        tb.setObjectName("main-toolbar")
        self.act_open = QAction(tr("Open catalog…"), self, shortcut=QKeySequence.Open, triggered=self.ask_open_catalog)
        self.act_open_proj = QAction(tr("Open project…"), self, triggered=self.ask_open_project)
        self.act_save = QAction(tr("Save project"), self, shortcut=QKeySequence.Save, triggered=self.save_project)
        self.act_columns = QAction(tr("Map columns…"), self, triggered=self.ask_columns)
        self.act_undo = self.undo.createUndoAction(self, tr("Undo"))
        self.act_undo.setShortcut(QKeySequence.Undo)
        self.act_redo = self.undo.createRedoAction(self, tr("Redo"))
        self.act_redo.setShortcut(QKeySequence.Redo)
        for a in (self.act_open, self.act_open_proj, self.act_save, self.act_columns, self.act_undo, self.act_redo):
            tb.addAction(a)
        tb.addSeparator()
        self.markets_btn = QToolButton(text=tr("Markets"), popupMode=QToolButton.InstantPopup)
        menu = QMenu(self.markets_btn)
        self.market_actions = {}
        for code in self.all_markets:
            a = QAction(code, menu, checkable=True, checked=code in self.project.markets)
            a.toggled.connect(self._markets_changed)
            menu.addAction(a)
            self.market_actions[code] = a
        self.markets_btn.setMenu(menu)
        tb.addWidget(self.markets_btn)
        tb.addWidget(QLabel(" " + tr("Campaign date") + " "))
        self.date_edit = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.date_edit.dateChanged.connect(self._settings_changed)
        tb.addWidget(self.date_edit)
        tb.addWidget(QLabel(" " + tr("Festival") + " "))
        self.festival_box = QComboBox(minimumContentsLength=14)
        self.festival_box.currentIndexChanged.connect(self._settings_changed)
        tb.addWidget(self.festival_box)
        tb.addWidget(QLabel(" " + tr("Voice") + " "))
        self.voice_box = QComboBox(minimumContentsLength=12, objectName="voice-box")    # per market, like festival
        self.voice_box.currentIndexChanged.connect(self._settings_changed)
        tb.addWidget(self.voice_box)
        tb.addWidget(QLabel(" " + tr("Style") + " "))
        from toolkit.style import available_styles
        self.style_box = QComboBox()
        for name in available_styles():
            self.style_box.addItem(name, name)
        self.style_box.setCurrentIndex(max(0, self.style_box.findData("clean")))
        self.style_box.currentIndexChanged.connect(self._settings_changed)
        tb.addWidget(self.style_box)
        self.act_kit = QAction(tr("Brand kit…"), self, triggered=self.ask_brand_kit)
        tb.addAction(self.act_kit)
        self.sponsored_box = QCheckBox(tr("Sponsored (paid or gifted)"))
        self.sponsored_box.toggled.connect(self._settings_changed)
        tb.addWidget(self.sponsored_box)
        tb.addSeparator()
        self.act_render = QAction(tr("Render this bundle"), self, shortcut="Ctrl+R", triggered=self.render_current)
        self.act_render_all = QAction(tr("Render all"), self, shortcut="Ctrl+Shift+R", triggered=self.render_all)
        self.act_cancel = QAction(tr("Cancel render"), self, shortcut="Ctrl+.", triggered=self.cancel_render)
        self.act_view_editor = QAction(tr("Editor"), self, shortcut="Ctrl+1", checkable=True, checked=True,
                                       triggered=lambda: self.show_view("editor"))
        self.act_view_grid = QAction(tr("Markets side by side"), self, shortcut="Ctrl+2", checkable=True,
                                     triggered=lambda: self.show_view("grid"))
        self.act_view_fit = QAction(tr("Market fit"), self, shortcut="Ctrl+3", checkable=True,
                                    triggered=lambda: self.show_view("fit"))
        self.act_view_results = QAction(tr("Results"), self, shortcut="Ctrl+4", checkable=True,
                                        triggered=lambda: self.show_view("results"))
        self.act_export_brief = QAction(tr("Export brief…"), self, shortcut="Ctrl+Shift+B",
                                        triggered=lambda: self.export_brief())
        self.act_play = QAction(tr("Play video"), self, shortcut="Ctrl+P", triggered=self.toggle_play)
        tb.addAction(self.act_render)
        tb.addAction(self.act_render_all)
        tb.addAction(self.act_view_grid)

        # catalog list (left)
        left = QWidget()
        lv = QVBoxLayout(left)
        self.search = QLineEdit(placeholderText=tr("Search products"), clearButtonEnabled=True)
        self.search.textChanged.connect(self._filter_products)
        self.only_problems = QCheckBox(tr("Only with problems"))
        self.only_problems.toggled.connect(self._filter_products)
        self.product_list = QListWidget()
        self.product_list.currentItemChanged.connect(self._product_selected)
        lv.addWidget(self.search)
        lv.addWidget(self.only_problems)
        lv.addWidget(self.product_list)
        dock = QDockWidget(tr("Catalog"), self, objectName="catalog-dock")
        dock.setWidget(left)
        self.addDockWidget(Qt.LeftDockWidgetArea, dock)

        # centre: market tabs, editor, preview
        centre = QWidget()
        cv = QVBoxLayout(centre)
        self.tabs = QTabBar()
        self.tabs.currentChanged.connect(self._tab_changed)
        cv.addWidget(self.tabs)
        split = QSplitter(Qt.Horizontal)
        editor = QWidget()
        ev = QVBoxLayout(editor)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Scenes")))
        row.addStretch(1)
        row.addWidget(QLabel(tr("Variant")))
        self.variant_box = QComboBox(minimumContentsLength=22)
        self.variant_box.activated.connect(self._variant_chosen)
        row.addWidget(self.variant_box)
        self.play_btn = QPushButton(tr("Play line"), objectName="play-line", clicked=self.play_line)
        row.addWidget(self.play_btn)
        ev.addLayout(row)
        self.scenes = QTableWidget(0, 3)
        self.scenes.setHorizontalHeaderLabels([tr("Seconds"), tr("On-screen text"), tr("Voice-over")])
        self.scenes.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.scenes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.scenes.itemChanged.connect(self._scene_edited)
        self.scenes.setItemDelegate(MarketDelegate(self.scenes, columns=(1, 2)))
        self.scenes.setWordWrap(True)
        self.scenes.horizontalHeader().sectionResized.connect(lambda *_: self.scenes.resizeRowsToContents())
        ev.addWidget(self.scenes, 3)
        ev.addWidget(QLabel(tr("Caption")))
        self.caption = QPlainTextEdit()
        self.caption.textChanged.connect(lambda: None if self._filling else self.debounce.start())
        ev.addWidget(self.caption, 2)
        ev.addWidget(QLabel(tr("Ad text")))
        self.ad_text = QLineEdit(readOnly=True, objectName="ad-text")
        ev.addWidget(self.ad_text)
        ev.addWidget(QLabel(tr("Subtitles")))
        self.subtitles = QPlainTextEdit(readOnly=True)
        ev.addWidget(self.subtitles, 1)
        split.addWidget(editor)
        self.preview = QLabel(alignment=Qt.AlignCenter, minimumWidth=370)
        self.preview.setText(tr("Preview"))
        split.addWidget(self.preview)
        split.setSizes([700, 340])
        cv.addWidget(split)
        self.views = QStackedWidget(objectName="views")
        self.views.addWidget(centre)
        self.views.addWidget(self._build_grid())
        self.views.addWidget(self._build_fit())
        self.views.addWidget(self._build_results())
        self.setCentralWidget(self.views)

        # findings + render queue (bottom)
        bottom = QWidget()
        bh = QHBoxLayout(bottom)
        fbox = QVBoxLayout()
        self.findings_label = QLabel(tr("Findings"))
        fbox.addWidget(self.findings_label)
        self.findings = QListWidget()
        self.findings.itemClicked.connect(self._finding_clicked)
        self.findings.currentItemChanged.connect(lambda *_: self._update_fix_button())
        fbox.addWidget(self.findings)
        self.fix_btn = QPushButton(tr("Fix"), enabled=False, clicked=self.apply_fix)
        fbox.addWidget(self.fix_btn)
        bh.addLayout(fbox, 3)
        qbox = QVBoxLayout()
        qbox.addWidget(QLabel(tr("Render queue")))
        self.queue = QListWidget()
        qbox.addWidget(self.queue)
        row = QHBoxLayout()
        self.cancel_btn = QPushButton(tr("Cancel"), enabled=False, clicked=self.cancel_render)
        self.open_btn = QPushButton(tr("Open folder"), enabled=False, clicked=self.open_output)
        row.addWidget(self.cancel_btn)
        row.addWidget(self.open_btn)
        qbox.addLayout(row)
        bh.addLayout(qbox, 2)
        bdock = QDockWidget(tr("Findings"), self, objectName="findings-dock")
        bdock.setWidget(bottom)
        self.addDockWidget(Qt.BottomDockWidgetArea, bdock)

        # product facts (right): what ctk understood, which facts this market's script states; corrections
        facts_w = QWidget()
        fv = QVBoxLayout(facts_w)
        self.type_label = QLabel(tr("Type") + ": -", wordWrap=True)
        fv.addWidget(self.type_label)
        self.facts_table = QTableWidget(0, 4)
        self.facts_table.setHorizontalHeaderLabels([tr("Fact"), tr("Value"), tr("In script"), tr("From the catalog")])
        self.facts_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.facts_table.horizontalHeader().setStretchLastSection(True)
        self.facts_table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.facts_table.setSelectionBehavior(QTableWidget.SelectRows)
        fv.addWidget(self.facts_table)
        self.fact_remove_btn = QPushButton(tr("Not true: remove fact"), clicked=self.remove_selected_fact)
        fv.addWidget(self.fact_remove_btn)
        self.fact_add = QLineEdit(placeholderText=tr("Add: +feature:foldable, +battery_life=40h, type=desk_lamp"),
                                  clearButtonEnabled=True)
        self.fact_add.returnPressed.connect(self.add_fact_from_field)
        fv.addWidget(self.fact_add)
        self.unknown_label = QLabel("", wordWrap=True)
        fv.addWidget(self.unknown_label)
        facts_w.setMinimumWidth(400)
        fdock = QDockWidget(tr("Product facts"), self, objectName="facts-dock")
        fdock.setWidget(facts_w)
        self.addDockWidget(Qt.RightDockWidgetArea, fdock)
        self.addDockWidget(Qt.RightDockWidgetArea, self._build_video_dock())
        self.tabifyDockWidget(fdock, self.video_dock)
        fdock.raise_()
        self.resizeDocks([bdock], [190], Qt.Vertical)         # the editor gets the height; findings a strip
        self._build_menus()
        self._name_controls()
        self._rebuild_tabs()
        self.resize(1440, 900)

    def _name_controls(self):
        """Accessible names for every control a screen reader meets, and a tab order through the editor."""
        names = {self.search: tr("Search products"), self.only_problems: tr("Only with problems"),
                 self.product_list: tr("Catalog"), self.tabs: tr("Markets"), self.scenes: tr("Scenes"),
                 self.caption: tr("Caption"), self.ad_text: tr("Ad text"), self.subtitles: tr("Subtitles"),
                 self.preview: tr("Preview"), self.variant_box: tr("Variant"), self.play_btn: tr("Play line"),
                 self.findings: tr("Findings"), self.fix_btn: tr("Fix"), self.queue: tr("Render queue"),
                 self.cancel_btn: tr("Cancel"), self.open_btn: tr("Open folder"), self.date_edit: tr("Campaign date"),
                 self.festival_box: tr("Festival"), self.voice_box: tr("Voice"), self.style_box: tr("Style"),
                 self.sponsored_box: tr("Sponsored (paid or gifted)"), self.markets_btn: tr("Markets"),
                 self.facts_table: tr("Product facts"), self.fact_remove_btn: tr("Not true: remove fact"),
                 self.fact_add: tr("Add a fact"), self.grid: tr("Markets side by side")}
        for w, name in names.items():
            w.setAccessibleName(name)
        self.tabs.setFocusPolicy(Qt.StrongFocus)
        self.preview.setFocusPolicy(Qt.NoFocus)
        chain = [self.search, self.only_problems, self.product_list, self.tabs, self.variant_box, self.play_btn,
                 self.scenes, self.caption, self.ad_text, self.subtitles, self.findings, self.fix_btn, self.queue,
                 self.cancel_btn, self.open_btn, self.facts_table, self.fact_remove_btn, self.fact_add]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def show_view(self, view: str):
        """'editor' (one market), 'grid' (markets side by side), 'fit' (the market fit matrix) or 'results' (the
        product's creatives and what the platforms reported)."""
        views = ("editor", "grid", "fit", "results")
        view = view if view in views else "editor"
        self.views.setCurrentIndex(views.index(view))
        for name, act in zip(views, (self.act_view_editor, self.act_view_grid, self.act_view_fit,
                                     self.act_view_results)):
            act.setChecked(name == view)
        if view == "grid":
            self.refresh_grid()
        elif view == "fit":
            self.refresh_fit()
        elif view == "results":
            self.refresh_results()

    # ---- plumbing ---------------------------------------------------------------------------------
    def _start(self, job: Job):
        self._live = getattr(self, "_live", set())
        self._live.add(job)                      # keep a reference until it reports back
        job.signals.done.connect(lambda *_: self._live.discard(job))
        job.signals.failed.connect(lambda *_: self._live.discard(job))
        self.pool.start(job)

    def closeEvent(self, ev):
        self.save_layout()
        self.stop_video()
        self.cancel_render()
        self.pool.waitForDone(3000)
        super().closeEvent(ev)
