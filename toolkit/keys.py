"""Bundle keys: a bundle is rendered again only when something that changes it changed (the product's own
fields and images, the market's data files, fonts and styles, the settings and the files they name, the models)."""

from __future__ import annotations


import hashlib
import json
from functools import lru_cache
from pathlib import Path

from . import __version__
from .fsutil import sha256_file
from .markets import MarketProfile, load_market
from .model import Product
from .settings import RenderOptions

BUNDLE_FILES = ("caption.txt", "ad_text.txt", "subtitles.srt", "subtitles.vtt", "script.json", "report.json",
                "report.md", "cover.jpg", "ad_name.txt")
BRIEF_FILES = ("brief.json", "brief.md", "brief.seller.md", "brief.pdf", "brief.seller.pdf")   # render --brief


NOT_BUNDLE_DATA = ("results_columns.toml",)       # shared data no bundle reads (platform report headers)

def _knowledge_files(m: MarketProfile) -> list[Path]:
    """Every data file that can change a market's bundles: its folder, the shared locale data, fonts and styles."""
    from .markets import locales_dir
    from .paths import assets_dir
    files = sorted(p for p in m.folder.rglob("*") if p.is_file())
    files += sorted(p for p in (locales_dir() / "_shared").rglob("*") if p.is_file() and p.name not in NOT_BUNDLE_DATA)
    files += sorted(p for p in assets_dir().rglob("*.toml") if p.is_file())
    return files

def _market_hash(m: MarketProfile) -> str:
    h = hashlib.sha256()
    for f in _knowledge_files(m):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]

@lru_cache(maxsize=4096)
def _file_digest_cached(path: str, mtime: int, size: int) -> str:
    return sha256_file(Path(path))

def _file_digest(path: str) -> str:
    st = Path(path).stat()
    return _file_digest_cached(path, st.st_mtime_ns, st.st_size)

@lru_cache(maxsize=64)
def _market_hash_cached(code: str, stamps: tuple) -> str:
    return _market_hash(load_market(code))

def _models_version() -> str:
    from .mt.registry import load_registry
    return ",".join(f"{e.name}:{e.version()}" for e in load_registry())

def market_digest(market: MarketProfile) -> str:
    stamps = tuple((str(f), f.stat().st_mtime_ns) for f in _knowledge_files(market))
    return _market_hash_cached(market.code, stamps)

# options that name a file: the key holds the file's bytes (a digest), never its path
_FILE_OPTIONS = ("glossary", "fx", "music", "brand_kit", "calendar", "style", "fit_rules")

def _content_digest(path: str | None) -> str | None:
    if not path:
        return None
    p = Path(path)
    if p.is_file():
        return _file_digest(str(p.resolve()))
    return str(path)            # a built-in name ("clean", "bold") or a missing file (caught before rendering)

def _key_settings(opts: RenderOptions, models_v: str | None = None) -> dict:
    """The settings that change a bundle's bytes (computed once per run): the contents of every input file
    (FX table, calendar, music, style, brand kit, glossary, lexicons, models), no paths, no run bookkeeping."""
    s = opts.settings()
    for k in ("out", "markets", "force", "edits", "retry_failed", "executor", "scheduler", "tm", "fact_edits", "voice",
              "results_db"):
        s.pop(k, None)
    if not s.get("tag_captions"):      # off (the default) keeps the keys bundles had before the option existed
        s.pop("tag_captions", None)
    for k in _FILE_OPTIONS:
        s[k] = _content_digest(s.get(k))
    s["lexicon"] = sorted(_content_digest(p) for p in opts.lexicon)
    if s.get("learned"):                 # the model's bytes; no model and no exploration keep the old keys
        s["learned"] = _content_digest(s["learned"])
    else:
        s.pop("learned", None)
        if not s.get("explore"):
            s.pop("explore", None)
    from .paths import data_dir
    user_fit = data_dir() / "fit.toml"                                 # the user's own fit overrides, if any
    s["fit_user"] = _content_digest(str(user_fit)) if user_fit.is_file() else None
    if opts.translator != "phrasebook":
        s["models"] = models_v if models_v is not None else _models_version()
    return s

def bundle_key(product: Product, market: MarketProfile, opts: RenderOptions, mdigest: str | None = None,
               models_v: str | None = None, base: dict | None = None) -> str:
    """What a bundle is made of: the product's own fields and image bytes (not the catalog's path or the rows
    it sits on), the market data, the settings and input files' contents, this product's edits."""
    h = hashlib.sha256()
    d = product.to_dict()
    d.pop("origin", None)          # file, rows, encoding: where the product sat, not what it is
    d.pop("findings", None)        # import notes carry row numbers; their substance is in the fields
    d["images"] = [{"ref": i.get("ref"), "ok": i.get("ok")} for i in d.get("images", [])]
    h.update(json.dumps(d, sort_keys=True, ensure_ascii=False, default=str).encode())
    for img in product.images:
        if img.ok and img.path:
            h.update(_file_digest(img.path).encode())
    h.update((mdigest or market_digest(market)).encode())
    s = dict(base if base is not None else _key_settings(opts, models_v))
    s["edits"] = opts.edits.get(f"{market.code}/{product.id}", {})
    s["fact_edits"] = opts.fact_edits.get(product.id, [])
    from .voice import voice_key
    vk = voice_key(opts, market)         # the voice this market gets (name, engine version, speed); silent: none
    if vk:
        s["voice"] = vk
    h.update(json.dumps(s, sort_keys=True, ensure_ascii=False).encode())
    h.update(__version__.encode())
    return h.hexdigest()[:24]

def _intact(folder: Path, key: str, video: bool, brief: bool = False) -> bool:
    import os
    try:
        sizes = {e.name: e.stat().st_size for e in os.scandir(folder) if e.is_file()}
        if sizes.get("report.json", 0) == 0:
            return False
        with open(os.path.join(folder, "report.json"), encoding="utf-8") as fh:
            rep = json.load(fh)
    except (OSError, ValueError):
        return False
    files = BUNDLE_FILES + (("video.mp4",) if video else ()) + (BRIEF_FILES if brief else ())
    return rep.get("key") == key and all(sizes.get(f, 0) > 0 for f in files)
