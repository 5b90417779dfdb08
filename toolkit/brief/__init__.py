"""Creator briefs: per product and market, what a local creator needs to shoot it, in the market's language, and
the seller's side-by-side copy (en or zh-CN next to the market's language).

    build_brief(product, market, opts, ...) -> dict       # toolkit/brief/build.py, from the render's compose
    write_brief(folder, doc, formats)                     # brief.json, brief.md, brief.pdf, brief.seller.md/.pdf
    brief_catalog(catalog, opts, formats, seller_lang)    # every pair into OUT/<market>/<product-id>/

No CLI or GUI code here: `ctk brief` (toolkit/cli/brief_cmd.py) and `ctk render --brief` call the same core."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import CtkError
from .build import build_brief
from .wording import SELLER_LANGS

__all__ = ["FORMATS", "BriefResult", "SELLER_LANGS", "brief_catalog", "brief_product", "build_brief", "parse_formats",
           "write_brief"]

FORMATS = ("md", "pdf", "json")


def parse_formats(value: str | tuple | list) -> tuple[str, ...]:
    fm = value.split(",") if isinstance(value, str) else list(value)
    fm = tuple(dict.fromkeys(f.strip().lower() for f in fm if f and f.strip()))
    bad = [f for f in fm if f not in FORMATS]
    if bad or not fm:
        raise CtkError(f"unknown brief format '{bad[0] if bad else value}'", hint="use md, pdf and/or json")
    return fm


def files_for(formats) -> list[str]:
    out = []
    for f in formats:
        out += {"json": ["brief.json"], "md": ["brief.md", "brief.seller.md"],
                "pdf": ["brief.pdf", "brief.seller.pdf"]}[f]
    return out


def write_brief(folder: Path, doc: dict, formats=FORMATS) -> list[Path]:
    """Write the brief's files into `folder` (atomically, each file)."""
    from ..fsutil import atomic_write_text
    from .markdown import creator_markdown, seller_markdown
    folder = Path(folder)
    written = []
    if "json" in formats:
        data = {k: v for k, v in doc.items() if k not in ("words", "seller_words")}
        atomic_write_text(folder / "brief.json", json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        written.append(folder / "brief.json")
    if "md" in formats:
        atomic_write_text(folder / "brief.md", creator_markdown(doc))
        atomic_write_text(folder / "brief.seller.md", seller_markdown(doc))
        written += [folder / "brief.md", folder / "brief.seller.md"]
    if "pdf" in formats:
        from .pdf import creator_html, seller_html, write_pdf
        for name, page in (("brief.pdf", creator_html(doc)), ("brief.seller.pdf", seller_html(doc))):
            tmp = folder / f".{name}.tmp"
            write_pdf(page, tmp)
            tmp.replace(folder / name)
            written.append(folder / name)
    return written


@dataclass
class BriefResult:
    product: str
    market: str
    status: str                 # written | failed
    path: str | None = None
    verdict: str | None = None
    error: str | None = None

    def to_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


def brief_catalog(catalog, opts, *, out: Path, formats=FORMATS, seller_lang: str = "en",
                  progress=None, jobs: int = 1) -> list[BriefResult]:
    """Every product x market brief into OUT/<market>/<product-id>/. One failing pair is recorded, not raised.
    With jobs > 1 the pairs are written by a process pool (forked: everything is already imported)."""
    from ..markets import load_market
    from .wording import market_words, seller_words
    if seller_lang not in SELLER_LANGS:
        raise CtkError(f"no seller copy in '{seller_lang}'", hint=f"use one of {', '.join(SELLER_LANGS)}")
    markets = [load_market(m) for m in opts.markets]
    for m in markets:
        market_words(m.code)                  # a missing or broken brief.toml is one clear error up front
    seller_words(seller_lang)
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise CtkError("the output path is a file, not a folder", file=str(out), hint="pass a folder to --out")
    from ..batch import _worker_tools
    _worker_tools(opts)                       # a bad translator or glossary fails here, once
    tasks = [(p, m.code, out, tuple(formats), seller_lang, opts) for m in markets for p in catalog.products]
    results: list[BriefResult] = []
    import multiprocessing as mp
    if jobs > 1 and len(tasks) > 1 and "fork" in mp.get_all_start_methods():
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=mp.get_context("fork")) as pool:
            for res in pool.map(_one, tasks, chunksize=2):
                results.append(res)
                if progress:
                    progress(len(results), len(tasks), f"{res.market}/{res.product}")
        return results
    for t in tasks:
        results.append(_one(t))
        if progress:
            progress(len(results), len(tasks), f"{t[1]}/{t[0].id}")
    return results


_THEMES: dict = {}


def _one(task) -> BriefResult:
    """One pair's brief, written; never raises."""
    from ..fsutil import safe_join
    p, code, out, formats, seller_lang, opts = task
    try:
        return brief_product(p, code, safe_join(out, code, p.id), opts, formats, seller_lang)
    except CtkError as exc:
        return BriefResult(p.id, code, "failed", error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad pair never stops the others
        return BriefResult(p.id, code, "failed", error=f"{type(exc).__name__}: {exc}")


def brief_product(product, code: str, folder: Path, opts, formats=FORMATS, seller_lang: str = "en") -> BriefResult:
    """One product's brief in one market, written into `folder` itself (brief.md, brief.pdf, brief.json and the
    seller's copy); `ctk brief` writes each pair this way, the editor's "Export brief" too. Raises on failure."""
    from ..batch import _worker_tools
    from ..bundle import market_festival
    from ..markets import load_market
    if seller_lang not in SELLER_LANGS:
        raise CtkError(f"no seller copy in '{seller_lang}'", hint=f"use one of {', '.join(SELLER_LANGS)}")
    m = load_market(code)
    key = (code, opts.campaign_date, str(opts.festival), opts.calendar)
    if key not in _THEMES:                # once per market and process
        _THEMES[key] = market_festival(m, opts)
    festival, mfind = _THEMES[key]
    translator, fx = _worker_tools(opts)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    doc = build_brief(product, m, opts, translator=translator, fx=fx, festival=festival, market_findings=mfind,
                      seller_lang=seller_lang)
    write_brief(folder, doc, formats)
    return BriefResult(product.id, code, "written", str(folder), doc["fit"]["verdict"])
