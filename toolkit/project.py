"""Project files (.ctkproj, JSON): a catalog, the chosen markets, campaign date, festival, style and every
manual edit, so a session can be reopened and a later render (GUI or `ctk render PROJECT`) keeps the edits."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import ConfigError
from .fsutil import atomic_write_text

VERSION = 1


@dataclass
class Project:
    input: str
    markets: list[str] = field(default_factory=lambda: ["us"])
    campaign_date: str | None = None
    festival: str | dict = "auto"        # auto | none | an event id, or {market: choice}
    sponsored: bool = False
    style: str = "clean"
    brand_kit: str | None = None
    currency: str | None = None          # the catalog's currency when the file does not say
    columns: dict[str, str] = field(default_factory=dict)      # ctk field -> the spreadsheet's header (--columns)
    # every other setting that changes a bundle; None: ctk's default (toolkit/settings.py)
    variants: int | None = None
    generator: str | None = None
    translator: str | None = None
    source_lang: str | None = None
    glossary: str | None = None
    fx: str | None = None
    calendar: str | None = None
    music: str | None = None
    voice: str | dict | None = None      # auto | none | draft | a voice name, or {market: choice}
    formats: list[str] | None = None
    seed: int | None = None
    fit: str | None = None               # on | strict | off (market fit, toolkit/fit)
    fit_rules: str | None = None         # a fit overrides TOML
    responsible_person: str | None = None   # the EU responsible person (GPSR) for the whole catalog
    out: str = "out"
    edits: dict[str, dict[str, str]] = field(default_factory=dict)
    facts: dict[str, list[dict]] = field(default_factory=dict)   # product id -> fact corrections
    lexicon: list[str] = field(default_factory=list)             # user term lexicons
    path: str | None = None

    def input_path(self) -> Path:
        p = Path(self.input)
        if not p.is_absolute() and self.path:
            p = Path(self.path).parent / p
        return p

    def out_path(self) -> Path:
        p = Path(self.out)
        if not p.is_absolute() and self.path:
            p = Path(self.path).parent / p
        return p

    def set_edit(self, market: str, product: str, field_name: str, value: str | None) -> None:
        key = f"{market}/{product}"
        if value is None:
            self.edits.get(key, {}).pop(field_name, None)
            if not self.edits.get(key):
                self.edits.pop(key, None)
        else:
            self.edits.setdefault(key, {})[field_name] = value

    def correct_fact(self, product: str, correction: dict) -> None:
        """Keep a marketer's correction of a product's facts ({"op": "add"|"remove"|"type", ...}); a later
        correction of the same fact replaces the earlier one."""
        lst = self.facts.setdefault(product, [])
        same = lambda c: c.get("op") == "type" if correction.get("op") == "type" else (  # noqa: E731
            c.get("attr") == correction.get("attr") and c.get("value") == correction.get("value"))
        lst[:] = [c for c in lst if not same(c)] + [correction]

    def save(self, path: str | Path | None = None) -> Path:
        target = Path(path or self.path or "project.ctkproj")
        doc = asdict(self)
        doc.pop("path")
        for key in _TYPES:                 # a setting left to ctk's default is not written
            if doc.get(key) is None:
                doc.pop(key, None)
        inp = Path(self.input)
        if inp.is_absolute():
            try:
                doc["input"] = str(inp.relative_to(target.resolve().parent))
            except ValueError:
                pass
        doc["version"] = VERSION
        atomic_write_text(target, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        self.path = str(target)
        return target


def load_project(path: str | Path) -> Project:
    path = Path(path)
    try:
        doc = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ConfigError("project file not found", file=str(path), hint="check the path") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"the project file is not valid JSON ({exc})", file=str(path),
                          hint="open the catalog again and save a new project") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("input"), str) or not doc["input"].strip():
        raise ConfigError("the project file has no 'input'", file=str(path), hint="it must name the catalog file")
    edits = doc.get("edits") or {}
    if not isinstance(edits, dict) or not all(isinstance(v, dict) for v in edits.values()):
        raise ConfigError("'edits' must map 'market/product' to fields", file=str(path), hint="see docs/gui.md")
    return Project(input=str(doc["input"]), markets=list(doc.get("markets") or ["us"]),
                   campaign_date=doc.get("campaign_date"), festival=doc.get("festival", "auto"),
                   sponsored=bool(doc.get("sponsored", False)), out=_text(doc, "out", "out", path),
                   style=doc.get("style", "clean"), brand_kit=doc.get("brand_kit"),
                   currency=_currency(doc.get("currency"), path), columns=_columns(doc.get("columns"), path),
                   edits=edits, facts=_facts(doc.get("facts"), path), lexicon=list(doc.get("lexicon") or []),
                   path=str(path), **_settings(doc, path))


def _text(doc: dict, key: str, default: str, path) -> str:
    v = doc.get(key, default)
    if v is None:
        return default
    if not isinstance(v, str) or not v.strip() or "\x00" in v:
        raise ConfigError(f"'{key}' must be a folder or file path", file=str(path), hint=f'e.g. "{key}": "{default}"')
    return v


def _currency(value, path):
    if value in (None, ""):
        return None
    from .importers.common import FieldError, check_currency
    try:
        return check_currency(str(value), "currency")
    except FieldError as e:
        raise ConfigError(f"'currency': {e.message}", file=str(path), hint=e.hint) from None


_TYPES = {"variants": int, "generator": str, "translator": str, "source_lang": str, "glossary": str, "fx": str,
          "calendar": str, "music": str, "formats": list, "seed": int, "voice": (str, dict), "fit": str,
          "fit_rules": str, "responsible_person": str}


def _settings(doc: dict, path) -> dict:
    """The optional render settings a project keeps; a value of the wrong kind is a clear error."""
    out = {}
    for key, kind in _TYPES.items():
        v = doc.get(key)
        if v is None:
            continue
        if not isinstance(v, kind) or isinstance(v, bool):
            raise ConfigError(f"'{key}' must be {'a number' if kind is int else 'a list' if kind is list else 'text'}",
                              file=str(path), hint=f"remove '{key}' to use ctk's default")
        out[key] = v
    fest = doc.get("festival", "auto")
    if not isinstance(fest, (str, dict)) or (isinstance(fest, dict) and not all(
            isinstance(k, str) and isinstance(v, str) for k, v in fest.items())):
        raise ConfigError("'festival' must be auto, none, an event id, or a table of market -> choice",
                          file=str(path), hint='e.g. "festival": {"de": "nikolaus", "us": "auto"}')
    return out


def _columns(value, path) -> dict:
    value = value or {}
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) and v.strip()
                                              for k, v in value.items()):
        raise ConfigError("'columns' must map a ctk field to a column of the catalog", file=str(path),
                          hint='e.g. "columns": {"title": "商品名称", "price": "售价"}')
    from .importers.columns import check_mapping
    bad = [p for p in check_mapping(value, []) if "not a ctk field" in p]
    if bad:
        raise ConfigError(f"'columns': {bad[0]}", file=str(path),
                          hint="fields: title, price, id, description, category, brand, compare_at_price, currency, "
                               "image, images, sku, stock, tags, source_lang, option:<name>")
    return dict(value)


def _facts(value, path) -> dict:
    value = value or {}
    if not isinstance(value, dict) or not all(isinstance(v, list) and all(isinstance(c, dict) for c in v)
                                              for v in value.values()):
        raise ConfigError("'facts' must map a product id to a list of corrections", file=str(path),
                          hint='e.g. "facts": {"lamp-01": [{"op": "add", "attr": "feature", "value": "foldable"}]}')
    for pid, lst in value.items():
        for c in lst:
            if c.get("op") not in ("add", "remove", "type"):
                raise ConfigError(f"fact correction of '{pid}' has op '{c.get('op')}'", file=str(path),
                                  hint="op is add, remove or type")
    return value
