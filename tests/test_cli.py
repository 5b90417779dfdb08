"""The CLI as a user runs it: exit codes, one-line errors, no tracebacks, safe paths, resume."""

import json

import pytest

from conftest import EXAMPLES


def test_version_help_markets_doctor(ctk):
    r = ctk("--version")
    assert r.returncode == 0 and r.stdout.startswith("ctk ")
    r = ctk("--help")
    assert r.returncode == 0 and "render" in r.stdout and "check" in r.stdout
    r = ctk("markets", "--json")
    rows = json.loads(r.stdout)
    assert {x["code"] for x in rows} >= {"us", "sa", "th", "jp"}
    assert next(x for x in rows if x["code"] == "sa")["direction"] == "rtl"
    r = ctk("doctor")
    assert "ffmpeg" in r.stdout and "fonts" in r.stdout and r.returncode == 0


def test_check_json_shape(ctk):
    r = ctk("check", EXAMPLES / "catalog.csv", "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert set(doc) >= {"products", "problems"} and doc["problems"] == []
    p = doc["products"][0]
    assert {"id", "title", "variants", "images"} <= set(p)
    assert p["variants"][0]["price"] == "39.00"


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00binary", "binary"),
    (b"foo;bar\n1;2\n", "unknown catalog format"),
    (b"id,title\na,Thing\n", "missing required column 'price'"),
    (b"id,title,price\na,Thing,abc\n", "not a number"),
])
@pytest.mark.parametrize("command", ["check", "render"])
def test_bad_input_is_one_line_exit_2(ctk, tmp_path, content, needle, command):
    f = tmp_path / "bad.csv"
    f.write_bytes(content)
    args = [command, f] + (["--out", tmp_path / "o", "--no-video"] if command == "render" else [])
    r = ctk(*args)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr + r.stdout
    err = r.stderr.strip().splitlines()
    assert needle in r.stderr and str(f) in r.stderr and len(err) == 1, r.stderr


def test_missing_file_and_unknown_market(ctk, tmp_path):
    r = ctk("render", tmp_path / "nope.csv", "--out", tmp_path / "o")
    assert r.returncode == 2 and "file not found" in r.stderr and "Traceback" not in r.stderr
    r = ctk("render", EXAMPLES / "catalog.csv", "--markets", "us,zz", "--out", tmp_path / "o")
    assert r.returncode == 2 and "unknown market 'zz'" in r.stderr


def test_one_bad_row_is_skipped_the_rest_render_exit_1(ctk, catalog_copy, tmp_path):
    cat = catalog_copy / "catalog.csv"
    lines = cat.read_text(encoding="utf-8").splitlines()
    # row 4 (spreadsheet numbering) gets a bad price; it belongs to northfield-organic-tee
    lines[4] = lines[4].replace(",24.00,", ",twenty,")
    cat.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "o"
    r = ctk("render", cat, "--markets", "us,th", "--out", out, "--no-video", "--quiet")
    assert r.returncode == 1, r.stderr
    assert "row 5" in r.stderr and "price" in r.stderr and "Traceback" not in r.stderr
    man = json.loads((out / "manifest.json").read_text())
    ids = {b["product"] for b in man["bundles"]}
    assert "northfield-organic-tee" not in ids and len(ids) == 11
    assert man["problems"][0]["row"] == 5
    assert (out / "th" / "lumi-silk-scarf" / "cover.jpg").exists()


def test_broken_and_missing_images_get_placeholders(ctk, catalog_copy, tmp_path):
    (catalog_copy / "images" / "kiln-mug-ivory.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    (catalog_copy / "images" / "glowlab-serum.jpg").unlink()
    out = tmp_path / "o"
    r = ctk("render", catalog_copy / "catalog.csv", "--markets", "us", "--out", out, "--no-video", "--quiet",
            "--products", "kiln-ceramic-mug,glowlab-vitamin-c-serum")
    assert r.returncode == 0, r.stderr
    for pid in ("kiln-ceramic-mug", "glowlab-vitamin-c-serum"):
        rep = json.loads((out / "us" / pid / "report.json").read_text())
        assert any(f["code"] == "image.unusable" for f in rep["findings"])
        assert (out / "us" / pid / "cover.jpg").stat().st_size > 10000


def test_hostile_ids_never_escape_the_output_folder(ctk, tmp_path):
    f = tmp_path / "evil.csv"
    f.write_text("id,title,price\n../../../../tmp/pwned,Evil,1\n/etc/passwd,Abs,2\n..,Dots,3\nCON,Con,4\n",
                 encoding="utf-8")
    out = tmp_path / "o"
    r = ctk("render", f, "--markets", "us", "--out", out, "--no-video", "--quiet")
    assert r.returncode == 0, r.stderr
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p.name == "caption.txt"]
    assert len(written) == 4
    assert all(out.resolve() in p.resolve().parents for p in written)
    assert not (tmp_path / "tmp").exists()


def test_rerun_skips_finished_bundles_and_force_redoes(ctk, tmp_path):
    out = tmp_path / "o"
    args = ["render", EXAMPLES / "catalog.csv", "--markets", "us,de", "--out", out, "--no-video", "--quiet",
            "--limit", "3"]
    assert ctk(*args).returncode == 0
    before = (out / "de" / "lumi-silk-scarf" / "caption.txt").stat().st_mtime_ns
    r = ctk(*args)
    assert "6 unchanged" in r.stdout
    assert (out / "de" / "lumi-silk-scarf" / "caption.txt").stat().st_mtime_ns == before
    (out / "de" / "lumi-silk-scarf" / "caption.txt").unlink()      # an incomplete bundle is redone
    r = ctk(*args)
    assert "1 rendered, 5 unchanged" in r.stdout
    r = ctk(*args, "--force")
    assert "6 rendered" in r.stdout


def test_sponsored_all_markets_text_only(ctk, tmp_path):
    out = tmp_path / "o"
    r = ctk("render", EXAMPLES / "catalog.csv", "--markets", "all", "--out", out, "--no-video", "--quiet",
            "--sponsored", "--limit", "2")
    assert r.returncode == 0, r.stderr
    man = json.loads((out / "manifest.json").read_text())
    assert man["counts"]["rendered"] == 2 * len({b["market"] for b in man["bundles"]}) >= 28
    kr = (out / "kr" / "lumi-silk-scarf" / "caption.txt").read_text()
    assert kr.startswith("광고")
    de = (out / "de" / "lumi-silk-scarf" / "caption.txt").read_text()
    assert de.startswith("Werbung")


def test_manifest_keeps_earlier_runs_into_the_same_folder(ctk, tmp_path):
    out = tmp_path / "o"
    base = ["render", EXAMPLES / "catalog.csv", "--out", out, "--no-video", "--quiet", "--limit", "2"]
    assert ctk(*base, "--markets", "us").returncode == 0
    assert ctk(*base, "--markets", "jp").returncode == 0
    man = json.loads((out / "manifest.json").read_text())
    assert {b["market"] for b in man["bundles"]} == {"us", "jp"} and len(man["bundles"]) == 4
    assert man["this_run"] == ["jp/lumi-silk-scarf", "jp/northfield-organic-tee"]


def test_parallel_jobs_give_the_same_bundles_as_one_job(ctk, tmp_path):
    import hashlib

    def digest(root):
        h = {}
        for f in sorted(root.rglob("*")):
            if f.name in ("caption.txt", "subtitles.srt", "script.json", "ad_text.txt"):
                h[str(f.relative_to(root))] = hashlib.sha256(f.read_bytes()).hexdigest()
        return h
    a, b = tmp_path / "a", tmp_path / "b"
    base = ["render", EXAMPLES / "catalog.csv", "-m", "us,jp,sa", "--no-video", "--quiet", "--limit", "4"]
    assert ctk(*base, "-o", a, "--jobs", "1").returncode == 0
    r = ctk(*base, "-o", b, "--jobs", "2")
    assert r.returncode == 0, r.stderr
    da, db = digest(a), digest(b)
    assert da and da == db
    man = json.loads((b / "manifest.json").read_text())
    assert [x["product"] for x in man["bundles"][:4]] == [x["product"] for x in
                                                          json.loads((a / "manifest.json").read_text())["bundles"][:4]]


def test_changed_market_data_rerenders_only_that_market(ctk, tmp_path):
    import shutil
    from conftest import ROOT
    loc = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", loc)
    env = {"CTK_LOCALES": str(loc)}
    args = ["render", EXAMPLES / "catalog.csv", "-m", "us,de", "-o", tmp_path / "o", "--no-video", "--quiet", "--limit", "2"]
    assert ctk(*args, env=env).returncode == 0
    with open(loc / "de" / "festivals.toml", "a", encoding="utf-8") as fh:
        fh.write("\n# edited\n")
    r = ctk(*args, env=env)
    assert "2 rendered, 2 unchanged" in r.stdout, r.stdout


def test_a_project_with_a_bad_column_mapping_is_a_one_line_error(tmp_path):
    import json

    from conftest import run_ctk
    cat = tmp_path / "c.csv"
    cat.write_text("Artikel,Preis\nRolle,19.99\n", "utf-8")
    proj = tmp_path / "p.ctkproj"
    proj.write_text(json.dumps({"input": "c.csv", "columns": {"titel": "Artikel"}}), "utf-8")
    res = run_ctk("render", proj, "--no-video", "--out", tmp_path / "o")
    assert res.returncode == 2 and "'titel' is not a ctk field" in res.stderr and str(proj) in res.stderr
    assert len(res.stderr.strip().splitlines()) <= 2 and "Traceback" not in res.stderr
    proj.write_text(json.dumps({"input": "c.csv", "currency": "EUR", "columns": {"title": "Artikel", "price": "Preis"}}))
    res = run_ctk("render", proj, "--markets", "de", "--no-video", "--out", tmp_path / "o")
    assert res.returncode == 0, res.stderr
    script = json.loads((tmp_path / "o" / "de" / "rolle" / "script.json").read_text())
    assert any("19,99" in s["screen"] for s in script["scenes"])        # EUR from the project, not converted USD


def test_flags_typed_win_over_the_project_whatever_their_value(tmp_path):
    """--no-sponsored and --style clean override a project's sponsored=true and style=bold; --festival nikolaus
    themes de and leaves us (which does not observe it) to its own calendar with a warning, not an abort."""
    import json

    from conftest import run_ctk
    rows = (EXAMPLES / "catalog.csv").read_text("utf-8").splitlines()
    (tmp_path / "c.csv").write_text("\n".join(rows[:4]) + "\n", "utf-8")
    proj = tmp_path / "p.ctkproj"
    proj.write_text(json.dumps({"input": "c.csv", "markets": ["de", "us"], "campaign_date": "2026-12-03",
                                "sponsored": True, "style": "bold"}), "utf-8")
    res = run_ctk("render", proj, "--no-video", "--no-sponsored", "--style", "clean", "--festival", "nikolaus",
                  "--out", tmp_path / "o")
    assert res.returncode == 0, res.stderr
    for m in ("de", "us"):
        rep = json.loads(next((tmp_path / "o" / m).glob("*/report.json")).read_text())
        assert rep["sponsored"] is False and json.loads(
            next((tmp_path / "o" / m).glob("*/script.json")).read_text())["style"] == "clean"
        codes = {f["code"] for f in rep["findings"]}
        if m == "de":
            assert rep["festival"] and rep["festival"]["id"] == "nikolaus"
        else:
            assert "festival.not_observed" in codes


def test_a_currency_without_an_exchange_rate_is_one_error_before_any_work(tmp_path):
    from conftest import run_ctk
    cat = tmp_path / "c.csv"
    cat.write_text("id,title,price,currency,price:de\na,Mug,10,XAF,\nb,Bowl,10,XAF,\n", encoding="utf-8")
    res = run_ctk("render", cat, "-m", "us,de", "--no-video", "--out", tmp_path / "o")
    assert res.returncode == 2 and "no exchange rate for XAF" in res.stderr and "--fx FILE" in res.stderr
    assert not (tmp_path / "o" / "us").exists()                      # nothing rendered, nothing half-done
    # CLP, ZAR and PKR, which real exports use, convert with the shipped table
    cat.write_text("id,title,price,currency\na,Mug,9990,CLP\n", encoding="utf-8")
    ok = run_ctk("render", cat, "-m", "us", "--no-video", "--out", tmp_path / "o2", "--quiet")
    assert ok.returncode == 0, ok.stderr
