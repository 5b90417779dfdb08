"""What each kind of fit rule checks. A kind takes the rule, the product's context (its typed facts, electrical
facts, colours and own text), the market's facts and the day, and returns findings; the rules are data
(locales/_shared/fit.toml), the market facts too (fit_markets.toml)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..model import Finding, Product
from .rules import FitRule, market_facts, size_tables


@dataclass
class ProductContext:
    product: Product
    knowledge: object
    power: object
    colors: set
    text: str                       # the seller's own text, joined (title, category, tags, description, columns)
    settings: object

    @property
    def type_id(self) -> str | None:
        return getattr(self.knowledge, "type_id", None)

    @property
    def group(self) -> str | None:
        return getattr(self.knowledge, "group", None)


@lru_cache(maxsize=4096)
def _term_re(term: str, case: bool = False) -> re.Pattern:
    esc = re.escape(term)
    if re.fullmatch(r"[\x00-\x7f]+", term):
        return re.compile(r"(?<![0-9A-Za-z])" + esc + r"(?:e?s)?(?![0-9A-Za-z])", 0 if case else re.I)
    return re.compile(esc, 0 if case else re.I)


def has_term(text: str, term: str, case: bool = False) -> bool:
    return bool(_term_re(term, case).search(text or ""))


def colors_of(product: Product) -> set:
    """Colour concept ids the product comes in (its options and title), from concepts.toml's aliases."""
    from ..markets import concepts
    values = " | ".join([product.title] + [v for k in product.options for v in product.option_values(k)]
                        + [v for k, v in product.attributes.items() if "colo" in k.lower() or "颜色" in k])
    return {cid for cid, aliases in concepts().get("color", {}).items() if any(has_term(values, a) for a in aliases)}


def cond(c: str, ctx: ProductContext) -> bool:
    if c == "any":
        return True
    kind, _, val = c.partition(":")
    k = ctx.knowledge
    if kind == "type":
        return ctx.type_id == val
    if kind == "group":
        return ctx.group == val
    if kind == "power":
        return ctx.power.mains if val == "mains" else val in ctx.power.sources
    if kind == "color":
        return val in ctx.colors
    if kind == "term":
        return has_term(ctx.text, val)
    return bool(k is not None and k.has(c))


def matches(spec, ctx: ProductContext) -> bool:
    """Any alternative holds; an alternative is one condition or a list that must all hold."""
    for alt in spec or ():
        if all(cond(c, ctx) for c in ([alt] if isinstance(alt, str) else alt)):
            return True
    return False


def _when(rule: FitRule, ctx: ProductContext) -> bool:
    return matches(rule.params.get("when", ["any"]), ctx) and not matches(rule.params.get("unless"), ctx)


class _Fmt(defaultdict):
    def __missing__(self, key):
        return "{" + key + "}"


def finding(rule: FitRule, market, segment: str | None = None, **values) -> Finding:
    from ..i18n import rule_text
    v = _Fmt(str, market=market.name, code=market.code, **{k: str(x) for k, x in values.items()})
    return Finding(code=rule.id, severity=rule.severity, where="product",
                   message=rule_text(rule.id, "message", rule.message).format_map(v),
                   fix=(rule_text(rule.id, "fix", rule.fix).format_map(v) or None), source=rule.source, segment=segment)


def _months(ms: list[int]) -> str:
    return ", ".join(calendar.month_abbr[m] for m in ms) if ms else "none"


def kind_season(rule: FitRule, ctx: ProductContext, market, day: dt.date) -> list[Finding]:
    fm = market_facts(market.code)
    if not fm or not _when(rule, ctx):
        return []
    months = fm.get(f"{rule.params.get('season', 'cold')}_months", [])
    if rule.params.get("absent"):
        hit = not months
    else:
        hit = bool(months) and day.month not in months
    if not hit:
        return []
    return [finding(rule, market, segment=f"{market.code}: {fm.get('climate', '')}", month=day.strftime("%B"),
                    months=_months(months), climate=fm.get("climate", ""))]


def kind_festival(rule: FitRule, ctx: ProductContext, market, day: dt.date) -> list[Finding]:
    if not _when(rule, ctx):
        return []
    from .. import festivals
    wanted = set(rule.params.get("festivals", []))
    occ = [o for o in festivals.occurrences(market.code, day - dt.timedelta(days=60), day + dt.timedelta(days=60))
           if o.id in wanted and o.window_start <= day <= o.end]
    if not occ:
        return []
    o = min(occ, key=lambda x: abs((x.start - day).days))
    from dataclasses import replace        # term: which festival it fits; render themes the product for it
    return [replace(finding(rule, market, festival=o.name, festival_id=o.id), term=o.id)]


def _plugs(fm: dict) -> str:
    return "/".join(fm.get("plugs", []))


def _volts(fm: dict) -> str:
    return " or ".join(f"{v} V" for v in fm.get("voltage", [])) + " " + "/".join(f"{f}" for f in fm.get("frequency", [])) + " Hz"


def kind_plug(rule: FitRule, ctx: ProductContext, market, day: dt.date) -> list[Finding]:
    fm = market_facts(market.code)
    p = ctx.power
    if not fm or not p.plugs or set(p.plugs) & set(fm.get("plugs", [])):
        return []
    return [finding(rule, market, segment="; ".join(p.evidence[:3]),
                    plug=" / ".join(p.plug_names) or "/".join(p.plugs), market_plugs=_plugs(fm))]


def kind_voltage(rule: FitRule, ctx: ProductContext, market, day: dt.date) -> list[Finding]:
    fm = market_facts(market.code)
    p = ctx.power
    if not fm or not p.volts:
        return []
    lo, hi = p.volts
    if any(lo * 0.85 <= v <= hi * 1.16 for v in fm.get("voltage", [])):
        return []
    return [finding(rule, market, segment="; ".join(p.evidence[:3]),
                    volts=f"{lo}-{hi} V" if lo != hi else f"{lo} V", market_volts=_volts(fm))]


def kind_power_unknown(rule: FitRule, ctx: ProductContext, market, day: dt.date) -> list[Finding]:
    fm = market_facts(market.code)
    p = ctx.power
    if not fm or p.plugs:
        return []
    typed = ctx.type_id in rule.params.get("mains_types", []) and not ({"usb", "battery"} & set(p.sources))
    if not (p.mains or typed):
        return []
    return [finding(rule, market, market_plugs=_plugs(fm))]


def satisfied(rule: FitRule, ctx: ProductContext) -> bool:
    return any(has_term(ctx.text, t, case=t.isupper()) for t in rule.params.get("satisfied_by", []))


def kind_match(rule: FitRule, ctx: ProductContext, market, day: dt.date) -> list[Finding]:
    if not _when(rule, ctx) or satisfied(rule, ctx):
        return []
    return [finding(rule, market)]


def _norm_key(k: str) -> str:
    return re.sub(r"[^0-9a-z\u3400-\u9fff]+", "_", k.strip().lower()).strip("_")


def kind_gpsr(rule: FitRule, ctx: ProductContext, market, day: dt.date) -> list[Finding]:
    cols = {_norm_key(c) for c in rule.params.get("columns", [])}
    given = [v for k, v in ctx.product.attributes.items() if _norm_key(k) in cols and str(v).strip()]
    if given or (getattr(ctx.settings, "responsible_person", None) or "").strip():
        return []
    return [finding(rule, market)]


def kind_rule_pack(rule: FitRule, ctx: ProductContext, market, day: dt.date) -> list[Finding]:
    from ..rules import all_rules, find_terms
    ref = next((r for r in all_rules() if r.id == rule.params.get("rule")), None)
    if ref is None:
        return []
    p = ctx.product
    fields = [t for t in (p.title, p.category, " ".join(p.tags)) if t]
    for lang in dict.fromkeys([(p.source_lang or "en").split("-")[0], "en"]):
        terms = ref.params.get("terms", {}).get(lang, [])
        exc = ref.params.get("exceptions", {}).get(lang, [])
        for text in fields:
            hits = find_terms(text, terms, lang, exc)
            if hits:
                return [finding(rule, market, segment=f"'{text[hits[0][0]:hits[0][1]]}' in '{text}'")]
    return []


SIZE_OPTIONS = {"size", "sizes", "shoe size", "尺码", "尺寸", "鞋码", "größe", "grösse", "taille", "talla", "taglia",
                "tamanho", "サイズ", "사이즈", "ukuran", "ขนาด", "kích thước", "kích cỡ", "المقاس"}
SHOE_TYPES = {"shoes", "slippers", "slides"}
_SYSTEM = re.compile(r"^\s*(EU|EUR|US|UK|JP|KR|BR|FR|IT|DE|ES|CN)\s*([MW]\s*)?(\d{1,3}(?:[.,]5)?)\s*$", re.I)


def size_values(product: Product) -> list[str]:
    vals = [v for k in product.options if k.strip().lower() in SIZE_OPTIONS for v in product.option_values(k)]
    return vals + [v for k, v in product.attributes.items() if k.strip().lower() in SIZE_OPTIONS]


def size_system(values: list[str], shoes: bool) -> tuple[str | None, list[tuple[str, float]]]:
    """('EU', [(value, number)]) for sizes written in one numeric system; (None, []) for letters or one size."""
    got = []
    for v in values:
        m = _SYSTEM.match(v)
        if m:
            sysname = {"EUR": "EU"}.get(m.group(1).upper(), m.group(1).upper())
            got.append((sysname, v, float(m.group(3).replace(",", "."))))
        elif shoes and re.fullmatch(r"\s*\d{2,3}(?:[.,]5)?\s*", v):
            n = float(v.strip().replace(",", "."))
            sysname = "EU" if 33 <= n <= 49 else "JP" if 20 <= n <= 31 else "KR" if 200 <= n <= 310 else None
            if sysname:
                got.append((sysname, v, n))
    systems = {s for s, _, _ in got}
    if len(systems) != 1:
        return None, []
    return systems.pop(), [(v, n) for _, v, n in got]


def _convert(system: str, nums: list[tuple[str, float]], target: str, women: bool | None) -> str:
    tab = size_tables()
    cols = tab.get("shoe_columns", [])
    rows = tab.get("shoes", [])

    def col(name: str) -> int | None:
        if name == "US":
            name = "US_W" if women else "US_M"
        return cols.index(name) if name in cols else None
    src, dst = col(system), col(target)
    if src is None or dst is None:
        return ""
    out = []
    for label, n in nums:
        row = min(rows, key=lambda r: abs(r[src] - n), default=None)
        if row is None or abs(row[src] - n) > 1:
            continue
        tv = row[dst]
        tv = int(tv) if float(tv).is_integer() else tv
        suffix = " cm" if target == "JP" else " mm" if target == "KR" else ""
        tag = f"US {'W' if women else 'M'}" if target == "US" else target
        out.append(f"{label} = {tag} {tv}{suffix}")
    return ", ".join(out)


def kind_sizes(rule: FitRule, ctx: ProductContext, market, day: dt.date) -> list[Finding]:
    fm = market_facts(market.code)
    shoes = ctx.type_id in SHOE_TYPES
    values = size_values(ctx.product)
    if not fm or not values:
        return []
    system, nums = size_system(values, shoes)
    readable = fm.get("sizes", {}).get("shoes" if shoes else "clothing", [])
    if system is None or not readable or system in readable:
        return []
    target = readable[0]
    women = ctx.knowledge is not None and ctx.knowledge.has("audience:women")
    conv = _convert(system, nums, target, women) if shoes else ""
    if not conv:
        conv = (f"{target} sizes, or the body measurements in "
                f"{'inches' if market.units == 'imperial' else 'cm'}")
    return [finding(rule, market, segment=", ".join(values[:6]), system=system,
                    market_systems=" or ".join(readable), converted=conv)]


KINDS = {"season": kind_season, "festival": kind_festival, "plug": kind_plug, "voltage": kind_voltage,
         "power_unknown": kind_power_unknown, "match": kind_match, "gpsr": kind_gpsr, "rule_pack": kind_rule_pack,
         "sizes": kind_sizes}
