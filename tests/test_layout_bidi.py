"""Bidi in layout: python-bidi's levels (the Unicode bidi algorithm), and the marks a user or a template put in
the text (LRM, RLM, embeddings, isolates) steering the order of the runs Pillow/raqm draws."""

from PIL import Image, ImageDraw

from toolkit.layout import bidi_levels, fit_text, draw_layout, visual_order

RLM, LRM, RLI, PDI, RLE, PDF = "\u200f", "\u200e", "\u2067", "\u2069", "\u202b", "\u202c"


def runs(text, lang="ar", rtl=True):
    lay = fit_text(text, 3000, 300, lang, rtl=rtl)
    assert not lay.dropped and len(lay.lines) == 1
    return [r.text.strip() for r in visual_order(lay.lines[0]) if r.text.strip()]


def test_arabic_with_a_latin_brand_and_numbers():
    # visual order, left to right: the last logical word leftmost, "خصم" rightmost, the brand and the number
    # left to right inside; in Arabic the number is an Arabic-context number and its % sits on its left
    assert runs("خصم 20% على Lumi الحين") == ["الحين", "Lumi", "على", "%", "20", "خصم"]
    assert bidi_levels("خصم 20% على Lumi الحين", True) == [1] * 4 + [2, 2] + [1] * 6 + [2] * 4 + [1] * 6
    # a price keeps its digits and separators together, the brand stays one left-to-right run
    assert runs("وشاح Lumi Silk بسعر 1,299.00") == ["1,299.00", "بسعر", "Lumi Silk", "وشاح"]
    assert runs("Lumi silk scarf 20% off", "en", False) == ["Lumi silk scarf 20% off"]


def test_an_rlm_the_user_typed_changes_the_order():
    # in a right-to-left line "price: 99" is one left-to-right run; an RLM after the colon ends it: the number
    # becomes its own run, drawn left of the word
    assert runs("price: 99") == ["price: 99"]
    assert runs(f"price:{RLM} 99") == ["99", f":{RLM}", "price"]
    assert bidi_levels(f"price:{RLM} 99", True) == [2] * 5 + [1, 1, 1, 2, 2]


def test_an_lrm_keeps_the_punctuation_with_the_latin_word():
    assert runs("Lumi!") == ["!", "Lumi"]                      # the "!" goes to the line's (left) end
    assert runs(f"Lumi!{LRM}") == [f"Lumi!{LRM}"]              # the mark keeps it after the brand


def test_isolates_and_embeddings_are_honoured_and_never_drawn():
    # an Arabic product name in an English line: without an isolate the review count joins the Arabic run
    assert runs("وشاح - 3 reviews", "en", False) == ["3", "وشاح -", "reviews"]
    assert runs(f"{RLI}وشاح{PDI} - 3 reviews", "en", False) == ["وشاح", "- 3 reviews"]
    lay = fit_text(f"{RLI}وشاح{PDI} - 3 reviews", 3000, 300, "en")
    assert not any(c in r.text for r in lay.lines[0] for c in (RLI, PDI))      # the scope is in the levels
    assert bidi_levels(f"a{RLE}b c{PDF}d", False)[2:6] == [2, 2, 2, 2]
    assert runs(f"a{RLE}b c{PDF}d", "en", False) == ["a", "b c", "d"]


def _draw(text, lang="ar", rtl=True):
    lay = fit_text(text, 900, 300, lang, rtl=rtl, max_size=72, min_size=72)
    img = Image.new("RGBA", (1000, 300), (0, 0, 0, 255))
    draw_layout(ImageDraw.Draw(img), lay, (50, 0, 950, 300))
    return img.convert("L")


def test_marks_draw_nothing_and_move_what_they_steer():
    # no tofu: a mark that changes nothing leaves the pixels as they were
    assert _draw(f"Lumi{LRM} scarf", "en", False).tobytes() == _draw("Lumi scarf", "en", False).tobytes()
    plain, marked = _draw("price: 99"), _draw(f"price:{RLM} 99")
    assert plain.tobytes() != marked.tobytes()
    ink = lambda im: sum(1 for v in im.tobytes() if v > 128)   # noqa: E731 - the same glyphs, in another order
    assert abs(ink(plain) - ink(marked)) < 0.05 * ink(plain)
    # which glyph is leftmost: "p" hangs below the baseline, "9" does not. Unmarked, the line starts with
    # "price"; with the RLM, "99" is drawn left of it
    def leftmost_hangs(im):
        x0, _, _, bottom = im.point(lambda v: 255 if v > 128 else 0).getbbox()
        return im.crop((x0, 0, x0 + 30, 300)).point(lambda v: 255 if v > 128 else 0).getbbox()[3] == bottom
    assert leftmost_hangs(plain) and not leftmost_hangs(marked)


def test_an_arabic_cover_still_draws_inside_the_zone():
    from toolkit.creative import load_image, render_cover, safe_zone
    from toolkit.markets import load_market
    from conftest import EXAMPLES
    m = load_market("sa")
    img = load_image(str(EXAMPLES / "images" / "lumi-silk-scarf.jpg"), "x")
    cover, layer = render_cover(m, img, f"خصم 20% على Lumi{LRM}!", "وشاح Lumi Silk", "199 ر.س", "299 ر.س",
                                m.labels["sale"])
    x0, y0, x1, y1 = layer.img.getchannel("A").getbbox()
    zone = safe_zone(True)
    assert x0 >= zone.left and y0 >= zone.top and x1 <= zone.right and y1 <= zone.bottom
    assert len(set(cover.convert("L").crop((x0, y0, x1, y0 + 200)).tobytes())) > 50     # text, not a flat panel
