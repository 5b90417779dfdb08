"""The README's screenshots of the desktop editor, made by the editor itself:
`.venv/bin/python docs/make_screenshots.py` runs `ctk gui examples/catalog.csv --screenshot ...` (Qt offscreen) for
the us, jp, th and sa tabs, the markets-side-by-side grid and market fit (th added), on the demo's campaign date."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = [("gui-us.png", ["--market", "us"]), ("gui-jp.png", ["--market", "jp"]), ("gui-th.png", ["--market", "th"]),
         ("gui-sa.png", ["--market", "sa"]), ("gui-grid.png", ["--view", "grid"]),
         ("gui-fit.png", ["--view", "fit", "--market", "th"])]


def main() -> None:
    for name, extra in SHOTS:
        cmd = [sys.executable, "-m", "toolkit.cli.main", "gui", "examples/catalog.csv", "--screenshot",
               str(ROOT / "docs" / name), "--date", "2026-12-01", *extra]
        subprocess.run(cmd, cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
