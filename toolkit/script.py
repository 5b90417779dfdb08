"""The template script generator: native copy from locales/, filled with the product's localized facts.

Deterministic: the same product, market and seed always give the same script. Variants rotate across
products (a hash of the product id), so a catalog does not open every video with the same hook.
"""

from __future__ import annotations

import hashlib
from math import gcd
import re
from typing import Protocol

from .facts import Facts
from .markets import Line, MarketProfile
from .bullets import MAX_BULLETS, FactLine, bullet_lines
from .model import Finding, Scene, Script

VISUALS = {
    "hook": "Product hero shot, quick push-in; bold on-screen hook",
    "intro": "Full product on clean background, slow zoom",
    "benefit": "Close-up detail of the product, gentle pan",
    "offer": "Product with price badge",
    "cta": "Product and call to action; point to the shop button",
}
MIN_SCENE, MAX_SCENE, MIN_TOTAL, MAX_TOTAL = 2.0, 7.0, 9.0, 34.0


class ScriptGenerator(Protocol):
    name: str

    def generate(self, facts: Facts, market: MarketProfile, images: list[str], seed: int = 0) -> tuple[Script, list[Finding]]: ...


def _pick(lines: list[Line], facts: Facts, key: str, market: MarketProfile, values: dict,
          prefer_rich: bool = False, universe: list | None = None) -> Line | None:
    from .knowledge.claims import unsupported
    eligible = [ln for ln in lines if all(facts.has(r) for r in ln.requires)]
    # a line that asserts what no fact supports (lightness, easy setup, popularity...) is never chosen
    eligible = [ln for ln in eligible if not unsupported(fill(ln.screen, values) + " \n " + fill(ln.voice, values),
                                                         facts)] or eligible
    if not eligible:
        return None
    taboo = market.raw_culture.get("taboo_numbers", []) if hasattr(market, "raw_culture") else []
    if taboo:
        clean = [ln for ln in eligible if not any(t in fill(ln.screen, values) + fill(ln.voice, values) for t in taboo)]
        eligible = clean or eligible
    # Half of the time, prefer lines that use a fact the product has (a discount hook for a discounted product).
    h = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16)
    rich = [ln for ln in eligible if {r for r in ln.requires if r[:1] != "!"} - {"giftable", "unnamed", "cheap"}]   # a fact, not a gate
    pool = rich if rich and prefer_rich and (h >> 8) % 2 == 0 else eligible
    slot = catalog_slot(key, facts)
    if slot is None:
        return pool[h % len(pool)]
    # in a catalog: the catalog's start is a place in the market's whole list, the same for every product; each
    # product takes its pool's line from that place stepped by its rank times a step near 0.618 of the pool, coprime
    # with it: eight products with one pool take eight lines, and neighbours whose pools differ by a line or two
    # (a fact to state, a greeting too long) land far apart instead of one line apart
    start, rank = slot
    universe = universe or lines
    pos = {id(ln): k for k, ln in enumerate(universe)}
    pool = sorted(pool, key=lambda ln: pos.get(id(ln), 0))
    first = next((k for k, ln in enumerate(pool) if pos.get(id(ln), 0) >= start % len(universe)), 0)
    n = len(pool)
    step = next((s for d in range(n) for s in (round(n * 0.618) + d, round(n * 0.618) - d) if 0 < s and gcd(s, n) == 1), 1)
    return pool[(first + rank * step) % n]


def catalog_slot(key: str, facts) -> tuple[int, int] | None:
    """(start, rank) of a product in its catalog, or None for a lone product (its hash alone picks). By hash alone,
    twelve products of a catalog draw the same greeting two or three times; in a catalog, products take
    consecutive lines from one start the catalog and role choose (the product's place by id, not run order)."""
    slot = getattr(facts, "slot", None)
    if not slot:
        return None
    pid, rank, catalog = (tuple(slot) + ("",))[:3]
    start = int(hashlib.sha1((catalog + key.replace(f"|{pid}|", "|", 1)).encode("utf-8")).hexdigest()[:8], 16)
    return start, rank


def fill(template, values: dict) -> str:
    """A template filled with a product's values: a content.ftl pattern (Fluent, with the grammar variables)
    or a Python format string with grammar specs (festivals.toml, facts.toml)."""
    if hasattr(template, "format") and not isinstance(template, str):
        text = template.format(values)
    else:
        from .grammar import Word
        text = template.format_map(_Missing({k: Word(v) if isinstance(v, str) else v for k, v in values.items()}))
    # collapse runs of ordinary spaces only: no-break spaces (fr "100 %", "25,99 €", " :") are typography
    text = "\n".join(re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in text.split("\n"))
    return capitalize_first(text, values.get("_lang", "") if isinstance(values, dict) else "")   # tr "ince" -> "İnce"


class _Missing(dict):
    def __missing__(self, key):
        from .grammar import Word
        return Word("")


# Arabic, Thai, kana, Han and Hangul: a sentence in these scripts has no capital letter to give
_CASELESS = re.compile(r"[\u0600-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def capitalize_first(text: str, lang: str = "") -> str:
    """Upper-case the first letter when the line starts with a word (after opening quotes or brackets);
    a line that starts with a number or symbol ("20% off") is left as it is, and so is a brand's own spelling
    where the sentence is in a script without case ("samarhaus에서 나온…") or the word is cased inside ("iPhone")."""
    if _CASELESS.search(text):
        return text
    for i, ch in enumerate(text):
        if ch.isalpha():
            word = re.match(r"\w+", text[i:]).group(0)
            if any(c.isupper() for c in word[1:]):
                return text
            from .writing import upper
            return text[:i] + upper(ch, lang) + text[i + 1:] if ch.islower() else text
        if ch.isspace() or ch in "\"'“‘«„([¿¡":
            continue
        return text
    return text


def spoken_len(text: str) -> int:
    """Characters that take time to say: Thai vowel and tone marks ride on their consonant."""
    import unicodedata
    return sum(1 for ch in text if unicodedata.category(ch) not in ("Mn", "Me", "Cf"))


def voice_cps(market: MarketProfile) -> float:
    from .writing import script_info
    return float(market.pace.get("voice_cps") or script_info(market.script).get("voice_cps", 14.0))


HOOK_SECONDS = 3.0


def fits_hook(voice: str, market: MarketProfile) -> bool:
    """A hook line is said within the hook scene (the first 3 s), with a breath to spare; measured as it is
    said (units and symbols in words)."""
    from .spoken import speak
    return spoken_len(speak(voice, market)) / voice_cps(market) <= HOOK_SECONDS - 0.3


def scene_duration(screen: str, voice: str, market: MarketProfile) -> float:
    cps = voice_cps(market)
    speak = spoken_len(voice) / cps
    read = len(screen) / max(1, market.limit("reading_cps", 15))
    d = max(speak, read) + 0.6
    return max(MIN_SCENE, min(MAX_SCENE, d))


class TemplateGenerator:
    name = "template"

    def generate(self, facts: Facts, market: MarketProfile, images: list[str], seed: int = 0, product_id: str = "",
                 festival=None):
        values = dict(facts.values(), _lang=market.language)
        c = market.content
        base = f"{seed}|{product_id}|{market.code}"
        plan: list[tuple[str, Line]] = []
        hook = None
        # a product with a selling point strong enough to open the video opens with it; the festival then shows on
        # the cover, the overlays and the hashtags. A greeting opens the others.
        if festival is not None and festival.greetings and not facts.has("pitch"):
            # a themed bundle opens with the festival's greeting: one that fits the hook scene when there is one
            phase = getattr(festival, "phase", "any")
            greetings = [g for g in festival.greetings if getattr(g, "when", "any") in ("any", phase)] or \
                [g for g in festival.greetings if getattr(g, "when", "any") == "any"]
            # "20% off for Christmas" announces a festival sale the seller never announced; "Gift idea: {category}"
            # needs the product's own word, not a group's ("Gift idea: home")
            greetings = [g for g in greetings if "discount" not in g.requires
                         and (facts.has("typed") or "{category" not in str(g.voice) + str(g.screen))]
            fit = [g for g in greetings if fits_hook(fill(g.voice, values), market)]
            # a greeting too long for the 3-s hook gives way to a hook that fits (the theme, hashtags and art stay)
            hook = _pick(fit, facts, base + "|festival|" + festival.id, market, values, prefer_rich=True,
                         universe=list(festival.greetings)) if fit else None
        # "44% off!" as the opener when only one colour is 44% off: the offer says "some variants", a hook can't
        partial = getattr(facts, "discount_partial", False)
        fitting = [ln for ln in c["hook"] if fits_hook(fill(ln.voice, values), market)
                   and not (partial and "discount" in ln.requires)]
        hook = hook or _pick(fitting, facts, base + "|hook", market, values, prefer_rich=True) or \
            _pick(sorted(c["hook"], key=lambda ln: spoken_len(fill(ln.voice, values)))[:2], facts, base + "|hook",
                  market, values)
        plan.append(("hook", hook))
        # a product ctk can only call by its group ("Beauty", "Wohnen") is not introduced by that word: the video
        # goes from the hook to what it does
        intro_said = ""
        if not facts.has("unnamed"):
            intro = _pick(c["intro"], facts, base + "|intro", market, values)
            plan.append(("intro", intro))
            intro_said = fill(intro.voice, values) if intro is not None else ""
        # benefit scenes cite the product's facts, in the type's selling order (docs/facts-data.md)
        # the selling point that opened the video is not said again as a benefit (graders read "Kısa not:
        # Katlanabilir" then "Katlanabilir" as a repeat); hook frames state it, they do not promise to explain it
        said = values.get("hook_fact") if hook is not None and "pitch" in getattr(hook, "requires", ()) else None
        shown = fill(intro.screen, values) if intro_said and intro is not None else ""
        for b in fact_benefits(facts, market, base, said=said, intro=intro_said, shown=shown):
            plan.append(("benefit", b))
        if facts.price:
            # variants at different prices: "from $X" (offer-from), where the market has such lines, even with a
            # reduction ("was $170, now $135" is one variant's pair; the caption says "from" too)
            sec = "offer_from" if getattr(facts, "price_varies", False) and c.get("offer_from") else \
                "offer_discount" if facts.discount else "offer"
            plan.append(("offer", _pick(c[sec], facts, base + "|" + sec, market, values)))
        plan.append(("cta", _pick(c["cta"], facts, base + "|cta", market, values)))
        scenes = []
        imgs = images or [None]
        from .spoken import speak
        for i, (role, line) in enumerate([(r, ln) for r, ln in plan if ln is not None], start=1):
            screen = fill(line.screen, values)
            # the voice-over says prices, units and ranges in words ([spoken] of the market's facts.toml)
            # the voice line is kept as written ("$24.99", "16 oz"): subtitles show it so; the speech engine says it
            # in words (toolkit/spoken.py) and the scene is timed by that spoken form
            voice = capitalize_first(fill(line.voice, values), market.language)
            note = market.labels.get("some_variants") if role == "offer" and facts.discount and \
                getattr(facts, "discount_partial", False) else None
            if note:                                # "20% off" that holds for some variants only says so
                screen = f"{screen}\n{note.rstrip('.。')}"
                voice = voice.rstrip() + ("" if voice.rstrip()[-1:] in "。！？" else " ") + note
            cited = list(getattr(line, "facts", ()))
            if role == "hook" and said:             # a hook that states a selling point cites it
                cited += next((list(mf.ids) for mf in facts.pitch if mf.screen == said), [])
            spoken = speak(voice, market, (facts.price, facts.old_price))
            scenes.append(Scene(index=i, role=role, duration=scene_duration(screen, spoken, market),
                                screen=screen, voice=voice, visual=VISUALS[role],
                                image=imgs[(i - 1) % len(imgs)], facts=cited, line=_line_id(line, festival)))
        cite(scenes, facts)
        if scenes[0].duration > HOOK_SECONDS:
            scenes[0].duration = HOOK_SECONDS  # the hook lands in the first seconds (its line was chosen to fit)
        _fit_total(scenes)
        terms = tuple({w for mf in facts.pitch for w in (mf.value, mf.short, mf.screen) if w}
                      | {w for w in (facts.name, facts.category, facts.brand) if w})
        return Script(market=market.code, language=market.language, scenes=scenes, generator=self.name,
                      terms=terms), []


def _line_id(line, festival) -> str | None:
    """Which template line a scene says: its content.ftl id ("hook-3"), "festival:<id>" for a festival's greeting,
    None for a line built from the product's facts (the results features read the hook's, toolkit/results)."""
    if festival is not None and any(line is g for g in getattr(festival, "greetings", ())):
        return f"festival:{festival.id}"
    return getattr(getattr(line, "voice", None), "msg_id", None)


MAX_BENEFITS = 4
def _shown(value: str, text: str) -> bool:
    """The value is in the text, inflected or not: every word of it (four letters or more) opens a word of the
    text with its first four letters ("skóra naturalna" in "portfel ze skóry naturalnej"); shorter words whole."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    parts = re.findall(r"[^\W\d_]+", value.lower())
    return bool(parts) and (value.lower() in text.lower() or all(
        any(w.startswith(p[:4]) for w in words) if len(p) >= 4 else p in words for p in parts))


def fact_benefits(facts: Facts, market: MarketProfile, base: str, said: str | None = None, intro: str = "",
                  shown: str = "") -> list:
    """At most four benefit scenes, each stating one of the product's facts (in the type's selling order);
    when there are more facts than scenes a second one rides on screen, so that most of what the seller wrote
    reaches the video. Colour and size choice take the last scene when the product has them."""
    c = market.content
    values = dict(facts.values(), _lang=market.language)
    pitch = [mf for mf in facts.pitch if not (said and mf.screen == said)]
    # what the intro just said with the name ("ce gin épicé", "ニキビ肌向け洗顔料") is not said again as a benefit;
    # an intro that says only the type word ("essa bolsa") leaves the material to its own line
    pitch = [mf for mf in pitch if not (mf.short and intro and mf.short.lower() in intro.lower()
                                        and (mf.value or mf.short).lower() == mf.short.lower())]
    # nor what the name on the intro's screen says whole ("Kerze aus Sojawachs", then "Material: Sojawachs");
    # a scent list the name says one note of ("Watermelon … Candle": lemon and vanilla too) keeps its line
    pitch = [mf for mf in pitch if not (shown and mf.value and _shown(mf.value, shown))]
    options: list = []
    if facts.has("colors"):
        # ten colours are counted, not read out, where the market has such a line (.requires = many_colors)
        many = [ln for ln in c["benefit_colors"] if "many_colors" in ln.requires]
        lines = many if facts.has("many_colors") and many else \
            [ln for ln in c["benefit_colors"] if "many_colors" not in ln.requires]
        ln = _pick(lines, facts, base + "|col", market, values)
        if ln:
            options.append(FactLine(ln.screen, ln.voice, facts=("color",)))
    # a child's garment in letter sizes (XXS–XXL are the shop's codes for ages): its age range says whom it fits
    kids_letters = facts.has("attr:age_range") and all(re.fullmatch(r"(?i)\d?x{0,3}[sml]|x{0,3}l", s) for s in facts.sizes)
    if facts.has("sizes") and not kids_letters:
        ln = _pick(c["benefit_sizes"], facts, base + "|size", market, values)
        if ln:
            options.append(FactLine(ln.screen, ln.voice, facts=("size",)))
    if facts.has("material") and not any(mf.attr == "material" for mf in facts.pitch) \
            and not ((intro or shown) and (facts.material or "").lower() in f"{intro} {shown}".lower()):
        ln = _pick(c["benefit_material"], facts, base + "|mat", market, values)
        if ln:
            ids = tuple(f.id for f in facts.knowledge.get("material")) if facts.knowledge else ()
            options.insert(0, FactLine(ln.screen, ln.voice, facts=ids))
    slots = MAX_BENEFITS - min(len(options), 1 if len(pitch) >= MAX_BENEFITS - 1 else MAX_BENEFITS)
    from .knowledge.render import EXTRA_ONLY
    main = [mf for mf in pitch if mf.attr not in EXTRA_ONLY]
    n = min(slots, len(main))
    primary = main[:n]
    extra = [mf for mf in pitch if mf not in primary][:n]
    out: list = []
    for i, mf in enumerate(primary):
        screen, voice, ids = mf.screen, mf.voice, list(mf.ids)
        if i < len(extra):
            ex = extra[i]
            room = 22 if market.script in ("Jpan", "Kore", "Hans", "Hant") else 44
            # the second fact's own screen line names it in the market's words ("サイズ90 × 90 cm"); its short
            # form is the fallback when that does not fit
            add = next((a for a in (ex.screen, ex.short) if a and len(screen) + len(a) + 3 <= room), None)
            joined = f"{voice}{'' if voice[-1:] in '。！？' else ' '}{ex.voice}"
            # a second fact rides along only when the voice-over can say it too, within one scene
            if add and add.lower() not in screen.lower() and spoken_len(joined) / voice_cps(market) + 0.6 <= MAX_SCENE:
                fmt = facts_format(market)
                screen = f"{screen}{fmt.get('join', ' · ')}{capitalize_first(add, market.language)}"
                ids += ex.ids
                voice = joined
        out.append(FactLine(screen.replace("{", "{{").replace("}", "}}"), voice.replace("{", "{{").replace("}", "}}"),
                            facts=tuple(ids)))
    out += options[:MAX_BENEFITS - len(out)]
    # the seller's own bullets, where they are in the market's language, say what no lexicon term does ("fits
    # a 15.6 in laptop", "foams milk in 15 seconds"): up to two of them that no line already says
    # what the hook or the intro said (a "Linen Shirt" said linen) is not a seller bullet's point either
    hook_ids = [i for mf in facts.pitch for i in mf.ids if (said and mf.screen == said)
                or (mf.short and intro and mf.short.lower() in intro.lower())]
    if facts.material and intro and facts.material.lower() in intro.lower() and facts.knowledge:
        hook_ids += [f.id for f in facts.knowledge.get("material")]
    out += bullet_lines(facts, market, out, room=min(MAX_BULLETS, MAX_BENEFITS - len(out)) if out else MAX_BENEFITS,
                        said_ids=hook_ids)
    if not out:
        # no fact to state: a line for the product's group ("easy to style" for apparel), else a generic one
        group_lines = market.categories.get(facts.group or "", [])
        ln = _pick(group_lines, facts, base + "|grp", market, values) if group_lines else None
        ln = ln or _pick(c["benefit_generic"], facts, base + "|gen", market, values)
        if ln:
            out.append(ln)
    return out


def _mentions(text: str, word: str) -> bool:
    """Whole words where words are spaced ("nữ" is not in "nữa"); substrings in Thai, Japanese, Chinese."""
    if word not in text:
        return False
    if re.search(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]", word):
        return True
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text) is not None


def facts_format(market: MarketProfile) -> dict:
    from .knowledge.render import market_facts_data
    return market_facts_data(market).get("format", {})


def cite(scenes: list[Scene], facts: Facts) -> None:
    """Every scene lists the fact ids it states: the ones its line was built from, and any fact whose market
    wording appears in its text (a name built from facts, a model's line, a marketer's edit)."""
    for s in scenes:
        text = (s.screen + " \n " + s.voice).lower()
        ids = list(s.facts)
        for mf in facts.pitch:
            words = [w for w in (mf.short, mf.value) if w and len(w) >= 2]
            if any(_mentions(text, w.lower()) for w in words) or (mf.value and _shown(mf.value, text)):
                ids += [i for i in mf.ids if i not in ids]
        s.facts = list(dict.fromkeys(ids))


def _fit_total(scenes: list[Scene]) -> None:
    total = sum(s.duration for s in scenes)
    scale = 1.0
    if total < MIN_TOTAL:
        scale = MIN_TOTAL / total
    elif total > MAX_TOTAL:
        scale = MAX_TOTAL / total
    for s in scenes:
        # whole frames at 30 fps, so subtitles, video and script agree exactly
        s.duration = round(round(s.duration * scale * 30) / 30, 4)
    diff = round(sum(s.duration for s in scenes), 4)
    while diff > MAX_TOTAL + 1e-6:          # frame rounding can overshoot by a frame or two
        longest = max(scenes, key=lambda s: s.duration)
        longest.duration = round(longest.duration - 1 / 30, 4)
        diff = round(sum(s.duration for s in scenes), 4)
    if diff < MIN_TOTAL:
        scenes[-1].duration = round(scenes[-1].duration + (MIN_TOTAL - diff) + 1 / 30, 4)
