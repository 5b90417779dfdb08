"""`ctk results import`: TikTok Ads Manager ad-level reports and TikTok Shop video analytics, CSV and XLSX, English and
Chinese headers, joined on the creative id or the ad name; unjoined rows listed; a file imported twice counts once."""

import csv
import json

import pytest

from toolkit.results.ids import ad_name, creative_id
from toolkit.results.records import Creative

EN_ADS = ["By Day", "Campaign name", "Ad group name", "Ad name", "Ad ID", "Cost (USD)", "Impressions",
          "Clicks (destination)", "CTR (destination)", "Video views", "2-second video views", "6-second video views",
          "Average play time per video view", "Video views at 100%", "Conversions", "Complete payment",
          "Total complete payment value"]
ZH_ADS = ["按天", "推广系列名称", "广告组名称", "广告名称", "广告 ID", "消耗(USD)", "展示量", "点击量（目标页面）",
          "点击率（目标页面）", "视频播放量", "视频播放 2 秒次数", "视频播放 6 秒次数", "平均视频播放时长", "播放完成次数",
          "转化量", "付费量 (TikTok)", "付费价值 (TikTok)"]
EN_SHOP = ["Video title", "Video ID", "Post time", "Video views", "Product impressions", "Product clicks", "Add to cart",
           "SKU orders", "GMV"]
ZH_SHOP = ["视频标题", "视频ID", "发布时间", "视频播放量", "商品曝光次数", "商品点击次数", "加购次数", "成交订单数", "成交金额"]


def _cid(pid, market, line):
    return creative_id(pid, market, [{"screen": line, "voice": line}])


@pytest.fixture
def store(tmp_path):
    from toolkit.results.store import ResultsStore
    s = ResultsStore(tmp_path / "results.sqlite")
    made = {}
    for pid in ("lumi-silk-scarf", "kiln-ceramic-mug"):
        for m in ("th", "us"):
            cid = _cid(pid, m, f"{pid} {m}")
            made[(pid, m)] = cid
            s.register([Creative(cid, m, pid, 0, {"hook_type": "fact"})], ad_names={cid: ad_name(pid, m, cid)})
    s.made = made
    yield s
    s.close()


def _csv(path, header, rows, encoding="utf-8-sig", delimiter=","):
    with open(path, "w", newline="", encoding=encoding) as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(header)
        w.writerows(rows)
    return path


def _xlsx(path, header, rows, title=None):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    if title:                                 # an export's title line above the header
        ws.append([title])
        ws.append([])
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_english_ads_csv_joins_on_the_id_in_the_ad_name_and_reads_the_numbers(store, tmp_path):
    from toolkit.results.importers import import_report
    m = store.made
    rows = [["2026-01-05", "Jan", "g1", ad_name("lumi-silk-scarf", "th", m[("lumi-silk-scarf", "th")]), "1790001",
             "$1,234.50", "12,345", "234", "1.90%", "5,000", "3,000", "1,200", "3.5", "400", "30", "12", "$456.00"],
            ["2026-01-06", "Jan", "g1", f"my renamed ad {m[('lumi-silk-scarf', 'th')]}", "1790001",
             "10", "1,000", "-", "2.5%", "800", "500", "200", "00:00:04", "-", "3", "2", "50"],
            ["2026-01-05", "Jan", "g2", "Summer campaign v2", "1790099", "5", "100", "1", "1%", "10", "5", "2", "1",
             "0", "0", "0", "0"],
            ["Total of 3 results", "", "", "", "", "1,249.50", "13,445", "235", "", "", "", "", "", "", "", "", ""]]
    res = import_report(store, _csv(tmp_path / "ads.csv", EN_ADS, rows))
    assert res.kind == "ads" and res.rows == 3 and res.import_id is not None
    assert [c for _, c in res.joined] == [m[("lumi-silk-scarf", "th")]] * 2
    # "campaign" has the shape of an id; only ids the store knows join, so the row is listed, not stored
    assert [(u.row, u.name) for u in res.unjoined] == [(4, "Summer campaign v2")]
    (obs,) = store.observations(["th"])
    o = obs.outcome
    assert (o.impressions, o.views, o.views_2s, o.views_6s) == (13345, 5800, 3500, 1400)
    assert o.clicks == 234 + 25                       # a "-" click count filled from CTR: 2.5% of 1,000
    assert o.orders == 12 + 2                         # "Complete payment" wins over "Conversions"
    assert o.gmv == pytest.approx(506.0) and o.cost == pytest.approx(1244.5)
    assert o.watch_time_s == pytest.approx(3.5 * 5000 + 4 * 800)
    assert (o.first_day, o.last_day) == ("2026-01-05", "2026-01-06")
    assert obs.outcome.trials("ctr") == (259, 13345)


def test_chinese_ads_xlsx_with_a_title_row(store, tmp_path):
    from toolkit.results.importers import import_report
    m = store.made
    cid = m[("kiln-ceramic-mug", "us")]
    rows = [["2026-02-01", "春节", "组1", ad_name("kiln-ceramic-mug", "us", cid), 1790002, 88.5, 20000, 300, 0.015,
             9000, 6000, 2500, 4.2, 900, 25, 20, 880],
            ["2026-02-02", "春节", "组1", ad_name("kiln-ceramic-mug", "us", cid), 1790002, "¥1.234,50", "1.2万", "1,000",
             "5%", "8.000", "-", "--", "3秒", "-", "1", "1", "10"]]
    path = _xlsx(tmp_path / "广告报表.xlsx", ZH_ADS, rows, title="广告报表 2026-02-01 ~ 2026-02-02")
    res = import_report(store, path)
    assert res.kind == "ads" and len(res.joined) == 2 and not res.unjoined and not res.problems
    assert res.columns["clicks"] == "点击量（目标页面）" and res.columns["orders"] == "付费量 (TikTok)"
    (obs,) = store.observations(["us"])
    o = obs.outcome
    assert o.impressions == 20000 + 12000 and o.clicks == 1300 and o.views == 17000 and o.views_6s == 2500
    assert o.cost == pytest.approx(88.5 + 1234.5) and o.orders == 21 and o.gmv == pytest.approx(890)
    assert o.watch_time_s == pytest.approx(4.2 * 9000 + 3 * 8000)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_shop_video_analytics_join_on_the_id_tag_in_the_title(store, tmp_path, lang):
    from toolkit.results.importers import import_report
    m = store.made
    a, b = m[("lumi-silk-scarf", "us")], m[("kiln-ceramic-mug", "th")]
    rows = [[f"Silk scarf, soft as it gets 🎁 #TikTokShop #{a.upper()}", "7301", "2026-01-03 10:00", "10,000", "4,000",
             "320", "45", "12", "$468.00"],
            [f"แก้วเซรามิก {b}", "7302", "2026-01-04", "2,000", "900", "30", "4", "1", "฿550"],
            ["A video ctk never made", "7303", "2026-01-04", "50", "10", "1", "0", "0", "0"]]
    header = EN_SHOP if lang == "en" else ZH_SHOP
    path = _csv(tmp_path / "videos.csv", header, rows) if lang == "en" else _xlsx(tmp_path / "视频.xlsx", header, rows)
    res = import_report(store, path)
    assert res.kind == "shop" and sorted(c for _, c in res.joined) == sorted([a, b])
    assert [u.name for u in res.unjoined] == ["A video ctk never made"]
    outs = {o.creative.creative_id: o.outcome for o in store.observations()}
    assert (outs[a].views, outs[a].impressions, outs[a].clicks, outs[a].add_to_cart, outs[a].orders) == \
        (10000, 4000, 320, 45, 12)
    assert outs[a].gmv == pytest.approx(468.0) and outs[b].gmv == pytest.approx(550.0)
    assert outs[a].first_day is None            # "Post time" is when it was posted, not a results day


def test_a_file_imported_twice_counts_once_and_says_so(store, tmp_path, ctk):
    from toolkit.results.importers import import_report
    cid = store.made[("lumi-silk-scarf", "th")]
    path = _csv(tmp_path / "ads.csv", EN_ADS, [["2026-01-05", "c", "g", ad_name("lumi-silk-scarf", "th", cid), "1",
                                                "1", "1000", "10", "", "100", "80", "40", "2", "", "", "1", "9"]])
    first = import_report(store, path)
    second = import_report(store, path)
    assert first.import_id and second.duplicate and second.duplicate["import_id"] == first.import_id
    assert second.import_id is None
    (obs,) = store.observations(["th"])
    assert obs.outcome.impressions == 1000 and len(store.imports()) == 1
    copy = tmp_path / "copy of ads.csv"          # the same bytes under another name: still the same file
    copy.write_bytes(path.read_bytes())
    assert import_report(store, copy).duplicate
    # the command line says it too
    r = ctk("results", "import", path, "--db", store.path)
    assert r.returncode == 0 and "already imported" in r.stdout and "counted once" in r.stdout


def test_overlapping_reports_the_newest_wins_per_day_and_a_renamed_ad_joins_on_its_ad_id(store, tmp_path):
    from toolkit.results.importers import import_report
    cid = store.made[("kiln-ceramic-mug", "th")]
    name = ad_name("kiln-ceramic-mug", "th", cid)

    def row(day, ad, impressions, ad_id="1790777"):
        return [day, "c", "g", ad, ad_id, "1", str(impressions), "10", "", "100", "80", "40", "2", "", "", "1", "9"]
    import_report(store, _csv(tmp_path / "week1.csv", EN_ADS, [row("2026-01-01", name, 1000),
                                                               row("2026-01-02", name, 2000)]))
    # days 2-3, exported later; the seller renamed the ad (no id left in it): its Ad ID joins it
    res = import_report(store, _csv(tmp_path / "week2.csv", EN_ADS, [row("2026-01-02", "Mug promo final", 2500),
                                                                     row("2026-01-03", "Mug promo final", 700)]))
    assert [c for _, c in res.joined] == [cid, cid] and not res.unjoined
    (obs,) = store.observations(["th"])
    assert obs.outcome.impressions == 1000 + 2500 + 700       # day 2 counted once, from the newer report
    # a report without days (lifetime totals) does not add to the dated rows of the same kind
    import_report(store, _csv(tmp_path / "lifetime.csv", EN_ADS[1:], [row("", name, 99999)[1:]]))
    (obs,) = store.observations(["th"])
    assert obs.outcome.impressions == 4200


def test_an_unknown_name_and_a_bad_number_are_listed_not_stored(store, tmp_path, ctk):
    cid = store.made[("lumi-silk-scarf", "us")]
    path = _csv(tmp_path / "ads.csv", EN_ADS, [
        ["2026-01-05", "c", "g", ad_name("lumi-silk-scarf", "us", cid), "1", "1", "lots", "10", "", "1", "1", "1", "1",
         "", "", "", ""],
        ["2026-01-05", "c", "g", "Someone else's ad", "2", "1", "100", "1", "", "1", "1", "1", "1", "", "", "", ""]])
    r = ctk("results", "import", path, "--db", store.path)
    assert r.returncode == 0, r.stderr
    assert "row 2" in r.stdout and "row 3: 'Someone else's ad'" in r.stdout
    assert "column 'Impressions': 'lots' is not a number" in r.stdout
    assert "nothing stored" in r.stdout
    r = ctk("results", "import", path, "--db", store.path, "--json")
    doc = json.loads(r.stdout)
    assert doc["joined"] == 0 and [u["row"] for u in doc["unjoined"]] == [2, 3]
    assert store.observations() == []


def test_a_file_that_is_not_a_report_is_one_clear_error(ctk, tmp_path):
    from conftest import EXAMPLES
    r = ctk("results", "import", EXAMPLES / "catalog.csv", "--db", tmp_path / "r.sqlite")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    err = r.stderr.strip()
    assert len(err.splitlines()) == 1 and str(EXAMPLES / "catalog.csv") in err
    assert "not a TikTok Ads Manager or TikTok Shop report" in err and "Ad name" in err and "展示量" in err
    r = ctk("results", "import", tmp_path / "missing.csv", "--db", tmp_path / "r.sqlite")
    assert r.returncode == 2 and "file not found" in r.stderr


@pytest.mark.parametrize("text,kind,value", [
    ("1,234", "count", 1234), ("1.234", "count", 1234), ("1 234", "count", 1234), ("12.5K", "count", 12500),
    ("1.2万", "count", 12000), ("-", "count", None), ("--", "money", None), ("", "rate", None),
    ("$1,234.56", "money", 1234.56), ("€1.234,56", "money", 1234.56), ("1234,5 THB", "money", 1234.5),
    ("Rp 12.500", "money", 12.5), ("12.5%", "rate", 0.125), ("0.125", "rate", 0.125), ("3.4", "rate", 0.034),
    ("00:00:03", "seconds", 3.0), ("1:05", "seconds", 65.0), ("3.4s", "seconds", 3.4), ("4秒", "seconds", 4.0),
    ("2026-01-05", "date", "2026-01-05"), ("2026/1/5", "date", "2026-01-05"), ("2026年1月5日", "date", "2026-01-05"),
    ("2026-01-05 00:00:00", "date", "2026-01-05"), ("2026-01-01 ~ 2026-01-07", "date", ""),
])
def test_cells_as_sellers_exports_write_them(text, kind, value):
    from toolkit.results.importers import parse_cell
    got = parse_cell(text, kind)
    assert got == (pytest.approx(value) if isinstance(value, float) else value)


def test_bad_cells_raise():
    from toolkit.results.importers import CellError, parse_cell
    for text, kind in (("abc", "count"), ("12/34/5678", "date"), ("soon", "seconds")):
        with pytest.raises(CellError):
            parse_cell(text, kind)


def test_the_header_table_is_data_and_every_alias_maps_once():
    """Headers come from locales/_shared/results_columns.toml; an alias never names two fields."""
    from toolkit.results.importers import _norm, columns_table, map_header
    t = columns_table()
    seen = {}
    for name, spec in t["fields"].items():
        assert spec["type"] in ("text", "date", "count", "money", "rate", "seconds")
        for alias in spec["names"]:
            assert seen.setdefault(_norm(alias), name) == name, alias
    kind, cols = map_header(ZH_ADS)
    assert kind == "ads" and {"name", "platform_id", "day", "impressions", "clicks", "ctr", "views", "views_2s",
                              "views_6s", "avg_watch", "orders", "gmv", "cost"} <= set(cols)
    assert map_header(EN_SHOP)[0] == "shop" and map_header(ZH_SHOP)[0] == "shop"


def test_chinese_command_output(store, tmp_path, ctk):
    cid = store.made[("lumi-silk-scarf", "th")]
    path = _csv(tmp_path / "ads.csv", EN_ADS, [
        ["2026-01-05", "c", "g", ad_name("lumi-silk-scarf", "th", cid), "1", "1", "100", "1", "", "1", "1", "1", "1",
         "", "", "", ""],
        ["2026-01-05", "c", "g", "别人的广告", "2", "1", "100", "1", "", "1", "1", "1", "1", "", "", "", ""]])
    r = ctk("--lang", "zh-CN", "results", "import", path, "--db", store.path)
    assert r.returncode == 0, r.stderr
    assert "未匹配" in r.stdout and "别人的广告" in r.stdout and "第 3 行" in r.stdout


@pytest.mark.parametrize("container", ["csv-utf8-bom", "csv-gb18030", "csv-utf16-tab", "csv-semicolon", "xlsx"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_ads_reports_in_every_container_and_language(store, tmp_path, container, lang):
    """Excel saves a Chinese CSV in GB18030, TikTok's own exports may be UTF-16 with tabs; all read the same."""
    from toolkit.results.importers import import_report
    cid = store.made[("kiln-ceramic-mug", "th")]
    header = EN_ADS if lang == "en" else ZH_ADS
    rows = [["2026-03-01", "camp", "grp", ad_name("kiln-ceramic-mug", "th", cid), "1790003", "12.50", "2,400", "48",
             "2.00%", "2,000", "1,500", "700", "5.1", "300", "4", "3", "90.00"],
            ["2026-03-01", "camp", "grp", "旧广告 old ad", "1790004", "1", "10", "0", "0%", "5", "1", "1", "1", "0", "0",
             "0", "0"]]
    if container == "xlsx":
        path = _xlsx(tmp_path / "r.xlsx", header, rows)
    elif container == "csv-semicolon":                 # a European Excel: semicolons, decimal commas
        rows[0][5], rows[0][8] = "12,50", "2,00%"
        rows[0][6], rows[0][9], rows[0][10] = "2.400", "2.000", "1.500"
        path = _csv(tmp_path / "r.csv", header, rows, delimiter=";")
    else:
        enc = {"csv-utf8-bom": "utf-8-sig", "csv-gb18030": "gb18030", "csv-utf16-tab": "utf-16"}[container]
        path = _csv(tmp_path / "r.csv", header, rows, encoding=enc, delimiter="\t" if "tab" in container else ",")
    res = import_report(store, path)
    assert res.kind == "ads" and [c for _, c in res.joined] == [cid], (res.unjoined, res.problems)
    assert [u.name for u in res.unjoined] == ["旧广告 old ad"]
    (obs,) = store.observations(["th"])
    o = obs.outcome
    assert (o.impressions, o.clicks, o.views, o.views_2s, o.views_6s, o.orders) == (2400, 48, 2000, 1500, 700, 3)
    assert o.cost == pytest.approx(12.5) and o.gmv == pytest.approx(90.0) and o.first_day == "2026-03-01"


def test_two_ads_running_one_video_on_the_same_day_add_up(store, tmp_path):
    from toolkit.results.importers import import_report
    cid = store.made[("lumi-silk-scarf", "us")]
    name = ad_name("lumi-silk-scarf", "us", cid)
    res = import_report(store, _csv(tmp_path / "ads.csv", EN_ADS, [
        ["2026-01-05", "c", "broad", name, "1", "1", "1000", "10", "", "100", "80", "40", "2", "", "", "1", "9"],
        ["2026-01-05", "c", "lookalike", name + " copy", "2", "2", "3000", "50", "", "200", "90", "60", "2", "", "",
         "2", "18"]]))
    assert len(res.joined) == 2 and res.creatives == 1
    (obs,) = store.observations(["us"])
    assert (obs.outcome.impressions, obs.outcome.clicks, obs.outcome.orders) == (4000, 60, 3)
    assert obs.outcome.cost == pytest.approx(3.0) and obs.outcome.watch_time_s == pytest.approx(2 * 100 + 2 * 200)


def test_a_report_without_a_metric_column_keeps_the_older_values(store, tmp_path, ctk):
    """A newer report of the same creative and day without the Impressions column updates what it has (clicks) and
    leaves the impressions as the older report said; a missing column is unknown, never 0, and the summary says so."""
    from toolkit.results.importers import import_report
    cid = store.made[("lumi-silk-scarf", "th")]
    name = ad_name("lumi-silk-scarf", "th", cid)
    full = _csv(tmp_path / "full.csv", EN_ADS, [
        ["2026-01-05", "c", "g", name, "1", "10", "10,000", "100", "", "5,000", "3,000", "1,000", "2", "", "", "4",
         "90"],
        ["2026-01-06", "c", "g", name, "1", "10", "8,000", "80", "", "4,000", "2,000", "800", "2", "", "", "2", "45"]])
    import_report(store, full)
    no_impr = [h for h in EN_ADS if h != "Impressions"]
    later = _csv(tmp_path / "noimpr.csv", no_impr, [
        ["2026-01-05", "c", "g", name, "1", "12", "120", "", "5,100", "3,100", "1,100", "2", "", "", "5", "99"]])
    res = import_report(store, later)
    assert res.import_id is not None and "impressions" in res.missing and "clicks" not in res.missing
    (obs,) = store.observations(["th"])
    o = obs.outcome
    assert o.impressions == 10000 + 8000                      # day 5's impressions unchanged, not replaced by 0
    assert o.clicks == 120 + 80 and o.views == 5100 + 4000 and o.orders == 5 + 2
    assert o.trials("ctr") == (200, 18000)
    stored = store.con.execute("SELECT impressions, clicks FROM results WHERE import_id = ?",
                               (res.import_id,)).fetchall()
    assert stored == [(None, 120)]                             # unknown, not 0
    # a day only such a report covers: its clicks count, its impressions are unknown, so CTR leaves the day out
    import_report(store, _csv(tmp_path / "day7.csv", no_impr, [
        ["2026-01-07", "c", "g", name, "1", "12", "300", "", "5,100", "3,100", "1,100", "2", "", "", "5", "99"]]))
    (obs,) = store.observations(["th"])
    assert obs.outcome.impressions == 18000 and obs.outcome.clicks == 500
    assert obs.outcome.trials("ctr") == (200, 18000) and obs.outcome.last_day == "2026-01-07"
    # the command line names the columns the file lacked, in JSON too
    again = _csv(tmp_path / "noimpr2.csv", no_impr, [
        ["2026-01-08", "c", "g", name, "1", "1", "1", "", "5", "3", "1", "2", "", "", "0", "0"]])
    r = ctk("results", "import", again, "--db", store.path)
    assert r.returncode == 0, r.stderr
    assert "no column for impressions, add to cart: left unknown (not 0)" in r.stdout
    r = ctk("--lang", "zh-CN", "results", "import", again, "--db", store.path, "--json")
    assert json.loads(r.stdout)["missing_columns"] == ["impressions", "add_to_cart"]


def test_an_old_store_with_zero_filled_counts_is_migrated(tmp_path):
    """A store written before unknown counts were NULL keeps its rows and takes NULLs from then on."""
    import sqlite3

    from toolkit.results.store import ResultsStore
    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    con.executescript("""
    CREATE TABLE results (import_id INTEGER NOT NULL, creative_id TEXT NOT NULL, kind TEXT NOT NULL, day TEXT NOT NULL,
      impressions INTEGER NOT NULL DEFAULT 0, views INTEGER NOT NULL DEFAULT 0, views_2s INTEGER NOT NULL DEFAULT 0,
      views_6s INTEGER NOT NULL DEFAULT 0, watch_time_s REAL NOT NULL DEFAULT 0, clicks INTEGER NOT NULL DEFAULT 0,
      add_to_cart INTEGER NOT NULL DEFAULT 0, orders INTEGER NOT NULL DEFAULT 0, gmv REAL NOT NULL DEFAULT 0,
      cost REAL NOT NULL DEFAULT 0, rows INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (import_id, creative_id, day));
    CREATE INDEX results_creative ON results (creative_id);
    INSERT INTO results (import_id, creative_id, kind, day, impressions, clicks) VALUES (1, 'cabc', 'ads', '', 50, 5);
    """)
    con.commit()
    con.close()
    with ResultsStore(path) as s:
        assert not any(r[3] for r in s.con.execute("PRAGMA table_info(results)") if r[1] == "impressions")
        assert s.con.execute("SELECT impressions, clicks FROM results").fetchall() == [(50, 5)]
        s.add_import("x", "f.csv", "ads", [("cabc", "2026-01-01", {"clicks": 3})], total=1, unjoined=0)
        assert s.con.execute("SELECT impressions, clicks FROM results WHERE day != ''").fetchall() == [(None, 3)]
    with ResultsStore(path) as s:                                # opened again: nothing left to migrate
        assert s.con.execute("SELECT count(*) FROM results").fetchone() == (2,)


def test_several_files_each_imported_on_its_own(store, tmp_path, ctk):
    """`ctk results import A B C`: a bad file is its one-line error, the good ones before and after it are imported
    and summed up; exit code 2 when any failed, 0 when none did."""
    cid = store.made[("kiln-ceramic-mug", "us")]
    name = ad_name("kiln-ceramic-mug", "us", cid)

    def report(fname, day):
        return _csv(tmp_path / fname, EN_ADS, [[day, "c", "g", name, "1", "1", "1000", "10", "", "100", "80", "40",
                                                "2", "", "", "1", "9"]])
    a, c = report("a.csv", "2026-01-01"), report("c.csv", "2026-01-02")
    bad = tmp_path / "notes.txt"
    bad.write_text("hello world\nthis is not a report\n", encoding="utf-8")
    r = ctk("results", "import", a, bad, tmp_path / "missing.csv", c, "--db", store.path)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert f"{a}: TikTok Ads Manager report, 1 rows" in r.stdout and f"{c}: TikTok Ads Manager report" in r.stdout
    assert r.stdout.count("stored as import") == 2
    errors = r.stderr.strip().splitlines()
    assert len(errors) == 2 and errors[0].startswith(f"error: {bad}: not a TikTok Ads Manager or TikTok Shop report")
    assert errors[1].startswith(f"error: {tmp_path / 'missing.csv'}: file not found")
    (obs,) = store.observations(["us"])
    assert obs.outcome.impressions == 2000 and len(store.imports()) == 2
    r = ctk("results", "import", bad, a, "--db", store.path, "--json")
    assert r.returncode == 2
    docs = [json.loads(line) for line in r.stdout.splitlines()]
    assert "not a TikTok" in docs[0]["error"] and docs[1]["duplicate"] is True
    r = ctk("results", "import", a, c, "--db", store.path)
    assert r.returncode == 0 and r.stdout.count("already imported") == 2 and not r.stderr
