"""Extension without editing ctk: the example plugin (examples/plugins/ctk-example-plugin) installed into its own
folder adds an importer (Etsy listings), a rule kind, a rule pack, a translator, a festival motif, a text animation
and a style; ctk finds them through entry points."""

import json
import os
import subprocess
import sys

from conftest import EXAMPLES, ROOT, ffprobe, run_ctk

ETSY = ("TITLE,DESCRIPTION,PRICE,CURRENCY_CODE,QUANTITY,TAGS,MATERIALS,IMAGE1,VARIATION 1 TYPE,VARIATION 1 NAME,"
        "VARIATION 1 VALUES,SKU\n"
        "HANDMADE Ceramic Mug with Speckled Glaze,A stoneware mug glazed by hand. Holds 350 ml.,28.00,EUR,12,"
        "\"mug,ceramic,gift\",\"stoneware,glaze\",,Color,Color,\"Sand,Moss\",MUG-01\n"
        "Linen Tea Towel,Stonewashed linen tea towel.,14.50,EUR,30,\"linen,kitchen\",linen,,,,,TOWEL-02\n"
        ",No title here,9.00,EUR,1,,,,,,,BAD-03\n")


def _install(tmp_path):
    target = tmp_path / "plug"
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "-q", "--target",
                        str(target), str(ROOT / "examples" / "plugins" / "ctk-example-plugin")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return {"PYTHONPATH": str(target) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def test_a_plugin_adds_an_importer_a_rule_kind_and_a_rule_pack(tmp_path):
    env = _install(tmp_path)
    cat = tmp_path / "etsy.csv"
    cat.write_text(ETSY, "utf-8")
    # without the plugin ctk does not know the format: the Etsy header has no generic 'title' column
    plain = run_ctk("check", cat, "--json")
    r = run_ctk("check", cat, "--json", env=env)
    assert r.returncode == 1, r.stderr                     # one row problem: the listing without a title
    doc = json.loads(r.stdout)
    assert [p["title"] for p in doc["products"]] == ["HANDMADE Ceramic Mug with Speckled Glaze", "Linen Tea Towel"]
    mug = doc["products"][0]
    assert mug["origin"]["format"] == "etsy" and mug["currency"] == "EUR"
    assert [v["options"] for v in mug["variants"]] == [{"Color": "Sand"}, {"Color": "Moss"}]
    assert doc["problems"] and doc["problems"][0]["row"] == 4 and doc["problems"][0]["column"] == "TITLE"
    assert plain.returncode != 0 or "etsy" not in plain.stdout
    # the plugin's rule pack runs its own rule kind: the capitals of the seller's title are flagged in us
    lint = run_ctk("lint", cat, "--markets", "us", "--json", env=env)
    findings = json.loads(lint.stdout)
    shout = [f for f in findings if f["code"] == "example.shouting"]
    assert shout and all(f["product"] == "mug-01" for f in shout) and "HANDMADE" in shout[0]["message"]
    assert not any(f["code"] == "example.shouting" for f in json.loads(
        run_ctk("lint", cat, "--markets", "us", "--json").stdout))


def test_a_broken_plugin_is_one_clear_error(tmp_path):
    env = _install(tmp_path)
    bad = tmp_path / "plug" / "ctk_example_plugin" / "etsy.py"
    bad.write_text("raise RuntimeError('broken on purpose')\n")
    cat = tmp_path / "c.csv"
    cat.write_text("TITLE,PRICE,CURRENCY_CODE\nMug,9,EUR\n", "utf-8")
    r = run_ctk("check", cat, env=env)
    assert r.returncode == 2 and "plugin 'etsy'" in r.stderr and "ctk-example-plugin" in r.stderr
    assert "Traceback" not in r.stderr


def test_a_plugin_adds_a_translator_backend(tmp_path):
    env = _install(tmp_path)
    tr = tmp_path / "tr.csv"
    tr.write_text("source,lang,text\nLinen Tea Towel,de,Geschirrtuch aus Leinen\n", "utf-8")
    env["CTK_EXAMPLE_TRANSLATIONS"] = str(tr)
    cat = tmp_path / "c.csv"
    cat.write_text("id,title,price,currency\ntowel,Linen Tea Towel,14.50,EUR\n", "utf-8")
    r = run_ctk("render", cat, "--markets", "de", "--translator", "example-csv", "--no-video", "--out",
                tmp_path / "o", env=env)
    assert r.returncode == 0, r.stderr
    script = json.loads((tmp_path / "o" / "de" / "towel" / "script.json").read_text("utf-8"))
    assert "Geschirrtuch aus Leinen" in " ".join(s["screen"] for s in script["scenes"])
    unknown = run_ctk("render", cat, "--markets", "de", "--translator", "example-csv", "--no-video", "--out",
                      tmp_path / "o2")                                    # without the plugin: a clear error
    assert unknown.returncode == 2 and "unknown translator 'example-csv'" in unknown.stderr


def _locales_with_motif(tmp_path, motif):
    """A copy of the shipped locales whose us Christmas draws `motif` (CTK_LOCALES points ctk at it)."""
    import shutil
    loc = tmp_path / f"locales-{motif}"
    shutil.copytree(ROOT / "locales", loc)
    fest = loc / "us" / "festivals.toml"
    text = fest.read_text("utf-8")
    assert 'id = "christmas"\n' in text
    fest.write_text(text.replace('id = "christmas"\n', f'id = "christmas"\nmotif = "{motif}"\n', 1), "utf-8")
    return str(loc)


def _cover(tmp_path, env, tag, *extra):
    out = tmp_path / f"o-{tag}"
    r = run_ctk("render", EXAMPLES / "catalog.csv", "--markets", "us", "--products", "lumi-silk-scarf", "--no-video",
                "--date", "2026-12-10", "--festival", "christmas", "--out", out, *extra, env=env)
    assert r.returncode == 0, r.stderr + r.stdout
    from PIL import Image
    return Image.open(out / "us" / "lumi-silk-scarf" / "cover.jpg").convert("RGB"), out


def test_a_plugin_motif_is_drawn_on_a_festival_cover(tmp_path):
    from PIL import ImageChops
    env = _install(tmp_path)
    stars, _ = _cover(tmp_path, {**env, "CTK_LOCALES": _locales_with_motif(tmp_path, "stars")}, "stars")
    plain, _ = _cover(tmp_path, {**env, "CTK_LOCALES": _locales_with_motif(tmp_path, "none")}, "none")
    diff = ImageChops.difference(stars, plain).convert("L").point(lambda v: 255 if v > 40 else 0)
    assert diff.getbbox() is not None and diff.histogram()[255] > 5000       # the stars, real pixels

    def gold(img):                                                           # the stars' #FFCC33, give or take JPEG
        return sum(1 for r, g, b in zip(*(img.getchannel(c).tobytes() for c in "RGB"))
                   if r > 220 and 170 < g < 235 and b < 110)
    assert gold(stars) > gold(plain) + 2000
    # without the package the motif is unknown: one clear error naming the known ones
    bare = run_ctk("render", EXAMPLES / "catalog.csv", "--markets", "us", "--no-video", "--date", "2026-12-10",
                   "--out", tmp_path / "o-bare", env={"CTK_LOCALES": _locales_with_motif(tmp_path, "stars2")})
    assert bare.returncode == 2 and "motif 'stars2' is unknown" in bare.stderr and "lanterns" in bare.stderr
    assert "Traceback" not in bare.stderr


def test_a_plugin_style_and_its_animation(tmp_path):
    env = _install(tmp_path)
    probe = ("import json; from pathlib import Path; from toolkit.style import available_styles, load_style\n"
             "from toolkit.video import ScenePlan, build_command\n"
             "s = load_style('midnight'); p = [ScenePlan(Path('b.png'), Path('t.png'), 2.0)]\n"
             "g = lambda a: build_command(p, Path('o.mp4'), animation=a)[-30:]\n"
             "print(json.dumps({'styles': available_styles(), 'animation': s.animation, 'panel': s.panel_color,\n"
             "                  'drop': g('drop'), 'slide': g('slide'), 'fade': g('fade')}))\n"
             "from PIL import Image; from toolkit.video import encode\n"   # ffmpeg takes the plugin's expression
             "Image.new('RGB', (270, 480), 'white').save('b.png'); Image.new('RGBA', (270, 480)).save('t.png')\n"
             "encode(p, Path('o.mp4'), preset='ultrafast', animation='drop', size=(270, 480))")
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                       env={**os.environ, **env, "PYTHONPATH": env["PYTHONPATH"] + os.pathsep + str(ROOT)})
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["styles"][:3] == ["bold", "clean", "editorial"] and "midnight" in doc["styles"]
    listed = run_ctk("doctor", env=env).stdout                       # ctk doctor lists what packages add
    assert "motifs stars" in listed and "animations drop" in listed and "styles midnight" in listed
    assert doc["animation"] == "drop" and doc["panel"] == "#0B1E5B"
    graph = {a: next(x for x in doc[a] if "overlay=" in x) for a in ("drop", "slide", "fade")}
    assert "-28*(1-t/0.35)" in graph["drop"] and len(set(graph.values())) == 3
    assert float(ffprobe(tmp_path / "o.mp4")["format"]["duration"]) > 1.5

    # the style renders: a cover with its deep blue panels
    from PIL import Image
    cover, out = _cover(tmp_path, env, "midnight", "--style", "midnight")
    blue = sum(1 for r_, g_, b_ in zip(*(cover.getchannel(c).tobytes() for c in "RGB"))
               if r_ < 40 and g_ < 60 and 70 < b_ < 120)
    assert blue > 5000
    assert json.loads((out / "us" / "lumi-silk-scarf" / "script.json").read_text("utf-8"))["style"] == "midnight"
    assert Image.open(out / "us" / "lumi-silk-scarf" / "cover.jpg").size == (1080, 1920)
    # without the package: the style is unknown, and a style file naming its animation is one clear error
    bare = run_ctk("render", EXAMPLES / "catalog.csv", "--markets", "us", "--no-video", "--style", "midnight",
                   "--out", tmp_path / "o-bare")
    assert bare.returncode == 2 and "unknown style 'midnight'" in bare.stderr and "editorial" in bare.stderr
    own = tmp_path / "mine.toml"
    own.write_text('animation = "drop"\n', "utf-8")
    bare = run_ctk("render", EXAMPLES / "catalog.csv", "--markets", "us", "--no-video", "--style", own,
                   "--out", tmp_path / "o-bare2")
    assert bare.returncode == 2 and "unknown animation 'drop'" in bare.stderr and "fade, slide, pop" in bare.stderr
    ok = run_ctk("render", EXAMPLES / "catalog.csv", "--markets", "us", "--no-video", "--style", own,
                 "--out", tmp_path / "o-mine", "--limit", "1", env=env)
    assert ok.returncode == 0, ok.stderr


def test_a_broken_look_plugin_is_one_clear_error(tmp_path):
    env = _install(tmp_path)
    (tmp_path / "plug" / "ctk_example_plugin" / "look.py").write_text("raise ImportError('broken on purpose')\n")
    r = run_ctk("render", EXAMPLES / "catalog.csv", "--markets", "us", "--no-video", "--style", "midnight",
                "--out", tmp_path / "o", env=env)
    assert r.returncode == 2 and "plugin 'midnight'" in r.stderr and "ctk-example-plugin" in r.stderr
    assert "Traceback" not in r.stderr
    doctor = run_ctk("doctor", env=env)
    assert doctor.returncode == 1 and "[MISSING] plugins: the plugin 'stars'" in doctor.stdout
    assert "ctk-example-plugin" in doctor.stdout and "Traceback" not in doctor.stdout + doctor.stderr
    # ctk's own styles, motifs and animations do not load the packages' ones
    ok = run_ctk("render", EXAMPLES / "catalog.csv", "--markets", "us", "--products", "lumi-silk-scarf",
                 "--no-video", "--date", "2026-12-10", "--out", tmp_path / "o2", env=env)
    assert ok.returncode == 0, ok.stderr
