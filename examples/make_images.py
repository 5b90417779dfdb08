"""Draw the example product photos procedurally (no downloads). Run: python examples/make_images.py"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent / "images"
S = 1000


def studio(bg=(244, 241, 236), floor=(226, 220, 212)):
    img = Image.new("RGB", (S, S), bg)
    d = ImageDraw.Draw(img)
    for y in range(int(S * 0.68), S):
        t = (y - S * 0.68) / (S * 0.32)
        d.line([(0, y), (S, y)], fill=tuple(int(a * (1 - t) + b * t) for a, b in zip(bg, floor)))
    return img


def shadow(img, box, blur=30, alpha=90):
    sh = Image.new("L", img.size, 0)
    ImageDraw.Draw(sh).ellipse(box, fill=alpha)
    sh = sh.filter(ImageFilter.GaussianBlur(blur))
    img.paste((60, 50, 40), (0, 0), sh)


def scarf(colors):
    img = studio()
    shadow(img, (180, 760, 820, 840))
    d = ImageDraw.Draw(img)
    for k, c in enumerate(colors):
        pts = []
        for x in range(150, 851, 10):
            y = 300 + k * 150 + 40 * math.sin(x / 70 + k)
            pts.append((x, y))
        poly = pts + [(x, y + 140) for x, y in reversed(pts)]
        d.polygon(poly, fill=c)
        for x, y in pts[::6]:
            d.line([(x, y + 8), (x + 30, y + 130)], fill=tuple(min(255, v + 35) for v in c), width=3)
    return img


def tshirt(color):
    img = studio()
    shadow(img, (200, 820, 800, 880))
    d = ImageDraw.Draw(img)
    body = [(330, 220), (420, 190), (460, 230), (540, 230), (580, 190), (670, 220), (800, 360), (710, 430),
            (680, 400), (680, 820), (320, 820), (320, 400), (290, 430), (200, 360)]
    d.polygon(body, fill=color, outline=tuple(max(0, v - 40) for v in color))
    d.arc((440, 180, 560, 270), 0, 180, fill=tuple(max(0, v - 50) for v in color), width=8)
    return img


def bottle(color, cap):
    img = studio((236, 240, 244), (214, 222, 230))
    shadow(img, (330, 830, 670, 890))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((370, 380, 630, 860), radius=50, fill=color)
    d.rectangle((440, 300, 560, 390), fill=cap)
    d.rounded_rectangle((460, 170, 540, 310), radius=30, fill=(40, 40, 40))
    d.rounded_rectangle((400, 520, 600, 720), radius=16, fill=(250, 250, 248))
    d.line((430, 600, 570, 600), fill=color, width=10)
    return img


def candle():
    img = studio()
    shadow(img, (300, 800, 700, 870))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((320, 420, 680, 840), radius=40, fill=(222, 205, 180))
    d.ellipse((320, 390, 680, 460), fill=(245, 236, 220))
    d.line((500, 420, 500, 360), fill=(40, 30, 20), width=6)
    d.ellipse((478, 280, 522, 365), fill=(255, 190, 60))
    d.ellipse((490, 310, 510, 360), fill=(255, 240, 170))
    d.rounded_rectangle((380, 560, 620, 700), radius=12, fill=(250, 248, 242))
    return img


def mug(color):
    img = studio()
    shadow(img, (260, 790, 720, 860))
    d = ImageDraw.Draw(img)
    d.ellipse((610, 430, 790, 680), outline=color, width=38)
    d.rounded_rectangle((280, 350, 680, 830), radius=40, fill=color)
    d.ellipse((280, 320, 680, 390), fill=tuple(max(0, v - 30) for v in color))
    return img


def earbuds():
    img = studio((238, 238, 242), (215, 215, 222))
    shadow(img, (250, 780, 750, 860))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((290, 500, 710, 820), radius=120, fill=(250, 250, 250), outline=(200, 200, 205), width=4)
    d.line((300, 610, 700, 610), fill=(205, 205, 210), width=4)
    for cx in (400, 600):
        d.ellipse((cx - 70, 300, cx + 70, 440), fill=(30, 30, 34))
        d.rounded_rectangle((cx - 22, 400, cx + 22, 560), radius=20, fill=(30, 30, 34))
    return img


def powerbank():
    img = studio((232, 236, 240), (210, 216, 224))
    shadow(img, (300, 800, 700, 870))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((340, 230, 660, 830), radius=60, fill=(52, 58, 70))
    for i in range(4):
        d.ellipse((470, 300 + i * 40, 490, 320 + i * 40), fill=(80, 220, 140) if i < 3 else (90, 96, 110))
    d.rounded_rectangle((450, 770, 550, 800), radius=10, fill=(20, 22, 28))
    return img


def pillow(color):
    img = studio()
    shadow(img, (210, 770, 790, 860))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((220, 300, 780, 800), radius=110, fill=color)
    for k in range(8):
        d.line((260, 340 + k * 55, 740, 340 + k * 55), fill=tuple(max(0, v - 14) for v in color), width=3)
    return img


def teaset():
    img = studio((240, 238, 230), (220, 214, 200))
    shadow(img, (170, 780, 830, 870))
    d = ImageDraw.Draw(img)
    celadon = (150, 190, 170)
    d.ellipse((300, 380, 620, 760), fill=celadon)
    d.polygon([(600, 520), (740, 420), (760, 440), (630, 600)], fill=celadon)
    d.ellipse((420, 330, 500, 390), fill=tuple(v - 30 for v in celadon))
    for cx in (230, 770):
        d.pieslice((cx - 70, 680, cx + 70, 820), 0, 180, fill=celadon)
    return img


def necklace():
    img = studio((30, 32, 40), (20, 22, 28))
    d = ImageDraw.Draw(img)
    d.arc((230, 150, 770, 720), 20, 160, fill=(210, 212, 220), width=6)
    d.line((500, 710, 500, 740), fill=(210, 212, 220), width=6)
    d.polygon([(500, 740), (560, 820), (500, 900), (440, 820)], fill=(225, 228, 236))
    d.polygon([(500, 760), (540, 820), (500, 870), (460, 820)], fill=(160, 200, 235))
    return img


def beanie(color):
    img = studio()
    shadow(img, (260, 790, 740, 860))
    d = ImageDraw.Draw(img)
    d.pieslice((270, 260, 730, 900), 180, 360, fill=color)
    d.rounded_rectangle((250, 560, 750, 720), radius=30, fill=tuple(max(0, v - 25) for v in color))
    for x in range(280, 740, 28):
        d.line((x, 575, x, 705), fill=tuple(max(0, v - 45) for v in color), width=6)
    d.ellipse((440, 180, 560, 300), fill=tuple(min(255, v + 30) for v in color))
    return img


def wallet(color):
    img = studio()
    shadow(img, (220, 760, 780, 840))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((230, 360, 770, 780), radius=40, fill=color)
    d.rounded_rectangle((230, 360, 770, 520), radius=40, fill=tuple(max(0, v - 25) for v in color))
    d.line((260, 540, 740, 540), fill=tuple(min(255, v + 40) for v in color), width=3)
    return img


IMAGES = {
    "lumi-silk-scarf.jpg": lambda: scarf([(240, 236, 228), (190, 30, 45), (30, 40, 80)]),
    "northfield-tee-white.jpg": lambda: tshirt((246, 246, 244)),
    "northfield-tee-black.jpg": lambda: tshirt((34, 34, 36)),
    "glowlab-serum.jpg": lambda: bottle((232, 150, 60), (240, 240, 240)),
    "kapok-candle.jpg": candle,
    "kiln-mug-ivory.jpg": lambda: mug((240, 234, 220)),
    "kiln-mug-blue.jpg": lambda: mug((60, 100, 160)),
    "soundbit-earbuds.jpg": earbuds,
    "voltcore-powerbank.jpg": powerbank,
    "casa-linen-pillow.jpg": lambda: pillow((214, 200, 176)),
    "qingci-teaset.jpg": teaset,
    "aurelia-necklace.jpg": necklace,
    "fjell-beanie.png": lambda: beanie((170, 60, 50)),
    "hide-wallet.jpg": lambda: wallet((120, 72, 40)),
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, fn in IMAGES.items():
        img = fn()
        path = OUT / name
        if name.endswith(".png"):
            img.save(path, optimize=True)
        else:
            img.save(path, quality=84, optimize=True)
    print(f"wrote {len(IMAGES)} images to {OUT}")


if __name__ == "__main__":
    main()
