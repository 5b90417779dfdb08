"""`ctk results import` and `ctk results report`: platform reports into the results store, and what wins per market."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Optional

import typer

from .common import _fail, app, esc

results_app = typer.Typer(help="Results of posted creatives: import platform reports, see what wins per market.",
                          no_args_is_help=True)
app.add_typer(results_app, name="results")

DB_HELP = ("Results store file. Without --db: $CTK_RESULTS if set, else results.sqlite beside the translation "
           "memory; --db wins over CTK_RESULTS.")
# the counts as the report names them (toolkit/results/report.py's totals), for "this file has no column for ..."
COUNT_LABELS = {"impressions": "impressions", "views": "views", "views_2s": "2-s views", "views_6s": "6-s views",
                "watch_time_s": "watch time", "clicks": "clicks", "add_to_cart": "add to cart", "orders": "orders",
                "gmv": "GMV", "cost": "cost"}


def _store(db):
    from toolkit.results.store import ResultsStore
    return ResultsStore(db)


@results_app.command("import")
def results_import(files: list[Path] = typer.Argument(..., help="Reports as downloaded: TikTok Ads Manager (ad level) "
                                                                 "or TikTok Shop video analytics, CSV or XLSX."),
                   db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
                   as_json: bool = typer.Option(False, "--json", help="One JSON object per file on stdout.")):
    """Read platform reports into the results store, joined to ctk's creatives by creative id or ad name.
    Each file is imported on its own: one that cannot be read is a one-line error and the others go on
    (exit code 2 when any failed)."""
    from rich.console import Console

    from toolkit.i18n import _
    from toolkit.results.importers import import_report
    con = Console(soft_wrap=True, highlight=False)
    failed = 0
    try:
        store = _store(db)
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        _fail(exc)
    with store:
        for f in files:
            try:
                r = import_report(store, f)
            except Exception as exc:  # noqa: BLE001 - this file's one line; the other files go on
                try:
                    _fail(exc)
                except typer.Exit as stop:
                    failed = max(failed, stop.exit_code)
                if as_json:
                    typer.echo(json.dumps({"file": str(f), "error": str(exc)}, ensure_ascii=False))
                continue
            if as_json:
                typer.echo(json.dumps({"file": r.path, "kind": r.kind, "rows": r.rows, "joined": len(r.joined),
                                       "creatives": r.creatives, "import_id": r.import_id,
                                       "duplicate": bool(r.duplicate), "columns": r.columns,
                                       "missing_columns": r.missing,
                                       "unjoined": [u.__dict__ for u in r.unjoined],
                                       "problems": [p.__dict__ for p in r.problems]}, ensure_ascii=False))
            else:
                _print_import(con, r, _)
    if failed:
        raise typer.Exit(failed)


def _print_import(con, r, _) -> None:
    con.print(esc(_("{file}: {label}, {rows} rows; {joined} joined to {creatives} creatives, {unjoined} not joined",
                    file=r.path, label=_(r.label), rows=r.rows, joined=len(r.joined), creatives=r.creatives,
                    unjoined=len(r.unjoined))))
    if r.duplicate:
        when = dt.datetime.fromtimestamp(r.duplicate["imported"]).strftime("%Y-%m-%d %H:%M")
        con.print("  [yellow]" + esc(_("already imported on {when} (import {n}): counted once, nothing added",
                                       when=when, n=r.duplicate["import_id"])) + "[/]")
    elif r.import_id is not None:
        con.print("  " + esc(_("stored as import {n}", n=r.import_id)))
    elif r.rows:
        con.print("  [yellow]" + esc(_("nothing joined, nothing stored: render the creatives first (their ids "
                                       "register then), or check that the ad names carry the creative id")) + "[/]")
    if r.missing and not r.duplicate:
        con.print("  " + esc(_("no column for {counts}: left unknown (not 0); what earlier reports said for the same "
                               "days stays", counts=", ".join(_(COUNT_LABELS.get(c, c)) for c in r.missing))))
    if r.unjoined:
        con.print("  " + esc(_("not joined (not stored):")))
        for u in r.unjoined:
            con.print("    " + esc(_("row {row}: '{name}' ({reason})", row=u.row, name=u.name or "-",
                                     reason=u.reason)))
    for p in r.problems:
        con.print("    [red]" + esc(_("row {row}, column '{column}': '{value}' is {what}", row=p.row,
                                      column=p.column, value=p.value, what=_(p.message))) + "[/]")


@results_app.command("report")
def results_report(market: Optional[str] = typer.Option(None, "--market", "-m", help="One market (default: every "
                                                                                     "market with results)."),
                   out: Optional[Path] = typer.Option(None, "--out", "-o", help="Also write the report as an HTML "
                                                                                "page (with bar charts)."),
                   db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP)):
    """What wins per market: creatives ranked by CTR, completion and conversion, and each feature's observed rates,
    with 95% intervals."""
    from toolkit.i18n import _
    from toolkit.results import report as rep
    try:
        with _store(db) as store:
            from toolkit.results.learned_report import learned
            doc = rep.build(store, market=market, model=learned)
        if out:
            from toolkit.fsutil import atomic_write_text
            atomic_write_text(out, rep.to_html(doc))
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        _fail(exc)
    from rich.console import Console
    con = Console(soft_wrap=True, highlight=False)
    for line in rep.to_text(doc):
        con.print(esc(line))
    if out:
        con.print(esc(_("Report page: {path}", path=Path(out).resolve())))
