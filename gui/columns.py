"""The column-mapping dialog: which of a seller spreadsheet's columns is the title, the price, ... The mapping is
the one `ctk check/render --columns` takes, checked by the same core function, and saved in the project."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout)

from .i18n import tr

NONE = "—"


class ColumnsDialog(QDialog):
    def __init__(self, parent, path: str, header: list[str], current: dict[str, str], message: str = ""):
        super().__init__(parent)
        from toolkit.importers.columns import FIELDS, REQUIRED, suggest_columns
        self.setWindowTitle(tr("Map columns"))
        self.setObjectName("columns-dialog")
        self.setMinimumWidth(440)
        self.header = header
        lay = QVBoxLayout(self)
        intro = QLabel((message.splitlines()[0] + "\n\n" if message else "") +
                       tr("Which column of your file holds each of these? Title and price are needed."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        guess = {**suggest_columns(header), **current}
        self.boxes: dict[str, QComboBox] = {}
        for f in FIELDS:
            box = QComboBox(objectName=f"column-{f}")
            box.addItem(NONE, None)
            for h in header:
                box.addItem(h, h)
            if guess.get(f) in header:
                box.setCurrentIndex(box.findData(guess[f]))
            box.currentIndexChanged.connect(self._validate)
            form.addRow(f + (" *" if f in REQUIRED else ""), box)
            self.boxes[f] = box
        lay.addLayout(form)
        self.problems = QLabel(objectName="columns-problems", wordWrap=True)
        self.problems.setStyleSheet("color: #b00020")
        lay.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._validate()

    def mapping(self) -> dict[str, str]:
        return {f: b.currentData() for f, b in self.boxes.items() if b.currentData()}

    def set_column(self, field: str, header: str | None) -> None:
        box = self.boxes[field]
        box.setCurrentIndex(box.findData(header) if header else 0)

    def _validate(self, *_):
        from toolkit.importers.columns import check_mapping
        problems = check_mapping(self.mapping(), self.header)
        # every chosen column counts: a required field left on "—" is a problem even if a synonym exists
        problems += [f"no column is mapped to '{f}'" for f in ("title", "price")
                     if not self.boxes[f].currentData() and f"no column is mapped to '{f}'" not in problems]
        self.problems.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not problems)
