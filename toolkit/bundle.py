"""One bundle: compose (facts -> script -> caption -> checks) and write it (cover, frames, video, reports),
atomically. `market_festival` says which festival themes a market on the campaign date."""

from __future__ import annotations


import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from .caption import build_caption
from .checks import blocking, shape
from .errors import CtkError
from .facts import build_facts
from .fsutil import atomic_write_json, atomic_write_text
from .images import usable_images
from .markets import MarketProfile
from .model import Finding, Product
from .script import TemplateGenerator
from .subtitles import build_cues, to_srt, to_vtt
from .adtext import clean_ad_text
from .rules import BundleText, run_rules
from .settings import RenderOptions
from .keys import _file_digest
from .edits import apply_edits
from .gen.choose import choose_script
from .textutil import utf16_len
from .voice import voice_name



class Blocked(CtkError):
    exit_code = 1

Progress = Callable[[int, int, str], None]

def bundle_text(facts, script, caption, market: MarketProfile, opts: RenderOptions, festival,
                product: Product | None = None) -> BundleText:
    """What the rules see of a bundle: caption, ad text, scenes, cover name and price facts (and the seller's own
    title and type, for the rules about what the product is)."""
    own = tuple((w, t) for w, t in (("product title", product.title if product else ""),
                                    ("product type", (getattr(product, "category", "") or "") if product else ""))
                if t)
    return BundleText(market=market, caption=caption.text, hashtags=list(caption.hashtags),
                      product=own, product_lang=(product.source_lang or "en") if product else "en",
                      scenes=list(script.scenes), cover_name=facts.name,
                      ad_text=clean_ad_text(caption.text, market, keep=facts.price), price=facts.price, old_price=facts.old_price,
                      discount=facts.discount, sponsored=opts.sponsored, day=opts.day(),
                      protected=tuple(x for x in (facts.brand,) if x), colors=tuple(facts.colors),
                      extra_terms=[(w, festival.name) for w in (festival.avoid_words if festival else ())],
                      voice=voice_name(opts, market))

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
    bt = bundle_text(facts, script, caption, market, opts, festival, product)
    rf, bt = run_rules(bt, autofix=True)
    findings += rf + shape(script)
    script.scenes = bt.scenes
    caption.text, caption.hashtags = bt.caption, bt.hashtags
    caption.length_utf16 = utf16_len(caption.text)
    findings += fact_checks(facts, script, caption, bt, market) + pace_checks(script, market)
    findings += fit_checks(product, market, opts)
    return Composed(facts, script, caption, bt, findings, images, alternatives)

def fit_checks(product: Product, market: MarketProfile, opts: RenderOptions) -> list[Finding]:
    """The market-fit findings of the pair (toolkit/fit: season, plugs, marks, restricted categories, sizes), unless
    the run says --fit off. Rule-pack rules render already runs on the product's own fields are not repeated."""
    if opts.fit == "off":
        return []
    from .fit import FitSettings, assess
    return assess(product, market, opts.day(), settings=FitSettings.from_options(opts),
                  corrections=opts.fact_edits.get(product.id), skip_product_packs=True)

def pace_checks(script, market: MarketProfile) -> list[Finding]:
    """A scene whose voice cannot be said in its time, or subtitles faster than the market reads, is reported."""
    from .script import spoken_len, voice_cps
    from .spoken import speak
    from .subtitles import build_cues
    out = []
    cps = voice_cps(market)
    for s in script.scenes:
        need = spoken_len(speak(s.voice, market)) / cps        # timed as said ("$24.99": "24 dollars 99")
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
            "concrete_used": len([i for i in used if i in found + extra]),
            # a scene that says one of the seller's own bullets states a fact of the listing too
            "bullets_used": sum(1 for s in script.scenes if "bullet" in s.facts)}

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
    if cov["concrete_used"] + cov["bullets_used"] < need:
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

def render_bundle(product: Product, market: MarketProfile, opts: RenderOptions, *, translator, fx,
                  work: Path, festival=None, market_findings: list[Finding] = (),
                  cancelled: Callable[[], bool] | None = None,
                  on_stage: Callable[[str], None] | None = None) -> tuple[list[Finding], dict]:
    """Write every file of one bundle into `work` (a temp folder). Returns findings and the script dict.
    `on_stage("voice-over" | "cover" | "video")` says which step is running (the editor's render queue shows it)."""
    from .creative import load_image, render_cover, render_scene, safe_zone
    stage = "localize"
    try:
        c = compose(product, market, opts, translator=translator, fx=fx, festival=festival,
                    market_findings=market_findings)
        facts, script, caption, bt, findings = c.facts, c.script, c.caption, c.text, c.findings
        images = c.images
        if opts.tag_captions:           # the creative id at the end of the caption, so a post's text joins back
            findings.append(_tag_caption(product, market, script, caption))
        stop = blocking(findings)
        if stop and not opts.allow_findings:
            exc = Blocked(f"{len(stop)} error finding(s), first: {stop[0].code} in {stop[0].where}: {stop[0].message}",
                          hint="fix the product data, or render with --allow-findings")
            exc.findings = findings  # type: ignore[attr-defined]
            raise exc
        if opts.brief:              # the creator brief from this same compose (toolkit/brief)
            stage = "brief"
            from .brief import build_brief, write_brief
            write_brief(work, build_brief(product, market, opts, translator=translator, fx=fx, festival=festival,
                                          composed=c))
        vo = None
        if opts.video:
            stage = "voice"
            if on_stage:
                on_stage("voice-over")
            from .voice import prepare
            vo = prepare(script, market, opts, (facts.price, facts.old_price), work)
            if vo:           # each scene now lasts as long as its line is said: no estimate of it is left to report
                findings = [f for f in findings if f.code != "pace.voice_too_long"] + vo.findings
        cues = build_cues(script, market.script, vo.speech() if vo else None)
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
                if on_stage:
                    on_stage("video")
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
                       animation=style.animation, size=size, music=opts.music, voice=vo.track if vo else None)
                for p in plans:
                    p.background.unlink(missing_ok=True)
                    p.text.unlink(missing_ok=True)
            outside += [k for k, bl in boxes.items() for b in bl if not zone.contains(b)]
            text_boxes.update(boxes)
        if vo:
            (work / ".voice.wav").unlink(missing_ok=True)
        zone = safe_zone(market.rtl)
        for k in outside:
            findings.append(Finding(code="render.safe_zone", severity="error", where=k,
                                    message="text drawn outside the platform's safe zone"))
        script_doc = script.to_dict()
        # a bundle is shared with agencies and creators: images are named as the catalog names them (a relative
        # path or a URL) with the bytes' digest, never by the seller's absolute paths
        refs = {i.path: i for i in product.images if i.path}
        import copy
        alternatives = copy.deepcopy(c.alternatives)
        scenes = script_doc.get("scenes", []) + [sc for alt in alternatives
                                                 for sc in (alt.get("script") or alt).get("scenes", [])]
        for sc in scenes:                          # the chosen script's and every alternative's
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
                      "discount_fraction": facts.discount_fraction if facts.discount else None,
                      "product": facts.knowledge.to_dict() if facts.knowledge else None,
                      "pitch": [mf.to_dict() for mf in facts.pitch]},
            "coverage": coverage(facts, script),
            "subtitles": [{"start": c.start, "end": c.end, "lines": list(c.lines)} for c in cues],
            "safe_zone": asdict(zone), "text_boxes": text_boxes, "ad_text": bt.ad_text,
            "festival": festival.to_dict() if festival else None, "style": style.name,
            "alternatives": alternatives,
            "formats": list(opts.formats), "format": "9:16" if "9:16" in opts.formats else opts.formats[0],
            "encoder": {"codec": "libx264", "preset": opts.preset, "crf": opts.crf} if opts.video else None,
        })
        if vo:
            script_doc["voice"] = vo.to_dict()     # a synthetic voice says so (and the MP4's metadata does)
        from .results.register import stamp, write_upload_names
        stamp(script_doc, product.id, market.code)  # creative ids and features (toolkit/results)
        write_upload_names(work, script_doc)
        atomic_write_json(work / "script.json", script_doc)
        return findings, script_doc
    except CtkError:
        raise
    except Exception as exc:
        exc.ctk_stage = stage  # type: ignore[attr-defined]
        raise

def _tag_caption(product: Product, market: MarketProfile, script, caption) -> Finding:
    from .results.ids import creative_id, tag_caption
    cid = creative_id(product.id, market.code, script.scenes)
    form = tag_caption(caption, cid, market.limit("hashtags_max", 5), market.limit("caption_max_utf16", 2200))
    if form is None:
        return Finding(code="results.caption_tag", severity="warning", where="caption",
                       message=f"the creative id {cid} does not fit in the caption's limit; it was left out",
                       fix="shorten the caption, or paste ad_name.txt as the ad name")
    return Finding(code="results.caption_tag", severity="info", where="caption",
                   message=f"the creative id {cid} ends the caption ({form})")

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
