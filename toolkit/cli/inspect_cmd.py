"""Commands that read and check without rendering: facts, check, markets, report, preview, verify,
festivals, lint, rules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .common import _check_date, _fail, _lexicons, _load_or_fail, _resolve, _select, app, esc

@app.command()
def facts(
    input: Path = typer.Argument(..., help="Catalog file (or .ctkproj) to read."),
    as_json: bool = typer.Option(False, "--json", help="Print as JSON."),
    products: Optional[str] = typer.Option(None, "--products", help="Only these product ids (comma-separated)."),
    market: Optional[str] = typer.Option(None, "--market", "-m", help="Also show how one market names and sells the facts."),
    lexicon: Optional[list[Path]] = typer.Option(None, "--lexicon", help="Your own term lexicon (TOML); repeatable."),
    source_lang: Optional[str] = typer.Option(None, "--source-lang"),
    currency: Optional[str] = typer.Option(None, "--currency", help="Currency of the prices when the file does not say."),
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
    currency: Optional[str] = typer.Option(None, "--currency", help="Currency of the prices when the file does not say."),
    columns: Optional[str] = typer.Option(None, "--columns", help="Your spreadsheet's headers for ctk's fields: title=商品名称,price=售价,..."),
):
    """Validate a catalog without rendering: products, variants, images and problems."""
    try:
        cat = _load_or_fail(input, source_lang, currency, columns)
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
    ctx: typer.Context,
    input: Path = typer.Argument(..., help="Catalog file or .ctkproj."),
    markets: str = typer.Option("us", "--markets", "-m"),
    products: Optional[str] = typer.Option(None, "--products", help="Product ids (default: the first product)."),
    out: Path = typer.Option(Path("preview.png"), "--out", "-o", help="Contact sheet PNG to write."),
    date: Optional[str] = typer.Option(None, "--date"),
    style: str = typer.Option("clean", "--style"),
    brand_kit: Optional[Path] = typer.Option(None, "--brand-kit"),
    currency: Optional[str] = typer.Option(None, "--currency", help="Currency of the prices when the file does not say."),
):
    """A contact sheet PNG of key frames (cover and every scene) per market, without encoding video."""
    try:
        from toolkit.contact import contact_sheet
        opts, catalog_path = _resolve(ctx, input, video=False, out=Path("."))
        cat = _load_or_fail(catalog_path, opts.source_lang, opts.currency, opts.columns or None)
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
    ctx: typer.Context,
    input: Path = typer.Argument(..., help="Catalog file or .ctkproj."),
    markets: str = typer.Option("us", "--markets", "-m", help="Market codes, comma-separated, or 'all'."),
    date: Optional[str] = typer.Option(None, "--date", help="Campaign date (YYYY-MM-DD); default today."),
    sponsored: bool = typer.Option(False, "--sponsored/--no-sponsored"),
    festival: str = typer.Option("auto", "--festival"),
    calendar: Optional[Path] = typer.Option(None, "--calendar"),
    fx: Optional[Path] = typer.Option(None, "--fx"),
    source_lang: Optional[str] = typer.Option(None, "--source-lang"),
    currency: Optional[str] = typer.Option(None, "--currency", help="Currency of the prices when the file does not say."),
    severity: str = typer.Option("warning", "--severity", help="Lowest severity to print: error, warning or info."),
    as_json: bool = typer.Option(False, "--json", help="Print findings as JSON."),
):
    """Run the compliance rules on every product and market without rendering."""
    try:
        from toolkit.pipeline import lint_catalog
        opts, catalog_path = _resolve(ctx, input, video=False, out=Path("."))
        catalog = _load_or_fail(catalog_path, opts.source_lang, opts.currency, opts.columns or None)
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
