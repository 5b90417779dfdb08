"""Motifs, animations and styles are tables that packages extend (toolkit/registry.py): ctk's own entries, the
names checked against them, and a package's entry that misbehaves stopping the run with one clear error. The
installed example plugin is tests/test_plugins.py; here the entry points are stood in for in process."""

import random

import pytest
from PIL import Image

from toolkit import animations, motifs, registry, style
from toolkit.errors import ConfigError


@pytest.fixture
def fake_plugins(monkeypatch):
    table = {}
    monkeypatch.setattr(registry, "plugins", lambda group: tuple(sorted(table.get(group, {}).items())))
    style.load_style.cache_clear()
    yield table
    style.load_style.cache_clear()


def test_own_entries_and_clear_errors():
    assert set(motifs.BUILTIN) >= {"lanterns", "crescent", "diya", "snow", "confetti", "moon", "hearts", "flowers",
                                   "leaves", "none"}
    assert animations.names()[:3] == ["fade", "slide", "pop"]
    with pytest.raises(ConfigError, match=r"unknown animation 'spin' \(animations: fade, slide, pop\)"):
        animations.motion("spin", 0.35, 28)
    with pytest.raises(ConfigError, match="motif 'sparkles' is unknown.*lanterns"):
        motifs.draw("sparkles", Image.new("RGBA", (108, 192)), [(0, 0, 0, 255)] * 2, random.Random(0))
    layer = Image.new("RGBA", (108, 192), (0, 0, 0, 0))
    motifs.draw("none", layer, [(200, 0, 0, 255), (255, 255, 255, 255)], random.Random(0))
    assert layer.getbbox() is None                                     # the palette alone, nothing drawn
    motifs.draw("snow", layer, [(200, 0, 0, 255), (255, 255, 255, 255)], random.Random(0))
    assert layer.getbbox() is not None


def test_a_package_entry_joins_the_table(fake_plugins):
    fake_plugins["ctk.animations"] = {"wobble": lambda t_in, px: ("0", f"{px}*sin(t*20)"),
                                      "fade": lambda t_in, px: ("9", "9")}               # ctk's own wins a clash
    fake_plugins["ctk.styles"] = {"plain": {"panel_color": "#123456", "animation": "wobble"}}
    fake_plugins["ctk.motifs"] = {"dots": lambda layer, pal, rnd: layer.paste(pal[0], (0, 0, 10, 10))}
    assert animations.motion("wobble", 0.35, 28) == ("0", "28*sin(t*20)")
    assert animations.motion("fade", 0.35, 28) == ("0", "0")
    s = style.load_style("plain")
    assert (s.name, s.panel_color, s.animation) == ("plain", "#123456", "wobble")
    assert style.available_styles() == ["bold", "clean", "editorial", "plain"]
    layer = Image.new("RGBA", (108, 192), (0, 0, 0, 0))
    assert motifs.known("dots") and not motifs.known(["dots"])
    motifs.draw("dots", layer, [(1, 2, 3, 255)], random.Random(0))
    assert layer.getpixel((5, 5)) == (1, 2, 3, 255)


def test_a_misbehaving_package_entry_is_one_clear_error(fake_plugins):
    def broken(layer, pal, rnd):
        raise ZeroDivisionError("oops")
    fake_plugins["ctk.animations"] = {"inject": lambda t_in, px: ("0", "0'[out]"), "bad": lambda: None}
    fake_plugins["ctk.motifs"] = {"broken": broken}
    fake_plugins["ctk.styles"] = {"odd": 42, "typo": {"panel_colour": "#000000"}}
    with pytest.raises(ConfigError, match="plugin 'inject' .*not an ffmpeg expression"):
        animations.motion("inject", 0.35, 28)                # a quote would end the filter graph's expression
    with pytest.raises(ConfigError, match="plugin 'bad' .*failed: TypeError"):
        animations.motion("bad", 0.35, 28)
    with pytest.raises(ConfigError, match="plugin 'broken' .*failed drawing: ZeroDivisionError: oops"):
        motifs.draw("broken", Image.new("RGBA", (10, 10)), [(0, 0, 0, 255)], random.Random(0))
    with pytest.raises(ConfigError, match="plugin 'odd' .*not a style"):
        style.load_style("odd")
    with pytest.raises(ConfigError, match="plugin 'typo'.*unknown key 'panel_colour'"):
        style.load_style("typo")
