"""`ctk render`: the batch job, catalog or project in, bundles per product and market out."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from .common import _fail, _load_or_fail, _resolve, _select, app, esc

@app.command()
def render(
    ctx: typer.Context,
    input: Path = typer.Argument(..., help="Catalog (Shopify/WooCommerce CSV export, generic CSV/XLSX/JSON/YAML) "
                                           "or a .ctkproj project from the desktop editor."),
    markets: Optional[str] = typer.Option(None, "--markets", "-m", help="Market codes, comma-separated, or 'all' (default us)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Output folder (default out)."),
    date: Optional[str] = typer.Option(None, "--date", help="Campaign date (YYYY-MM-DD); default today."),
    no_video: bool = typer.Option(False, "--no-video", help="Text, subtitles and cover only (fast)."),
    sponsored: bool = typer.Option(False, "--sponsored/--no-sponsored", help="Paid or gifted content: put each market's ad label first."),
    translator: str = typer.Option("auto", "--translator", help="auto | phrasebook | a model name."),
    glossary: Optional[Path] = typer.Option(None, "--glossary", help="Brand glossary (CSV or TOML) kept intact through translation."),
    tm: Optional[Path] = typer.Option(None, "--tm", help="Translation memory file (default: tm.sqlite in the user data folder, ~/.local/share/ctk on Linux)."),
    fx: Optional[Path] = typer.Option(None, "--fx", help="Exchange-rate TOML replacing the shipped table."),
    source_lang: Optional[str] = typer.Option(None, "--source-lang", help="Source language of the catalog (default: detected)."),
    currency: Optional[str] = typer.Option(None, "--currency", help="Currency of the catalog's prices when the file does not say (USD if not given; a catalog in Chinese, Japanese, Korean... needs it)."),
    quality: str = typer.Option("standard", "--quality", help="draft | standard | high (x264 preset and CRF)."),
    style: str = typer.Option("clean", "--style", help="clean | bold | editorial, a style a plugin adds, or a style .toml."),
    brand_kit: Optional[Path] = typer.Option(None, "--brand-kit", help="Brand kit TOML: name, logo, font, [colors]."),
    formats: str = typer.Option("9:16", "--formats", help="Comma-separated: 9:16 (default), 1:1, 16:9 from the same scene plan."),
    music: Optional[Path] = typer.Option(None, "--music", help="Background music file (looped and faded); otherwise silent."),
    voice: str = typer.Option("auto", "--voice", help="Voice-over: auto (an installed natural voice of the market's language, else none), none, draft (eSpeak NG), a name from 'ctk voices list', or per market: us=NAME,*=draft."),
    seed: int = typer.Option(0, "--seed", help="Varies template choice; same seed, same output."),
    generator: str = typer.Option("template", "--generator", help="template | auto | http | a causal-LM model name."),
    variants: int = typer.Option(3, "--variants", min=1, max=8, help="Script variants per generator (1-8); the best-scoring one is used, the editor offers the others."),
    learned: Optional[Path] = typer.Option(None, "--learned", help="A learned model (ctk learn -o MODEL.json): variant scores add the expected uplift the results taught, with its interval."),
    explore: float = typer.Option(0.0, "--explore", min=0.0, max=1.0, help="With --learned: the share of bundles (0-1, e.g. 0.2) whose variant a posterior draw picks (Thompson sampling), so alternatives keep being tested; the same --seed picks the same way."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Render only the first N products."),
    products: Optional[str] = typer.Option(None, "--products", help="Only these product ids (comma-separated)."),
    force: bool = typer.Option(False, "--force", help="Render again even bundles that are complete and unchanged."),
    festival: str = typer.Option("auto", "--festival", help="auto (the event whose window contains --date), none, an event id, or per market: de=nikolaus,us=auto."),
    calendar: Optional[Path] = typer.Option(None, "--calendar", help="TOML with announced or sighted event dates."),
    allow_findings: bool = typer.Option(False, "--allow-findings", help="Write bundles even when error findings remain."),
    fit: str = typer.Option("on", "--fit", help="Market fit (see 'ctk fit'): on (findings warn or block by severity), strict (render only go pairs) or off."),
    fit_rules: Optional[Path] = typer.Option(None, "--fit-rules", help="Fit overrides TOML: change a rule's severity or turn it off."),
    responsible_person: Optional[str] = typer.Option(None, "--responsible-person", help="The EU responsible person (GPSR) for every product: name, address, email."),
    brief: bool = typer.Option(False, "--brief", help="Also write the creator brief (brief.md, brief.pdf, brief.json and the seller's side-by-side copy) into each bundle; see 'ctk brief'."),
    tag_captions: bool = typer.Option(False, "--tag-captions", help="End each caption with the bundle's creative id (#c1a2b3c4), so a post's text joins its results back (see 'ctk results')."),
    results_db: Optional[Path] = typer.Option(None, "--results-db", help="Results store where the rendered creatives are registered (default: results.sqlite beside the translation memory)."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, max=64, help="Bundles rendered in parallel (0 = one per CPU core, at most 64)."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Only the bundles the last run recorded as failed or blocked."),
    json_progress: bool = typer.Option(False, "--json-progress", help="One JSON line per event on stdout (for scripts and CI)."),
    executor: str = typer.Option("local", "--executor", help="local (process pool) or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler, e.g. tcp://HOST:8786 (default: a local cluster)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    columns: Optional[str] = typer.Option(None, "--columns", help="Your spreadsheet's headers for ctk's fields: title=商品名称,price=售价,..."),
    lexicon: Optional[list[Path]] = typer.Option(None, "--lexicon", help="Your own term lexicon (TOML, like locales/_shared/lexicon.toml); repeatable."),
):
    """Render one bundle per product and market into OUT/<market>/<product-id>/."""
    try:
        opts, catalog_path = _resolve(ctx, input)
        _render(catalog_path, opts, limit=limit, products=products, quiet=quiet, jobs=jobs,
                json_progress=json_progress)
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        typer.echo("interrupted: finished bundles are kept; run the same command again to resume", err=True)
        raise typer.Exit(130)
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        _fail(exc)


def _render(input, opts, *, limit=None, products=None, quiet=False, jobs=0, json_progress=False):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from toolkit.pipeline import default_jobs, render_catalog

    out = opts.out
    err = Console(stderr=True, soft_wrap=True)
    catalog = _load_or_fail(input, opts.source_lang, opts.currency, opts.columns or None)
    for p in catalog.problems:
        err.print(f"[yellow]skipped[/]: {esc(str(p))}", highlight=False)
    _select(catalog, products, limit, input)
    n_jobs = jobs if jobs > 0 else default_jobs()

    def on_failure(res):
        err.print(f"[red]{res.status}[/]: {res.market}/{res.product} ({res.stage}): {esc(res.error or '')}",
                  highlight=False)

    if json_progress:
        def progress(done, total, msg):
            typer.echo(json.dumps({"event": "progress", "done": done, "total": total, "bundle": msg}))

        def on_failure(res):  # noqa: F811 - JSON lines replace the text lines
            typer.echo(json.dumps({"event": res.status, "market": res.market, "product": res.product,
                                   "stage": res.stage, "error": res.error}, ensure_ascii=False))
        result = render_catalog(input, opts, progress=progress, on_failure=on_failure, catalog=catalog, jobs=n_jobs)
        for note in result.notes:
            typer.echo(json.dumps({"event": "warning", "message": note}, ensure_ascii=False))
        counts = {}
        for b in result.bundles:
            counts[b.status] = counts.get(b.status, 0) + 1
        typer.echo(json.dumps({"event": "summary", "counts": counts, "problems": len(catalog.problems),
                               "manifest": str(result.manifest_path),
                               "report": str(Path(out) / "index.html")}))
        raise typer.Exit(result.exit_code)
    if quiet or not sys.stderr.isatty() and os.environ.get("CTK_PROGRESS") != "1":
        last = {"n": -1}

        def progress(done, total, msg):
            if not quiet and total and (done == total or done * 10 // total != last["n"]):
                last["n"] = done * 10 // total
                err.print(f"{done}/{total} bundles", highlight=False)
        result = render_catalog(input, opts, progress=progress, on_failure=on_failure, catalog=catalog, jobs=n_jobs)
    else:
        with Progress(TextColumn("[bold]rendering"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                      TimeElapsedColumn(), TimeRemainingColumn(), console=err, transient=False) as bar:
            task = bar.add_task("", total=None)

            def progress(done, total, msg):
                bar.update(task, completed=done, total=total, description=msg)
            result = render_catalog(input, opts, progress=progress, on_failure=on_failure, catalog=catalog,
                                    jobs=n_jobs)
    for note in result.notes:
        err.print(f"[yellow]warning[/]: {esc(note)}", highlight=False)
    counts = {}
    for b in result.bundles:
        counts[b.status] = counts.get(b.status, 0) + 1
    findings = {"error": 0, "warning": 0, "info": 0}
    for b in result.bundles:
        for k, v in b.findings.items():
            findings[k] = findings.get(k, 0) + v
    from toolkit.i18n import _
    out_con = Console(soft_wrap=True)
    out_con.print(_("{rendered} rendered, {skipped} unchanged (skipped), {failed} failed, {blocked} blocked by findings",
                    rendered=counts.get("rendered", 0), skipped=counts.get("skipped", 0),
                    failed=counts.get("failed", 0), blocked=counts.get("blocked", 0))
                  + (_(", {unfit} left out by --fit strict", unfit=counts["unfit"]) if counts.get("unfit") else "")
                  + _("; {problems} input problem(s). Findings: {errors} errors, {warnings} warnings, {info} info.",
                      problems=len(catalog.problems), errors=findings["error"], warnings=findings["warning"],
                      info=findings["info"]), highlight=False)
    from toolkit.report import fact_coverage
    cov = fact_coverage(Path(out), [b.to_dict() for b in result.bundles])
    if cov:
        out_con.print(_("Facts stated in scripts: ") + ", ".join(
            f"{m} {round(100 * u / f)}%" if f else f"{m} -" for m, (u, f) in sorted(cov.items())), highlight=False)
    out_con.print(esc(_("Bundles in {bundles}; manifest: {manifest}; report: {report}",
                        bundles=f"{Path(out).resolve()}/<market>/<product-id>/", manifest=result.manifest_path,
                        report=Path(out).resolve() / "index.html")), highlight=False)
    raise typer.Exit(result.exit_code)
