"""Batch throughput as ratios inside one run (not a timed test).

Builds a catalog of N products from the example catalog (ids made unique), renders it text-only
(`--no-video`) with --jobs 1 and --jobs 2, then reruns with everything done (resume), and optionally
a few video bundles. Prints bundles/second, the 1->2 jobs speed-up and resume time as a share of a full run.

Run:  .venv/bin/python benchmarks/batch.py                 # 200 text bundles (100 products x us, jp)
      .venv/bin/python benchmarks/batch.py --video 10      # plus 10 video bundles with 1 and 2 jobs
"""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CTK = [sys.executable, "-m", "toolkit.cli.main"]


def make_catalog(dst: Path, n_products: int) -> Path:
    src = ROOT / "examples" / "catalog.csv"
    shutil.copytree(ROOT / "examples" / "images", dst / "images")
    rows = list(csv.DictReader(src.open(encoding="utf-8")))
    ids = list(dict.fromkeys(r["id"] for r in rows))
    out = dst / "catalog.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()))
        w.writeheader()
        for i in range(n_products):
            base = ids[i % len(ids)]
            for r in rows:
                if r["id"] == base:
                    w.writerow(dict(r, id=f"{base}-{i:04d}"))
    return out


def timed(args: list[str]) -> float:
    t = time.perf_counter()
    r = subprocess.run(CTK + args, capture_output=True, text=True, cwd=ROOT)
    if r.returncode not in (0, 1):
        raise SystemExit(r.stderr)
    return time.perf_counter() - t


def peak_rss_mb() -> float:
    """Largest resident set of any finished descendant so far (Linux: ru_maxrss in kB)."""
    import resource
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--products", type=int, default=100)
    ap.add_argument("--markets", default="us,jp")
    ap.add_argument("--video", type=int, default=0, help="also render this many video bundles")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ctk-bench-"))
    cat = make_catalog(tmp, a.products)
    n = a.products * len(a.markets.split(","))
    common = ["render", str(cat), "-m", a.markets, "--no-video", "--quiet", "--date", "2026-12-01"]
    t1 = timed(common + ["-o", str(tmp / "j1"), "--jobs", "1"])
    t2 = timed(common + ["-o", str(tmp / "j2"), "--jobs", "2"])
    tr = timed(common + ["-o", str(tmp / "j2"), "--jobs", "2"])
    print(f"{n} text-only bundles ({a.products} products x {a.markets})")
    print(f"  --jobs 1   {t1:7.2f} s  {n / t1:6.1f} bundles/s")
    print(f"  --jobs 2   {t2:7.2f} s  {n / t2:6.1f} bundles/s   speed-up {t1 / t2:.2f}x")
    print(f"  resumed    {tr:7.2f} s  ({100 * tr / t2:.1f}% of the full run; all bundles skipped)")
    print(f"  peak RSS of the largest process (CLI or worker): {peak_rss_mb():.0f} MB")
    if a.video:
        m = a.markets.split(",")[0]
        v = ["render", str(cat), "-m", m, "--quiet", "--limit", str(a.video), "--quality", "standard"]
        v1 = timed(v + ["-o", str(tmp / "v1"), "--jobs", "1"])
        v2 = timed(v + ["-o", str(tmp / "v2"), "--jobs", "2"])
        print(f"{a.video} video bundles: --jobs 1 {v1:.1f} s, --jobs 2 {v2:.1f} s, speed-up {v1 / v2:.2f}x")
        print(f"  peak RSS of the largest process so far: {peak_rss_mb():.0f} MB")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
