"""Writing direction for a market's text, from the market's own data (`direction` in locales/<m>/market.toml).

Every widget that shows a market's words (scene cells, caption, subtitles, ad text, findings' excerpts, the grid)
takes the market's direction and alignment from here. Mixed text is shown as a phone shows it, with two display
rules: each hashtag is isolated (FSI…PDI) so "#Lumi" stays "#Lumi" inside an Arabic line, and lines that are
not the market's words (subtitle numbers and times) are isolated left-to-right. The isolates are display only:
`plain()` takes them out again before anything is stored."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit, QStyledItemDelegate, QTextEdit,
                               QWidget)

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_ISOLATES = re.compile("[\u2066-\u2069]")
_HASHTAG = re.compile(r"(?<![\w#\u2068])#[^\s#\u2066-\u2069]+")     # not one already isolated
_TIMING = re.compile(r"^(\d+|\d\d:\d\d:\d\d[,.]\d{3} --> \d\d:\d\d:\d\d[,.]\d{3}.*)$")


def is_rtl(market: str) -> bool:
    from toolkit.markets import load_market        # cached by the core, per locales folder
    return load_market(market).rtl


def direction(market: str) -> Qt.LayoutDirection:
    return Qt.RightToLeft if is_rtl(market) else Qt.LeftToRight


def alignment(market: str) -> Qt.AlignmentFlag:
    """Start-of-line alignment in absolute terms (AlignAbsolute: right means right, whatever the interface)."""
    return Qt.AlignAbsolute | (Qt.AlignRight if is_rtl(market) else Qt.AlignLeft)


def display(text: str) -> str:
    """The text as shown: every hashtag isolated, so bidi reordering never splits '#' from its word."""
    return _HASHTAG.sub(lambda m: FSI + m.group(0) + PDI, text)


def excerpt(text: str, market: str) -> str:
    """A market's words quoted inside an interface line (a finding's message): isolated in the market's
    direction, so an Arabic excerpt keeps its own order inside an English sentence."""
    return (RLI if is_rtl(market) else LRI) + display(text) + PDI


def source_excerpt(text: str) -> str:
    """A catalog excerpt (any language): isolated in its own first strong direction."""
    return FSI + plain(text) + PDI


def display_srt(srt: str) -> str:
    """Subtitles as shown: the cue numbers and times isolated left-to-right, the lines in the market's direction."""
    return "\n".join(LRI + ln + PDI if _TIMING.match(ln) else display(ln) for ln in srt.splitlines())


def plain(text: str) -> str:
    return _ISOLATES.sub("", text)


def edited_text(edit: QPlainTextEdit) -> str:
    """What a text box holds, as stored: its raw text (toPlainText() turns no-break spaces into spaces, and a
    price's "146\u00a0ر.س." must keep its no-break space), display marks removed."""
    return plain(edit.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n"))


def apply(widget: QWidget, market: str) -> None:
    """Give one text widget the market's direction and alignment. An item view keeps the interface's column
    order; its MarketDelegate draws and edits the market's cells in the market's direction."""
    d, a = direction(market), alignment(market)
    widget.setProperty("market_direction", "rtl" if d == Qt.RightToLeft else "ltr")
    if isinstance(widget, QAbstractItemView):
        if isinstance(widget.itemDelegate(), MarketDelegate):
            widget.itemDelegate().market = market
        widget.viewport().update()
        return
    widget.setLayoutDirection(d)
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        doc = widget.document()
        opt = doc.defaultTextOption()
        opt.setTextDirection(d)
        opt.setAlignment(a)
        doc.setDefaultTextOption(opt)
    elif isinstance(widget, QLineEdit):
        widget.setAlignment(a | Qt.AlignVCenter)
    elif isinstance(widget, QLabel):
        widget.setAlignment(a | Qt.AlignVCenter)


def quoted(message: str) -> str:
    """An interface message that quotes a market's words ('إعلان'): each quote isolated in its own direction."""
    return re.sub(r"'([^'\n]+)'", lambda m: "'" + FSI + m.group(1) + PDI + "'", message)


class MarketDelegate(QStyledItemDelegate):
    """Item views whose cells hold a market's words: each cell drawn and edited in the market's direction,
    aligned to the market's start of line, hashtags isolated. Columns listed in `columns` only (None: all)."""

    def __init__(self, parent=None, columns: tuple[int, ...] | None = None):
        super().__init__(parent)
        self.market = "us"
        self.columns = columns

    def applies(self, index) -> bool:
        return self.columns is None or index.column() in self.columns

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        if self.applies(index):
            option.direction = direction(self.market)
            option.displayAlignment = alignment(self.market) | Qt.AlignVCenter
            option.text = display(option.text)
            option.features |= option.ViewItemFeature.WrapText

    def paint(self, painter, option, index):
        """The cell's frame and selection by the style, its text by a QTextLayout in the market's direction: the
        style's own item text drawing loses the isolates that keep hashtags and amounts whole."""
        if not self.applies(index):
            return super().paint(painter, option, index)
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return None
        rect = QRectF(style.subElementRect(QStyle.SE_ItemViewItemText, opt, opt.widget)).adjusted(3, 1, -3, -1)
        painter.save()
        selected = bool(opt.state & QStyle.State_Selected)
        painter.setPen(opt.palette.color(QPalette.HighlightedText if selected else QPalette.Text))
        painter.setFont(opt.font)
        to = text_option(self.market)
        to.setAlignment(opt.displayAlignment)
        painter.drawText(rect, text, to)
        painter.restore()
        return None

    def sizeHint(self, option, index):
        """The height the wrapped text takes at the column's width (the painter above wraps the same way)."""
        size = super().sizeHint(option, index)
        if not self.applies(index):
            return size
        from PySide6.QtGui import QTextLayout
        from PySide6.QtWidgets import QStyleOptionViewItem
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        width = (view.columnWidth(index.column()) if hasattr(view, "columnWidth") else opt.rect.width()) - 12
        if width <= 20 or not opt.text:
            return size
        height = 0.0
        for para in opt.text.split("\n"):
            lay = QTextLayout(para, opt.font)
            lay.setTextOption(text_option(self.market))
            lay.beginLayout()
            while True:
                line = lay.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                height += line.height()
            lay.endLayout()
        size.setHeight(max(size.height(), int(height) + 8))
        return size

    def createEditor(self, parent, option, index):
        ed = super().createEditor(parent, option, index)
        if self.applies(index) and isinstance(ed, QLineEdit):
            apply(ed, self.market)
        return ed


def text_option(market: str) -> QTextOption:
    opt = QTextOption(alignment(market))
    opt.setTextDirection(direction(market))
    opt.setWrapMode(QTextOption.WordWrap)
    return opt
