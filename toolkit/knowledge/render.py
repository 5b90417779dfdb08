"""Facts rendered for one market (locales/<m>/facts.toml): native words for every value, numbers and units
as the market writes them, the on-screen name built from facts, and one benefit line per fact."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..markets import MarketProfile
from ..model import Finding
from .extract import QUANTITY_ATTRS, Fact, Knowledge
from .nouns import counted, noun, plural_category, word_of
from .taxonomy import catalog_name
from .units import IMPERIAL, TO_METRIC, _fmt, _imperial, _metric, _number, local_units  # noqa: F401

ENUM_LINES = ("material", "scent", "ingredient", "pattern", "port", "connectivity", "finish", "audience", "flavor")
# low-value facts: rendered and listed, pitched only after everything else
LATE = {"feature:giftable", "feature:gift_box", "feature:one_size", "feature:wireless", "feature:unisex", "audience",
        "feature:led"}
# sizes, weights and runtimes are benefit lines, not part of what a product is called
NOT_IN_NAME = {"dimensions", "length", "height", "diameter", "weight", "volume", "battery_life", "burn_time", "age_range", "players", "battery_with_case",
               "contents", "water_rating", "pages", "connectivity_version", "port", "audience"}
# who a product is for is a listing keyword (男/女/学生), not a selling line of its own
NOT_PITCHED = {"caveat"}
# who it is for rides along with another fact ("Leggings · for women"), never a scene of its own
EXTRA_ONLY = {"audience"}
# a quantity that says more than a flag takes the flag's place (and cites it): IPX5 over "waterproof"
SUBSUMES = {"water_rating": ("feature:waterproof", "feature:water_resistant"), "brightness_levels": "feature:dimmable",
            "connectivity_version": "connectivity:bluetooth", "spf": "feature:uv_protection",
            "age_range": "audience:kids"}
@dataclass
class MarketFact:
    ids: list[str]                 # fact ids this line cites
    attr: str
    short: str | None              # qualifier for a name ("faltbar", "10.000 mAh")
    screen: str
    voice: str
    value: str = ""

    def to_dict(self) -> dict:
        return {"ids": self.ids, "attr": self.attr, "value": self.value, "short": self.short,
                "screen": self.screen, "voice": self.voice}


@dataclass
class Rendered:
    type_word: str | None
    name: str | None
    facts: list[MarketFact] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    claims: dict[str, list[str]] = field(default_factory=dict)


@lru_cache(maxsize=64)
def _load(path: str, mtime: float) -> dict:
    from ..tomlfile import read_toml
    return read_toml(path, optional=True, syntax_hint="fix the syntax (see docs/facts-data.md)")


def market_facts_data(market: MarketProfile) -> dict:
    p = market.folder / "facts.toml"
    try:
        mt = p.stat().st_mtime
    except OSError:
        return {}
    return _load(str(p), mt)


class FactRenderer:
    def __init__(self, market: MarketProfile):
        self.m = market
        self.d = market_facts_data(market)
        self.missing: list[str] = []

    # --- words -------------------------------------------------------------------------------------
    def word(self, attr: str, vid: str) -> str | None:
        if attr == "material":
            w = self.m.word("material", vid) or self.d.get("values", {}).get("material", {}).get(vid)
        elif attr == "feature":
            w = self.d.get("features", {}).get(vid, {}).get("short")
        else:
            w = self.d.get("values", {}).get(attr, {}).get(vid)
        if not w:
            self.missing.append(f"{attr}:{vid}")
        return w

    def type_word(self, type_id: str | None, taxonomy: str | None = None) -> str | None:
        if not type_id:
            return None
        w = word_of(self.d.get("types", {}).get(type_id)) or self.m.word("category", type_id)
        if not w:
            w = catalog_name(taxonomy, self.m.language)
        return w

    def group_word(self, group: str | None) -> str | None:
        if not group:
            return None
        return word_of(self.d.get("groups", {}).get(group)) or self.m.word("category", group)

    def type_noun(self, type_id: str | None):
        """The type word with its grammar (knowledge.nouns.Noun), when facts.toml has it."""
        return noun(self.d.get("types", {}).get(type_id)) if type_id else None

    def group_noun(self, group: str | None):
        return noun(self.d.get("groups", {}).get(group)) if group else None

    def generic_noun(self):
        return noun(self.d.get("name", {}).get("generic"))

    def _join(self, words: list[str]) -> str:
        if len(words) == 1:
            return words[0]
        pattern = self.d.get("format", {}).get("list_and")
        if pattern:                  # the market's own "and" ("・", " und "), three or more with its separator
            sep = self.d.get("format", {}).get("sep", ", ")
            return self._latin_gap(_fmt(pattern, a=sep.join(words[:-1]), b=words[-1]))
        from babel.lists import format_list
        try:
            return format_list(words, locale=self.m.locale)
        except Exception:
            return ", ".join(words)

    # --- values ------------------------------------------------------------------------------------
    def quantity_value(self, f: Fact) -> tuple[str, str] | None:
        """(value text, number text) of a quantity fact in the market's format; a number keeps its unit on the
        same line (no-break spaces: "90 × 90 cm", "10.000 mAh")."""
        out = self._quantity_value(f)
        if out is None:
            return None
        syms = self.d.get("format", {}).get("unit_symbols")
        out = (local_units(out[0], syms), out[1]) if syms else out
        nb = lambda t: re.sub(r"(?<=\d) (?=[^\d(\s])", "\u00a0", t.replace(" × ", "\u00a0×\u00a0"))  # noqa: E731
        return nb(out[0]), nb(out[1])

    def _quantity_value(self, f: Fact) -> tuple[str, str] | None:
        m, v, u = self.m, f.value, f.unit
        if f.attr == "volume" and u == "oz":
            u = "fl oz"             # "16 oz" of a cup or blender is a volume: 473 ml, never 454 g
        unit_fmt = self.d.get("format", {}).get("unit", "{n} {unit}")
        imperial_market = "imperial" in (m.units or "")
        if f.attr in ("battery_capacity", "power", "volume", "weight", "length", "height", "diameter"):
            if u in TO_METRIC:
                mv, mu = _metric(v, u)
                if imperial_market:          # the seller's imperial figure first, metric beside it
                    txt = _fmt(unit_fmt, n=_number(v, m), unit=u)
                    return f"{txt} ({_fmt(unit_fmt, n=_number(mv, m), unit=mu)})", _number(v, m)
                v, u = mv, mu
            # "1,000 ml" is "1 L", "1,500 g" is "1.5 kg": the unit a person says
            if u in ("ml", "g") and isinstance(v, (int, float)) and v >= 1000 and (v % 100 == 0):
                v, u = (v / 1000, "l" if u == "ml" else "kg")
                v = int(v) if float(v).is_integer() else v
            n = _number(v, m)
            txt = _fmt(unit_fmt, n=n, unit=u) if u else n
            imp = _imperial(v, u or "", m)
            if imp:                     # an imperial market reads its own units first: "11.8 fl oz (350 ml)"
                return f"{imp} ({txt})", imp.rsplit(" ", 2 if imp.endswith(" fl oz") else 1)[0]
            return txt, n
        if f.attr == "dimensions":
            if u in TO_METRIC and not imperial_market:
                v, u = [_metric(x, u)[0] for x in v], TO_METRIC[u][0]
            nums = " × ".join(_number(x, m) for x in v)
            txt = _fmt(unit_fmt, n=nums, unit=u)
            imp = _imperial(1, u or "", m)
            if imp:                     # inches first in an imperial market, the seller's centimetres beside them
                iu, k = IMPERIAL[u]
                inums = " × ".join(_number(round(x * k, 1), m) for x in v)
                return _fmt(unit_fmt, n=inums, unit=iu) + f" ({txt})", inums
            elif imperial_market and u in TO_METRIC:
                txt += " (" + _fmt(unit_fmt, n=" × ".join(_number(_metric(x, u)[0], m) for x in v),
                                   unit=TO_METRIC[u][0]) + ")"
            return txt, nums
        if f.attr in ("battery_life", "burn_time", "brightness_levels", "color_modes", "pack_count", "piece_count",
                      "pages", "battery_with_case", "card_slots"):
            n = _number(v, m)
            return n, n
        if f.attr == "water_rating":
            return str(v), str(v)
        if f.attr == "spf":
            return f"SPF {v}{'+' if f.unit == '+' else ''}", str(v)
        if f.attr == "connectivity_version":
            return f"Bluetooth {v}", str(v)
        if f.attr in ("age_range", "players"):
            lo, hi = v[0], v[1]
            txt = f"{_number(lo, m)}+" if hi is None else f"{_number(lo, m)}–{_number(hi, m)}"
            return txt, _number(lo, m)
        if f.attr == "contents":
            items = self.d.get("items", {})
            fmt = self.d.get("format", {}).get("count", "{n} {noun}")
            parts = []
            for item, n in v.items():
                forms = items.get(item)
                if not forms:
                    self.missing.append(f"item:{item}")
                    return None
                noun = forms.get(plural_category(n, m.locale), forms.get("one" if n == 1 else "other", forms.get("one"))) \
                    if isinstance(forms, dict) else forms          # CLDR forms: ar "two", pl "few"/"many"
                parts.append(_fmt(fmt, n=_number(n, m), noun=noun))
            return self._join(parts), ""                          # "1 theepot en 2 kopjes", the market's "and"
        return None

    def render(self, k: Knowledge) -> Rendered:
        type_word = self.type_word(k.type_id, k.taxonomy)
        out: list[MarketFact] = []
        d = self.d
        enums: dict[str, list[Fact]] = {}
        has_version = any(f.attr == "connectivity_version" for f in k.facts)
        present = {f.attr for f in k.facts}
        skip = {x for q, v in SUBSUMES.items() if q in present for x in ((v,) if isinstance(v, str) else v)}
        from .lexicon import load_lexicon        # what the type word already says ("Vaqueros de denim", no)
        skip |= set(getattr(load_lexicon().types.get(k.type_id or ""), "implies", ()))
        skip |= {x for f in k.facts for x in load_lexicon().subsumes.get(f.id, ())}   # [subsumes] in lexicon.toml
        for f in k.facts:
            if f.id in skip:
                continue
            if f.attr == "feature":
                t = d.get("features", {}).get(f.value)
                if not t or not t.get("screen"):
                    self.missing.append(f.id)
                    continue
                screen = _for(t, "screen", k) or t["screen"]
                out.append(MarketFact([f.id], "feature", t.get("short"), screen,
                                      _for(t, "voice", k) or t.get("voice", screen), t.get("short") or ""))
            elif f.attr in QUANTITY_ATTRS:
                t = d.get("quantities", {}).get(f.attr)
                qv = self.quantity_value(f)
                if not t or qv is None:
                    self.missing.append(f.id)
                    continue
                value, n = qv
                sub_ids = SUBSUMES.get(f.attr, ())
                sub_ids = (sub_ids,) if isinstance(sub_ids, str) else sub_ids
                ids = [f.id] + [x for x in sub_ids if k.has(x)]
                # what one counts this type in ("10 Paar", "10 pairs", "10足"): the type's counter, else the market's
                tn = self.type_noun(k.type_id)
                if f.unit == "pair" and tn and tn.counter:
                    continue                # "a pair of earrings" is one pair, not a pack of two
                cnt = (tn.count_word(f.value, self.m.locale) if tn and isinstance(f.value, (int, float)) else "")
                if not cnt and f.unit == "pairs":       # "10双装" of a type counted in pieces: the market's pairs
                    pw = d.get("format", {}).get("pair", "")
                    cnt = (pw.get("one" if f.value == 1 else "other", "") if isinstance(pw, dict) else pw)
                cnt = cnt or d.get("format", {}).get("counter", "")
                kw = dict(n=n, value=value, counter=cnt)
                # the screen shows "380 g (13.4 oz)"; the voice says one of them, never the brackets
                said = dict(kw, value=re.sub(r"\s*\([^()]*\)$", "", value))
                scr = _for(t, "screen", k, ids) or counted(t, "screen", f.value, self.m.locale) or t["screen"]   # ar 3-10/11+
                out.append(MarketFact(ids, f.attr, _fmt(t.get("short", ""), **kw) or None, _fmt(scr, **kw), _fmt(_for(
                    t, "voice", k, ids) or counted(t, "voice", f.value, self.m.locale) or t.get("voice", scr), **said), value))
            elif f.attr in ENUM_LINES:
                if not (f.attr == "connectivity" and f.value == "bluetooth" and has_version) and f.attr not in NOT_PITCHED:
                    enums.setdefault(f.attr, []).append(f)
        fmt_share = d.get("format", {}).get("share")
        for attr, facts in enums.items():
            words, ids = [], []
            if attr == "material" and any(f.share is not None for f in facts):
                # the composition first, by share ("98 % Baumwolle, 2 % Elasthan"), then a named fabric
                facts = sorted(facts, key=lambda f: -(f.share if f.share is not None else -1))[:3]
            else:
                facts = facts[:4 if attr in ("scent", "ingredient", "flavor") else 2]   # a 4-scent set says all 4
            # "100 % Baumwolle, Holz und Canvas" claims what the shares don't say: shares only when every one has one
            shares = all(f.share is not None for f in facts)
            for f in facts:
                w = self.word(attr, f.value)
                if not w:
                    continue
                if attr == "material" and shares and fmt_share:
                    from babel.numbers import format_percent
                    try:
                        pct = format_percent(f.share / 100, locale=self.m.locale)
                    except Exception:
                        pct = f"{f.share}%"
                    w = _fmt(fmt_share, pct=pct, material=w)
                words.append(w)
                ids.append(f.id)
            t = d.get("lines", {}).get(attr)
            if not words or not t:
                if facts and not t:
                    self.missing.append(f"lines.{attr}")
                continue
            value = self._join(words)
            out.append(MarketFact(ids, attr, words[0] if attr in ("material", "scent", "flavor", "ingredient") else None,
                                  _fmt(_for(t, "screen", k, ids) or t["screen"], value=value),
                                  _fmt(_for(t, "voice", k, ids) or t.get("voice", t["screen"]), value=value), value))
        out = self._order(out, k)
        # a name says what the seller's title, options or attributes say; a fact only the description gives (a
        # vanilla note of a mandarin candle, "long-lasting comfort") is a benefit, never the name (material aside); the title's first ("Grip Socks")
        src = lambda f: {x.source.field for x in k.facts if x.id in f.ids[:1] and x.source}   # noqa: E731  (its named value's)
        name = self.build_name(type_word, sorted([f for f in out if f.attr == "material" or "description" not in src(f)], key=lambda f: "title" not in src(f)))
        findings = []
        if self.missing:
            findings.append(Finding(code="facts.no_word", severity="info", where="facts",
                                    message=f"{len(set(self.missing))} fact(s) have no {self.m.code} wording and are "
                                            "not used: " + ", ".join(sorted(set(self.missing))[:8]),
                                    fix=f"add them to locales/{self.m.code}/facts.toml (docs/facts-data.md)"))
        return Rendered(type_word, name, out, findings, dict(d.get("claims", {})))

    def _order(self, facts: list[MarketFact], k: Knowledge) -> list[MarketFact]:
        from .lexicon import load_lexicon
        info = load_lexicon().types.get(k.type_id or "")
        angles = list(info.angles) if info else []

        def rank(mf: MarketFact):
            fid = mf.ids[0]
            late = fid in LATE or mf.attr in LATE
            for i, a in enumerate(angles):
                if mf.attr == a or fid == a:
                    return (late, i)
            return (late, len(angles))
        return sorted(facts, key=rank)

    def build_name(self, type_word: str | None, facts: list[MarketFact]) -> str | None:
        if not type_word:
            return None
        tw = type_word.lower()
        facts = [f for f in facts if f.attr not in NOT_IN_NAME]
        # a qualifier that repeats the type word ("lilin" + "lilin soya") would say it twice; a blend ("94%
        # acrylic") is a spec, not a name; a pure material is named without its 100 %
        def bare(f):                      # tr writes "%100": a pure material is named without it too
            pure = r"(?:100[\s\u00a0\u202f]*%|%\s*100(?![\d.,]))"
            return f.short if "%" not in f.short else re.sub(rf"^\s*{pure}\s*|\s*{pure}\s*$", "", f.short) \
                if re.search(rf"(?<![\d.,]){pure}", f.short) else ""
        pat = self.d.get("name", {})       # an ingredient names a product only where the market says how ("Aktivkohle-Seife")
        chosen = [f for f in facts if f.short and f.attr not in LATE and f.ids[0] not in LATE and bare(f) and not (f.attr == "material" and len(
            f.ids) > 1) and tw not in f.short.lower() and f.short.lower() not in tw and (f.attr != "ingredient" or "ingredient" in (pat.get("by_attr") or {}))]
        quals = [bare(f) for f in chosen]
        if not quals or not pat.get("pattern"):
            return type_word
        # a name says what the product is and its first selling point ("vase en céramique"): one qualifier reads as a
        # name, two as a keyword list; [name.by_attr] gives an attribute's phrase ("{type} en {qualifier}"), else `pattern`
        by_attr = pat.get("by_attr", {}) if isinstance(pat.get("by_attr"), dict) else {}
        # [name.by_value] for one value that reads differently ("{type} mit Vergoldung", never "aus vergoldet")
        by_value = pat.get("by_value", {}) if isinstance(pat.get("by_value"), dict) else {}
        # a form that leaves the fact out ("{type}": es/br features) gives way to the next fact that has one
        forms = [(by_value.get(f.ids[0]) or by_attr.get(f.attr) or pat["pattern"], q) for f, q in   # a value's own form first
                 sorted(zip(chosen, quals), key=lambda fq: fq[0].ids[0] not in by_value)]
        forms = [fq for fq in forms if fq[0].strip() != "{type}"] or [("{type}", "")]
        form, quals = forms[0][0], [fq[1] for fq in forms][:2]
        if len(quals) == 2 and pat.get("two") and pat.get("two_max", 0) and \
                len(quals[0]) + len(quals[1]) + len(type_word) <= int(pat.get("two_max", 0)):
            return self._latin_gap(_no_repeat(_fmt(pat["pattern"], type=type_word,
                                   qualifier=_fmt(pat["two"], first=quals[0], second=quals[1])).strip()))
        return self._latin_gap(_no_repeat(_fmt(form, type=type_word, qualifier=quals[0]).strip()))

    def _latin_gap(self, text: str) -> str:
        """Where a script writes words without spaces but sets Latin words and numbers apart (Thai: "ไฟเส้น LED
        ปรับแสงได้"), a space where the scripts meet (scripts.toml: space_around_latin)."""
        from ..writing import script_info
        info = script_info(self.m.script)
        if not info.get("space_around_latin"):
            return text
        native = "".join(a for a in info.get("accepts", []) if a != "Latn")
        from ..textutil import char_script
        out = []
        for i, ch in enumerate(text):
            if i and ch != " " and text[i - 1] != " ":
                a, b = char_script(text[i - 1]) or ("Latn" if text[i - 1].isdigit() else None), \
                    char_script(ch) or ("Latn" if ch.isdigit() else None)
                if {a, b} == {"Latn", native}:
                    out.append(" ")
            out.append(ch)
        return "".join(out)


def context_keys(k: Knowledge) -> list[str]:
    """The product's type, the types it refines and its group, most specific first: the keys a line's
    `voice_for` / `screen_for` table is looked up by."""
    from .lexicon import load_lexicon
    types = load_lexicon().types
    keys, tid = [], k.type_id
    while tid and tid not in keys:
        keys.append(tid)
        tid = getattr(types.get(tid), "refines", "") or None
    if k.group:
        keys.append(k.group)
    return keys


def _for(t: dict, key: str, k: Knowledge, ids: list | tuple = ()) -> str | None:
    """A line's wording for one value (`voice_by_value = { gold_plated = "…" }`: plating is no material) or for
    this kind of product (`voice_for = { water_bottle = "Deckel zu…" }`, while `voice` fits any leakproof thing)."""
    by_value = t.get(f"{key}_by_value")
    if isinstance(by_value, dict) and len(ids) == 1 and by_value.get(str(ids[0]).split(":", 1)[-1]):
        return by_value[str(ids[0]).split(":", 1)[-1]]
    table = t.get(f"{key}_for")
    return next((table[c] for c in context_keys(k) if table.get(c)), None) if isinstance(table, dict) else None


def _no_repeat(name: str) -> str:
    """A word said twice where the qualifier ends as the type word begins: "무선 충전 충전 거치대" ->
    "무선 충전 거치대", "wireless charging charging stand" -> "wireless charging stand"."""
    words = name.split(" ")
    out = [w for i, w in enumerate(words) if i == 0 or not w or words[i - 1].endswith((",", "،", "、"))
           or w.lower() != words[i - 1].lower()]
    return " ".join(out)


def caveat_lines(k: Knowledge, market: MarketProfile) -> list[str]:
    """What is not in the box, in the market's words: said in every caption (a disclosure, not a benefit)."""
    words = market_facts_data(market).get("caveats", {})
    return [words[f.value] for f in k.facts if f.attr == "caveat" and words.get(f.value)]
