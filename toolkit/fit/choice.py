"""The festival a product is themed for: the market's own, unless the fit rules match the product to another
festival in its campaign window (issue 17: "the festival choice prefers products that fit the festival")."""

from __future__ import annotations

from ..model import Finding


def fitting_festival(fit, product, market, opts, fest, mfind):
    """The festival choice prefers what the product fits: with festival auto, a product the fit rules match to
    another festival in its campaign window now (red goods before Tết, gift sets before Chuseok) is themed for it."""
    cell = fit.cell(product.id, market.code) if fit is not None and opts.festival_for(market.code) == "auto" else None
    wanted = [f.term for f in (cell.findings if cell else ()) if f.code.startswith("fit.festival.") and f.term]
    if not wanted or (fest is not None and fest.id in wanted):
        return fest, mfind
    from .. import festivals
    try:
        occ = festivals.force(market, wanted[0], opts.day(), opts.calendar).at(opts.day())
    except Exception:                    # noqa: BLE001 - not observed here: the market's own theme stays
        return fest, mfind
    why = Finding(code="festival.fit", severity="info", where="script", source=occ.source,
                  message=f"themed for {occ.name}, which this product fits (market fit), instead of "
                          f"{fest.name if fest else 'no festival'}")
    return occ, [f for f in mfind if f.code != "festival.theme"] + [why]
