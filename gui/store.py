"""Where the editor keeps its preferences, recent projects and window layout: QSettings("ctk", "ctk-gui"), or
an INI file named by CTK_GUI_SETTINGS (tests point it at a temp dir; Qt reads XDG_CONFIG_HOME only once)."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings


def settings() -> QSettings:
    path = os.environ.get("CTK_GUI_SETTINGS")
    if path:
        return QSettings(path, QSettings.IniFormat)
    return QSettings("ctk", "ctk-gui")


def recent_projects() -> list[str]:
    v = settings().value("recent", [])
    return [v] if isinstance(v, str) else list(v or [])


def add_recent(path: str, keep: int = 8) -> list[str]:
    items = [path] + [p for p in recent_projects() if p != path]
    s = settings()
    s.setValue("recent", items[:keep])
    s.sync()
    return items[:keep]
