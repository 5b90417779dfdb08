"""Creative ids that survive posting (toolkit/results/ids.py), the features of a creative (features.py), and the
render registering what it made in the results store (register.py, store.py)."""

import json
import re
import sqlite3
import time

from conftest import EXAMPLES

ID = re.compile(r"^c[a-z2-7]{7}$")
BASE = ["render", EXAMPLES / "catalog.csv", "--no-video", "--quiet", "--date", "2026-03-10"]


def test_an_id_is_stable_for_the_same_script_and_new_for_a_changed_one():
    from toolkit.results.ids import creative_id
    scenes = [{"screen": "Need to tell you about this", "voice": "Okay, I need to tell you about this."},
              {"screen": "$39", "voice": "Only $39."}]
    a = creative_id("lumi-silk-scarf", "us", scenes)
    assert ID.match(a)
    assert creative_id("lumi-silk-scarf", "US", [dict(s) for s in scenes]) == a       # same product, market, text
    edited = [dict(scenes[0], voice="Okay, hear me out."), scenes[1]]
    assert creative_id("lumi-silk-scarf", "us", edited) != a                        # a changed line: a new id
    assert creative_id("lumi-silk-scarf", "de", scenes) != a
    assert creative_id("kiln-ceramic-mug", "us", scenes) != a
    # scene objects and dicts give the same id (the render hashes Scene objects, script.json holds dicts)
    from toolkit.model import Scene
    objs = [Scene(index=i, role="hook", duration=2.0, screen=s["screen"], voice=s["voice"], visual="")
            for i, s in enumerate(scenes, 1)]
    assert creative_id("lumi-silk-scarf", "us", objs) == a


def test_ids_are_found_in_ad_names_titles_and_captions():
    from toolkit.results.ids import find_ids, is_id
    assert find_ids("lumi-silk-scarf_us_c66qq5w3") == ["c66qq5w3"]
    assert find_ids("Silk scarf 🎁 #TikTokShop #C66QQ5W3") == ["c66qq5w3"]            # platforms upper-case tags
    assert find_ids("c66qq5w3 and again c66qq5w3, then cb72vtfy") == ["c66qq5w3", "cb72vtfy"]
    assert find_ids("xc66qq5w3 c66qq5w3x c66qq5w39 c66qq5w") == []                    # not inside a longer token
    assert find_ids("campaign") == ["campaign"]          # looks like an id: the importer keeps only known ones
    assert is_id("c66qq5w3") and not is_id("c66qq5w1") and not is_id("c66qq5w3 ")


def test_tag_caption_as_hashtag_or_word_and_never_over_the_limit():
    from toolkit.caption import Caption
    from toolkit.results.ids import tag_caption
    cap = Caption("Grab it. #a #b", ["#a", "#b"], None, 14)
    assert tag_caption(cap, "c66qq5w3", 5, 2200) == "hashtag"
    assert cap.text.endswith(" #c66qq5w3") and cap.hashtags[-1] == "#c66qq5w3" and cap.length_utf16 == len(cap.text)
    full = Caption("Grab it. #a #b #c #d #e", ["#a", "#b", "#c", "#d", "#e"], None, 23)
    assert tag_caption(full, "c66qq5w3", 5, 2200) == "word"
    assert full.text.endswith(" c66qq5w3") and len(full.hashtags) == 5              # the hashtag limit holds
    tight = Caption("x" * 2195, [], None, 2195)
    assert tag_caption(tight, "c66qq5w3", 5, 2200) is None and tight.text == "x" * 2195


def test_hook_types_come_from_the_template_line():
    from toolkit.markets import available_markets, load_market
    from toolkit.results.features import HOOK_TYPES, hook_family, hook_type
    us = {ln.voice.msg_id: ln for ln in load_market("us").content["hook"]}
    assert hook_family(us["hook-3"]) == "discount"        # Wait, it's { $discount } off?
    assert hook_family(us["hook-7"]) == "fact"            # { $hook_fact }? Say less.
    assert hook_family(us["hook-6"]) == "category"        # New { $category } alert!
    assert hook_family(us["hook-10"]) == "question"       # Why did nobody tell me about this?
    assert hook_family(us["hook-2"]) == "statement"       # This is your sign.
    for code in available_markets():                      # every market's hooks fall in the families, several of them
        fams = {hook_family(ln) for ln in load_market(code).content["hook"]}
        assert fams <= set(HOOK_TYPES) and {"discount", "fact"} <= fams, (code, fams)
    assert hook_type([{"line": "hook-3", "screen": "x", "voice": "y"}], "us") == "discount"
    assert hook_type([{"line": "festival:christmas", "screen": "Merry", "voice": "Merry"}], "us") == "festival"
    # a model's hook (no template line) is read from its words
    assert hook_type([{"screen": "20% off?", "voice": "20% off?"}], "us", discount="20%") == "discount"
    assert hook_type([{"screen": "Silk", "voice": "Silk", "facts": ["material:silk"]}], "us") == "fact"
    assert hook_type([{"screen": "Ready?", "voice": "Ready for this?"}], "us") == "question"
    assert hook_type([{"screen": "Look", "voice": "Look at this."}], "us") == "statement"


def test_features_of_a_script_dict():
    from toolkit.results.features import FEATURES, features
    doc = {"market": "us", "style": "bold", "festival": {"id": "christmas"}, "voice": {"name": "x"},
           "facts": {"discount": "20%", "discount_fraction": 0.2},
           "scenes": [{"role": "hook", "line": "hook-3", "duration": 3.0, "screen": "Wait… 20% off?",
                       "voice": "Wait, it's 20% off?", "facts": []},
                      {"role": "benefit", "duration": 4.0, "screen": "Silk", "voice": "Pure silk.",
                       "facts": ["material:silk"]},
                      {"role": "offer", "duration": 4.0, "screen": "$39", "voice": "Only $39.", "facts": []},
                      {"role": "cta", "duration": 3.0, "screen": "Shop", "voice": "Tap the cart.", "facts": []}]}
    f = features(doc)
    assert set(f) == set(FEATURES) and all(isinstance(v, (str, float)) for v in f.values())
    assert f["hook_type"] == "discount" and f["festival"] == "christmas" and f["style"] == "bold"
    assert f["scenes"] == 4.0 and f["length"] == "<15s" and f["price_shown"] == "yes"
    assert f["discount"] == "15-29%" and f["voice"] == "yes"
    assert f["facts_used"] == "material:silk" and f["facts_count"] == 1.0
    assert f["opening_chars"] == float(len("Wait, it's 20% off?")) and f["opening_length"] == "short"   # 1.3 s at 15/s
    bare = features(dict(doc, festival=None, voice=None, facts={}, scenes=doc["scenes"][:2]))
    assert bare["festival"] == "none" and bare["voice"] == "no" and bare["discount"] == "none"
    assert bare["price_shown"] == "no"
    thai = features({"market": "th", "scenes": [{"voice": "ที่นี่", "screen": "x"}]})   # marks ride on letters
    assert len("ที่นี่") == 6 and thai["opening_chars"] == 2.0


def _render(ctk, out, env, *extra):
    r = ctk(*BASE, "-m", "us,th", "-o", out, "--limit", "2", *extra, env=env)
    assert r.returncode == 0, r.stderr + r.stdout
    return r


def test_render_puts_ids_in_script_manifest_ad_name_and_registers_them(ctk, tmp_path):
    db = tmp_path / "results.sqlite"
    env = {"CTK_RESULTS": str(db)}
    out = tmp_path / "o"
    _render(ctk, out, env)
    man = json.loads((out / "manifest.json").read_text())
    seen = {}
    for b in man["bundles"]:
        folder = out / b["path"]
        doc = json.loads((folder / "script.json").read_text())
        cid = doc["creative_id"]
        assert ID.match(cid) and b["creative_id"] == cid and doc["variant"] == 0
        assert (folder / "ad_name.txt").read_text().strip() == doc["ad_name"] == f"{b['product']}_{b['market']}_{cid}"
        assert doc["scenes"][0]["line"].startswith(("hook-", "festival:"))      # the template line is named
        assert set(doc["features"]) >= {"hook_type", "festival", "discount", "voice"}
        alts = doc["alternatives"]
        assert alts and [a["variant"] for a in alts] == list(range(1, len(alts) + 1))
        ids = [cid] + [a["creative_id"] for a in alts]
        assert all(ID.match(i) for i in ids) and len(set(ids)) == len(ids)       # each variant its own id
        seen[(b["market"], b["product"])] = ids
    # every rendered creative and its variants are in the store, with their features
    from toolkit.results.store import ResultsStore
    with ResultsStore(db) as store:
        got = {(c.market, c.product_id): c for c in store.creatives() if c.variant == 0}
        assert {k: c.creative_id for k, c in got.items()} == {k: v[0] for k, v in seen.items()}
        assert {c.creative_id for c in store.creatives()} == {i for ids in seen.values() for i in ids}
        assert got[("th", "lumi-silk-scarf")].features["hook_type"] in ("festival", "discount", "fact", "category",
                                                                        "question", "statement")
        assert store.ad_names()[seen[("us", "lumi-silk-scarf")][0]].startswith("lumi-silk-scarf_us_")
    # the same product and script rendered again keeps its ids
    _render(ctk, out, env, "--force")
    again = json.loads((out / "us" / "lumi-silk-scarf" / "script.json").read_text())
    assert [again["creative_id"]] + [a["creative_id"] for a in again["alternatives"]] == seen[("us", "lumi-silk-scarf")]


def test_tag_captions_ends_the_caption_with_the_id(ctk, tmp_path):
    out = tmp_path / "o"
    _render(ctk, out, {"CTK_RESULTS": str(tmp_path / "r.sqlite")}, "--tag-captions")
    for m in ("us", "th"):
        doc = json.loads((out / m / "lumi-silk-scarf" / "script.json").read_text())
        caption = (out / m / "lumi-silk-scarf" / "caption.txt").read_text().strip()
        assert caption.endswith(doc["creative_id"]) and doc["caption"]["text"].strip() == caption
        rep = json.loads((out / m / "lumi-silk-scarf" / "report.json").read_text())
        assert any(f["code"] == "results.caption_tag" and f["severity"] == "info" for f in rep["findings"])
    plain = tmp_path / "p"
    _render(ctk, plain, {"CTK_RESULTS": str(tmp_path / "r.sqlite")})
    doc = json.loads((plain / "us" / "lumi-silk-scarf" / "script.json").read_text())
    assert doc["creative_id"] not in (plain / "us" / "lumi-silk-scarf" / "caption.txt").read_text()   # off by default


def test_a_store_that_cannot_be_written_is_a_warning_and_the_render_goes_on(ctk, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    out = tmp_path / "o"
    r = ctk(*BASE, "-m", "us", "-o", out, "--limit", "2", env={"CTK_RESULTS": str(blocker / "results.sqlite")})
    assert r.returncode == 0, r.stderr
    assert "warning" in r.stderr and "not registered" in r.stderr and "Traceback" not in r.stderr
    assert json.loads((out / "us" / "lumi-silk-scarf" / "script.json").read_text())["creative_id"]


def test_the_store_sits_beside_the_translation_memory(tmp_path, monkeypatch):
    from toolkit.results.store import default_path
    monkeypatch.delenv("CTK_RESULTS", raising=False)
    monkeypatch.setenv("CTK_DATA", str(tmp_path / "data"))
    assert default_path() == tmp_path / "data" / "results.sqlite"
    assert default_path(tmp_path / "mine" / "tm.sqlite") == tmp_path / "mine" / "results.sqlite"
    monkeypatch.setenv("CTK_TM", str(tmp_path / "tmdir" / "tm.sqlite"))
    assert default_path() == tmp_path / "tmdir" / "results.sqlite"
    monkeypatch.setenv("CTK_RESULTS", str(tmp_path / "x.sqlite"))
    assert default_path() == tmp_path / "x.sqlite"


def test_registering_is_cheap_and_a_chosen_creative_stays_variant_0(tmp_path):
    from toolkit.results.records import Creative
    from toolkit.results.register import Registrar
    reg = Registrar(tmp_path / "r.sqlite")
    from toolkit.results.ids import creative_id
    many = [Creative(creative_id(f"p{i // 3}", "us", [{"screen": str(i), "voice": ""}]), "us", f"p{i // 3}", i % 3,
                     {"hook_type": "fact", "scenes": 5.0}) for i in range(3000)]
    t0 = time.perf_counter()
    for i in range(0, 3000, 3):
        reg.add(many[i:i + 3], f"/out/us/p{i}")
        if i % 300 == 0:
            reg.flush()
    reg.close()
    assert time.perf_counter() - t0 < 2.0 and reg.warning is None
    con = sqlite3.connect(tmp_path / "r.sqlite")
    assert con.execute("SELECT count(*) FROM creatives").fetchone()[0] == len({c.creative_id for c in many})
    from toolkit.results.store import ResultsStore
    with ResultsStore(tmp_path / "r.sqlite") as s:
        s.register([Creative("cabcdefg", "us", "p", 0, {"a": "1"})])
        s.register([Creative("cabcdefg", "us", "p", 2, {"a": "2"})])    # later an alternative of another render
        (c,) = s.creatives(product="p")
        assert c.variant == 0 and c.features == {"a": "2"}


def test_an_edited_line_is_no_longer_its_template_line():
    from toolkit.edits import apply_edits
    from toolkit.model import Scene, Script
    from toolkit.results.features import hook_type
    s = Script("us", "en-US", [Scene(1, "hook", 3.0, "Wait… 20% off?", "Wait, it's 20% off?", "", line="hook-3"),
                               Scene(2, "cta", 3.0, "Shop", "Tap the cart.", "", line="cta-1")])
    assert hook_type([sc.to_dict() for sc in s.scenes], "us") == "discount"
    apply_edits(s, None, {"scene 1 voice-over": "Look at this."})
    d = [sc.to_dict() for sc in s.scenes]
    assert "line" not in d[0] and d[1]["line"] == "cta-1"
    assert hook_type(d, "us") == "statement"          # read from the words now
