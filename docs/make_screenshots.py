"""The README's screenshots of the desktop editor, made by the editor itself:
`.venv/bin/python docs/make_screenshots.py` runs `ctk gui examples/catalog.csv --screenshot ...` (Qt offscreen) for
the us, jp, th and sa tabs, the markets-side-by-side grid and market fit (th added), on the demo's campaign date; and
the results view over a results store filled with a simulated Ads Manager report (the numbers are made up: they show
the view, not a finding)."""

import csv
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = [("gui-us.png", ["--market", "us"]), ("gui-jp.png", ["--market", "jp"]), ("gui-th.png", ["--market", "th"]),
         ("gui-sa.png", ["--market", "sa"]), ("gui-grid.png", ["--view", "grid"]),
         ("gui-fit.png", ["--view", "fit", "--market", "th"])]


def ctk(*args, env=None):
    subprocess.run([sys.executable, "-m", "toolkit.cli.main", *map(str, args)], cwd=ROOT, check=True, env=env)


def simulated_results(tmp: Path) -> dict:
    """Render the example catalog's scarf in th (its creatives register in a fresh store), post all three variants
    (simulated), import a made-up Ads Manager report for them; returns the environment that points at that store."""
    env = dict(os.environ, CTK_RESULTS=str(tmp / "results.sqlite"))
    out = tmp / "out"
    ctk("render", "examples/catalog.csv", "-m", "th", "-o", out, "--no-video", "--quiet", "--date", "2026-12-01",
        "--products", "lumi-silk-scarf", env=env)
    doc = json.loads((out / "th" / "lumi-silk-scarf" / "script.json").read_text("utf-8"))
    ids = [doc["creative_id"]] + [a["creative_id"] for a in doc["alternatives"]]
    rng = random.Random(19)
    with open(tmp / "ads.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["By Day", "Ad name", "Impressions", "Clicks (destination)", "Video views", "6-second video views",
                    "Complete payment", "Total complete payment value", "Cost"])
        for day in range(1, 8):
            for i, cid in enumerate(ids):
                imp = rng.randint(3000, 6000)
                clicks = int(imp * (0.012, 0.024, 0.016)[i] * rng.uniform(0.8, 1.2))
                views = int(imp * 0.7)
                orders = int(clicks * 0.06 * rng.uniform(0.5, 1.5))
                w.writerow([f"2026-12-{day:02d}", f"lumi-silk-scarf_th_{cid}", imp, clicks, views,
                            int(views * 0.3 * rng.uniform(0.8, 1.2)), orders, f"{orders * 1290:.2f}",
                            f"{imp * 0.004:.2f}"])
    ctk("results", "import", tmp / "ads.csv", env=env)
    return env


def main() -> None:
    for name, extra in SHOTS:
        cmd = [sys.executable, "-m", "toolkit.cli.main", "gui", "examples/catalog.csv", "--screenshot",
               str(ROOT / "docs" / name), "--date", "2026-12-01", *extra]
        subprocess.run(cmd, cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        env = simulated_results(Path(tmp))
        ctk("gui", "examples/catalog.csv", "--screenshot", ROOT / "docs" / "gui-results.png", "--date", "2026-12-01",
            "--view", "results", "--market", "th", env=env)


if __name__ == "__main__":
    main()
