"""Agency scale: a Dask cluster gives the same bundles as the local pool; a SIGKILLed run resumes."""

import hashlib
import json
import os
import signal
import subprocess
import sys
import time

from conftest import CTK, EXAMPLES, ROOT


def digest(root):
    out = {}
    for f in sorted(root.rglob("*")):
        if f.name in ("caption.txt", "subtitles.srt", "subtitles.vtt", "script.json", "ad_text.txt"):
            out[str(f.relative_to(root))] = hashlib.sha256(f.read_bytes()).hexdigest()
    return out


def test_dask_local_cluster_matches_local_run(ctk, tmp_path):
    base = ["render", EXAMPLES / "catalog.csv", "-m", "us,th", "--no-video", "--quiet", "--limit", "4",
            "--date", "2026-12-01"]
    assert ctk(*base, "-o", tmp_path / "local", "--jobs", "2").returncode == 0
    r = ctk(*base, "-o", tmp_path / "dask", "--executor", "dask", "--jobs", "2")
    assert r.returncode == 0, r.stderr
    a, b = digest(tmp_path / "local"), digest(tmp_path / "dask")
    assert len(a) == 8 * 5 and a == b
    r = ctk(*base, "-o", tmp_path / "dask", "--executor", "dask", "--jobs", "2")
    assert "8 unchanged" in r.stdout                     # resume works the same on the cluster


def test_unreachable_scheduler_is_a_clear_error(ctk, tmp_path):
    r = ctk("render", EXAMPLES / "catalog.csv", "-m", "us", "--no-video", "-o", tmp_path / "o", "--limit", "1",
            "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert r.returncode == 2 and "Dask scheduler" in r.stderr and "Traceback" not in r.stderr


def test_sigkill_then_rerun_finishes_without_rendering_twice(ctk, tmp_path):
    out = tmp_path / "o"
    args = ["render", str(EXAMPLES / "catalog.csv"), "-m", "us", "-o", str(out), "--limit", "2", "--quality", "draft",
            "--jobs", "1", "--quiet", "--date", "2026-12-01"]
    proc = subprocess.Popen([*CTK, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and not list(out.glob("us/*/report.json")):
        time.sleep(0.2)
    time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGKILL)                  # the CLI and its ffmpeg child, mid-run
    proc.wait()
    finished_before = {p.parent.name for p in out.glob("us/*/report.json")}
    assert len(finished_before) == 1                    # killed between the first bundle and the second
    r = ctk(*args)
    assert r.returncode == 0, r.stderr
    man = json.loads((out / "manifest.json").read_text())
    status = {b["product"]: b["status"] for b in man["bundles"]}
    assert len(status) == 2
    assert {p for p, s in status.items() if s == "skipped"} == finished_before   # nothing rendered twice
    assert not list(out.rglob(".tmp-*"))
    ref = tmp_path / "ref"
    assert ctk(*[a if a != str(out) else str(ref) for a in args]).returncode == 0
    assert digest(out) == digest(ref) and len(digest(ref)) == 10
    for p in out.glob("us/*/video.mp4"):
        assert p.stat().st_size > 10000
