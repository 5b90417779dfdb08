import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# every test, and every ctk it starts, is isolated from the developer's installed models, voices, translation
# memory and caches: a fresh user data and cache folder for the session
import tempfile  # noqa: E402

_STATE = Path(tempfile.mkdtemp(prefix="ctk-test-state-"))
import atexit  # noqa: E402

atexit.register(shutil.rmtree, _STATE, True)       # the session's state folder goes with the session
for _var, _sub in (("CTK_DATA", "data"), ("CTK_CACHE", "cache"), ("XDG_STATE_HOME", "state"),
                   ("CTK_GUI_SETTINGS", "gui.ini")):   # the editor's preferences, recent projects, layout
    os.environ[_var] = str(_STATE / _sub)
os.environ.pop("CTK_MODELS", None)
os.environ.pop("CTK_TM", None)
EXAMPLES = ROOT / "examples"
CTK = [sys.executable, "-m", "toolkit.cli.main"]


def run_ctk(*args, cwd=None, env=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([*CTK, *map(str, args)], capture_output=True, text=True, cwd=cwd or ROOT, env=e)


@pytest.fixture
def ctk():
    return run_ctk


@pytest.fixture
def catalog_copy(tmp_path):
    """The example catalog and its images in a temp folder (so tests can break them)."""
    dst = tmp_path / "cat"
    shutil.copytree(EXAMPLES, dst, ignore=shutil.ignore_patterns("*.py"))
    return dst


@pytest.fixture(scope="session")
def rendered(tmp_path_factory):
    """One end-to-end render with video: 2 products x us, jp, sa (shared by the media tests)."""
    out = tmp_path_factory.mktemp("render")
    r = run_ctk("render", EXAMPLES / "catalog.csv", "--markets", "us,jp,sa", "--out", out,
                "--products", "lumi-silk-scarf,glowlab-vitamin-c-serum", "--quality", "draft", "--quiet")
    assert r.returncode == 0, r.stderr + r.stdout
    return out


def ffprobe(path):
    import json
    out = subprocess.run(["ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams",
                          str(path)], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


@pytest.fixture
def locales_copy(tmp_path, monkeypatch):
    """A copy of locales/ that a test may break; CTK_LOCALES points at it and the market cache is cleared."""
    import toolkit.markets as mk
    dst = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", dst)
    monkeypatch.setenv("CTK_LOCALES", str(dst))
    mk.clear_cache()
    yield dst
    mk.clear_cache()
