"""Covers and scene frames, drawn with Pillow: blurred-fill background, framed product image, text inside
the platform's safe zone (mirrored for right-to-left markets). Text is drawn on its own RGBA layer so the
video can animate it and the tests can prove that no text pixel leaves the safe zone."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .layout import draw_layout, fit_text
from .markets import MarketProfile, locales_dir
from .model import Finding
from .theme_art import _hex, apply_theme  # noqa: F401 - drawn here, named from creative too

W, H = 1080, 1920
FORMATS = {"9:16": (1080, 1920), "1:1": (1080, 1080), "16:9": (1920, 1080)}


@dataclass(frozen=True)
class SafeZone:
    left: int
    top: int
    right: int    # x1 (exclusive)
    bottom: int   # y1 (exclusive)

    def contains(self, box) -> bool:
        x0, y0, x1, y1 = box
        return x0 >= self.left and y0 >= self.top and x1 <= self.right and y1 <= self.bottom


@lru_cache(maxsize=4)
def _platforms() -> dict:
    with open(locales_dir() / "_shared" / "platforms.toml", "rb") as fh:
        return tomllib.load(fh)


def safe_zone(rtl: bool = False, kind: str = "organic", size: tuple[int, int] = (W, H)) -> SafeZone:
    """TikTok's safe zone for 9:16 (mirrored for right-to-left); 6% margins for the 1:1 and 16:9 feeds."""
    w, h = size
    if (w, h) != (W, H):
        mx, my = int(w * 0.06), int(h * 0.06)
        return SafeZone(left=mx, top=my, right=w - mx, bottom=h - my)
    z = _platforms()["tiktok"]["safe_zone"][kind]
    left, right = (z["right"], z["left"]) if rtl else (z["left"], z["right"])
    return SafeZone(left=left, top=z["top"], right=W - right, bottom=H - z["bottom"])


def placeholder_image(seed: str, size: int = 1024):
    """A neutral generated stand-in when the product has no usable image (no text: it is the same in every market)."""
    from PIL import Image, ImageDraw
    h = hashlib.sha1(seed.encode()).digest()
    c1 = (90 + h[0] % 120, 90 + h[1] % 120, 110 + h[2] % 120)
    c2 = tuple(max(0, v - 60) for v in c1)
    img = Image.new("RGB", (size, size), c1)
    d = ImageDraw.Draw(img)
    for y in range(size):
        t = y / size
        d.line([(0, y), (size, y)], fill=tuple(int(a * (1 - t) + b * t) for a, b in zip(c1, c2)))
    m = size // 4
    d.rounded_rectangle([m, m + 40, size - m, size - m + 40], radius=40, fill=(255, 255, 255), outline=None)
    d.rectangle([m, m + 40, size - m, m + 140], fill=tuple(min(255, v + 40) for v in c2))
    d.line([(size // 2, m + 40), (size // 2, size - m + 40)], fill=c2, width=18)
    return img


def load_image(path: str | None, seed: str):
    """The product image as RGB (EXIF rotation applied), or a placeholder. Cached per process: the same
    image serves every market of a product; callers never modify it."""
    mtime = Path(path).stat().st_mtime_ns if path and Path(path).exists() else 0
    return _load_image(path, seed if not path else "", mtime)


def to_rgb(im):
    """Any PNG as a product photo on white: a transparent cut-out keeps its shape on a white ground (not on
    black), a 16-bit greyscale or RGB image is scaled to 8 bits (not clipped to white), a palette with
    transparency is composited the same way."""
    from PIL import Image
    if im.mode in ("I;16", "I;16B", "I;16L", "I"):
        im = im.convert("I")
        top = im.getextrema()[1]
        scale = 255.0 / 65535.0 if top > 255 else 1.0
        im = im.point(lambda v: v * scale).convert("L")
    if im.mode == "P" and "transparency" in im.info:
        im = im.convert("RGBA")
    if im.mode in ("RGBA", "LA", "PA"):
        im = im.convert("RGBA")
        ground = Image.new("RGBA", im.size, (255, 255, 255, 255))
        ground.alpha_composite(im)
        return ground.convert("RGB")
    return im.convert("RGB")


@lru_cache(maxsize=16)
def _load_image(path: str | None, seed: str, mtime: int):
    from PIL import Image, ImageOps
    if path:
        try:
            with Image.open(path) as im:
                im = ImageOps.exif_transpose(im)
                return to_rgb(im)
        except Exception:
            pass
    return placeholder_image(seed)


def _cover_fit(img, w, h):
    from PIL import ImageOps
    return ImageOps.fit(img, (w, h), method=3)


def background(img, w: int = W, h: int = H):
    """Blurred, darkened fill of the product image: works for any aspect ratio."""
    from PIL import ImageEnhance, ImageFilter
    small = _cover_fit(img, w // 8, h // 8).filter(ImageFilter.GaussianBlur(6))
    bg = small.resize((w, h), resample=2)   # bilinear: the image is blurred anyway
    return ImageEnhance.Brightness(bg).enhance(0.55)


def product_card(canvas, img, box, radius: int = 36):
    """Paste the product image, contain-fit with a white card and soft shadow, into box."""
    from PIL import Image, ImageDraw, ImageFilter, ImageOps
    x0, y0, x1, y1 = box
    bw, bh = x1 - x0, y1 - y0
    fitted = ImageOps.contain(img, (bw - 32, bh - 32), method=3)
    cw, ch = fitted.width + 32, fitted.height + 32
    cx, cy = x0 + (bw - cw) // 2, y0 + (bh - ch) // 2
    pad = 70                                    # blur only the shadow's neighbourhood, not the whole frame
    shadow = Image.new("L", (cw + 2 * pad, ch + 2 * pad), 0)
    ImageDraw.Draw(shadow).rounded_rectangle([pad + 10, pad + 24, pad + cw + 10, pad + ch + 24], radius=radius, fill=150)
    shadow = shadow.filter(ImageFilter.GaussianBlur(22))
    canvas.paste((0, 0, 0), (cx - pad, cy - pad), shadow)
    card = Image.new("L", (cw, ch), 0)
    ImageDraw.Draw(card).rounded_rectangle([0, 0, cw - 1, ch - 1], radius=radius, fill=255)
    canvas.paste((255, 255, 255), (cx, cy), card)
    mask = Image.new("L", fitted.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, fitted.width - 1, fitted.height - 1], radius=max(0, radius - 12), fill=255)
    canvas.paste(fitted, (cx + 16, cy + 16), mask)
    return canvas


@dataclass
class TextBlock:
    text: str
    box: tuple[int, int, int, int]
    max_size: int
    min_size: int
    max_lines: int
    panel: bool = True
    color: tuple | None = None         # None: the style's text colour


class TextLayer:
    """An RGBA text layer; remembers every drawn box for the safe-zone proof and the report."""

    def __init__(self, market: MarketProfile, style=None, size: tuple[int, int] = (W, H)):
        from PIL import Image, ImageDraw

        from .style import Style
        self.market = market
        self.style = style or Style()
        self.img = Image.new("RGBA", size, (0, 0, 0, 0))
        self.draw = ImageDraw.Draw(self.img)
        self.boxes: list[tuple[int, int, int, int]] = []
        self.findings: list[Finding] = []

    def block(self, b: TextBlock, where: str) -> tuple[int, int, int, int] | None:
        if not b.text.strip():
            return None
        x0, y0, x1, y1 = b.box
        pad = 28 if b.panel else 0
        st = self.style
        lay = fit_text(b.text, x1 - x0 - 2 * pad, y1 - y0 - 2 * pad, self.market.language,
                       max_size=b.max_size, min_size=b.min_size, max_lines=b.max_lines, rtl=self.market.rtl,
                       weight=st.weight, latin_font=st.latin_font)
        if lay.dropped:
            self.findings.append(Finding(code="render.glyph_missing", severity="warning", where=where,
                                         message="characters no installed font can draw were left out: "
                                                 + " ".join(sorted(set(lay.dropped))),
                                         fix="run 'ctk doctor' to install the missing fonts"))
        if lay.truncated:
            self.findings.append(Finding(code="render.text_truncated", severity="warning", where=where,
                                         message="on-screen text did not fit and was shortened", segment=b.text,
                                         fix="shorten the line in the script"))
        w = int(max(lay.widths) if lay.widths else 0)
        cx = (x0 + x1) // 2
        cy = (y0 + y1) // 2
        panel_box = (max(x0, cx - w // 2 - pad), max(y0, cy - lay.height // 2 - pad),
                     min(x1, cx + w // 2 + pad), min(y1, cy + lay.height // 2 + pad))
        if b.panel:
            self.draw.rounded_rectangle(panel_box, radius=min(28, st.card_radius + 8),
                                        fill=st.rgba("panel_color", st.panel_alpha))
        color = b.color if b.color is not None else st.rgba("text_color")
        on_panel = b.panel or st.panel_alpha < 200
        drawn = draw_layout(self.draw, lay, (panel_box[0] + pad if b.panel else x0, panel_box[1] + pad if b.panel else y0,
                                             panel_box[2] - pad if b.panel else x1, panel_box[3] - pad if b.panel else y1),
                            align="center", fill=color,
                            stroke=None if (st.stroke and on_panel) else 0)
        box = panel_box if b.panel else drawn
        self.boxes.append(box)
        return box


def _zones(market: MarketProfile, size: tuple[int, int] = (W, H)):
    """(safe zone, hook box, product box, bottom box) for a frame size. Portrait: stacked; square: a
    shorter stack; landscape: product on the reading side's start, text beside it."""
    z = safe_zone(market.rtl, size=size)
    m = 32          # room for the text's entrance motion (video.MOTION_PX) inside the safe zone
    inner = (z.left + 10, z.top + m, z.right - 10, z.bottom - m)
    w, h = size
    if w > h:                                   # 16:9
        half = (inner[0] + inner[2]) // 2
        card = (inner[0], inner[1], half - 20, inner[3])
        text = (half + 20, inner[1], inner[2], inner[3])
        if market.rtl:
            card, text = (half + 20, inner[1], inner[2], inner[3]), (inner[0], inner[1], half - 20, inner[3])
        mid = (text[1] + text[3]) // 2
        return z, (text[0], text[1], text[2], mid - 10), card, (text[0], mid + 10, text[2], text[3])
    if w == h:                                  # 1:1
        top = (inner[0], inner[1], inner[2], inner[1] + 200)
        middle = (inner[0], inner[1] + 210, inner[2], inner[3] - 230)
        bottom = (inner[0], inner[3] - 220, inner[2], inner[3])
        return z, top, middle, bottom
    top = (inner[0], inner[1], inner[2], inner[1] + 360)
    middle = (inner[0], inner[1] + 370, inner[2], inner[3] - 290)
    bottom = (inner[0], inner[3] - 280, inner[2], inner[3])
    return z, top, middle, bottom


_BG_CACHE: dict = {}


def _palette_background(style, theme, w: int, h: int):
    """A quiet vertical gradient in the style's (or the festival's) colours, for the editorial look."""
    from PIL import Image
    top = _hex(theme.palette[0]) if theme else style.rgba("panel_color")
    bottom = tuple(max(0, int(v * 0.72)) for v in top[:3])
    grad = Image.linear_gradient("L").resize((w, h))
    a = Image.new("RGB", (w, h), top[:3])
    b = Image.new("RGB", (w, h), bottom)
    return Image.composite(b, a, grad)


def _backdrop(image, size: tuple[int, int], card_box, theme, seed: str, style=None):
    """Blurred fill (or the style's gradient) + themed decoration + product card. The same for every market
    with the same layout, so it is cached per process (a small LRU keyed by the image object and the geometry)."""
    from .style import Style
    style = style or Style()
    key = (id(image), size, card_box, getattr(theme, "id", None), getattr(theme, "start", None), seed if theme else "",
           style.background, style.panel_color, style.card_radius)
    hit = _BG_CACHE.get(key)
    if hit is not None and hit[0] is image:
        return hit[1].copy()
    base = _palette_background(style, theme, *size) if style.background == "palette" else background(image, *size)
    bg = apply_theme(base, theme, seed=seed)
    product_card(bg, image, card_box, radius=max(4, style.card_radius))
    if len(_BG_CACHE) >= 24:
        _BG_CACHE.pop(next(iter(_BG_CACHE)))
    _BG_CACHE[key] = (image, bg)
    return bg.copy()


def _hook_text(text: str, market: MarketProfile, style) -> str:
    from .writing import upper
    return upper(text, market.language) if style is not None and style.uppercase_hook and market.script == "Latn" else text


def _logo(layer: "TextLayer", zone_box) -> None:
    """The brand kit's logo, small, in the top corner on the reading side's far end, inside the safe zone."""
    st = layer.style
    if not st.logo:
        return
    from PIL import Image
    try:
        with Image.open(st.logo) as im:
            logo = im.convert("RGBA")
    except OSError:
        layer.findings.append(Finding(code="style.logo_unreadable", severity="warning", where="cover",
                                      message=f"the brand kit logo {st.logo} cannot be read"))
        return
    logo.thumbnail((180, 90))
    x0, y0, x1, _ = zone_box
    x = x1 - logo.width if not layer.market.rtl else x0
    layer.img.alpha_composite(logo, (int(x), int(y0)))
    layer.boxes.append((int(x), int(y0), int(x) + logo.width, int(y0) + logo.height))


def render_scene(market: MarketProfile, image, screen_text: str, role: str, scale: float = 1.0, theme=None,
                 style=None, size: tuple[int, int] = (W, H)):
    """(background RGB at `scale` x size, text layer) for one scene."""
    z, top, middle, bottom = _zones(market, size)
    fw, fh = size
    bw, bh = int(fw * scale), int(fh * scale)
    # the product card sits in its band, centred on the frame (scaled with the background)
    mx0, my0, mx1, my1 = middle
    off_x, off_y = (bw - fw) // 2, (bh - fh) // 2
    card_box = (off_x + mx0 - 0, off_y + my0 - 0, off_x + mx1, off_y + my1)
    bg = _backdrop(image, (bw, bh), card_box, theme, market.code, style)
    layer = TextLayer(market, style, size)
    box = top if role == "hook" and layer.style.hook_position == "top" else bottom
    big = role in ("hook", "offer")
    text = _hook_text(screen_text, market, style) if role == "hook" else screen_text
    scale_txt = 1.0 if size == (W, H) else 0.8
    layer.block(TextBlock(text, box, max_size=int((92 if big else 76) * scale_txt), min_size=34, max_lines=3),
                f"scene {role}")
    if role == "hook":
        _logo(layer, top if box is bottom else (top[0], top[1], top[2], top[1] + 90))
    return bg, layer


def render_cover(market: MarketProfile, image, hook: str, name: str, price: str | None, old_price: str | None,
                 sale_label: str | None, theme=None, style=None, size: tuple[int, int] = (W, H)):
    """The cover (1080x1920 by default): hook on top, product in the middle, name and price badge below."""
    z, top, middle, bottom = _zones(market, size)
    bg = _backdrop(image, size, middle, theme, market.code, style)
    layer = TextLayer(market, style, size)
    has_logo = bool(layer.style.logo)
    hook_box = (top[0], top[1] + (100 if has_logo else 0), top[2], top[3])
    _logo(layer, top)
    layer.block(TextBlock(_hook_text(hook, market, style), hook_box, max_size=96, min_size=44, max_lines=3),
                "cover hook")
    bx0, by0, bx1, by1 = bottom
    name_h = min(124, int((by1 - by0) * 0.45))      # shorter bands (square format) share the room
    from .script import capitalize_first
    name_color = (255, 255, 255, 255) if layer.style.background == "blur" or theme else layer.style.rgba("text_color")
    layer.block(TextBlock(capitalize_first(name, market.language), (bx0, by0, bx1, by0 + name_h), max_size=60, min_size=28, max_lines=2,
                          panel=False, color=name_color), "cover name")
    if price:
        _price_badge(layer, (bx0, by0 + name_h + 16, bx1, min(by1 - 10, by0 + name_h + 16 + 130)), price, old_price,
                     sale_label)
    out = bg.convert("RGBA")
    out.alpha_composite(layer.img)
    return out.convert("RGB"), layer


def _price_badge(layer: TextLayer, box, price: str, old: str | None, sale: str | None):
    """[SALE] [price] [old price struck through], centred in box; order mirrored for right-to-left markets."""
    x0, y0, x1, y1 = box
    d = layer.draw
    lang = layer.market.language
    h = y1 - y0
    items = []
    if sale:
        lay = fit_text(sale, 260, h - 40, lang, max_size=44, min_size=24, max_lines=1, rtl=layer.market.rtl,
                       latin_font=layer.style.latin_font)
        items.append(("sale", lay, int(max(lay.widths or [0])) + 44))
    lay = fit_text(price, (x1 - x0) // 2, h - 30, lang, max_size=72, min_size=34, max_lines=1, rtl=layer.market.rtl,
                   latin_font=layer.style.latin_font)
    items.append(("price", lay, int(max(lay.widths or [0])) + 64))
    if old:
        lay = fit_text(old, (x1 - x0) // 3, h - 50, lang, max_size=44, min_size=26, max_lines=1, rtl=layer.market.rtl)
        items.append(("old", lay, int(max(lay.widths or [0])) + 20))
    gap = 18
    total = sum(w for _, _, w in items) + gap * (len(items) - 1)
    while total > x1 - x0 and len(items) > 1:      # drop the struck price, then the label, if the row is too wide
        items.pop(-1 if items[-1][0] == "old" else 0)
        total = sum(w for _, _, w in items) + gap * (len(items) - 1)
    if layer.market.rtl:
        items.reverse()
    x = max(x0, (x0 + x1 - total) // 2)
    for kind, lay, w in items:
        if kind == "sale":
            b = (x, y0 + 22, x + w, y1 - 22)
            d.rounded_rectangle(b, radius=16, fill=layer.style.rgba("sale_color"))
            draw_layout(d, lay, (b[0] + 22, b[1], b[2] - 22, b[3]), fill=(20, 20, 20, 255), stroke=0)
        elif kind == "price":
            b = (x, y0, x + w, y1)
            d.rounded_rectangle(b, radius=h // 2, fill=layer.style.rgba("badge_color"))
            draw_layout(d, lay, (b[0] + 32, b[1], b[2] - 32, b[3]), fill=layer.style.rgba("badge_text"), stroke=0)
        else:
            light = layer.style.background == "palette"
            b = draw_layout(d, lay, (x + 10, y0, x + w - 10, y1),
                            fill=layer.style.rgba("text_color", 200) if light else (235, 235, 235, 255),
                            stroke=0 if light else 2, stroke_fill=(0, 0, 0, 160))
            mid = (b[1] + b[3]) // 2
            d.line([(b[0], mid), (b[2], mid)], fill=layer.style.rgba("badge_color"), width=5)
        layer.boxes.append(b)
        x += w + gap


# ---- festival themes, drawn procedurally (no downloaded artwork) ------------------------------
