"""ctk as a user installs it: the wheel carries locales/ and assets/, installed into a fresh virtual environment
it renders a bundle from a folder that is not the repository, and it keeps user state out of site-packages."""

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from conftest import EXAMPLES, ROOT
import pytest

pytestmark = [pytest.mark.slow]


def test_the_wheel_installs_into_a_fresh_venv_and_renders(tmp_path):
    src = tmp_path / "src"
    for name in ("toolkit", "gui", "locales", "assets"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    wheels = tmp_path / "wheels"
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                        str(wheels), str(src)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    wheel = next(wheels.glob("ctk-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / "bin" / "python"
    r = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "-q", str(wheel)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    # the dependencies come from this test environment's site-packages (no network here); ctk itself does not:
    # its editable install's finder is a .pth file there, which a path line in another .pth does not run
    site = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("CTK_LOCALES", "PYTHONPATH")}
    where = subprocess.run([str(py), "-c", "import toolkit, toolkit.paths as p; print(toolkit.__file__); "
                                           "print(p.locales_dir())"],
                           capture_output=True, text=True, cwd=work, env=env)
    assert where.returncode == 0, where.stderr
    mod, loc = where.stdout.split()
    assert mod.startswith(str(venv)) and loc.startswith(str(venv)) and Path(loc, "de", "content.ftl").is_file()
    r = subprocess.run([str(py), "-m", "toolkit.cli.main", "render", str(EXAMPLES / "catalog.csv"), "--markets", "de",
                        "--products", "lumi-silk-scarf", "--no-video", "--out", str(work / "out")],
                       capture_output=True, text=True, cwd=work, env=env)
    assert r.returncode == 0, r.stderr
    script = (work / "out" / "de" / "lumi-silk-scarf" / "script.json").read_text("utf-8")
    assert "Schal" in script
    assert not any(p.name in ("tm.sqlite", "manifest.toml") for p in Path(site).rglob("*"))


def test_the_wheel_lists_every_package():
    """Every folder of Python modules in toolkit/ and gui/ is in pyproject's package list (else the wheel lacks it)."""
    import tomllib
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {str(p.parent.relative_to(ROOT)).replace("/", ".") for base in ("toolkit", "gui")
             for p in (ROOT / base).rglob("__init__.py")}
    assert found <= listed, found - listed
