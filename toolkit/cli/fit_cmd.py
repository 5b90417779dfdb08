"""`ctk fit`: the product x market matrix (go / check / no-go) with reasons and fixes, as a table or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .common import _fail, _load_or_fail, _resolve, _select, app, esc

STYLE = {"go": "green", "check": "yellow", "no-go": "bold red"}
LABEL = {"go": "go", "check": "check", "no-go": "NO-GO"}       # translatable (toolkit/i18n.py, ui.toml)


@app.command()
def fit(
    ctx: typer.Context,
    input: Path = typer.Argument(..., help="Catalog (Shopify/WooCommerce export, CSV/XLSX/JSON/YAML) or a .ctkproj project."),
    markets: Optional[str] = typer.Option(None, "--markets", "-m", help="Market codes, comma-separated, or 'all' (default us)."),
    date: Optional[str] = typer.Option(None, "--date", help="Campaign date (YYYY-MM-DD); default today. Seasons and festivals follow it."),
    json_file: Optional[Path] = typer.Option(None, "--json", help="Also write the matrix as JSON to this file."),
    fmt: str = typer.Option("table", "--format", help="table (default) or json (the matrix as JSON on stdout)."),
    fit_rules: Optional[Path] = typer.Option(None, "--fit-rules", help="Fit overrides TOML: change a rule's severity or turn it off; [seller] eu_responsible_person."),
    responsible_person: Optional[str] = typer.Option(None, "--responsible-person", help="The EU responsible person (GPSR) for every product: name, address, email."),
    products: Optional[str] = typer.Option(None, "--products", help="Only these product ids (comma-separated)."),
    source_lang: Optional[str] = typer.Option(None, "--source-lang", help="Source language of the catalog (default: detected)."),
    currency: Optional[str] = typer.Option(None, "--currency", help="Currency of the prices when the file does not say."),
    columns: Optional[str] = typer.Option(None, "--columns", help="Your spreadsheet's headers for ctk's fields: title=商品名称,..."),
    lexicon: Optional[list[Path]] = typer.Option(None, "--lexicon", help="Your own term lexicon (TOML); repeatable."),
):
    """Does each product belong in each market now? A matrix of go / check / no-go with reasons and fixes:
    climate and season, festival fit, plugs and voltage, marks and registrations, restricted categories, sizes."""
    try:
        if fmt not in ("table", "json"):
            from toolkit.errors import CtkError
            raise CtkError(f"unknown format '{fmt}'", hint="use table or json")
        opts, catalog_path = _resolve(ctx, input)
        catalog = _load_or_fail(catalog_path, opts.source_lang, opts.currency, opts.columns or None)
        _select(catalog, products, None, catalog_path)
        from toolkit.fit import FitSettings, fit_matrix
        m = fit_matrix(catalog.products, opts.markets, opts.day(), settings=FitSettings.from_options(opts),
                       corrections=opts.fact_edits)
        doc = m.to_dict()
        doc["input"] = str(catalog_path)
        doc["problems"] = [p.to_dict() for p in catalog.problems]
        if json_file:
            from toolkit.fsutil import atomic_write_text
            atomic_write_text(json_file, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    except typer.Exit:
        raise
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        _fail(exc)
    if fmt == "json":
        typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    _print(m, catalog)


def _print(m, catalog) -> None:
    import sys

    from rich.console import Console
    from rich.table import Table

    from toolkit.i18n import _
    con = Console(soft_wrap=False)
    if not sys.stdout.isatty():       # a pipe or a file gets the whole matrix, not one cut to 80 columns
        con = Console(width=max(110, 28 + 8 * len(m.markets)), soft_wrap=False)
    err = Console(stderr=True, soft_wrap=True)
    for p in catalog.problems:
        err.print(f"[yellow]{_('skipped')}[/]: {esc(str(p))}", highlight=False)
    t = Table(title=_("Market fit on {date}", date=m.day.isoformat()), title_justify="left", show_lines=False,
              pad_edge=False)
    t.add_column(_("product"), no_wrap=True, overflow="ellipsis", min_width=12, max_width=26)
    for code in m.markets:
        t.add_column(code, justify="center", no_wrap=True)
    for pid, title in m.products:
        row = [esc(pid)]
        for code in m.markets:
            c = m.cell(pid, code)
            star = "+" if any(f.severity == "info" and f.code.startswith("fit.festival") for f in c.findings) else ""
            row.append(f"[{STYLE[c.verdict]}]{_(LABEL[c.verdict])}{star}[/]")
        t.add_row(*row)
    con.print(t)
    n = m.counts()
    con.print(_("{go} go, {check} check, {nogo} no-go (+ fits a festival on this date). Error: no-go; warning: check.",
                go=n["go"], check=n["check"], nogo=n["no-go"]), highlight=False)
    # each reason once: the rule, the products and markets it applies to, its message and fix
    reasons: dict[str, list] = {}
    for c in m.cells:
        for f in c.findings:
            r = reasons.setdefault(f.code, [f, {}])
            r[1].setdefault(c.product, []).append(c.market)
    if reasons:
        con.print(f"\n[bold]{_('Reasons')}[/]", highlight=False)
    order = {"error": 0, "warning": 1, "info": 2}
    for code, (f, where) in sorted(reasons.items(), key=lambda kv: (order[kv[1][0].severity], kv[0])):
        mark = {"error": "[red]✗[/]", "warning": "[yellow]?[/]", "info": "[green]+[/]"}[f.severity]
        groups: dict[tuple, list] = {}
        for pid, ms in where.items():
            groups.setdefault(tuple(ms), []).append(pid)
        scope = "; ".join(_("{products} in {markets}", markets=" ".join(ms),
                            products=_("every product") if len(pids) == len(m.products) and len(m.products) > 1
                            else ", ".join(pids)) for ms, pids in groups.items())
        con.print(f"{mark} [bold]{esc(code)}[/] ({esc(scope)}): {esc(f.message)}", highlight=False)
        if f.fix and f.severity != "info":
            con.print(f"    {_('fix')}: {esc(f.fix)}", highlight=False)
