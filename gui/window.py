"""The marketer's workspace: catalog | market tabs + editor + live cover preview | findings and render queue.
No business logic here: every action is a call into toolkit/ that the CLI can also make."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QImage, QKeySequence, QPixmap, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDockWidget, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QMainWindow, QMenu, QMessageBox,
                               QPlainTextEdit, QProgressBar, QPushButton, QSplitter, QTabBar, QTableWidget,
                               QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from .i18n import tr
from .workers import Job

SEV_MARK = {"error": "⛔", "warning": "⚠", "info": "ℹ"}


class EditCommand(QUndoCommand):
    """One manual edit of one field of one bundle; undo restores the previous value (or the generated text)."""

    def __init__(self, window: "MainWindow", market: str, product: str, field: str, old, new):
        super().__init__(f"{field} ({market}/{product})")
        self.w, self.market, self.product, self.field, self.old, self.new = window, market, product, field, old, new

    def redo(self):
        self.w.project.set_edit(self.market, self.product, self.field, self.new)
        self.w.edits_changed(self.market, self.product)

    def undo(self):
        self.w.project.set_edit(self.market, self.product, self.field, self.old)
        self.w.edits_changed(self.market, self.product)


class MainWindow(QMainWindow):
    composed_ready = Signal()          # a bundle's text, findings and preview are on screen (tests wait on it)
    catalog_ready = Signal()
    render_finished = Signal(str)      # "done" | "cancelled" | an error message

    def __init__(self):
        super().__init__()
        from toolkit.markets import available_markets
        from toolkit.project import Project
        self.setWindowTitle("ctk")
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
        self._build()
        self.debounce = QTimer(self, singleShot=True, interval=400)
        self.debounce.timeout.connect(self._commit_caption)
        s = QSettings("ctk", "ctk-gui")
        if s.value("geometry"):
            self.restoreGeometry(s.value("geometry"))
        if s.value("state"):
            self.restoreState(s.value("state"))
        self.statusBar().showMessage(tr("No catalog open"))

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
        tb.addAction(self.act_render)
        tb.addAction(self.act_render_all)

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
        ev.addLayout(row)
        self.scenes = QTableWidget(0, 3)
        self.scenes.setHorizontalHeaderLabels([tr("Seconds"), tr("On-screen text"), tr("Voice-over")])
        self.scenes.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.scenes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.scenes.itemChanged.connect(self._scene_edited)
        ev.addWidget(self.scenes, 3)
        ev.addWidget(QLabel(tr("Caption")))
        self.caption = QPlainTextEdit()
        self.caption.textChanged.connect(lambda: None if self._filling else self.debounce.start())
        ev.addWidget(self.caption, 2)
        ev.addWidget(QLabel(tr("Subtitles")))
        self.subtitles = QPlainTextEdit(readOnly=True)
        ev.addWidget(self.subtitles, 1)
        split.addWidget(editor)
        self.preview = QLabel(alignment=Qt.AlignCenter, minimumWidth=300)
        self.preview.setText(tr("Preview"))
        split.addWidget(self.preview)
        split.setSizes([700, 340])
        cv.addWidget(split)
        self.setCentralWidget(centre)

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
        self._rebuild_tabs()
        self.resize(1440, 900)

    # ---- errors ------------------------------------------------------------------------------
    def show_error(self, message: str):
        self.statusBar().showMessage(tr("Error") + ": " + message.splitlines()[0])
        if not getattr(self, "quiet_errors", False):
            QMessageBox.warning(self, tr("Error"), message)
        self.last_error = message

    def _catalog_failed(self, path: str, message: str):
        """A catalog whose prices have no currency: ask for it (the same question as ctk's --currency); a
        spreadsheet whose columns ctk does not know: ask which column is which (ctk's --columns)."""
        import re
        if ("unknown catalog format" in message or "missing required column" in message) \
                and not getattr(self, "quiet_errors", False):
            dlg = self.columns_dialog(path, message)
            if dlg is not None and dlg.exec():
                self.apply_columns(path, dlg.mapping())
                return
        m = re.search(r"--currency ([A-Z]{3})", message)
        if m and not getattr(self, "quiet_errors", False):
            from PySide6.QtWidgets import QInputDialog
            codes = [m.group(1), "USD", "EUR", "GBP", "CNY", "JPY", "KRW"]
            code, ok = QInputDialog.getItem(self, tr("Currency"), message.splitlines()[0] + "\n\n" +
                                            tr("Currency of the prices:"), list(dict.fromkeys(codes)), 0, True)
            if ok and code.strip():
                self.project.currency = code.strip().upper()
                self.open_catalog(path, keep_project=True)
                return
        self.show_error(message)

    def columns_dialog(self, path: str | None = None, message: str = ""):
        """The mapping dialog for a catalog's columns (None when the file has no header to map, e.g. JSON)."""
        from toolkit.errors import CtkError
        from toolkit.importers.columns import catalog_header

        from .columns import ColumnsDialog
        path = path or (str(self.project.input_path()) if self.project.input else None)
        if not path:
            return None
        try:
            header = catalog_header(path)
        except CtkError as exc:
            self.show_error(str(exc))
            return None
        if not header:
            return None
        return ColumnsDialog(self, path, header, self.project.columns, message)

    def ask_columns(self):
        dlg = self.columns_dialog()
        if dlg is not None and dlg.exec():
            self.apply_columns(str(self.project.input_path()), dlg.mapping())

    def apply_columns(self, path: str, mapping: dict):
        """Use a column mapping for this catalog: kept in the project (saved with it) and the catalog re-read."""
        self.project.columns = dict(mapping)
        if not self.project.input or Path(self.project.input_path()).resolve() != Path(path).resolve():
            self.project.input = str(Path(path).resolve())
            self.project.edits = {}
        self.open_catalog(path, keep_project=True)

    # ---- project / catalog ---------------------------------------------------------------------
    def ask_open_catalog(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Open catalog…"), "",
                                              "Catalogs (*.csv *.tsv *.txt *.xlsx *.json *.yaml *.yml)")
        if path:
            self.open_catalog(path)

    def ask_open_project(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Open project…"), "", "ctk projects (*.ctkproj)")
        if path:
            self.open_project(path)

    def open_project(self, path: str):
        from toolkit.errors import CtkError
        from toolkit.project import load_project
        try:
            proj = load_project(path)
        except CtkError as exc:
            self.show_error(str(exc))
            return
        self.project = proj
        self.undo.clear()
        for code, a in self.market_actions.items():
            a.blockSignals(True)
            a.setChecked(code in proj.markets)
            a.blockSignals(False)
        if proj.campaign_date:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate.fromString(proj.campaign_date, "yyyy-MM-dd"))
            self.date_edit.blockSignals(False)
        self.sponsored_box.blockSignals(True)
        self.sponsored_box.setChecked(proj.sponsored)
        self.sponsored_box.blockSignals(False)
        self.style_box.blockSignals(True)
        self.style_box.setCurrentIndex(max(0, self.style_box.findData(proj.style)))
        self.style_box.blockSignals(False)
        if proj.brand_kit:
            self.act_kit.setText(tr("Brand kit…") + f" ({Path(proj.brand_kit).stem})")
        self.market = proj.markets[0] if proj.markets else "us"
        self._rebuild_tabs()
        self.open_catalog(str(proj.input_path()), keep_project=True)

    def save_project(self, path: str | None = None):
        if not self.project.path and not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save project as…"), "project.ctkproj", "ctk projects (*.ctkproj)")
            if not path:
                return None
        self._sync_settings_to_project()
        saved = self.project.save(path)
        self.undo.setClean()
        self.statusBar().showMessage(f"{tr('Save project')}: {saved}")
        return saved

    def open_catalog(self, path: str, keep_project: bool = False):
        from toolkit.importers import load_catalog
        if not keep_project:
            self.project.input = str(Path(path).resolve())
            self.project.edits = {}
            self.project.columns = {}
            self.undo.clear()
        self.statusBar().showMessage(tr("Loading…"))
        job = Job(load_catalog, path, currency=self.project.currency, columns=self.project.columns or None)
        job.signals.done.connect(self._catalog_loaded)
        job.signals.failed.connect(lambda msg, p=path: self._catalog_failed(p, msg))
        self._start(job)

    def _catalog_loaded(self, catalog):
        self.catalog = catalog
        self.problem_counts.clear()
        self.product_list.clear()
        for p in catalog.products:
            it = QListWidgetItem(p.title)
            it.setData(Qt.UserRole, p.id)
            it.setToolTip(f"{p.id} · {p.source_lang} · {len(p.variants)} variants")
            self.product_list.addItem(it)
        for prob in catalog.problems:
            self.statusBar().showMessage(str(prob))
        self._filter_products()
        self.statusBar().showMessage(f"{len(catalog.products)} {tr('products')} · {catalog.path}")
        if self.product_list.count():
            self.product_list.setCurrentRow(0)
        self.catalog_ready.emit()

    def product(self):
        if not self.catalog or not self.product_id:
            return None
        return next((p for p in self.catalog.products if p.id == self.product_id), None)

    # ---- settings ---------------------------------------------------------------------------------
    def ask_brand_kit(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Brand kit…"), "", "Brand kits (*.toml)")
        self.set_brand_kit(path or None)

    def set_brand_kit(self, path: str | None):
        """Use a brand kit (logo, colours, font); a broken file is shown as the CLI's message."""
        from toolkit.errors import CtkError
        from toolkit.style import load_style
        try:
            if path:
                load_style(self.style_box.currentData() or "clean", path)
        except CtkError as exc:
            self.show_error(str(exc))
            return
        self.project.brand_kit = path
        self.act_kit.setText(tr("Brand kit…") + (f" ({Path(path).stem})" if path else ""))
        self.refresh()

    def _sync_settings_to_project(self):
        checked = [c for c, a in self.market_actions.items() if a.isChecked()]
        kept = [c for c in self.project.markets if c in checked]          # keep the tab order
        self.project.markets = (kept + [c for c in checked if c not in kept]) or ["us"]
        self.project.campaign_date = self.date_edit.date().toString("yyyy-MM-dd")
        self.project.sponsored = self.sponsored_box.isChecked()
        self.project.style = self.style_box.currentData() or "clean"
        # the festival is chosen per market: the box lists the current market's calendar
        fid = self.festival_box.currentData() or "auto"
        fest = self.project.festival if isinstance(self.project.festival, dict) else \
            {"*": self.project.festival} if self.project.festival not in ("auto", None) else {}
        if fid == "auto":
            fest.pop(self.market, None)
        else:
            fest[self.market] = fid
        self.project.festival = fest or "auto"

    def options(self, markets=None, video=True):
        """The same settings `ctk render project.ctkproj` resolves (toolkit/settings.py), for this door."""
        from toolkit.settings import resolve
        self._sync_settings_to_project()
        explicit = {"video": video}
        if markets:
            explicit["markets"] = list(markets)
        if not self.project.path:             # an unsaved project's folders are the editor's own
            explicit["out"] = self.project.out_path()
        return resolve(explicit, self.project)

    def _markets_changed(self, *_):
        self._sync_settings_to_project()
        self._rebuild_tabs()

    def _settings_changed(self, *_):
        self.refresh()

    def _rebuild_tabs(self):
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for code in self.project.markets:
            self.tabs.addTab(code)
        idx = self.project.markets.index(self.market) if self.market in self.project.markets else 0
        self.market = self.project.markets[idx]
        self.tabs.setCurrentIndex(idx)
        self.tabs.blockSignals(False)
        self._fill_festivals()
        self.refresh()

    def _fill_festivals(self):
        from toolkit import festivals
        self.festival_box.blockSignals(True)
        f = self.project.festival
        current = f.get(self.market, f.get("*", "auto")) if isinstance(f, dict) else f
        self.festival_box.clear()
        self.festival_box.addItem(tr("auto"), "auto")
        self.festival_box.addItem(tr("none"), "none")
        day = dt.date.fromisoformat(self.date_edit.date().toString("yyyy-MM-dd"))
        try:
            occs = festivals.occurrences(self.market, day, day + dt.timedelta(days=200))
        except Exception:  # noqa: BLE001 - a broken calendar file shows up in the findings instead
            occs = []
        seen = set()
        for o in occs:
            if o.id not in seen:
                seen.add(o.id)
                self.festival_box.addItem(f"{o.name} ({o.start})", o.id)
        i = self.festival_box.findData(current)
        self.festival_box.setCurrentIndex(max(0, i))
        self.festival_box.blockSignals(False)

    def select_market(self, code: str):
        if code in self.project.markets:
            self.tabs.setCurrentIndex(self.project.markets.index(code))

    def _tab_changed(self, idx: int):
        if 0 <= idx < len(self.project.markets):
            self.market = self.project.markets[idx]
            self._fill_festivals()
            self.refresh()

    def _product_selected(self, item, _prev=None):
        self.product_id = item.data(Qt.UserRole) if item else None
        self.refresh()

    def _filter_products(self, *_):
        q = self.search.text().strip().lower()
        only = self.only_problems.isChecked()
        for i in range(self.product_list.count()):
            it = self.product_list.item(i)
            pid = it.data(Qt.UserRole)
            p = next((x for x in (self.catalog.products if self.catalog else []) if x.id == pid), None)
            text_ok = not q or q in it.text().lower() or q in pid
            probs = sum(n for (m, k), n in self.problem_counts.items() if k == pid)
            prob_ok = not only or (p is not None and (any(f.severity != "info" for f in p.findings) or probs > 0))
            it.setHidden(not (text_ok and prob_ok))

    # ---- compose + preview (off the UI thread, debounced) ------------------------------------------
    def refresh(self):
        product = self.product()
        if product is None:
            return
        if self._preview_job is not None:
            self._pending_refresh = True       # one at a time; the newest state wins
            return
        from toolkit.pipeline import preview
        opts = self.options(markets=[self.market], video=False)
        job = Job(preview, product, self.market, opts)
        job.signals.done.connect(lambda res, m=self.market, pid=product.id: self._composed(res, m, pid))
        job.signals.failed.connect(self._preview_failed)
        self._preview_job = job
        self._start(job)

    def _preview_failed(self, msg):
        self._preview_job = None
        self.show_error(msg)

    def _composed(self, result, market, pid):
        self._preview_job = None
        if self._pending_refresh:
            self._pending_refresh = False
            self.refresh()
            return
        c, cover = result
        self.composed = c
        self._filling = True
        self.scenes.blockSignals(True)
        self.scenes.setRowCount(len(c.script.scenes))
        for r, sc in enumerate(c.script.scenes):
            sec = QTableWidgetItem(f"{sc.duration:.1f}")
            sec.setFlags(sec.flags() & ~Qt.ItemIsEditable)
            self.scenes.setItem(r, 0, sec)
            self.scenes.setItem(r, 1, QTableWidgetItem(sc.screen))
            self.scenes.setItem(r, 2, QTableWidgetItem(sc.voice))
        self.scenes.blockSignals(False)
        self.variant_box.clear()
        self.variant_box.addItem(f"{c.script.generator} (chosen)", None)
        for alt in c.alternatives:
            self.variant_box.addItem(f"{alt['source']} · score {alt['score']}", alt)
        if self.caption.toPlainText() != c.caption.text:
            cur = self.caption.textCursor().position()
            self.caption.setPlainText(c.caption.text)
            tc = self.caption.textCursor()
            tc.setPosition(min(cur, len(c.caption.text)))
            self.caption.setTextCursor(tc)
        from toolkit.subtitles import build_cues, to_srt
        from toolkit.markets import load_market
        self.subtitles.setPlainText(to_srt(build_cues(c.script, load_market(market).script)))
        self._filling = False
        self.findings.clear()
        shown = [f for f in c.findings]
        order = {"error": 0, "warning": 1, "info": 2}
        shown.sort(key=lambda f: order[f.severity])
        for f in shown:
            text = f"{SEV_MARK[f.severity]} {f.code} · {f.where}: {f.message}"
            if f.fixed:
                text += f"  [auto-fixed: {f.fixed}]"
            it = QListWidgetItem(text)
            it.setData(Qt.UserRole, f)
            it.setToolTip((f.fix or "") + ("\n" + f.source if f.source else ""))
            self.findings.addItem(it)
        errors = sum(1 for f in c.findings if f.severity == "error" and not f.fixed)
        warnings = sum(1 for f in c.findings if f.severity == "warning")
        self.error_count, self.warning_count = errors, warnings
        self.problem_counts[(market, pid)] = errors + warnings
        self.findings_label.setText(f"{tr('Findings')}: {errors} {tr('errors')}, {warnings} {tr('warnings')}")
        self._update_fix_button()
        self._show_facts(c)
        img = cover.convert("RGB").resize((360, 640))
        qimg = QImage(img.tobytes(), img.width, img.height, img.width * 3, QImage.Format_RGB888).copy()
        self.preview.setPixmap(QPixmap.fromImage(qimg))
        self.composed_ready.emit()

    # ---- product facts -----------------------------------------------------------------------------
    def _show_facts(self, c):
        import json as _json
        k = c.facts.knowledge
        used = {i for s in c.script.scenes for i in s.facts}
        self.type_label.setText(f"{tr('Type')}: {k.type_id or '?'}  ({c.facts.category})  · "
                                f"{tr('name on screen')}: {c.facts.name}")
        self.facts_table.setRowCount(len(k.facts))
        for r, f in enumerate(k.facts):
            val = f.value if not isinstance(f.value, (list, dict)) else _json.dumps(f.value, ensure_ascii=False)
            src = "✎ " + tr("your correction") if f.origin == "user" else (
                f"{f.source.field}: “{f.source.text}”" if f.source else "")
            cells = [f.attr, f"{val}{' ' + f.unit if f.unit else ''}", "✓" if f.id in used else "–", src]
            for col, text in enumerate(cells):
                it = QTableWidgetItem(str(text))
                it.setData(Qt.UserRole, f.id)
                it.setData(Qt.UserRole + 1, (f.attr, f.value))
                self.facts_table.setItem(r, col, it)
        self.unknown_label.setText((tr("Unknown terms") + ": " + ", ".join(k.unknown)) if k.unknown else "")

    def correct_fact(self, correction: dict):
        """Keep a marketer's correction in the project and compose again (every market uses it)."""
        if not self.product_id:
            return
        self.project.correct_fact(self.product_id, correction)
        self.setWindowModified(True)
        self.refresh()

    def remove_selected_fact(self):
        row = self.facts_table.currentRow()
        item = self.facts_table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        attr, value = item.data(Qt.UserRole + 1)
        self.correct_fact({"op": "remove", "attr": attr, "value": value})

    def add_fact_from_field(self):
        from toolkit.errors import CtkError
        from toolkit.knowledge import parse_correction
        try:
            corr = parse_correction(self.fact_add.text())
        except CtkError as exc:
            self.show_error(f"{exc} ({exc.hint})" if getattr(exc, "hint", None) else str(exc))
            return
        self.fact_add.clear()
        self.correct_fact(corr)

    # ---- editing --------------------------------------------------------------------------------
    def current_edit(self, field: str):
        return self.project.edits.get(f"{self.market}/{self.product_id}", {}).get(field)

    def edit_field(self, field: str, value: str):
        """Push an undoable edit of a field of the current bundle."""
        old = self.current_edit(field)
        if old == value:
            return
        self.undo.push(EditCommand(self, self.market, self.product_id, field, old, value))

    def edits_changed(self, market: str, product: str):
        self.setWindowModified(True)
        if market == self.market and product == self.product_id:
            self.refresh()

    def _commit_caption(self):
        if self.composed is None or self._filling:
            return
        text = self.caption.toPlainText()
        if text != self.composed.caption.text:
            self.edit_field("caption", text)

    def _scene_edited(self, item: QTableWidgetItem):
        if self._filling or item.column() == 0 or self.composed is None:
            return
        idx = self.composed.script.scenes[item.row()].index
        field = f"scene {idx} on-screen text" if item.column() == 1 else f"scene {idx} voice-over"
        self.edit_field(field, item.text())

    def _variant_chosen(self, idx: int):
        """Switch to another scored variant: its lines become edits of this bundle (undoable as one step)."""
        alt = self.variant_box.itemData(idx)
        if not alt or self.composed is None:
            return
        self.undo.beginMacro(tr("Variant"))
        for sc in alt["scenes"]:
            self.edit_field(f"scene {sc['index']} on-screen text", sc["screen"])
            self.edit_field(f"scene {sc['index']} voice-over", sc["voice"])
        self.undo.endMacro()

    # ---- findings ---------------------------------------------------------------------------------
    def _finding_clicked(self, item: QListWidgetItem):
        import re
        f = item.data(Qt.UserRole)
        if f.where == "caption":
            self.caption.setFocus()
            text = self.caption.toPlainText()
            pos = text.lower().find((f.term or "").lower()) if f.term else -1
            tc = self.caption.textCursor()
            if pos >= 0:
                tc.setPosition(pos)
                tc.setPosition(pos + len(f.term), tc.MoveMode.KeepAnchor)
            self.caption.setTextCursor(tc)
        m = re.match(r"scene (\d+) (on-screen text|voice-over)", f.where or "")
        if m and self.composed:
            row = next((r for r, s in enumerate(self.composed.script.scenes) if s.index == int(m.group(1))), None)
            if row is not None:
                self.scenes.setCurrentCell(row, 1 if m.group(2) == "on-screen text" else 2)
                self.scenes.setFocus()
        self._update_fix_button()

    def _update_fix_button(self):
        it = self.findings.currentItem()
        self.fix_btn.setEnabled(bool(it and self._fix_for(it.data(Qt.UserRole))))

    def _fix_for(self, finding):
        from toolkit.markets import load_market
        from toolkit.pipeline import quick_fix
        if self.composed is None:
            return None
        return quick_fix(finding, self.composed, load_market(self.market))

    def apply_fix(self):
        it = self.findings.currentItem()
        fix = self._fix_for(it.data(Qt.UserRole)) if it else None
        if fix:
            self.edit_field(*fix)

    # ---- rendering --------------------------------------------------------------------------------
    def render_current(self):
        p = self.product()
        if p is None:
            return
        self._render([p], [self.market], f"{self.market}/{p.id}")

    def render_all(self):
        if self.catalog:
            self._render(list(self.catalog.products), list(self.project.markets),
                         f"{len(self.catalog.products)} × {len(self.project.markets)}")

    def _render(self, products, markets, label):
        import copy

        from toolkit.pipeline import render_catalog
        cat = copy.copy(self.catalog)
        cat.products = products
        opts = self.options(markets=markets, video=True)
        job = Job(render_catalog, str(cat.path), opts, catalog=cat, wants_progress=True)
        item = QListWidgetItem(f"{label} · {tr('Rendering…')}")
        bar = QProgressBar(maximum=0)
        self.queue.addItem(item)
        holder = QWidget()
        hl = QHBoxLayout(holder)
        hl.setContentsMargins(160, 0, 4, 0)
        hl.addWidget(bar)
        item.setSizeHint(holder.sizeHint())
        self.queue.setItemWidget(item, holder)
        job.signals.progress.connect(lambda d, t, m: (bar.setMaximum(max(1, t)), bar.setValue(d)))
        job.signals.done.connect(lambda res: self._render_done(job, item, bar, res))
        job.signals.failed.connect(lambda msg: self._render_failed(job, item, bar, msg))
        self.jobs.append(job)
        self.cancel_btn.setEnabled(True)
        self._start(job)
        return job

    def _render_done(self, job, item, bar, result):
        bar.setMaximum(1)
        bar.setValue(1)
        counts = {}
        for b in result.bundles:
            counts[b.status] = counts.get(b.status, 0) + 1
        item.setText(item.text().split(" · ")[0] + " · " + tr("Done") + " " +
                     ", ".join(f"{v} {k}" for k, v in counts.items()))
        self.last_output = result.manifest_path.parent
        self.open_btn.setEnabled(True)
        self._job_ended(job)
        self.render_finished.emit("done")

    def _render_failed(self, job, item, bar, msg):
        bar.setMaximum(1)
        item.setText(item.text().split(" · ")[0] + " · " + (tr("Cancelled") if msg == "cancelled" else tr("Failed")))
        self._job_ended(job)
        if msg != "cancelled":
            self.show_error(msg)
        self.render_finished.emit(msg)

    def _job_ended(self, job):
        if job in self.jobs:
            self.jobs.remove(job)
        self.cancel_btn.setEnabled(bool(self.jobs))

    def cancel_render(self):
        for job in list(self.jobs):
            job.cancel()

    def open_output(self):
        folder = getattr(self, "last_output", None)
        if folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ---- plumbing ---------------------------------------------------------------------------------
    def _start(self, job: Job):
        self._live = getattr(self, "_live", set())
        self._live.add(job)                      # keep a reference until it reports back
        job.signals.done.connect(lambda *_: self._live.discard(job))
        job.signals.failed.connect(lambda *_: self._live.discard(job))
        self.pool.start(job)

    def closeEvent(self, ev):
        s = QSettings("ctk", "ctk-gui")
        s.setValue("geometry", self.saveGeometry())
        s.setValue("state", self.saveState())
        self.cancel_render()
        self.pool.waitForDone(3000)
        super().closeEvent(ev)
