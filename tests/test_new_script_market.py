"""A market in a script no shipped market uses (Ukrainian, Cyrillic) is data only: its folder (tests/data/market_ua:
market.toml, content.ftl, facts.toml, festivals.toml; the phrasebook is the US one with the words this product
needs in Ukrainian) and an FX rate. No Python changes: scripts and languages are data (locales/_shared/scripts.toml,
languages.toml), and the bundle renders in Cyrillic with the script's subtitle width and fonts."""

import json
import shutil

from PIL import Image

from conftest import EXAMPLES, ROOT, run_ctk

WORDS = {'scarf = "scarf"': 'scarf = "шарф"', 'white = "white"': 'white = "білий"', 'red = "red"': 'red = "червоний"',
         'navy = "navy"': 'navy = "темно-синій"', 'mulberry_silk = "mulberry silk"': 'mulberry_silk = "шовк шовкопряда"',
         'silk = "silk"': 'silk = "шовк"'}


def test_a_cyrillic_market_is_data_only(tmp_path):
    loc = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", loc)
    shutil.copytree(ROOT / "tests" / "data" / "market_ua", loc / "ua")
    book = (loc / "us" / "phrasebook.toml").read_text("utf-8")
    for a, b in WORDS.items():
        assert a in book
        book = book.replace(a, b, 1)
    (loc / "ua" / "phrasebook.toml").write_text(book, "utf-8")
    fx = loc / "_shared" / "fx.toml"
    fx.write_text(fx.read_text("utf-8").replace("[rates]\n", "[rates]\nUAH = 41.5\n", 1), "utf-8")
    env = {"CTK_LOCALES": str(loc)}
    r = run_ctk("render", EXAMPLES / "catalog.csv", "--markets", "ua", "--products", "lumi-silk-scarf", "--no-video",
                "--date", "2026-06-16", "--out", tmp_path / "o", env=env)
    assert r.returncode == 0, r.stderr + r.stdout
    b = tmp_path / "o" / "ua" / "lumi-silk-scarf"
    rep = json.loads((b / "report.json").read_text("utf-8"))
    assert not [f for f in rep["findings"] if f["severity"] == "error" or f["code"] == "script.mismatch"]
    script = json.loads((b / "script.json").read_text("utf-8"))
    text = " ".join(s["screen"] + " " + s["voice"] for s in script["scenes"])
    assert sum("\u0400" <= ch <= "\u04ff" for ch in text) > 60 and "шовк" in text and "₴" in text
    lines = [ln for ln in (b / "subtitles.srt").read_text("utf-8").splitlines() if ln and "-->" not in ln
             and not ln.isdigit()]
    assert lines and max(len(ln) for ln in lines) <= 42          # scripts.toml: Cyrl line_chars
    with Image.open(b / "cover.jpg") as im:                       # drawn with a font that has Cyrillic
        assert im.size == (1080, 1920)
    listed = run_ctk("markets", "--json", env=env)
    assert listed.returncode == 0 and '"ua"' in listed.stdout
    doctor = run_ctk("doctor", env=env)
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr       # its data passes the market lint
