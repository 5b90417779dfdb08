"""Festival and shopping calendar per market, for any year.

Dates come from rules in locales/_shared/festivals.toml: fixed dates, the Chinese lunisolar calendar
(lunardate), the Umm al-Qura Hijri calendar (hijridate; marked estimated, sighting decides), nth weekdays,
Easter offsets, and the `holidays` package's public holidays for the market's country. Overrides
(announced or sighted dates) come from locales/_shared/calendar_overrides.toml and --calendar FILE.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError
from .markets import Line, MarketProfile, _check_placeholders, locales_dir

RULES = {"fixed", "lunar", "hijri", "nth_weekday", "easter", "holiday", "announced"}
COUNTRY = {"us": "US", "gb": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "br": "BR", "jp": "JP",
           "kr": "KR", "id": "ID", "th": "TH", "vn": "VN", "my": "MY", "sa": "SA"}


@dataclass(frozen=True)
class Occurrence:
    id: str
    name: str
    start: dt.date
    end: dt.date
    window_start: dt.date
    estimated: bool
    source: str
    palette: tuple[str, ...]
    motif: str
    avoid: tuple[str, ...]
    hashtags: tuple[str, ...] = ()
    avoid_words: tuple[str, ...] = ()
    greetings: tuple[Line, ...] = ()
    phase: str = "any"          # "before" the event or "during" it, on the campaign date
    hashtags_when: str = "any"  # "during": the hashtags name a regulated period (#soldes) and wait for its start

    def at(self, day: dt.date) -> "Occurrence":
        """This occurrence as seen on `day`: its phase, and only the hashtags that may be used then."""
        from dataclasses import replace
        phase = "before" if day < self.start else "during"
        tags = () if phase == "before" and self.hashtags_when == "during" else self.hashtags
        return replace(self, phase=phase, hashtags=tags)

    def contains(self, d: dt.date) -> bool:
        return self.window_start <= d <= self.end

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "start": self.start.isoformat(), "end": self.end.isoformat(),
                "window_start": self.window_start.isoformat(), "estimated": self.estimated, "source": self.source,
                "palette": list(self.palette), "motif": self.motif, "avoid": list(self.avoid),
                "hashtags": list(self.hashtags), "phase": self.phase}


def _load(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError("file is missing", file=str(path), hint="see locales/_shared/festivals.toml") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", file=str(path), hint="fix the syntax") from None


@lru_cache(maxsize=4)
def _definitions(root: str) -> dict[str, dict]:
    path = Path(root) / "_shared" / "festivals.toml"
    data = _load(path)
    for eid, d in data.items():
        if d.get("rule") not in RULES:
            raise ConfigError(f"[{eid}] rule '{d.get('rule')}' is unknown", file=str(path),
                              hint="use one of: " + ", ".join(sorted(RULES)))
        _check_motif(d.get("motif"), path, f"[{eid}]")
    return data


def _check_motif(name, path: Path, where: str) -> None:
    """Motifs are ctk's own (toolkit/motifs.py) and those installed packages add (entry points "ctk.motifs")."""
    from . import motifs
    if not motifs.known(name):
        raise ConfigError(f"{where} motif '{name}' is unknown", file=str(path),
                          hint="use one of: " + ", ".join(motifs.names()))


def definitions() -> dict[str, dict]:
    return _definitions(str(locales_dir()))


@lru_cache(maxsize=64)
def _market_events(root: str, code: str) -> tuple[dict, ...]:
    path = Path(root) / code / "festivals.toml"
    if not path.exists():
        return ()
    data = _load(path)
    defs = _definitions(root)
    out = []
    for i, ev in enumerate(data.get("event", []), start=1):
        eid = ev.get("id")
        if eid not in defs:
            raise ConfigError(f"event {i}: unknown id '{eid}'", file=str(path),
                              hint="ids are the tables of locales/_shared/festivals.toml")
        if ev.get("hashtags_when", "any") not in ("any", "during"):
            raise ConfigError(f"event '{eid}': hashtags_when must be \"any\" or \"during\"", file=str(path),
                              hint="\"during\" keeps the hashtags out of the run-up (a regulated sale such as #soldes)")
        if "motif" in ev:
            _check_motif(ev["motif"], path, f"event '{eid}':")
        greetings = []
        for j, g in enumerate(ev.get("greeting", []), start=1):
            if not isinstance(g.get("screen"), str) or not isinstance(g.get("voice"), str):
                raise ConfigError(f"event '{eid}' greeting {j} needs screen and voice", file=str(path),
                                  hint="see locales/us/festivals.toml")
            _check_placeholders(g["screen"], path, f"{eid}.greeting[{j}]")
            _check_placeholders(g["voice"], path, f"{eid}.greeting[{j}]")
            when = g.get("when", "any")
            if when not in ("any", "before", "during"):
                raise ConfigError(f"event '{eid}' greeting {j}: when = '{when}'", file=str(path),
                                  hint='when is "before" (the run-up: gift ideas), "during" (the day: "Merry '
                                       'Christmas") or "any"')
            greetings.append(Line(g["screen"], g["voice"], tuple(g.get("requires", [])), when))
        out.append({**ev, "greetings": tuple(greetings)})
    return tuple(out)


def load_overrides(path: str | Path | None) -> list[dict]:
    files = [locales_dir() / "_shared" / "calendar_overrides.toml"] + ([Path(path)] if path else [])
    out = []
    for f in files:
        if not f.exists():
            if path and f == Path(path):
                raise ConfigError("calendar file not found", file=str(f), hint="pass an existing TOML file to --calendar")
            continue
        for i, o in enumerate(_load(f).get("override", []), start=1):
            try:
                start = dt.date.fromisoformat(str(o["start"]))
                end = dt.date.fromisoformat(str(o["end"])) if o.get("end") else None
            except (KeyError, ValueError):
                raise ConfigError(f"override {i}: 'start' (and 'end') must be dates like 2027-03-09", file=str(f),
                                  hint="write start = \"YYYY-MM-DD\"") from None
            if o.get("event") not in definitions():
                raise ConfigError(f"override {i}: unknown event '{o.get('event')}'", file=str(f),
                                  hint="ids are the tables of locales/_shared/festivals.toml")
            out.append({**o, "start": start, "end": end, "file": str(f)})
    return out


# ---- date rules --------------------------------------------------------------------

def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.weekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def _easter(year: int) -> dt.date:
    from dateutil.easter import easter
    return easter(year)


@lru_cache(maxsize=256)
def _holidays(country: str, year: int) -> tuple[tuple[dt.date, str], ...]:
    import holidays
    try:
        h = holidays.country_holidays(country, years=year, language="en_US")
    except Exception:  # noqa: BLE001 - unknown country or language: no entries
        try:
            h = holidays.country_holidays(country, years=year)
        except Exception:  # noqa: BLE001
            return ()
    return tuple(sorted(h.items()))


def _compute(eid: str, d: dict, year: int, market: str) -> list[tuple[dt.date, bool, str]]:
    """(start, estimated, source) occurrences of an event in a Gregorian year."""
    rule = d["rule"]
    if rule == "fixed":
        return [(dt.date(year, d["month"], d["day"]), False, "fixed date")]
    if rule == "nth_weekday":
        day = _nth_weekday(year, d["month"], d["weekday"], d["n"]) + dt.timedelta(days=d.get("offset", 0))
        if d.get("pentecost_shift") and day == _easter(year) + dt.timedelta(days=49):
            day += dt.timedelta(days=7)
        if d.get("earlier_if_after") and day.day > d["earlier_if_after"]:
            day -= dt.timedelta(days=7)
        return [(day, False, "weekday rule")]
    if rule == "easter":
        return [(_easter(year) + dt.timedelta(days=d["offset"]), False, "Easter-based date")]
    if rule == "lunar":
        from lunardate import LunarDate
        out = []
        for ly in (year - 1, year):
            try:
                s = LunarDate(ly, d["month"], d["day"]).to_solar_date()
            except (ValueError, AttributeError):
                s = LunarDate(ly, d["month"], d["day"]).toSolarDate()
            if s.year == year:
                out.append((s, False, "Chinese lunisolar calendar (lunardate)"))
        return out
    if rule == "hijri":
        from hijridate import Gregorian, Hijri
        hy = Gregorian(year, 1, 1).to_hijri().year
        out = []
        for y in (hy, hy + 1):
            try:
                g = Hijri(y, d["month"], d["day"]).to_gregorian()
            except (ValueError, OverflowError):
                continue
            g = dt.date(g.year, g.month, g.day)
            if g.year == year:
                out.append((g, True, "Umm al-Qura calendar (hijridate); the actual date follows moon sighting"))
        return out
    if rule == "holiday":
        pat = re.compile(d["name_pattern"], re.I)
        country = d.get("country") or COUNTRY.get(market, market.upper())
        hits = [day for day, name in _holidays(country, year) if pat.search(name)]
        if hits:
            est = any("estimated" in name.lower() for day, name in _holidays(country, year) if pat.search(name))
            return [(min(hits), est, f"holidays package ({country})")]
        fb = d.get("fallback", {}).get(str(year))
        return [(dt.date.fromisoformat(fb), True, "table in festivals.toml")] if fb else []
    return []                               # announced: only overrides give a date


# Market-specific public-holiday names that pin an event to the official date (Seollal, Tet, Eid...).
# Saudi Arabia uses the Umm al-Qura calendar itself (the `hijri` rule); its `holidays` entries are the
# holiday blocks, which start before Eid.
HOLIDAY_NAMES = {
    ("kr", "lunar_new_year"): "^Korean New Year$",
    ("kr", "chuseok"): "^Chuseok$",
    ("vn", "lunar_new_year"): "^Lunar New Year$",
    ("id", "eid_al_fitr"): "Eid al-Fitr",
    ("my", "eid_al_fitr"): "Eid al-Fitr",
    ("id", "eid_al_adha"): "Eid al-Adha",
}


def occurrences(market: MarketProfile | str, start: dt.date, end: dt.date, calendar: str | None = None) -> list[Occurrence]:
    code = market if isinstance(market, str) else market.code
    defs = definitions()
    overrides = load_overrides(calendar)
    out: list[Occurrence] = []
    for ev in _market_events(str(locales_dir()), code):
        d = defs[ev["id"]]
        duration = int(ev.get("duration", d.get("duration", 1)))
        window = int(ev.get("window_days", d.get("window_days", 14)))
        for year in range(start.year - 1, end.year + 2):
            found = []
            pattern = ev.get("holiday") or HOLIDAY_NAMES.get((code, ev["id"]))
            if str(year) in ev.get("dates", {}):
                found = [(dt.date.fromisoformat(ev["dates"][str(year)]), False, f"locales/{code}/festivals.toml")]
            elif pattern:
                dd = {"rule": "holiday", "name_pattern": pattern, "country": COUNTRY.get(code)}
                found = _compute(ev["id"], dd, year, code)
            if not found:
                found = _compute(ev["id"], d, year, code)
            ovs = [o for o in overrides if o["event"] == ev["id"] and o["start"].year == year
                   and (not o.get("markets") or code in o["markets"])]
            if ovs:
                o = ovs[-1]
                found = [(o["start"], False, f"override: {o.get('source') or o['file']}")]
                if o.get("end"):
                    duration = (o["end"] - o["start"]).days + 1
            for s, est, src in found:
                e = s + dt.timedelta(days=duration - 1)
                occ = Occurrence(
                    id=ev["id"], name=ev.get("name") or d["name"], start=s, end=e,
                    window_start=s - dt.timedelta(days=window), estimated=est, source=src,
                    palette=tuple(ev.get("palette", d["palette"])), motif=ev.get("motif", d["motif"]),
                    avoid=tuple(d.get("avoid", [])), hashtags=tuple(ev.get("hashtags", [])),
                    hashtags_when=ev.get("hashtags_when", "any"),
                    avoid_words=tuple(ev.get("avoid", [])), greetings=ev["greetings"])
                if occ.end >= start and occ.window_start <= end:
                    out.append(occ)
    return sorted(out, key=lambda o: (o.start, o.id))


def pick(market: MarketProfile | str, day: dt.date, calendar: str | None = None) -> Occurrence | None:
    """The event whose campaign window contains `day` (the one starting soonest), or None."""
    cands = [o for o in occurrences(market, day - dt.timedelta(days=60), day + dt.timedelta(days=60), calendar)
             if o.contains(day)]
    if not cands:
        return None
    upcoming = [o for o in cands if o.start >= day]
    return min(upcoming or cands, key=lambda o: abs((o.start - day).days))


def force(market: MarketProfile | str, event_id: str, day: dt.date, calendar: str | None = None) -> Occurrence:
    if event_id not in definitions():
        raise ConfigError(f"unknown festival '{event_id}'", hint="see 'ctk festivals --market M' for ids")
    occ = [o for o in occurrences(market, day - dt.timedelta(days=200), day + dt.timedelta(days=400), calendar)
           if o.id == event_id]
    code = market if isinstance(market, str) else market.code
    if not occ:
        raise ConfigError(f"market '{code}' does not observe '{event_id}'",
                          hint=f"add it to locales/{code}/festivals.toml or pick another festival")
    upcoming = [o for o in occ if o.end >= day]
    return (upcoming or occ)[0]


def clashes(occs: list[Occurrence], days: int = 3) -> list[tuple[Occurrence, Occurrence]]:
    out = []
    for i, a in enumerate(occs):
        for b in occs[i + 1:]:
            if a.id != b.id and abs((a.start - b.start).days) <= days:
                out.append((a, b))
    return out


def clear_cache() -> None:
    _definitions.cache_clear()
    _market_events.cache_clear()
