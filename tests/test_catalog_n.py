"""Round 10, from unseen catalog N (12 real exports: Shopify, WooCommerce and a Chinese marketplace) graded by
native marketers in 21 markets: a bar table's title full of inch marks was read aloud, "(Adult)" was spoken, a
bar table, a soap, braid-in hair, a kids' jumpsuit and an unstitched suit were called "home", "beauty" or
"fashion", a child model's height became the garment's, one row of a size chart became the age range, 100 g
became 99 g through its ounces, a theme's dummy Latin was quoted as French, and "Wood" and "Company 123" were
tagged as brands. Each case is general; the tests use invented products."""

import pytest

from toolkit.knowledge import knowledge_for
from toolkit.markets import available_markets
from toolkit.naming import said_title

from typerounds import check_block, check_market_words, check_own_aliases, check_resolves, prod

ROUND10 = ["table", "soap", "hair_extensions", "jumpsuit", "salwar_suit"]


def _facts(k):
    return {(f.attr, f.value if not isinstance(f.value, list) else tuple(f.value)) for f in k.facts}


def test_the_round_is_in_types_toml_after_its_marker():
    check_block(ROUND10, "# --- round 10", "# --- round 11")


def test_every_alias_of_the_round_is_its_own():
    check_own_aliases(ROUND10)


@pytest.mark.parametrize("title,type_id", [
    ("Rustic Kitchen Bar Table with Foot Rail", "bar_table"),   # round 11: the finer type
    ("Oak Dining Table for 6", "table"),
    ("Table Lamp with Linen Shade", "desk_lamp"),           # a table lamp is a lamp
    ("Lavender Goat Milk Soap Bar", "soap"),
    ("Foaming Soap Dispenser 350 ml", "soap_dispenser"),     # a dispenser is not the soap
    ("Body Wave Human Hair Bundles 18 inch", "hair_extensions"),
    ("Linen Wide-Leg Jumpsuit", "jumpsuit"),
    ("Embroidered Lawn Suit, 3 Piece", "salwar_suit"),
])
def test_titles_resolve_to_the_rounds_types(title, type_id):
    check_resolves(title, type_id)


@pytest.mark.parametrize("code", sorted(available_markets()))
def test_every_market_has_a_word_with_its_grammar(code):
    check_market_words(code, ROUND10)


@pytest.mark.parametrize("title,said", [
    ("Custom 60''L*20''W*40''H Walnut Bar Table", "Custom Walnut Bar Table"),
    ("Linen Throw Pillow 45 x 45 cm", "Linen Throw Pillow"),
    ("Collagen Gummies (Adult)", "Collagen Gummies"),
    ("Desert Rose Gin 50cl", "Desert Rose Gin"),
    ("Sun Cream SPF 50+ PA++++ (50ml)", "Sun Cream SPF 50+ PA++++"),
    ("Planters Set of 2 (18\",24\" Inch Approx)", "Planters Set of 2"),
    ("Nike Air Max 90", "Nike Air Max 90"),                  # a model number is the name
])
def test_a_title_is_said_without_its_measures_and_its_bracketed_qualifier(title, said):
    assert said_title(title) == said


def test_a_child_models_height_is_not_the_garments_and_a_size_chart_gives_one_age_range():
    p = prod("Rosebud Frock", "A tiered cotton frock.\nModel Detail: Age 5, Height 116 cm\n"
             "0-1 years old - Chest 17\n1-2 years old - Chest 19\n4-5 years old - Chest 25\n9-10 years old - Chest 29",
             category="Dress")
    facts = _facts(knowledge_for(p))
    assert not any(a == "height" for a, _ in facts), facts
    assert ("age_range", (0, 10)) in facts, facts


def test_the_sellers_metric_weight_wins_over_its_ounces_aside():
    p = prod("Braid Hair Bundle", "Weight: 100 grams (~3.5oz) per bundle")
    weights = [f for f in knowledge_for(p).facts if f.attr == "weight"]
    assert [(f.value, f.unit) for f in weights] == [(100, "g")]


def test_dummy_latin_from_a_theme_is_no_description(tmp_path):
    from toolkit.importers import load_catalog
    f = tmp_path / "c.csv"
    f.write_text("id,title,description,price\n"
                 "s1,Sunglasses,\"Pellentesque habitant morbi tristique senectus et netus et malesuada fames ac turpis "
                 "egestas. Vestibulum tortor quam, feugiat vitae.\",90\n", "utf-8")
    p = load_catalog(f).products[0]
    assert p.description == ""
    assert any(x.code == "input.placeholder_text" for x in p.findings)


@pytest.mark.parametrize("vendor", ["Wood", "Company 123", "cotton"])
def test_a_material_or_a_demo_company_in_vendor_is_no_brand(tmp_path, vendor):
    from toolkit.importers import load_catalog
    f = tmp_path / "c.csv"
    f.write_text(f"id,title,description,price,brand\nt1,Oak Side Table,A small table.,90,{vendor}\n", "utf-8")
    assert load_catalog(f).products[0].brand == ""


def test_a_furniture_titles_inch_marked_dimensions_are_its_dimensions():
    k = knowledge_for(prod("Custom 74''L*22''W*41''H*2''Thick Kitchen Bar Table with Foot Rail"))
    assert k.type_id == "bar_table"
    assert [(f.value, f.unit) for f in k.facts if f.attr == "dimensions"] == [([74, 22, 41], "in")]


def test_a_type_named_by_the_title_is_not_outvoted_by_a_size_charts_rows():
    p = prod("Candy Floss Jumpsuit", "Dress length: 18\nDress length: 19\nDress length: 20\nDress length: 21")
    assert knowledge_for(p).type_id == "jumpsuit"


def test_a_chinese_title_opening_with_a_known_maker_names_the_brand(tmp_path):
    from toolkit.importers import load_catalog
    f = tmp_path / "c.csv"
    f.write_text("ID,Name,Description,Price\n7,飞利浦电动牙刷HX6806,声波震动，防水设计，2分钟智能计时,299\n", "utf-8")
    p = load_catalog(f, currency="CNY").products[0]
    assert p.brand == "Philips"
    assert {(x.attr, x.value) for x in knowledge_for(p).facts} >= {("feature", "sonic"), ("feature", "timer")}


def test_a_sentence_naming_another_product_or_a_health_claim_is_not_quoted():
    from toolkit.markets import load_market
    from toolkit.textutil import first_sentence
    desc = "An oval pendant with a delicate necklace for every day. They are light and easy to wear all day long."
    assert first_sentence(desc, "Azure earrings", "en", type_id="earrings").startswith("They are light")
    from toolkit.caption import _forbidden
    assert _forbidden("It keeps you going while boosting your immune system all winter.", load_market("us"))
    assert not _forbidden("A soft chewy gummy with an orange taste.", load_market("us"))


def test_a_supplements_own_sentences_are_never_quoted():
    from toolkit.caption import _quotable
    from types import SimpleNamespace as NS
    assert not _quotable(NS(knowledge=NS(type_id="supplement")))
    assert _quotable(NS(knowledge=NS(type_id="soap")))


def test_an_age_line_can_be_worded_for_clothes():
    """`voice_for` on a quantity line (jp, kr): a kids' garment's age is not a toy's "can play from 0"."""
    from toolkit.knowledge.render import FactRenderer
    from toolkit.markets import load_market
    k = knowledge_for(prod("Rosebud Frock", "Sizes 0-1 years old, 1-2 years old, 9-10 years old", category="Dress"))
    toy = knowledge_for(prod("Wooden Stacking Toy", "For ages 3-10 years"))
    for code in ("jp", "kr"):
        r = FactRenderer(load_market(code))
        dress = [f for f in r.render(k).facts if f.attr == "age_range"]
        toyf = [f for f in FactRenderer(load_market(code)).render(toy).facts if f.attr == "age_range"]
        assert dress and toyf and dress[0].voice != toyf[0].voice.replace("3", "0"), (code, dress, toyf)


@pytest.mark.parametrize("title,description,fact", [
    ("Air Wireless Earbuds", "Bluetooth 5.3 earbuds with 30 hours of battery including the case.", ("battery_with_case", 30)),
    ("Slim Leather Wallet", "A bifold with six card slots.", ("card_slots", 6)),
    ("Travel Card Holder", "Holds cash, with 8 card slots.", ("card_slots", 8)),
    ("Slim Wallet", "Full-grain leather, hand-stitched.", ("material", "full_grain_leather")),
])
def test_the_example_catalogs_missed_selling_points_are_facts(title, description, fact):
    assert fact in _facts(knowledge_for(prod(title, description)))


def test_celadon_is_the_porcelain_not_a_second_material():
    facts = _facts(knowledge_for(prod("Celadon Tea Set", "A celadon porcelain teapot with two cups.")))
    assert ("material", "celadon") in facts and ("material", "porcelain") not in facts


ROUND11 = ["bar_table", "gummies"]


def test_round_11_is_in_types_toml_after_its_marker():
    check_block(ROUND11, "# --- round 11", None)
    check_own_aliases(ROUND11)


@pytest.mark.parametrize("code", sorted(available_markets()))
def test_every_market_has_a_word_for_round_11(code):
    check_market_words(code, ROUND11)


@pytest.mark.parametrize("title,description,type_id,fact", [
    ("Copper Light", "Stylish copper bedside light", "lamp", ("material", "copper")),
    ("Lotus Silver Ring", "", "ring", ("material", "silver")),
    ("Cotton Unstitched Suit", "Three pieces of lawn fabric.", "salwar_suit", ("feature", "unstitched")),
    ("Vitamin C Gummies", "60 gummies per bottle. Gross Weight: 0.56lb (255g)", "gummies", ("pack_count", 60)),
    ("Sonic Toothbrush", "Comes with 3 brush heads.", "electric_toothbrush", ("contents", "brush_head")),
    ("Teak Pub Table", "", "bar_table", None),
])
def test_the_second_readings_products_and_facts(title, description, type_id, fact):
    k = knowledge_for(prod(title, description, **({"category": "Rings"} if "Ring" in title else {})))
    assert k.type_id == type_id
    facts = {(f.attr, f.value if not isinstance(f.value, dict) else next(iter(f.value))) for f in k.facts}
    assert fact is None or fact in facts, facts
    assert not any(f.attr == "weight" for f in k.facts)          # the gross weight is the parcel's


def test_a_list_of_variant_lengths_gives_no_single_length():
    k = knowledge_for(prod("Braid Hair Bundle", 'Length:  14", 16" 18", 20", 22"  Weight: 100 grams'))
    assert not any(f.attr == "length" for f in k.facts)


def test_a_bar_table_gets_no_gift_hook():
    from toolkit.facts import build_facts
    from toolkit.markets import load_market
    from toolkit.money import load_fx
    from toolkit.translate import PhrasebookTranslator
    f = build_facts(prod("Teak Pub Table", ""), load_market("us"), PhrasebookTranslator(), load_fx())
    g = build_facts(prod("Silk Scarf", ""), load_market("us"), PhrasebookTranslator(), load_fx())
    assert not f.has("giftable") and g.has("giftable")


def _built(p, code):
    from toolkit.facts import build_facts
    from toolkit.markets import load_market
    from toolkit.money import load_fx
    from toolkit.translate import PhrasebookTranslator
    return build_facts(p, load_market(code), PhrasebookTranslator(), load_fx())


def _name(title, description, code, **kw):
    from toolkit.facts import build_facts
    from toolkit.markets import load_market
    from toolkit.money import load_fx
    from toolkit.translate import PhrasebookTranslator
    return build_facts(prod(title, description, **kw), load_market(code), PhrasebookTranslator(), load_fx()).name


def test_an_ingredient_the_title_names_names_the_product_where_the_market_says_how():
    """"Charcoal Soap" with tea tree in its description is an activated-charcoal soap (the title's value names it;
    the description's second ingredient does not stop it), in every market that gives `by_attr.ingredient`."""
    from toolkit.knowledge.render import market_facts_data
    from toolkit.markets import load_market
    desc = "With activated charcoal and tea tree oil."
    named = 0
    for code in sorted(available_markets()):
        form = ((market_facts_data(load_market(code)).get("name") or {}).get("by_attr") or {}).get("ingredient")
        name = _name("Charcoal Soap", desc, code)
        if form and not name.startswith("Charcoal"):         # a market that keeps the seller's English title
            named += 1
            soap = market_facts_data(load_market(code))["types"]["soap"]
            assert name != (soap.get("word") if isinstance(soap, dict) else soap), (code, name)
    assert named >= 10


def test_a_values_own_name_form_wins_over_the_material():
    """"Pure Cotton Unstitched Suit": where a market gives unstitched a name form, it names the product (fabric, not
    a finished outfit) though cotton comes first; a market that leaves it out of the name says it in a line."""
    assert _name("PURE COTTON UNSTITCHED SUIT", "Unstitched lawn suit with embroidery.", "fr").startswith("tissu")
    assert "未縫製" in _name("PURE COTTON UNSTITCHED SUIT", "Unstitched lawn suit with embroidery.", "jp")


def test_a_caption_quotes_only_a_sentence_that_says_a_fact():
    from toolkit.caption import _cites
    from types import SimpleNamespace as NS
    desc = "Crafted from thick fleece for comfort. It's the go-to choice for you."
    facts = NS(knowledge=knowledge_for(prod("Premium Hoodie", desc)), description=desc)
    assert _cites("Crafted from thick fleece for comfort.", facts)
    assert not _cites("It's the go-to choice for you.", facts)
    # a description a model translated holds none of the words the facts were read from: not judged
    translated = NS(knowledge=facts.knowledge, description="Aus dickem Stoff. Die erste Wahl für dich.")
    assert _cites("Die erste Wahl für dich.", translated)


def test_a_kids_garment_in_letter_sizes_is_sized_by_its_ages_and_unisex_is_not_pitched_to_men():
    from toolkit.script import TemplateGenerator
    from toolkit.markets import load_market
    from toolkit.model import Variant
    from decimal import Decimal
    p = prod("Rosebud Frock", "A tiered cotton frock.\n0-1 years old - Chest 17\n9-10 years old - Chest 29",
             category="Dress", attributes={"target_gender": "female; unisex"})
    p.options = ["Size"]
    p.variants = [Variant(sku=s, options={"Size": s}, price=Decimal("30")) for s in ("xxs", "m", "xxl")]
    f = _built(p, "us")
    script = TemplateGenerator().generate(f, load_market("us"), [], product_id=p.id)[0]
    said = " ".join(s.voice for s in script.scenes)
    assert "0–10" in said and "XXL" not in said, said
    assert "unisex" not in said.lower() and "him or her" not in said.lower(), said


def test_a_fleece_is_not_pitched_as_breathable():
    from toolkit.knowledge.render import FactRenderer
    from toolkit.markets import load_market
    k = knowledge_for(prod("Heavyweight Hoodie", "380 GSM heavyweight fleece.", attributes={"features": "breathable-design"}))
    ids = [i for f in FactRenderer(load_market("us")).render(k).facts for i in f.ids]
    assert "material:fleece" in ids and "feature:breathable" not in ids, ids


def test_a_turkish_line_opening_with_i_is_capitalised_with_the_dotted_capital():
    from toolkit.script import fill
    assert fill("{name} burada", {"name": "ince cüzdan", "_lang": "tr"}).startswith("İnce")
    assert fill("{name} here", {"name": "ink pen", "_lang": "en"}).startswith("Ink")


def test_a_care_label_with_pipes_is_never_quoted():
    from toolkit.textutil import first_sentence
    desc = "Cold water | Machine wash in gentle cycle | Regular detergent | Dry in shade. A soft cotton frock for summer days."
    assert first_sentence(desc, "Candy Floss Frock", "en") == "A soft cotton frock for summer days."
