"""The output folder is shared with the user: ctk touches only what it made."""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import stat

from conftest import EXAMPLES

ARGS = ["--markets", "us", "--no-video", "--quiet", "--limit", "2"]


def _snapshot(root):
    return {str(p.relative_to(root)): (hashlib.sha1(p.read_bytes()).hexdigest() if p.is_file() else "dir")
            for p in sorted(root.rglob("*"))}


def test_a_users_files_in_the_output_folder_are_untouched(ctk, tmp_path):
    out = tmp_path / "shared"
    user = {"notes.txt": b"my notes", "us/.tmp-draft/keep.txt": b"a user's folder named like a temp folder",
            "us/.old-campaign/keep.txt": b"an old campaign", "drafts/.tmp-x/a.txt": b"x", "us/mine/file.bin": b"\0\1"}
    for rel, data in user.items():
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    before = _snapshot(out)
    r = ctk("render", EXAMPLES / "catalog.csv", *ARGS, "--out", out)
    assert r.returncode == 0, r.stderr
    after = _snapshot(out)
    assert all(after.get(k) == v for k, v in before.items()), "a user's file changed or vanished"
    assert (out / "manifest.json").exists() and (out / "index.html").exists()
    # a dead run's own work folders are cleaned on the next run; the user's stay
    dead = out / "us" / ".tmp-ctk-lumi-silk-scarf-abc"
    dead.mkdir()
    (dead / "caption.txt").write_text("half-written")
    assert ctk("render", EXAMPLES / "catalog.csv", *ARGS, "--out", out).returncode == 0
    assert not dead.exists()
    assert all(_snapshot(out).get(k) == v for k, v in before.items())


def test_a_second_run_into_a_locked_folder_stops_with_exit_2(ctk, tmp_path):
    out = tmp_path / "o"
    out.mkdir()
    with open(out / ".ctk.lock", "a+") as fh:           # another run holds the folder
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        fh.write("4242")
        fh.flush()
        r = ctk("render", EXAMPLES / "catalog.csv", *ARGS, "--out", out)
    assert r.returncode == 2
    assert "another ctk run" in r.stderr and "4242" in r.stderr and "Traceback" not in r.stderr
    assert not (out / "us").exists()
    # the lock dies with its holder: the next run goes through
    assert ctk("render", EXAMPLES / "catalog.csv", *ARGS, "--out", out).returncode == 0


def test_a_foreign_index_or_manifest_is_never_overwritten(ctk, tmp_path):
    for name, text in (("index.html", "<html><body>my shop's landing page</body></html>"),
                       ("manifest.json", '{"name": "my web app"}')):
        out = tmp_path / name
        out.mkdir()
        (out / name).write_text(text)
        r = ctk("render", EXAMPLES / "catalog.csv", *ARGS, "--out", out)
        assert r.returncode == 2 and name in r.stderr and "not written by ctk" in r.stderr
        assert (out / name).read_text() == text


def test_a_folder_that_is_not_a_bundle_is_not_replaced(ctk, tmp_path):
    out = tmp_path / "o"
    mine = out / "us" / "lumi-silk-scarf"
    mine.mkdir(parents=True)
    (mine / "brief.docx").write_bytes(b"the client's brief")
    r = ctk("render", EXAMPLES / "catalog.csv", *ARGS, "--out", out)
    assert r.returncode == 1                            # that bundle failed, the other rendered
    assert (mine / "brief.docx").read_bytes() == b"the client's brief"
    man = json.loads((out / "manifest.json").read_text())
    failed = [b for b in man["bundles"] if b["status"] == "failed"]
    assert len(failed) == 1 and "not a ctk bundle" in failed[0]["error"]


def test_output_files_follow_the_umask(ctk, tmp_path):
    out = tmp_path / "o"
    old = os.umask(0o022)
    try:
        assert ctk("render", EXAMPLES / "catalog.csv", *ARGS, "--out", out).returncode == 0
    finally:
        os.umask(old)
    cap = next(out.glob("us/*/caption.txt"))
    assert stat.S_IMODE(cap.stat().st_mode) == 0o644
    assert stat.S_IMODE(cap.parent.stat().st_mode) == 0o755
    assert stat.S_IMODE((out / "manifest.json").stat().st_mode) == 0o644


def test_a_child_dies_with_its_parent():
    """Workers and ffmpeg are started with die_with_parent: a kill -9 of ctk takes them along (Linux)."""
    import signal
    import subprocess
    import sys
    import time
    from conftest import ROOT
    code = ("import subprocess, time\nfrom toolkit.fsutil import die_with_parent\n"
            "p = subprocess.Popen(['sleep', '60'], preexec_fn=die_with_parent)\nprint(p.pid, flush=True)\ntime.sleep(60)")
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    child = int(parent.stdout.readline())
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    for _ in range(50):
        try:
            state = open(f"/proc/{child}/status").read().split("\n")[1]
        except FileNotFoundError:
            return                           # gone and reaped
        if "Z" in state:
            return                           # dead, waiting for a reaper
        time.sleep(0.1)
    os.kill(child, signal.SIGKILL)
    raise AssertionError("the child outlived its parent")


def test_a_bundle_names_images_as_the_catalog_does_never_by_the_sellers_paths(ctk, tmp_path, catalog_copy):
    out = tmp_path / "o"
    assert ctk("render", catalog_copy / "catalog.csv", *ARGS, "--out", out).returncode == 0
    for f in out.glob("us/*/*.json"):
        assert str(catalog_copy) not in f.read_text(encoding="utf-8"), f
    doc = json.loads(next(out.glob("us/*/script.json")).read_text(encoding="utf-8"))
    shown = [s for s in doc["scenes"] if s.get("image")]
    assert shown and all(not s["image"].startswith("/") and len(s["image_sha256"]) == 64 for s in shown)
