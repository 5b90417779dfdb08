"""Peak memory and time of `ctk check` and `ctk render --no-video --limit 200` on a 50,000-row catalog.

    .venv/bin/python benchmarks/large_catalog.py [--rows 50000]

The catalog is generated (a generic CSV: 25,000 products with two variant rows each, English and Chinese
titles, HTML descriptions) in a temp folder; each command runs as its own process and its peak resident memory
is read from the OS (getrusage of the child). The figures go in the README.
"""
from __future__ import annotations

import argparse
import csv
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CTK = [sys.executable, "-m", "toolkit.cli.main"]
TITLES = ["Ceramic Coffee Mug 350ml, Dishwasher Safe", "桑蚕丝丝巾 100%真丝 送礼", "Wireless Earbuds Bluetooth 5.3, 30H",
          "Soy Wax Candle, Cedar, 40 Hour Burn Time", "护眼LED台灯 可折叠 三档调光", "Merino Wool Beanie, Unisex"]


def make_catalog(path: Path, rows: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "title", "description", "brand", "price", "compare_at_price", "currency", "option:Color"])
        for i in range(rows // 2):
            t = TITLES[i % len(TITLES)]
            for color, price in (("Black", "19.99"), ("White", "21.99")):
                w.writerow([f"p{i:06d}", t, f"<p>{t}. Item {i}.</p><ul><li>Gift box</li></ul>", "Lumi", price,
                            "29.99", "USD", color])


def run(cmd: list[str]) -> tuple[float, float, int]:
    """(seconds, peak MB of the child, exit code)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    secs = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return secs, max(peak, before) / 1024, r.returncode


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=50_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cat = Path(tmp) / "large.csv"
        make_catalog(cat, args.rows)
        print(f"catalog: {args.rows:,} rows, {cat.stat().st_size / 1e6:.1f} MB")
        s, mb, rc = run([*CTK, "check", str(cat), "--json"])
        print(f"ctk check                        {s:6.1f} s   peak {mb:6.0f} MB   exit {rc}")
        s, mb, rc = run([*CTK, "render", str(cat), "--no-video", "--limit", "200", "--markets", "us",
                         "--out", str(Path(tmp) / "out"), "--quiet", "--jobs", str(min(2, os.cpu_count() or 1))])
        print(f"ctk render --no-video --limit 200 {s:6.1f} s   peak {mb:6.0f} MB   exit {rc}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
