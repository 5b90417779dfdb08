"""Festival art over a background: the theme's palette, its motif drawn (snow, lanterns, crescents, diyas...)."""

from __future__ import annotations


def _hex(c: str, alpha: int = 255) -> tuple:
    c = c.lstrip("#")
    return (int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16), alpha)


def apply_theme(bg, theme, seed: str = "theme"):
    """Tint the background with the festival palette and draw its motif around the edges
    (the product card and text are drawn over it). `theme` has .palette and .motif."""
    import random

    from PIL import Image, ImageDraw, ImageFilter
    if theme is None:
        return bg
    w, h = bg.size
    base = bg.convert("RGBA")
    tint = Image.new("RGBA", (w, h), _hex(theme.palette[0], 110))
    base.alpha_composite(tint)
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    rnd = random.Random(f"{seed}|{theme.motif}")
    pal = [_hex(c) for c in theme.palette] + [(255, 255, 255, 255)]
    accent = pal[1] if len(pal) > 1 else (255, 215, 0, 255)
    motif = theme.motif
    sx, sy = w / 1080, h / 1920
    if motif == "lanterns":
        for i, x in enumerate((48, 1020)):        # at the edges, clear of the text panels
            x *= sx
            y = (560 + i * 120) * sy
            d.line([(x, 0), (x, y)], fill=accent, width=4)
            d.ellipse([x - 62 * sx, y, x + 62 * sx, y + 110 * sy], fill=(200, 16, 46, 255), outline=accent, width=5)
            d.rectangle([x - 30 * sx, y - 8 * sy, x + 30 * sx, y + 8 * sy], fill=accent)
            d.rectangle([x - 30 * sx, y + 104 * sy, x + 30 * sx, y + 118 * sy], fill=accent)
            d.line([(x, y + 118 * sy), (x, y + 170 * sy)], fill=accent, width=4)
    elif motif == "crescent":
        cx, cy, r = 880 * sx, 250 * sy, 120 * sx
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=accent)
        d.ellipse([cx - r + 45 * sx, cy - r - 20 * sy, cx + r + 45 * sx, cy + r - 20 * sy], fill=(0, 0, 0, 0))
        for _ in range(26):
            x, y = rnd.uniform(0, w), rnd.uniform(0, h * 0.35)
            s = rnd.uniform(3, 8) * sx
            d.polygon([(x, y - 2 * s), (x + s / 2, y - s / 2), (x + 2 * s, y), (x + s / 2, y + s / 2), (x, y + 2 * s),
                       (x - s / 2, y + s / 2), (x - 2 * s, y), (x - s / 2, y - s / 2)], fill=(255, 244, 200, 230))
    elif motif == "diya":
        for i in range(7):
            x, y = (90 + i * 150) * sx, h - 140 * sy - (i % 2) * 40 * sy
            d.pieslice([x - 60 * sx, y - 40 * sy, x + 60 * sx, y + 40 * sy], 0, 180, fill=(190, 90, 30, 255))
            d.ellipse([x - 14 * sx, y - 70 * sy, x + 14 * sx, y - 8 * sy], fill=(255, 200, 60, 255))
            d.ellipse([x - 6 * sx, y - 50 * sy, x + 6 * sx, y - 14 * sy], fill=(255, 250, 210, 255))
    elif motif == "snow":
        for _ in range(140):
            x, y, r = rnd.uniform(0, w), rnd.uniform(0, h), rnd.uniform(3, 10) * sx
            d.ellipse([x - r, y - r, x + r, y + r], fill=(255, 255, 255, rnd.randint(120, 230)))
    elif motif == "confetti":
        for _ in range(120):
            x, y = rnd.uniform(0, w), rnd.uniform(0, h)
            c = pal[rnd.randrange(len(pal))]
            a, b = rnd.uniform(8, 22) * sx, rnd.uniform(4, 10) * sx
            d.rectangle([x, y, x + a, y + b], fill=c)
    elif motif == "moon":
        cx, cy, r = 820 * sx, 260 * sy, 170 * sx
        glow = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        ImageDraw.Draw(glow).ellipse([cx - r * 1.5, cy - r * 1.5, cx + r * 1.5, cy + r * 1.5], fill=(255, 230, 160, 120))
        layer.alpha_composite(glow.filter(ImageFilter.GaussianBlur(40)))
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(255, 236, 170, 255))
    elif motif == "hearts":
        for _ in range(30):
            x, y, s = rnd.uniform(0, w), rnd.uniform(0, h), rnd.uniform(18, 46) * sx
            c = pal[rnd.randrange(len(pal))]
            d.ellipse([x - s, y - s / 2, x, y + s / 2], fill=c)
            d.ellipse([x, y - s / 2, x + s, y + s / 2], fill=c)
            d.polygon([(x - s, y + s * 0.1), (x + s, y + s * 0.1), (x, y + s * 1.3)], fill=c)
    elif motif in ("flowers", "leaves"):
        for _ in range(22):
            x, y, s = rnd.uniform(0, w), rnd.uniform(0, h), rnd.uniform(20, 44) * sx
            c = pal[rnd.randrange(len(pal))]
            for k in range(5 if motif == "flowers" else 2):
                ang = k * (6.283 / (5 if motif == "flowers" else 2)) + rnd.uniform(0, 1)
                import math
                px, py = x + math.cos(ang) * s, y + math.sin(ang) * s
                d.ellipse([px - s * 0.7, py - s * 0.45, px + s * 0.7, py + s * 0.45], fill=c)
            if motif == "flowers":
                d.ellipse([x - s * 0.35, y - s * 0.35, x + s * 0.35, y + s * 0.35], fill=accent)
    base.alpha_composite(layer)
    return base.convert("RGB")
