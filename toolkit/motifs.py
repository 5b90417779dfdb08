"""Festival motifs: the art drawn around a themed cover or scene (lanterns, crescents, diyas, snow...).

A motif is a function `draw(layer, palette, rnd)`: `layer` is a transparent RGBA Pillow image the size of the
frame, `palette` the festival's colours as RGBA tuples followed by white, `rnd` a `random.Random` seeded per
frame (same seed, same art). It draws around the edges; the product card and the text go over it. Packages add
motifs through the entry point group "ctk.motifs" (toolkit/registry.py); festivals.toml names them by `motif`.
Pillow is imported inside the functions, so naming and validating motifs stays light.
"""

from __future__ import annotations

import math

from .errors import ConfigError

GROUP = "ctk.motifs"


def _scale(layer) -> tuple[float, float]:
    w, h = layer.size
    return w / 1080, h / 1920


def _pen(layer):
    from PIL import ImageDraw
    return ImageDraw.Draw(layer)


def lanterns(layer, pal, rnd) -> None:
    d, (sx, sy), accent = _pen(layer), _scale(layer), pal[1]
    for i, x in enumerate((48, 1020)):        # at the edges, clear of the text panels
        x *= sx
        y = (560 + i * 120) * sy
        d.line([(x, 0), (x, y)], fill=accent, width=4)
        d.ellipse([x - 62 * sx, y, x + 62 * sx, y + 110 * sy], fill=(200, 16, 46, 255), outline=accent, width=5)
        d.rectangle([x - 30 * sx, y - 8 * sy, x + 30 * sx, y + 8 * sy], fill=accent)
        d.rectangle([x - 30 * sx, y + 104 * sy, x + 30 * sx, y + 118 * sy], fill=accent)
        d.line([(x, y + 118 * sy), (x, y + 170 * sy)], fill=accent, width=4)


def crescent(layer, pal, rnd) -> None:
    d, (sx, sy), (w, h) = _pen(layer), _scale(layer), layer.size
    cx, cy, r = 880 * sx, 250 * sy, 120 * sx
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=pal[1])
    d.ellipse([cx - r + 45 * sx, cy - r - 20 * sy, cx + r + 45 * sx, cy + r - 20 * sy], fill=(0, 0, 0, 0))
    for _ in range(26):
        x, y = rnd.uniform(0, w), rnd.uniform(0, h * 0.35)
        s = rnd.uniform(3, 8) * sx
        d.polygon([(x, y - 2 * s), (x + s / 2, y - s / 2), (x + 2 * s, y), (x + s / 2, y + s / 2), (x, y + 2 * s),
                   (x - s / 2, y + s / 2), (x - 2 * s, y), (x - s / 2, y - s / 2)], fill=(255, 244, 200, 230))


def diya(layer, pal, rnd) -> None:
    d, (sx, sy), h = _pen(layer), _scale(layer), layer.size[1]
    for i in range(7):
        x, y = (90 + i * 150) * sx, h - 140 * sy - (i % 2) * 40 * sy
        d.pieslice([x - 60 * sx, y - 40 * sy, x + 60 * sx, y + 40 * sy], 0, 180, fill=(190, 90, 30, 255))
        d.ellipse([x - 14 * sx, y - 70 * sy, x + 14 * sx, y - 8 * sy], fill=(255, 200, 60, 255))
        d.ellipse([x - 6 * sx, y - 50 * sy, x + 6 * sx, y - 14 * sy], fill=(255, 250, 210, 255))


def snow(layer, pal, rnd) -> None:
    d, (sx, _), (w, h) = _pen(layer), _scale(layer), layer.size
    for _ in range(140):
        x, y, r = rnd.uniform(0, w), rnd.uniform(0, h), rnd.uniform(3, 10) * sx
        d.ellipse([x - r, y - r, x + r, y + r], fill=(255, 255, 255, rnd.randint(120, 230)))


def confetti(layer, pal, rnd) -> None:
    d, (sx, _), (w, h) = _pen(layer), _scale(layer), layer.size
    for _ in range(120):
        x, y = rnd.uniform(0, w), rnd.uniform(0, h)
        c = pal[rnd.randrange(len(pal))]
        a, b = rnd.uniform(8, 22) * sx, rnd.uniform(4, 10) * sx
        d.rectangle([x, y, x + a, y + b], fill=c)


def moon(layer, pal, rnd) -> None:
    from PIL import Image, ImageDraw, ImageFilter
    (sx, sy), (w, h) = _scale(layer), layer.size
    cx, cy, r = 820 * sx, 260 * sy, 170 * sx
    glow = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ImageDraw.Draw(glow).ellipse([cx - r * 1.5, cy - r * 1.5, cx + r * 1.5, cy + r * 1.5], fill=(255, 230, 160, 120))
    layer.alpha_composite(glow.filter(ImageFilter.GaussianBlur(40)))
    _pen(layer).ellipse([cx - r, cy - r, cx + r, cy + r], fill=(255, 236, 170, 255))


def hearts(layer, pal, rnd) -> None:
    d, (sx, _), (w, h) = _pen(layer), _scale(layer), layer.size
    for _ in range(30):
        x, y, s = rnd.uniform(0, w), rnd.uniform(0, h), rnd.uniform(18, 46) * sx
        c = pal[rnd.randrange(len(pal))]
        d.ellipse([x - s, y - s / 2, x, y + s / 2], fill=c)
        d.ellipse([x, y - s / 2, x + s, y + s / 2], fill=c)
        d.polygon([(x - s, y + s * 0.1), (x + s, y + s * 0.1), (x, y + s * 1.3)], fill=c)


def _petals(layer, pal, rnd, n: int, centre: bool) -> None:
    d, (sx, _), (w, h) = _pen(layer), _scale(layer), layer.size
    for _ in range(22):
        x, y, s = rnd.uniform(0, w), rnd.uniform(0, h), rnd.uniform(20, 44) * sx
        c = pal[rnd.randrange(len(pal))]
        for k in range(n):
            ang = k * (6.283 / n) + rnd.uniform(0, 1)
            px, py = x + math.cos(ang) * s, y + math.sin(ang) * s
            d.ellipse([px - s * 0.7, py - s * 0.45, px + s * 0.7, py + s * 0.45], fill=c)
        if centre:
            d.ellipse([x - s * 0.35, y - s * 0.35, x + s * 0.35, y + s * 0.35], fill=pal[1])


def flowers(layer, pal, rnd) -> None:
    _petals(layer, pal, rnd, 5, True)


def leaves(layer, pal, rnd) -> None:
    _petals(layer, pal, rnd, 2, False)


def none(layer, pal, rnd) -> None:
    """The festival's palette only, no drawing."""


BUILTIN = {f.__name__: f for f in (lanterns, crescent, diya, snow, confetti, moon, hearts, flowers, leaves, none)}


def motifs() -> dict:
    """name -> draw function: ctk's own and those installed packages add."""
    from .registry import merged
    return merged(GROUP, BUILTIN)


def known(name: str) -> bool:
    """Whether a motif exists; plugins are loaded only for a name that is not ctk's own."""
    return isinstance(name, str) and (name in BUILTIN or name in motifs())


def names() -> list[str]:
    return sorted(motifs())


def draw(name: str, layer, palette: list[tuple], rnd) -> None:
    fn = BUILTIN.get(name) or motifs().get(name)
    if fn is None:
        raise ConfigError(f"motif '{name}' is unknown", hint="use one of: " + ", ".join(names()))
    if fn is BUILTIN.get(name):
        fn(layer, palette, rnd)
        return
    from .registry import who
    try:
        fn(layer, palette, rnd)
    except Exception as exc:  # noqa: BLE001 - a plugin's bug, named clearly, never a traceback
        raise ConfigError(f"{who(GROUP, name)} failed drawing: {type(exc).__name__}: {exc}",
                          hint="fix or uninstall that package") from None
