"""Translation throughput as ratios inside one run (not a timed test), with a tiny Marian model built
locally (tests/tinymodels.py): segments/second one by one vs batched, and with a warm memory.
Run: .venv/bin/python benchmarks/translate.py [--segments 240]"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--segments", type=int, default=240)
    a = ap.parse_args()
    import tinymodels as tm

    from toolkit.markets import load_market
    from toolkit.mt.backends import HFModel
    from toolkit.mt.memory import Memory
    from toolkit.mt.registry import ModelEntry
    from toolkit.mt.translator import ModelTranslator, Route
    tmp = Path(tempfile.mkdtemp(prefix="ctk-mt-"))
    path = tm.build_marian(tmp / "tiny-en-de")
    entry = ModelEntry("tiny-en-de", "marian", path, ["en-de"])
    model = HFModel(entry)
    base = [s for s, _ in tm.EN_DE if "ZZ" not in s]
    # distinct segments (a number makes each unique, as product texts are), so the memory can't help the cold runs
    segs = [f"{base[i % len(base)]} {i}" for i in range(a.segments)]
    model.translate(segs[:4], "en", "de")                        # load once, outside the timings
    t = time.perf_counter()
    for s in segs:
        model.translate([s], "en", "de")
    one = time.perf_counter() - t
    t = time.perf_counter()
    model.translate(segs, "en", "de", batch_size=32)
    batched = time.perf_counter() - t
    de = load_market("de")
    mt = ModelTranslator(memory=Memory(tmp / "tm.sqlite"))
    mt.entries = [entry]
    r = Route([entry])
    t = time.perf_counter()
    mt.translate_segments(segs, "en", de, r)
    cold = time.perf_counter() - t
    t = time.perf_counter()
    mt.translate_segments(segs, "en", de, r)
    warm = time.perf_counter() - t
    n = len(segs)
    print(f"{n} segments, tiny Marian en-de on {'CPU'}")
    print(f"  one by one      {one:7.3f} s  {n / one:8.1f} seg/s")
    print(f"  batched (32)    {batched:7.3f} s  {n / batched:8.1f} seg/s   {one / batched:.1f}x one by one")
    print(f"  cold memory     {cold:7.3f} s  {n / cold:8.1f} seg/s   (batched + protect + store)")
    print(f"  warm memory     {warm:7.3f} s  {n / warm:8.1f} seg/s   {cold / warm:.1f}x cold")


if __name__ == "__main__":
    main()
