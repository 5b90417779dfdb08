"""`ctk gui [PROJECT_OR_INPUT]` and the `ctk-gui` entry point; `--screenshot FILE` renders the window offscreen."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from . import i18n
    from .window import MainWindow
    argv = list(sys.argv if argv is None else argv)
    app = QApplication.instance() or QApplication(argv[:1])
    app.setApplicationName("ctk")
    app.setOrganizationName("ctk")
    i18n.install()
    w = MainWindow()
    w.show()
    target = argv[1] if len(argv) > 1 else None
    if target:
        w.open_path(target)
    elif w.first_run():
        w.show_welcome()
    return app.exec()


def screenshot(target: str, out: str, market: str | None = None, view: str = "editor", date: str | None = None,
               size: tuple[int, int] = (1600, 1000), timeout_ms: int = 120000) -> str:
    """Open a catalog or project offscreen, wait for the bundle (or the grid) to be composed, save a PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false;qt.qpa.*=false")   # no audio device offscreen
    import atexit
    import shutil
    import tempfile
    if "CTK_GUI_SETTINGS" not in os.environ:    # the default layout, and the user's own preferences left alone
        tmp = tempfile.mkdtemp(prefix="ctk-shot-")
        atexit.register(shutil.rmtree, tmp, True)
        os.environ["CTK_GUI_SETTINGS"] = os.path.join(tmp, "gui.ini")
    from PySide6.QtCore import QDate, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from . import i18n
    from .window import MainWindow
    app = QApplication.instance() or QApplication(["ctk"])
    i18n.install()
    w = MainWindow()
    w.quiet_errors = True
    w.resize(*size)
    w.show()

    def wait_until(done) -> None:
        """Run the event loop until done() (polled every 50 ms). Not processEvents() in a loop: PySide6 6.12 on
        Python 3.11 drops a reference to None on every processEvents() call, and thousands of calls crash."""
        if done():
            return
        loop, poll, limit = QEventLoop(), QTimer(interval=50), QTimer(singleShot=True, interval=timeout_ms)
        poll.timeout.connect(lambda: done() and loop.quit())
        limit.timeout.connect(loop.quit)
        poll.start()
        limit.start()
        loop.exec()
        poll.stop()
        if not done():
            raise TimeoutError(f"the editor did not finish composing within {timeout_ms // 1000} s")

    if date:
        w.date_edit.setDate(QDate.fromString(date, "yyyy-MM-dd"))
    w.open_path(target)
    wait_until(lambda: w.catalog is not None or getattr(w, "last_error", None))
    if getattr(w, "last_error", None):
        raise RuntimeError(w.last_error)
    if market:
        if market not in w.project.markets:
            w.market_actions[market].setChecked(True)
        w.select_market(market)
    shown = w.market

    def composed() -> bool:
        return (w.composed is not None and w._preview_job is None and not w._pending_refresh
                and w.composed.text.market.code == shown)
    wait_until(composed)
    if view in ("grid", "fit", "results"):
        ready = []
        {"grid": w.grid_ready, "fit": w.fit_ready, "results": w.results_ready}[view].connect(lambda: ready.append(1))
        w.show_view(view)
        wait_until(lambda: bool(ready))
        if view == "fit" and market in w.project.markets:     # the detail pane shows the first check in the market
            m = w.fit_result
            col = m.markets.index(market)
            row = next((i for i, (pid, _) in enumerate(m.products) if m.cell(pid, market).verdict != "go"), 0)
            w.fit_table.setCurrentCell(row, col)
    if not w.grab().save(out):
        raise OSError(f"could not write {out}")
    w.close()
    return out


if __name__ == "__main__":
    raise SystemExit(main())
