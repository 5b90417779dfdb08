"""The output folder is shared with the user: ctk touches only what it made.

- One run at a time per folder: `OUT/.ctk.lock` is held (flock) for the whole run; a second run into the
  same folder stops with a clear error instead of deleting the first one's work in progress.
- ctk's own work folders are named `.tmp-ctk-*` / `.old-ctk-*`; only those are cleaned (and only while the
  lock is held, so they belong to a dead run). Anything else in the folder is left alone.
- `manifest.json` and `index.html` are overwritten only when ctk wrote them; a bundle folder is replaced only
  when it is a ctk bundle.
- Files and folders get the user's umask, not mkstemp's private 0600/0700.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from .errors import CtkError

TMP_PREFIX = ".tmp-ctk-"
OLD_PREFIX = ".old-ctk-"
LOCK_NAME = ".ctk.lock"
GENERATOR_META = '<meta name="generator" content="ctk">'
_UMASK: list[int] = []


def umask() -> int:
    if not _UMASK:
        cur = os.umask(0o022)
        os.umask(cur)
        _UMASK.append(cur)
    return _UMASK[0]


def honour_umask(path: Path, is_dir: bool = False) -> None:
    """mkstemp/mkdtemp create private files (0600/0700): give them the mode any other new file would get."""
    try:
        os.chmod(path, (0o777 if is_dir else 0o666) & ~umask())
    except OSError:
        pass


class OutputLock:
    """An exclusive lock on an output folder for the length of a run (released by the OS if ctk dies)."""

    def __init__(self, out: Path):
        self.path = Path(out) / LOCK_NAME
        self.fh = None

    def __enter__(self):
        try:
            import fcntl
        except ImportError:                     # pragma: no cover - not Linux/macOS: no lock
            return self
        try:
            self.fh = open(self.path, "a+", encoding="utf-8")
        except OSError as exc:
            raise CtkError(f"cannot write into the output folder ({exc.strerror})", file=str(self.path.parent),
                           hint="pass a folder you can write to --out") from None
        try:
            fcntl.flock(self.fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.fh.seek(0)
            who = self.fh.read().strip()
            self.fh.close()
            self.fh = None
            raise CtkError("another ctk run is writing into this folder" + (f" (process {who})" if who else ""),
                           file=str(self.path.parent),
                           hint="wait for it to finish, or pass another --out") from None
        self.fh.seek(0)
        self.fh.truncate()
        self.fh.write(str(os.getpid()))
        self.fh.flush()
        honour_umask(self.path)
        return self

    def __exit__(self, *exc):
        if self.fh is not None:
            self.fh.close()
            self.fh = None
        return False


def is_ours(path: Path) -> bool:
    """Did ctk write this manifest.json / index.html?"""
    try:
        if path.name == "manifest.json":
            doc = json.loads(path.read_text("utf-8"))
            return isinstance(doc, dict) and "toolkit" in doc and isinstance(doc.get("bundles"), list)
        if path.name == "index.html":
            head = path.read_text("utf-8", errors="replace")[:2000]
            return GENERATOR_META in head or "<title>ctk report</title>" in head
    except (OSError, ValueError):
        return False
    return False


def check_foreign(out: Path) -> None:
    """Refuse to run into a folder whose manifest.json or index.html ctk did not write."""
    for name in ("manifest.json", "index.html"):
        p = Path(out) / name
        if p.exists() and not is_ours(p):
            raise CtkError(f"{name} in the output folder was not written by ctk; it would be overwritten",
                           file=str(p), hint="pass an empty or ctk-made folder to --out (or move that file)")


def is_bundle(folder: Path) -> bool:
    """A folder ctk rendered: it holds ctk's report.json."""
    try:
        doc = json.loads((folder / "report.json").read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(doc, dict) and "toolkit" in doc and "key" in doc


def clean_stale(out: Path) -> int:
    """Remove work folders of dead ctk runs (the caller holds the lock, so no live run owns them)."""
    n = 0
    for d in list(Path(out).glob(f"*/{TMP_PREFIX}*")) + list(Path(out).glob(f"*/{OLD_PREFIX}*")):
        if d.is_dir() and not d.is_symlink():
            shutil.rmtree(d, ignore_errors=True)
            n += 1
    return n
