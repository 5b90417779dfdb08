"""`ctk brief`: per product and market, a brief a local creator can shoot from, in the market's language, and the
seller's side-by-side copy; Markdown, PDF and JSON into OUT/<market>/<product-id>/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .common import _fail, _load_or_fail, _resolve, _select, app, esc


@app.command()
def brief(
    ctx: typer.Context,
    input: Path = typer.Argument(..., help="Catalog (Shopify/WooCommerce export, CSV/XLSX/JSON/YAML) or a .ctkproj project."),
    markets: Optional[str] = typer.Option(None, "--markets", "-m", help="Market codes, comma-separated, or 'all' (default us)."),
    out: Path = typer.Option(Path("briefs"), "--out", "-o", help="Output folder (default briefs)."),
    date: Optional[str] = typer.Option(None, "--date", help="Campaign date (YYYY-MM-DD); default today. The festival and posting window follow it."),
    fmt: str = typer.Option("md,pdf,json", "--format", help="Comma-separated: md, pdf, json (default all three)."),
    seller_lang: str = typer.Option("en", "--seller-lang", help="The language of the seller's side-by-side copy: en or zh-CN."),
    sponsored: bool = typer.Option(False, "--sponsored/--no-sponsored", help="Paid or gifted content: the disclosure is required and the ads safe zone applies."),
    festival: str = typer.Option("auto", "--festival", help="auto (the event whose window contains --date), none, an event id, or per market: de=nikolaus,us=auto."),
    calendar: Optional[Path] = typer.Option(None, "--calendar", help="TOML with announced or sighted event dates."),
    translator: str = typer.Option("auto", "--translator", help="auto | phrasebook | a model name (as for render)."),
    glossary: Optional[Path] = typer.Option(None, "--glossary", help="Brand glossary (CSV or TOML) kept intact through translation."),
    fit_rules: Optional[Path] = typer.Option(None, "--fit-rules", help="Fit overrides TOML (see 'ctk fit')."),
    responsible_person: Optional[str] = typer.Option(None, "--responsible-person", help="The EU responsible person (GPSR) for every product."),
    products: Optional[str] = typer.Option(None, "--products", help="Only these product ids (comma-separated)."),
    source_lang: Optional[str] = typer.Option(None, "--source-lang", help="Source language of the catalog (default: detected)."),
    currency: Optional[str] = typer.Option(None, "--currency", help="Currency of the prices when the file does not say."),
    columns: Optional[str] = typer.Option(None, "--columns", help="Your spreadsheet's headers for ctk's fields: title=商品名称,..."),
    lexicon: Optional[list[Path]] = typer.Option(None, "--lexicon", help="Your own term lexicon (TOML); repeatable."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, max=64, help="Briefs written in parallel (0 = one per CPU core)."),
    json_progress: bool = typer.Option(False, "--json-progress", help="One JSON line per brief on stdout."),
):
    """Write a creator brief per product and market: facts, key messages, hooks, shot list, what must and must not be
    said, festival angle and posting window, hashtags, deliverables and market fit, in the market's language."""
    try:
        from toolkit.brief import brief_catalog, parse_formats
        formats = parse_formats(fmt)
        opts, catalog_path = _resolve(ctx, input)
        catalog = _load_or_fail(catalog_path, opts.source_lang, opts.currency, opts.columns or None)
        _select(catalog, products, None, catalog_path)
        progress = None
        if not json_progress:
            def progress(done, total, msg):
                if done == total or done % 14 == 0:
                    typer.echo(f"{done}/{total} briefs", err=True)
        from toolkit.pipeline import default_jobs
        results = brief_catalog(catalog, opts, out=out, formats=formats, seller_lang=seller_lang, progress=progress,
                                jobs=jobs if jobs > 0 else default_jobs())
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        typer.echo("interrupted: finished briefs are kept", err=True)
        raise typer.Exit(130)
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        _fail(exc)
    from rich.console import Console
    err = Console(stderr=True, soft_wrap=True)
    for p in catalog.problems:
        err.print(f"[yellow]skipped[/]: {esc(str(p))}", highlight=False)
    failed = [r for r in results if r.status != "written"]
    if json_progress:
        for r in results:
            typer.echo(json.dumps(r.to_dict(), ensure_ascii=False))
    for r in failed:
        err.print(f"[red]failed[/]: {r.market}/{r.product}: {esc(r.error or '')}", highlight=False)
    from toolkit.i18n import _
    typer.echo(_("{written} briefs written, {failed} failed; {problems} input problem(s). Briefs in "
                 "{out}/<market>/<product-id>/ (brief.md, brief.pdf, brief.json; the seller's copy brief.seller.*)",
                 written=len(results) - len(failed), failed=len(failed), problems=len(catalog.problems),
                 out=out.resolve()))
    raise typer.Exit(1 if failed or catalog.problems else 0)
