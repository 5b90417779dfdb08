"""ctk: local social-commerce content and localization toolkit.

The core package. It never imports Typer, Rich or PySide6 (those live in
``toolkit/cli`` and ``gui/``) and keeps heavy imports inside the functions
that need them, so ``ctk --help`` stays fast.
"""

__version__ = "0.1.0"
