"""`ctk`: render TikTok-ready bundles from a product catalog, per market.

Heavy imports (Pillow, Babel, the pipeline) happen inside the commands, so `ctk --help` stays fast.
Every expected error is one line on stderr and an exit code (2 = bad input or setup, 1 = some products
failed or were skipped); an unexpected one is logged to a file, never printed as a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

# importing a command module registers its commands; --help lists them in this order
from . import render_cmd  # noqa: F401,I001
from . import inspect_cmd  # noqa: F401,I001
from . import fit_cmd  # noqa: F401,I001
from . import brief_cmd  # noqa: F401,I001
from . import results_cmd  # noqa: F401,I001
from .common import app



@app.command()
def gui(target: Optional[Path] = typer.Argument(None, help="A catalog or a .ctkproj project to open."),
        screenshot: Optional[Path] = typer.Option(None, "--screenshot", help="Render the window offscreen to this PNG "
                                                  "and exit (needs TARGET)."),
        market: Optional[str] = typer.Option(None, "--market", help="With --screenshot: the market tab shown."),
        view: str = typer.Option("editor", "--view", help="With --screenshot: editor | grid (markets side by side) | fit (market fit) | results (the product's results)."),
        date: Optional[str] = typer.Option(None, "--date", help="With --screenshot: campaign date YYYY-MM-DD.")):
    """Open the desktop editor (PySide6)."""
    try:
        from gui.app import main as gui_main, screenshot as gui_screenshot
    except ImportError:
        typer.echo("error: the desktop editor needs PySide6 (pip install 'ctk[gui]')", err=True)
        raise typer.Exit(2)
    if screenshot is not None:
        if target is None or view not in ("editor", "grid", "fit", "results"):
            typer.echo("error: --screenshot needs a catalog or project, and --view is editor, grid, fit or results",
                       err=True)
            raise typer.Exit(2)
        try:
            typer.echo(gui_screenshot(str(target), str(screenshot), market=market, view=view, date=date))
        except (RuntimeError, TimeoutError, OSError, KeyError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2)
        raise typer.Exit(0)
    raise typer.Exit(gui_main(["ctk-gui"] + ([str(target)] if target else [])))


@app.command()
def doctor():
    """Check fonts, ffmpeg, locales and optional backends; say how to fix what is missing."""
    from toolkit.doctor import run_checks
    ok = True
    for name, good, detail in run_checks():
        mark = "ok " if good else "MISSING"
        ok &= good or name.startswith("optional")
        typer.echo(f"[{mark}] {name}: {detail}")
    raise typer.Exit(0 if ok else 1)


from . import models_cmd  # noqa: E402,F401  (models, tm and translate come last in --help)
from . import voices_cmd  # noqa: E402,F401
from . import plan_cmd  # noqa: E402,F401  (learning from results: ctk plan, ctk learn)


def run() -> None:
    app()


if __name__ == "__main__":
    run()
