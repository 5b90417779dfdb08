"""Round 7 of product types, from an unseen real catalog graded by native marketers in 21 markets: a salt and pepper
set was a "protein shaker" (the bare word "shaker" named a gym bottle), hydrogel eye patches were only "beauty"
(the singular "Eye Patch" matched no alias), Christmas tree ornaments were "gifts", a mango drink a "product".
Each now resolves to a type with a word and its grammar in every market; "shaker" alone names nothing."""

import pytest

from toolkit.knowledge import knowledge_for
from toolkit.markets import available_markets

from typerounds import check_block, check_market_words, check_own_aliases, check_resolves, prod

ROUND7 = ["tablet_case", "christmas_ornament", "salt_pepper_shaker", "juice", "splash_guard"]


@pytest.mark.parametrize("title,type_id", [
    ("Salt and Pepper Shaker Set, Gold", "salt_pepper_shaker"), ("盐罐 胡椒瓶 套装", "salt_pepper_shaker"),
    ("Taylor Swift Eras Through Folklore Round Ceramic Ornaments", "christmas_ornament"),
    ("Glass Christmas Bauble Set of 6", "christmas_ornament"),
    ("Maza Mango Fruit Drink 1Ltr", "juice"), ("Cold Pressed Orange Juice 250 ml", "juice"),
    ("Leather Tablet Case for iPad 10.2", "tablet_case"),
    ("HEIMISH Bulgarian Rose Water Hydrogel Eye Patch (30 Pairs)", "eye_patches"),
    ("Protein Shaker Bottle 700ml", "shaker_bottle"),
    ("Trevo Sink Splash Guard", "splash_guard"), ("Silicone Sink Mat for Kitchen", "sink_mat"),
])
def test_titles_resolve_to_their_type(title, type_id):
    check_resolves(title, type_id)


def test_a_bare_shaker_is_no_gym_bottle():
    assert knowledge_for(prod("Luxe Gold Shaker", "Both salt and pepper shaker included.")).type_id != "shaker_bottle"


def test_the_round_is_in_types_toml_after_its_marker():
    check_block(ROUND7, '# --- round 7', '# --- round 8')


def test_every_alias_of_the_round_is_its_own():
    check_own_aliases(ROUND7)


@pytest.mark.parametrize("code", sorted(available_markets()))
def test_every_market_has_a_word_with_its_grammar(code):
    check_market_words(code, ROUND7)
