"""Market fit as a view: products x the project's markets, each cell go / check / no-go in colour, the reasons and
fixes in a tooltip and a detail pane, filters by verdict and by market; and File > Export brief for the current
product and market. Both call the core (toolkit/fit, toolkit/brief) that `ctk fit` and `ctk brief` call."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..i18n import tr
from ..workers import Job

COLOURS = {"go": QColor("#bfe8c4"), "check": QColor("#ffe08a"), "no-go": QColor("#ffb3ab")}
RANK = {"go": 0, "check": 1, "no-go": 2}
SEVERITY_MARK = {"error": "✗", "warning": "?", "info": "+"}


def verdict_label(v: str) -> str:
    return {"go": tr("go"), "check": tr("check"), "no-go": tr("no-go")}[v]


def compute_fit(products, markets, day, settings, corrections, progress=None, cancelled=None):
    """Off the UI thread: the same matrix `ctk fit` prints."""
    from toolkit.errors import Cancelled
    from toolkit.fit import fit_matrix

    def report(done, total, msg):
        if cancelled and cancelled():
            raise Cancelled("cancelled")
        if progress:
            progress(done, total, msg)
    return fit_matrix(products, markets, day, settings=settings, corrections=corrections, progress=report)


def cell_reasons(cell) -> str:
    """A cell's reasons and fixes as plain lines (the tooltip and the detail pane)."""
    lines = []
    for f in cell.findings:
        lines.append(f"{SEVERITY_MARK.get(f.severity, '·')} {f.message}")
        if f.fix and f.severity != "info":
            lines.append("    " + tr("How to fix") + ": " + f.fix)
    return "\n".join(lines) or tr("No fit findings: go.")


def row_shown(verdicts: dict[str, str], want: str, market: str) -> bool:
    """Whether a product's row stays under the filters: `want` is all | check | no-go (a row with at least one
    such cell among the markets shown), `market` is '' (every market) or one market code."""
    shown = [v for m, v in verdicts.items() if not market or m == market]
    return want == "all" or want in shown


class FitMixin:
    def _build_fit(self):
        self.fit_result = None
        self._fit_job = None
        page = QWidget(objectName="fit-view")
        lay = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Show")))
        self.fit_verdict_box = QComboBox(objectName="fit-verdict", sizeAdjustPolicy=QComboBox.AdjustToContents)
        for key, text in (("all", tr("All products")), ("check", tr("With a check")), ("no-go", tr("With a no-go"))):
            self.fit_verdict_box.addItem(text, key)
        self.fit_verdict_box.currentIndexChanged.connect(self.apply_fit_filters)
        row.addWidget(self.fit_verdict_box)
        row.addWidget(QLabel(tr("Market")))
        self.fit_market_box = QComboBox(objectName="fit-market", sizeAdjustPolicy=QComboBox.AdjustToContents)
        self.fit_market_box.currentIndexChanged.connect(self.apply_fit_filters)
        row.addWidget(self.fit_market_box)
        self.fit_summary = QLabel("", objectName="fit-summary")
        row.addWidget(self.fit_summary, 1)
        lay.addLayout(row)
        split = QSplitter(Qt.Horizontal)
        self.fit_table = QTableWidget(0, 0, objectName="fit-table")
        self.fit_table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.fit_table.setSelectionMode(QTableWidget.SingleSelection)
        self.fit_table.setStyleSheet("QTableWidget#fit-table::item:selected { border: 3px solid #1f5fbf; "
                                     "color: #1a1a1a; }")          # the selected cell framed
        self.fit_table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.fit_table.currentCellChanged.connect(lambda r, c, *_: self._fit_show_detail(r, c))
        self.fit_table.cellDoubleClicked.connect(self._fit_open_in_editor)
        self.fit_table.setToolTip(tr("Double-click a cell to edit that product in that market"))
        split.addWidget(self.fit_table)
        self.fit_detail = QPlainTextEdit(readOnly=True, objectName="fit-detail")
        self.fit_detail.setPlaceholderText(tr("Pick a cell to read its reasons and fixes"))
        split.addWidget(self.fit_detail)
        split.setSizes([820, 420])
        lay.addWidget(split, 1)
        for w, name in ((self.fit_verdict_box, tr("Show")), (self.fit_market_box, tr("Market")),
                        (self.fit_table, tr("Market fit")), (self.fit_detail, tr("Reasons and fixes"))):
            w.setAccessibleName(name)
        return page

    def refresh_fit(self):
        """The fit matrix of the catalog in the project's markets on the campaign date, off the UI thread."""
        if not self.catalog or not self.catalog.products:
            return None
        from toolkit.fit import FitSettings
        opts = self.options(video=False)
        if self._fit_job is not None:
            self._fit_job.cancel()
        job = Job(compute_fit, list(self.catalog.products), list(self.project.markets), opts.day(),
                  FitSettings.from_options(opts), opts.fact_edits, wants_progress=True)
        job.signals.progress.connect(lambda d, t, m: self.statusBar().showMessage(tr("Market fit") + f" {d}/{t}"))
        job.signals.done.connect(lambda res, j=job: self._fit_computed(j, res))
        job.signals.failed.connect(lambda msg, j=job: None if msg == "cancelled" or j is not self._fit_job
                                   else self.show_error(msg))
        self._fit_job = job
        self._start(job)
        return job

    def _fit_computed(self, job, m):
        from shiboken6 import isValid
        if not isValid(self) or not isValid(self.fit_table) or job is not self._fit_job:
            return
        self._fit_job = None
        self.fit_result = m
        chosen = self.fit_market_box.currentData() or ""
        self.fit_market_box.blockSignals(True)
        self.fit_market_box.clear()
        self.fit_market_box.addItem(tr("All markets"), "")
        for code in m.markets:
            self.fit_market_box.addItem(code, code)
        self.fit_market_box.setCurrentIndex(max(0, self.fit_market_box.findData(chosen)))
        self.fit_market_box.blockSignals(False)
        t = self.fit_table
        t.clear()
        t.setRowCount(len(m.products))
        t.setColumnCount(len(m.markets))
        t.setHorizontalHeaderLabels(m.markets)
        t.setVerticalHeaderLabels([pid for pid, _ in m.products])
        for r, (pid, title) in enumerate(m.products):
            t.verticalHeaderItem(r).setToolTip(title)
            for c, code in enumerate(m.markets):
                cell = m.cell(pid, code)
                it = QTableWidgetItem(verdict_label(cell.verdict))
                it.setTextAlignment(Qt.AlignCenter)
                it.setBackground(QBrush(COLOURS[cell.verdict]))
                it.setForeground(QBrush(QColor("#1a1a1a")))
                it.setData(Qt.UserRole, cell.verdict)
                it.setToolTip(f"{pid} · {code}: {verdict_label(cell.verdict)}\n{cell_reasons(cell)}")
                t.setItem(r, c, it)
        n = m.counts()
        self.fit_summary.setText(tr("On {date}: {go} go, {check} check, {nogo} no-go").replace(
            "{date}", m.day.isoformat()).replace("{go}", str(n["go"])).replace("{check}", str(n["check"])).replace(
            "{nogo}", str(n["no-go"])))
        self.apply_fit_filters()
        self.statusBar().showMessage(tr("Ready"))
        self.fit_ready.emit()

    def apply_fit_filters(self, *_):
        m = self.fit_result
        if m is None:
            return
        want = self.fit_verdict_box.currentData() or "all"
        market = self.fit_market_box.currentData() or ""
        for c, code in enumerate(m.markets):
            self.fit_table.setColumnHidden(c, bool(market) and code != market)
        for r, (pid, _) in enumerate(m.products):
            verdicts = {code: m.cell(pid, code).verdict for code in m.markets}
            self.fit_table.setRowHidden(r, not row_shown(verdicts, want, market))

    def fit_visible(self) -> dict[str, dict[str, str]]:
        """What the view shows: {product: {market: verdict}} over the rows and columns the filters leave."""
        t, out = self.fit_table, {}
        for r in range(t.rowCount()):
            if t.isRowHidden(r):
                continue
            out[t.verticalHeaderItem(r).text()] = {t.horizontalHeaderItem(c).text(): t.item(r, c).data(Qt.UserRole)
                                                   for c in range(t.columnCount()) if not t.isColumnHidden(c)}
        return out

    def _fit_show_detail(self, r: int, c: int):
        m = self.fit_result
        if m is None or r < 0 or c < 0 or r >= len(m.products) or c >= len(m.markets):
            return
        pid, title = m.products[r]
        cell = m.cell(pid, m.markets[c])
        self.fit_detail.setPlainText(f"{title} ({pid})\n{cell.market}: {verdict_label(cell.verdict)}\n\n"
                                     + cell_reasons(cell))

    def _fit_open_in_editor(self, r: int, c: int):
        m = self.fit_result
        if m is None or r >= len(m.products) or c >= len(m.markets):
            return
        self.show_view("editor")
        pid = m.products[r][0]
        for i in range(self.product_list.count()):
            if self.product_list.item(i).data(Qt.UserRole) == pid:
                self.product_list.setCurrentRow(i)
        self.select_market(m.markets[c])

    # ---- export brief -----------------------------------------------------------------------------
    def export_brief(self, folder: str | None = None):
        """Write the current product's brief in the current market into a folder (brief.md, brief.pdf, brief.json and
        the seller's copy), with the core `ctk brief` uses; off the UI thread. Emits brief_exported(folder)."""
        product = self.product()
        if product is None:
            self.statusBar().showMessage(tr("No product selected"))
            return None
        if not folder:
            from PySide6.QtWidgets import QFileDialog
            folder = QFileDialog.getExistingDirectory(self, tr("Export brief…"), str(Path.home()))
            if not folder:
                return None
        from toolkit.brief import brief_product
        from ..i18n import current
        seller = "zh-CN" if current().startswith("zh") else "en"      # the seller's copy in the interface's language
        opts = self.options(markets=[self.market], video=False)
        job = Job(brief_product, product, self.market, Path(folder), opts, seller_lang=seller)
        job.signals.done.connect(lambda res: (self.statusBar().showMessage(tr("Brief written to") + " " + res.path),
                                              self.brief_exported.emit(res.path)))
        job.signals.failed.connect(lambda msg: (self.show_error(msg), self.brief_exported.emit("")))
        self.statusBar().showMessage(tr("Writing the brief…"))
        self._start(job)
        return job
