"""The pipeline both faces call: catalog in, one bundle per product and market out.

    localize (facts, Translator) -> script (ScriptGenerator) -> caption + subtitles -> checks
    -> cover + scene frames (Pillow) -> video (ffmpeg) -> bundle folder, written atomically

Progress and cancellation cross the boundary as plain callables, so the CLI can draw a Rich bar and
the GUI can emit Qt signals without the core knowing either.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
import shutil
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from . import __version__
from .caption import build_caption
from .checks import blocking, shape, summarize
from .errors import Cancelled, CtkError
from .facts import build_facts
from .fsutil import atomic_write_json, atomic_write_text, safe_join, sha256_file
from .images import usable_images
from .importers import Catalog, load_catalog
from .markets import MarketProfile, load_market
from .model import Finding, Product
from .money import load_fx
from .script import TemplateGenerator
from .subtitles import build_cues, to_srt, to_vtt
from .adtext import clean_ad_text
from .rules import BundleText, run_rules
from .settings import RenderOptions  # noqa: F401 - the doors import it from here too
from .textutil import utf16_len
from .translate import get_translator

BUNDLE_FILES = ("caption.txt", "ad_text.txt", "subtitles.srt", "subtitles.vtt", "script.json", "report.json",
                "report.md", "cover.jpg")


class Blocked(CtkError):
    exit_code = 1
Progress = Callable[[int, int, str], None]


@dataclass
class BundleResult:
    product: str
    market: str
    status: str                      # rendered | skipped | failed
    path: str | None = None
    key: str | None = None
    findings: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    stage: str | None = None
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v not in (None, {}, "")}


@dataclass
class RunResult:
    catalog: Catalog
    bundles: list[BundleResult]
    manifest_path: Path

    @property
    def failed(self) -> list[BundleResult]:
        return [b for b in self.bundles if b.status in ("failed", "blocked")]

    @property
    def exit_code(self) -> int:
        return 1 if (self.failed or self.catalog.problems) else 0


def _knowledge_files(m: MarketProfile) -> list[Path]:
    """Every data file that can change a market's bundles: its folder, the shared locale data, fonts and styles."""
    from .markets import locales_dir
    from .paths import assets_dir
    files = sorted(p for p in m.folder.rglob("*") if p.is_file())
    files += sorted(p for p in (locales_dir() / "_shared").rglob("*") if p.is_file())
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
_FILE_OPTIONS = ("glossary", "fx", "music", "brand_kit", "calendar", "style")


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
    for k in ("out", "markets", "force", "edits", "retry_failed", "executor", "scheduler", "tm", "fact_edits"):
        s.pop(k, None)
    for k in _FILE_OPTIONS:
        s[k] = _content_digest(s.get(k))
    s["lexicon"] = sorted(_content_digest(p) for p in opts.lexicon)
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
    h.update(json.dumps(s, sort_keys=True, ensure_ascii=False).encode())
    h.update(__version__.encode())
    return h.hexdigest()[:24]


def _intact(folder: Path, key: str, video: bool) -> bool:
    import os
    try:
        sizes = {e.name: e.stat().st_size for e in os.scandir(folder) if e.is_file()}
        if sizes.get("report.json", 0) == 0:
            return False
        with open(os.path.join(folder, "report.json"), encoding="utf-8") as fh:
            rep = json.load(fh)
    except (OSError, ValueError):
        return False
    files = BUNDLE_FILES + (("video.mp4",) if video else ())
    return rep.get("key") == key and all(sizes.get(f, 0) > 0 for f in files)


def bundle_text(facts, script, caption, market: MarketProfile, opts: RenderOptions, festival) -> BundleText:
    """What the rules see of a bundle: caption, ad text, scenes, cover name and price facts."""
    return BundleText(market=market, caption=caption.text, hashtags=list(caption.hashtags),
                      scenes=list(script.scenes), cover_name=facts.name,
                      ad_text=clean_ad_text(caption.text, market, keep=facts.price), price=facts.price, old_price=facts.old_price,
                      discount=facts.discount, sponsored=opts.sponsored, day=opts.day(),
                      protected=tuple(x for x in (facts.brand,) if x), colors=tuple(facts.colors),
                      extra_terms=[(w, festival.name) for w in (festival.avoid_words if festival else ())])


@dataclass
class Composed:
    facts: object
    script: object
    caption: object
    text: BundleText
    findings: list[Finding]
    images: list[str]
    alternatives: list = field(default_factory=list)


def compose(product: Product, market: MarketProfile, opts: RenderOptions, *, translator, fx, festival=None,
            market_findings: list[Finding] = ()) -> Composed:
    """The text of one bundle (facts, script, caption, ad text) with every rule run and safe fixes applied.
    Shared by render and lint."""
    findings: list[Finding] = list(product.findings)
    facts = build_facts(product, market, translator, fx, lexicon=tuple(opts.lexicon),
                        corrections=opts.fact_edits.get(product.id))
    findings += facts.findings
    findings += list(market_findings)
    images = usable_images(product)
    alternatives: list = []
    if opts.generator == "template" and opts.variants <= 1:
        script, f2 = TemplateGenerator().generate(facts, market, images, seed=opts.seed, product_id=product.id,
                                                  festival=festival)
    else:
        script, f2, alternatives = choose_script(facts, product, market, images, opts, festival)
    findings += f2
    caption, f3 = build_caption(facts, script, market, sponsored=opts.sponsored, seed=opts.seed,
                                product_id=product.id, festival=festival)
    findings += f3
    edits = opts.edits.get(f"{market.code}/{product.id}", {})
    if edits:
        apply_edits(script, caption, edits)
        findings.append(Finding(code="edit.manual", severity="info", where="script",
                                message=f"{len(edits)} manual edit(s) applied: " + ", ".join(sorted(edits))))
    bt = bundle_text(facts, script, caption, market, opts, festival)
    rf, bt = run_rules(bt, autofix=True)
    findings += rf + shape(script)
    script.scenes = bt.scenes
    caption.text, caption.hashtags = bt.caption, bt.hashtags
    caption.length_utf16 = utf16_len(caption.text)
    findings += fact_checks(facts, script, caption, bt, market) + pace_checks(script, market)
    findings += season_checks(facts, market, opts.day())
    return Composed(facts, script, caption, bt, findings, images, alternatives)


def season_checks(facts, market: MarketProfile, day) -> list[Finding]:
    """A winter product in the market's summer (Brazil in December), or the other way round
    (locales/_shared/seasons.toml, market.toml hemisphere)."""
    import tomllib
    from .markets import locales_dir
    k = facts.knowledge
    if k is None or market.hemisphere == "tropical":
        return []
    try:
        seasons = tomllib.loads((locales_dir() / "_shared" / "seasons.toml").read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return []
    month = day.month if market.hemisphere == "north" else (day.month + 5) % 12 + 1
    out = []
    for name, spec in seasons.items():
        other = [n for n in seasons if n != name]
        if any(month in seasons[o].get("months", []) for o in other):
            hit = [f for f in spec.get("facts", [])
                   if (f[5:] == k.type_id if f.startswith("type:") else k.has(f))]
            if hit:
                out.append(Finding(code="season.mismatch", severity="warning", where="product",
                                   message=f"a {name} product ({', '.join(hit)}) pitched in {market.name}'s "
                                           f"{'summer' if name == 'winter' else 'winter'} ({day:%B})",
                                   fix="leave it out of this market's campaign, or pitch what fits the season"))
    return out


def pace_checks(script, market: MarketProfile) -> list[Finding]:
    """A scene whose voice cannot be said in its time, or subtitles faster than the market reads, is reported."""
    from .script import spoken_len, voice_cps
    from .subtitles import build_cues
    out = []
    cps = voice_cps(market)
    for s in script.scenes:
        need = spoken_len(s.voice) / cps
        if need > s.duration + 0.25:
            out.append(Finding(code="pace.voice_too_long", severity="warning", where=f"scene {s.index} voice-over",
                               message=f"the line needs about {need:.1f} s at {cps:g} characters/s; the scene lasts "
                                       f"{s.duration:.1f} s", fix="shorten the line"))
    sub = market.pace.get("subtitle_cps")
    if sub:
        for c in build_cues(script, market.script):
            chars = sum(spoken_len(ln) for ln in c.lines)
            if c.end > c.start and chars / (c.end - c.start) > sub * 1.15:
                out.append(Finding(code="pace.subtitle_fast", severity="info", where="subtitles",
                                   message=f"a cue reads at {chars / (c.end - c.start):.0f} characters/s "
                                           f"(the market reads about {sub:g}): '{' '.join(c.lines)[:40]}'",
                                   fix="shorten the voice-over line of that scene"))
                break
    return out


def coverage(facts, script) -> dict:
    """Which of the product's facts the script states: found, used (cited by a scene) and unused."""
    from .script import cite
    cite(script.scenes, facts)
    k = facts.knowledge
    found = [f.id for f in k.facts if f.attr != "caveat"] if k else []     # a caveat goes in the caption
    extra = (["color"] if facts.has("colors") else []) + (["size"] if facts.has("sizes") else [])
    used = list(dict.fromkeys(i for s in script.scenes for i in s.facts))
    return {"type": k.type_id if k else None, "found": found + extra, "used": used,
            "unused": [i for i in found + extra if i not in used],
            "usable": sorted({i for mf in facts.pitch for i in mf.ids} | set(extra)),
            "concrete_used": len([i for i in used if i in found + extra])}


def fact_checks(facts, script, caption, bt, market: MarketProfile) -> list[Finding]:
    """Product truth: no claim without a fact, at least two facts stated, nothing the market cannot read."""
    from .knowledge.claims import check_claims
    out = check_claims(script, caption.text, facts)
    cov = coverage(facts, script)
    if not cov["usable"]:
        out.append(Finding(code="facts.thin", severity="warning", where="product",
                           message="the listing gives ctk nothing to sell beyond what the product is (no material, "
                                   "feature, size or other fact it could read); the script can only be generic",
                           fix="add the selling points to the title or description, a column per fact, or a "
                               "correction in the editor; `ctk facts` lists the words it did not know"))
    need = min(2, len(cov["usable"]))
    if cov["concrete_used"] < need:
        out.append(Finding(code="facts.coverage", severity="error", where="script",
                           message=f"the script states {cov['concrete_used']} of the product's facts; at least {need} "
                                   f"of {len(cov['usable'])} usable ones must reach a scene",
                           fix="let the template generator write the benefits, or edit a scene to state the facts "
                               "listed under 'facts' in script.json"))
    if market.script not in ("Jpan", "Hans", "Hant"):
        import re as _re
        han = _re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
        texts = [(f"scene {s.index} on-screen text", s.screen) for s in script.scenes]
        texts += [(f"scene {s.index} voice-over", s.voice) for s in script.scenes]
        texts += [("caption", caption.text), ("ad text", bt.ad_text), ("cover", facts.name)]
        for where, text in texts:
            m = han.search(text or "")
            if m:
                out.append(Finding(code="script.unreadable", severity="error", where=where,
                                   message=f"Chinese characters in {market.code} text: "
                                           f"'{text[max(0, m.start() - 10):m.end() + 10]}'",
                                   fix=f"add a 'title:{market.code}' / 'brand:{market.code}' column, or edit the text"))
    return out


EDITABLE = ("caption", "scene N on-screen text", "scene N voice-over")


def apply_edits(script, caption, edits: dict) -> None:
    """A marketer's edits (from the desktop editor or a project file) replace generated text; the rules
    then run on the edited text. Keys: 'caption', 'scene N on-screen text', 'scene N voice-over'."""
    import re
    for key, value in edits.items():
        if key == "caption":
            caption.text = value
            caption.hashtags = re.findall(r"(?<!\w)#[^\s#]+", value)
            continue
        m = re.fullmatch(r"scene (\d+) (on-screen text|voice-over)", key)
        if not m:
            raise CtkError(f"unknown edit field '{key}'", hint="editable: " + ", ".join(EDITABLE))
        for sc in script.scenes:
            if sc.index == int(m.group(1)):
                sc.facts = []                 # what an edited line states is read from its text again
                if m.group(2) == "on-screen text":
                    sc.screen = value
                else:
                    sc.voice = value


def field_text(c: Composed, where: str) -> str | None:
    import re
    if where == "caption":
        return c.caption.text
    m = re.fullmatch(r"scene (\d+) (on-screen text|voice-over)", where)
    if m:
        for sc in c.script.scenes:
            if sc.index == int(m.group(1)):
                return sc.screen if m.group(2) == "on-screen text" else sc.voice
    return None


def quick_fix(finding: Finding, c: Composed, market: MarketProfile) -> tuple[str, str] | None:
    """A one-click fix as an edit (field, new text), or None when a person has to decide."""
    import re
    if finding.fixed:
        return None
    current = field_text(c, finding.where)
    if current is None:
        return None
    if finding.code == "disclosure.label":
        return finding.where, f"{market.disclosure['label']} {current}"
    if finding.code == "platform.hashtags":
        limit = market.limit("hashtags_max", 5)
        tags = re.findall(r"(?<!\w)#[^\s#]+", current)
        new = current
        for t in tags[limit:]:
            new = re.sub(r"\s?" + re.escape(t) + r"(?!\S)", "", new, count=1)
        return finding.where, new
    if finding.term:
        new = re.sub(r"\s*" + re.escape(finding.term) + r"\b" if finding.term[-1:].isalnum() else re.escape(finding.term),
                     "", current, count=1, flags=re.I)
        new = re.sub(r"\s{2,}", " ", new).strip()
        if new != current:
            return finding.where, new
    return None


def preview(product: Product, market_code: str, opts: RenderOptions):
    """Compose one bundle and draw its cover, for the editor's live preview: (Composed, PIL image)."""
    from .creative import load_image, render_cover
    market = load_market(market_code)
    translator, fx = _worker_tools(opts)
    festival, mfind = market_festival(market, opts)
    c = compose(product, market, opts, translator=translator, fx=fx, festival=festival, market_findings=mfind)
    images = c.images
    hero = load_image(images[0] if images else None, product.id)
    from .style import load_style
    cover, layer = render_cover(market, hero, c.script.scenes[0].screen, c.facts.name, c.facts.price,
                                c.facts.old_price if c.facts.discount else None,
                                market.labels.get("sale") if c.facts.discount else None, theme=festival,
                                style=load_style(opts.style, opts.brand_kit))
    c.findings.extend(layer.findings)
    return c, cover


def _banned_terms(market: MarketProfile, day) -> list[str]:
    from .rules import rules_for
    lang = market.language.split("-")[0]
    out: list[str] = []
    for r in rules_for(market.code, day):
        if r.kind == "terms" and r.severity == "error":
            out += r.params.get("terms", {}).get(lang, [])[:6]
    return out


def choose_script(facts, product: Product, market: MarketProfile, images: list[str], opts: RenderOptions, festival):
    """Template variants and model variants, each checked by the rules and scored; the best one wins and the
    others are kept (with their scores) so the editor can switch."""
    from .gen.backends import auto_backend, get_backend
    from .gen.generator import Candidate, LLMGenerator, score, template_variants
    findings: list[Finding] = []
    cands = [Candidate(s, "template") for s in template_variants(facts, market, images, seed=opts.seed,
                                                                 n=max(1, opts.variants), product_id=product.id,
                                                                 festival=festival)]
    if opts.generator != "template":
        backend = auto_backend() if opts.generator == "auto" else get_backend(opts.generator)
        if backend is None:
            findings.append(Finding(code="gen.no_model", severity="info", where="script",
                                    message="no generation model installed or configured; template variants only",
                                    fix="ctk models add PATH (a causal LM) or set CTK_LLM_URL"))
        else:
            gen = LLMGenerator(backend, getattr(backend, "name", opts.generator))
            banned = _banned_terms(market, opts.day())
            for v in range(max(1, opts.variants)):
                sc, fs = gen.propose(facts, product, market, images, festival=festival, seed=opts.seed, variant=v,
                                     banned=banned)
                findings += fs
                if sc is not None:
                    cands.append(Candidate(sc, gen.name, fs))
    for c in cands:
        cap, _ = build_caption(facts, c.script, market, sponsored=opts.sponsored, seed=opts.seed,
                               product_id=product.id, festival=festival)
        bt = bundle_text(facts, c.script, cap, market, opts, None)
        rf, _ = run_rules(bt, autofix=False)
        errors = sum(1 for f in rf if f.severity == "error" and f.code != "disclosure.label")
        c.score, c.parts = score(c.script, market, facts, errors)
    best = max(range(len(cands)), key=lambda i: (cands[i].score, -i))
    chosen = cands[best]
    findings.append(Finding(code="gen.chosen", severity="info", where="script",
                            message=f"script from {chosen.source} chosen among {len(cands)} variant(s), "
                                    f"score {chosen.score:.2f}"))
    return chosen.script, findings, [c.to_dict() for i, c in enumerate(cands) if i != best]


def lint_catalog(catalog: Catalog, opts: RenderOptions, *, progress: Progress | None = None):
    """Run every rule on every product x market without rendering. Yields (product, market, findings)."""
    markets = [load_market(m) for m in opts.markets]
    translator, fx = _worker_tools(opts)
    themes = {m.code: market_festival(m, opts) for m in markets}
    total = len(markets) * len(catalog.products)
    n = 0
    for m in markets:
        festival, mfind = themes[m.code]
        for p in catalog.products:
            if progress:
                progress(n, total, f"{m.code}/{p.id}")
            n += 1
            yield p, m, compose(p, m, opts, translator=translator, fx=fx, festival=festival,
                                market_findings=mfind).findings


def render_bundle(product: Product, market: MarketProfile, opts: RenderOptions, *, translator, fx,
                  work: Path, festival=None, market_findings: list[Finding] = (),
                  cancelled: Callable[[], bool] | None = None) -> tuple[list[Finding], dict]:
    """Write every file of one bundle into `work` (a temp folder). Returns findings and the script dict."""
    from .creative import load_image, render_cover, render_scene, safe_zone
    stage = "localize"
    try:
        c = compose(product, market, opts, translator=translator, fx=fx, festival=festival,
                    market_findings=market_findings)
        facts, script, caption, bt, findings = c.facts, c.script, c.caption, c.text, c.findings
        images = c.images
        stop = blocking(findings)
        if stop and not opts.allow_findings:
            exc = Blocked(f"{len(stop)} error finding(s), first: {stop[0].code} in {stop[0].where}: {stop[0].message}",
                          hint="fix the product data, or render with --allow-findings")
            exc.findings = findings  # type: ignore[attr-defined]
            raise exc
        cues = build_cues(script, market.script)
        atomic_write_text(work / "caption.txt", caption.text + "\n")
        atomic_write_text(work / "ad_text.txt", bt.ad_text + "\n")
        atomic_write_text(work / "subtitles.srt", to_srt(cues))
        atomic_write_text(work / "subtitles.vtt", to_vtt(cues, market.language, market.rtl))
        stage = "cover"
        from .style import load_style
        style = load_style(opts.style, opts.brand_kit)
        seed_img = f"{product.id}"
        hero = load_image(images[0] if images else None, seed_img)
        from .creative import FORMATS
        text_boxes: dict[str, list] = {}
        outside: list[str] = []
        for fmt in opts.formats:
            size = FORMATS[fmt]
            suffix = "" if fmt == "9:16" else "-" + fmt.replace(":", "x")
            stage = "cover"
            cover, layer = render_cover(market, hero, script.scenes[0].screen, facts.name, facts.price,
                                        facts.old_price if facts.discount else None,
                                        market.labels.get("sale") if facts.discount else None, theme=festival,
                                        style=style, size=size)
            findings += layer.findings
            cover.save(work / f"cover{suffix}.jpg", quality=90, optimize=True)
            zone = safe_zone(market.rtl, size=size)
            boxes = {f"cover{suffix}": layer.boxes}
            if opts.video:
                stage = "video"
                from .video import ScenePlan, encode
                plans = []
                cache: dict[str | None, object] = {None: hero if not images else None}
                for s in script.scenes:
                    if s.image not in cache:
                        cache[s.image] = load_image(s.image, seed_img)
                    img = cache[s.image] or hero
                    bg, tl = render_scene(market, img, s.screen, s.role, scale=1.08, theme=festival, style=style,
                                          size=size)
                    findings += tl.findings
                    boxes[f"scene {s.index}{suffix}"] = tl.boxes
                    # the background is opaque: BMP writes and decodes faster than PNG (read once by ffmpeg)
                    bgp, tp = work / f".scene{s.index}-bg.bmp", work / f".scene{s.index}-text.png"
                    bg.save(bgp)
                    tl.img.save(tp, compress_level=1)
                    plans.append(ScenePlan(bgp, tp, s.duration))
                encode(plans, work / f"video{suffix}.mp4", preset=opts.preset, crf=opts.crf, cancelled=cancelled,
                       animation=style.animation, size=size, music=opts.music)
                for p in plans:
                    p.background.unlink(missing_ok=True)
                    p.text.unlink(missing_ok=True)
            outside += [k for k, bl in boxes.items() for b in bl if not zone.contains(b)]
            text_boxes.update(boxes)
        zone = safe_zone(market.rtl)
        for k in outside:
            findings.append(Finding(code="render.safe_zone", severity="error", where=k,
                                    message="text drawn outside the platform's safe zone"))
        script_doc = script.to_dict()
        # a bundle is shared with agencies and creators: images are named as the catalog names them (a relative
        # path or a URL) with the bytes' digest, never by the seller's absolute paths
        refs = {i.path: i for i in product.images if i.path}
        for sc in script_doc.get("scenes", []):
            path = sc.get("image")
            if path:
                ref = refs.get(path)
                sc["image"] = ref.ref if ref else Path(path).name
                sc["image_sha256"] = _file_digest(path) if Path(path).exists() else None
        script_doc.update({
            "product": product.id, "caption": caption.to_dict(),
            "facts": {"name": facts.name, "name_source": facts.name_source, "brand": facts.brand,
                      "category": facts.category, "category_id": facts.category_id, "colors": facts.colors,
                      "material": facts.material, "sizes": facts.sizes, "price": facts.price,
                      "old_price": facts.old_price, "discount": facts.discount,
                      "product": facts.knowledge.to_dict() if facts.knowledge else None,
                      "pitch": [mf.to_dict() for mf in facts.pitch]},
            "coverage": coverage(facts, script),
            "subtitles": [{"start": c.start, "end": c.end, "lines": list(c.lines)} for c in cues],
            "safe_zone": asdict(zone), "text_boxes": text_boxes, "ad_text": bt.ad_text,
            "festival": festival.to_dict() if festival else None, "style": style.name,
            "alternatives": c.alternatives,
            "formats": list(opts.formats), "format": "9:16" if "9:16" in opts.formats else opts.formats[0],
            "encoder": {"codec": "libx264", "preset": opts.preset, "crf": opts.crf} if opts.video else None,
        })
        atomic_write_json(work / "script.json", script_doc)
        return findings, script_doc
    except CtkError:
        raise
    except Exception as exc:
        exc.ctk_stage = stage  # type: ignore[attr-defined]
        raise


@dataclass
class _Task:
    product: Product
    market: str
    key: str
    final: Path
    rel: str
    festival: object
    market_findings: list


_WORKER: dict = {}


def _worker_tools(opts: RenderOptions):
    """Translator and FX table, loaded once per process (models are heavy)."""
    k = (opts.translator, opts.fx, opts.glossary, opts.tm)
    if _WORKER.get("key") != k:
        _WORKER.update(key=k, translator=get_translator(opts.translator, opts.glossary, opts.tm), fx=load_fx(opts.fx))
    return _WORKER["translator"], _WORKER["fx"]


def _run_task(task: _Task, opts: RenderOptions, cancelled: Callable[[], bool] | None = None) -> BundleResult:
    """Render one bundle into a temp folder beside its final place and swap it in. Never raises."""
    t0 = time.time()
    product, market = task.product, load_market(task.market)
    work = None
    try:
        translator, fx = _worker_tools(opts)
        task.final.parent.mkdir(parents=True, exist_ok=True)
        from .outdir import TMP_PREFIX, honour_umask
        work = Path(tempfile.mkdtemp(prefix=f"{TMP_PREFIX}{product.id}-", dir=task.final.parent))
        honour_umask(work, is_dir=True)
        festival = task.festival
        findings, script_doc = render_bundle(product, market, opts, translator=translator, fx=fx, work=work,
                                    festival=festival, market_findings=task.market_findings, cancelled=cancelled)
        report = {
            "product": product.id, "market": market.code, "key": task.key, "toolkit": __version__,
            "campaign_date": opts.day().isoformat(), "sponsored": opts.sponsored,
            "festival": festival.to_dict() if festival else None,
            "summary": summarize(findings), "findings": [f.to_dict() for f in findings],
            "facts": script_doc.get("coverage"),
        }
        atomic_write_json(work / "report.json", report)
        atomic_write_text(work / "report.md", report_markdown(product, market, report))
        _swap_in(work, task.final)
        return BundleResult(product.id, market.code, "rendered", task.rel, task.key, summarize(findings),
                            seconds=round(time.time() - t0, 2))
    except Cancelled:
        raise
    except Blocked as exc:
        return BundleResult(product.id, market.code, "blocked", task.rel, task.key,
                            summarize(getattr(exc, "findings", [])), error=str(exc), stage="compliance",
                            seconds=round(time.time() - t0, 2))
    except Exception as exc:  # one bad bundle never stops the batch
        stage = getattr(exc, "ctk_stage", "render")
        msg = str(exc) if isinstance(exc, CtkError) else f"{type(exc).__name__}: {exc}"
        if not isinstance(exc, CtkError):
            msg += " | " + traceback.format_exc(limit=3).strip().splitlines()[-2].strip()
        return BundleResult(product.id, market.code, "failed", task.rel, task.key, error=msg, stage=stage,
                            seconds=round(time.time() - t0, 2))
    finally:
        if work is not None and work.exists():
            shutil.rmtree(work, ignore_errors=True)


def default_jobs() -> int:
    import os
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def render_catalog(input_path: str | Path, opts: RenderOptions, *, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None, on_failure: Callable[[BundleResult], None] | None = None,
                   catalog: Catalog | None = None, jobs: int = 1) -> RunResult:
    """Render every product x market. One failing bundle is recorded and skipped; a rerun resumes.

    With jobs > 1 bundles render in a process pool; this process owns the manifest, workers only write
    their own bundle folder (atomically)."""
    catalog = catalog or load_catalog(input_path, source_lang=opts.source_lang, currency=opts.currency)
    markets = [load_market(m) for m in opts.markets]
    get_translator(opts.translator, opts.glossary, opts.tm)   # fail early on a bad translator, glossary or FX file
    from .style import load_style
    load_style(opts.style, opts.brand_kit)                   # and on a bad style or brand kit
    load_fx(opts.fx)
    out = Path(opts.out)
    if out.exists() and not out.is_dir():
        raise CtkError("the output path is a file, not a folder", file=str(out), hint="pass a folder to --out")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CtkError(f"cannot create the output folder ({exc.strerror})", file=str(out),
                       hint="pass a folder you can write to --out") from None
    from .outdir import OutputLock, check_foreign
    check_foreign(out)
    with OutputLock(out):
        return _run_locked(catalog, markets, opts, out, jobs, progress, cancelled, on_failure)


def _run_locked(catalog, markets, opts: RenderOptions, out: Path, jobs: int, progress, cancelled,
                on_failure) -> "RunResult":
    themes: dict = {}                          # computed only for markets that have work to do
    results: list[BundleResult] = []
    manifest_path = out / "manifest.json"
    t_start = time.time()
    tasks: list[_Task] = []
    retry = _failed_in_manifest(manifest_path) if opts.retry_failed else None
    models_v = _models_version() if opts.translator != "phrasebook" else None
    base = _key_settings(opts, models_v)
    for market in markets:
        mdig = market_digest(market)               # once per market, not per bundle
        for product in catalog.products:
            if retry is not None and (market.code, product.id) not in retry:
                continue
            final = safe_join(out, market.code, product.id)
            key = bundle_key(product, market, opts, mdig, models_v, base)
            rel = str(final.relative_to(out.resolve()))
            if not opts.force and _intact(final, key, opts.video):
                results.append(BundleResult(product.id, market.code, "skipped", rel, key))
                continue
            if market.code not in themes:
                themes[market.code] = market_festival(market, opts)
            fest, mfind = themes[market.code]
            tasks.append(_Task(product, market.code, key, final, rel, fest, mfind))
    total = len(results) + len(tasks)
    state = {"last": 0.0}

    def done(res: BundleResult) -> None:
        results.append(res)
        if res.status in ("failed", "blocked") and on_failure:
            on_failure(res)
        if progress:
            progress(len(results), total, f"{res.market}/{res.product}")
        if time.time() - state["last"] > 2:
            _write_manifest(manifest_path, catalog, opts, results, t_start)
            state["last"] = time.time()

    if progress:
        progress(len(results), total, "starting")
    from .outdir import clean_stale
    clean_stale(out)
    try:
        if opts.executor == "dask" and tasks:
            _run_dask(tasks, opts, jobs, done, cancelled)
        elif jobs <= 1 or len(tasks) <= 1:
            for t in tasks:
                if cancelled and cancelled():
                    raise Cancelled()
                done(_run_task(t, opts, cancelled))
        else:
            import multiprocessing as mp
            from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
            # fork starts workers in milliseconds with everything already imported (Linux); else forkserver/spawn
            methods = mp.get_all_start_methods()
            if "fork" in methods:
                _prewarm([load_market(t.market) for t in tasks[:1]] + markets, opts)
            ctx = mp.get_context("fork" if "fork" in methods else "forkserver" if "forkserver" in methods else "spawn")
            from .fsutil import die_with_parent
            with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=ctx,
                                     initializer=die_with_parent) as pool:
                pending = {pool.submit(_run_task, t, opts) for t in tasks}
                try:
                    while pending:
                        finished, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                        for f in finished:
                            done(f.result())
                        if cancelled and cancelled():
                            raise Cancelled()
                except BaseException:
                    for f in pending:
                        f.cancel()
                    raise
    except BaseException:
        _write_manifest(manifest_path, catalog, opts, results, t_start, interrupted=True)
        raise
    if progress:
        progress(total, total, "done")
    order = {(t.market, t.product.id): i for i, t in enumerate(tasks)}
    results.sort(key=lambda r: (r.status != "skipped", order.get((r.market, r.product), -1)))
    _write_manifest(manifest_path, catalog, opts, results, t_start)
    if tasks or not (out / "index.html").exists():       # a run that changed nothing keeps its page
        from .report import build_report
        build_report(out)
    return RunResult(catalog, results, manifest_path)


def _prewarm(markets: list[MarketProfile], opts: RenderOptions) -> None:
    """Load what every worker needs (font coverage tables, translator, FX, style) once, before forking,
    so forked workers start warm instead of each paying for it."""
    from .layout import font_chain
    from .style import load_style
    for m in {m.code: m for m in markets}.values():
        for face in font_chain(m.language, load_style(opts.style, opts.brand_kit).weight):
            face.covers("a")
    _worker_tools(opts)
    # the lexicon, the taxonomy and jieba's dictionary (Chinese titles) load once, not once per worker
    from .knowledge.lexicon import load_lexicon
    from .knowledge.taxonomy import categories
    load_lexicon(tuple(opts.lexicon))
    categories()
    try:
        import jieba
        import logging
        logging.getLogger("jieba").setLevel(logging.WARNING)
        jieba.initialize()
    except ImportError:            # pragma: no cover - jieba is a dependency
        pass


def _run_dask(tasks: list[_Task], opts: RenderOptions, jobs: int, done, cancelled) -> None:
    """The same bundle tasks on a Dask distributed cluster. Workers write bundle folders on the shared
    output path; this client records results in the manifest as they return, so resume works the same."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise CtkError("the dask executor needs the 'distributed' package", hint="pip install distributed") from None
    cluster = None
    try:
        if opts.scheduler:
            client = Client(opts.scheduler, timeout="10s")
        else:
            cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise CtkError(f"cannot reach the Dask scheduler {opts.scheduler} ({exc})",
                       hint="start it with 'dask scheduler' or check the address") from None
    try:
        futures = [client.submit(_run_task, t, opts, pure=False) for t in tasks]
        for fut in as_completed(futures):
            done(fut.result())
            if cancelled and cancelled():
                client.cancel(futures)
                raise Cancelled()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _failed_in_manifest(path: Path) -> set[tuple[str, str]]:
    try:
        man = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        raise CtkError("--retry-failed needs the manifest of an earlier run", file=str(path),
                       hint="run without --retry-failed first") from None
    return {(b["market"], b["product"]) for b in man.get("bundles", []) if b.get("status") in ("failed", "blocked")}


def market_festival(market: MarketProfile, opts: RenderOptions):
    """The festival that themes a market's bundles on the campaign date, and market-level findings
    (which event, estimated dates, clashes with other events)."""
    import datetime as dt

    from . import festivals
    findings: list[Finding] = []
    day = opts.day()
    choice = opts.festival_for(market.code)
    if choice == "none":
        return None, findings
    occ = None
    if choice != "auto":
        if choice not in festivals.definitions():
            raise CtkError(f"unknown festival '{choice}'", hint="see 'ctk festivals --market M' for ids")
        try:
            occ = festivals.force(market, choice, day, opts.calendar)
        except CtkError as exc:
            # one market that does not observe the chosen festival gets its own calendar's theme, not an abort
            findings.append(Finding(code="festival.not_observed", severity="warning", where="script",
                                    message=f"{exc.message}; the market's own "
                                            "calendar themes it instead",
                                    fix=f"choose a festival per market (project 'festival': {{\"{market.code}\": ...}})"))
    if choice == "auto" or (occ is None and choice != "none"):
        occ = festivals.pick(market, day, opts.calendar)
    if occ:
        # "Frohe Weihnachten" belongs to the day; in the run-up the greetings say "gift idea", "arrives in time",
        # and a regulated sale's hashtags (#soldes) wait for its legal start
        occ = occ.at(day)
        findings.append(Finding(code="festival.theme", severity="info", where="script",
                                message=f"themed for {occ.name} ({occ.start} to {occ.end}; campaign window from "
                                        f"{occ.window_start})", source=occ.source))
        if occ.estimated:
            findings.append(Finding(code="festival.estimated", severity="warning", where="script",
                                    message=f"the date of {occ.name} ({occ.start}) is estimated",
                                    fix="confirm the announced or sighted date and pass it with --calendar FILE",
                                    source=occ.source))
    near = festivals.occurrences(market, day - dt.timedelta(days=3), day + dt.timedelta(days=45), opts.calendar)
    for a, b in festivals.clashes(near):
        findings.append(Finding(code="festival.clash", severity="info", where="script",
                                message=f"{a.name} ({a.start}) and {b.name} ({b.start}) start within 3 days",
                                fix="pick one theme with --festival ID, or plan separate posts"))
    return occ, findings


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


def _swap_in(work: Path, final: Path) -> None:
    """Replace the bundle folder in one rename (the old one is moved aside first, then removed)."""
    from .outdir import OLD_PREFIX, is_bundle
    old = None
    if final.exists() or final.is_symlink():
        if final.is_symlink() or not is_bundle(final):
            raise CtkError("a folder that is not a ctk bundle is where this bundle goes; it is left as it is",
                           file=str(final), hint="move it away, or pass another --out")
        old = final.with_name(f"{OLD_PREFIX}{final.name}-{int(time.time() * 1000)}")
        final.rename(old)
    work.rename(final)
    if old:
        shutil.rmtree(old, ignore_errors=True)


def _write_manifest(path: Path, catalog: Catalog, opts: RenderOptions, results: list[BundleResult],
                    t_start: float, interrupted: bool = False) -> None:
    import platform
    from PIL import __version__ as pil_version
    inputs = [{"file": str(catalog.path), "sha256": sha256_file(catalog.path), "format": catalog.format,
               "encoding": catalog.encoding}]
    # keep the entries of earlier runs into the same folder (other markets/products), newest wins
    entries: dict[tuple[str, str], dict] = {}
    try:
        old = json.loads(path.read_text("utf-8"))
        for b in old.get("bundles", []):
            if (path.parent / b.get("path", "")).is_dir():
                entries[(b.get("market"), b.get("product"))] = b
    except (OSError, ValueError):
        pass
    for r in results:                          # this run's entries last, in job order
        entries.pop((r.market, r.product), None)
    for r in results:
        entries[(r.market, r.product)] = r.to_dict()
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    doc = {
        "toolkit": __version__, "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "seconds": round(time.time() - t_start, 2), "interrupted": interrupted,
        "inputs": inputs, "settings": opts.settings(),
        "versions": {"python": platform.python_version(), "pillow": pil_version},
        "counts": counts,
        "problems": [p.to_dict() for p in catalog.problems],
        "this_run": [f"{r.market}/{r.product}" for r in results if r.status != "skipped"],
        "bundles": list(entries.values()),
    }
    atomic_write_json(path, doc)
