"""`ctk preview`: a contact sheet PNG of key frames per market (cover + every scene), drawn with Pillow
without encoding any video, so it is fast."""

from __future__ import annotations

from pathlib import Path

from .creative import load_image, render_scene
from .fsutil import atomic_write_bytes

THUMB = (180, 320)


def contact_sheet(catalog, opts, out_png: str | Path, product_ids: list[str] | None = None) -> Path:
    import io

    from PIL import Image, ImageDraw

    from .layout import draw_layout, fit_text
    from .markets import load_market
    from .pipeline import market_festival, preview
    from .style import load_style
    products = [p for p in catalog.products if not product_ids or p.id in product_ids][:1 if not product_ids else None]
    style = load_style(opts.style, opts.brand_kit)
    rows = []
    for product in products:
        for code in opts.markets:
            market = load_market(code)
            theme, _ = market_festival(market, opts)
            c, cover = preview(product, code, opts)
            frames = [cover]
            hero = load_image(c.images[0] if c.images else None, product.id)
            for s in c.script.scenes:
                bg, layer = render_scene(market, load_image(s.image, product.id) if s.image else hero, s.screen,
                                         s.role, theme=theme, style=style)
                f = bg.convert("RGBA")
                f.alpha_composite(layer.img)
                frames.append(f.convert("RGB"))
            rows.append((f"{code} · {product.id}", frames))
    cols = max(len(f) for _, f in rows)
    label_w = 200
    sheet = Image.new("RGB", (label_w + cols * (THUMB[0] + 8) + 8, len(rows) * (THUMB[1] + 8) + 8), (245, 245, 247))
    d = ImageDraw.Draw(sheet)
    for r, (label, frames) in enumerate(rows):
        y = 8 + r * (THUMB[1] + 8)
        lay = fit_text(label, label_w - 16, 80, "en", max_size=22, min_size=14, max_lines=3)
        draw_layout(d, lay, (8, y, label_w - 8, y + 80), align="left", valign="top", fill=(30, 30, 30, 255), stroke=0)
        for c_i, fr in enumerate(frames):
            sheet.paste(fr.resize(THUMB, 2), (label_w + 8 + c_i * (THUMB[0] + 8), y))
    buf = io.BytesIO()
    sheet.save(buf, "PNG", optimize=True)
    out = Path(out_png)
    atomic_write_bytes(out, buf.getvalue())
    return out
