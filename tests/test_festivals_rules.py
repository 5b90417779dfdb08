"""Festival calendar (dates checked against ../shared/knowledge/markets.md section 4) and the rule packs."""

import datetime as dt
import json

import pytest

from toolkit import festivals as fest
from toolkit.markets import available_markets, load_market
from toolkit.model import Scene
from toolkit.rules import BundleText, all_rules, run_rules

from conftest import EXAMPLES

D = dt.date.fromisoformat


def start_of(market, event, year):
    occ = [o for o in fest.occurrences(market, D(f"{year}-01-01"), D(f"{year}-12-31")) if o.id == event
           and o.start.year == year]
    assert occ, (market, event, year)
    return occ[0].start.isoformat()


@pytest.mark.parametrize("market,event,year,expected", [
    ("vn", "lunar_new_year", 2026, "2026-02-17"), ("vn", "lunar_new_year", 2027, "2027-02-06"),
    ("my", "lunar_new_year", 2027, "2027-02-06"), ("kr", "lunar_new_year", 2027, "2027-02-07"),
    ("id", "ramadan", 2026, "2026-02-18"), ("sa", "ramadan", 2027, "2027-02-08"),
    ("sa", "eid_al_fitr", 2026, "2026-03-20"), ("id", "eid_al_fitr", 2026, "2026-03-21"),
    ("sa", "eid_al_fitr", 2027, "2027-03-09"), ("sa", "eid_al_adha", 2027, "2027-05-16"),
    ("br", "carnival", 2026, "2026-02-16"), ("br", "carnival", 2027, "2027-02-08"),
    ("gb", "mothering_sunday", 2026, "2026-03-15"), ("gb", "mothering_sunday", 2027, "2027-03-07"),
    ("us", "mothers_day", 2026, "2026-05-10"), ("us", "mothers_day", 2027, "2027-05-09"),
    ("de", "mothers_day", 2027, "2027-05-09"), ("jp", "golden_week", 2027, "2027-04-29"),
    ("vn", "mid_autumn", 2026, "2026-09-25"), ("vn", "mid_autumn", 2027, "2027-09-15"),
    ("de", "oktoberfest", 2026, "2026-09-19"), ("de", "oktoberfest", 2027, "2027-09-18"),
    ("my", "diwali", 2026, "2026-11-08"), ("my", "diwali", 2027, "2027-10-28"),
    ("th", "singles_day", 2027, "2027-11-11"), ("us", "black_friday", 2026, "2026-11-27"),
    ("us", "black_friday", 2027, "2027-11-26"), ("us", "cyber_monday", 2026, "2026-11-30"),
    ("gb", "cyber_monday", 2027, "2027-11-29"), ("th", "double_12", 2026, "2026-12-12"),
    ("us", "christmas", 2026, "2026-12-25"), ("fr", "soldes_hiver", 2027, "2027-01-06"),
    # ae: Eid Al Etihad 2 December and Commemoration Day 30 November (The National, 2025-11-03); Eid Al Fitr 2026 on
    # Friday 20 March after a 30-day Ramadan from 18 February (The National, 2026-03-13, Emirates Astronomical
    # Society); White Friday from the Friday after US Thanksgiving (Amazon Ads White Friday guide); back to school on
    # 31 August 2026 and 30 August 2027 (UAE Ministry of Education three-year calendar, Gulf News, 2026-02-23); Dubai
    # Shopping Festival 5 December 2025 (WAM, 2025-12-05) and 4 December 2026 (verify: calendar_overrides.toml)
    ("ae", "uae_national_day", 2026, "2026-12-02"), ("ae", "uae_national_day", 2027, "2027-12-02"),
    ("ae", "uae_commemoration_day", 2026, "2026-11-30"), ("ae", "uae_commemoration_day", 2027, "2027-11-30"),
    ("ae", "ramadan", 2026, "2026-02-18"), ("ae", "eid_al_fitr", 2026, "2026-03-20"),
    ("ae", "eid_al_fitr", 2027, "2027-03-09"), ("ae", "mothers_day_arab", 2027, "2027-03-21"),
    ("ae", "black_friday", 2026, "2026-11-27"), ("ae", "black_friday", 2027, "2027-11-26"),
    ("ae", "back_to_school_ae", 2026, "2026-08-31"), ("ae", "back_to_school_ae", 2027, "2027-08-30"),
    ("ae", "dubai_shopping_festival", 2025, "2025-12-05"), ("ae", "dubai_shopping_festival", 2026, "2026-12-04"),
    # mx: Buen Fin ends on the Revolution Day Monday (third Monday of November, LFT art. 74); 2025 ran Thu 13-Mon 17
    # Nov (Secretaría de Economía / Concanaco via EFE 2025-11-04), so 2026 and 2027 are the same rule (verify)
    ("mx", "buen_fin", 2025, "2025-11-13"), ("mx", "buen_fin", 2026, "2026-11-12"), ("mx", "buen_fin", 2027, "2027-11-11"),
    ("mx", "dia_de_muertos", 2026, "2026-11-01"), ("mx", "dia_de_muertos", 2027, "2027-11-01"),
    # Hot Sale: AMVO's announced dates (calendar_overrides.toml): 2025 @hotsalemex, 2026 press (verify)
    ("mx", "hot_sale", 2025, "2025-05-26"), ("mx", "hot_sale", 2026, "2026-05-25"),
    ("mx", "dia_de_las_madres_mx", 2026, "2026-05-10"), ("mx", "dia_de_las_madres_mx", 2027, "2027-05-10"),
    ("mx", "dia_del_nino", 2026, "2026-04-30"), ("mx", "dia_del_nino", 2027, "2027-04-30"),
    ("mx", "fathers_day", 2026, "2026-06-21"), ("mx", "fathers_day", 2027, "2027-06-20"),
    ("mx", "fiestas_patrias_mx", 2026, "2026-09-15"), ("mx", "fiestas_patrias_mx", 2027, "2027-09-15"),
    ("mx", "regreso_a_clases_mx", 2026, "2026-08-31"), ("mx", "regreso_a_clases_mx", 2027, "2027-08-30"),
    ("mx", "valentines_day", 2027, "2027-02-14"), ("mx", "reyes", 2027, "2027-01-06"), ("mx", "christmas", 2026, "2026-12-25"),
    # nl (checked 2026-11): Koningsdag from the holidays package (Wet viering Koningsdag: the 26th when the 27th is a
    # Sunday, as in 2025); Moederdag/Vaderdag 2nd Sunday of May / 3rd Sunday of June; Pasen (Easter Sunday, holidays
    # package); Bevrijdingsdag always 5 May (rijksoverheid.nl); pakjesavond 5 December; the intocht on the Saturday
    # from 12 to 18 November (17 Nov 2018, 18 Nov 2023, 16 Nov 2024 in news reports); Black Friday / Cyber Monday as in
    # markets.md section 4; back to school: regions Noord and Midden back on 24 August 2026 (summer holiday 11 July-23
    # August 2026, school calendars); the January sale from 27 December (AD: "januari is traditioneel uitverkoopmaand")
    ("nl", "kings_day", 2025, "2025-04-26"), ("nl", "kings_day", 2026, "2026-04-27"), ("nl", "kings_day", 2027, "2027-04-27"),
    ("nl", "mothers_day", 2026, "2026-05-10"), ("nl", "mothers_day", 2027, "2027-05-09"),
    ("nl", "fathers_day", 2026, "2026-06-21"), ("nl", "fathers_day", 2027, "2027-06-20"),
    ("nl", "easter", 2026, "2026-04-05"), ("nl", "easter", 2027, "2027-03-28"),
    ("nl", "liberation_day_nl", 2026, "2026-05-05"), ("nl", "liberation_day_nl", 2027, "2027-05-05"),
    ("nl", "valentines_day", 2027, "2027-02-14"),
    ("nl", "sinterklaas_intocht", 2026, "2026-11-14"), ("nl", "sinterklaas_intocht", 2027, "2027-11-13"),
    ("nl", "sinterklaas", 2026, "2026-12-05"), ("nl", "sinterklaas", 2027, "2027-12-05"),
    ("nl", "black_friday", 2026, "2026-11-27"), ("nl", "cyber_monday", 2027, "2027-11-29"),
    ("nl", "christmas", 2026, "2026-12-25"), ("nl", "christmas", 2027, "2027-12-25"),
    ("nl", "back_to_school_nl", 2026, "2026-08-24"), ("nl", "winter_sale_nl", 2026, "2026-12-27"),
    # pl (checked 2026-11): Dzień Matki always 26 May (wiadomosci.wp.pl, interia.pl); Dzień Dziecka 1 June, Dzień Ojca
    # 23 June, Dzień Chłopaka 30 September, Dzień Babci 21 January, school from 1 September, Wielkanoc 5 April 2026
    # (4funkids.pl "Święta i ważne daty w 2026 roku", kalbi.pl); Easter 2027 on 28 March (Western computus);
    # mikołajki 6 December (finanse.wp.pl); Black Friday the day after the fourth Thursday of November; Boże
    # Narodzenie from Wigilia, 24 December, when gifts are given (locales/pl/festivals.toml dates).
    ("pl", "dzien_matki", 2026, "2026-05-26"), ("pl", "dzien_matki", 2027, "2027-05-26"),
    ("pl", "wielkanoc", 2026, "2026-04-05"), ("pl", "wielkanoc", 2027, "2027-03-28"),
    ("pl", "dzien_dziecka", 2026, "2026-06-01"), ("pl", "dzien_dziecka", 2027, "2027-06-01"),
    ("pl", "dzien_ojca", 2027, "2027-06-23"), ("pl", "dzien_chlopaka", 2026, "2026-09-30"),
    ("pl", "dzien_chlopaka", 2027, "2027-09-30"), ("pl", "dzien_babci", 2027, "2027-01-21"),
    ("pl", "powrot_do_szkoly", 2026, "2026-09-01"), ("pl", "womens_day", 2027, "2027-03-08"),
    ("pl", "valentines_day", 2027, "2027-02-14"), ("pl", "singles_day", 2026, "2026-11-11"),
    ("pl", "black_friday", 2026, "2026-11-27"), ("pl", "black_friday", 2027, "2027-11-26"),
    ("pl", "cyber_monday", 2026, "2026-11-30"), ("pl", "nikolaus", 2026, "2026-12-06"),
    ("pl", "christmas", 2026, "2026-12-24"), ("pl", "christmas", 2027, "2027-12-24"),
    # ph: holidays 0.109 (Chinese New Year); DepEd Order No. 009, s. 2026 (school opens 8 June 2026) and RA 7797 as
    # amended by RA 11480 (first Monday of June: 7 June 2027); fixed dates (9.9, 10.10, Undas, Simbang Gabi, Christmas)
    ("ph", "lunar_new_year", 2026, "2026-02-17"), ("ph", "lunar_new_year", 2027, "2027-02-06"),
    ("ph", "mothers_day", 2026, "2026-05-10"), ("ph", "mothers_day", 2027, "2027-05-09"),
    ("ph", "back_to_school_ph", 2026, "2026-06-08"), ("ph", "back_to_school_ph", 2027, "2027-06-07"),
    ("ph", "double_9", 2026, "2026-09-09"), ("ph", "double_10", 2027, "2027-10-10"),
    ("ph", "undas", 2026, "2026-11-01"), ("ph", "simbang_gabi", 2026, "2026-12-16"), ("ph", "christmas", 2027, "2027-12-25"),
    # sg: MOM public holidays 2026 (announced 16 June 2025: CNY 17 Feb, Hari Raya Puasa 21 Mar, Hari Raya Haji 27 May,
    # Vesak 31 May, Deepavali 8 Nov); 2027 from holidays 0.109 (verify against MOM's 2027 list); Mid-Autumn: lunisolar
    ("sg", "lunar_new_year", 2026, "2026-02-17"), ("sg", "lunar_new_year", 2027, "2027-02-06"),
    ("sg", "eid_al_fitr", 2026, "2026-03-21"), ("sg", "eid_al_fitr", 2027, "2027-03-10"),
    ("sg", "eid_al_adha", 2026, "2026-05-27"), ("sg", "eid_al_adha", 2027, "2027-05-17"),
    ("sg", "vesak", 2026, "2026-05-31"), ("sg", "vesak", 2027, "2027-05-20"),
    ("sg", "national_day_sg", 2026, "2026-08-09"), ("sg", "mid_autumn", 2026, "2026-09-25"),
    ("sg", "mid_autumn", 2027, "2027-09-15"), ("sg", "diwali", 2026, "2026-11-08"), ("sg", "diwali", 2027, "2027-10-28"),
    ("sg", "mothers_day", 2027, "2027-05-09"),
    # tr: Diyanet İşleri Başkanlığı 2026 dini günler takvimi (Ramazan 19 Feb, Ramazan Bayramı 20 Mar, Kurban Bayramı
    # 27 May 2026; ntv.com.tr 2025-11-16, memurlar.net 2025-12-13); 2027 bayrams: the holidays package's Türkiye table;
    # Ramazan 2027: 8 Feb (Umm al-Qura; Diyanet 2027 to verify); Babalar Günü the third Sunday of June; Öğretmenler
    # Günü 24 Nov; Efsane Cuma = Black Friday (ntv.com.tr 2025-09-23); Yılbaşı 31 Dec; okula dönüş: MEB's second
    # Monday of September (2023-2025 calendars; 2026 and 2027 to verify)
    ("tr", "ramadan", 2026, "2026-02-19"), ("tr", "ramadan", 2027, "2027-02-08"),
    ("tr", "eid_al_fitr", 2026, "2026-03-20"), ("tr", "eid_al_fitr", 2027, "2027-03-09"),
    ("tr", "eid_al_adha", 2026, "2026-05-27"), ("tr", "eid_al_adha", 2027, "2027-05-16"),
    ("tr", "mothers_day", 2026, "2026-05-10"), ("tr", "mothers_day", 2027, "2027-05-09"),
    ("tr", "fathers_day", 2026, "2026-06-21"), ("tr", "fathers_day", 2027, "2027-06-20"),
    ("tr", "womens_day", 2026, "2026-03-08"), ("tr", "valentines_day", 2027, "2027-02-14"),
    ("tr", "back_to_school_tr", 2026, "2026-09-14"), ("tr", "back_to_school_tr", 2027, "2027-09-13"),
    ("tr", "singles_day", 2026, "2026-11-11"), ("tr", "teachers_day_tr", 2027, "2027-11-24"),
    ("tr", "black_friday", 2026, "2026-11-27"), ("tr", "black_friday", 2027, "2027-11-26"),
    ("tr", "new_years_eve", 2026, "2026-12-31"), ("tr", "new_years_eve", 2027, "2027-12-31"),
])
def test_event_dates_match_the_knowledge_table(market, event, year, expected):
    assert start_of(market, event, year) == expected


def test_hijri_dates_are_estimated_and_fixed_ones_are_not():
    occ = fest.occurrences("sa", D("2027-01-01"), D("2027-12-31"))
    by = {o.id: o for o in occ}
    assert by["ramadan"].estimated and not by["saudi_founding_day"].estimated


def test_every_market_has_a_calendar_with_greetings():
    for code in available_markets():
        occ = fest.occurrences(code, D("2027-01-01"), D("2027-12-31"))
        assert len({o.id for o in occ}) >= 4, code
        assert all(len(o.greetings) >= 3 for o in occ), code


@pytest.mark.parametrize("market,expected", [
    ("vn", "lunar_new_year"), ("kr", "lunar_new_year"), ("my", "lunar_new_year"), ("sa", None), ("us", None),
    ("nl", "winter_sale_nl"),
])
def test_auto_pick_on_2027_01_20(market, expected):
    occ = fest.pick(market, D("2027-01-20"))
    assert (occ.id if occ else None) == expected


def test_sa_ramadan_window_and_overrides(tmp_path):
    assert fest.pick("sa", D("2027-02-01")).id == "ramadan"
    f = tmp_path / "cal.toml"
    f.write_text('[[override]]\nevent = "eid_al_fitr"\nmarkets = ["sa"]\nstart = "2027-03-10"\n'
                 'source = "moon sighting"\n', encoding="utf-8")
    occ = [o for o in fest.occurrences("sa", D("2027-03-01"), D("2027-03-31"), str(f)) if o.id == "eid_al_fitr"][0]
    assert occ.start == D("2027-03-10") and not occ.estimated and "sighting" in occ.source


def test_clash_lunar_new_year_carnival_ramadan_2026():
    near = fest.occurrences("my", D("2026-02-14"), D("2026-02-20"))
    pairs = {(a.id, b.id) for a, b in fest.clashes(near)}
    assert ("lunar_new_year", "ramadan") in pairs


# ---- rules -------------------------------------------------------------------------------

def bundle(market, text, **kw):
    m = load_market(market)
    scenes = [Scene(1, "hook", 3.0, text, text, "x")]
    return BundleText(market=m, caption=text, hashtags=[], scenes=scenes, cover_name="", ad_text="",
                      day=kw.pop("day", D("2026-12-01")), **kw)


TERM_RULES = [r for r in all_rules() if r.kind == "terms"]


@pytest.mark.parametrize("rule", TERM_RULES, ids=lambda r: r.id)
def test_every_terms_rule_triggers_on_its_examples_and_not_on_close_texts(rule):
    ex = rule.params.get("examples", {})
    assert ex.get("trigger") and ex.get("pass"), f"{rule.id} needs examples"
    for market, text in ex["trigger"]:
        found, _ = run_rules(bundle(market, text), autofix=False)
        assert any(f.code == rule.id for f in found), (rule.id, market, text)
    for market, text in ex["pass"]:
        found, _ = run_rules(bundle(market, text), autofix=False)
        assert not any(f.code == rule.id for f in found), (rule.id, market, text)


def test_superlative_autofix_says_what_changed():
    found, bt = run_rules(bundle("us", "The best scarf for winter"), autofix=True)
    f = next(f for f in found if f.code == "claims.superlative" and f.where == "caption")
    assert f.fixed and "best'" in f.fixed and "A great" in f.fixed and f.severity == "info"
    assert "best" not in bt.caption.lower() and "great" in bt.caption


def test_green_claims_only_from_27_september_2026():
    before, _ = run_rules(bundle("de", "Nachhaltig produziert", day=D("2026-09-26")), autofix=False)
    after, _ = run_rules(bundle("de", "Nachhaltig produziert", day=D("2026-09-27")), autofix=False)
    assert not any(f.code == "claims.green_eu" for f in before)
    assert any(f.code == "claims.green_eu" and f.severity == "error" for f in after)


def test_a_products_own_colour_is_not_a_green_claim():
    text = "Erhältlich in Beige und Grün. Nachhaltig produziert."
    plain, _ = run_rules(bundle("de", "Erhältlich in Beige und Grün."), autofix=False)
    as_colour, _ = run_rules(bundle("de", "Erhältlich in Beige und Grün.", colors=("Beige", "Grün")), autofix=False)
    mixed, _ = run_rules(bundle("de", text, colors=("Beige", "Grün")), autofix=False)
    assert any(f.code == "claims.green_eu" for f in plain)          # without colour facts the word is ambiguous
    assert not any(f.code == "claims.green_eu" for f in as_colour)
    terms = {f.term for f in mixed if f.code == "claims.green_eu"}
    assert terms and all(t.lower() == "nachhaltig" for t in terms)   # real claims next to the colour still caught


def test_a_prohibited_product_is_caught_by_its_own_title_whatever_the_copy_says():
    """A gin whose German copy names it by its brand is still a gin: the rule reads the seller's title too."""
    code = "platform.prohibited_alcohol_tobacco"
    gin = bundle("de", "Mein Fund der Woche: Desert Rose.", product=(("product title", "Desert Rose Gin 50cl"),))
    glasses = bundle("de", "Vier Gläser im Set.", product=(("product title", "Gin glass set of 4"),))
    assert [f.where for f in run_rules(gin, autofix=False)[0] if f.code == code] == ["product title"]
    assert not [f for f in run_rules(glasses, autofix=False)[0] if f.code == code]
    # a rule without `product = true` does not judge the seller's title ("Best Mug Ever" is their claim)
    best = bundle("de", "Eine Tasse.", product=(("product title", "Best Mug Ever"),))
    assert not [f for f in run_rules(best, autofix=False)[0] if f.code == "claims.superlative"]


def test_disclosure_inserted_when_sponsored():
    found, bt = run_rules(bundle("de", "Neuer Schal", sponsored=True), autofix=True)
    assert bt.caption.startswith("Werbung") and any(f.code == "disclosure.label" and f.fixed for f in found)
    found, _ = run_rules(bundle("de", "Werbung Neuer Schal", sponsored=True), autofix=True)
    assert not any(f.code == "disclosure.label" for f in found)


def test_price_reduction_rules_by_market():
    kw = dict(price="29,00 €", old_price="35,00 €", discount="17 %")
    de, _ = run_rules(bundle("de", "Schal", **kw))
    us, _ = run_rules(bundle("us", "Scarf", price="$29", old_price="$35", discount="17%"))
    nodisc, _ = run_rules(bundle("de", "Schal", price="29,00 €"))
    assert any(f.code == "price.reduction_eu" for f in de)
    assert not any(f.code.startswith("price.reduction") for f in us + nodisc)


def test_taboo_number_in_jp_but_not_us():
    jp, _ = run_rules(bundle("jp", "全4色", price="￥6,840"))
    us, _ = run_rules(bundle("us", "4 colors", price="$6,840"))
    ok, _ = run_rules(bundle("jp", "全3色", price="￥4,610"))
    assert len([f for f in jp if f.code == "culture.taboo_number"]) >= 2
    assert not any(f.code == "culture.taboo_number" for f in us + ok)


def test_hashtags_trimmed_and_ad_text_cleaned():
    b = bundle("us", "Scarf #a #b #c #d #e #f #g")
    b.hashtags = ["#a", "#b", "#c", "#d", "#e", "#f", "#g"]
    b.ad_text = "Our new scarf 🧣 #winter @lumi " + "x" * 120
    found, bt = run_rules(b, autofix=True)
    assert bt.caption.count("#") == 5 and any(f.code == "platform.hashtags" and f.fixed for f in found)
    assert len(bt.ad_text) <= 100 and "#" not in bt.ad_text and "@" not in bt.ad_text and "🧣" not in bt.ad_text


def test_wrong_script_is_an_error():
    found, _ = run_rules(bundle("th", "Silk scarf for you today"))
    assert any(f.code == "language.script" and f.severity == "error" for f in found)


# ---- end to end ---------------------------------------------------------------------------

def test_render_on_2027_01_20_themes_lunar_new_year_markets(ctk, tmp_path):
    out = tmp_path / "o"
    r = ctk("render", EXAMPLES / "catalog.csv", "-m", "vn,kr,my,sa,us", "-o", out, "--no-video", "--quiet",
            "--date", "2027-01-20", "--limit", "2")
    assert r.returncode == 0, r.stderr
    for m in ("vn", "kr", "my"):
        rep = json.loads((out / m / "lumi-silk-scarf" / "report.json").read_text())
        assert rep["festival"]["id"] == "lunar_new_year"
        script = json.loads((out / m / "lumi-silk-scarf" / "script.json").read_text())
        occ = fest.pick(m, D("2027-01-20"))
        greetings = {g.screen.split("{")[0][:6] for g in occ.greetings}
        assert any(script["scenes"][0]["screen"].startswith(g) for g in greetings), script["scenes"][0]["screen"]
        assert (out / m / "lumi-silk-scarf" / "report.md").read_text().startswith("# ")
    for m in ("sa", "us"):
        rep = json.loads((out / m / "lumi-silk-scarf" / "report.json").read_text())
        assert rep["festival"] is None
    vn_caption = (out / "vn" / "lumi-silk-scarf" / "caption.txt").read_text()
    assert any(t in vn_caption for t in fest.pick("vn", D("2027-01-20")).hashtags)
    # the theme changes the cover
    out2 = tmp_path / "o2"
    ctk("render", EXAMPLES / "catalog.csv", "-m", "vn", "-o", out2, "--no-video", "--quiet",
        "--date", "2027-01-20", "--limit", "1", "--festival", "none")
    from PIL import Image, ImageChops
    a = Image.open(out / "vn" / "lumi-silk-scarf" / "cover.jpg").convert("RGB")
    b = Image.open(out2 / "vn" / "lumi-silk-scarf" / "cover.jpg").convert("RGB")
    diff = ImageChops.difference(a, b).convert("L").point(lambda v: 255 if v > 40 else 0)
    assert sum(diff.histogram()[255:]) > 20000


def test_error_findings_block_the_bundle_unless_allowed(ctk, tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("id,title,description,price\nok,Linen Tote,A roomy tote.,20\n"
                 "bad,Miracle Cream,This cream cures acne overnight.,30\n", encoding="utf-8")
    out = tmp_path / "o"
    r = ctk("render", f, "-m", "us", "-o", out, "--no-video", "--quiet")
    assert r.returncode == 1 and "blocked" in r.stderr and "claims.medical" in r.stderr
    assert (out / "us" / "ok" / "caption.txt").exists() and not (out / "us" / "bad").exists()
    man = json.loads((out / "manifest.json").read_text())
    assert {b["product"]: b["status"] for b in man["bundles"]} == {"ok": "rendered", "bad": "blocked"}
    r = ctk("render", f, "-m", "us", "-o", out, "--no-video", "--quiet", "--allow-findings")
    assert r.returncode == 0 and (out / "us" / "bad" / "report.md").exists()
    assert "claims.medical" in (out / "us" / "bad" / "report.md").read_text()
    r = ctk("lint", f, "-m", "us", "--json")
    assert r.returncode == 1 and any(x["code"] == "claims.medical" for x in json.loads(r.stdout))


def test_cli_festivals_and_rules(ctk):
    r = ctk("festivals", "--market", "sa", "--from", "2027-01-01", "--to", "2027-06-30", "--json")
    assert r.returncode == 0
    ids = [x["id"] for x in json.loads(r.stdout)]
    assert "ramadan" in ids and "eid_al_fitr" in ids and "black_friday" not in ids
    r = ctk("rules", "--market", "de", "--json")
    ids = {x["id"] for x in json.loads(r.stdout)}
    assert {"claims.green_eu", "price.reduction_eu", "disclosure.label"} <= ids and "culture.gulf_taboo" not in ids
    r = ctk("festivals", "--market", "zz")
    assert r.returncode == 2 and "unknown market" in r.stderr


def test_arabic_terms_match_whole_words_with_their_clitics():
    """'كبيرة' (big) is not 'بيرة' (beer); 'البيرة' and 'وبيرة' are."""
    from toolkit.rules import find_terms
    assert find_terms("السعة كبيرة ومناسبة", ["بيرة"], "ar") == []
    assert len(find_terms("مع البيرة", ["بيرة"], "ar")) == 1 and len(find_terms("وبيرة باردة", ["بيرة"], "ar")) == 1


def test_ad_text_cut_at_a_boundary_keeps_the_price():
    """Ad text over the limit drops whole clauses and keeps the one with the price; an emoji between phrases
    leaves a dash; Thai and Japanese are never cut inside a word."""
    from toolkit.markets import load_market
    from toolkit.adtext import clean_ad_text
    de = load_market("de")
    t = clean_ad_text("Neu entdeckt ✨ Gesichtsreiniger für sensible Haut, 200 ml, mit Aloe Vera und Salicylsäure, "
                      "jetzt nur 12,99\u00a0€ im Shop 🛒 #fyp", de, keep="12,99\u00a0€")
    assert len(t) <= 100 and "12,99\u00a0€" in t and t.startswith("Neu entdeckt – Gesichtsreiniger") and "#" not in t
    jp = load_market("jp")
    t = clean_ad_text("クリスマスのプレゼント選びに、マルベリーシルク100%のスカーフはいかがですか。セール中の今、￥5,980で"
                      "お求めいただけます。", jp, keep="￥5,980")
    assert "￥5,980" in t and len(t) <= 50
    # a frame that ends with a colon goes with what it frames: never "First thing you notice: a candle for $25"
    us = load_market("us")
    t = clean_ad_text("First thing you notice: the lavender scent that fills a whole room for hours and hours. "
                      "Grab it for $25 now, just tap the orange cart.", us, keep="$25")
    assert "$25" in t and "notice:" not in t, t
    t = clean_ad_text("Notice: scent. Grab it for $25 now, just tap the orange cart, and more words to overflow the "
                      "limit of one hundred.", us, keep="$25")
    assert t.startswith("Notice: scent.") and "$25" in t, t
    th = load_market("th")
    long = "หูฟังอินเอียร์ตัดเสียงรบกวนกันน้ำแบตใช้ได้ถึงสี่สิบชั่วโมงเชื่อมต่อบลูทูธได้ไวจิ้มตะกร้าได้เลยนะทุกคน"
    t = clean_ad_text(long, th)
    from toolkit.linebreak import break_words
    words = break_words(long, "th")
    assert t.endswith("…") and long.startswith(t[:-1]) and any("".join(words[:i]) == t[:-1] for i in range(len(words)))


def test_a_winter_product_in_a_summer_market_is_reported():
    """Brazil's December is summer: a merino beanie there is a season finding; in Germany it is not."""
    from decimal import Decimal
    from pathlib import Path
    from toolkit.markets import load_market
    from toolkit.model import Product, Variant
    from toolkit.money import load_fx
    from toolkit.pipeline import RenderOptions, compose
    from toolkit.translate import PhrasebookTranslator
    p = Product(id="beanie", title="Merino wool beanie", variants=[Variant(sku="b", price=Decimal("20"))])
    codes = {}
    for code in ("br", "de"):
        opts = RenderOptions(markets=[code], out=Path("/tmp/x"), campaign_date="2026-12-10", festival="none")
        c = compose(p, load_market(code), opts, translator=PhrasebookTranslator(), fx=load_fx())
        codes[code] = [f for f in c.findings if f.code == "fit.season.winter_off_season"]
    assert codes["br"] and "December" in codes["br"][0].message and "Brazil" in codes["br"][0].message
    assert not codes["de"]


def test_festival_greetings_follow_the_phase_of_the_event():
    """'Merry Christmas' belongs to the day: a greeting marked when = "during" is not used in the run-up."""
    import datetime as dt
    from dataclasses import replace
    from toolkit import festivals
    from toolkit.markets import Line, load_market
    m = load_market("de")
    occ = festivals.force(m, "christmas", dt.date(2026, 12, 1))
    occ = replace(occ, phase="before", greetings=(Line("Frohe Weihnachten", "Frohe Weihnachten!", (), "during"),
                                                  Line("Geschenkidee", "Noch ein Geschenk gesucht?", (), "before")))
    from toolkit.facts import build_facts
    from toolkit.model import Product, Variant
    from toolkit.money import load_fx
    from toolkit.script import TemplateGenerator
    from toolkit.translate import PhrasebookTranslator
    from decimal import Decimal
    p = Product(id="mug", title="Ceramic mug", variants=[Variant(sku="m", price=Decimal("10"))])
    facts = build_facts(p, m, PhrasebookTranslator(), load_fx())
    s, _ = TemplateGenerator().generate(facts, m, [], product_id="mug", festival=occ)
    assert s.scenes[0].screen == "Geschenkidee"
    s, _ = TemplateGenerator().generate(facts, m, [], product_id="mug", festival=replace(occ, phase="during"))
    assert s.scenes[0].screen == "Frohe Weihnachten"


@pytest.mark.parametrize("code,event,tag", [("fr", "soldes_hiver", "#soldes"), ("es", "rebajas_invierno", "#rebajas"),
                                            ("it", "saldi_invernali", "#saldi")])
def test_a_regulated_sales_hashtag_waits_for_the_sales_to_start(code, event, tag):
    import datetime as dt
    from decimal import Decimal
    from pathlib import Path
    from toolkit import festivals
    from toolkit.model import Product, Variant
    from toolkit.money import load_fx
    from toolkit.pipeline import RenderOptions, compose, market_festival
    from toolkit.translate import PhrasebookTranslator
    m = load_market(code)
    start = festivals.force(m, event, dt.date(2026, 12, 20)).start
    p = Product(id="scarf", title="Wool scarf", variants=[Variant(sku="s", price=Decimal("30"))])
    tags = {}
    for phase, day in (("before", start - dt.timedelta(days=3)), ("during", start + dt.timedelta(days=2))):
        opts = RenderOptions(markets=[code], out=Path("/tmp/x"), campaign_date=day.isoformat(), festival=event)
        occ, _ = market_festival(m, opts)
        assert occ.phase == phase
        c = compose(p, m, opts, translator=PhrasebookTranslator(), fx=load_fx(), festival=occ)
        tags[phase] = [t.lower() for t in c.caption.hashtags]
    assert not any(t.startswith(tag) for t in tags["before"]), tags
    assert any(t.startswith(tag) for t in tags["during"]), tags


def test_an_autofix_rewrites_the_whole_phrase_and_never_the_product_name():
    """"the perfect fit" becomes "a great fit" (not "the great fit"); "Perfect" inside the seller's product name
    ("S'MONE Perfect UV Sunscreen") is not rewritten: a warning says to check it with the seller."""
    from toolkit.markets import load_market
    from toolkit.rules import BundleText, run_rules
    name = "S’MONE Perfect UV Sherbet Sunscreen"
    bt = BundleText(market=load_market("us"), caption=f"This bag is the perfect fit. {name} is here.", hashtags=[],
                    scenes=[], cover_name=name, ad_text="")
    findings, fixed = run_rules(bt)
    assert "is a great fit" in fixed.caption and name in fixed.caption
    in_name = [f for f in findings if f.code == "claims.superlative" and "own name" in f.message]
    assert in_name and all(f.severity == "warning" and not f.fixed for f in in_name)
    # the seller's title with a tail ("… – SPF 50+ PA++++") still protects its head where the caption quotes it
    bt = BundleText(market=load_market("us"), caption=f"{name}. Light and fresh.", hashtags=[], scenes=[],
                    cover_name="SPF 50+ sunscreen", ad_text="", product=(("product title", name + " – SPF 50+ PA++++"),))
    assert name in run_rules(bt)[1].caption
