"""Errors the user can act on. Every one renders as a single line naming where and what to do."""

from __future__ import annotations

from dataclasses import dataclass


class CtkError(Exception):
    """An expected failure with a clear message. The CLI prints it and exits with ``exit_code``."""

    exit_code = 2

    def __init__(self, message: str, *, file: str | None = None, row: int | None = None,
                 column: str | None = None, hint: str | None = None):
        super().__init__(message)
        # one line, whatever a library's message looked like (YAML's come with a second line)
        self.message = __import__("re").sub(r"[ \t]*[\r\n]+[ \t]*", " ", str(message)).strip()
        self.file = file
        self.row = row
        self.column = column
        self.hint = hint

    def where(self) -> str:
        parts = []
        if self.file:
            parts.append(str(self.file))
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column '{self.column}'")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        text = f"{where}: {self.message}" if where else self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class InputError(CtkError):
    """The product input cannot be read at all."""


class ConfigError(CtkError):
    """A locale, profile or settings file is invalid."""


class Cancelled(CtkError):
    exit_code = 130

    def __init__(self) -> None:
        super().__init__("cancelled")


@dataclass(frozen=True)
class RowProblem:
    """A problem with one row/product: the product is skipped, the batch goes on."""

    file: str
    row: int | None
    column: str | None
    message: str
    hint: str | None = None
    product_id: str | None = None

    def __str__(self) -> str:
        return str(CtkError(self.message, file=self.file, row=self.row, column=self.column, hint=self.hint))

    def to_dict(self) -> dict:
        return {"file": self.file, "row": self.row, "column": self.column, "message": self.message,
                "hint": self.hint, "product_id": self.product_id, "text": str(self)}
