"""The bundle key is the content: what changes a bundle re-renders it, nothing else does."""
from __future__ import annotations

import shutil

from conftest import EXAMPLES, ROOT

ARGS = ["--markets", "jp", "--no-video", "--quiet", "--limit", "3", "--date", "2026-06-10"]


def _caption(out, pid="lumi-silk-scarf"):
    return (out / "jp" / pid / "caption.txt").read_text(encoding="utf-8")


def test_the_same_catalog_elsewhere_or_with_a_row_moved_is_not_rerendered(ctk, tmp_path, catalog_copy):
    out = tmp_path / "o"
    assert ctk("render", catalog_copy / "catalog.csv", *ARGS, "--out", out).returncode == 0
    moved = tmp_path / "elsewhere"
    shutil.copytree(catalog_copy, moved)
    r = ctk("render", moved / "catalog.csv", *ARGS, "--out", out)
    assert "0 rendered, 3 unchanged" in r.stdout, r.stdout
    # an edited row re-renders that product only
    text = (moved / "catalog.csv").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    scarf = [i for i, ln in enumerate(lines) if ln.startswith("lumi-silk-scarf,")]
    assert scarf
    for i in scarf:                                    # the scarf's price, on its variant rows
        lines[i] = lines[i].replace(",39.00,49.00,", ",37.00,49.00,")
    (moved / "catalog.csv").write_text("".join(lines), encoding="utf-8")
    r = ctk("render", moved / "catalog.csv", *ARGS, "--out", out)
    assert "1 rendered, 2 unchanged" in r.stdout, r.stdout


def test_an_edited_fx_file_rerenders_with_the_new_rate(ctk, tmp_path):
    out = tmp_path / "o"
    fx = tmp_path / "fx.toml"
    shutil.copy(ROOT / "locales" / "_shared" / "fx.toml", fx)
    assert ctk("render", EXAMPLES / "catalog.csv", *ARGS, "--fx", fx, "--out", out).returncode == 0
    before = _caption(out)
    text = fx.read_text(encoding="utf-8")
    import re
    m = re.search(r"(?m)^JPY\s*=\s*([0-9.]+)", text)
    assert m, "the FX table has a JPY rate"
    fx.write_text(text.replace(m.group(0), f"JPY = {float(m.group(1)) * 0.5}"), encoding="utf-8")
    r = ctk("render", EXAMPLES / "catalog.csv", *ARGS, "--fx", fx, "--out", out)
    assert "3 rendered" in r.stdout, r.stdout
    assert _caption(out) != before
