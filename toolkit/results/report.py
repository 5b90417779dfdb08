"""`ctk results report`: per market, what wins, from the observed results alone: creatives ranked by CTR,
completion and conversion (with their counts and a 95% interval), and each feature value's pooled rate.

`build(store, model=None)` makes the report as a dict; `to_text` and `to_html` show it. A model (the pooled
Bayesian one, toolkit/results/model.py) plugs in through `model`: a callable taking the observations and
returning a JSON-able dict, kept under doc["model"] and shown as its own section; without one the report is
the observed figures only, and says so."""
from __future__ import annotations

import datetime as dt
import html
import math

from .features import FEATURES
from .records import METRICS

TOTALS = {"impressions": "impressions", "views": "views", "views_6s": "6-s views", "clicks": "clicks",
          "add_to_cart": "add to cart", "orders": "orders", "gmv": "GMV", "cost": "cost"}
SKIPPED = ("opening_chars",)          # a quantity with a value per creative: its bucket (opening_length) is shown
METRIC_NAMES = {"ctr": "CTR (clicks / impressions)", "completion": "completion (6-s views / views)",
                "conversion": "conversion (orders / clicks)"}


def wilson(s: int, n: int, z: float = 1.96) -> tuple[float, float, float]:
    """Observed rate and its 95% Wilson interval (honest with few trials: 0 of 3 is 0 to 56%, not 0)."""
    if n <= 0:
        return 0.0, 0.0, 1.0
    p = s / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return p, max(0.0, (c - h) / d), min(1.0, (c + h) / d)


def _rate(s: int, n: int) -> dict:
    p, lo, hi = wilson(s, n)
    return {"successes": s, "trials": n, "rate": p, "low": lo, "high": hi}


def _value(name: str, v) -> str | None:
    if name in SKIPPED or v is None:
        return None
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else f"{v:g}"
    return str(v)


def _market(market: str, obs: list, registered: int, top: int) -> dict:
    out = {"market": market, "registered": registered, "creatives": len(obs), "metrics": {}}
    totals = {k: 0 for k in ("impressions", "views", "views_6s", "clicks", "add_to_cart", "orders")}
    totals.update(gmv=0.0, cost=0.0)
    for o in obs:
        for k in totals:
            totals[k] += getattr(o.outcome, k)
    out["totals"] = totals
    days = sorted(d for o in obs for d in (o.outcome.first_day, o.outcome.last_day) if d)
    out["period"] = [days[0], days[-1]] if days else None
    for metric in METRICS:
        rows = []
        for o in obs:
            s, n = o.outcome.trials(metric)
            if n > 0:
                rows.append({"creative_id": o.creative.creative_id, "product_id": o.creative.product_id,
                             "variant": o.creative.variant, "hook_type": o.creative.features.get("hook_type"),
                             **_rate(s, n)})
        # ranked by the interval's lower end: 3 of 10 does not beat 300 of 1,000 by luck
        rows.sort(key=lambda r: (-r["low"], -r["rate"], r["creative_id"]))
        s_all = sum(r["successes"] for r in rows)
        n_all = sum(r["trials"] for r in rows)
        feats: dict[str, dict[str, list[int]]] = {}
        for o in obs:
            s, n = o.outcome.trials(metric)
            if n <= 0:
                continue
            names = list(FEATURES) + sorted(k for k in o.creative.features if k not in FEATURES)
            for name in names:
                v = _value(name, o.creative.features.get(name))
                if v is None:
                    continue
                cell = feats.setdefault(name, {}).setdefault(v, [0, 0, 0])
                cell[0] += s
                cell[1] += n
                cell[2] += 1
        features = {name: sorted(({"value": v, "creatives": c, **_rate(s, n)} for v, (s, n, c) in vals.items()),
                                 key=lambda r: -r["rate"]) for name, vals in feats.items()}
        out["metrics"][metric] = {"overall": _rate(s_all, n_all), "creatives": rows[:top], "ranked": len(rows),
                                  "features": features}
    return out


def build(store, model=None, market: str | None = None, top: int = 10) -> dict:
    """The report of a results store: observed figures per market (and `model(observations)` when given)."""
    obs = store.observations([market] if market else None)
    creatives = store.creatives(market.lower() if market else None)
    markets = sorted({o.creative.market for o in obs} | ({market.lower()} if market else set()))
    doc = {"generated": dt.datetime.now().isoformat(timespec="seconds"), "store": str(store.path),
           "imports": len(store.imports()), "registered": len(creatives), "market": market,
           "markets": [_market(m, [o for o in obs if o.creative.market == m],
                               sum(1 for c in creatives if c.market == m), top) for m in markets],
           "model": model(obs) if model is not None else None}
    return doc


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%" if x >= 0.001 or x == 0 else f"{100 * x:.2f}%"


def to_text(doc: dict) -> list[str]:
    from ..i18n import _
    lines = [_("Results store {path}: {n} creatives registered, {imports} report(s) imported",
               path=doc["store"], n=doc["registered"], imports=doc["imports"])]
    if not any(m["creatives"] for m in doc["markets"]):
        lines.append(_("No results yet: import a report with 'ctk results import FILE'"))
        return lines
    for m in doc["markets"]:
        period = f" ({m['period'][0]} – {m['period'][1]})" if m.get("period") else ""
        lines.append("")
        lines.append(_("{market}: {n} creatives with results of {registered} registered", market=m["market"],
                       n=m["creatives"], registered=m["registered"]) + period)
        for metric, d in m["metrics"].items():
            o = d["overall"]
            if not o["trials"]:
                continue
            lines.append(f"  {_(METRIC_NAMES[metric])}: {_pct(o['rate'])} ({o['successes']:,}/{o['trials']:,})")
            for r in d["creatives"][:5]:
                lines.append(f"    {r['creative_id']} {r['product_id']} v{r['variant']} {r['hook_type'] or ''}: "
                             f"{_pct(r['rate'])} [{_pct(r['low'])}–{_pct(r['high'])}] "
                             f"({r['successes']:,}/{r['trials']:,})")
            for name in ("hook_type", "festival", "discount", "length"):
                vals = d["features"].get(name) or []
                if len(vals) > 1:
                    lines.append(f"    {name}: " + ", ".join(f"{v['value']} {_pct(v['rate'])} "
                                                               f"[{_pct(v['low'])}–{_pct(v['high'])}] n={v['creatives']}"
                                                               for v in vals))
    if doc.get("model") is None:
        lines.append("")
        lines.append(_("Observed rates with 95% intervals; no model was applied."))
    elif "learned" in doc["model"]:
        from .learned_report import lines as learned_lines
        lines += learned_lines(doc["model"])
    return lines


# ---- the HTML page ---------------------------------------------------------------------------------------------
def _bars(rows: list[dict], label) -> str:
    """Horizontal bars of observed rates with their 95% interval as a whisker, drawn as inline SVG."""
    if not rows:
        return ""
    q = html.escape
    w, left, right, h = 700, 190, 190, 20
    top = max(r["high"] for r in rows) or 1.0
    scale = (w - left - right) / top
    parts = [f'<svg class="bars" width="{w}" height="{h * len(rows) + 6}" role="img" '
             f'aria-label="{q(label)}"><g stroke="#1a1a1a" stroke-width="1.2">']
    for i, r in enumerate(rows):
        y = i * h + 3
        x1, xl, xh = left + r["rate"] * scale, left + r["low"] * scale, left + r["high"] * scale
        parts.append(f'<text x="{left - 6}" y="{y + 13}" text-anchor="end" stroke="none">{q(str(r["label"])[:40])}</text>'
                     f'<rect x="{left}" y="{y + 3}" width="{max(0.5, x1 - left):.1f}" height="{h - 8}" fill="#9ab8d8" stroke="none"/>'
                     f'<line x1="{xl:.1f}" x2="{xh:.1f}" y1="{y + h / 2:.1f}" y2="{y + h / 2:.1f}"/>'
                     f'<line x1="{xl:.1f}" x2="{xl:.1f}" y1="{y + 5}" y2="{y + h - 5}"/>'
                     f'<line x1="{xh:.1f}" x2="{xh:.1f}" y1="{y + 5}" y2="{y + h - 5}"/>'
                     f'<text x="{w - right + 8}" y="{y + 13}" stroke="none">{_pct(r["rate"])} '
                     f'({r["successes"]:,}/{r["trials"]:,})</text>')
    parts.append("</g></svg>")
    return "".join(parts)


PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><meta name="generator" content="ctk">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title><style>
body{{font:14px/1.45 system-ui,-apple-system,"Noto Sans","Noto Sans CJK SC",sans-serif;margin:24px;color:#1a1a1a}}
h1{{font-size:22px}} h2{{font-size:18px;margin-top:32px;border-bottom:1px solid #ddd}} h3{{font-size:15px}}
table{{border-collapse:collapse;margin:6px 0 14px}} td,th{{border-bottom:1px solid #eee;padding:3px 8px;text-align:left}}
td.n{{text-align:right;font-variant-numeric:tabular-nums}} .note{{color:#555}} code{{font-size:13px}}
svg.bars text{{font-size:12px;fill:#1a1a1a;stroke:none}}
.feat{{display:inline-block;vertical-align:top;margin:0 24px 12px 0}}
</style></head><body><h1>{title}</h1><p class="note">{subtitle}</p>{body}</body></html>"""


def to_html(doc: dict) -> str:
    from ..i18n import _, language
    q = html.escape
    body = []
    if not any(m["creatives"] for m in doc["markets"]):
        body.append(f"<p>{q(_('No results yet: import a report with ctk results import FILE'))}</p>")
    for m in doc["markets"]:
        period = f" · {m['period'][0]} – {m['period'][1]}" if m.get("period") else ""
        body.append(f'<h2 id="m-{q(m["market"])}">{q(m["market"])}</h2><p class="note">' +
                    q(_("{n} creatives with results of {registered} registered", n=m["creatives"],
                        registered=m["registered"]) + period) + "</p>")
        t = m["totals"]
        body.append("<table><tr>" + "".join(f"<th>{q(_(TOTALS[k]))}</th>" for k in t) + "</tr><tr>" +
                    "".join(f'<td class="n">{v:,.2f}</td>' if isinstance(v, float) else f'<td class="n">{v:,}</td>'
                            for v in t.values()) + "</tr></table>")
        for metric, d in m["metrics"].items():
            o = d["overall"]
            body.append(f"<h3>{q(_(METRIC_NAMES[metric]))}: {_pct(o['rate'])} "
                        f"({o['successes']:,}/{o['trials']:,})</h3>")
            if not o["trials"]:
                body.append(f'<p class="note">{q(_("no data"))}</p>')
                continue
            body.append(f'<p class="note">{q(_("Creatives ranked by the lower end of the 95% interval ({n} with data)", n=d["ranked"]))}</p>')
            body.append("<table><tr>" + "".join(f"<th>{q(_(h))}</th>" for h in (
                "creative", "product", "variant", "hook", "rate", "95% interval", "of")) + "</tr>")
            for r in d["creatives"]:
                body.append(f"<tr><td><code>{q(r['creative_id'])}</code></td><td>{q(r['product_id'])}</td>"
                            f'<td class="n">{r["variant"]}</td><td>{q(str(r["hook_type"] or ""))}</td>'
                            f'<td class="n">{_pct(r["rate"])}</td><td class="n">{_pct(r["low"])} – {_pct(r["high"])}</td>'
                            f'<td class="n">{r["successes"]:,}/{r["trials"]:,}</td></tr>')
            body.append("</table>")
            for name, vals in d["features"].items():
                if len(vals) < 2:
                    continue                      # one value everywhere: nothing to compare
                rows = [dict(v, label=f"{v['value']} (n={v['creatives']})") for v in vals]
                body.append(f'<div class="feat"><b>{q(name)}</b><br>'
                            f'{_bars(rows, f"{metric} by {name}")}</div>')
    if doc.get("model") is not None and "learned" in doc["model"]:
        from .learned_report import html as learned_html
        body.append(learned_html(doc["model"], q))
    elif doc.get("model") is not None:
        body.append(f"<h2>{q(_('Model'))}</h2><pre>{q(__import__('json').dumps(doc['model'], indent=1, ensure_ascii=False, default=str))}</pre>")
    else:
        body.append(f'<p class="note">{q(_("Observed rates with 95% intervals; no model was applied."))}</p>')
    sub = _("Results store {path}: {n} creatives registered, {imports} report(s) imported", path=doc["store"],
            n=doc["registered"], imports=doc["imports"]) + f" · {doc['generated']}"
    return PAGE.format(lang=q(language()), title=q(_("ctk results")), subtitle=q(sub), body="\n".join(body))


def product_results(store, product_id: str, market: str | None = None) -> list[dict]:
    """One row per creative of a product (in one market, or all): its outcome and observed rates with 95%
    intervals; creatives without results yet have zero counts. The editor's results view shows these."""
    outs = store.outcomes()
    rows = []
    for c in store.creatives(market=market, product=product_id):
        o = outs.get(c.creative_id)
        row = {"creative_id": c.creative_id, "market": c.market, "variant": c.variant,
               "hook_type": c.features.get("hook_type"), "festival": c.features.get("festival"),
               "has_results": o is not None}
        for k in ("impressions", "views", "views_6s", "clicks", "add_to_cart", "orders", "gmv", "cost"):
            row[k] = getattr(o, k) if o else 0
        row["days"] = [o.first_day, o.last_day] if o and o.first_day else None
        for metric in METRICS:
            row[metric] = _rate(*o.trials(metric)) if o else None
        rows.append(row)
    rows.sort(key=lambda r: (r["market"], not r["has_results"], r["variant"], r["creative_id"]))
    return rows
