"""Electrical facts from a product's own text, as data (locales/_shared/power.toml): the plug it comes with
("EU plug", "Type G", "英规"), its rated mains voltage ("220-240V", "110V") and how it is powered (mains, USB,
battery). The market-fit rules (toolkit/fit) compare them with each market's sockets and mains."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import ConfigError
from ..model import Product


@dataclass
class PowerFacts:
    plugs: tuple[str, ...] = ()                 # IEC plug letters the product's plug is ("C", "F")
    plug_names: tuple[str, ...] = ()            # how the listing said it ("eu", "type G")
    volts: tuple[int, int] | None = None        # rated mains voltage range (lo, hi)
    sources: tuple[str, ...] = ()               # mains | usb | battery
    evidence: list[str] = field(default_factory=list)

    @property
    def mains(self) -> bool:
        return "mains" in self.sources or bool(self.plugs) or self.volts is not None

    def to_dict(self) -> dict:
        return {"plugs": list(self.plugs), "plug_names": list(self.plug_names),
                "volts": list(self.volts) if self.volts else None, "sources": list(self.sources),
                "evidence": list(self.evidence)}


@lru_cache(maxsize=4)
def _spec(root: str) -> dict:
    from pathlib import Path
    from ..tomlfile import read_toml
    path = Path(root) / "_shared" / "power.toml"
    data = read_toml(path, missing="power.toml is missing", missing_hint="restore locales/_shared/power.toml")
    out: dict = {"plug": {}, "letter": [], "volt": [], "min": int(data.get("voltage", {}).get("min_mains", 90)),
                 "source": {}}
    try:
        for name, spec in data.get("plug", {}).items():
            out["plug"][name] = (tuple(spec["types"]), [re.compile(p, re.I) for p in spec["patterns"]])
        out["letter"] = [re.compile(p, re.I) for p in data.get("plug_letter", {}).get("patterns", [])]
        out["volt"] = [re.compile(p, re.I) for p in data.get("voltage", {}).get("patterns", [])]
        for name, spec in data.get("source", {}).items():
            out["source"][name] = ([re.compile(p, re.I) for p in spec.get("patterns", [])], tuple(spec.get("facts", [])))
    except (re.error, KeyError, TypeError) as exc:
        raise ConfigError(f"power.toml: {exc}", file=str(path), hint="each [plug.X] needs types and patterns; "
                          "patterns are Python regular expressions") from None
    return out


def product_text(product: Product) -> list[tuple[str, str]]:
    """The seller's own fields, as (where, text)."""
    out = [("title", product.title), ("category", product.category), ("tags", " ".join(product.tags)),
           ("description", product.description)]
    out += [(f"column '{k}'", v) for k, v in product.attributes.items() if isinstance(v, str)]
    out += [(f"option {k}", " ".join(product.option_values(k))) for k in product.options]
    return [(w, t) for w, t in out if t]


def power_facts(product: Product, knowledge=None) -> PowerFacts:
    """What the listing says about plug, voltage and power source (knowledge: the product's typed facts)."""
    from ..markets import locales_dir
    spec = _spec(str(locales_dir()))
    plugs: list[str] = []
    names: list[str] = []
    volts: list[tuple[int, int]] = []
    sources: list[str] = []
    ev: list[str] = []
    for where, text in product_text(product):
        for name, (letters, pats) in spec["plug"].items():
            for p in pats:
                m = p.search(text)
                if m:
                    plugs += [x for x in letters if x not in plugs]
                    names.append(name) if name not in names else None
                    ev.append(f"{where}: '{m.group(0)}'")
                    break
        for p in spec["letter"]:
            for m in p.finditer(text):
                for x in re.split(r"\s*/\s*", m.group(1).upper()):
                    if x not in plugs:
                        plugs.append(x)
                names.append(f"type {m.group(1).upper()}")
                ev.append(f"{where}: '{m.group(0)}'")
        taken: list[tuple[int, int]] = []
        for p in spec["volt"]:
            for m in p.finditer(text):
                nums = [int(g) for g in m.groups() if g]
                if any(a <= m.start() < b for a, b in taken):
                    continue                 # the "240V" of "220-240V"
                taken.append(m.span())
                if nums and min(nums) >= spec["min"] and max(nums) <= 260:
                    volts.append((min(nums), max(nums)))
                    ev.append(f"{where}: '{m.group(0).strip()}'")
        for name, (pats, _) in spec["source"].items():
            for p in pats:
                m = p.search(text)
                if m and name not in sources:
                    sources.append(name)
                    ev.append(f"{where}: '{m.group(0)}' ({name})")
    if knowledge is not None:
        for name, (_, facts) in spec["source"].items():
            if name not in sources and any(knowledge.has(f) for f in facts):
                sources.append(name)
    if (plugs or volts) and "mains" not in sources:
        sources.append("mains")
    rng = (min(v[0] for v in volts), max(v[1] for v in volts)) if volts else None
    return PowerFacts(tuple(plugs), tuple(dict.fromkeys(names)), rng, tuple(sources), list(dict.fromkeys(ev)))


def clear_cache() -> None:
    _spec.cache_clear()
