"""The PySide6 desktop editor (see issue: desktop editor). Calls the same toolkit pipeline as the CLI."""
