"""Generate script variants with a language model, check them, and decide between them and the
template generator's variants by score."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from ..markets import MarketProfile
from ..model import Finding, Scene, Script
from ..script import VISUALS, TemplateGenerator, _fit_total, capitalize_first, scene_duration
from ..translate import find_concepts
from .prompt import build_messages

ROLES = ("intro", "benefit", "offer", "cta")
CERTIFICATIONS = re.compile(r"(?i)\b(certified|certificate|gots|oeko-tex|fda|ce mark|iso ?\d+|dermatologically tested|"
                            r"clinically|vegan|organic|award[- ]winning)\b")


@dataclass
class Candidate:
    script: Script
    source: str                      # template | model name
    findings: list[Finding] = field(default_factory=list)
    score: float = 0.0
    parts: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"source": self.source, "score": round(self.score, 3), "parts": self.parts,
                "scenes": [s.to_dict() for s in self.script.scenes]}


def parse_json(text: str) -> dict:
    """The first balanced JSON object in a model's reply (models like to add words around it)."""
    start = text.find("{")
    while start >= 0:
        depth, in_str, esc = 0, False, False
        for i in range(start, len(text)):
            ch = text[i]
            if in_str:
                esc = (ch == "\\") and not esc
                if ch == '"' and not esc:
                    in_str = False
                continue
            if ch == '"':
                in_str = True
            elif ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    try:
                        doc = json.loads(text[start:i + 1])
                        if isinstance(doc, dict):
                            return doc
                    except json.JSONDecodeError:
                        break
                    break
        start = text.find("{", start + 1)
    raise ValueError("no JSON object in the reply")


def validate(doc: dict) -> list[str]:
    errs = []
    hook = doc.get("hook")
    if not isinstance(hook, dict) or not isinstance(hook.get("screen"), str) or not hook.get("screen", "").strip():
        errs.append("'hook' must be an object with a non-empty 'screen' string")
    scenes = doc.get("scenes")
    if not isinstance(scenes, list) or not (2 <= len(scenes) <= 7):
        errs.append("'scenes' must be a list of 2 to 7 objects")
    else:
        for i, s in enumerate(scenes, 1):
            if not isinstance(s, dict) or not isinstance(s.get("screen"), str) or not s.get("screen", "").strip():
                errs.append(f"scene {i} needs a non-empty 'screen' string")
    return errs


def repair(doc: dict) -> dict:
    """Safe repairs: trim whitespace and over-long lines, fill a missing voice line from the screen text,
    default unknown roles, make sure the script ends with a call to action."""
    def clean(d):
        screen = " ".join(str(d.get("screen", "")).split())[:80]
        voice = " ".join(str(d.get("voice") or screen).split())[:240]
        role = d.get("role") if d.get("role") in ROLES else "benefit"
        return {"screen": screen, "voice": voice, "role": role}
    hook = clean(doc.get("hook") or {})
    scenes = [clean(s) for s in doc.get("scenes", []) if isinstance(s, dict) and str(s.get("screen", "")).strip()]
    if scenes and scenes[-1]["role"] != "cta":
        scenes[-1]["role"] = "cta"
    return {"hook": hook, "scenes": scenes}


def fact_check(doc: dict, facts, product, market: MarketProfile) -> tuple[dict, list[Finding]]:
    """Every number, material and certification in the output must come from the product or the phrasebook;
    lines that invent one are removed and reported."""
    allowed_text = " ".join(str(x) for x in (facts.name, facts.brand, facts.price, facts.old_price, facts.discount,
                                              " ".join(facts.sizes), len(facts.colors), facts.material or "",
                                              product.title, product.description, " ".join(product.tags),
                                              " ".join(product.attributes.values())))
    allowed_nums = set(re.findall(r"\d+(?:[.,]\d+)?", allowed_text))
    allowed_nums |= {n.replace(",", ".") for n in allowed_nums} | {n.replace(".", ",") for n in allowed_nums}
    own_materials = set(find_concepts(allowed_text, "material"))
    findings = []

    def ok(line: str) -> tuple[bool, str]:
        for n in re.findall(r"\d+(?:[.,]\d+)?", line):
            if n not in allowed_nums and n.rstrip("0").rstrip(".,") not in allowed_nums:
                return False, f"the number '{n}'"
        for mat in find_concepts(line, "material"):
            if mat not in own_materials:
                return False, f"the material '{mat}'"
        m = CERTIFICATIONS.search(line)
        if m and m.group(0).lower() not in allowed_text.lower():
            return False, f"the claim '{m.group(0)}'"
        from ..knowledge.claims import unsupported
        bad = unsupported(line, facts)
        if bad:
            return False, f"the unsupported claim '{bad[0][1]}' ({bad[0][0]})"
        return True, ""
    out_scenes = []
    for s in [doc["hook"]] + doc["scenes"]:
        good = True
        for key in ("screen", "voice"):
            fine, what = ok(s[key])
            if not fine:
                findings.append(Finding(code="gen.invented_fact", severity="warning", where="script",
                                        message=f"the model invented {what}; the line was removed", segment=s[key],
                                        fix="add the fact to the product data if it is true"))
                good = False
                break
        out_scenes.append(s if good else None)
    hook = out_scenes[0] or {"screen": "", "voice": "", "role": "hook"}
    return {"hook": hook, "scenes": [s for s in out_scenes[1:] if s]}, findings


def to_script(doc: dict, market: MarketProfile, images: list[str], source: str) -> Script:
    scenes = []
    imgs = images or [None]
    items = ([("hook", doc["hook"])] if doc["hook"]["screen"] else []) + [(s["role"], s) for s in doc["scenes"]]
    from ..spoken import speak
    for i, (role, s) in enumerate(items, start=1):
        screen, voice = capitalize_first(s["screen"], market.language), capitalize_first(speak(s["voice"], market), market.language)
        scenes.append(Scene(index=i, role=role, duration=scene_duration(screen, voice, market), screen=screen,
                            voice=voice, visual=VISUALS.get(role, VISUALS["benefit"]), image=imgs[(i - 1) % len(imgs)]))
    if scenes and scenes[0].duration > 3.0:
        scenes[0].duration = 3.0
    _fit_total(scenes)
    return Script(market=market.code, language=market.language, scenes=scenes, generator=source)


class LLMGenerator:
    def __init__(self, backend, name: str):
        self.backend, self.name = backend, name

    def propose(self, facts, product, market: MarketProfile, images: list[str], *, festival=None, seed: int = 0,
                variant: int = 0, banned: list[str] = ()) -> tuple[Script | None, list[Finding]]:
        from ..errors import CtkError
        messages = build_messages(facts, market, festival, banned)
        temperature = 0.0 if variant == 0 else 0.8
        findings: list[Finding] = []
        for attempt in range(2):
            try:
                reply = self.backend.chat(messages, seed=seed * 1000 + variant, temperature=temperature)
            except CtkError as exc:
                return None, [Finding(code="gen.backend", severity="warning", where="script", message=str(exc),
                                      fix="the template script was used")]
            try:
                doc = parse_json(reply)
                errs = validate(doc)
            except ValueError as exc:
                errs = [str(exc)]
            if not errs:
                doc, fc = fact_check(repair(doc), facts, product, market)
                findings += fc
                if len(doc["scenes"]) >= 2:
                    return to_script(doc, market, images, self.name), findings
                errs = ["too few scenes left after removing invented facts"]
            messages = messages + [{"role": "assistant", "content": reply[:2000]},
                                   {"role": "user", "content": "The reply was invalid: " + "; ".join(errs) +
                                                               ". Reply with the JSON object only."}]
        findings.append(Finding(code="gen.invalid", severity="info", where="script",
                                message=f"{self.name} did not return a valid script twice ({'; '.join(errs)}); "
                                        "the template script was used"))
        return None, findings


def score(script: Script, market: MarketProfile, facts, errors: int, learned: dict | None = None) -> tuple[float, dict]:
    """Higher is better: fits the limits, no compliance errors, covers the product's key facts, hook in the
    first 2-3 seconds, on-screen text readable at the market's reading speed. With a learned model
    (`ctk render --learned`), `learned` is what the results taught about this variant (toolkit/results/
    scoring.py): its expected uplift with a 90% interval goes into the parts and its points into the total."""
    text = " ".join((s.screen + " " + s.voice).lower() for s in script.scenes)
    from ..script import cite
    cite(script.scenes, facts)
    usable = {i for mf in getattr(facts, "pitch", []) for i in mf.ids}
    if usable:
        used = {i for s in script.scenes for i in s.facts}
        coverage = len(used & usable) / len(usable)
    else:
        keys = [k for k in (facts.category, facts.material, facts.price, *(facts.colors[:2])) if k]
        coverage = sum(1 for k in keys if k.lower() in text) / max(1, len(keys))
    fits = 1.0 if (3 <= len(script.scenes) <= 8 and 9 <= script.duration <= 34.01) else 0.0
    hook = 1.0 if script.scenes and script.scenes[0].duration <= 3.0 else 0.0
    cps = market.limit("reading_cps", 15)
    readable = sum(1 for s in script.scenes if len(s.screen) / max(0.1, s.duration) <= cps) / max(1, len(script.scenes))
    parts = {"fits": fits, "compliance": -float(errors), "coverage": round(coverage, 3), "hook": hook,
             "readable": round(readable, 3)}
    total = 2 * fits + 3 * (0 if errors else 1) - errors + 2 * coverage + hook + readable
    if learned:
        parts["learned"] = dict(learned)
        total += float(learned.get("points", 0.0))
    return total, parts


def template_variants(facts, market, images, *, seed: int, n: int, product_id: str, festival=None) -> list[Script]:
    gen = TemplateGenerator()
    out, seen = [], set()
    for i in range(max(n * 3, n)):
        s, _ = gen.generate(facts, market, images, seed=seed + i * 7919, product_id=product_id, festival=festival)
        sig = tuple(sc.screen for sc in s.scenes)
        if sig not in seen:
            seen.add(sig)
            out.append(s)
        if len(out) >= n:
            break
    return out
