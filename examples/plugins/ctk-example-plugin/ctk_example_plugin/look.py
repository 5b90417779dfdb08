"""A festival motif, a text animation and a visual style.

- motif `stars`: gold five-point stars along the top and bottom edges (festivals.toml: motif = "stars")
- animation `drop`: the text drops in from above and settles (a style's animation = "drop")
- style `midnight`: white on deep blue panels, using the drop animation (--style midnight)
"""

from __future__ import annotations

import math
from pathlib import Path


def stars(layer, palette, rnd) -> None:
    """draw(layer, palette, rnd): layer is a transparent RGBA image the size of the frame, palette the festival's
    colours (RGBA) followed by white, rnd a random.Random seeded per frame."""
    from PIL import ImageDraw
    d = ImageDraw.Draw(layer)
    w, h = layer.size
    s = w / 1080
    gold = (255, 204, 51, 255)
    for band in (0.06, 0.94):
        for i in range(9):
            cx, cy, r = (60 + i * 120) * s, h * band + rnd.uniform(-20, 20) * s, rnd.uniform(18, 30) * s
            pts = [(cx + (r if k % 2 == 0 else r * 0.45) * math.sin(k * math.pi / 5),
                    cy - (r if k % 2 == 0 else r * 0.45) * math.cos(k * math.pi / 5)) for k in range(10)]
            d.polygon(pts, fill=gold)


def drop(text_in: float, motion_px: int) -> tuple[str, str]:
    """(text_in, motion_px) -> ffmpeg overlay (x, y) expressions in the scene's time t."""
    return "0", f"if(lt(t,{text_in}),-{motion_px}*(1-t/{text_in}),0)"


def midnight() -> str:
    """A style: the path of a TOML with the keys of ctk's assets/styles/clean.toml (a dict of them works too)."""
    return str(Path(__file__).with_name("midnight.toml"))
