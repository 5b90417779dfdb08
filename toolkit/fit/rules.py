"""The market-fit rule pack (locales/_shared/fit.toml), the market facts it reads (fit_markets.toml) and the
user's overrides, loaded and validated once.

Overrides are layered like the calendar and lexicon files: ctk's rule pack < the user's own file
(`<user data folder>/fit.toml`, e.g. ~/.local/share/ctk/fit.toml) < a project's or the command line's file
(`--fit-rules FILE`, project key "fit_rules"). An overrides file:

    [rule."fit.season.winter_off_season"]
    severity = "info"                 # error | warning | info
    [rule."fit.marks.lithium_battery"]
    off = true                        # the rule is not run
    [seller]
    eu_responsible_person = "Casa Verde GmbH, Hauptstr. 1, 10115 Berlin, eu@casaverde.example"
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError

KINDS = ("season", "festival", "plug", "voltage", "power_unknown", "match", "gpsr", "rule_pack", "sizes")
SEVERITIES = ("error", "warning", "info")
_BASE = ("id", "kind", "severity", "markets", "message", "fix", "source", "checked", "verified", "note", "examples")


@dataclass(frozen=True)
class FitRule:
    id: str
    kind: str
    severity: str
    markets: tuple[str, ...]
    message: str
    fix: str
    source: str
    checked: str
    verified: bool = True
    note: str = ""
    params: dict = field(default_factory=dict, hash=False, compare=False)
    examples: dict = field(default_factory=dict, hash=False, compare=False)

    def applies(self, market: str, day: dt.date | None) -> bool:
        if "*" not in self.markets and market not in self.markets:
            return False
        eff = self.params.get("effective_from")
        return not (eff and day is not None and day < dt.date.fromisoformat(str(eff)))

    def summary(self) -> dict:
        return {"id": self.id, "kind": self.kind, "severity": self.severity, "markets": list(self.markets),
                "message": self.message, "source": self.source, "checked": self.checked, "verified": self.verified,
                "note": self.note or None}


def _read(path: Path, optional: bool = False) -> dict:
    from ..tomlfile import read_toml
    return read_toml(path, optional=optional, missing="file not found",
                     missing_hint="pass a fit overrides TOML file (see toolkit/fit/rules.py)")


def _check_conditions(rule_id: str, value, key: str, path: Path) -> None:
    if value is None:
        return
    ok = isinstance(value, list) and all(isinstance(c, str) or (isinstance(c, list) and c and all(isinstance(x, str)
                                                                                               for x in c)) for c in value)
    if not ok:
        raise ConfigError(f"rule '{rule_id}': '{key}' must be a list of conditions or lists of conditions",
                          file=str(path), hint='e.g. when = ["type:beanie", ["type:scarf", "material:wool"]]')


@lru_cache(maxsize=4)
def _pack(root: str) -> tuple[FitRule, ...]:
    path = Path(root) / "_shared" / "fit.toml"
    data = _read(path)
    out: list[FitRule] = []
    seen: set[str] = set()
    for i, r in enumerate(data.get("rule", []), start=1):
        for key in ("id", "kind", "severity", "message", "source", "checked"):
            if not r.get(key):
                raise ConfigError(f"rule {i}: missing key '{key}'", file=str(path), hint="see the header of fit.toml")
        rid = r["id"]
        if rid in seen:
            raise ConfigError(f"rule id '{rid}' is defined twice", file=str(path), hint="rule ids must be unique")
        seen.add(rid)
        if r["kind"] not in KINDS:
            raise ConfigError(f"rule '{rid}': unknown kind '{r['kind']}'", file=str(path), hint="kinds: " + ", ".join(KINDS))
        if r["severity"] not in SEVERITIES:
            raise ConfigError(f"rule '{rid}': severity must be error, warning or info", file=str(path), hint="fix the value")
        for key in ("when", "unless"):
            _check_conditions(rid, r.get(key), key, path)
        params = {k: v for k, v in r.items() if k not in _BASE}
        out.append(FitRule(rid, r["kind"], r["severity"], tuple(m.lower() for m in r.get("markets", ["*"])),
                           r["message"], r.get("fix", ""), r["source"], str(r["checked"]), bool(r.get("verified", True)),
                           r.get("note", ""), params, dict(r.get("examples", {}))))
    return tuple(out)


def pack() -> tuple[FitRule, ...]:
    from ..markets import locales_dir
    return _pack(str(locales_dir()))


@lru_cache(maxsize=4)
def _markets(root: str) -> dict:
    path = Path(root) / "_shared" / "fit_markets.toml"
    data = _read(path)
    for code, m in data.get("market", {}).items():
        for key in ("cold_months", "warm_months", "plugs", "voltage", "frequency"):
            if not isinstance(m.get(key), list):
                raise ConfigError(f"[market.{code}] '{key}' must be a list", file=str(path), hint="see [market.us]")
    return data


def market_facts(code: str) -> dict:
    """fit_markets.toml's table for a market ({} for a market it does not list: no climate or mains rule fires)."""
    from ..markets import locales_dir
    return _markets(str(locales_dir())).get("market", {}).get(code, {})


def size_tables() -> dict:
    from ..markets import locales_dir
    return _markets(str(locales_dir())).get("sizes", {})


@dataclass(frozen=True)
class Overrides:
    rules: tuple[tuple[str, str | None, bool], ...] = ()     # (rule id, severity or None, off)
    responsible_person: str | None = None
    files: tuple[str, ...] = ()


def _overrides_of(path: Path, known: set[str]) -> tuple[list, str | None]:
    data = _read(path)
    out = []
    for rid, spec in (data.get("rule") or {}).items():
        if rid not in known:
            raise ConfigError(f"[rule.\"{rid}\"] names no fit rule", file=str(path),
                              hint="see the rule ids with 'ctk fit --rules'")
        if not isinstance(spec, dict):
            raise ConfigError(f"[rule.\"{rid}\"] must be a table", file=str(path), hint='severity = "info" or off = true')
        sev = spec.get("severity")
        if sev is not None and sev not in SEVERITIES:
            raise ConfigError(f"[rule.\"{rid}\"] severity '{sev}' is not error, warning or info", file=str(path),
                              hint="fix the value")
        off = spec.get("off", False)
        if not isinstance(off, bool):
            raise ConfigError(f"[rule.\"{rid}\"] off must be true or false", file=str(path), hint="off = true")
        out.append((rid, sev, off))
    seller = data.get("seller") or {}
    rp = seller.get("eu_responsible_person") if isinstance(seller, dict) else None
    if rp is not None and (not isinstance(rp, str) or not rp.strip()):
        raise ConfigError("[seller] eu_responsible_person must be the name and address as text", file=str(path),
                          hint='eu_responsible_person = "Name, street, city, email"')
    return out, rp


def load_overrides(files: tuple[str, ...] = ()) -> Overrides:
    """The user's own file (if any) and then `files`, later ones winning."""
    from ..paths import data_dir
    known = {r.id for r in pack()}
    paths = [p for p in [data_dir() / "fit.toml"] if p.is_file()] + [Path(f) for f in files if f]
    rules: dict[str, tuple[str | None, bool]] = {}
    rp = None
    for p in paths:
        got, person = _overrides_of(p, known)
        for rid, sev, off in got:
            old_sev, _ = rules.get(rid, (None, False))
            rules[rid] = (sev or old_sev, off)
        rp = person or rp
    return Overrides(tuple((k, s, o) for k, (s, o) in sorted(rules.items())), rp, tuple(str(p) for p in paths))


def effective_rules(ov: Overrides) -> tuple[FitRule, ...]:
    """The rule pack with the overrides applied: severities changed, rules turned off left out."""
    by = {rid: (sev, off) for rid, sev, off in ov.rules}
    out = []
    for r in pack():
        sev, off = by.get(r.id, (None, False))
        if off:
            continue
        out.append(replace(r, severity=sev) if sev else r)
    return tuple(out)


def clear_cache() -> None:
    _pack.cache_clear()
    _markets.cache_clear()
