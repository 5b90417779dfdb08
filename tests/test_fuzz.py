"""Fuzzing the doors a stranger's file comes through: the readers, the importers, text cleaning, the CLI.

Properties: any bytes give products, row problems or one InputError/ConfigError (never another exception);
cleaned text has no control, bidi-override or zero-width characters; the CLI never exits 3 and never writes
outside --out; peak memory stays bounded. Runs in well under 2 minutes."""
from __future__ import annotations

import resource
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.errors import CtkError
from toolkit.importers import load_catalog
from toolkit.importers.readers import clean_cell

def _peak_kb() -> int:
    """This process's peak resident memory since the last reset (VmHWM), in kB."""
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


_BASE = {"kb": 0}
_CHILD_KB: list[int] = []          # peak memory of each ctk process the CLI fuzz run starts


def _rss_kb() -> int:
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


@pytest.fixture(scope="module", autouse=True)
def _fresh_peak():
    """The fuzz run's own memory: the peak is reset (Linux clear_refs 5) to what the process holds before the run,
    whatever tests ran before in this process (a parallel worker may hold models), and that baseline is recorded."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        _BASE["kb"] = _rss_kb()
    except OSError:        # no reset here: the peak measured is then the process's, an upper bound
        pass
    yield


FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
HEADERS = ["id,title,price", "Handle,Title,Body (HTML),Vendor,Type,Variant Price,Option1 Name,Option1 Value",
           "ID,Type,SKU,Name,Regular price,Sale price,Parent", "商品ID,商品名称,售价,颜色", "id;title;price"]
CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


def _load(path):
    try:
        cat = load_catalog(path, currency="USD")
    except CtkError as exc:                      # a clear, one-line refusal is a fine answer
        assert str(exc) and "\n" not in str(exc).strip()
        return None
    for p in cat.products:
        for text in (p.title, p.description, p.brand):
            assert clean_cell(text)[0] == text   # nothing invisible got through
    return cat


@FAST
@given(data=st.binary(max_size=3000), ext=st.sampled_from([".csv", ".json", ".yaml", ".xlsx", ".txt"]))
def test_any_bytes_give_products_problems_or_one_clear_error(tmp_path, data, ext):
    p = tmp_path / f"f{ext}"
    p.write_bytes(data)
    _load(p)


@FAST
@given(header=st.sampled_from(HEADERS), rows=st.lists(st.lists(CELL, min_size=1, max_size=9), max_size=6),
       enc=st.sampled_from(["utf-8", "utf-16", "gb18030", "cp1252"]))
def test_catalog_shaped_text_in_any_encoding(tmp_path, header, rows, enc):
    sep = ";" if ";" in header else ","
    lines = [header] + [sep.join('"' + c.replace('"', '""') + '"' for c in r) for r in rows]
    p = tmp_path / "c.csv"
    try:
        p.write_bytes("\n".join(lines).encode(enc))
    except UnicodeEncodeError:
        return
    _load(p)


@FAST
@given(text=st.text(max_size=200))
def test_clean_cell_removes_every_invisible_and_only_those(text):
    out, changed = clean_cell(text)
    bad = set(chr(c) for c in list(range(0, 9)) + [11, 12] + list(range(14, 32)) + list(range(0x7f, 0xa0))) | \
        set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u2060\ufeff\u180e\u061c")
    assert not (set(out) & bad)
    assert changed == (out != text)
    assert all(ch in out for ch in text if ch not in bad)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(alphabet=string.printable + "ü中文\u202e\x1b", min_size=1, max_size=60),
       price=st.sampled_from(["19.99", "0", "inf", "-3", "1e309", "12,50", "", "abc"]))
def test_the_cli_never_crashes_and_writes_only_inside_out(tmp_path_factory, title, price):
    import json
    import subprocess
    import sys
    from conftest import ROOT
    tmp = tmp_path_factory.mktemp("fz")
    cat = tmp / "c.csv"
    cat.write_text("id,title,price\n" + json.dumps(title) + "," + price + "\n", encoding="utf-8")
    before = set(tmp.rglob("*"))
    # a small launcher runs ctk and reports ctk's own peak: a child forked straight from this worker (which may hold
    # models) would be charged the worker's pages
    launcher = ("import resource, subprocess, sys; rc = subprocess.call(sys.argv[2:]); "
                "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); "
                "sys.exit(rc)")
    peak_file = tmp_path_factory.mktemp("peak") / "kb"
    proc = subprocess.run([sys.executable, "-c", launcher, str(peak_file), sys.executable, "-m", "toolkit.cli.main",
                           "render", str(cat), "--no-video", "--quiet", "--currency", "USD", "--out", str(tmp / "o")],
                          capture_output=True, text=True, cwd=ROOT)
    stderr = proc.stderr
    _CHILD_KB.append(int(peak_file.read_text()))
    assert proc.returncode in (0, 1, 2), stderr
    assert "Traceback" not in stderr and "\x1b" not in stderr
    new = set(tmp.rglob("*")) - before
    assert all(tmp / "o" in p.parents or p == tmp / "o" for p in new)


def test_peak_memory_of_the_fuzz_run_is_bounded():
    """Hostile inputs cost less than 1 GB: what the in-process fuzz run added to the process, and the largest
    `ctk` process the CLI fuzz run started."""
    grown_mb = (_peak_kb() - _BASE["kb"]) / 1024
    child_mb = max(_CHILD_KB, default=0) / 1024
    assert 0 <= grown_mb < 1024, grown_mb
    assert 0 < child_mb < 1024, child_mb
