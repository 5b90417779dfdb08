"""`ctk plan -m vn --from th`: what to replicate into a new market and what to test there, from the results
store; `ctk learn -o MODEL.json`: the fitted model `ctk render --learned` reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .common import _fail, _load_or_fail, app


def _observations(db: Optional[Path]):
    """Every creative with results in the store (R1's toolkit/results/store.py)."""
    from toolkit.errors import CtkError
    if db is not None and not Path(db).is_file():
        raise CtkError("no results store here", file=str(db),
                       hint="import the platform's reports first: ctk results import FILE --db PATH")
    try:
        from toolkit.results.store import ResultsStore
    except ImportError:
        raise CtkError("this build of ctk has no results store", hint="update ctk; results come with 'ctk results import'") from None
    store = ResultsStore(db)
    try:
        return store.observations()
    finally:
        close = getattr(store, "close", None)
        if close:
            close()


def _market(code: str) -> str:
    """One shipped market, checked as `ctk render --markets` checks its list: the same "unknown market 'xx'
    (known markets: ...)" error, exit code 2."""
    from toolkit.errors import ConfigError
    from toolkit.markets import available_markets
    known = available_markets()
    c = str(code or "").strip().lower()
    if c == "all" or "," in c:
        raise ConfigError(f"--market and --from take one market code each, not '{code}'",
                          hint="known markets: " + ", ".join(known))
    if c not in known:
        raise ConfigError(f"unknown market '{c}'", hint="known markets: " + ", ".join(known))
    return c


DB_HELP = ("Results store file. Without --db: $CTK_RESULTS if set, else results.sqlite beside the translation "
           "memory; --db wins over CTK_RESULTS.")


@app.command()
def plan(
    market: str = typer.Option(..., "--market", "-m", help="The market to launch in, e.g. vn."),
    source: str = typer.Option(..., "--from", help="The market whose results to learn from, e.g. th."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    catalog: Optional[Path] = typer.Option(None, "--catalog", help="Only creatives of this catalog's products (the ones being launched)."),
    variants: int = typer.Option(5, "--variants", min=2, max=8, help="Variants per bundle in the new market (what the test shares count in)."),
    top: int = typer.Option(5, "--top", min=0, max=50, help="How many creatives to propose for replication."),
    as_json: bool = typer.Option(False, "--json", help="The plan as JSON (effects with their intervals)."),
):
    """Pilot in one market, replicate what wins: which features and creatives to carry into a new market and
    which to test, with the evidence (pooled across every market with results)."""
    try:
        from toolkit.results.plan import plan as make_plan
        market, source = _market(market), _market(source)
        products = None
        if catalog is not None:
            products = {p.id for p in _load_or_fail(catalog, None, None).products}
        p = make_plan(_observations(db), market, source, variants=variants, products=products, top=top)
        typer.echo(json.dumps(p.to_dict(), ensure_ascii=False, indent=1) if as_json else p.text())
    except typer.Exit:
        raise
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        _fail(exc)


@app.command()
def learn(
    out: Path = typer.Option(..., "--out", "-o", help="Where to write the model (JSON), for ctk render --learned."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    markets: Optional[str] = typer.Option(None, "--markets", help="Only these markets' results (comma-separated); default all."),
):
    """Fit the pooled model of which creative features win (CTR, completion, conversion) and save it."""
    try:
        from toolkit.i18n import _
        from toolkit.results.fitted import save
        from toolkit.results.model import fit_all
        obs = _observations(db)
        if markets:
            wanted = {m.strip().lower() for m in markets.split(",") if m.strip()}
            obs = [o for o in obs if o.creative.market.lower() in wanted]
        models = fit_all(obs)
        save(models, out)
        for metric, f in models.items():
            typer.echo(_("{metric}: {n} creatives, {products} products, markets {markets}; overdispersion x{phi}",
                         metric=metric, n=f.n_obs, products=f.n_products, markets=", ".join(f.markets), phi=f"{f.phi:.1f}"))
        typer.echo(_("Model written to {path}; use it with: ctk render CATALOG --learned {path}", path=out))
    except typer.Exit:
        raise
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        _fail(exc)
