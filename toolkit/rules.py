"""Compliance rule engine. Rules are data (locales/_shared/rules.toml and locales/<market>/rules.toml);
each kind below turns a rule and a bundle's text into findings, with a fix and, where it is safe,
an auto-fix applied to the bundle (the finding then says what changed)."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError
from .markets import MarketProfile, locales_dir
from .model import Finding, Scene
from .adtext import ad_text_limit, clean_ad_text
from .textutil import fits_script, strip_emoji, utf16_len

KINDS = {"terms", "disclosure", "price_reduction", "taboo_number", "caption_length", "hashtags", "ad_text", "script",
         "synthetic_voice"}


@dataclass
class Rule:
    id: str
    kind: str
    severity: str
    markets: tuple[str, ...]
    message: str
    fix: str
    source: str
    checked: str
    params: dict = field(default_factory=dict)

    def applies(self, market: str, day: dt.date | None) -> bool:
        if "*" not in self.markets and market not in self.markets:
            return False
        eff = self.params.get("effective_from")
        if eff and day is not None and day < dt.date.fromisoformat(str(eff)):
            return False
        return True

    def summary(self) -> dict:
        return {"id": self.id, "kind": self.kind, "severity": self.severity, "markets": list(self.markets),
                "message": self.message, "source": self.source, "checked": self.checked,
                "effective_from": self.params.get("effective_from")}


def kinds() -> dict:
    """Rule kinds: ctk's own (`_kind_<name>` below) and those installed packages add ("ctk.rule_kinds")."""
    from .registry import plugins
    own = {k: globals()["_kind_" + k] for k in KINDS}
    return {**{name: fn for name, fn in plugins("ctk.rule_kinds") if name not in own}, **own}


def _parse(path: Path) -> list[Rule]:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", file=str(path), hint="fix the syntax") from None
    out = []
    for i, r in enumerate(data.get("rule", []), start=1):
        for key in ("id", "kind", "severity", "message", "source"):
            if not r.get(key):
                raise ConfigError(f"rule {i}: missing key '{key}'", file=str(path), hint="see locales/_shared/rules.toml")
        if r["kind"] not in kinds():
            raise ConfigError(f"rule '{r['id']}': unknown kind '{r['kind']}'", file=str(path),
                              hint="kinds: " + ", ".join(sorted(kinds())))
        if r["severity"] not in ("error", "warning", "info"):
            raise ConfigError(f"rule '{r['id']}': severity must be error, warning or info", file=str(path),
                              hint="fix the value")
        params = {k: v for k, v in r.items() if k not in ("id", "kind", "severity", "markets", "message", "fix",
                                                         "source", "checked")}
        out.append(Rule(r["id"], r["kind"], r["severity"], tuple(m.lower() for m in r.get("markets", ["*"])),
                        r["message"], r.get("fix", ""), r["source"], str(r.get("checked", "")), params))
    return out


@lru_cache(maxsize=8)
def _all_rules(root: str) -> tuple[Rule, ...]:
    rootp = Path(root)
    rules = _parse(rootp / "_shared" / "rules.toml")
    from .registry import plugins
    for name, pack in plugins("ctk.rule_packs"):         # packs from installed packages
        rules += _parse(Path(pack() if callable(pack) else pack))
    for extra in sorted(rootp.glob("*/rules.toml")):
        if extra.parent.name.startswith("_"):
            continue
        for r in _parse(extra):
            if r.markets == ("*",):
                r.markets = (extra.parent.name,)
            rules.append(r)
    ids = [r.id for r in rules]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise ConfigError(f"rule id '{sorted(dup)[0]}' is defined twice", file=str(rootp), hint="rule ids must be unique")
    return tuple(rules)


def all_rules() -> tuple[Rule, ...]:
    return _all_rules(str(locales_dir()))


def rules_for(market: str, day: dt.date | None = None) -> list[Rule]:
    return [r for r in all_rules() if r.applies(market, day)]


# ---- the text a bundle shows ----------------------------------------------------------

@dataclass
class BundleText:
    market: MarketProfile
    caption: str
    hashtags: list[str]
    scenes: list[Scene]
    cover_name: str
    ad_text: str
    price: str | None = None
    old_price: str | None = None
    discount: str | None = None
    sponsored: bool = False
    day: dt.date | None = None
    protected: tuple[str, ...] = ()
    colors: tuple[str, ...] = ()   # the product's own colour words: "Grün" as a colour is not a green claim
    extra_terms: list[tuple[str, str]] = field(default_factory=list)   # (term, why) e.g. festival avoid words
    # the seller's own product fields (where, text) in the catalog's language: what the product IS, for the rules
    # that say `product = true` (a gin is prohibited whatever name the market's copy gives it)
    product: tuple[tuple[str, str], ...] = ()
    product_lang: str = "en"
    voice: str | None = None       # the synthetic voice of the video's voice-over, if any

    def fields(self) -> list[tuple[str, str]]:
        body = self.caption
        for t in self.hashtags:
            body = body.replace(t, " ")
        out = [("caption", body), ("ad text", self.ad_text), ("cover", self.cover_name)]
        for s in self.scenes:
            out.append((f"scene {s.index} on-screen text", s.screen))
            out.append((f"scene {s.index} voice-over", s.voice))
        return out


@lru_cache(maxsize=16384)        # every term of every rule, per bundle: compiled once (ctk render, fit, lint)
def _pattern(term: str, lang: str) -> re.Pattern:
    esc = re.escape(term)
    from .writing import language_info
    if language_info(lang).get("word_bounded") or re.fullmatch(r"[\x00-\x7f]+", term):
        return re.compile(r"(?<![\w#])" + esc + r"(?!\w)" if term[0].isalnum() else esc + r"(?!\w)", re.I)
    if lang == "ar":
        # whole words, with the clitics Arabic writes on the front (و ف ب ل ال): "البيرة" is beer, "كبيرة" is "big"
        return re.compile(r"(?<!\w)(?:و|ف)?(?:ب|ل)?(?:ال|لل)?" + esc + r"(?!\w)")
    return re.compile(esc, re.I)


def find_terms(text: str, terms: list[str], lang: str, exceptions: list[str] = ()) -> list[tuple[int, int, str]]:
    """(start, end, term) of every term in text, longest first, outside the exceptions."""
    blocked: list[tuple[int, int]] = []
    for ex in exceptions:
        for m in _pattern(ex, lang).finditer(text):
            blocked.append(m.span())
    hits: list[tuple[int, int, str]] = []
    for term in sorted(terms, key=len, reverse=True):
        for m in _pattern(term, lang).finditer(text):
            s, e = m.span()
            if any(bs <= s < be or bs < e <= be for bs, be in blocked):
                continue
            if any(not (e <= hs or s >= he) for hs, he, _ in hits):
                continue
            hits.append((s, e, term))
    return sorted(hits)


def _langs(market: MarketProfile) -> list[str]:
    lang = market.language.split("-")[0]
    return [lang] + (["en"] if lang != "en" else [])


def _keep_case(src: str, repl: str) -> str:
    if src[:1].isupper():
        return repl[:1].upper() + repl[1:]
    return repl


def run_rules(bt: BundleText, *, autofix: bool = True) -> tuple[list[Finding], BundleText]:
    """All rules for the bundle's market. Returns findings and the (possibly auto-fixed) text."""
    findings: list[Finding] = []
    m = bt.market
    for rule in rules_for(m.code, bt.day):
        f = kinds()[rule.kind](rule, bt, autofix)
        findings.extend(f)
    for term, why in bt.extra_terms:
        if term.strip().isdigit():      # numbers are the taboo_number rule's job
            continue
        for where, text in bt.fields():
            if find_terms(text, [term], m.language.split("-")[0]):
                findings.append(Finding(code="festival.avoid", severity="warning", where=where,
                                        message=f"'{term}' is best avoided around {why}", segment=text,
                                        fix="rephrase the line"))
    return findings, bt


def _finding(rule: Rule, where: str, segment: str | None = None, message: str | None = None,
             fixed: str | None = None, term: str | None = None) -> Finding:
    return Finding(code=rule.id, severity="info" if fixed else rule.severity, where=where,
                   message=message or rule.message, fix=rule.fix or None, source=rule.source, segment=segment,
                   fixed=fixed, term=term)


def _kind_terms(rule: Rule, bt: BundleText, autofix: bool) -> list[Finding]:
    out = []
    langs = _langs(bt.market)
    terms_by = rule.params.get("terms", {})
    exc_by = rule.params.get("exceptions", {})
    repl_by = rule.params.get("replace", {})
    for lang in langs:
        terms = terms_by.get(lang, [])
        if not terms:
            continue
        exc = exc_by.get(lang, [])
        repl = {k.lower(): v for k, v in repl_by.get(lang, {}).items()}
        colours = {c.casefold() for c in bt.colors}
        # the caption and scene lines can be fixed in place; other fields are reported
        fields = bt.fields()
        if rule.params.get("product") and lang in (bt.product_lang.split("-")[0], "en"):
            fields = fields + list(bt.product)
        names = [n.strip() for n in (bt.cover_name, *(x for w, t in bt.product if w == "product title"
                                                      for x in (t, re.split(r"\s[-–—|]\s|,", t)[0]))) if n and n.strip()]
        for where, text in fields:
            for s, e, term in find_terms(text, terms, lang, exc):
                found = text[s:e]
                if found.casefold() in colours:
                    continue
                if not rule.params.get("product") and _in_name(text, s, e, names):
                    # "S'MONE Perfect UV Sunscreen" is the seller's product name: never rewritten, said as a warning
                    out.append(Finding(code=rule.id, severity="warning", where=where, term=found, segment=text,
                                       message=f"{rule.message}: '{found}' in the product's own name",
                                       fix="check the product name with the seller", source=rule.source))
                    continue
                fixed = None
                key = next((k for k in sorted(repl, key=len, reverse=True) if term.lower() in k and k != term.lower()
                            and k in text[max(0, s - len(k)):e + len(k)].lower()), term.lower())
                if autofix and key in repl and where != "cover":
                    i = text.lower().find(key, max(0, s - len(key)))      # "the perfect fit" -> "a great fit"
                    found = text[i:i + len(key)] if key != term.lower() and i >= 0 else found
                    new = _keep_case(found, repl[key])
                    if _replace_in(bt, where, found, new):
                        fixed = f"replaced '{found}' with '{new}' in {where}"
                out.append(_finding(rule, where, segment=text, message=f"{rule.message}: '{found}'", fixed=fixed,
                                    term=found))
    return out


def _in_name(text: str, s: int, e: int, names: list[str]) -> bool:
    """True when text[s:e] lies inside an occurrence of the product's own name or title."""
    low = text.lower()
    return any(m.start() <= s and e <= m.end() for n in names for m in re.finditer(re.escape(n.lower()), low))


def _replace_in(bt: BundleText, where: str, old: str, new: str) -> bool:
    pat = re.compile(re.escape(old))
    if where == "caption":
        bt.caption = pat.sub(new, bt.caption)
        return True
    if where == "ad text":
        bt.ad_text = pat.sub(new, bt.ad_text)
        return True
    mt = re.match(r"scene (\d+) (on-screen text|voice-over)", where)
    if mt:
        idx = int(mt.group(1))
        for i, s in enumerate(bt.scenes):
            if s.index == idx:
                if mt.group(2) == "on-screen text":
                    bt.scenes[i] = replace(s, screen=pat.sub(new, s.screen))
                else:
                    bt.scenes[i] = replace(s, voice=pat.sub(new, s.voice))
                return True
    return False


def _kind_disclosure(rule: Rule, bt: BundleText, autofix: bool) -> list[Finding]:
    if not bt.sponsored:
        return [Finding(code="disclosure.reminder", severity="info", where="caption",
                        message=f"if this post is paid or the product was gifted, '{bt.market.disclosure['label']}' "
                                "must open the caption", fix="render with --sponsored",
                        source=bt.market.disclosure.get("source"))]
    label = bt.market.disclosure["label"]
    if bt.caption.startswith(label):
        return []
    fixed = None
    if autofix:
        bt.caption = f"{label} {bt.caption}"
        fixed = f"inserted '{label}' at the start of the caption"
    return [_finding(rule, "caption", message=f"the disclosure '{label}' must open the caption", fixed=fixed)]


def _kind_price_reduction(rule: Rule, bt: BundleText, autofix: bool) -> list[Finding]:
    if not (bt.discount and bt.old_price):
        return []
    return [_finding(rule, "price", segment=f"{bt.price} (was {bt.old_price})",
                     message=rule.message.replace("{days}", str(rule.params.get("days", 30))))]


_NUM = re.compile(r"\d[\d.,]*")


def taboo_in(number: str, taboo: list[str]) -> bool:
    """A number reads as taboo when its last significant digit is a taboo digit (6,840, 1,994 and a count
    of 4 do; 4,610 and 1,450 do not): that is the digit shoppers hear in a price ending or a set size."""
    digits = re.sub(r"\D", "", number.split(".")[0] if re.search(r"\.\d{1,2}$", number) else number)
    sig = digits.rstrip("0") or digits
    return bool(sig) and sig[-1] in taboo


def _kind_taboo_number(rule: Rule, bt: BundleText, autofix: bool) -> list[Finding]:
    taboo = bt.market.raw_culture.get("taboo_numbers", ["4"])
    out = []
    checks = [("price", bt.price or ""), ("price", bt.old_price or "")]
    checks += [(f"scene {s.index} on-screen text", s.screen) for s in bt.scenes]
    checks += [("cover", bt.cover_name)]
    units = sorted(bt.market.raw_culture.get("measure_units", []), key=len, reverse=True)
    measure = re.compile(r"\s?(?:" + "|".join(map(re.escape, units)) + r")(?![A-Za-z])") if units else None
    seen = set()
    for where, text in checks:
        for mnum in _NUM.finditer(text):
            num = mnum.group(0).rstrip(".,")
            if where != "price" and measure is not None and measure.match(text, mnum.start() + len(num)):
                continue        # "40時間" of battery is the product's measure, not a count or price to change
            if taboo_in(num, taboo) and (where, num) not in seen:
                seen.add((where, num))
                out.append(_finding(rule, where, segment=text, message=f"{rule.message}: '{num}'"))
    return out


def _kind_caption_length(rule: Rule, bt: BundleText, autofix: bool) -> list[Finding]:
    limit = bt.market.limit("caption_max_utf16", 2200)
    n = utf16_len(bt.caption)
    if n <= limit:
        return []
    return [_finding(rule, "caption", message=f"caption is {n} UTF-16 units; the limit is {limit}")]


def _kind_hashtags(rule: Rule, bt: BundleText, autofix: bool) -> list[Finding]:
    limit = bt.market.limit("hashtags_max", 5)
    tags = re.findall(r"(?<!\w)#[^\s#]+", bt.caption)
    if len(tags) <= limit:
        return []
    fixed = None
    if autofix:
        keep, extra = tags[:limit], tags[limit:]
        for t in extra:
            bt.caption = re.sub(r"\s?" + re.escape(t) + r"(?!\S)", "", bt.caption, count=1)
        bt.hashtags = [t for t in bt.hashtags if t in keep]
        fixed = "dropped " + " ".join(extra)
    return [_finding(rule, "caption", message=f"{len(tags)} hashtags; the market's limit is {limit}", fixed=fixed)]


def _kind_ad_text(rule: Rule, bt: BundleText, autofix: bool) -> list[Finding]:
    limit = ad_text_limit(bt.market)
    t = bt.ad_text
    bad = []
    if len(t) > limit:
        bad.append(f"{len(t)} characters (limit {limit})")
    if "#" in t or "@" in t:
        bad.append("contains # or @")
    if strip_emoji(t) != t:
        bad.append("contains emoji")
    if not bad:
        return []
    fixed = None
    if autofix:
        bt.ad_text = clean_ad_text(t, bt.market, keep=bt.price)
        fixed = "shortened and cleaned the ad text"
    return [_finding(rule, "ad text", segment=t, message=f"{rule.message}: " + ", ".join(bad), fixed=fixed)]


def _kind_script(rule: Rule, bt: BundleText, autofix: bool) -> list[Finding]:
    out = []
    m = bt.market
    for where, text in bt.fields():
        if where.endswith("voice-over"):
            continue
        if text and not fits_script(strip_emoji(text), m.script, bt.protected):
            out.append(_finding(rule, where, segment=text,
                                message=f"{rule.message}: expected {m.script} for {m.code}"))
    return out


def _kind_synthetic_voice(rule: Rule, bt: BundleText, autofix: bool) -> list[Finding]:
    return [_finding(rule, "video", message=f"{rule.message} (voice: {bt.voice})")] if bt.voice else []


def clear_cache() -> None:
    _all_rules.cache_clear()
    _pattern.cache_clear()
