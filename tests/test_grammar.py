"""Grammar a filled-in word decides: Korean particles by final sound, English a/an, and the template lint."""
from pathlib import Path

import pytest

from toolkit.errors import ConfigError
from toolkit.grammar import Word, check_spec, english_article, korean_particle
from toolkit.markets import _check_placeholders
from toolkit.script import fill


@pytest.mark.parametrize("word,obj,subj,topic,via", [
    ("스카프", "를", "가", "는", "로"),          # open syllable
    ("이어폰", "을", "이", "은", "으로"),        # final ㄴ
    ("캔들", "을", "이", "은", "로"),            # final ㄹ takes 로, not 으로
    ("LED", "를", "가", "는", "로"),             # read 엘이디: ends in a vowel
    ("5L", "를", "가", "는", "로"),              # a unit after a number: 오 리터
    ("토너 30ml", "를", "가", "는", "로"),       # 밀리리터, not 엠엘
    ("덤벨 2kg", "을", "이", "은", "으로"),      # 킬로그램
    ("Aero LED", "를", "가", "는", "로"),
    ("USB-C", "를", "가", "는", "로"),           # 씨
    ("텀블러 3", "을", "이", "은", "으로"),      # 삼: final ㅁ
    ("iPhone", "을", "이", "은", "으로"),        # 아이폰
    ("머그컵」", "을", "이", "은", "으로"),      # closing quotes do not count
    ("HDMI", "를", "가", "는", "로"),            # an acronym is spelled: 에이치디엠아이
    ("JAZZUP", "을", "이", "은", "으로"),        # a capitalised brand is read as a word: 재즈업
    ("TREVO", "를", "가", "는", "로"),           # 트레보
])
def test_korean_particles_follow_the_final_sound(word, obj, subj, topic, via):
    assert format(Word(word), "을/를") == word + obj
    assert format(Word(word), "이/가") == word + subj
    assert format(Word(word), "은/는") == word + topic
    assert format(Word(word), "으로/로") == word + via


def test_unknown_final_sound_keeps_both_forms_as_korean_writers_do():
    assert korean_particle("★", "을", "를") == "을(를)"


@pytest.mark.parametrize("word,article", [
    ("scarf", "a"), ("earring", "an"), ("LED desk lamp", "an"), ("USB cable", "a"), ("hour-long candle", "an"),
    ("unicorn plush", "a"), ("umbrella", "an"), ("8-piece knife set", "an"), ("SPF 50 sunscreen", "an"),
    ("one-piece swimsuit", "a"), ("European plug", "a"), ("Bluetooth speaker", "a"),
])
def test_english_article_follows_the_first_sound(word, article):
    assert english_article(word) == article
    assert format(Word(word), "A") == f"{article.capitalize()} {word}"


def test_fill_applies_specs_and_drops_them_for_missing_values():
    assert fill("{name:을/를} 소개할게요", {"name": "보조배터리"}) == "보조배터리를 소개할게요"
    assert fill("meet {name:a}", {"name": "ice roller"}) == "Meet an ice roller"
    assert fill("{brand:이/가} 만든 가방", {}) == "만든 가방"       # no brand: no orphan particle


def test_the_template_lint_accepts_known_specs_and_rejects_others():
    assert check_spec("을/를") and check_spec("으로/로") and check_spec("a")
    _check_placeholders("{name:을/를} 보세요", Path("content.toml"), "hook")
    with pytest.raises(ConfigError) as e:
        _check_placeholders("{name:를/을} 보세요", Path("content.toml"), "hook")
    assert "grammar spec" in str(e.value) and "content.toml" in str(e.value.file)
    with pytest.raises(ConfigError):
        _check_placeholders("{name:>10}", Path("content.toml"), "hook")
    assert format(Word("x"), ">10") == "x"      # at run time an unknown spec never raises


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)


def test_every_market_template_uses_only_known_grammar_specs():
    import string
    import tomllib
    root = Path(__file__).resolve().parents[1] / "locales"
    bad, used = [], 0
    for f in sorted(root.glob("*/*.toml")):
        for text in _strings(tomllib.loads(f.read_text("utf-8"))):
            try:
                fields = [(n, spec) for _, n, spec, _ in string.Formatter().parse(text) if n is not None]
            except ValueError:
                continue
            for n, spec in fields:
                if spec:
                    used += 1
                    if not check_spec(spec):
                        bad.append(f"{f.relative_to(root)}: {{{n}:{spec}}} in {text!r}")
    assert not bad, bad
    assert used >= 6    # the en benefit lines ask for a/an


def test_en_benefit_lines_get_the_article_right():
    from toolkit.knowledge.render import _fmt
    import tomllib
    for m in ("us", "gb"):
        data = tomllib.loads((Path(__file__).resolve().parents[1] / "locales" / m / "facts.toml").read_text("utf-8"))
        voice = data["quantities"]["battery_capacity"]["voice"]
        assert " an 8,000 mAh " in _fmt(voice, value="8,000 mAh") and " a 10,000 mAh " in _fmt(voice, value="10,000 mAh")


def test_turkish_capitals_keep_the_dot_on_i():
    """Unicode's default upper case turns Turkish "i" into "I" ("HEDIYESI"); languages.toml `upper` keeps the dot
    on the bold cover hook, a line's first letter and a caption sentence's."""
    from toolkit.caption import sentence_case
    from toolkit.script import capitalize_first
    from toolkit.writing import upper
    assert upper("yılbaşı hediyesi", "tr") == "YILBAŞI HEDİYESİ"
    assert upper("gift idea", "en") == "GIFT IDEA" and upper("idée", "fr") == "IDÉE"
    assert capitalize_first("ipek şal", "tr") == "İpek şal" and capitalize_first("ipek", "en") == "Ipek"
    assert sentence_case("Tamam. indirim var", "tr") == "Tamam. İndirim var"
