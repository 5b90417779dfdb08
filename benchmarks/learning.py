"""Learning from results at scale (issue 19): fitting the pooled model (toolkit/results/model.py) over 100,000
simulated result rows, per metric, with time and peak memory, against two baselines in the same run: grouping
the rows into cells alone, and a fit without pooling or product intercepts (one Newton solve, fixed spread).
The features are the results store's (hook type, opening length and characters, festival, style, scenes,
length, price shown, discount, voice, facts count), so some are numbers and cells stay close to rows.
Run: .venv/bin/python benchmarks/learning.py [--rows 100000] [--markets 8] [--products 2000] (one BLAS thread
unless OPENBLAS_NUM_THREADS says otherwise)."""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# one BLAS thread: the figures are one core's, comparable between machines and runs (set it to change that)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

HOOKS = ("festival", "discount", "fact", "category", "question", "statement")
MARKETS = ("th", "vn", "id", "my", "ph", "sg", "us", "de", "fr", "jp")


def rows(n: int, markets: int, products: int, seed: int = 0) -> list:
    """n observations with store-like features and binomial outcomes (question hooks: 2x CTR in th)."""
    import numpy as np

    from toolkit.results.records import Creative, Observation, Outcome
    rng = np.random.default_rng(seed)
    mk = rng.integers(markets, size=n)
    hook = rng.integers(len(HOOKS), size=n)
    chars = rng.integers(8, 60, size=n)
    scenes = rng.integers(3, 9, size=n)
    price = rng.random(n) < 0.6
    voice = rng.random(n) < 0.7
    fest = np.where(rng.random(n) < 0.2, rng.integers(1, 4, size=n), 0)
    disc = rng.integers(4, size=n)
    style = rng.integers(3, size=n)
    facts = rng.integers(0, 6, size=n)
    prod = rng.integers(products, size=n)
    imp = rng.integers(500, 50000, size=n)
    u = rng.normal(0, 0.3, products)
    eta = np.log(0.015 / 0.985) + u[prod] + 0.1 * price + np.where(hook == 4, np.where(mk == 0, np.log(2), 0.2), 0)
    clicks = rng.binomial(imp, 1 / (1 + np.exp(-eta)))
    views = (imp * rng.uniform(0.5, 0.8, n)).astype(int)
    v6 = rng.binomial(views, 1 / (1 + np.exp(-(-0.6 - 0.05 * (scenes - 5)))))
    orders = rng.binomial(clicks, 1 / (1 + np.exp(-(np.log(0.03 / 0.97) + 0.4 * (fest > 0)))))
    out = []
    for i in range(n):
        m = MARKETS[mk[i]]
        f = {"hook_type": HOOKS[hook[i]], "opening_chars": float(chars[i]),
             "opening_length": ("short", "medium", "long")[min(2, int(chars[i]) // 20)],
             "festival": ("none", "lunar_new_year", "singles_day", "christmas")[fest[i]],
             "style": ("clean", "bold", "editorial")[style[i]], "scenes": float(scenes[i]),
             "length": ("<15s", "15-25s", ">25s")[min(2, max(0, int(scenes[i]) - 4) // 2)],
             "price_shown": "yes" if price[i] else "no", "discount": ("none", "<15%", "15-29%", "30%+")[disc[i]],
             "voice": "yes" if voice[i] else "no", "facts_count": float(facts[i])}
        cid = f"c{i:06d}"
        out.append(Observation(Creative(cid, m, f"p{prod[i]:05d}", i % 3, f),
                               Outcome(cid, impressions=int(imp[i]), views=int(views[i]), views_6s=int(v6[i]),
                                       clicks=int(clicks[i]), orders=int(orders[i]))))
    return out


def measure(fn, memory: bool = False):
    """(CPU seconds, wall seconds, peak MiB traced or None, result). CPU time, because the machine may be
    shared; the memory pass is separate, as tracing slows Python down."""
    c, t = time.process_time(), time.perf_counter()
    res = fn()
    cpu, wall = time.process_time() - c, time.perf_counter() - t
    peak = None
    if memory:
        tracemalloc.start()
        fn()
        peak = tracemalloc.get_traced_memory()[1] / 2 ** 20
        tracemalloc.stop()
    return cpu, wall, peak, res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--markets", type=int, default=8)
    ap.add_argument("--products", type=int, default=2000)
    a = ap.parse_args()
    from toolkit.results.model import cells, fit
    t = time.perf_counter()
    obs = rows(a.rows, min(a.markets, len(MARKETS)), a.products)
    print(f"{a.rows:,} result rows, {a.markets} markets, {a.products:,} products simulated in "
          f"{time.perf_counter() - t:.1f} s (not timed below)")
    total_fit = total_cells = 0.0
    for metric in ("ctr", "completion", "conversion"):
        c_cells, w_cells, m_cells, (data, design) = measure(lambda: cells(obs, metric), memory=True)
        c_flat, w_flat, _, _ = measure(lambda: fit(obs, metric, tau=5.0, products=False, dispersion=False))
        c_fit, w_fit, m_fit, f = measure(lambda: fit(obs, metric), memory=metric == "ctr")
        total_fit += c_fit
        total_cells += c_cells
        e = f.effect("hook_type", "question", "th")
        print(f"{metric:>10}: {len(data['y']):,} cells x {len(design['columns'])} columns, {len(f.theta)} "
              f"parameters + {f.n_products:,} products; CPU s: cells alone {c_cells:.2f}, unpooled fit {c_flat:.2f}, "
              f"pooled fit {c_fit:.2f} (wall {w_fit:.2f}) = {c_fit / c_cells:.1f}x the cells, "
              f"{c_fit / c_flat:.1f}x unpooled" + (f"; peak traced memory: cells {m_cells:.0f} MiB, pooled fit "
                                                    f"{m_fit:.0f} MiB" if m_fit else ""))
        print(f"{'':>12}question hooks in th: {e.text()}; in de: {f.effect('hook_type', 'question', 'de').text()}")
    # the same rows through four categorical features and no product intercepts: cells collapse
    from toolkit.results.records import Creative, Observation
    keep = ("hook_type", "festival", "price_shown", "voice")
    few = [Observation(Creative(o.creative.creative_id, o.creative.market, o.creative.product_id, o.creative.variant,
                                {k: o.creative.features[k] for k in keep}), o.outcome) for o in obs]
    c_few, _, _, (fdata, _) = measure(lambda: cells(few, "ctr", products=False))
    c_fewfit, w_fewfit, _, _ = measure(lambda: fit(few, "ctr", products=False))
    print(f"{len(keep)} categorical features, no product intercepts, ctr: {len(fdata['y']):,} cells from "
          f"{a.rows:,} rows; cells alone {c_few:.2f} CPU s, pooled fit {c_fewfit:.2f} CPU s (wall {w_fewfit:.2f})")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"all three metrics: pooled fits {total_fit:.1f} CPU s, grouping alone {total_cells:.1f} CPU s "
          f"(ratio {total_fit / total_cells:.1f}x); peak resident memory of the whole run {rss:.0f} MiB")


if __name__ == "__main__":
    main()
