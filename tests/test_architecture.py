"""The core/doors rule as a contract (pyproject.toml [tool.importlinter]): only toolkit/cli/ imports Typer and
Rich, only gui/ imports PySide6, the core imports neither door. Also: no core module grows past 400 lines."""

import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_import_contracts_hold():
    exe = Path(sys.executable).with_name("lint-imports")
    r = subprocess.run([str(exe)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr
    assert "Contracts: 2 kept, 0 broken." in r.stdout


def test_no_core_module_over_400_lines():
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / "toolkit").rglob("*.py")
            if (n := len(p.read_text("utf-8").splitlines())) > 400}
    assert not long, long
