"""Extension without editing ctk: the example plugin (examples/plugins/ctk-example-plugin) installed into its own
folder adds an importer (Etsy listings), a rule kind and a rule pack; ctk finds them through entry points."""

import json
import os
import subprocess
import sys

from conftest import ROOT, run_ctk

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
