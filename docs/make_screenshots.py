"""Screenshots of the desktop editor for the README: `.venv/bin/python docs/make_screenshots.py`.
Runs Qt offscreen; writes docs/gui-us.png and docs/gui-sa.png."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from PySide6.QtCore import QDate, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from gui.window import MainWindow
    app = QApplication.instance() or QApplication([])
    w = MainWindow()
    w.quiet_errors = True
    w.resize(1440, 900)
    w.show()

    def wait(sig, ms=30000):
        loop = QEventLoop()
        sig.connect(loop.quit)
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
    w.date_edit.setDate(QDate(2026, 12, 1))
    w.open_catalog(str(ROOT / "examples" / "catalog.csv"))
    wait(w.catalog_ready)
    wait(w.composed_ready)
    for code in ("us", "sa"):
        w.select_market(code)
        if code == "us":
            w.refresh()
        wait(w.composed_ready)
        out = ROOT / "docs" / f"gui-{code}.png"
        w.grab().save(str(out))
        print("wrote", out)
    app.quit()


if __name__ == "__main__":
    main()
