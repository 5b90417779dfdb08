"""Market profiles, phrasebooks and native copy, loaded from `locales/<market>/` and validated."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError

PLACEHOLDERS = {"name", "brand", "category", "colors", "colors_or", "color_count", "material", "sizes", "price",
                "old_price", "discount", "hook_line", "hook_fact"}
REQUIRES = {"discount", "brand", "colors", "material", "sizes", "pitch", "typed",
            "from",            # the variants cost different amounts: a caption says "from $X"
            "many_colors",     # more than five colours: a line says how many instead of listing them
            "unnamed",         # no name to say but a group word ("home"): a caption that names nothing
            "giftable",        # a gift framing fits it: not food or drink ("Cadeau-idee: sap" for a juice carton)
            "cheap"}           # under about USD 30: a Secret Santa / amigo secreto / lootjes gift


def locales_dir() -> Path:
    from .paths import locales_dir as _locales
    return _locales()


@dataclass(frozen=True)
class Line:
    screen: object             # str (a Python format template) or ftl.FluentText (content.ftl)
    voice: object
    requires: tuple[str, ...] = ()
    when: str = "any"          # festival greetings: "before" the day, "during" it, or "any"


@dataclass
class MarketProfile:
    code: str
    name: str
    language: str
    locale: str
    script: str
    direction: str
    currency: str
    units: str
    tone: dict
    platform: dict
    disclosure: dict
    phrasebook: dict[str, dict[str, str]]
    phrases: dict[str, str]
    content: dict[str, list[Line]]
    categories: dict[str, list[Line]]
    captions: list[Line]
    hashtags: list[str]
    labels: dict[str, str]
    folder: Path
    files: list[Path] = field(default_factory=list)
    price_decimals: int | None = None
    raw_culture: dict = field(default_factory=dict)
    han_convert: str | None = None           # OpenCC chain for Chinese brands (jp: "s2t,t2jp")
    price_points: dict = field(default_factory=dict)   # [price_points]: modulus, ending, source
    pace: dict = field(default_factory=dict)           # [pace]: voice_cps, subtitle_cps
    hemisphere: str = "north"                          # north | south | tropical (seasons)
    grammar: dict = field(default_factory=dict)        # [grammar]: genders, needs, articles (content.ftl lint)

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    def limit(self, key: str, default: int) -> int:
        return int(self.platform.get(key, default))

    def word(self, group: str, concept: str) -> str | None:
        return self.phrasebook.get(group, {}).get(concept)

    def summary(self) -> dict:
        return {"code": self.code, "name": self.name, "language": self.language, "locale": self.locale,
                "script": self.script, "direction": self.direction, "currency": self.currency,
                "caption_max_utf16": self.limit("caption_max_utf16", 2200),
                "hashtags_max": self.limit("hashtags_max", 5), "ad_text_max": self.limit("ad_text_max", 100),
                "disclosure": self.disclosure.get("label")}


def _load_toml(path: Path) -> dict:
    from .tomlfile import read_toml
    return read_toml(path, missing="file is missing", missing_hint="every market folder needs market.toml, "
                     "phrasebook.toml and content.ftl (see locales/README.md)")


def _req(data: dict, key: str, path: Path, kind=str):
    if key not in data:
        raise ConfigError(f"missing key '{key}'", file=str(path), hint="see locales/us/ for a complete example")
    val = data[key]
    if not isinstance(val, kind):
        raise ConfigError(f"key '{key}' must be a {kind.__name__}", file=str(path), hint="see locales/us/")
    return val


def _check_placeholders(text: str, path: Path, key: str) -> None:
    import string
    try:
        fields = [(f, spec or "") for _, f, spec, _ in string.Formatter().parse(text) if f is not None]
    except ValueError as exc:
        raise ConfigError(f"key '{key}': broken placeholder ({exc})", file=str(path),
                          hint="placeholders look like {name}; write literal braces as {{ }}") from None
    from .grammar import check_spec
    for n, spec in fields:
        if spec and not check_spec(spec):
            raise ConfigError(f"key '{key}': unknown grammar spec '{{{n}:{spec}}}'", file=str(path),
                              hint="use a Korean particle pair such as {name:을/를}, {name:이/가}, {name:은/는}, "
                                   "or {name:a} for an English a/an")
        if n not in PLACEHOLDERS:
            raise ConfigError(f"key '{key}': unknown placeholder '{{{n}}}'", file=str(path),
                              hint="allowed: " + ", ".join("{" + p + "}" for p in sorted(PLACEHOLDERS)))


@lru_cache(maxsize=64)
def _concepts(root: str) -> dict[str, dict[str, list[str]]]:
    data = _load_toml(Path(root) / "_shared" / "concepts.toml")
    data.pop("groups", None)
    return data


@lru_cache(maxsize=8)
def _groups(root: str) -> dict[str, str]:
    data = _load_toml(Path(root) / "_shared" / "concepts.toml").get("groups", {})
    return {concept: group for group, ids in data.items() for concept in ids}


def concept_group(concept: str | None) -> str | None:
    """Broad group (apparel, beauty, home, electronics, gifts, accessories) of a category concept."""
    return _groups(str(locales_dir())).get(concept or "")


def concepts() -> dict[str, dict[str, list[str]]]:
    return _concepts(str(locales_dir()))


def available_markets() -> list[str]:
    root = locales_dir()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and (p / "market.toml").exists() and not p.name.startswith("_"))


def parse_market_list(value: str) -> list[str]:
    """'us,DE, jp' -> ['us','de','jp']; 'all' -> every market. Unknown codes raise a clear error."""
    known = available_markets()
    codes = [c.strip().lower() for c in (value or "").split(",") if c.strip()]
    if not codes:
        raise ConfigError("no market given", hint="e.g. --markets us,de,jp or --markets all")
    if "all" in codes:
        return known
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise ConfigError(f"unknown market '{unknown[0]}'", hint="known markets: " + ", ".join(known) + " (or 'all')")
    return list(dict.fromkeys(codes))


@lru_cache(maxsize=64)
def _load_market(root: str, code: str) -> MarketProfile:
    folder = Path(root) / code
    if not (folder / "market.toml").exists():
        raise ConfigError(f"unknown market '{code}'", hint="known markets: " + ", ".join(available_markets()))
    mpath, ppath, cpath = folder / "market.toml", folder / "phrasebook.toml", folder / "content.ftl"
    m = _load_toml(mpath)
    for key in ("code", "name", "language", "locale", "script", "direction", "currency"):
        _req(m, key, mpath)
    if m["code"].lower() != code:
        raise ConfigError(f"key 'code' is '{m['code']}' but the folder is '{code}'", file=str(mpath),
                          hint="make them the same")
    from .writing import scripts
    SCRIPTS = set(scripts())                       # locales/_shared/scripts.toml
    if m["script"] not in SCRIPTS:
        raise ConfigError(f"key 'script' has unknown value '{m['script']}'", file=str(mpath),
                          hint="use an ISO 15924 code: " + ", ".join(sorted(SCRIPTS)))
    if m["direction"] not in ("ltr", "rtl"):
        raise ConfigError("key 'direction' must be 'ltr' or 'rtl'", file=str(mpath), hint="fix the value")
    try:
        from babel import Locale
        from babel.numbers import get_currency_name
        Locale.parse(m["locale"])
        get_currency_name(m["currency"], locale="en")
    except Exception:
        raise ConfigError(f"key 'locale' or 'currency' is not known to CLDR ({m['locale']}, {m['currency']})",
                          file=str(mpath), hint="use a locale like de_DE and an ISO 4217 code like EUR") from None
    if len(m["currency"]) != 3 or not m["currency"].isalpha():
        raise ConfigError(f"key 'currency' must be an ISO 4217 code, not '{m['currency']}'", file=str(mpath),
                          hint="e.g. EUR")
    platform = _req(m, "platform", mpath, dict)
    for key in ("caption_max_utf16", "hashtags_max", "ad_text_max", "reading_cps"):
        v = platform.get(key)
        if not isinstance(v, int) or v <= 0:
            raise ConfigError(f"key 'platform.{key}' must be a positive whole number", file=str(mpath),
                              hint="see locales/_shared/platforms.toml for the values")
    disclosure = _req(m, "disclosure", mpath, dict)
    for key in ("label", "source"):
        if not disclosure.get(key):
            raise ConfigError(f"key 'disclosure.{key}' is missing", file=str(mpath),
                              hint="every market states its ad disclosure label and where the rule comes from")
    pb = _load_toml(ppath)
    conc = concepts()
    phrasebook: dict[str, dict[str, str]] = {}
    for group, ids in conc.items():
        table = pb.get(group)
        if not isinstance(table, dict):
            raise ConfigError(f"missing table [{group}]", file=str(ppath), hint="see locales/us/phrasebook.toml")
        missing = [i for i in ids if not isinstance(table.get(i), str) or not table.get(i).strip()]
        if missing:
            raise ConfigError(f"[{group}] has no word for '{missing[0]}'", file=str(ppath),
                              hint=f"add {missing[0]} = \"...\" (concepts are listed in locales/_shared/concepts.toml)")
        phrasebook[group] = {k: v.strip() for k, v in table.items() if isinstance(v, str)}
    phrases = {k.strip().lower(): v for k, v in (pb.get("phrases") or {}).items() if isinstance(v, str)}
    from .ftl import load_content
    c = load_content(cpath, m["locale"], Line, requirement_ok)
    grammar = _grammar(m.get("grammar"), mpath)
    return MarketProfile(
        code=code, name=m["name"], language=m["language"], locale=m["locale"], script=m["script"],
        direction=m["direction"], currency=m["currency"].upper(), units=m.get("units", "metric"),
        tone=m.get("tone", {}), platform=platform, disclosure=disclosure, phrasebook=phrasebook, phrases=phrases,
        content=c.sections, categories=c.categories, captions=c.captions, hashtags=c.hashtags, labels=c.labels,
        folder=folder, grammar=grammar,
        files=[mpath, ppath, cpath] + ([folder / "facts.toml"] if (folder / "facts.toml").exists() else []),
        price_decimals=m.get("price_decimals"), raw_culture=m.get("culture", {}), han_convert=m.get("han_convert"),
        price_points=_price_points(m.get("price_points"), mpath), pace=_pace(m.get("pace"), mpath),
        hemisphere=_choice(m.get("hemisphere", "north"), ("north", "south", "tropical"), "hemisphere", mpath))


def requirement_ok(req: str) -> bool:
    req = req[1:] if str(req).startswith("!") else req      # "!group:apparel": the line's product is not one
    return req in REQUIRES or re.fullmatch(r"(feature|attr|type|group):[a-z0-9_]+", str(req)) is not None


def _grammar(g, path: Path) -> dict:
    """[grammar]: the genders the language's nouns take, what every [types] entry must carry (facts.toml),
    and, where nouns take articles, the words after which a bare { $name } is right (content.ftl lint)."""
    g = dict(g or {})
    for key in ("genders", "needs", "bare_after"):
        v = g.setdefault(key, [])
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise ConfigError(f"key 'grammar.{key}' must be a list of strings", file=str(path),
                              hint='e.g. genders = ["m", "f", "n"], needs = ["gender"]')
    unknown = set(g["needs"]) - {"gender", "number", "classifier", "counter", "initial"}
    if unknown:
        raise ConfigError(f"key 'grammar.needs' has unknown '{sorted(unknown)[0]}'", file=str(path),
                          hint="needs: gender, number, classifier, counter, initial")
    pn = g.get("plural_name")
    if pn is not None:
        try:
            re.compile(pn)
        except (re.error, TypeError):
            raise ConfigError("key 'grammar.plural_name' must be a regular expression", file=str(path),
                              hint="the last word of a plural title, e.g. '(?i)[a-z]*[^siu]s'") from None
    if not isinstance(g.setdefault("articles", False), bool):
        raise ConfigError("key 'grammar.articles' must be true or false", file=str(path),
                          hint="true where a noun needs an article before it (de, fr, es, it, pt, en)")
    return g


def _choice(value, allowed: tuple, key: str, path: Path):
    if value not in allowed:
        raise ConfigError(f"key '{key}' is '{value}'", file=str(path), hint="one of: " + ", ".join(allowed))
    return value


def _pace(pace, path: Path) -> dict:
    pace = pace or {}
    for k in ("voice_cps", "subtitle_cps"):
        v = pace.get(k)
        if v is not None and (not isinstance(v, (int, float)) or not 2 <= v <= 40):
            raise ConfigError(f"[pace] {k} must be a number of characters per second (2-40)", file=str(path),
                              hint="e.g. voice_cps = 15, subtitle_cps = 17")
    return dict(pace)


def _price_points(pp, path: Path) -> dict:
    if pp is None:
        return {}
    if not isinstance(pp, dict) or not isinstance(pp.get("modulus", 1), (int, float)) or pp.get("modulus", 1) <= 0 \
            or not isinstance(pp.get("ending", 0), (int, float)) or not 0 <= pp.get("ending", 0) < pp.get("modulus", 1):
        raise ConfigError("[price_points] needs modulus > 0 and 0 <= ending < modulus", file=str(path),
                          hint="e.g. modulus = 1, ending = 0.99 (x.99) or modulus = 1000, ending = 900 (₩x9,900)")
    if not pp.get("source"):
        raise ConfigError("[price_points] needs a 'source'", file=str(path),
                          hint="say where the price endings come from (a market study, the seller's own shop...)")
    return dict(pp)


def load_market(code: str) -> MarketProfile:
    return _load_market(str(locales_dir()), code.strip().lower())


def clear_cache() -> None:
    _load_market.cache_clear()
    _concepts.cache_clear()
    from .writing import clear_cache as clear_writing
    clear_writing()
