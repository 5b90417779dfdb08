"""`ctk gui [PROJECT_OR_INPUT]` and the `ctk-gui` entry point."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from .window import MainWindow
    argv = list(sys.argv if argv is None else argv)
    app = QApplication.instance() or QApplication(argv[:1])
    app.setApplicationName("ctk")
    app.setOrganizationName("ctk")
    w = MainWindow()
    w.show()
    target = argv[1] if len(argv) > 1 else None
    if target:
        if target.endswith(".ctkproj"):
            w.open_project(target)
        else:
            w.open_catalog(target)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
