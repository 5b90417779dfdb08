"""Safe file output: atomic writes and paths that can never escape the output folder."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from pathlib import Path

_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slugify(value: str, fallback: str = "item", max_len: int = 64) -> str:
    """A filesystem-safe slug: ASCII lowercase letters, digits and dashes only. Never a path.

    Non-Latin text (Chinese handles) is kept distinct through a short hash, so two
    different handles never collide on the same slug.
    """
    raw = str(value or "").strip()
    text = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode("ascii").lower()
    slug = _SLUG_RE.sub("-", text).strip("-")[:max_len].strip("-")
    ascii_share = len(text.strip()) / max(1, len(raw))
    if raw and (not slug or ascii_share < 0.5):
        digest = hashlib.sha1(raw.encode("utf-8")).hexdigest()[:8]
        slug = f"{slug}-{digest}" if slug else f"{fallback}-{digest}"
    return slug or fallback


def safe_join(root: Path, *parts: str) -> Path:
    """Join slug parts under root and prove the result stays inside root."""
    root = Path(root).resolve()
    target = root.joinpath(*[slugify(p) if not _is_safe_part(p) else p for p in parts]).resolve()
    if root != target and root not in target.parents:
        raise ValueError(f"refusing to write outside {root}: {target}")
    return target


def _is_safe_part(part: str) -> bool:
    return bool(re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,80}", part)) and ".." not in part


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        from .outdir import honour_umask
        honour_umask(Path(tmp))                 # mkstemp makes 0600; the user's umask decides
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: Path, obj) -> None:
    atomic_write_text(path, json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n")


def die_with_parent() -> None:
    """Linux: this process gets SIGTERM when its parent dies (a killed `ctk render` takes its workers and its
    ffmpeg with it). Elsewhere a no-op."""
    import sys
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, int(signal.SIGTERM), 0, 0, 0)      # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
