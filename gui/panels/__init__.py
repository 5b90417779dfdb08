"""The editor's panels, each a mixin of MainWindow (gui/window.py) over the same core as the CLI."""
