"""Markets side by side: one product across the chosen markets (cover, hook, price and offer, festival, caption
start, facts the script leaves out, finding counts), the differences highlighted; a click edits that market."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPixmap
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from .. import direction
from ..i18n import tr
from ..workers import Job

ROWS = ("cover", "hook", "offer", "festival", "caption", "missing", "findings")
DIFF = QColor("#ffe08a")          # a value that differs from the other markets'
MISSING = QColor("#ffc9c2")       # facts some markets state and this one does not


def row_labels():
    return {"cover": tr("Cover"), "hook": tr("Hook"), "offer": tr("Price and offer"), "festival": tr("Festival"),
            "caption": tr("Caption start"), "missing": tr("Facts left out"), "findings": tr("Findings")}


def compose_markets(product, per_market: dict):
    """Off the UI thread: every market's bundle and festival, {market: (Composed, cover, (festival id, name))}."""
    from toolkit.bundle import market_festival
    from toolkit.markets import load_market
    from toolkit.pipeline import preview
    out = {}
    for m, opts in per_market.items():
        c, cover = preview(product, m, opts)
        fest, _ = market_festival(load_market(m), opts)
        out[m] = (c, cover, (fest.id, fest.name) if fest else ("", ""))
    return out


def summarize(results: dict) -> dict:
    """Each market's cells and what to highlight: {market: {row: (text, highlight or None)}}."""
    offers = {m: (round(c.facts.discount_fraction or 0, 2)) for m, (c, _, _) in results.items()}
    fests = {m: f[0] for m, (_, _, f) in results.items()}       # compared by id: Christmas is クリスマス
    used = {}
    for m, (c, _, _) in results.items():
        ids = {i for s in c.script.scenes for i in s.facts}
        used[m] = {f.attr for f in c.facts.knowledge.facts if f.id in ids} if c.facts.knowledge else set()
    everywhere = set().union(*used.values()) if used else set()
    common_offer = Counter(offers.values()).most_common(1)[0][0] if offers else 0
    common_fest = Counter(fests.values()).most_common(1)[0][0] if fests else ""
    cells = {}
    for m, (c, _, fest) in results.items():
        f = c.facts
        iso = direction.source_excerpt                       # each amount isolated: "146 ر.س." stays whole
        offer = iso(f.price or "")
        if f.discount:
            pct = direction.LRI + "−" + f.discount + direction.PDI            # a reduction reads "−20%" everywhere
            offer += f" · {iso(f.old_price or '')} · {pct}"                     # no brackets to mirror
        errors = sum(1 for x in c.findings if x.severity == "error" and not x.fixed)
        warnings = sum(1 for x in c.findings if x.severity == "warning")
        missing = sorted(everywhere - used[m])
        first = c.caption.text.split("\n")[0]
        cells[m] = {
            "hook": (c.script.scenes[0].screen if c.script.scenes else "", None),
            "offer": (offer, DIFF if len(set(offers.values())) > 1 and offers[m] != common_offer else None),
            "festival": (fest[1] or "—", DIFF if len(set(fests.values())) > 1 and fest[0] != common_fest else None),
            "caption": (first[:90] + ("…" if len(first) > 90 else ""), None),
            "missing": (", ".join(missing), MISSING if missing else None),
            "findings": (f"{errors} " + tr("errors") + f", {warnings} " + tr("warnings"), None),
        }
    return cells


class GridDelegate(direction.MarketDelegate):
    """Each column of the grid is one market: its words (hook, offer, festival, caption) in that market's direction;
    the interface's own words (facts left out, finding counts) in the interface's."""

    def __init__(self, grid, markets):
        super().__init__(grid)
        self.markets = markets

    def applies(self, index) -> bool:
        return ROWS[index.row()] in ("hook", "offer", "festival", "caption")

    def initStyleOption(self, option, index):
        if 0 <= index.column() < len(self.markets):
            self.market = self.markets[index.column()]
        super().initStyleOption(option, index)


class GridMixin:
    def _build_grid(self):
        self.grid_markets: list[str] | None = None       # None: the project's markets
        self.grid_cells: dict = {}
        self._grid_job = None
        self.grid = QTableWidget(len(ROWS), 0, objectName="markets-grid")
        labels = row_labels()
        self.grid.setVerticalHeaderLabels([labels[r] for r in ROWS])
        self.grid.setEditTriggers(QTableWidget.NoEditTriggers)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.grid.cellClicked.connect(self._grid_clicked)
        self.grid.setToolTip(tr("Click a cell to edit that market"))
        return self.grid

    def refresh_grid(self, markets: list[str] | None = None):
        """Compose the current product in each chosen market, off the UI thread."""
        if markets is not None:
            self.grid_markets = list(markets)
        product = self.product()
        if product is None:
            return None
        chosen = self.grid_markets or list(self.project.markets)
        per_market = {m: self.options(markets=[m], video=False) for m in chosen}
        if self._grid_job is not None:
            self._grid_job.cancel()
        job = Job(compose_markets, product, per_market)
        job.signals.done.connect(lambda res, j=job, p=product.id: self._grid_composed(j, p, res))
        job.signals.failed.connect(self.show_error)
        self._grid_job = job
        self._start(job)
        return job

    def _grid_composed(self, job, pid, results):
        from shiboken6 import isValid
        if not isValid(self) or not isValid(self.grid) or job is not self._grid_job or pid != self.product_id:
            return
        self._grid_job = None
        markets = list(results)
        self.grid_cells = summarize(results)
        self.grid.clear()
        self.grid.setColumnCount(len(markets))
        self.grid.setHorizontalHeaderLabels(markets)
        labels = row_labels()
        self.grid.setVerticalHeaderLabels([labels[r] for r in ROWS])
        self.grid.setItemDelegate(GridDelegate(self.grid, markets))
        for col, m in enumerate(markets):
            img = results[m][1].convert("RGB").resize((108, 192))
            qimg = QImage(img.tobytes(), img.width, img.height, img.width * 3, QImage.Format_RGB888).copy()
            cover = QTableWidgetItem()
            cover.setData(Qt.DecorationRole, QPixmap.fromImage(qimg))
            cover.setData(Qt.UserRole, m)
            self.grid.setItem(0, col, cover)
            for r, key in enumerate(ROWS[1:], start=1):
                text, mark = self.grid_cells[m][key]
                it = QTableWidgetItem(text)
                it.setData(Qt.UserRole, m)
                it.setToolTip(text)
                if mark is not None:
                    it.setBackground(QBrush(mark))
                    it.setData(Qt.UserRole + 1, "differs")
                self.grid.setItem(r, col, it)
        self.grid.setRowHeight(0, 200)
        self.statusBar().showMessage(tr("Ready"))
        self.grid_ready.emit()

    def grid_highlighted(self, row: str) -> list[str]:
        """The markets whose cell in a row is highlighted (tests and the status bar read it)."""
        r = ROWS.index(row)
        return [self.grid.item(r, c).data(Qt.UserRole) for c in range(self.grid.columnCount())
                if self.grid.item(r, c) is not None and self.grid.item(r, c).data(Qt.UserRole + 1) == "differs"]

    def _grid_clicked(self, row: int, col: int):
        it = self.grid.item(row, col)
        if it is None:
            return
        self.show_view("editor")
        self.select_market(it.data(Qt.UserRole))
        focus = {1: self.scenes, 4: self.caption}.get(row)
        if focus is not None:
            focus.setFocus()
