"""Render settings, resolved once for every door: ctk's defaults < the project file < what the user set
explicitly (a flag given on the command line counts whatever its value: `--style clean` or `--no-sponsored`
wins over the project). `ctk render`, `ctk preview`, the desktop editor and the batch executors all build
their `RenderOptions` here, so one project renders the same bundles from each of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .errors import ConfigError

QUALITY = {"draft": ("ultrafast", 28), "standard": ("veryfast", 23), "high": ("medium", 20)}
FORMATS = ("9:16", "1:1", "16:9")
DEFAULT_VARIANTS = 3            # template variants scored per bundle; the editor offers the others


@dataclass
class RenderOptions:
    markets: list[str]
    out: Path
    campaign_date: str | None = None
    video: bool = True
    sponsored: bool = False
    translator: str = "auto"
    glossary: str | None = None      # brand glossary (CSV or TOML) protected through translation
    tm: str | None = None            # translation memory (SQLite); default <user data folder>/tm.sqlite
    fx: str | None = None
    source_lang: str | None = None
    currency: str | None = None          # None: the file says, else USD (an error for a CJK catalog)
    seed: int = 0
    generator: str = "template"      # template | auto | http | an installed causal-LM name
    variants: int = DEFAULT_VARIANTS  # script variants per generator; the best-scoring one is used
    learned: str | None = None       # a learned-model JSON (toolkit/results): variant scores add the learned uplift
    explore: float = 0.0             # with learned: the share of bundles whose variant a posterior draw picks
    style: str = "clean"             # clean | bold | editorial | a style .toml
    formats: tuple = ("9:16",)       # 9:16 (video.mp4, cover.jpg); 1:1 and 16:9 add video-1x1.mp4, cover-16x9.jpg...
    music: str | None = None         # background music file (looped, faded); otherwise a silent AAC track
    voice: str | dict = "auto"       # auto | none | draft | an installed voice, or {market: choice} (toolkit/voice)
    brand_kit: str | None = None     # brand kit TOML: name, logo, font, [colors]
    preset: str = "veryfast"
    crf: int = 23
    force: bool = False
    festival: str | dict = "auto"    # auto | none | an event id, or {market: auto | none | id}
    calendar: str | None = None      # overrides file (announced / sighted dates)
    allow_findings: bool = False     # write bundles that still have error findings
    retry_failed: bool = False       # only the bundles the last run recorded as failed or blocked
    edits: dict = field(default_factory=dict)   # "market/product" -> {"caption": ..., "scene 2 on-screen text": ...}
    lexicon: tuple = ()              # user term lexicons (TOML, same format as locales/_shared/lexicon.toml)
    fact_edits: dict = field(default_factory=dict)   # product id -> corrections ({"op": "add", "attr": ..., "value": ...})
    executor: str = "local"          # local (process pool) | dask
    scheduler: str | None = None     # dask scheduler address, e.g. tcp://host:8786 (None: a LocalCluster)
    columns: dict = field(default_factory=dict)      # ctk field -> the catalog's own header (--columns)
    fit: str = "on"                  # on (fit findings warn or block by severity) | strict (only go pairs) | off
    fit_rules: str | None = None     # a fit overrides TOML (severities, rules off; toolkit/fit/rules.py)
    responsible_person: str | None = None   # the EU responsible person (GPSR) for every product of the catalog
    brief: bool = False              # also write the creator brief into each bundle (toolkit/brief)
    tag_captions: bool = False       # end each caption with the creative id (toolkit/results/ids.py)
    results_db: str | None = None    # the results store; default results.sqlite beside the translation memory

    def day(self):
        return dt.date.fromisoformat(self.campaign_date) if self.campaign_date else dt.date.today()

    def festival_for(self, market: str) -> str:
        """The festival choice of one market: a project can theme de for Nikolaus and us for Black Friday."""
        if isinstance(self.festival, dict):
            return self.festival.get(market, self.festival.get("*", "auto"))
        return self.festival

    def settings(self) -> dict:
        d = asdict(self)
        d["out"] = str(self.out)
        return d


# what a project stores, by RenderOptions name -> Project attribute (paths are relative to the project file)
PROJECT_KEYS = {"markets": "markets", "campaign_date": "campaign_date", "festival": "festival",
                "sponsored": "sponsored", "style": "style", "brand_kit": "brand_kit", "currency": "currency",
                "out": "out", "edits": "edits", "fact_edits": "facts", "lexicon": "lexicon", "columns": "columns",
                "variants": "variants", "generator": "generator", "translator": "translator",
                "source_lang": "source_lang", "glossary": "glossary", "fx": "fx", "calendar": "calendar",
                "music": "music", "formats": "formats", "seed": "seed", "voice": "voice", "fit": "fit",
                "fit_rules": "fit_rules", "responsible_person": "responsible_person"}
PATH_KEYS = ("brand_kit", "glossary", "fx", "calendar", "music", "out", "fit_rules")


def _project_values(project) -> dict:
    out = {}
    base = Path(project.path).parent if getattr(project, "path", None) else None
    for key, attr in PROJECT_KEYS.items():
        v = getattr(project, attr, None)
        if v is None:
            continue
        if key in PATH_KEYS and base is not None and isinstance(v, str) and not Path(v).is_absolute():
            v = str(base / v)
        if key == "lexicon":
            v = tuple(str(base / p) if base is not None and not Path(p).is_absolute() else p for p in v)
        out[key] = v
    return out


def resolve(explicit: dict | None = None, project=None, **base) -> RenderOptions:
    """RenderOptions from ctk's defaults, then `base` (what a door fixes for itself, e.g. the editor's
    output folder), then the project, then the explicitly set values; validated in one place."""
    values: dict = {"markets": ["us"], "out": Path("out")}
    values.update(base)
    if project is not None:
        values.update(_project_values(project))
    explicit = dict(explicit or {})
    if "lexicon" in explicit:              # --lexicon adds to the project's lexicons
        explicit["lexicon"] = tuple(values.get("lexicon", ())) + tuple(explicit["lexicon"])
    if "quality" in explicit:
        q = explicit.pop("quality")
        if q not in QUALITY:
            raise ConfigError(f"unknown quality '{q}'", hint="use draft, standard or high")
        values["preset"], values["crf"] = QUALITY[q]
    values.update(explicit)
    return validate(RenderOptions(**{k: v for k, v in values.items() if k in _FIELDS}))


_FIELDS = {f.name for f in fields(RenderOptions)}


def validate(o: RenderOptions) -> RenderOptions:
    from .markets import parse_market_list
    o.markets = parse_market_list(",".join(o.markets) if isinstance(o.markets, (list, tuple)) else str(o.markets))
    o.out = Path(o.out)
    if o.campaign_date:
        try:
            dt.date.fromisoformat(str(o.campaign_date))
        except ValueError:
            raise ConfigError(f"the campaign date '{o.campaign_date}' is not a date",
                              hint="write it as YYYY-MM-DD") from None
        o.campaign_date = str(o.campaign_date)
    fm = o.formats.split(",") if isinstance(o.formats, str) else list(o.formats)
    fm = tuple(dict.fromkeys(f.strip() for f in fm if f and f.strip()))
    bad = [f for f in fm if f not in FORMATS]
    if bad or not fm:
        raise ConfigError(f"unknown format '{bad[0] if bad else o.formats}'", hint="use 9:16, 1:1 and/or 16:9")
    o.formats = fm
    if not isinstance(o.variants, int) or not 1 <= o.variants <= 8:
        raise ConfigError(f"variants is {o.variants!r}", hint="a whole number from 1 to 8")
    if not isinstance(o.explore, (int, float)) or isinstance(o.explore, bool) or not 0 <= o.explore <= 1:
        raise ConfigError(f"explore is {o.explore!r}", hint="a share from 0 to 1, e.g. 0.2")
    o.explore = float(o.explore)
    if o.explore and not o.learned:
        raise ConfigError("exploring needs a learned model", hint="add --learned MODEL.json (write one with 'ctk learn')")
    if o.learned is not None:
        from .results.scoring import load_learned
        o.learned = str(Path(o.learned).resolve())
        load_learned(o.learned)             # a missing or broken model is one clear error before any work starts
    if o.music is not None:
        if not Path(o.music).is_file():
            raise ConfigError("music file not found", file=str(o.music), hint="pass an audio file (mp3, m4a, wav...)")
        o.music = str(Path(o.music).resolve())
    if not isinstance(o.voice, (str, dict)):
        raise ConfigError("voice must be auto, none, draft, a voice name, or a table of market -> choice",
                          hint='e.g. "voice": {"us": "my-voice", "*": "draft"}')
    from .voice.registry import check_choice
    check_choice(o.voice)
    if o.executor not in ("local", "dask"):
        raise ConfigError(f"unknown executor '{o.executor}'", hint="use local or dask")
    if not isinstance(o.festival, (str, dict)):
        raise ConfigError("festival must be auto, none, an event id, or a table of market -> choice",
                          hint='e.g. "festival": {"de": "nikolaus", "us": "auto"}')
    if o.fit not in ("on", "strict", "off"):
        raise ConfigError(f"unknown fit mode '{o.fit}'", hint="use on, strict (only go pairs are rendered) or off")
    if o.fit_rules is not None:
        from .fit.rules import load_overrides
        o.fit_rules = str(o.fit_rules)
        load_overrides((o.fit_rules,))      # a broken overrides file is one clear error before any work starts
    if o.lexicon:
        from .knowledge.lexicon import load_lexicon
        load_lexicon(tuple(o.lexicon))      # a broken lexicon is one clear error before any work starts
    for key in ("brand_kit", "glossary", "fx", "calendar"):
        v = getattr(o, key)
        if v is not None:
            setattr(o, key, str(v))
    o.lexicon = tuple(str(p) for p in o.lexicon)
    return o
