"""Translation with real (tiny, locally trained) Marian and M2M100 models: loading, batching, routing
(direct, many-to-many, pivot, phrasebook fallback), glossary protection, memory and TMX, end to end."""

import json
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import tinymodels as tm  # noqa: E402

from toolkit.markets import load_market  # noqa: E402

pytestmark = [pytest.mark.mt]


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    root = tmp_path_factory.mktemp("models")
    return {"en-de": tm.cached(tm.build_marian, root / "tiny-en-de"),
            "es-en": tm.cached(tm.build_marian, root / "tiny-es-en", pairs=tm.ES_EN, src="es", tgt="en", steps=200),
            "m2m": tm.cached(tm.build_m2m100, root / "tiny-m2m")}


@pytest.fixture
def registry(models, tmp_path, monkeypatch, ctk):
    monkeypatch.setenv("CTK_MODELS", str(tmp_path / "reg"))
    monkeypatch.setenv("CTK_TM", str(tmp_path / "tm.sqlite"))
    for path in models.values():
        r = ctk("models", "add", path, env={"CTK_MODELS": str(tmp_path / "reg")})
        assert r.returncode == 0, r.stderr
    return tmp_path


def translator(**kw):
    from toolkit.translate import get_translator
    return get_translator("auto", **kw)


def test_models_list_shows_pairs(ctk, registry):
    r = ctk("models", "list", "--json", env={"CTK_MODELS": str(registry / "reg")})
    entries = {e["name"]: e for e in json.loads(r.stdout)}
    assert entries["tiny-en-de"]["pairs"] == ["en-de"] and entries["tiny-en-de"]["kind"] == "marian"
    assert entries["tiny-m2m"]["kind"] == "m2m100" and entries["tiny-m2m"]["languages"] == ["en", "fr"]


def test_direct_many_to_many_pivot_and_fallback(registry):
    t = translator()
    de, fr = load_market("de"), load_market("fr")
    out = t.translate("Soft silk scarf. Light and warm.", "en", de)
    assert out.complete and out.text == "Weicher Seidenschal. Leicht und warm." and out.backend == "tiny-en-de"
    out = t.translate("Light and warm.", "en", fr)
    assert out.text == "Léger et chaud." and out.backend == "tiny-m2m"
    out = t.translate("Ligero y cálido.", "es", de)                      # es -> en -> de
    assert out.text == "Leicht und warm." and out.backend == "tiny-es-en+tiny-en-de"
    out = t.translate("桑蚕丝", "zh", de)                                   # no model: phrasebook, with a finding
    assert out.text == de.word("material", "mulberry_silk") and any(f.code == "translate.no_model" for f in out.findings)


def test_glossary_brand_numbers_protected(registry, tmp_path):
    g = tmp_path / "glossary.csv"
    g.write_text("term,dnt,de\nLumi,yes,\nwool hat,,Wollmütze\n", encoding="utf-8")
    t = translator(glossary=str(g))
    de = load_market("de")
    assert t.translate("The brand Lumi is loved.", "en", de).text == "Die Marke Lumi ist beliebt."
    assert t.translate("Now only 39 euros.", "en", de).text == "Jetzt nur 39 Euro."
    assert t.translate("A wool hat for cold days.", "en", de).text == "Ein Wollmütze für kalte Tage."


def test_lost_protected_term_and_wrong_script_are_findings(registry, monkeypatch):
    from toolkit.mt import backends
    t = translator()
    monkeypatch.setattr(backends.HFModel, "translate", lambda self, segs, s, d, batch_size=16: ["Jetzt nur Euro."] * len(segs))
    out = t.translate("Now only 12 euros.", "en", load_market("de"))
    assert any(f.code == "translate.protected_lost" and "12" in f.message for f in out.findings)
    t2 = translator()
    out = t2.translate("Light and warm.", "en", load_market("th"))          # no en-th model: phrasebook
    assert not out.complete
    monkeypatch.setattr(backends.HFModel, "translate", lambda self, segs, s, d, batch_size=16: list(segs))
    from toolkit.mt.translator import ModelTranslator, Route
    from toolkit.mt.registry import load_registry
    mt = ModelTranslator()
    entry = next(e for e in load_registry() if e.name == "tiny-m2m")
    res = mt.translate_segments(["Light and warm."], "en", load_market("th"), Route([entry]))
    assert not res.complete and any(f.code == "translate.wrong_script" for f in res.findings)


def test_memory_hits_on_second_run_and_human_edits_win(registry):
    de = load_market("de")
    t1 = translator()
    t1.translate("Machine washable. Handmade in small batches.", "en", de)
    assert t1.calls == 2
    t2 = translator()                                   # a new process-like translator, same memory file
    out = t2.translate("Machine washable. Handmade in small batches.", "en", de)
    assert t2.calls == 0 and out.text == "Maschinenwaschbar. In kleinen Serien handgemacht."
    t2._mem().add_human("Machine washable.", "Waschbar bei 30 Grad.", "en", "de")
    assert translator().translate("Machine washable.", "en", de).text == "Waschbar bei 30 Grad."


def test_tmx_round_trip(ctk, registry, tmp_path):
    translator().translate("Light and warm.", "en", load_market("de"))
    env = {"CTK_TM": str(registry / "tm.sqlite")}
    r = ctk("tm", "export", tmp_path / "out.tmx", env=env)
    assert r.returncode == 0 and "exported" in r.stdout
    text = (tmp_path / "out.tmx").read_text()
    assert '<tmx version="1.4">' in text and "Leicht und warm." in text
    r = ctk("tm", "import", tmp_path / "out.tmx", "--tm", tmp_path / "other.sqlite")
    assert r.returncode == 0
    rows = sqlite3.connect(tmp_path / "other.sqlite").execute("SELECT tgt, origin FROM tm").fetchall()
    assert ("Leicht und warm.", "human") in rows
    bad = tmp_path / "bad.tmx"
    bad.write_text("<tmx><body><tu>", encoding="utf-8")
    r = ctk("tm", "import", bad, "--tm", tmp_path / "other.sqlite")
    assert r.returncode == 2 and "TMX" in r.stderr


def test_ctk_translate_command(ctk, registry):
    env = {"CTK_MODELS": str(registry / "reg"), "CTK_TM": str(registry / "tm.sqlite")}
    r = ctk("translate", "Cozy wool hat.", "--from", "en", "--to", "de", env=env)
    assert r.returncode == 0 and r.stdout.strip() == "Gemütliche Wollmütze."
    r = ctk("translate", "Cozy wool hat.", "--from", "en", "--to", "de", "--model", "phrasebook", env=env)
    assert r.returncode == 1 and "untranslated" in r.stdout


def test_render_with_models_end_to_end(ctk, registry, tmp_path):
    cat = tmp_path / "cat.csv"
    # a sentence of five words: a shorter one ("Light and warm.") is a tagline no caption quotes
    cat.write_text("id,title,description,brand,category,price\nhat,Cozy wool hat,A gift for your mother. Machine washable.,"
                   "Fjell,hat,28\n", encoding="utf-8")
    env = {"CTK_MODELS": str(registry / "reg"), "CTK_TM": str(registry / "tm.sqlite")}
    out = tmp_path / "o"
    r = ctk("render", cat, "-m", "de,fr", "-o", out, "--no-video", "--quiet", "--date", "2026-06-01", env=env)
    assert r.returncode == 0, r.stderr
    script = json.loads((out / "de" / "hat" / "script.json").read_text())
    assert script["facts"]["name"] == "Gemütliche Wollmütze"
    assert "Ein Geschenk für deine Mutter." in (out / "de" / "hat" / "caption.txt").read_text()
    rep = json.loads((out / "de" / "hat" / "report.json").read_text())
    assert not any(f["code"] == "translate.untranslated" for f in rep["findings"])
    assert "Un cadeau pour ta mère." in (out / "fr" / "hat" / "caption.txt").read_text()   # through the M2M100 model
    r = ctk("render", cat, "-m", "de", "-o", out, "--no-video", "--quiet", "--glossary", tmp_path / "nope.csv", env=env)
    assert r.returncode == 2 and "glossary file not found" in r.stderr


def test_sentence_splitting_for_cjk_and_thai():
    from toolkit.translate import split_segments
    assert split_segments("100%桑蚕丝，手感柔滑。送礼佳品。", "zh") == ["100%桑蚕丝，手感柔滑。", "送礼佳品。"]
    assert split_segments("軽くて暖かい。毎日使えます！", "ja") == ["軽くて暖かい。", "毎日使えます！"]
    assert split_segments("ผ้าพันคอไหม ใส่สบาย ของขวัญ", "th") == ["ผ้าพันคอไหม", "ใส่สบาย", "ของขวัญ"]
    assert split_segments("Soft. Warm! Ready? Yes", "en") == ["Soft.", "Warm!", "Ready?", "Yes"]
    assert split_segments("Price 3.5 kg. Done.", "en") == ["Price 3.5 kg.", "Done."]


def test_human_override_columns_are_learned_by_the_memory(registry, tmp_path):
    from toolkit.facts import build_facts
    from toolkit.importers import load_catalog
    from toolkit.money import load_fx
    cat = tmp_path / "c.csv"
    cat.write_text("id,title,title:de,price\nx,Cozy wool hat,Kuschelige Wollmütze,10\n", encoding="utf-8")
    p = load_catalog(cat).products[0]
    t = translator()
    build_facts(p, load_market("de"), t, load_fx())
    assert translator().translate("Cozy wool hat", "en", load_market("de")).text == "Kuschelige Wollmütze"


def _tm_worker(args):
    path, n = args
    from toolkit.mt.memory import Memory
    m = Memory(path)
    for i in range(20):
        m.put_many({f"seg {n} {i}": f"t {n} {i}"}, "en", "de", "m", "v", "g")
    return m.count()


def test_memory_is_safe_for_parallel_workers(tmp_path):
    import multiprocessing as mp
    path = str(tmp_path / "shared.sqlite")
    with mp.get_context("fork").Pool(4) as pool:
        pool.map(_tm_worker, [(path, n) for n in range(8)])
    from toolkit.mt.memory import Memory
    assert Memory(path).count() == 160
