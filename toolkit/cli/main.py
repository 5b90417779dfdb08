"""`ctk`: render TikTok-ready bundles from a product catalog, per market.

Heavy imports (Pillow, Babel, the pipeline) happen inside the commands, so `ctk --help` stays fast.
Every expected error is one line on stderr and an exit code (2 = bad input or setup, 1 = some products
failed or were skipped); an unexpected one is logged to a file, never printed as a traceback.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from toolkit import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="ctk: product data in, TikTok-ready bundles per product and market out.")

QUALITY = {"draft": ("ultrafast", 28), "standard": ("veryfast", 23), "high": ("medium", 20)}


def esc(text: str) -> str:
    """User data printed through Rich: brackets are text, not markup."""
    from rich.markup import escape
    return escape(text)


def _version(value: bool):
    if value:
        typer.echo(f"ctk {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Show the version and exit.")):
    """Local social-commerce content and localization toolkit."""


def _fail(exc: Exception) -> None:
    from toolkit.errors import CtkError
    if isinstance(exc, CtkError):
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(exc.exit_code)
    import tempfile
    import traceback
    log = Path(tempfile.gettempdir()) / "ctk-crash.log"
    log.write_text(traceback.format_exc(), encoding="utf-8")
    typer.echo(f"error: unexpected {type(exc).__name__}: {exc} (details in {log}; please report it)", err=True)
    raise typer.Exit(3)


def _load_or_fail(input, source_lang, currency):
    """Load the catalog; when no product survives, the first problem is the one-line error (exit 2)."""
    from toolkit.errors import InputError
    from toolkit.importers import load_catalog
    cat = load_catalog(input, source_lang=source_lang, currency=currency)
    if not cat.products and cat.problems:
        p = cat.problems[0]
        more = f" (and {len(cat.problems) - 1} more problem(s))" if len(cat.problems) > 1 else ""
        raise InputError(p.message + more, file=p.file, row=p.row, column=p.column, hint=p.hint)
    return cat


@app.command()
def render(
    input: Path = typer.Argument(..., help="Catalog (Shopify/WooCommerce CSV export, generic CSV/XLSX/JSON/YAML) "
                                           "or a .ctkproj project from the desktop editor."),
    markets: Optional[str] = typer.Option(None, "--markets", "-m", help="Market codes, comma-separated, or 'all' (default us)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Output folder (default out)."),
    date: Optional[str] = typer.Option(None, "--date", help="Campaign date (YYYY-MM-DD); default today."),
    no_video: bool = typer.Option(False, "--no-video", help="Text, subtitles and cover only (fast)."),
    sponsored: bool = typer.Option(False, "--sponsored", help="Paid or gifted content: put each market's ad label first."),
    translator: str = typer.Option("auto", "--translator", help="auto | phrasebook | a model name."),
    glossary: Optional[Path] = typer.Option(None, "--glossary", help="Brand glossary (CSV or TOML) kept intact through translation."),
    tm: Optional[Path] = typer.Option(None, "--tm", help="Translation memory file (default ~/.cache/ctk/tm.sqlite)."),
    fx: Optional[Path] = typer.Option(None, "--fx", help="Exchange-rate TOML replacing the shipped table."),
    source_lang: Optional[str] = typer.Option(None, "--source-lang", help="Source language of the catalog (default: detected)."),
    currency: str = typer.Option("USD", "--currency", help="Currency of the catalog's prices when the file does not say."),
    quality: str = typer.Option("standard", "--quality", help="draft | standard | high (x264 preset and CRF)."),
    style: str = typer.Option("clean", "--style", help="clean | bold | editorial, or a style .toml."),
    brand_kit: Optional[Path] = typer.Option(None, "--brand-kit", help="Brand kit TOML: name, logo, font, [colors]."),
    formats: str = typer.Option("9:16", "--formats", help="Comma-separated: 9:16 (default), 1:1, 16:9 from the same scene plan."),
    music: Optional[Path] = typer.Option(None, "--music", help="Background music file (looped and faded); otherwise silent."),
    seed: int = typer.Option(0, "--seed", help="Varies template choice; same seed, same output."),
    generator: str = typer.Option("template", "--generator", help="template | auto | http | a causal-LM model name."),
    variants: int = typer.Option(1, "--variants", help="Script variants per generator; the best-scoring one is used."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Render only the first N products."),
    products: Optional[str] = typer.Option(None, "--products", help="Only these product ids (comma-separated)."),
    force: bool = typer.Option(False, "--force", help="Render again even bundles that are complete and unchanged."),
    festival: str = typer.Option("auto", "--festival", help="auto (the event whose window contains --date), none, or an event id."),
    calendar: Optional[Path] = typer.Option(None, "--calendar", help="TOML with announced or sighted event dates."),
    allow_findings: bool = typer.Option(False, "--allow-findings", help="Write bundles even when error findings remain."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Bundles rendered in parallel (0 = one per CPU core)."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Only the bundles the last run recorded as failed or blocked."),
    json_progress: bool = typer.Option(False, "--json-progress", help="One JSON line per event on stdout (for scripts and CI)."),
    executor: str = typer.Option("local", "--executor", help="local (process pool) or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler, e.g. tcp://HOST:8786 (default: a local cluster)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    lexicon: Optional[list[Path]] = typer.Option(None, "--lexicon", help="Your own term lexicon (TOML, like locales/_shared/lexicon.toml); repeatable."),
):
    """Render one bundle per product and market into OUT/<market>/<product-id>/."""
    try:
        _render(input, markets, out, date, no_video, sponsored, translator, fx, source_lang, currency, quality,
                seed, limit, products, force, quiet, festival, calendar, allow_findings, jobs, retry_failed,
                json_progress, executor, scheduler, glossary, tm, style, brand_kit, formats, music, generator, variants,
                lexicon=lexicon)
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        typer.echo("interrupted: finished bundles are kept; run the same command again to resume", err=True)
        raise typer.Exit(130)
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        _fail(exc)


def _select(catalog, products, limit, input):
    from toolkit.errors import CtkError
    if products:
        wanted = [x.strip() for x in products.split(",") if x.strip()]
        unknown = [w for w in wanted if w not in {p.id for p in catalog.products}]
        if unknown:
            raise CtkError(f"no product with id '{unknown[0]}' in {input}", hint="see the ids with 'ctk check INPUT'")
        catalog.products = [p for p in catalog.products if p.id in wanted]
    if limit is not None:
        catalog.products = catalog.products[: max(0, limit)]
    return catalog


def _formats(value: str) -> tuple:
    from toolkit.errors import CtkError
    fm = tuple(dict.fromkeys(f.strip() for f in value.split(",") if f.strip()))
    bad = [f for f in fm if f not in ("9:16", "1:1", "16:9")]
    if bad or not fm:
        raise CtkError(f"unknown format '{bad[0] if bad else value}'", hint="use 9:16, 1:1 and/or 16:9")
    return fm


def _music(path):
    from toolkit.errors import CtkError
    if path is None:
        return None
    if not Path(path).is_file():
        raise CtkError("music file not found", file=str(path), hint="pass an audio file (mp3, m4a, wav...)")
    return str(Path(path).resolve())


def _check_date(date):
    from toolkit.errors import CtkError
    if date:
        import datetime
        try:
            datetime.date.fromisoformat(date)
        except ValueError:
            raise CtkError(f"--date '{date}' is not a date", hint="write it as YYYY-MM-DD") from None


def _render(input, markets, out, date, no_video, sponsored, translator, fx, source_lang, currency, quality,
            seed, limit, products, force, quiet, festival="auto", calendar=None, allow_findings=False, jobs=0,
            retry_failed=False, json_progress=False, executor="local", scheduler=None, glossary=None, tm=None,
            style="clean", brand_kit=None, formats="9:16", music=None, generator="template", variants=1, lexicon=None):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from toolkit.errors import CtkError
    from toolkit.markets import parse_market_list
    from toolkit.pipeline import RenderOptions, default_jobs, render_catalog

    if quality not in QUALITY:
        raise CtkError(f"unknown quality '{quality}'", hint="use draft, standard or high")
    edits, fact_edits = {}, {}
    lex_files = [str(p) for p in (lexicon or [])]
    if Path(input).suffix == ".ctkproj":
        from toolkit.project import load_project
        proj = load_project(input)
        input = proj.input_path()
        markets = markets or ",".join(proj.markets)
        date = date or proj.campaign_date
        festival = proj.festival if festival == "auto" else festival
        sponsored = sponsored or proj.sponsored
        out = out or proj.out_path()
        edits = proj.edits
        fact_edits = proj.facts
        lex_files += [str(Path(proj.path).parent / p) if proj.path and not Path(p).is_absolute() else p
                      for p in proj.lexicon]
        style = proj.style if style == "clean" else style
        brand_kit = brand_kit or (Path(proj.brand_kit) if proj.brand_kit else None)
    markets = markets or "us"
    out = out or Path("out")
    _check_date(date)
    codes = parse_market_list(markets)
    err = Console(stderr=True, soft_wrap=True)
    catalog = _load_or_fail(input, source_lang, currency)
    for p in catalog.problems:
        err.print(f"[yellow]skipped[/]: {esc(str(p))}", highlight=False)
    _select(catalog, products, limit, input)
    preset, crf = QUALITY[quality]
    opts = RenderOptions(markets=codes, out=out, campaign_date=date, video=not no_video, sponsored=sponsored,
                         translator=translator, fx=str(fx) if fx else None, source_lang=source_lang,
                         currency=currency, seed=seed, preset=preset, crf=crf, force=force, festival=festival,
                         calendar=str(calendar) if calendar else None, allow_findings=allow_findings,
                         retry_failed=retry_failed, executor=executor, scheduler=scheduler, edits=edits,
                         glossary=str(glossary) if glossary else None, tm=str(tm) if tm else None,
                         style=style, brand_kit=str(brand_kit) if brand_kit else None,
                         formats=_formats(formats), music=_music(music), generator=generator,
                         variants=max(1, variants), lexicon=tuple(_lexicons(lex_files)), fact_edits=fact_edits)
    if executor not in ("local", "dask"):
        raise CtkError(f"unknown executor '{executor}'", hint="use local or dask")

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
    counts = {}
    for b in result.bundles:
        counts[b.status] = counts.get(b.status, 0) + 1
    findings = {"error": 0, "warning": 0, "info": 0}
    for b in result.bundles:
        for k, v in b.findings.items():
            findings[k] = findings.get(k, 0) + v
    out_con = Console(soft_wrap=True)
    out_con.print(f"{counts.get('rendered', 0)} rendered, {counts.get('skipped', 0)} unchanged (skipped), "
                  f"{counts.get('failed', 0)} failed, {counts.get('blocked', 0)} blocked by findings; "
                  f"{len(catalog.problems)} input problem(s). "
                  f"Findings: {findings['error']} errors, {findings['warning']} warnings, {findings['info']} info.",
                  highlight=False)
    from toolkit.report import fact_coverage
    cov = fact_coverage(Path(out), [b.to_dict() for b in result.bundles])
    if cov:
        out_con.print("Facts stated in scripts: " + ", ".join(
            f"{m} {round(100 * u / f)}%" if f else f"{m} -" for m, (u, f) in sorted(cov.items())), highlight=False)
    out_con.print(esc(f"Bundles in {Path(out).resolve()}/<market>/<product-id>/; manifest: {result.manifest_path}; "
                      f"report: {Path(out).resolve() / 'index.html'}"),
                  highlight=False)
    raise typer.Exit(result.exit_code)


def _lexicons(files: list[str]) -> list[str]:
    """Validate user lexicons up front: a broken file is one clear error before any work starts."""
    from toolkit.knowledge.lexicon import load_lexicon
    if files:
        load_lexicon(tuple(files))
    return files


@app.command()
def facts(
    input: Path = typer.Argument(..., help="Catalog file (or .ctkproj) to read."),
    as_json: bool = typer.Option(False, "--json", help="Print as JSON."),
    products: Optional[str] = typer.Option(None, "--products", help="Only these product ids (comma-separated)."),
    market: Optional[str] = typer.Option(None, "--market", "-m", help="Also show how one market names and sells the facts."),
    lexicon: Optional[list[Path]] = typer.Option(None, "--lexicon", help="Your own term lexicon (TOML); repeatable."),
    source_lang: Optional[str] = typer.Option(None, "--source-lang"),
    currency: str = typer.Option("USD", "--currency"),
):
    """What ctk understood of each product: its type (taxonomy node), facts with the text they came from,
    and the terms it did not know (add them with --lexicon)."""
    try:
        corrections, lex_files = {}, [str(p) for p in (lexicon or [])]
        if input.suffix == ".ctkproj":
            from toolkit.project import load_project
            proj = load_project(input)
            input, corrections = proj.input_path(), proj.facts
            lex_files += proj.lexicon
        cat = _load_or_fail(input, source_lang, currency)
        _select(cat, products, None, input)
        from toolkit.knowledge import knowledge_for
        lex = tuple(_lexicons(lex_files))
        rows = []
        mk = None
        if market:
            from toolkit.knowledge.render import FactRenderer
            from toolkit.markets import load_market
            mk = load_market(market)
        for p in cat.products:
            k = knowledge_for(p, lex, corrections.get(p.id))
            d = {"product": p.id, "title": p.title, **k.to_dict()}
            if mk is not None:
                r = FactRenderer(mk).render(k)
                d["market"] = {"code": mk.code, "type_word": r.type_word, "name": r.name,
                               "pitch": [x.to_dict() for x in r.facts]}
            rows.append(d)
    except typer.Exit:
        raise
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    con = Console(soft_wrap=True)
    for d in rows:
        con.print(f"[bold]{esc(d['product'])}[/]  {esc(d['title'][:70])}", highlight=False)
        ts = d.get("type_source") or {}
        con.print(f"  type: [cyan]{d['type'] or '?'}[/] (taxonomy {d['taxonomy'] or '-'}, group {d['group'] or '-'}, "
                  f"confidence {d['type_confidence']}) from {ts.get('field', '-')}: '{esc(ts.get('text', '')[:40])}'",
                  highlight=False)
        for f in d["facts"]:
            src = f.get("source") or {}
            val = f["value"]
            val = json.dumps(val, ensure_ascii=False) if isinstance(val, (list, dict)) else str(val)
            unit = f" {f['unit']}" if f.get("unit") else ""
            share = f" ({f['share']}%)" if f.get("share") is not None else ""
            con.print(f"  {esc(f['attr']):<22} {esc(val)}{esc(unit)}{share}   <- {src.get('field', '?')}"
                      f"[{src.get('start', '')}:{src.get('end', '')}] '{esc(src.get('text', ''))}' "
                      f"({f['confidence']})", highlight=False)
        if d.get("market"):
            mk_d = d["market"]
            con.print(f"  {mk_d['code']}: name '{esc(mk_d['name'] or '')}'", highlight=False)
            for x in mk_d["pitch"]:
                con.print(f"    {esc(x['screen'])}  |  {esc(x['voice'])}", highlight=False)
        if d["unknown_terms"]:
            con.print("  unknown terms: " + esc(", ".join(d["unknown_terms"])), highlight=False)
    con.print(f"{len(rows)} products; {sum(len(d['facts']) for d in rows)} facts.", highlight=False)


@app.command()
def check(
    input: Path = typer.Argument(..., help="Catalog file to validate."),
    as_json: bool = typer.Option(False, "--json", help="Print products and problems as JSON."),
    source_lang: Optional[str] = typer.Option(None, "--source-lang"),
    currency: str = typer.Option("USD", "--currency"),
):
    """Validate a catalog without rendering: products, variants, images and problems."""
    try:
        cat = _load_or_fail(input, source_lang, currency)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    if as_json:
        doc = cat.to_dict()
        typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        from rich.console import Console
        from rich.table import Table
        con = Console(soft_wrap=True)
        t = Table(title=esc(f"{input} ({cat.format}, {cat.encoding})"))
        for col in ("id", "title", "lang", "variants", "price", "images", "findings"):
            t.add_column(col)
        for p in cat.products:
            prices = p.prices()
            pr = f"{min(prices)}" + (f"-{max(prices)}" if max(prices) != min(prices) else "") + f" {p.currency}" if prices else "-"
            ok = sum(1 for i in p.images if i.ok)
            t.add_row(esc(p.id), esc(p.title[:40]), p.source_lang, str(len(p.variants)), esc(pr),
                      f"{ok}/{len(p.images)}", str(len(p.findings)))
        con.print(t)
        for p in cat.products:
            for f in p.findings:
                con.print(f"[yellow]{f.severity}[/] {esc(p.id)}: {esc(f.message)}", highlight=False)
        for prob in cat.problems:
            con.print(f"[red]problem[/] {esc(str(prob))}", highlight=False)
        con.print(f"{len(cat.products)} products ok, {len(cat.problems)} problem(s).", highlight=False)
    raise typer.Exit(1 if cat.problems else 0)


@app.command("markets")
def markets_cmd(as_json: bool = typer.Option(False, "--json", help="Print as JSON.")):
    """List markets with language, currency and platform limits."""
    try:
        from toolkit.markets import available_markets, load_market
        rows = [load_market(c).summary() for c in available_markets()]
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table
    t = Table(title="Markets (locales/)")
    for col in ("code", "name", "language", "script", "dir", "currency", "caption", "hashtags", "ad text", "disclosure"):
        t.add_column(col)
    for r in rows:
        t.add_row(r["code"], r["name"], r["language"], r["script"], r["direction"], r["currency"],
                  str(r["caption_max_utf16"]), str(r["hashtags_max"]), str(r["ad_text_max"]), r["disclosure"])
    Console().print(t)


@app.command()
def report(out: Path = typer.Argument(..., help="The --out folder of a render.")):
    """Rebuild OUT/index.html (covers, statuses, findings, links) from OUT/manifest.json."""
    try:
        from toolkit.report import build_report
        path = build_report(out)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    typer.echo(f"wrote {path}")


@app.command()
def preview(
    input: Path = typer.Argument(..., help="Catalog file or .ctkproj."),
    markets: str = typer.Option("us", "--markets", "-m"),
    products: Optional[str] = typer.Option(None, "--products", help="Product ids (default: the first product)."),
    out: Path = typer.Option(Path("preview.png"), "--out", "-o", help="Contact sheet PNG to write."),
    date: Optional[str] = typer.Option(None, "--date"),
    style: str = typer.Option("clean", "--style"),
    brand_kit: Optional[Path] = typer.Option(None, "--brand-kit"),
):
    """A contact sheet PNG of key frames (cover and every scene) per market, without encoding video."""
    try:
        from toolkit.contact import contact_sheet
        from toolkit.markets import parse_market_list
        from toolkit.pipeline import RenderOptions
        _check_date(date)
        edits = {}
        if input.suffix == ".ctkproj":
            from toolkit.project import load_project
            proj = load_project(input)
            input, edits = proj.input_path(), proj.edits
        cat = _load_or_fail(input, None, "USD")
        opts = RenderOptions(markets=parse_market_list(markets), out=Path("."), campaign_date=date, video=False,
                             style=style, brand_kit=str(brand_kit) if brand_kit else None, edits=edits)
        ids = [x.strip() for x in products.split(",")] if products else None
        path = contact_sheet(cat, opts, out, ids)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    typer.echo(f"wrote {path}")


@app.command()
def verify(bundles: list[Path] = typer.Argument(..., help="Bundle folders (OUT/<market>/<product-id>) or an OUT folder.")):
    """Check bundles against the platform spec (resolution, fps, codec, pixel format, audio, duration,
    faststart, cover size, caption length)."""
    try:
        from toolkit.verify import verify_bundle
        folders = []
        for b in bundles:
            folders += [p.parent for p in sorted(b.glob("*/*/script.json"))] if (b / "manifest.json").exists() else [b]
        bad = 0
        for f in folders:
            results = verify_bundle(f)
            failed = [r for r in results if not r[1]]
            bad += bool(failed)
            typer.echo(f"{'FAIL' if failed else 'ok  '} {f}")
            for name, ok, detail in results:
                if not ok:
                    typer.echo(f"     {name}: {detail}")
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    typer.echo(f"{len(folders) - bad} of {len(folders)} bundle(s) pass")
    raise typer.Exit(1 if bad else 0)


@app.command()
def festivals(
    market: str = typer.Option("us", "--market", "-m", help="Market code(s), comma-separated, or 'all'."),
    date_from: Optional[str] = typer.Option(None, "--from", help="Start date (YYYY-MM-DD); default today."),
    date_to: Optional[str] = typer.Option(None, "--to", help="End date; default one year after --from."),
    calendar: Optional[Path] = typer.Option(None, "--calendar", help="TOML with announced or sighted dates."),
    as_json: bool = typer.Option(False, "--json", help="Print as JSON."),
):
    """List a market's festivals and shopping events with dates and campaign windows."""
    import datetime as dt
    try:
        from toolkit import festivals as fest
        from toolkit.markets import parse_market_list
        _check_date(date_from)
        _check_date(date_to)
        start = dt.date.fromisoformat(date_from) if date_from else dt.date.today()
        end = dt.date.fromisoformat(date_to) if date_to else start + dt.timedelta(days=365)
        rows = []
        for code in parse_market_list(market):
            occs = [o for o in fest.occurrences(code, start, end, str(calendar) if calendar else None)
                    if o.end >= start and o.start <= end]
            clashes = fest.clashes(occs)
            for o in occs:
                d = o.to_dict()
                d["market"] = code
                d["clashes_with"] = [b.id if a is o else a.id for a, b in clashes if o in (a, b)]
                rows.append(d)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table
    t = Table(title=f"Festivals {start} to {end}")
    for col in ("market", "event", "start", "end", "window from", "est.", "clashes"):
        t.add_column(col)
    for r in rows:
        t.add_row(r["market"], esc(r["name"]), r["start"], r["end"], r["window_start"], "~" if r["estimated"] else "",
                  ", ".join(r["clashes_with"]))
    Console(soft_wrap=True).print(t)


@app.command()
def lint(
    input: Path = typer.Argument(..., help="Catalog file."),
    markets: str = typer.Option("us", "--markets", "-m", help="Market codes, comma-separated, or 'all'."),
    date: Optional[str] = typer.Option(None, "--date", help="Campaign date (YYYY-MM-DD); default today."),
    sponsored: bool = typer.Option(False, "--sponsored"),
    festival: str = typer.Option("auto", "--festival"),
    calendar: Optional[Path] = typer.Option(None, "--calendar"),
    fx: Optional[Path] = typer.Option(None, "--fx"),
    source_lang: Optional[str] = typer.Option(None, "--source-lang"),
    currency: str = typer.Option("USD", "--currency"),
    severity: str = typer.Option("warning", "--severity", help="Lowest severity to print: error, warning or info."),
    as_json: bool = typer.Option(False, "--json", help="Print findings as JSON."),
):
    """Run the compliance rules on every product and market without rendering."""
    try:
        from toolkit.markets import parse_market_list
        from toolkit.pipeline import RenderOptions, lint_catalog
        _check_date(date)
        catalog = _load_or_fail(input, source_lang, currency)
        opts = RenderOptions(markets=parse_market_list(markets), out=Path("."), campaign_date=date, video=False,
                             sponsored=sponsored, fx=str(fx) if fx else None, source_lang=source_lang,
                             currency=currency, festival=festival, calendar=str(calendar) if calendar else None)
        rows = [(p, m, f) for p, m, fs in lint_catalog(catalog, opts) for f in fs]
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    order = {"error": 0, "warning": 1, "info": 2}
    floor = order.get(severity, 1)
    shown = [(p, m, f) for p, m, f in rows if order[f.severity] <= floor]
    errors = sum(1 for _, _, f in rows if f.severity == "error" and not f.fixed)
    if as_json:
        typer.echo(json.dumps([dict(f.to_dict(), product=p.id, market=m.code) for p, m, f in shown],
                              ensure_ascii=False, indent=2))
    else:
        for p, m, f in shown:
            fixed = f" [auto-fixed: {f.fixed}]" if f.fixed else ""
            typer.echo(f"{f.severity:7} {m.code}/{p.id} {f.code} ({f.where}): {f.message}{fixed}")
        typer.echo(f"{len(rows)} finding(s): {errors} error(s) that would block a render, for "
                   f"{len(catalog.products)} product(s) x {len(opts.markets)} market(s).")
    raise typer.Exit(1 if errors or catalog.problems else 0)


@app.command()
def rules(
    market: Optional[str] = typer.Option(None, "--market", "-m", help="Only rules that apply to this market."),
    as_json: bool = typer.Option(False, "--json", help="Print as JSON."),
):
    """List the compliance rules (with their sources), for all markets or one."""
    try:
        from toolkit.rules import all_rules, rules_for
        items = rules_for(market.lower()) if market else list(all_rules())
        if market:
            from toolkit.markets import load_market
            load_market(market)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    if as_json:
        typer.echo(json.dumps([r.summary() for r in items], ensure_ascii=False, indent=2))
        return
    for r in items:
        eff = f", from {r.params['effective_from']}" if r.params.get("effective_from") else ""
        typer.echo(f"{r.id:26} {r.severity:7} [{', '.join(r.markets)}{eff}] {r.message}")
        typer.echo(f"{'':26} source: {r.source}")


@app.command()
def gui(target: Optional[Path] = typer.Argument(None, help="A catalog or a .ctkproj project to open.")):
    """Open the desktop editor (PySide6)."""
    try:
        from gui.app import main as gui_main
    except ImportError:
        typer.echo("error: the desktop editor needs PySide6 (pip install 'ctk[gui]')", err=True)
        raise typer.Exit(2)
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




# ---- models, translation, memory ------------------------------------------------------------------
models_app = typer.Typer(help="Local translation models (Marian, NLLB-200, M2M100).", no_args_is_help=True)
tm_app = typer.Typer(help="Translation memory (SQLite; TMX 1.4 import/export).", no_args_is_help=True)
app.add_typer(models_app, name="models")
app.add_typer(tm_app, name="tm")


@models_app.command("list")
def models_list(as_json: bool = typer.Option(False, "--json")):
    """Installed models and the language pairs they cover."""
    try:
        from toolkit.mt.registry import load_registry, models_dir
        entries = load_registry()
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    if as_json:
        typer.echo(json.dumps([e.to_dict() for e in entries], indent=2))
        return
    if not entries:
        typer.echo(f"no model installed in {models_dir()}: the built-in phrasebook is used. "
                   "Add one with 'ctk models add PATH'.")
    for e in entries:
        cover = (", ".join(e.pairs) if e.kind == "marian" else "script generation" if e.kind == "causal-lm"
                 else "many-to-many: " + (", ".join(e.languages) or "all"))
        typer.echo(f"{e.name:28} {e.kind:8} {cover}   ({e.path})")


@models_app.command("add")
def models_add(path: Path = typer.Argument(..., help="A local model folder (config.json + weights + tokenizer)."),
               name: Optional[str] = typer.Option(None, "--name"),
               pair: Optional[list[str]] = typer.Option(None, "--pair", help="SRC-TGT a Marian model serves (repeatable).")):
    """Register a local model folder."""
    try:
        from toolkit.mt.registry import add_model
        e = add_model(path, name, pair)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    typer.echo(f"added {e.name} ({e.kind}) " + (", ".join(e.pairs) or "many-to-many"))


@models_app.command("pull")
def models_pull(name: str = typer.Argument(..., help="Hugging Face repo id, e.g. Helsinki-NLP/opus-mt-zh-en."),
                pair: Optional[list[str]] = typer.Option(None, "--pair")):
    """Download a model (needs the network; rendering never does) and register it."""
    try:
        from toolkit.mt.registry import add_model, pull
        dest = pull(name)
        e = add_model(dest, None, pair)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    typer.echo(f"downloaded and added {e.name}")


@app.command()
def translate(text: Optional[str] = typer.Argument(None, help="Text to translate."),
              src: str = typer.Option(..., "--from", help="Source language, e.g. zh."),
              dst: str = typer.Option(..., "--to", help="Target market or language, e.g. de."),
              model: str = typer.Option("auto", "--model", help="auto, phrasebook or an installed model."),
              file: Optional[Path] = typer.Option(None, "--file", help="Translate a text file, line by line."),
              glossary: Optional[Path] = typer.Option(None, "--glossary")):
    """Translate text with the same machinery as render (memory, glossary, routing)."""
    try:
        from toolkit.markets import available_markets, load_market
        from toolkit.translate import get_translator
        code = dst.lower()
        if code not in available_markets():
            by_lang = [m for m in available_markets() if load_market(m).language == code]
            if not by_lang:
                raise typer.BadParameter(f"no market speaks '{dst}'")
            code = by_lang[0]
        market = load_market(code)
        tr = get_translator(model, str(glossary) if glossary else None)
        lines = file.read_text("utf-8").splitlines() if file else [text or ""]
        failed = False
        for line in lines:
            out = tr.translate(line, src.lower(), market)
            typer.echo(out.text if out.complete else (out.text + ("  " if out.text else "") +
                                                     "[untranslated: " + " | ".join(out.untranslated) + "]"))
            for f in out.findings:
                typer.echo(f"{f.severity}: {f.message}", err=True)
            failed |= not out.complete
    except typer.BadParameter:
        raise
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    raise typer.Exit(1 if failed else 0)


@tm_app.command("export")
def tm_export(path: Path = typer.Argument(...), tm: Optional[Path] = typer.Option(None, "--tm")):
    """Write the memory as TMX 1.4."""
    try:
        from toolkit.mt.memory import Memory
        n = Memory(tm).export_tmx(path)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    typer.echo(f"exported {n} segment(s) to {path}")


@tm_app.command("import")
def tm_import(path: Path = typer.Argument(...), tm: Optional[Path] = typer.Option(None, "--tm")):
    """Read a TMX file into the memory (as human translations, which win over machine output)."""
    try:
        from toolkit.mt.memory import Memory
        n = Memory(tm).import_tmx(path)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    typer.echo(f"imported {n} segment(s) from {path}")


def run() -> None:
    app()


if __name__ == "__main__":
    run()
