"""Long work off the UI thread: QRunnable workers that report through Qt signals. They only call the core."""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QObject, QRunnable, Signal


class Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int, str)


class Job(QRunnable):
    """Run fn(*args, progress=..., cancelled=...) in the thread pool; results come back as signals."""

    def __init__(self, fn, *args, wants_progress: bool = False, **kw):
        super().__init__()
        self.fn, self.args, self.kw = fn, args, kw
        self.wants_progress = wants_progress
        self.signals = Signals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            kw = dict(self.kw)
            if self.wants_progress:
                kw["progress"] = lambda d, t, m: self.signals.progress.emit(d, t, m)
                kw["cancelled"] = self._cancel.is_set
            result = self.fn(*self.args, **kw)
        except Exception as exc:  # noqa: BLE001 - every error reaches the UI as a message, never a crash
            from toolkit.errors import Cancelled, CtkError
            if isinstance(exc, Cancelled):
                self.signals.failed.emit("cancelled")
            elif isinstance(exc, CtkError):
                self.signals.failed.emit(str(exc))
            else:
                self.signals.failed.emit(f"unexpected {type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}")
            return
        self.signals.done.emit(result)
