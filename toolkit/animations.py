"""Text entrance animations: how a scene's text layer moves while it fades in.

An animation is a function `motion(text_in, motion_px) -> (x_expr, y_expr)`: ffmpeg overlay expressions in the
scene's time `t` (seconds) for the text layer's offset, given how long the entrance takes and how far text may
move (text zones keep that much room inside the safe zone). Packages add animations through the entry point
group "ctk.animations" (toolkit/registry.py); a style names one with `animation = "..."`.
"""

from __future__ import annotations

import re

from .errors import ConfigError

GROUP = "ctk.animations"
# what an overlay expression may hold: numbers, t, operators, function calls; no quote, bracket or ';' that
# would end the expression or the filter graph it sits in
_SAFE = re.compile(r"[A-Za-z0-9_.,+\-*/()<>=!?: ]*")


def fade(text_in: float, motion_px: int) -> tuple[str, str]:
    """The text stays in place (its alpha fade is the entrance)."""
    return "0", "0"


def slide(text_in: float, motion_px: int) -> tuple[str, str]:
    """The text slides up into place, easing out."""
    return "0", f"if(lt(t,{text_in}),{motion_px}*(1-t/{text_in})*(1-t/{text_in}),0)"


def pop(text_in: float, motion_px: int) -> tuple[str, str]:
    """The text bounces up once and settles."""
    return "0", f"if(lt(t,{text_in}),-{motion_px}*sin(3.1416*t/{text_in})*(1-t/{text_in}),0)"


BUILTIN = {"fade": fade, "slide": slide, "pop": pop}


def animations() -> dict:
    """name -> motion function: ctk's own and those installed packages add."""
    from .registry import merged
    return merged(GROUP, BUILTIN)


def names() -> list[str]:
    return list(BUILTIN) + sorted(n for n in animations() if n not in BUILTIN)


def check(name, where: str | None = None) -> str:
    """The name when it is a known animation; otherwise one clear error listing the known ones. Plugins are
    loaded only for a name that is not ctk's own."""
    if isinstance(name, str) and (name in BUILTIN or name in animations()):
        return name
    raise ConfigError(f"unknown animation '{name}'", file=where, hint="animations: " + ", ".join(names()))


def motion(name: str, text_in: float, motion_px: int) -> tuple[str, str]:
    """The overlay (x, y) expressions of an animation."""
    fn = BUILTIN.get(check(name)) or animations()[name]
    if name in BUILTIN:
        return fn(text_in, motion_px)
    from .registry import who
    try:
        out = fn(text_in, motion_px)
        x, y = out
    except Exception as exc:  # noqa: BLE001 - a plugin's bug, named clearly, never a traceback
        raise ConfigError(f"{who(GROUP, name)} failed: {type(exc).__name__}: {exc}",
                          hint="an animation returns (x_expr, y_expr)") from None
    for e in (x, y):
        if not isinstance(e, str) or not e.strip() or not _SAFE.fullmatch(e):
            raise ConfigError(f"{who(GROUP, name)} returned {e!r}, not an ffmpeg expression",
                              hint="numbers, t, + - * / and functions such as if(lt(t,0.3),...); no quotes, "
                                   "brackets or ';'")
    return x, y
