"""Festival art over a background: the theme's palette, its motif drawn (toolkit/motifs.py: snow, lanterns,
crescents, diyas... and those installed packages add)."""

from __future__ import annotations


def _hex(c: str, alpha: int = 255) -> tuple:
    c = c.lstrip("#")
    return (int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16), alpha)


def apply_theme(bg, theme, seed: str = "theme"):
    """Tint the background with the festival palette and draw its motif around the edges
    (the product card and text are drawn over it). `theme` has .palette and .motif."""
    import random

    from PIL import Image

    from .motifs import draw
    if theme is None:
        return bg
    w, h = bg.size
    base = bg.convert("RGBA")
    tint = Image.new("RGBA", (w, h), _hex(theme.palette[0], 110))
    base.alpha_composite(tint)
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    rnd = random.Random(f"{seed}|{theme.motif}")
    pal = [_hex(c) for c in theme.palette] + [(255, 255, 255, 255)]
    draw(theme.motif, layer, pal, rnd)
    base.alpha_composite(layer)
    return base.convert("RGB")
