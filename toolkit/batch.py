"""Batch runs: plan every product x market, skip what is intact, render the rest in a process pool or on
Dask, record everything in manifest.json so a rerun resumes; `lint_catalog` runs the rules alone."""

from __future__ import annotations


import json
import shutil
import tempfile
import time
import traceback
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Callable

from . import __version__
from .checks import summarize
from .errors import Cancelled, CtkError
from .fsutil import atomic_write_json, atomic_write_text, safe_join, sha256_file
from .importers import Catalog, load_catalog
from .markets import MarketProfile, load_market
from .fit.choice import fitting_festival
from .model import Product, place_by_id
from .money import load_fx
from .settings import RenderOptions
from .bundle import Blocked, Progress, _swap_in, compose, market_festival, render_bundle
from .keys import _intact, _key_settings, _models_version, bundle_key, market_digest
from .report import report_markdown
from .translate import get_translator


@dataclass
class BundleResult:
    product: str
    market: str
    status: str                      # rendered | skipped | failed
    path: str | None = None
    key: str | None = None
    findings: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    stage: str | None = None
    seconds: float = 0.0
    creative_id: str | None = None   # the chosen script's id (toolkit/results/ids.py)
    creatives: list = field(default_factory=list, repr=False)   # for the results store; repr=False: not in to_dict

    def to_dict(self) -> dict:
        return {f.name: v for f in fields(self) if (v := getattr(self, f.name)) not in (None, {}, "") and f.repr}

@dataclass
class RunResult:
    catalog: Catalog
    bundles: list[BundleResult]
    manifest_path: Path
    notes: list[str] = field(default_factory=list)   # run-level warnings (a results store it could not write)

    @property
    def failed(self) -> list[BundleResult]:
        return [b for b in self.bundles if b.status in ("failed", "blocked")]

    @property
    def exit_code(self) -> int:
        return 1 if (self.failed or self.catalog.problems) else 0

def lint_catalog(catalog: Catalog, opts: RenderOptions, *, progress: Progress | None = None):
    """Run every rule on every product x market without rendering. Yields (product, market, findings)."""
    markets = [load_market(m) for m in opts.markets]
    translator, fx = _worker_tools(opts)
    themes = {m.code: market_festival(m, opts) for m in markets}
    total = len(markets) * len(catalog.products)
    n = 0
    for m in markets:
        festival, mfind = themes[m.code]
        for p in catalog.products:
            if progress:
                progress(n, total, f"{m.code}/{p.id}")
            n += 1
            yield p, m, compose(p, m, opts, translator=translator, fx=fx, festival=festival,
                                market_findings=mfind).findings

@dataclass
class _Task:
    product: Product
    market: str
    key: str
    final: Path
    rel: str
    festival: object
    market_findings: list

_WORKER: dict = {}

def _worker_tools(opts: RenderOptions):
    """Translator and FX table, loaded once per process (models are heavy)."""
    k = (opts.translator, opts.fx, opts.glossary, opts.tm)
    if _WORKER.get("key") != k:
        _WORKER.update(key=k, translator=get_translator(opts.translator, opts.glossary, opts.tm), fx=load_fx(opts.fx))
    return _WORKER["translator"], _WORKER["fx"]

def _run_task(task: _Task, opts: RenderOptions, cancelled: Callable[[], bool] | None = None,
              on_stage: Callable[[str], None] | None = None) -> BundleResult:
    """Render one bundle into a temp folder beside its final place and swap it in. Never raises."""
    t0 = time.time()
    product, market = task.product, load_market(task.market)
    work = None
    try:
        translator, fx = _worker_tools(opts)
        task.final.parent.mkdir(parents=True, exist_ok=True)
        from .outdir import TMP_PREFIX, honour_umask
        work = Path(tempfile.mkdtemp(prefix=f"{TMP_PREFIX}{product.id}-", dir=task.final.parent))
        honour_umask(work, is_dir=True)
        festival = task.festival
        findings, script_doc = render_bundle(product, market, opts, translator=translator, fx=fx, work=work,
                                    festival=festival, market_findings=task.market_findings, cancelled=cancelled,
                                    on_stage=on_stage)
        report = {
            "product": product.id, "market": market.code, "key": task.key, "toolkit": __version__,
            "campaign_date": opts.day().isoformat(), "sponsored": opts.sponsored,
            "festival": festival.to_dict() if festival else None,
            "summary": summarize(findings), "findings": [f.to_dict() for f in findings],
            "facts": script_doc.get("coverage"),
        }
        atomic_write_json(work / "report.json", report)
        atomic_write_text(work / "report.md", report_markdown(product, market, report))
        _swap_in(work, task.final)
        from .results.register import creatives_of
        return BundleResult(product.id, market.code, "rendered", task.rel, task.key, summarize(findings),
                            seconds=round(time.time() - t0, 2), creative_id=script_doc.get("creative_id"),
                            creatives=creatives_of(script_doc))
    except Cancelled:
        raise
    except Blocked as exc:
        return BundleResult(product.id, market.code, "blocked", task.rel, task.key,
                            summarize(getattr(exc, "findings", [])), error=str(exc), stage="compliance",
                            seconds=round(time.time() - t0, 2))
    except Exception as exc:  # one bad bundle never stops the batch
        stage = getattr(exc, "ctk_stage", "render")
        msg = str(exc) if isinstance(exc, CtkError) else f"{type(exc).__name__}: {exc}"
        if not isinstance(exc, CtkError):
            msg += " | " + traceback.format_exc(limit=3).strip().splitlines()[-2].strip()
        return BundleResult(product.id, market.code, "failed", task.rel, task.key, error=msg, stage=stage,
                            seconds=round(time.time() - t0, 2))
    finally:
        if work is not None and work.exists():
            shutil.rmtree(work, ignore_errors=True)

def default_jobs() -> int:
    import os
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)

def render_catalog(input_path: str | Path, opts: RenderOptions, *, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None, on_failure: Callable[[BundleResult], None] | None = None,
                   catalog: Catalog | None = None, jobs: int = 1) -> RunResult:
    """Render every product x market. One failing bundle is recorded and skipped; a rerun resumes.

    With jobs > 1 bundles render in a process pool; this process owns the manifest, workers only write
    their own bundle folder (atomically)."""
    catalog = catalog or load_catalog(input_path, source_lang=opts.source_lang, currency=opts.currency)
    markets = [load_market(m) for m in opts.markets]
    get_translator(opts.translator, opts.glossary, opts.tm)   # fail early on a bad translator, glossary or FX file
    from .style import load_style
    load_style(opts.style, opts.brand_kit)                   # and on a bad style or brand kit
    fx = load_fx(opts.fx)
    if any("rank" not in p.origin for p in catalog.products):   # a catalog the editor narrowed keeps its places
        place_by_id(catalog.products)         # lines rotate through a market's pools by it (script.catalog_slot)
    # a currency the FX table can't convert fails every bundle it touches: one error before any work
    need: set[str] = set()
    for p in catalog.products:
        for m in markets:
            if p.currency and p.currency.upper() != m.currency and "price" not in p.overrides.get(m.code, {}):
                need |= {p.currency.upper(), m.currency}
    missing = sorted(need - set(fx.rates))
    if missing:
        from .errors import ConfigError
        raise ConfigError(f"no exchange rate for {', '.join(missing)}", file=fx.path,
                          hint=f"add {missing[0]} = <units per USD> under [rates] in a copy of that file and pass it "
                               "with --fx FILE, or give local prices in price:<market> columns")
    out = Path(opts.out)
    if out.exists() and not out.is_dir():
        raise CtkError("the output path is a file, not a folder", file=str(out), hint="pass a folder to --out")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CtkError(f"cannot create the output folder ({exc.strerror})", file=str(out),
                       hint="pass a folder you can write to --out") from None
    from .outdir import OutputLock, check_foreign
    check_foreign(out)
    with OutputLock(out):
        return _run_locked(catalog, markets, opts, out, jobs, progress, cancelled, on_failure)

def _run_locked(catalog, markets, opts: RenderOptions, out: Path, jobs: int, progress, cancelled,
                on_failure) -> "RunResult":
    themes: dict = {}                          # computed only for markets that have work to do
    results: list[BundleResult] = []
    manifest_path = out / "manifest.json"
    t_start = time.time()
    tasks: list[_Task] = []
    retry = _failed_in_manifest(manifest_path) if opts.retry_failed else None
    models_v = _models_version() if opts.translator != "phrasebook" else None
    base = _key_settings(opts, models_v)
    fit = _fit(catalog, markets, opts, out)
    for market in markets:
        mdig = market_digest(market)               # once per market, not per bundle
        for product in catalog.products:
            if retry is not None and (market.code, product.id) not in retry:
                continue
            final = safe_join(out, market.code, product.id)
            key = bundle_key(product, market, opts, mdig, models_v, base)
            rel = str(final.relative_to(out.resolve()))
            cell = fit.cell(product.id, market.code) if fit is not None and opts.fit == "strict" else None
            if cell is not None and cell.verdict != "go":
                # --fit strict renders only go pairs; the others are recorded with their reasons, not failed
                why = "; ".join(f"{f.code}: {f.message}" for f in cell.findings if f.severity != "info")
                results.append(BundleResult(product.id, market.code, "unfit", None, key, summarize(cell.findings),
                                            error=f"fit {cell.verdict}: {why}", stage="fit"))
                continue
            if not opts.force and _intact(final, key, opts.video, opts.brief):
                results.append(BundleResult(product.id, market.code, "skipped", rel, key))
                continue
            if market.code not in themes:
                themes[market.code] = market_festival(market, opts)
            fest, mfind = themes[market.code]
            fest, mfind = fitting_festival(fit, product, market, opts, fest, mfind)
            tasks.append(_Task(product, market.code, key, final, rel, fest, mfind))
    total = len(results) + len(tasks)
    state = {"last": 0.0}
    from .results.register import Registrar
    reg = Registrar(opts.results_db, tm=opts.tm)          # the run's creatives go to the results store

    def done(res: BundleResult) -> None:
        results.append(res)
        res.creatives = reg.add(res.creatives, str(out / res.path) if res.path else None)
        if res.status in ("failed", "blocked") and on_failure:
            on_failure(res)
        if progress:
            progress(len(results), total, f"{res.market}/{res.product}")
        if time.time() - state["last"] > 2:
            _write_manifest(manifest_path, catalog, opts, results, t_start)
            reg.flush()
            state["last"] = time.time()

    if progress:
        progress(len(results), total, "starting")
    from .outdir import clean_stale
    clean_stale(out)
    try:
        if opts.executor == "dask" and tasks:
            _run_dask(tasks, opts, jobs, done, cancelled)
        elif jobs <= 1 or len(tasks) <= 1:
            for t in tasks:
                if cancelled and cancelled():
                    raise Cancelled()
                # one process: the step a bundle is in reaches the caller ("us/p1 · voice-over")
                step = (lambda st, t=t: progress(len(results), total, f"{t.market}/{t.product.id} · {st}")) \
                    if progress else None
                done(_run_task(t, opts, cancelled, on_stage=step))
        else:
            import multiprocessing as mp
            from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
            # fork starts workers in milliseconds with everything already imported (Linux); else forkserver/spawn
            methods = mp.get_all_start_methods()
            if "fork" in methods:
                _prewarm([load_market(t.market) for t in tasks[:1]] + markets, opts)
            ctx = mp.get_context("fork" if "fork" in methods else "forkserver" if "forkserver" in methods else "spawn")
            from .fsutil import die_with_parent
            with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=ctx,
                                     initializer=die_with_parent) as pool:
                pending = {pool.submit(_run_task, t, opts) for t in tasks}
                try:
                    while pending:
                        finished, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                        for f in finished:
                            done(f.result())
                        if cancelled and cancelled():
                            raise Cancelled()
                except BaseException:
                    for f in pending:
                        f.cancel()
                    raise
    except BaseException:
        _write_manifest(manifest_path, catalog, opts, results, t_start, interrupted=True)
        reg.close()
        raise
    if progress:
        progress(total, total, "done")
    order = {(t.market, t.product.id): i for i, t in enumerate(tasks)}
    results.sort(key=lambda r: (r.status != "skipped", order.get((r.market, r.product), -1)))
    _write_manifest(manifest_path, catalog, opts, results, t_start)
    reg.close()
    if tasks or not (out / "index.html").exists():       # a run that changed nothing keeps its page
        from .report import build_report
        build_report(out)
    return RunResult(catalog, results, manifest_path, [reg.warning] if reg.warning else [])

def _fit(catalog, markets, opts: RenderOptions, out: Path):
    """The run's fit matrix, written to OUT/fit.json for the report (None with --fit off)."""
    if opts.fit == "off":
        (out / "fit.json").unlink(missing_ok=True)
        return None
    from .fit import FitSettings, fit_matrix
    m = fit_matrix(catalog.products, markets, opts.day(), settings=FitSettings.from_options(opts),
                   corrections=opts.fact_edits)
    atomic_write_json(out / "fit.json", m.to_dict())
    return m

def _prewarm(markets: list[MarketProfile], opts: RenderOptions) -> None:
    """Load what every worker needs (font coverage tables, translator, FX, style) once, before forking,
    so forked workers start warm instead of each paying for it."""
    from .layout import font_chain
    from .style import load_style
    for m in {m.code: m for m in markets}.values():
        for face in font_chain(m.language, load_style(opts.style, opts.brand_kit).weight):
            face.covers("a")
    _worker_tools(opts)
    # the lexicon, the taxonomy and jieba's dictionary (Chinese titles) load once, not once per worker
    from .knowledge.lexicon import load_lexicon
    from .knowledge.taxonomy import categories
    load_lexicon(tuple(opts.lexicon))
    categories()
    try:
        import jieba
        import logging
        logging.getLogger("jieba").setLevel(logging.WARNING)
        jieba.initialize()
    except ImportError:            # pragma: no cover - jieba is a dependency
        pass

def _run_dask(tasks: list[_Task], opts: RenderOptions, jobs: int, done, cancelled) -> None:
    """The same bundle tasks on a Dask distributed cluster. Workers write bundle folders on the shared
    output path; this client records results in the manifest as they return, so resume works the same."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise CtkError("the dask executor needs the 'distributed' package", hint="pip install distributed") from None
    cluster = None
    try:
        if opts.scheduler:
            client = Client(opts.scheduler, timeout="10s")
        else:
            cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise CtkError(f"cannot reach the Dask scheduler {opts.scheduler} ({exc})",
                       hint="start it with 'dask scheduler' or check the address") from None
    try:
        futures = [client.submit(_run_task, t, opts, pure=False) for t in tasks]
        for fut in as_completed(futures):
            done(fut.result())
            if cancelled and cancelled():
                client.cancel(futures)
                raise Cancelled()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

def _failed_in_manifest(path: Path) -> set[tuple[str, str]]:
    try:
        man = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        raise CtkError("--retry-failed needs the manifest of an earlier run", file=str(path),
                       hint="run without --retry-failed first") from None
    return {(b["market"], b["product"]) for b in man.get("bundles", []) if b.get("status") in ("failed", "blocked")}

def _write_manifest(path: Path, catalog: Catalog, opts: RenderOptions, results: list[BundleResult],
                    t_start: float, interrupted: bool = False) -> None:
    import platform
    from PIL import __version__ as pil_version
    inputs = [{"file": str(catalog.path), "sha256": sha256_file(catalog.path), "format": catalog.format,
               "encoding": catalog.encoding}]
    # keep the entries of earlier runs into the same folder (other markets/products), newest wins
    entries: dict[tuple[str, str], dict] = {}
    try:
        old = json.loads(path.read_text("utf-8"))
        for b in old.get("bundles", []):
            if (path.parent / b.get("path", "")).is_dir():
                entries[(b.get("market"), b.get("product"))] = b
    except (OSError, ValueError):
        pass
    for r in results:                          # this run's entries last, in job order
        entries.pop((r.market, r.product), None)
    for r in results:
        entries[(r.market, r.product)] = r.to_dict()
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    doc = {
        "toolkit": __version__, "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "seconds": round(time.time() - t_start, 2), "interrupted": interrupted,
        "inputs": inputs, "settings": opts.settings(),
        "versions": {"python": platform.python_version(), "pillow": pil_version},
        "counts": counts,
        "problems": [p.to_dict() for p in catalog.problems],
        "this_run": [f"{r.market}/{r.product}" for r in results if r.status != "skipped"],
        "bundles": list(entries.values()),
    }
    atomic_write_json(path, doc)
