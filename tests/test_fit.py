"""Market fit (toolkit/fit, locales/_shared/fit.toml): every rule on its trigger and pass examples, the issue's
acceptance cases, overrides, `ctk fit` and the render integration (warn, block, strict, off)."""

import datetime as dt
import json

import pytest

from conftest import EXAMPLES, run_ctk
from toolkit.fit import FitSettings, assess, fit_matrix, pack, verdict
from toolkit.model import Finding, Product, Variant

D = dt.date.fromisoformat


def product(ex: dict) -> Product:
    opts = ex.get("options", {})
    p = Product(id=ex.get("id", "x"), title=ex["title"], description=ex.get("description", ""),
                category=ex.get("category", ""), attributes=dict(ex.get("attributes", {})), options=list(opts))
    for i in range(max([len(v) for v in opts.values()] or [1])):
        p.variants.append(Variant(sku=f"s{i}", options={k: v[i] for k, v in opts.items() if i < len(v)}))
    return p


def codes(p, market, day, **settings):
    return {f.code for f in assess(p, market, D(day), settings=FitSettings(**settings))}


RULES = list(pack())


def test_the_pack_covers_every_area_the_issue_names():
    ids = {r.id for r in RULES}
    for prefix in ("fit.climate.", "fit.season.", "fit.festival.", "fit.power.", "fit.marks.", "fit.restricted.",
                   "fit.sizes."):
        assert any(i.startswith(prefix) for i in ids), prefix
    for r in RULES:
        assert r.source and r.checked == "2026-11" and r.message, r.id
        assert r.verified or r.note, f"{r.id}: an unverified rule says what could not be checked"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_fit_rule_triggers_on_its_examples_and_passes_the_close_ones(rule):
    ex = rule.examples
    assert ex.get("trigger") and ex.get("pass"), f"{rule.id} needs examples"
    for e in ex["trigger"]:
        got = codes(product(e), e["market"], e["date"], **e.get("settings", {}))
        assert rule.id in got, (rule.id, e)
    for e in ex["pass"]:
        got = codes(product(e), e["market"], e["date"], **e.get("settings", {}))
        assert rule.id not in got, (rule.id, e)


BEANIE = Product(id="beanie", title="Merino Wool Beanie", description="Rib-knit beanie in soft merino wool.",
                 category="Hat")
SEASON = {"fit.climate.no_cold_season", "fit.season.winter_off_season"}


@pytest.mark.parametrize("market", ["th", "id", "sa", "ae"])
def test_a_winter_beanie_is_flagged_where_there_is_no_winter(market):
    for day in ("2026-07-10", "2026-12-10"):
        assert "fit.climate.no_cold_season" in codes(BEANIE, market, day)


def test_a_winter_beanie_in_brazil_is_flagged_in_december_not_in_july():
    assert "fit.season.winter_off_season" in codes(BEANIE, "br", "2026-12-10")
    assert not SEASON & codes(BEANIE, "br", "2026-07-10")
    assert not SEASON & codes(BEANIE, "de", "2026-12-10")


LAMP = Product(id="lamp", title="Nordic Table Lamp, EU plug", description="Linen shade, E27 bulb, 220-240V.")


@pytest.mark.parametrize("market", ["us", "gb", "jp", "my", "sa", "ae", "mx"])
def test_a_european_plug_lamp_is_flagged_where_the_sockets_differ(market):
    found = assess(LAMP, market, D("2026-12-10"))
    plug = [f for f in found if f.code == "fit.power.plug"]
    assert plug and plug[0].severity == "error" and "EU plug" in (plug[0].segment or "")
    assert verdict(found) == "no-go"


def test_the_lamp_fits_continental_sockets_and_japan_also_gets_the_voltage():
    assert "fit.power.plug" not in codes(LAMP, "de", "2026-12-10")
    assert {"fit.power.plug", "fit.power.voltage"} <= codes(LAMP, "jp", "2026-12-10")
    assert "fit.power.voltage" not in codes(LAMP, "gb", "2026-12-10")


def test_plug_words_are_read_from_the_product_text():
    from toolkit.knowledge.power import power_facts
    pf = power_facts(Product(id="k", title="Kettle, UK plug", description="Type G, 230V"))
    assert pf.plugs == ("G",) and pf.volts == (230, 230) and pf.mains
    usb = power_facts(Product(id="c", title="Charger with USB Type-C port", description="USB-powered"))
    assert usb.plugs == () and "usb" in usb.sources and not usb.mains
    zh = power_facts(Product(id="z", title="台灯 美规插头 110V"))
    assert zh.plugs == ("A", "B") and zh.volts == (110, 110)


def test_a_mains_product_with_no_plug_is_a_finding_a_usb_or_battery_one_is_not():
    assert "fit.power.unknown" in codes(Product(id="l", title="Nordic table lamp"), "us", "2026-12-10")
    for t in ("USB-powered desk lamp", "Battery-operated table lamp"):
        assert "fit.power.unknown" not in codes(Product(id="l", title=t), "us", "2026-12-10"), t


EARBUDS = Product(id="buds", title="Soundbit Air Wireless Earbuds",
                  description="Bluetooth 5.3 earbuds with 30 hours of battery including the case.")
RADIO = {"jp": "fit.marks.radio_jp_giteki", "br": "fit.marks.br_anatel", "us": "fit.marks.radio_us_fcc",
         "mx": "fit.marks.mx_homologacion"}


@pytest.mark.parametrize("market", ["jp", "br", "us", "mx"])
def test_earbuds_get_the_radio_certification_finding(market):
    found = assess(EARBUDS, market, D("2026-12-10"))
    f = [x for x in found if x.code == RADIO[market]]
    assert f and f[0].severity == "warning" and f[0].fix and f[0].source
    assert verdict(found) == "check"


def test_a_stated_certification_satisfies_the_mark_rule():
    certified = Product(id="b", title=EARBUDS.title, description=EARBUDS.description + " FCC ID: 2ABCD-AIR1")
    assert "fit.marks.radio_us_fcc" not in codes(certified, "us", "2026-12-10")
    # the word must stand as the mark: "ce" inside a French word is not the CE marking
    fr = Product(id="b", title=EARBUDS.title, description="Écouteurs avec certification en cours")
    assert "fit.marks.ce" in codes(fr, "fr", "2026-12-10")


PILLOW = Product(id="pillow", title="Linen Throw Pillow 45 x 45 cm")
GPSR = "fit.marks.gpsr_responsible_person"


@pytest.mark.parametrize("market", ["de", "fr", "it", "es", "nl"])
def test_eu_listings_get_the_gpsr_finding_until_the_responsible_person_is_given(market):
    assert GPSR in codes(PILLOW, market, "2026-12-10")
    for header in ("responsible_person", "EU Responsible Person"):
        p = Product(id="p", title=PILLOW.title, attributes={header: "Casa Verde GmbH, Berlin, eu@example.com"})
        assert GPSR not in codes(p, market, "2026-12-10"), header
    assert GPSR not in codes(PILLOW, market, "2026-12-10", responsible_person="Acme EU Srl, Milano")
    assert GPSR not in codes(PILLOW, "us", "2026-12-10")


def test_the_gpsr_column_reaches_the_rule_through_the_catalog_importer(tmp_path):
    from toolkit.importers import load_catalog
    f = tmp_path / "cat.csv"
    f.write_text("id,title,price,EU Responsible Person\npillow,Linen Throw Pillow,32.00,\"Casa Verde GmbH, Berlin\"\n"
                 "mug,Ceramic Mug,22.00,\n", encoding="utf-8")
    cat = load_catalog(f)
    m = fit_matrix(cat.products, ["de"], D("2026-12-10"))
    assert GPSR not in {x.code for x in m.cell("pillow", "de").findings}
    assert GPSR in {x.code for x in m.cell("mug", "de").findings}


def test_shoe_sizes_are_converted_for_a_market_that_reads_another_system():
    shoes = Product(id="s", title="Canvas sneakers", category="Shoes", options=["Size"],
                    variants=[Variant(sku=f"s{n}", options={"Size": f"EU {n}"}) for n in (38, 40, 42)])
    f = [x for x in assess(shoes, "jp", D("2026-12-10")) if x.code == "fit.sizes.system"]
    assert f and "EU 38 = JP 24 cm" in f[0].fix and "JP" in f[0].message
    us = [x for x in assess(shoes, "us", D("2026-12-10")) if x.code == "fit.sizes.system"]
    assert us and "EU 40 = US M 7" in us[0].fix
    mx = [x for x in assess(shoes, "mx", D("2026-12-10")) if x.code == "fit.sizes.system"]
    assert mx and "EU 42 = MX 26.5" in mx[0].fix          # Mexican sizes are cm of foot length
    cm = Product(id="c", title="Tenis de lona", category="Shoes", options=["Size"],
                 variants=[Variant(sku=f"c{n}", options={"Size": str(n)}) for n in (24, 25, 26)])
    assert not [x for x in assess(cm, "mx", D("2026-12-10")) if x.code == "fit.sizes.system"]   # "26" is a Mexican size


def test_a_beanie_in_mexico_sells_in_winter_and_a_swimsuit_all_year():
    assert "fit.season.winter_off_season" in codes(BEANIE, "mx", "2026-07-10")
    assert not SEASON & codes(BEANIE, "mx", "2026-12-10")
    swim = Product(id="sw", title="One-piece swimsuit")
    assert "fit.season.summer_off_season" not in codes(swim, "mx", "2026-12-10")


def test_red_goods_fit_tet_in_its_run_up_and_the_festival_is_named():
    scarf = Product(id="s", title="Mulberry silk scarf", options=["Color"],
                    variants=[Variant(sku="r", options={"Color": "红色"})])
    f = [x for x in assess(scarf, "vn", D("2027-01-25")) if x.code == "fit.festival.lunar_new_year_red_gold"]
    assert f and f[0].severity == "info" and ("Tết" in f[0].message or "Lunar" in f[0].message), f
    later = assess(scarf, "vn", D("2027-06-25"))
    assert "fit.festival.lunar_new_year_red_gold" not in {x.code for x in later}


def test_alcohol_reuses_the_rule_pack_and_render_does_not_report_it_twice():
    gin = Product(id="g", title="Desert Rose Gin 50cl")
    f = [x for x in assess(gin, "us", D("2026-12-10")) if x.code == "fit.restricted.alcohol_tobacco"]
    assert f and f[0].severity == "error" and "Gin" in f[0].segment
    again = assess(gin, "us", D("2026-12-10"), skip_product_packs=True)
    assert "fit.restricted.alcohol_tobacco" not in {x.code for x in again}


def test_verdicts_follow_severity():
    w = Finding(code="a", severity="warning", message="m")
    e = Finding(code="b", severity="error", message="m")
    i = Finding(code="c", severity="info", message="m")
    assert verdict([]) == "go" and verdict([i]) == "go" and verdict([i, w]) == "check" and verdict([w, e]) == "no-go"


def test_overrides_change_a_severity_or_turn_a_rule_off(tmp_path):
    f = tmp_path / "fit.toml"
    f.write_text('[rule."fit.power.plug"]\nseverity = "warning"\n[rule."fit.marks.lithium_battery"]\noff = true\n'
                 '[seller]\neu_responsible_person = "Acme GmbH, Berlin"\n', encoding="utf-8")
    s = FitSettings(rules_files=(str(f),))
    found = assess(LAMP, "gb", D("2026-12-10"), settings=s)
    assert verdict(assess(LAMP, "gb", D("2026-12-10"))) == "no-go"
    assert [x.severity for x in found if x.code == "fit.power.plug"] == ["warning"] and verdict(found) == "check"
    assert "fit.marks.lithium_battery" not in {x.code for x in assess(EARBUDS, "us", D("2026-12-10"), settings=s)}
    assert GPSR not in {x.code for x in assess(PILLOW, "de", D("2026-12-10"), settings=s)}


def test_the_users_own_overrides_file_applies_without_a_flag(tmp_path, monkeypatch):
    monkeypatch.setenv("CTK_DATA", str(tmp_path))
    (tmp_path / "fit.toml").write_text('[rule."fit.climate.no_cold_season"]\noff = true\n', encoding="utf-8")
    assert "fit.climate.no_cold_season" not in codes(BEANIE, "th", "2026-12-10")


@pytest.mark.parametrize("text,needle", [
    ('[rule."fit.nope"]\noff = true\n', "names no fit rule"),
    ('[rule."fit.power.plug"]\nseverity = "fatal"\n', "severity 'fatal'"),
    ('[rule."fit.power.plug"\n', "invalid TOML"),
])
def test_a_broken_overrides_file_is_one_clear_error_naming_it(tmp_path, text, needle):
    f = tmp_path / "bad.toml"
    f.write_text(text, encoding="utf-8")
    r = run_ctk("fit", EXAMPLES / "catalog.csv", "-m", "us", "--fit-rules", f)
    assert r.returncode == 2 and needle in r.stderr and str(f) in r.stderr and "Traceback" not in r.stderr


def test_ctk_fit_prints_a_readable_matrix_and_writes_json(tmp_path):
    out = tmp_path / "fit.json"
    r = run_ctk("fit", EXAMPLES / "catalog.csv", "-m", "all", "--date", "2026-12-10", "--json", out)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    row = next(ln for ln in lines if "fjell-merino-beanie" in ln and "│" in ln)
    assert row.count("check") >= 5 and "go" in row
    assert "Reasons" in r.stdout and "fit.climate.no_cold_season" in r.stdout and "fix:" in r.stdout
    doc = json.loads(out.read_text("utf-8"))
    from toolkit.markets import available_markets
    n = len(available_markets())                       # every market ("-m all")
    assert len(doc["markets"]) == n and len(doc["cells"]) == n * len(doc["products"])
    from toolkit.markets import available_markets          # every market ("-m all"), however many ship
    n = len(available_markets())
    assert len(doc["markets"]) == n >= 15 and len(doc["cells"]) == n * len(doc["products"])
    from toolkit.markets import available_markets      # "all": every market in locales/ (14 + ph, sg)
    n = len(available_markets())
    assert len(doc["markets"]) == n >= 16 and len(doc["cells"]) == n * len(doc["products"])
    n = len(available_markets())          # every shipped market
    assert len(doc["markets"]) == n and len(doc["cells"]) == n * len(doc["products"])
    cell = next(c for c in doc["cells"] if c["product"] == "fjell-merino-beanie" and c["market"] == "th")
    assert cell["verdict"] == "check" and cell["findings"][0]["code"] == "fit.climate.no_cold_season"
    j = run_ctk("fit", EXAMPLES / "catalog.csv", "-m", "th", "--format", "json", "--products", "fjell-merino-beanie")
    assert json.loads(j.stdout)["cells"][0]["verdict"] == "check"


def test_ctk_fit_names_the_row_of_a_bad_catalog(tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text("id,title,price\nx,,abc\n", encoding="utf-8")
    r = run_ctk("fit", f, "-m", "us")
    assert r.returncode == 2 and str(f) in r.stderr and "row" in r.stderr and "Traceback" not in r.stderr


def _lamp_catalog(tmp_path):
    f = tmp_path / "lamps.csv"
    f.write_text("id,title,description,price\nlamp,Nordic Table Lamp EU plug,220-240V E27,45.00\n"
                 "pillow,Linen Throw Pillow 45 x 45 cm,Stonewashed linen,32.00\n", encoding="utf-8")
    return f


def test_render_blocks_a_no_go_pair_warns_on_check_and_strict_renders_only_go(tmp_path):
    cat = _lamp_catalog(tmp_path)
    out = tmp_path / "out"
    r = run_ctk("render", cat, "-m", "us", "--no-video", "--date", "2026-12-10", "--out", out, "--quiet", "-j", "1")
    man = json.loads((out / "manifest.json").read_text("utf-8"))
    st = {b["product"]: b for b in man["bundles"]}
    assert r.returncode == 1 and st["lamp"]["status"] == "blocked" and "fit.power.plug" in st["lamp"]["error"]
    assert st["pillow"]["status"] == "rendered"
    rep = json.loads((out / "us" / "pillow" / "report.json").read_text("utf-8"))
    assert "fit" in (out / "index.html").read_text("utf-8") and (out / "fit.json").is_file()
    assert not any(f["code"].startswith("fit.power") for f in rep["findings"])
    # de: the lamp fits; the GPSR warning is in the bundle's findings, and strict leaves both out (check)
    out2 = tmp_path / "out2"
    r = run_ctk("render", cat, "-m", "de,us", "--no-video", "--date", "2026-12-10", "--out", out2, "--quiet",
                "--fit", "strict", "-j", "1")
    man = json.loads((out2 / "manifest.json").read_text("utf-8"))
    st = {(b["market"], b["product"]): b["status"] for b in man["bundles"]}
    assert st == {("de", "lamp"): "unfit", ("de", "pillow"): "unfit", ("us", "lamp"): "unfit",
                  ("us", "pillow"): "rendered"}, st
    assert r.returncode == 0 and "left out by --fit strict" in r.stdout
    html = (out2 / "index.html").read_text("utf-8")
    assert 'class="v-no-go"' in html and "fit.power.plug" in html


def test_render_with_fit_off_has_no_fit_findings(tmp_path):
    cat = _lamp_catalog(tmp_path)
    out = tmp_path / "out"
    r = run_ctk("render", cat, "-m", "us", "--no-video", "--date", "2026-12-10", "--out", out, "--quiet",
                "--fit", "off", "--products", "lamp", "-j", "1")
    assert r.returncode == 0, r.stderr + r.stdout
    rep = json.loads((out / "us" / "lamp" / "report.json").read_text("utf-8"))
    assert not any(f["code"].startswith("fit.") for f in rep["findings"]) and not (out / "fit.json").exists()


def test_a_project_keeps_the_fit_settings(tmp_path):
    from toolkit.project import Project, load_project
    from toolkit.settings import resolve
    proj = Project(input=str(EXAMPLES / "catalog.csv"), fit="strict", responsible_person="Acme GmbH, Berlin")
    path = proj.save(tmp_path / "p.ctkproj")
    opts = resolve({}, load_project(path))
    assert opts.fit == "strict" and opts.responsible_person == "Acme GmbH, Berlin"
    assert GPSR not in {f.code for f in assess(PILLOW, "de", D("2026-12-10"), settings=FitSettings.from_options(opts))}


def test_the_festival_choice_prefers_what_the_product_fits(tmp_path):
    """Indonesia on 2027-02-07: the market's own theme is Ramadan, but a red silk scarf fits Imlek (Lunar New Year,
    red goods): `ctk render` themes the red scarf for it, says why, and leaves a white mug on the market's theme."""
    cat = tmp_path / "cat.csv"
    cat.write_text("id,title,price,color\nscarf,Mulberry silk scarf,25,Red\nmug,Ceramic mug,12,White\n",
                   encoding="utf-8")
    out = tmp_path / "out"
    r = run_ctk("render", cat, "-m", "id", "-o", out, "--no-video", "--quiet", "--date", "2027-02-07",
                "--allow-findings")
    assert r.returncode == 0, r.stderr + r.stdout
    themes = {}
    for pid in ("scarf", "mug"):
        rep = json.loads((out / "id" / pid / "report.json").read_text("utf-8"))
        themes[pid] = (rep.get("festival") or {}).get("id")
        if pid == "scarf":
            assert any(f["code"] == "festival.fit" for f in rep["findings"]), rep["findings"]
    assert themes == {"scarf": "lunar_new_year", "mug": "ramadan"}, themes
