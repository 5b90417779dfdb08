"""Visual styles (assets/styles/*.toml, and those installed packages add through the entry point group
"ctk.styles": a style TOML's path or a dict of the same keys) and a brand kit (logo, colours, font) from a
config file."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError

from .paths import assets_dir

STYLES_DIR = assets_dir() / "styles"
GROUP = "ctk.styles"


@dataclass(frozen=True)
class Style:
    name: str = "clean"
    description: str = ""
    weight: str = "bold"
    latin_font: str = ""
    text_color: str = "#FFFFFF"
    panel_color: str = "#0A0A0E"
    panel_alpha: int = 150
    stroke: bool = True
    uppercase_hook: bool = False
    hook_position: str = "top"
    badge_color: str = "#E62846"
    badge_text: str = "#FFFFFF"
    sale_color: str = "#FFD600"
    background: str = "blur"
    animation: str = "fade"
    card_radius: int = 36
    logo: str = ""
    brand: str = ""

    def rgba(self, key: str, alpha: int = 255) -> tuple[int, int, int, int]:
        c = getattr(self, key).lstrip("#")
        return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16), alpha


def _own() -> list[str]:
    return sorted(p.stem for p in STYLES_DIR.glob("*.toml"))


def available_styles() -> list[str]:
    """ctk's styles, then those installed packages add."""
    from .registry import plugins
    own = _own()
    return own + sorted(name for name, _ in plugins(GROUP) if name not in own)


def _plugin_style(name: str) -> tuple[dict, Path] | None:
    """A package's style: (its keys, the path relative files are found from), or None when there is none."""
    from .registry import plugins, who
    obj = dict(plugins(GROUP)).get(name)
    if obj is None:
        return None
    try:
        if callable(obj):
            obj = obj()
    except Exception as exc:  # noqa: BLE001 - a plugin's bug, named clearly, never a traceback
        raise ConfigError(f"{who(GROUP, name)} failed: {type(exc).__name__}: {exc}",
                          hint="fix or uninstall that package") from None
    if isinstance(obj, dict):
        return {"name": name, **obj}, Path(f"<{who(GROUP, name)}>")
    if isinstance(obj, (str, Path)) and str(obj).endswith(".toml") and Path(obj).exists():
        return _read(Path(obj)), Path(obj)
    raise ConfigError(f"{who(GROUP, name)} gives {obj!r}, not a style", hint="a style is the path of a TOML "
                      "like assets/styles/clean.toml, or a dict of its keys")


def _read(path: Path) -> dict:
    from .tomlfile import read_toml
    return read_toml(path)


def _validate(data: dict, path: Path) -> dict:
    known = {f.name for f in fields(Style)}
    for k in data:
        if k not in known:
            raise ConfigError(f"unknown key '{k}'", file=str(path), hint="keys: " + ", ".join(sorted(known)))
    for k, v in data.items():
        if k.endswith("color") or k in ("badge_text",):
            if not (isinstance(v, str) and len(v) == 7 and v.startswith("#")):
                raise ConfigError(f"key '{k}' must be a colour like \"#E62846\"", file=str(path), hint="fix the value")
    if "animation" in data:
        from .animations import check
        check(data["animation"], where=str(path))
    for k in ("latin_font", "logo"):
        if data.get(k):
            p = Path(data[k])
            if not p.is_absolute():
                p = path.parent / p
            if not p.exists():
                raise ConfigError(f"key '{k}': file {p} not found", file=str(path), hint="fix the path")
            data[k] = str(p)
    return data


@lru_cache(maxsize=32)
def load_style(name: str = "clean", brand_kit: str | None = None) -> Style:
    """A named style (or a style TOML path), with a brand kit's logo, colours and font on top."""
    path = Path(name) if name.endswith(".toml") else STYLES_DIR / f"{name}.toml"
    found = (_read(path), path) if path.exists() else None if name.endswith(".toml") else _plugin_style(name)
    if found is None:
        raise ConfigError(f"unknown style '{name}'", hint="styles: " + ", ".join(available_styles()) + ", or a .toml file")
    style = Style(**_validate(*found))
    if brand_kit:
        kp = Path(brand_kit)
        kit = _read(kp)
        colors = kit.pop("colors", {}) or {}
        mapped = {"brand": kit.pop("name", ""), "logo": kit.pop("logo", ""), "latin_font": kit.pop("font", "")}
        if kit:
            raise ConfigError(f"unknown key '{next(iter(kit))}'", file=str(kp),
                              hint="a brand kit has name, logo, font and [colors] primary/secondary/text")
        if colors.get("primary"):
            mapped["badge_color"] = colors["primary"]
        if colors.get("secondary"):
            mapped["sale_color"] = colors["secondary"]
        if colors.get("text"):
            mapped["badge_text"] = colors["text"]
        mapped = _validate({k: v for k, v in mapped.items() if v}, kp)
        style = replace(style, **mapped)
    return style
