"""Opening catalogs and projects, the column-mapping and currency questions, saving: the editor's File side."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox

from ..i18n import tr
from ..workers import Job


class ProjectMixin:
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

        from ..columns import ColumnsDialog
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
        self.market = proj.markets[0] if proj.markets else "us"
        self.apply_project_to_widgets()
        self.remember_project(path)
        self.open_catalog(str(proj.input_path()), keep_project=True)

    def apply_project_to_widgets(self):
        """Show the project's settings in the toolbar (after opening a project or rebuilding the interface)."""
        proj = self.project
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
        self._rebuild_tabs()

    def save_project(self, path: str | None = None):
        if not self.project.path and not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save project as…"), "project.ctkproj", "ctk projects (*.ctkproj)")
            if not path:
                return None
        self._sync_settings_to_project()
        saved = self.project.save(path)
        self.undo.setClean()
        self.setWindowModified(False)
        self.remember_project(saved)
        self.statusBar().showMessage(tr("Save project") + f": {saved}")
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

    def _catalog_loaded(self, catalog, keep_selection: bool = False):
        keep = self.product_id if keep_selection else None
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
        self.statusBar().showMessage(f"{len(catalog.products)} " + tr("products") + f" · {catalog.path}")
        if self.product_list.count():
            ids = [self.product_list.item(i).data(Qt.UserRole) for i in range(self.product_list.count())]
            self.product_list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self.catalog_ready.emit()

    def product(self):
        if not self.catalog or not self.product_id:
            return None
        return next((p for p in self.catalog.products if p.id == self.product_id), None)
