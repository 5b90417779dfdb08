"""The browsable report (index.html) in headless Chromium, --retry-failed and --json-progress."""

import json
import shutil

import pytest

from conftest import EXAMPLES

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory):
    from conftest import run_ctk
    d = tmp_path_factory.mktemp("rep")
    shutil.copytree(EXAMPLES / "images", d / "images")
    cat = d / "cat.csv"
    cat.write_text("id,title,description,price,compare_at_price,images\n"
                   "tote,Linen Tote,A roomy tote.,20,25,images/casa-linen-pillow.jpg\n"
                   "mug,Ceramic Mug,Hand-glazed.,12,,images/kiln-mug-blue.jpg\n"
                   "cream,Miracle Cream,This cream cures acne overnight.,30,,images/glowlab-serum.jpg\n",
                   encoding="utf-8")
    out = d / "out"
    r = run_ctk("render", cat, "-m", "us,de,sa", "-o", out, "--no-video", "--quiet", "--date", "2026-12-01")
    assert r.returncode == 1          # the medical claim (in the English description) is blocked for us
    return cat, out


def test_report_page_in_headless_chromium(report_dir, tmp_path):
    from playwright.sync_api import sync_playwright
    _, out = report_dir
    page_path = out / "index.html"
    assert page_path.exists()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(page_path.as_uri())
        assert page.locator(".card").count() == 9
        assert "9 of 9" in page.inner_text("#shown")
        totals = page.inner_text(".totals")
        assert "blocked" in totals and "rendered" in totals
        page.select_option("#f-status", "blocked")
        assert page.locator(".card:not(.hidden)").count() == 1
        page.select_option("#f-status", "")
        page.select_option("#f-market", "sa")
        assert page.locator(".card:not(.hidden)").count() == 3
        page.select_option("#f-market", "")
        page.select_option("#f-sev", "warning")
        warned = page.locator(".card:not(.hidden)").count()
        assert 0 < warned < 9                       # price-reduction warnings in de only, for example
        # covers are real images that loaded (naturalWidth > 0), links point at bundle files
        page.wait_for_load_state("load")
        widths = page.eval_on_selector_all(".card:not(.hidden) img", "els => els.map(e => e.naturalWidth)")
        assert widths and all(w == 1080 for w in widths)
        href = page.get_attribute(".card .links a", "href")
        assert (out / href).exists()
        shot = tmp_path / "report.png"
        page.screenshot(path=str(shot), full_page=True)
        browser.close()
    from PIL import Image
    with Image.open(shot) as im:
        assert im.width == 1280 and im.height >= 900 and im.getextrema() != ((255, 255), (255, 255), (255, 255))


def test_report_command_rebuilds_the_page(ctk, report_dir):
    _, out = report_dir
    (out / "index.html").unlink()
    r = ctk("report", out)
    assert r.returncode == 0 and (out / "index.html").exists()
    r = ctk("report", out / "us")
    assert r.returncode == 2 and "no manifest.json" in r.stderr


def test_retry_failed_reruns_only_failed_bundles(ctk, report_dir, tmp_path):
    cat, out = report_dir
    out2 = tmp_path / "o"
    shutil.copytree(out, out2)
    before = {p: p.stat().st_mtime_ns for p in out2.rglob("caption.txt")}
    cat.write_text(cat.read_text().replace("This cream cures acne overnight.", "A rich daily cream."), encoding="utf-8")
    r = ctk("render", cat, "-m", "us,de,sa", "-o", out2, "--no-video", "--date", "2026-12-01", "--retry-failed",
            "--json-progress")
    assert r.returncode == 0, r.stdout + r.stderr
    events = [json.loads(line) for line in r.stdout.splitlines()]
    summary = events[-1]
    assert summary["event"] == "summary" and summary["counts"] == {"rendered": 1}
    assert all(p.stat().st_mtime_ns == t for p, t in before.items())       # the others were not touched
    man = json.loads((out2 / "manifest.json").read_text())
    assert {b["status"] for b in man["bundles"]} == {"rendered"} and len(man["bundles"]) == 9
