"""The editor's words through Qt's own translation files: gui/translations/ctk_<lang>.ts (made and updated with
`pyside6-lupdate`, see gui/translations/README.md) compiled to .qm with `pyside6-lrelease`.

The language comes from CTK_LANG, else the 'language' preference, else the system locale. Installing a language
also sets the application's layout direction from the language (a right-to-left interface language mirrors the
whole interface; the market text widgets keep their market's direction, gui/direction.py)."""

from __future__ import annotations

import os
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}      # the interface languages with a translation file

_state: dict = {"lang": None, "translator": None}


def normalize(lang: str) -> str:
    """'zh', 'zh-CN', 'zh_Hans' -> 'zh_CN'; 'en-US' -> 'en'; others as Qt names them ('ar', 'he')."""
    lang = (lang or "en").replace("-", "_")
    if lang.lower().startswith("zh"):
        return "zh_CN"
    base = lang.split("_")[0].lower()
    return "en" if base == "en" else lang


def language() -> str:
    lang = os.environ.get("CTK_LANG")
    if lang:
        return normalize(lang)
    from PySide6.QtCore import QLocale

    from .store import settings
    saved = settings().value("language")
    if saved:
        return normalize(str(saved))
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def current() -> str:
    return _state["lang"] or language()


def install(lang: str | None = None) -> str:
    """Load the language's .qm into the running application and set the interface direction from it."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
    lang = normalize(lang) if lang else language()
    app = QCoreApplication.instance()
    _state["lang"] = lang
    if app is None:
        return lang
    if _state["translator"] is not None:
        app.removeTranslator(_state["translator"])
        _state["translator"] = None
    qm = TRANSLATIONS / f"ctk_{lang}.qm"
    t = QTranslator(app)
    if qm.exists() and t.load(str(qm)):
        app.installTranslator(t)
        _state["translator"] = t
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(QLocale(lang).textDirection())
    return lang


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication.instance()
    if _state["lang"] is None or _state.get("app") is not app:      # first use, or a new application
        _state["app"] = app
        install(_state["lang"])
    out = QCoreApplication.translate("", text)
    if out == text and (_state["lang"] or "").startswith("zh"):
        # a message the core also shows (fit reasons, run summaries): the catalogue the command line uses
        from toolkit.i18n import catalogue
        return catalogue("zh-CN").get(text, text)
    return out


def set_language(lang: str) -> None:
    install(lang)
