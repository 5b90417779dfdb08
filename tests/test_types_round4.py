"""Round 4 of product types (locales/_shared/types.toml, between "--- round 4" and "--- round 3"): identity errors
native graders found on real catalogs. A highlighter, a make-up remover, a pet bed, a konjac sponge, a sleeping
pillow, slides and a protein shaker each have a type of their own (titles in English and Chinese resolve to it),
a word with its grammar in every market, and the words that named them wrongly (a sports bottle called a
"shaker", a sleeping pillow a throw pillow) are fixed; what products resolved to before stays."""


import pytest

from toolkit.knowledge import extract
from toolkit.knowledge.nouns import noun
from toolkit.knowledge.render import market_facts_data
from toolkit.markets import available_markets, load_market

from typerounds import check_block, check_resolves, check_market_words, check_own_aliases, prod

ROUND4 = ["highlighter", "makeup_remover", "pet_bed", "face_sponge", "bed_pillow", "slides", "shaker_bottle"]


def test_the_round_is_in_types_toml_between_its_marker_and_round_3():
    # round 4 sits before round 3: test_types_round3 reads its round from its marker to the end of the file
    check_block(ROUND4, '# --- round 4', '# --- round 3')


@pytest.mark.parametrize("title,type_id", [
    ("Highlighter Stick - Beige Lights", "highlighter"),
    ("Liquid Highlighter for Face, Dewy Glow", "highlighter"),
    ("修容高光盘 三色 提亮", "highlighter"),
    ("Our Makeup Remover Solution", "makeup_remover"),
    ("Micellar Cleansing Water 400ml for Sensitive Skin", "makeup_remover"),
    ("Cleansing Balm Makeup Remover, Gentle Facial Cleanser", "makeup_remover"),
    ("温和卸妆油 深层清洁 200ml", "makeup_remover"),
    ("Royal Pet Cozy Bed", "pet_bed"),
    ("Calming Donut Dog Bed, Anti-Anxiety Fluffy Plush", "pet_bed"),
    ("冬季保暖猫窝 四季通用 宠物窝", "pet_bed"),
    ("Natural Konjac Sponge", "face_sponge"),
    ("魔芋洁面扑 天然 洗脸扑 5片装", "face_sponge"),
    ("Sphere Scratcher", "cat_scratcher"),
    ("Cat Scratching Ball, Corrugated Cardboard", "cat_scratcher"),
    ("猫抓球 耐磨", "cat_scratcher"),
    ("泰国天然乳胶枕 护颈枕", "bed_pillow"),
    ("Memory Foam Pillow for Sleeping, Cervical Contour Pillow", "bed_pillow"),
    ("枕头 单人 记忆棉", "bed_pillow"),
    ("EVA云朵拖鞋 厚底", "slides"),
    ("云朵拖鞋女夏季室内防滑 洗澡鞋", "slides"),                          # 鞋 too: slides, not shoes
    ("Cloud Slides for Women and Men, Pillow Slippers Non-Slip Shower Shoes", "slides"),
    ("EVA Slippers, Thick Sole Bathroom Slippers", "slides"),
    ("浴室拖鞋 防滑 家用", "slides"),
    ("Protein Shaker Bottle 28 oz with Wire Whisk Ball", "shaker_bottle"),
    ("Tritan运动水壶 1L", "sports_bottle"),
    ("Sports Water Bottle 1L, Leak Proof Gym Bottle", "sports_bottle"),
    ("Throw Pillow Cover 18x18", "pillow_cover"),
    ("Memory Foam Pillow Cover, Zippered", "pillow_cover"),
    ("纯棉枕头套 一对装", "pillow_cover"),
    ("Velvet Throw Pillow", "pillow"),
    ("沙发抱枕 靠垫", "pillow"),
    ("Women's Memory Foam Slippers, Fuzzy Sherpa Lined House Shoes", "slippers"),
    ("冬季棉拖鞋 加厚", "slippers"),
])
def test_titles_resolve_to_their_type(title, type_id):
    check_resolves(title, type_id)


@pytest.mark.parametrize("title,not_type", [
    # a beauty blender applies foundation: no face-washing sponge
    ("Beauty Blender Makeup Sponge Set", "face_sponge"),
    # 高光 is also a glossy finish and a lamp's efficacy; a back scratcher is no cat's
    ("高光泽唇釉 持久", "highlighter"),
    ("高光效LED台灯 护眼", "highlighter"),
    ("Bamboo Back Scratcher", "cat_scratcher"),
    ("Nail Polish Remover Solution", "makeup_remover"),
    ("Cushion Cover 18x18", "bed_pillow"),
])
def test_words_near_a_type_do_not_take_it(title, not_type):
    assert extract(prod(title)).type_id != not_type


def test_every_alias_of_the_round_is_its_own():
    check_own_aliases(ROUND4)


@pytest.mark.parametrize("code", sorted(available_markets()))
def test_every_market_has_a_word_with_its_grammar_for_every_new_type(code):
    types = check_market_words(code, ROUND4)
    # slides come in pairs: counted so where the language counts pairs (as slippers are)
    slip, slides = noun(types["slippers"]), noun(types["slides"])
    assert bool(slides.counter) == bool(slip.counter), (code, slides, slip)


# words graders saw on a sports bottle, and the decorative pillow's words that said a sleeping pillow
SHAKER = {"shaker", "shaker bottle", "protein shaker", "protein-shaker", "プロテインシェイカー", "프로틴 쉐이커",
          "bình lắc", "แก้วเชคโปรตีน", "شيكر", "شيكر رياضي", "botol shaker", "coqueteleira"}


@pytest.mark.parametrize("code", sorted(available_markets()))
def test_a_sports_bottle_is_a_water_bottle_and_a_pillow_a_cushion(code):
    types = market_facts_data(load_market(code))["types"]
    sports, shaker = noun(types["sports_bottle"]).word, noun(types["shaker_bottle"]).word
    assert sports.lower() not in SHAKER and "shaker" not in sports.lower() and "شيكر" not in sports, (code, sports)
    assert shaker != sports
    pillow, bed = noun(types["pillow"]).word, noun(types["bed_pillow"]).word
    assert pillow != bed, (code, pillow)


@pytest.mark.parametrize("code", sorted(available_markets()))
def test_a_new_type_names_the_product_with_its_own_grammar(code):
    """The script of slides (a pair) and of a sleeping pillow says the type word, in the market's grammar."""
    from toolkit.facts import build_facts
    from toolkit.money import load_fx
    from toolkit.script import TemplateGenerator
    from toolkit.translate import PhrasebookTranslator
    m = load_market(code)
    types = market_facts_data(m)["types"]
    for pid, title, tid in (("slides", "Cloud Slides for Women, EVA Thick Sole", "slides"),
                            ("pillow", "Memory Foam Pillow for Sleeping", "bed_pillow")):
        p = prod(title, id=pid)
        facts = build_facts(p, m, PhrasebookTranslator(), load_fx())
        n = noun(types[tid])
        assert facts.typed and facts.category == n.word, (code, tid, facts.category)
        assert facts.grammar.get("number", "sg") == n.number
        script, _ = TemplateGenerator().generate(facts, m, [], seed=0, product_id=pid)
        assert 3 <= len(script.scenes) <= 8
        assert all("{" not in s.screen and "{" not in s.voice for s in script.scenes)
