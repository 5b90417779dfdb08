"""DIR/index.html: a static page (no server, no network) with a card per bundle: cover, status, findings,
links to the video, caption, subtitles and report; filters by market, status and severity."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from typing import TYPE_CHECKING

from .errors import CtkError
from .fsutil import atomic_write_text

if TYPE_CHECKING:
    from .markets import MarketProfile
    from .model import Product

PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="generator" content="ctk"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t_title}</title>
<style>
:root {{ font-family: system-ui, "Noto Sans", sans-serif; color: #1d1d1f; background: #f5f5f7; }}
body {{ margin: 0; padding: 24px; }}
h1 {{ margin: 0 0 4px; font-size: 22px; }}
.totals {{ display: flex; gap: 12px; flex-wrap: wrap; margin: 12px 0 16px; }}
.total {{ background: #fff; border-radius: 10px; padding: 10px 14px; box-shadow: 0 1px 3px #0001; }}
.total b {{ font-size: 20px; display: block; }}
.filters {{ display: flex; gap: 10px; flex-wrap: wrap; align-items: center; margin-bottom: 16px; }}
.filters select {{ padding: 6px 8px; border-radius: 8px; border: 1px solid #ccc; background: #fff; }}
.grid {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 14px; }}
.card {{ background: #fff; border-radius: 12px; overflow: hidden; box-shadow: 0 1px 3px #0002; font-size: 13px; }}
.card img {{ width: 100%; aspect-ratio: 9 / 16; object-fit: cover; display: block; background: #ddd; }}
.card .noimg {{ width: 100%; aspect-ratio: 9 / 16; display: flex; align-items: center; justify-content: center;
  background: #eee; color: #888; }}
.meta {{ padding: 8px 10px; }}
.meta .title {{ font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }}
.badge {{ display: inline-block; border-radius: 6px; padding: 1px 6px; margin: 3px 3px 0 0; font-size: 11px; }}
.s-rendered, .s-skipped {{ background: #d9f2e3; }} .s-failed, .s-blocked {{ background: #fbd5d5; }} .s-unfit {{ background: #fdeec8; }}
.fit {{ background: #fff; border-radius: 10px; padding: 10px 14px; margin-bottom: 16px; box-shadow: 0 1px 3px #0001; overflow-x: auto; }}
.fit table {{ border-collapse: collapse; font-size: 12px; }} .fit th, .fit td {{ padding: 3px 6px; text-align: center; }}
.fit td.p {{ text-align: left; white-space: nowrap; }} .v-go {{ background: #d9f2e3; }} .v-check {{ background: #fdeec8; }}
.v-no-go {{ background: #fbd5d5; font-weight: 600; }} .fit ul {{ margin: 8px 0 0; padding-left: 18px; font-size: 12px; }}
.e {{ background: #fbd5d5; }} .w {{ background: #fdeec8; }} .i {{ background: #e3eefb; }}
.links a {{ margin-right: 6px; color: #0a58ca; text-decoration: none; }}
.hidden {{ display: none; }}
</style></head><body>
<h1>{t_title}</h1>
<div>{subtitle}</div>
<div class="totals">{totals}</div>
{fit}
<div class="filters">
 <label>{t_market} <select id="f-market"><option value="">{t_all}</option>{market_opts}</select></label>
 <label>{t_status} <select id="f-status"><option value="">{t_all}</option>{status_opts}</select></label>
 <label>{t_findings} <select id="f-sev"><option value="">{t_any}</option><option value="error">{t_with_errors}</option>
   <option value="warning">{t_with_warnings}</option><option value="clean">{t_clean}</option></select></label>
 <span id="shown"></span>
</div>
<div class="grid" id="grid">{cards}</div>
<script>
const cards = Array.from(document.querySelectorAll('.card'));
function apply() {{
  const m = document.getElementById('f-market').value, s = document.getElementById('f-status').value,
        v = document.getElementById('f-sev').value;
  let n = 0;
  for (const c of cards) {{
    const e = +c.dataset.errors, w = +c.dataset.warnings;
    const ok = (!m || c.dataset.market === m) && (!s || c.dataset.status === s) &&
      (!v || (v === 'error' && e > 0) || (v === 'warning' && w > 0) || (v === 'clean' && e === 0 && w === 0));
    c.classList.toggle('hidden', !ok); if (ok) n++;
  }}
  document.getElementById('shown').textContent = {t_shown};
}}
for (const id of ['f-market', 'f-status', 'f-sev']) document.getElementById(id).addEventListener('change', apply);
apply();
</script>
</body></html>
"""


_SAFE_REL = re.compile(r"[a-z0-9][a-z0-9._-]{0,80}/[a-z0-9][a-z0-9._-]{0,80}")


def _safe_rel(out: Path, rel) -> str | None:
    """A bundle path from the manifest, only if it is a plain market/product folder inside OUT: a crafted
    manifest never puts a javascript: URL or a path outside the folder into the page."""
    rel = str(rel or "")
    if not _SAFE_REL.fullmatch(rel) or ".." in rel:
        return None
    target = (Path(out) / rel).resolve()
    return rel if Path(out).resolve() in target.parents else None


def _card(out: Path, b: dict) -> str:
    rel = _safe_rel(out, b.get("path") or f"{b.get('market')}/{b.get('product')}")
    folder = out / rel if rel else Path("/nonexistent-ctk")
    f = b.get("findings", {}) or {}
    e, w, i = f.get("error", 0), f.get("warning", 0), f.get("info", 0)
    title = b["product"]
    cov = ""
    try:
        rep = json.loads((folder / "report.json").read_text("utf-8"))
        e, w, i = (rep["summary"].get(k, 0) for k in ("error", "warning", "info"))
        fc = rep.get("facts") or {}
        if fc.get("found") is not None:
            cov = (f'<span class="badge i" title="facts stated in the script: '
                   f'{html.escape(", ".join(fc.get("used", [])))}; not used: '
                   f'{html.escape(", ".join(fc.get("unused", [])))}">facts {fc.get("concrete_used", 0)}/'
                   f'{len(fc.get("found", []))}</span>')
        sj = json.loads((folder / "script.json").read_text("utf-8"))
        title = sj.get("facts", {}).get("name") or title
    except (OSError, ValueError, KeyError):
        pass
    q = html.escape
    from urllib.parse import quote
    url = quote(rel or "")
    cover = (f'<img loading="lazy" src="{q(url)}/cover.jpg" alt="{q(title)}">' if rel and (folder / "cover.jpg").exists()
             else f'<div class="noimg">{q(b.get("status", ""))}</div>')
    links = [(n, f) for n, f in (("video", "video.mp4"), ("caption", "caption.txt"), ("srt", "subtitles.srt"),
                                 ("vtt", "subtitles.vtt"), ("report", "report.md")) if rel and (folder / f).exists()]
    link_html = "".join(f'<a href="{q(url)}/{f}">{n}</a>' for n, f in links)
    err = f'<div class="badge e" title="{q(b.get("error", ""))}">{q((b.get("error") or "")[:80])}</div>' if b.get("error") else ""
    return (f'<div class="card" data-market="{q(b["market"])}" data-status="{q(b["status"])}" data-errors="{e}" '
            f'data-warnings="{w}">{cover}<div class="meta"><div class="title" title="{q(title)}">{q(title)}</div>'
            f'<div>{q(b["market"])} · {q(b["product"])}</div>'
            f'<span class="badge s-{q(b["status"])}">{q(b["status"])}</span>'
            f'<span class="badge e">{e} err</span><span class="badge w">{w} warn</span><span class="badge i">{i} info</span>'
            f'{cov}{err}<div class="links">{link_html}</div></div></div>')


def fact_coverage(out: Path, bundles: list[dict]) -> dict[str, tuple[int, int]]:
    """market -> (facts stated in scripts, facts found in the catalog), summed over its bundles."""
    cov: dict[str, list[int]] = {}
    for b in bundles:
        rel = _safe_rel(out, b.get("path") or f"{b.get('market')}/{b.get('product')}")
        if rel is None:
            continue
        try:
            fc = json.loads((Path(out) / rel / "report.json").read_text("utf-8")).get("facts") or {}
        except (OSError, ValueError):
            continue
        if fc.get("found") is None:
            continue
        c = cov.setdefault(b["market"], [0, 0])
        c[0] += fc.get("concrete_used", 0)
        c[1] += len(fc.get("found", []))
    return {m: (u, f) for m, (u, f) in cov.items()}


def build_report(out: str | Path) -> Path:
    """Write OUT/index.html from OUT/manifest.json; returns its path."""
    out = Path(out)
    mpath = out / "manifest.json"
    try:
        man = json.loads(mpath.read_text("utf-8"))
    except FileNotFoundError:
        raise CtkError("no manifest.json here", file=str(out), hint="pass the --out folder of a 'ctk render' run") from None
    except ValueError:
        raise CtkError("manifest.json is not valid JSON", file=str(mpath), hint="render again to rebuild it") from None
    bundles = man.get("bundles", [])
    markets = sorted({b["market"] for b in bundles})
    statuses = sorted({b["status"] for b in bundles})
    count = {s: sum(1 for b in bundles if b["status"] == s) for s in statuses}
    q = html.escape
    from .i18n import _
    totals = [(_("bundles"), len(bundles)), (_("markets"), len(markets)),
              (_("products"), len({b["product"] for b in bundles}))] + [(_(s), n) for s, n in count.items()]
    for m, (used, found) in sorted(fact_coverage(out, bundles).items()):
        totals.append((_("{m} facts used", m=m), f"{round(100 * used / found)}%" if found else "-"))
    from .i18n import language
    shown = _("{n} of {total} bundles")                 # JS fills n and total: "9 of 9 bundles", "共 9 个，显示 9 个"
    shown = "'" + shown.replace("'", "\\'").replace("{n}", "' + n + '").replace("{total}", "' + cards.length + '") + "'"
    words = {f"t_{k}": q(_(v)) for k, v in (("title", "ctk report"), ("market", "Market"), ("status", "Status"),
             ("findings", "Findings"), ("all", "all"), ("any", "any"), ("with_errors", "with errors"),
             ("with_warnings", "with warnings"), ("clean", "no errors or warnings"))}
    page = PAGE.format(lang=q(language()), t_shown=shown, **words,
        subtitle=q(f"{', '.join(i['file'] for i in man.get('inputs', []))} · ctk {man.get('toolkit', '')} · "
                   f"{man.get('created', '')}"),
        totals="".join(f'<div class="total"><b>{n}</b>{q(k)}</div>' for k, n in totals),
        market_opts="".join(f'<option value="{q(m)}">{q(m)}</option>' for m in markets),
        status_opts="".join(f'<option value="{q(s)}">{q(_(s))}</option>' for s in statuses),
        cards="".join(_card(out, b) for b in bundles), fit=fit_section(out))
    path = out / "index.html"
    atomic_write_text(path, page)
    return path


def _fix() -> str:
    from .i18n import _
    return _("Fix:")


def fit_section(out: Path) -> str:
    """The market-fit matrix of the run (OUT/fit.json, written by render): go / check / no-go per product and
    market, each cell's reasons in its tooltip, and each reason once below with its fix."""
    try:
        doc = json.loads((Path(out) / "fit.json").read_text("utf-8"))
        cells = {(c["product"], c["market"]): c for c in doc["cells"]}
        markets = [str(m) for m in doc["markets"]]
        products = [(str(p["id"]), str(p.get("title", ""))) for p in doc["products"]]
    except (OSError, ValueError, KeyError, TypeError):
        return ""
    q = html.escape
    head = "".join(f"<th>{q(m)}</th>" for m in markets)
    rows, reasons = [], {}
    for pid, title in products:
        tds = []
        for m in markets:
            c = cells.get((pid, m)) or {"verdict": "go", "findings": []}
            v = c.get("verdict") if c.get("verdict") in ("go", "check", "no-go") else "go"
            tip = "; ".join(str(f.get("message", "")) for f in c.get("findings", []))
            tds.append(f'<td class="v-{v}" title="{q(tip)}">{q(v)}</td>')
            for f in c.get("findings", []):
                r = reasons.setdefault(str(f.get("code", "")), [f, []])
                r[1].append(f"{pid}/{m}")
        rows.append(f'<tr><td class="p" title="{q(title)}">{q(pid)}</td>{"".join(tds)}</tr>')
    items = "".join(f'<li><b>{q(code)}</b> ({len(where)}): {q(str(f.get("message", "")))}'
                    + (f' <i>{q(_fix())} {q(str(f.get("fix")))}</i>' if f.get("fix") and f.get("severity") != "info" else "")
                    + "</li>" for code, (f, where) in sorted(reasons.items()))
    from .i18n import _
    return (f'<div class="fit" id="fit"><b>{q(_("Market fit on {date}", date=str(doc.get("date", ""))))}</b>'
            f'<table><tr><th></th>{head}</tr>{"".join(rows)}</table><ul>{items}</ul></div>')


def report_markdown(product: Product, market: MarketProfile, report: dict) -> str:
    """report.json as a page a seller can read. Catalog text is Markdown-escaped: a title's `<script>` or
    `[link](javascript:…)` is shown as text, never rendered."""
    md = _md_escape
    lines = [f"# {md(product.title)} / {market.name} ({market.code})", ""]
    s = report["summary"]
    lines.append(f"{s.get('error', 0)} errors, {s.get('warning', 0)} warnings, {s.get('info', 0)} notes. "
                 f"Campaign date {report['campaign_date']}" + (f", themed for {md(report['festival']['name'])}"
                                                                if report.get("festival") else "") + ".")
    lines.append("")
    for sev in ("error", "warning", "info"):
        items = [f for f in report["findings"] if f["severity"] == sev]
        if not items:
            continue
        lines.append(f"## {sev.capitalize()}s" if sev != "info" else "## Notes")
        lines.append("")
        for f in items:
            lines.append(f"- **{md(f['code'])}** ({md(f.get('where', ''))}): {md(f['message'])}")
            if f.get("fixed"):
                lines.append(f"  - auto-fixed: {md(f['fixed'])}")
            if f.get("segment"):
                lines.append(f"  - text: \"{md(f['segment'][:200])}\"")
            if f.get("fix") and not f.get("fixed"):
                lines.append(f"  - fix: {md(f['fix'])}")
            if f.get("source"):
                lines.append(f"  - source: {md(f['source'])}")
        lines.append("")
    return "\n".join(lines)

def _md_escape(text) -> str:
    """Markdown-safe text: HTML brackets as entities, Markdown punctuation backslashed, one line."""
    t = str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = re.sub(r"([\\`*_{}\[\]()#+!|~])", r"\\\1", t)
    return " ".join(t.split())
