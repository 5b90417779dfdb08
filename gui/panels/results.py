"""Results as a view (View > Results, Ctrl+4): the current product's creatives in the current market (or every market)
with what the platforms reported for them: impressions, CTR, completion, conversion (each with its 95% interval),
orders and GMV. Read-only; the numbers come from the results store `ctk results import` fills, through the same core
as `ctk results report` (toolkit/results/report.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ..i18n import tr
from ..workers import Job

COLUMNS = ("Creative", "Market", "Variant", "Hook", "Festival", "Impressions", "CTR", "Completion", "Conversion",
           "Orders", "GMV", "Days")


def headers() -> list[str]:
    """COLUMNS in the interface's language (literal tr() calls, so lupdate finds them)."""
    return [tr("Creative"), tr("Market"), tr("Variant"), tr("Hook"), tr("Festival"), tr("Impressions"), tr("CTR"),
            tr("Completion"), tr("Conversion"), tr("Orders"), tr("GMV"), tr("Days")]


def rate_text(r: dict | None) -> str:
    """'2.1% (1.8–2.4%)' from an observed rate and its interval; '–' without trials."""
    if not r or not r["trials"]:
        return "–"
    return f"{100 * r['rate']:.1f}% ({100 * r['low']:.1f}–{100 * r['high']:.1f}%)"


def load_results(db, product_id: str, market: str | None):
    """Off the UI thread: the store's path and the product's rows."""
    from toolkit.results.report import product_results
    from toolkit.results.store import ResultsStore
    with ResultsStore(db) as store:
        return str(store.path), product_results(store, product_id, market)


class ResultsMixin:
    def _build_results(self):
        self.results_rows: list[dict] = []
        self._results_job = None
        page = QWidget(objectName="results-view")
        lay = QVBoxLayout(page)
        row = QHBoxLayout()
        self.results_title = QLabel("", objectName="results-title")
        row.addWidget(self.results_title)
        row.addWidget(QLabel(tr("Show")))
        self.results_scope = QComboBox(objectName="results-scope", sizeAdjustPolicy=QComboBox.AdjustToContents)
        self.results_scope.addItem(tr("This market"), "market")
        self.results_scope.addItem(tr("All markets"), "all")
        self.results_scope.currentIndexChanged.connect(lambda *_: self.refresh_results())
        row.addWidget(self.results_scope)
        row.addStretch(1)
        self.results_import_btn = QPushButton(tr("Import report…"), objectName="results-import",
                                              clicked=lambda: self.import_results())
        row.addWidget(self.results_import_btn)
        lay.addLayout(row)
        self.results_table = QTableWidget(0, len(COLUMNS), objectName="results-table")
        self.results_table.setHorizontalHeaderLabels(headers())
        self.results_table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.results_table.setSelectionBehavior(QTableWidget.SelectRows)
        self.results_table.verticalHeader().setVisible(False)
        self.results_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        lay.addWidget(self.results_table, 1)
        self.results_note = QLabel("", objectName="results-note", wordWrap=True)
        lay.addWidget(self.results_note)
        for w, name in ((self.results_scope, tr("Show")), (self.results_table, tr("Results")),
                        (self.results_import_btn, tr("Import report…"))):
            w.setAccessibleName(name)
        return page

    def refresh_results(self):
        """The current product's creatives and outcomes, read off the UI thread."""
        if getattr(self, "results_table", None) is None or not self.product_id:
            return None
        if self._results_job is not None:
            self._results_job.cancel()
        opts = self.options(video=False)
        from toolkit.results.store import default_path
        db = opts.results_db or default_path(opts.tm)
        market = self.market if self.results_scope.currentData() != "all" else None
        job = Job(load_results, db, self.product_id, market)
        job.signals.done.connect(lambda res, j=job: self._results_loaded(j, res))
        job.signals.failed.connect(lambda msg, j=job: None if j is not self._results_job else self._results_failed(msg))
        self._results_job = job
        self._start(job)
        return job

    def _results_failed(self, msg: str):
        self._results_job = None
        self.results_rows = []
        self.results_table.setRowCount(0)
        self.results_note.setText(msg)
        self.results_ready.emit()

    def _results_loaded(self, job, res):
        from shiboken6 import isValid
        if not isValid(self) or not isValid(self.results_table) or job is not self._results_job:
            return
        self._results_job = None
        path, rows = res
        self.results_rows = rows
        scope = self.market if self.results_scope.currentData() != "all" else tr("all markets")
        self.results_title.setText(f"<b>{self.product_id}</b> · {scope}")
        t = self.results_table
        t.setRowCount(len(rows))
        for i, r in enumerate(rows):
            days = " – ".join(d[5:] if r["days"][0][:4] == r["days"][1][:4] else d for d in r["days"]) \
                if r["days"] else ""                   # 12-01 – 12-07 (the year in the tooltip)
            cells = [r["creative_id"], r["market"], str(r["variant"]), r["hook_type"] or "", r["festival"] or "",
                     f"{r['impressions']:,}", rate_text(r["ctr"]), rate_text(r["completion"]),
                     rate_text(r["conversion"]), f"{r['orders']:,}", f"{r['gmv']:,.2f}", days]
            for j, text in enumerate(cells):
                it = QTableWidgetItem(text)
                if 5 <= j <= 10:
                    it.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if not r["has_results"]:
                    it.setForeground(QBrush(QColor("#8a8a8a")))
                if j == 11 and r["days"]:
                    it.setToolTip(" – ".join(r["days"]))
                t.setItem(i, j, it)
        t.setColumnHidden(1, self.results_scope.currentData() != "all")     # one market: no market column
        with_results = sum(1 for r in rows if r["has_results"])
        if not rows:
            note = tr("No creative of this product is registered yet: render it, then import the platform's "
                      "report (ctk results import FILE).")
        else:
            note = tr("{n} of {total} creatives have results; rates with their 95% intervals.").replace(
                "{n}", str(with_results)).replace("{total}", str(len(rows)))
        self.results_note.setText(note + " " + tr("Results store") + f": {path}")
        self.statusBar().showMessage(tr("Ready"))
        self.results_ready.emit()

    def results_visible(self) -> list[dict]:
        """What the table shows, as {column: text} per row."""
        t = self.results_table
        return [{COLUMNS[j]: t.item(i, j).text() for j in range(t.columnCount())} for i in range(t.rowCount())]

    def import_results(self, path: str | None = None):
        """Import a platform report (File dialog, or `path`) with the core `ctk results import` uses; then refresh."""
        if not path:
            from PySide6.QtWidgets import QFileDialog
            path, _ = QFileDialog.getOpenFileName(self, tr("Import report…"), str(Path.home()),
                                                  tr("Reports") + " (*.csv *.xlsx)")
            if not path:
                return None
        from toolkit.results.importers import import_report
        from toolkit.results.store import ResultsStore, default_path
        opts = self.options(video=False)
        db = opts.results_db or default_path(opts.tm)

        def run(p):
            with ResultsStore(db) as store:
                return import_report(store, p)
        job = Job(run, path)
        job.signals.done.connect(lambda r: (self.statusBar().showMessage(
            tr("Imported") + f": {len(r.joined)}/{r.rows}"), self.refresh_results()))
        job.signals.failed.connect(self.show_error)
        self._start(job)
        return job
