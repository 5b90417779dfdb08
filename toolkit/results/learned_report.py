"""The model's section of `ctk results report`: per market, what each creative feature does to CTR and conversion
by the pooled Bayesian model (toolkit/results/model.py), with its 90% interval, strongest first, so the page
answers "what wins here, and how sure are we" beyond the observed rates. `report.build(store, model=learned)`."""
from __future__ import annotations

METRICS = ("ctr", "conversion")


def learned(observations, top: int = 6) -> dict | None:
    """{"learned": {metric: {market: [{"label", "text", "ratio", "lo", "hi", "sure", "n"}]}}}, or None without
    enough results to fit (the report then shows the observed rates only)."""
    from ..errors import InputError
    from .model import fit
    from .plan import SKIP, label
    out: dict = {}
    for metric in METRICS:
        try:
            f = fit(observations, metric=metric)
        except InputError:
            continue
        per: dict = {}
        for m in f.markets:
            rows = []
            for e in f.effects(m):
                if not e.tried or e.feature in SKIP:      # "facts used" is one product's, not a lesson
                    continue
                rows.append({"label": label(e.feature, e.value), "text": e.text(), "ratio": round(e.ratio, 4),
                             "lo": round(e.ratio_lo, 4), "hi": round(e.ratio_hi, 4), "n": e.n,
                             "sure": e.ratio_lo > 1 or e.ratio_hi < 1})       # the 90% interval excludes "no effect"
            rows.sort(key=lambda r: (not r["sure"], -abs(r["ratio"] - 1)))
            per[m] = rows[:top]
        out[metric] = per
    return {"learned": out} if out else None


def lines(model: dict) -> list[str]:
    """The section as text lines (report.to_text)."""
    from ..i18n import _
    out = ["", _("What the model learned (pooled across markets; 90% intervals; * = the interval excludes no effect):")]
    for metric, per in model.get("learned", {}).items():
        for market, rows in per.items():
            for r in rows:
                out.append(f"  {market} {'*' if r['sure'] else ' '} {r['label']}: {r['text']}")
    return out


def html(model: dict, q) -> str:
    """The section as an HTML table (report.to_html); `q` escapes text."""
    from ..i18n import _
    rows = [f"<tr><td>{q(m)}</td><td>{q(r['label'])}</td><td>{q(r['text'])}</td>"
            f"<td>{'✓' if r['sure'] else ''}</td></tr>"
            for per in model.get("learned", {}).values() for m, rs in per.items() for r in rs]
    head = (f"<h2>{q(_('What the model learned'))}</h2><p class=\"note\">"
            f"{q(_('Pooled across markets, so a market with few results borrows from the others; 90% intervals. ✓: the interval excludes no effect.'))}</p>")
    return head + "<table><tr><th></th><th></th><th></th><th>✓</th></tr>" + "".join(rows) + "</table>"
