"""The seller's language (toolkit/i18n.py, locales/_shared/ui.toml): the fit matrix, its reasons and the run summaries
in zh-CN as well as en, chosen by `ctk --lang` or CTK_LANG; every fit rule has its Chinese message and fix."""

import re

from conftest import EXAMPLES, run_ctk


def test_every_fit_rule_has_chinese_with_the_same_placeholders():
    from toolkit.fit import pack
    from toolkit.i18n import _rules
    zh = _rules("zh-CN")
    for r in pack():
        for field, en in (("message", r.message), ("fix", r.fix)):
            t = zh[r.id][field]
            assert re.search(r"[\u4e00-\u9fff]", t), (r.id, field)
            assert set(re.findall(r"\{(\w+)\}", t)) == set(re.findall(r"\{(\w+)\}", en)), (r.id, field)


def test_the_fit_matrix_in_chinese_and_in_english(ctk):
    args = ("fit", EXAMPLES / "catalog.csv", "-m", "jp,th", "--products", "voltcore-power-bank,fjell-merino-beanie",
            "--date", "2026-12-01")
    zh = ctk("--lang", "zh-CN", *args)
    assert zh.returncode == 0, zh.stderr
    assert "2026-12-01 的市场适配" in zh.stdout and "需确认" in zh.stdout and "原因" in zh.stdout
    assert "PSE 标志" in zh.stdout and "处理方法" in zh.stdout and "该市场没有寒冷季节" in zh.stdout
    assert "Market fit on" not in zh.stdout
    en = ctk(*args)
    assert "Market fit on 2026-12-01" in en.stdout and "PSE mark" in en.stdout and "需确认" not in en.stdout
    env = ctk(*args, env={"CTK_LANG": "zh_CN"})
    assert "的市场适配" in env.stdout


def test_run_summaries_in_chinese_and_a_bad_language_is_one_line(ctk, tmp_path):
    r = ctk("brief", EXAMPLES / "catalog.csv", "-m", "us", "--products", "kiln-ceramic-mug", "--format", "json",
            "--out", tmp_path, "--translator", "phrasebook", env={"CTK_LANG": "zh-CN"})
    assert r.returncode == 0 and "已生成 1 份简报" in r.stdout, r.stdout + r.stderr
    r = ctk("--lang", "zh-CN", "render", EXAMPLES / "catalog.csv", "-m", "us", "--products", "kiln-ceramic-mug",
            "--no-video", "--out", tmp_path / "r", "--translator", "phrasebook", "--quiet")
    assert r.returncode == 0 and "已渲染 1 个" in r.stdout and "素材包位于" in r.stdout, r.stdout + r.stderr
    r = ctk("--lang", "fr", "fit", EXAMPLES / "catalog.csv")
    assert r.returncode == 2 and "no messages in 'fr'" in r.stderr and "Traceback" not in r.stderr


def test_the_html_report_reads_in_the_sellers_language(tmp_path):
    """`ctk --lang zh-CN render` writes index.html in Simplified Chinese (headings, filters, totals, the fit
    section's heading); without the setting it stays English."""
    cat = tmp_path / "cat.csv"
    cat.write_text("id,title,price\nmug,Ceramic Mug,12\n", encoding="utf-8")
    r = run_ctk("--lang", "zh-CN", "render", cat, "-m", "de", "-o", tmp_path / "zh", "--no-video", "--quiet",
                "--date", "2026-12-01", "--allow-findings")
    assert r.returncode == 0, r.stderr
    page = (tmp_path / "zh" / "index.html").read_text("utf-8")
    assert '<html lang="zh-CN">' in page and "<h1>ctk 报告</h1>" in page and "素材包" in page and "市场适配" in page
    r = run_ctk("render", cat, "-m", "de", "-o", tmp_path / "en", "--no-video", "--quiet", "--date", "2026-12-01",
                "--allow-findings")
    page = (tmp_path / "en" / "index.html").read_text("utf-8")
    assert "<h1>ctk report</h1>" in page and "Market fit on" in page and "素材包" not in page
