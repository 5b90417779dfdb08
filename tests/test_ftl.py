"""Native copy in Project Fluent: loading, validation, grammar variables and the template lint."""
from __future__ import annotations

from pathlib import Path

import pytest

import toolkit.markets as mk
from toolkit.errors import ConfigError
from toolkit.ftl import bare_name_uses, lint_market
from toolkit.knowledge.nouns import check_types, initial_of, noun
from toolkit.script import fill

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def locales(locales_copy):
    return locales_copy


def _replace_intro(folder: Path, ftl: str) -> None:
    """Swap a market's intro messages for `ftl` (the rest of content.ftl stays)."""
    p = folder / "content.ftl"
    out, skip = [], False
    for line in p.read_text(encoding="utf-8").splitlines():
        if line.startswith("intro-"):
            skip = True
            continue
        if skip and (line.startswith(" ") and line.strip()):
            continue
        skip = False
        out.append(line)
    p.write_text("\n".join(out) + "\n" + ftl, encoding="utf-8")


GERMAN_INTRO = """
intro-1 = { $gender ->
        [m] { $number ->
            [pl] Das sind die neuen { $name }.
           *[sg] Das ist der neue { $name }.
        }
        [f] Das ist die neue { $name }.
        [n] Das ist das neue { $name }.
       *[other] Darf ich vorstellen: { $name }.
    }
    .screen = { $name }
"""


@pytest.mark.parametrize("grammar,expected", [
    ({"gender": "m", "number": "sg"}, "Das ist der neue Rucksack."),
    ({"gender": "m", "number": "pl"}, "Das sind die neuen Rucksack."),
    ({"gender": "f", "number": "sg"}, "Das ist die neue Rucksack."),
    ({"gender": "n", "number": "sg"}, "Das ist das neue Rucksack."),
    ({}, "Darf ich vorstellen: Rucksack."),               # a seller's title: no known gender, the safe default
])
def test_german_article_follows_gender_and_number(locales, grammar, expected):
    _replace_intro(locales / "de", GERMAN_INTRO)
    m = mk.load_market("de")
    values = {"name": "Rucksack", "gender": "other", "number": "other", **grammar}
    assert fill(m.content["intro"][0].voice, values) == expected


def test_arabic_dual_and_plural_by_cldr_category(locales):
    p = locales / "sa" / "content.ftl"
    p.write_text(p.read_text(encoding="utf-8") + """
benefit-colors-99 = { $color_count ->
        [one] لون واحد
        [two] لونان
        [few] { $color_count } ألوان
       *[other] { $color_count } لونًا
    }
    .screen = { $colors }
""", encoding="utf-8")
    m = mk.load_market("sa")
    line = m.content["benefit_colors"][-1]
    said = {n: fill(line.voice, {"color_count": n}) for n in (1, 2, 3, 11)}
    assert said == {1: "لون واحد", 2: "لونان", 3: "3 ألوان", 11: "11 لونًا"}


def test_korean_particle_function_and_english_article_function(locales):
    p = locales / "kr" / "content.ftl"
    p.write_text(p.read_text(encoding="utf-8") + '\ncta-99 = { JOSA($name, "을/를") } 보세요\n    .screen = x\n',
                 encoding="utf-8")
    q = locales / "us" / "content.ftl"
    q.write_text(q.read_text(encoding="utf-8") + '\ncta-99 = Grab { INDEF($name) } today.\n    .screen = x\n',
                 encoding="utf-8")
    kr, us = mk.load_market("kr").content["cta"][-1], mk.load_market("us").content["cta"][-1]
    assert fill(kr.voice, {"name": "스카프"}) == "스카프를 보세요"
    assert fill(kr.voice, {"name": "이어폰"}) == "이어폰을 보세요"
    assert fill(us.voice, {"name": "LED lamp"}) == "Grab an LED lamp today."
    assert fill(us.voice, {"name": "desk lamp"}) == "Grab a desk lamp today."


@pytest.mark.parametrize("text,needle", [
    ("intro-1 = { $nam }\n    .screen = x\n", "$nam"),
    ("intro-1 = Hallo\n", ".screen"),
    ("intro-1 = { JOSA($name, \"를/을\") }\n    .screen = x\n", "JOSA"),
    ("intro-1 = { FOO($name) }\n    .screen = x\n", "FOO"),
    ("intro-1 = x\n    .screen = x\n    .requires = discont\n", "discont"),
    ("intro-1 = { $initial ->\n  [vowl] a\n *[other] b\n }\n    .screen = x\n", "vowl"),
    ("promo-1 = x\n    .screen = x\n", "promo-1"),
    ("intro-1 = { $name \n    .screen = x\n", "line"),
])
def test_broken_content_is_a_clear_error(locales, text, needle):
    _replace_intro(locales / "de", text)
    with pytest.raises(ConfigError) as e:
        mk.load_market("de")
    assert "content.ftl" in str(e.value.file) and needle in str(e.value)


def test_lint_finds_a_bare_name_where_an_article_is_needed():
    ftl = ("intro-1 = Voici { $name }.\n    .screen = { $name }\n"
           "intro-2 = Voici : { $name }.\n    .screen = { $name }\n"
           "intro-3 = { $gender ->\n  [f] Voici la { $name }.\n *[other] Voici : { $name }.\n }\n    .screen = x\n"
           "intro-4 = Découvre ce { $name }.\n    .screen = x\n"
           "intro-5 = { $named ->\n  [type] { $gender ->\n    [f] Voici la { $name }.\n   *[other] Voici : { $name }.\n  }\n"
           " *[title] Voici : { $name }.\n }\n    .screen = x\n")
    found = bare_name_uses(ftl, ["ce"])
    # a bare name after "Voici", and an article for the type word before a name that may be a seller's title
    assert [f.split(":")[0] for f in found] == ["intro-1", "intro-3"]


def test_lint_flags_a_type_without_the_grammar_the_language_needs():
    types = {"bag": "Tasche", "hat": {"word": "Mütze", "gender": "f", "number": "sg"},
             "cup": {"word": "Becher", "gender": "x", "number": "sg"}, "socks": {"word": "Socken", "number": "pl"}}
    probs = check_types(types, ["m", "f", "n"], ["gender", "number"], Path("facts.toml"))
    assert any("bag" in p and "bare word" in p for p in probs)
    assert any("cup" in p and "'x'" in p for p in probs)
    assert any("socks" in p and "'gender'" in p for p in probs)
    assert not any(" hat" in p for p in probs)


@pytest.mark.parametrize("word,initial", [("écharpe", "vowel"), ("orologio", "vowel"), ("sciarpa", "s_cons"),
                                          ("zaino", "s_cons"), ("housse", "h"), ("lampe", "consonant"),
                                          ("3-in-1", "other"), ("가방", "other"), ("yogurt", "s_cons")])
def test_initial_sound_from_spelling(word, initial):
    assert initial_of(word) == initial


def test_counter_forms():
    assert noun({"word": "socks", "number": "pl", "counter": {"one": "pair", "other": "pairs"}}).count_word(1) == "pair"
    assert noun({"word": "Socken", "counter": "Paar"}).count_word(10) == "Paar"
    assert noun("Tasche").count_word(3) == ""


@pytest.mark.parametrize("code", sorted(mk.available_markets()))
def test_every_market_passes_the_template_lint(code):
    """Every [types] word carries the grammar its language needs, genders are the language's, and no name
    stands bare where an article is needed."""
    assert lint_market(mk.load_market(code)) == []


WRONG_BEFORE = {   # article or demonstrative that a noun of this gender/number never takes
    "fr": {"f": ("ce", "le", "un", "du"), "m": ("cette", "la", "une"), "pl": ("ce", "cette", "le", "la", "un", "une")},
    "it": {"f": ("il", "lo", "questo", "un", "del", "dello"), "m": ("la", "questa", "una", "della"),
           "pl": ("il", "lo", "la", "questo", "questa", "un", "una")},
    "es": {"f": ("el", "este", "un", "del"), "m": ("la", "esta", "una"), "pl": ("el", "la", "este", "esta", "un", "una")},
    "mx": {"f": ("el", "este", "un", "del"), "m": ("la", "esta", "una"), "pl": ("el", "la", "este", "esta", "un", "una")},
    "br": {"f": ("o", "esse", "este", "um", "do", "desse"), "m": ("a", "essa", "esta", "uma", "da", "dessa"),
           "pl": ("o", "a", "esse", "essa", "este", "esta", "um", "uma")},
    "nl": {"de": ("het", "dit"), "het": ("de", "deze"), "pl": ("het", "dit", "een")},
}


@pytest.mark.parametrize("code", sorted(WRONG_BEFORE))
def test_shipped_intros_and_captions_agree_with_every_type_word(code):
    """Every intro and caption of the market, filled with every type word of its lexicon (as the name built from
    facts), never puts an article or demonstrative of another gender or number before the word."""
    import re
    from toolkit.knowledge.nouns import noun
    from toolkit.knowledge.render import market_facts_data
    m = mk.load_market(code)
    types = market_facts_data(m)["types"]
    lines = m.content["intro"] + m.captions
    bad = []
    for tid, entry in types.items():
        n = noun(entry)
        key = "pl" if n.number == "pl" else n.gender
        if key not in WRONG_BEFORE[code]:
            continue
        values = {"name": n.word, "category": n.word, "brand": "Lumi", "price": "9,99 €", "hook_line": "Oh.",
                  "gender": n.gender, "number": n.number, "named": "type", "initial": n.initial or "consonant"}
        from toolkit.knowledge.nouns import initial_of
        values["initial"] = n.initial or initial_of(n.word)
        for ln in lines:
            for text in (fill(ln.voice, values), fill(ln.screen, values)):
                for w in WRONG_BEFORE[code][key]:
                    if re.search(rf"(?i)(?<!\w){w} {re.escape(n.word)}(?!\w)", text):
                        bad.append(f"{tid} ({key}): {text}")
    assert not bad, bad[:10]


def test_arabic_colour_lines_use_the_dual_for_two():
    m = mk.load_market("sa")
    for ln in m.content["benefit_colors"]:
        two = fill(ln.voice, {"color_count": 2, "colors": "أسود وأبيض", "colors_or": "أسود أو أبيض"})
        assert "2 ألوان" not in two and "2 لون" not in two, two
    said = [fill(ln.voice, {"color_count": 2, "colors": "x", "colors_or": "x"}) for ln in m.content["benefit_colors"]]
    assert any("لونين" in t or "لونان" in t for t in said), said


def test_vietnamese_lines_put_the_types_own_classifier_before_its_word():
    from toolkit.knowledge.nouns import noun
    from toolkit.knowledge.render import market_facts_data
    m = mk.load_market("vn")
    nouns = [noun(e) for e in market_facts_data(m)["types"].values()]
    classifiers = {n.classifier for n in nouns if n.classifier}
    assert len(classifiers) >= 5
    used = 0
    for n in nouns:
        values = {"name": n.word, "category": n.word, "brand": "Lumi", "price": "99.000đ", "hook_line": "Ồ.",
                  "classifier": n.classifier, "named": "type", "pack": 0}
        for ln in m.content["intro"] + m.captions:
            text = fill(ln.voice, values)
            for c in classifiers - {n.classifier}:
                assert f"{c} {n.word}" not in text, (n.word, text)
            used += int(bool(n.classifier) and f"{n.classifier} {n.word}" in text)
    assert used, "some line says the classifier with the word"
