"""Scripts, captions, subtitles and the script checks, with no model installed."""

import re
import unicodedata
from decimal import Decimal

import pytest

from toolkit.caption import build_caption
from toolkit.facts import build_facts
from toolkit.importers import load_catalog
from toolkit.markets import available_markets, load_market
from toolkit.money import load_fx
from toolkit.script import TemplateGenerator
from toolkit.subtitles import build_cues, to_srt, to_vtt
from toolkit.textutil import fits_script, utf16_len
from toolkit.translate import PhrasebookTranslator

from conftest import EXAMPLES


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(EXAMPLES / "catalog.csv")


def production_findings(product, code, sponsored=False):
    """Every finding of one bundle as `ctk render` and `ctk lint` compute them (toolkit/bundle.py)."""
    from pathlib import Path

    from toolkit.bundle import compose
    from toolkit.settings import RenderOptions
    opts = RenderOptions(markets=[code], out=Path("."), sponsored=sponsored, campaign_date="2026-06-16",
                         festival="none")
    return compose(product, load_market(code), opts, translator=PhrasebookTranslator(), fx=load_fx()).findings


def make(product, code, sponsored=False, seed=0):
    m = load_market(code)
    facts = build_facts(product, m, PhrasebookTranslator(), load_fx())
    script, _ = TemplateGenerator().generate(facts, m, [], seed=seed, product_id=product.id)
    caption, cf = build_caption(facts, script, m, sponsored=sponsored, product_id=product.id)
    return m, facts, script, caption, facts.findings + cf


@pytest.mark.parametrize("code", sorted(available_markets()))
def test_every_market_gets_a_valid_script_and_caption(catalog, code):
    for product in catalog.products:
        m, facts, script, caption, findings = make(product, code)
        assert 3 <= len(script.scenes) <= 8
        assert 9 <= script.duration <= 34.01
        assert all(s.screen and s.voice and s.duration >= 2 for s in script.scenes)
        assert caption.length_utf16 <= m.limit("caption_max_utf16", 2200)
        assert len(caption.hashtags) <= m.limit("hashtags_max", 5)
        # no text in the wrong script slips into the caption or on screen (the rules as production runs them)
        problems = production_findings(product, code)
        assert not [f for f in problems if f.code in ("script.mismatch", "language.script")], (code, product.id)
        assert "{" not in caption.text and all("{" not in s.screen for s in script.scenes)


def test_chinese_product_for_german_market_reads_german_and_reports_untranslated(catalog):
    scarf = next(p for p in catalog.products if p.id == "lumi-silk-scarf")
    m, facts, script, caption, findings = make(scarf, "de")
    text = caption.text + " ".join(s.screen + s.voice for s in script.scenes)
    assert not re.search(r"[\u4e00-\u9fff]", text)
    from toolkit.knowledge.render import market_facts_data
    from toolkit.knowledge.nouns import word_of
    assert facts.category == word_of(market_facts_data(m)["types"]["scarf"])
    assert facts.material == m.word("material", "mulberry_silk")
    assert set(facts.colors) == {m.word("color", c) for c in ("white", "red", "navy")}
    # the title is not German: the name on screen is built from the product's facts, and the report says so
    built = [f for f in findings if f.code == "facts.name_built"]
    assert built and built[0].segment == "桑蚕丝丝巾" and "Maulbeerseide" in facts.name
    untranslated = [f for f in findings if f.code == "translate.untranslated"]
    assert any("桑蚕丝" in (f.segment or "") for f in untranslated)


def test_overrides_and_discount_reach_the_copy(catalog):
    tee = next(p for p in catalog.products if p.id == "northfield-organic-tee")
    _, facts, script, caption, _ = make(tee, "de")
    assert facts.name == "Bio-Baumwoll-T-Shirt Everyday" and facts.price == "22,90\u00a0€"
    serum = next(p for p in catalog.products if p.id == "glowlab-vitamin-c-serum")
    _, facts, script, _, _ = make(serum, "us")
    assert facts.discount == "17%" and facts.old_price == "$35"          # whole dollars, as US shops write them
    assert any(s.role == "offer" and "$29" in s.screen + s.voice for s in script.scenes)


@pytest.mark.parametrize("code", ["us", "de", "kr", "jp", "sa"])
def test_sponsored_caption_opens_with_the_market_label(catalog, code):
    m, facts, script, caption, _ = make(catalog.products[0], code, sponsored=True)
    assert caption.text.startswith(m.disclosure["label"])
    assert not [f for f in production_findings(catalog.products[0], code, sponsored=True)
                if f.code.startswith("disclosure") and f.severity != "info"]


def test_deterministic_and_varied(catalog):
    a = [make(p, "us")[2].scenes[0].screen for p in catalog.products]
    b = [make(p, "us")[2].scenes[0].screen for p in catalog.products]
    assert a == b
    assert len(set(a)) >= 3                          # hooks rotate across a catalog
    c = [make(p, "us", seed=7)[2].scenes[0].screen for p in catalog.products]
    assert c != a


def test_taboo_number_avoided_in_jp_color_count(catalog):
    m = load_market("jp")
    assert m.raw_culture.get("taboo_numbers") == ["4"]
    tee = next(p for p in catalog.products if p.id == "northfield-organic-tee")
    for seed in range(6):
        _, _, script, _, _ = make(tee, "jp", seed=seed)
        assert not any("4色" in s.screen or "4色" in s.voice for s in script.scenes)


def test_utf16_length_counts_emoji_as_two():
    assert utf16_len("abc") == 3
    assert utf16_len("😀") == 2
    assert utf16_len("ไทย") == 3


def test_subtitles_are_timed_to_scenes(catalog):
    for code in ("us", "jp", "th", "sa"):
        m, facts, script, caption, _ = make(catalog.products[3], code)
        cues = build_cues(script, m.script)
        assert cues and cues[0].start == 0
        ends = [c.end for c in cues]
        assert all(b.start >= a.end for a, b in zip(cues, cues[1:]))
        assert abs(ends[-1] - script.duration) < 0.01
        assert all(len(c.lines) <= 2 and c.end - c.start >= 5 / 6 - 1e-6 for c in cues)
        starts = script.starts()
        for s, st in zip(script.scenes, starts):          # every scene's voice starts with its scene
            assert any(abs(c.start - st) < 0.002 for c in cues)
        srt, vtt = to_srt(cues), to_vtt(cues, m.language, m.rtl)
        assert re.match(r"1\n00:00:00,000 --> 00:00:0\d,\d{3}\n", srt)
        assert vtt.startswith("WEBVTT") and "-->" in vtt and srt.count("-->") == len(cues)
        limit = {"Latn": 42, "Jpan": 16, "Thai": 35, "Arab": 42}[m.script]
        assert all(len(line) <= limit + 12 for c in cues for line in c.lines)


def test_fits_script():
    assert fits_script("Nur 35,99 €", "Latn")
    assert not fits_script("桑蚕丝 Schal", "Latn")
    assert fits_script("スカーフ Lumi", "Jpan")
    assert not fits_script("Silk scarf for you today", "Thai")
    assert fits_script("خصم 20% على Lumi", "Arab", ("Lumi",))


@pytest.mark.parametrize("code", sorted(available_markets()))
def test_hooks_fit_the_hook_scene_and_lines_fit_their_scenes(catalog, code):
    """The hook's voice is said within the first 3 s (a shorter variant is chosen when one does not fit), every
    scene lasts long enough for its line at the market's speaking rate, and no cue is shorter than 5/6 s."""
    from toolkit.script import HOOK_SECONDS, spoken_len, voice_cps
    m = load_market(code)
    for product in catalog.products:
        _, facts, script, _, _ = make(product, code)
        hook = script.scenes[0]
        assert hook.duration <= HOOK_SECONDS and spoken_len(hook.voice) / voice_cps(m) <= HOOK_SECONDS, \
            (code, product.id, hook.voice)
        for s in script.scenes[1:]:
            assert spoken_len(s.voice) / voice_cps(m) <= s.duration + 0.25, (code, product.id, s.voice, s.duration)
        cues = build_cues(script, m.script)
        assert all(c.end - c.start >= 5 / 6 - 0.002 for c in cues[:-1]), (code, product.id)


def _product(**kw):
    from decimal import Decimal
    from toolkit.model import Product, Variant
    prices = kw.pop("prices", ["19.99"])
    p = Product(id=kw.pop("id", "p"), currency="EUR", **kw)
    p.options = ["Size"] if len(prices) > 1 else []
    p.variants = [Variant(sku=f"s{i}", options={"Size": f"S{i}"} if len(prices) > 1 else {}, price=Decimal(x))
                  for i, x in enumerate(prices)]
    return p


def test_variants_at_different_prices_are_offered_from_the_lowest():
    p = _product(title="Faszienrolle", category="foam roller", prices=["17.99", "24.99"])
    _, facts, script, _, _ = make(p, "de")
    offer = next(s for s in script.scenes if s.role == "offer")
    assert facts.price_varies and "ab" in offer.screen.lower() and "17,99" in offer.screen
    _, facts, script, _, _ = make(_product(title="Faszienrolle", category="foam roller", prices=["17.99", "17.99"]), "de")
    assert not facts.price_varies
    # with a reduction too: one variant's "statt 157 €" pair would not hold for the others, so "ab" it is
    q = _product(title="Faszienrolle", category="foam roller", prices=["17.99", "24.99"])
    q.variants[0].compare_at_price = Decimal("29.99")
    _, facts, script, _, _ = make(q, "de")
    offer = next(s for s in script.scenes if s.role == "offer")
    assert facts.discount and "ab" in offer.screen.lower() and "statt" not in offer.screen, offer.screen


def test_a_strong_selling_point_opens_the_video_and_is_not_said_twice():
    """On a festival date, a product with a selling point opens with it (the festival stays on the cover and in the
    hashtags); the hook's fact is cited and not repeated as a benefit."""
    import datetime as dt

    from toolkit.festivals import pick
    m = load_market("us")
    p = _product(title="Portable Charger 10000mAh Power Bank, 22.5W Fast Charging", category="power bank")
    facts = build_facts(p, m, PhrasebookTranslator(), load_fx())
    fest = pick(m, dt.date(2026, 12, 20))
    assert fest is not None and fest.greetings
    greetings = {str(g.screen) for g in fest.greetings}
    cited = 0
    for seed in range(8):
        script, _ = TemplateGenerator().generate(facts, m, [], seed=seed, product_id=p.id, festival=fest)
        hook = script.scenes[0]
        assert facts.has("pitch") and hook.screen not in greetings, hook
        if hook.facts:                       # the hook said a selling point: no benefit says it again
            cited += 1
            later = [i for s in script.scenes[1:] if s.role == "benefit" for i in s.facts]
            assert not set(hook.facts) & set(later), (hook, later)
    assert cited, "some seed opens with the selling point"


def test_the_sellers_own_bullets_reach_the_script_in_their_language_only():
    """A description bullet no lexicon term covers ("Fits laptops up to 15.6 inches") becomes a benefit line in a
    market of the bullet's language; a bullet whose words a line already says, a care note and a bullet in another
    language do not."""
    desc = ("Our everyday backpack.\n"
            "• Fits laptops up to 15.6 inches in a padded sleeve\n"
            "• Care: wipe clean with a damp cloth, do not bleach\n"
            "• Side pockets hold two water bottles upright\n"
            "• Fits laptops up to 15.6 inches\n")
    p = _product(title="Travel Backpack", category="backpack", description=desc)
    _, facts, script, _, _ = make(p, "us")
    assert facts.bullets and any("15.6" in b for b in facts.bullets)
    voice = " ".join(str(s.voice) for s in script.scenes)
    assert "15.6" in voice and "padded sleeve" in voice
    assert voice.count("15.6") == 1                   # a bullet already said is not said again
    assert "bleach" not in voice                      # a care note is no selling point
    benefit_screens = [s.screen for s in script.scenes if s.role == "benefit"]
    assert all(len(s) <= 53 and not s.endswith((',', ' and', ' with')) for s in benefit_screens), benefit_screens
    # the same bullets stay out of a German video: they are not German
    _, _, script_de, _, _ = make(p, "de")
    assert "15.6" not in " ".join(str(s.voice) for s in script_de.scenes)


@pytest.mark.parametrize("code", sorted(available_markets()))
def test_a_reduction_on_some_variants_only_says_so(code):
    """S reduced from 24.99 to 19.99, M at 24.99: the offer shows the reduction and the market's note that it holds
    for a selection; with every variant reduced, no note."""
    from decimal import Decimal
    m = load_market(code)
    p = _product(title="Faszienrolle", category="foam roller", prices=["19.99", "24.99"])
    p.variants[0].compare_at_price = Decimal("24.99")
    _, facts, script, _, _ = make(p, code)
    note = m.labels["some_variants"]
    offer = next(s for s in script.scenes if s.role == "offer")
    assert facts.discount and facts.discount_partial
    assert note in offer.voice and note.rstrip(".。") in offer.screen, (offer.screen, offer.voice)
    p.variants[1].compare_at_price = Decimal("31.99")
    _, facts, script, _, _ = make(p, code)
    offer = next(s for s in script.scenes if s.role == "offer")
    assert facts.discount and not facts.discount_partial and note not in offer.voice


@pytest.mark.parametrize("code,want", [("us", "473"), ("de", "473"), ("jp", "473")])
def test_ounces_of_a_blender_are_a_volume_in_every_unit_system(code, want):
    p = _product(title="Portable Blender, 16 oz Personal Mini Blender", category="blender")
    _, facts, script, _, _ = make(p, code)
    text = " ".join(s.screen for s in script.scenes) + " ".join(mf.screen for mf in facts.pitch)
    assert want in text and "454" not in text, text


@pytest.mark.parametrize("title,number", [("Glowdot Nose Strips", "pl"), ("Zenwave Tuning Forks", "pl"),
                                          ("Frothy Cocktail Shaker", "sg"), ("Crystal Glass", "sg")])
def test_a_title_of_an_unknown_type_takes_its_own_number_not_the_group_words(title, number):
    """ctk does not know the type: the group word ("beauty", "gifts") is no guide to "This ... is" or "These ...
    are"; English reads the number off the title's last word, other languages take the neutral lines."""
    p = _product(title=title, category="")
    for code in ("us", "de", "fr"):
        _, facts, script, caption, _ = make(p, code)
        assert "gender" not in facts.grammar or facts.grammar.get("named") == "type"
        if code == "us":
            assert facts.grammar.get("number") == number, facts.grammar
            text = caption.text + " ".join(str(s.voice) for s in script.scenes)
            wrong = ("This " + facts.name + " is", "Add it ") if number == "pl" else ("These " + facts.name, "Add them ")
            assert not any(w in text for w in wrong), text


def test_emoji_bullets_and_label_dash_explanation_reach_the_script():
    """Sellers open bullets with emoji and write "Label — explanation": the label goes on screen, both are said."""
    desc = ("Your cat's new obsession.\n"
            "🐦 Realistic Wing Flapping — Moves like real prey, triggering your cat's instinct to hunt\n"
            "🔊 Lifelike Chirping Sounds — Built-in bird sounds that reach your cat across the room\n")
    p = _product(title="Royal Flapping Bird — Interactive Cat Toy", category="cat toy", description=desc, brand="NONE")
    _, facts, script, caption, _ = make(p, "us")
    screens = [s.screen for s in script.scenes]
    assert "Realistic Wing Flapping" in screens and "Lifelike Chirping Sounds" in screens, screens
    voice = " ".join(s.voice for s in script.scenes)
    assert "Realistic wing flapping. Moves like real prey" in voice


def test_a_placeholder_brand_is_no_brand(tmp_path):
    from toolkit.importers import load_catalog
    f = tmp_path / "c.csv"
    f.write_text("id,title,brand,price,currency\na,Cat Toy,NONE,9.99,USD\nb,Dog Bowl,n/a,5,USD\nc,Mug,Lumi,5,USD\n"
                 "d,Gin 50cl,My Store,52,USD\ne,V-Neck T-Shirt,Trendsi,15,USD\n")
    cat = load_catalog(f)
    # "My Store": a new Shopify store's default; "Trendsi": the dropship supplier an app writes into Vendor
    assert [p.brand for p in cat.products] == ["", "", "Lumi", "", ""]
    g = tmp_path / "g.csv"
    g.write_text("id,title,brand,price,currency\na,Shampoo,Lavie Cosmetics EG,9,USD\nb,Mask,Studio KR,9,USD\n")
    assert [p.brand for p in load_catalog(g).products] == ["Lavie Cosmetics", "Studio KR"]   # a store's country code
    assert any(fd.code == "input.placeholder_brand" for fd in cat.products[0].findings)


@pytest.mark.parametrize("title,want", [("Our Makeup Remover Solution", "Makeup Remover Solution"),
                                        ("Leopard", "Leopard earrings")])
def test_a_title_is_said_without_its_own_determiner_and_with_what_it_is(title, want):
    p = _product(title=title, category="earrings" if title == "Leopard" else "makeup remover")
    _, facts, _, _, _ = make(p, "us")
    assert facts.name == want


def test_cuts_never_split_a_user_perceived_character():
    """Captions and ad text are cut to the platform's limits; a cut keeps whole graphemes: the family emoji (7
    code points, 11 UTF-16 units), Thai with its vowel and tone marks, a Devanagari letter with its matra."""
    from toolkit.caption import truncate_utf16
    from toolkit.textutil import cut_graphemes
    fam = "👨\u200d👩\u200d👧\u200d👦"
    for budget in range(1, 20):
        out = truncate_utf16("ab " + fam + " cd", budget)
        assert fam in out or "\u200d" not in out, (budget, out)
    thai = "น้ำหอมกลิ่นดอกไม้"
    for n in range(1, len(thai)):
        cut = cut_graphemes(thai, n)
        assert not cut or unicodedata.category(thai[len(cut)]) != "Mn" if len(cut) < len(thai) else True
    assert cut_graphemes("किताब", 2) == "कि"


def test_voice_lines_and_subtitles_write_prices_as_shown_and_time_them_as_said():
    """"$24.99" on screen, in the voice line and in the subtitles (a viewer reads it so); the scene is long enough
    for it said in words ("24 dollars and 99 cents"), which is what the speech engine gets."""
    from toolkit.script import scene_duration
    from toolkit.spoken import speak
    m = load_market("us")
    p = _product(title="Faszienrolle", category="foam roller", prices=["24.99"])
    p.currency = "USD"
    _, facts, script, _, _ = make(p, "us")
    offer = next(s for s in script.scenes if s.role == "offer")
    assert "$24.99" in offer.voice and "dollars" not in offer.voice, offer.voice
    said = speak(offer.voice, m, (facts.price, facts.old_price))
    assert "dollars" in said
    assert offer.duration >= scene_duration(offer.screen, said, m) - 0.01
    cues = build_cues(script, m.script)
    assert any("$24.99" in " ".join(c.lines) for c in cues)


def test_colour_values_as_shops_write_them_are_colours():
    """'Cream' is a colour among colours even if 'cream' is also a product word; 'orange-1' is orange."""
    from toolkit.translate import localize_value
    m = load_market("de")
    assert localize_value("Cream", "color", m) and localize_value("orange-1", "color", m) == \
        localize_value("orange", "color", m)


def test_the_caption_takes_the_descriptions_first_real_sentence():
    from toolkit.caption import _first_sentence
    assert _first_sentence("Description\nNEW DESCRIPTION:\nBright.\nA radiant glow for every skin tone.", "Stick") == \
        "A radiant glow for every skin tone."
    assert _first_sentence("Octopus\nEarrings, leopard head", "Octopus") is None          # a fragment, no sentence
    assert _first_sentence("What makes this product so special?\nLavender Candle + Box\nHIGH-WAISTED WIDE-LEG "
                           "DENIM OVERSIZED RELAXED FIT\nContents: Paraffin, Water, Lavender Oil.\nPoured by hand in small batches.",
                           "Candle") == \
        "Poured by hand in small batches."
    assert _first_sentence("超柔软的云朵拖鞋，踩屎感十足。", "拖鞋") == "超柔软的云朵拖鞋，踩屎感十足。"


def test_a_litre_is_a_litre_and_french_tags_drop_accents():
    p = _product(title="Tritan Sports Water Bottle 1000ml", category="sports bottle")
    for code, want in (("de", "1\u00a0L"), ("fr", "1\u00a0L"), ("jp", "1")):
        _, facts, script, _, _ = make(p, code)
        text = " ".join(s.screen for s in script.scenes) + " ".join(mf.screen for mf in facts.pitch)
        assert "1.000" not in text and "1 000" not in text and "1,000" not in text, (code, text)
    from toolkit.caption import hashtag
    assert hashtag("sac à main", fold_accents=True) == "#sacamain" and hashtag("sac à main") == "#sacàmain"
    _, _, _, caption, _ = make(_product(title="Démaquillant", category="makeup remover"), "fr")
    assert not any(ch in "".join(caption.hashtags) for ch in "àâéèêëîïôûùç"), caption.hashtags


def test_thai_sets_latin_words_and_numbers_apart():
    from toolkit.knowledge.render import FactRenderer
    r = FactRenderer(load_market("th"))
    assert r._latin_gap("ไฟเส้นLEDปรับแสงได้") == "ไฟเส้น LED ปรับแสงได้"
    assert r._latin_gap("เงินแท้925และคริสตัล") == "เงินแท้ 925 และคริสตัล"
    assert FactRenderer(load_market("jp"))._latin_gap("USB充電ケーブル") == "USB充電ケーブル"


@pytest.mark.parametrize("title,said", [("LEGGING CURVE F3 MUJER", "Legging Curve F3 Mujer"),
                                        ("ABUS - GEMINI LIGHTS", "ABUS - Gemini Lights"),
                                        ("LED DESK LAMP", "LED Desk Lamp"), ("USB-C CABLE 2M", "USB-C Cable 2M"),
                                        ("Cozy Pet Tent", "Cozy Pet Tent"), ("iPhone CASE", "iPhone CASE")])
def test_a_title_typed_in_capitals_is_not_shouted(title, said):
    from toolkit.facts import _uncapped
    assert _uncapped(title, "ABUS") == said


@pytest.mark.parametrize("code", sorted(available_markets()))
def test_a_product_with_a_name_is_named_in_its_caption(code):
    """A caption read without the video says what is sold: every product with a name of its own (a title, a
    type word) gets a caption with that name, whatever seed picks it; single price and "from" alike."""
    for prices in (["19.99"], ["19.99", "29.99"]):
        for seed in range(6):
            p = _product(id=f"n{seed}", title="Aurora Desk Lamp", brand="Lumo", prices=prices)
            m, facts, script, caption, _ = make(p, code, seed=seed)
            assert facts.name_source != "category"
            named = [c for c in m.captions if "$name" in str(c.screen)]
            if not named:
                continue
            text = caption.text.lower()
            words = [facts.name.lower(), (facts.category or "").lower()]
            assert any(w and w in text for w in words), (code, prices, seed, facts.name, caption.text)


def test_what_the_name_says_is_not_said_again_as_a_benefit():
    """An intro that says the built name ("ce gin épicé") is not followed by the same fact as a benefit ("Goût
    épicé"), nor is one whose screen shows it ("Gin épicé" over "Ce gin": graders in six markets read the benefit
    after it as a repeat); the fact is never lost: the intro says or shows it."""
    from toolkit.knowledge import knowledge_for
    seen = set()
    for seed in range(8):
        p = _product(id="gin", title="Desert Rose Spiced Gin 50cl", description="Light and smooth.")
        assert knowledge_for(p).has("flavor:spiced")
        m, facts, script, caption, _ = make(p, "fr", seed=seed)
        assert "épicé" in facts.name
        scene = next(s for s in script.scenes if s.role == "intro")
        intro = scene.voice.lower()
        benefits = " ".join(s.screen + " " + s.voice for s in script.scenes if s.role == "benefit").lower()
        assert "épicé" in scene.screen.lower() and "épicé" not in benefits, (scene.screen, benefits)
        assert "500" in benefits
        seen.add("épicé" in intro)
    assert seen == {True, False}              # both kinds of intro occur across seeds


def test_two_sizes_are_a_choice_and_a_stock_note_is_no_selling_point():
    """Two sizes are said "S or L" (CLDR "or" list, "S oder L"), never "S / L"; an all-caps stock note among the
    seller's bullets ("• CORES ENVIADAS CONFORME DISPONIBILIDADE") is not read out as a benefit."""
    p = _product(id="sz", title="Sphere Scratcher", prices=["19.99", "29.99"],
                 description="• CORES ENVIADAS CONFORME DISPONIBILIDADE EM ESTOQUE\n• Sisal rope on a solid wood base")
    p.options = ["Size"]
    for v, sz in zip(p.variants, ("S", "L")):
        v.options = {"Size": sz}
    for code, word in (("us", "S or L"), ("de", "S oder L")):
        m, facts, script, caption, _ = make(p, code)
        assert facts.values()["sizes"] == word, facts.values()["sizes"]
        assert not any("CORES ENVIADAS" in b for b in facts.bullets)


@pytest.mark.parametrize("code", sorted(available_markets()))
def test_a_product_with_no_name_gets_a_caption_that_names_nothing(code):
    """A Hebrew-titled planner ctk cannot type is, in any other market, only its group word ("home", "Wohnen"):
    the caption says the price without "Tap the orange cart to get the home"."""
    p = _product(title="לוח שבועי", category="", description="")
    _, facts, _, caption, _ = make(p, code)
    assert facts.has("unnamed"), (code, facts.name)                  # no market can say a Hebrew title
    _, facts, script, caption, _ = make(p, code)
    body = caption.text.replace(script.scenes[0].screen.rstrip(".!?"), "")    # the hook may say "New product find"
    assert facts.name.lower() not in body.lower(), caption.text
    assert facts.price and facts.price in caption.text


def test_a_bullet_that_repeats_a_fact_already_said_is_left_out():
    """"Waterproof, easy-to-clean material" after the waterproof line, and "100% linen fabric" after an intro that
    named the "Linen Shirt", say nothing new; a bullet with a new point still comes."""
    desc = ("Our travel bag.\n• Waterproof, easy-to-clean material\n• Extra interior compartments for brushes\n")
    p = _product(title="Everywhere Makeup Bag", category="makeup bag", description=desc)
    _, facts, script, _, _ = make(p, "us")
    voice = " ".join(str(s.voice) for s in script.scenes)
    assert facts.knowledge.has("feature:waterproof") and voice.lower().count("waterproof") == 1, voice
    assert "compartments" in voice
    shirt = _product(title="Casual Linen Shirt", category="shirt",
                     description="Breezy.\n• 100% pure linen fabric\n• Relaxed regular fit with a chest pocket\n")
    _, _, script, _, _ = make(shirt, "us")
    voice = " ".join(str(s.voice) for s in script.scenes)
    assert "pure linen fabric" not in voice and "chest pocket" in voice, voice


@pytest.mark.parametrize("code,said", [("us", "S to XXL"), ("de", "S bis XXL"), ("es", "S a XXL")])
def test_letter_size_ranges_are_said_as_ranges(code, said):
    from toolkit.spoken import speak
    assert said in speak("Sizes S–XXL.", load_market(code))
    assert "MS-DOS" in speak("MS-DOS", load_market(code))


def test_a_shop_notice_or_a_title_case_heading_is_no_caption_line():
    from toolkit.textutil import first_sentence
    desc = ("Due to complications with manufacturers, we are NOT ABLE to offer gift wrapping. "
            "Keep Your Kitchen Dry & Mess-Free! These ornaments are printed on ceramic and make a lovely keepsake.")
    assert first_sentence(desc, "x") == "These ornaments are printed on ceramic and make a lovely keepsake."


def test_a_caption_line_in_another_language_than_the_markets_is_left_out():
    """An Arabic description with an English sentence first: the Saudi caption does not quote the English."""
    p = _product(title="علبة حلويات", category="", description="Our unique dessert box to indulge your sweet tooth.\n"
                 "علبة حلويات فاخرة فيها براونيز ووافل ونوتيلا، مناسبة للهدايا والمناسبات العائلية.")
    _, facts, _, caption, _ = make(p, "sa")
    assert "sweet tooth" not in caption.text and "None" not in caption.text
    from toolkit.textutil import first_sentence
    assert "براونيز" in first_sentence(p.description, "x", lang="ar")    # the Arabic sentence is the line to quote
    _, _, _, caption, _ = make(_product(title="Linen Shirt", category="shirt",
                                        description="Breezy linen for warm days in the city."), "us")
    assert "Breezy linen for warm days in the city." in caption.text


@pytest.mark.parametrize("code", sorted(available_markets()))
def test_a_juice_carton_is_not_pitched_as_a_gift(code):
    """Graders: "Cadeau-idee: sap", "Yılbaşı hediyesi: meyve suyu" on a 1-litre mango drink. Festival lines that
    frame the product as a gift require `giftable` (not food or drink); a scarf still gets them."""
    import datetime as dt

    from toolkit.festivals import pick
    m = load_market(code)
    fest = pick(m, dt.date(2026, 12, 1))
    juice = build_facts(_product(title="Mango Fruit Drink 1L", category="juice"), m, PhrasebookTranslator(), load_fx())
    greetings = fest.greetings if fest else []
    # a gift line's words may also be a food line's ("Kleine Freude zum Nikolaus" for chocolate): those stay allowed
    allowed = {str(g.screen) for g in greetings if all(juice.has(r) for r in g.requires)}
    gifts = {str(g.screen) for g in greetings if "giftable" in g.requires} - allowed
    scarf = build_facts(_product(title="Silk Scarf", category="scarf"), m, PhrasebookTranslator(), load_fx())
    assert not juice.has("giftable") and scarf.has("giftable")
    for seed in range(6):
        script, _ = TemplateGenerator().generate(juice, m, [], seed=seed, product_id=f"j{seed}", festival=fest)
        assert not any(g.split("{")[0].strip() and g.split("{")[0].strip() in script.scenes[0].screen for g in gifts), \
            (code, script.scenes[0].screen)


def test_shipping_boilerplate_and_a_stray_space_do_not_reach_the_caption_line():
    from toolkit.textutil import first_sentence
    assert first_sentence("We typically ship items within 5 days of receiving an order. Soft petals in seven colours "
                          "for any vase.", "x") == "Soft petals in seven colours for any vase."
    assert first_sentence("It evens skin tone , leaving a bright finish.", "x") == "It evens skin tone, leaving a bright finish."
    assert first_sentence("Une bougie parfaite pour l'hiver !", "x") == "Une bougie parfaite pour l'hiver !"


def test_a_long_title_is_named_by_its_head_not_cut_mid_phrase():
    """"…Protector Sleeve Case Skin Cover For Huawei MediaPad T3 8.0 KOB-L09 …" was cut at 70 characters and said
    with its ellipsis ("Skin Cover…. For $9.88"); the name before "For" is said whole."""
    title = ("Ultra Thin Litchi Stand PU Leather Protector Sleeve Case Skin Cover For  Huawei MediaPad T3 8.0 "
             "KOB-L09 KOB-W09 8.0 inch Tablet")
    _, facts, _, caption, _ = make(_product(title=title, category="", description=""), "us")
    assert "…" not in facts.name and facts.name.endswith("Skin Cover"), facts.name
