"""Translation memory in SQLite: a repeated segment is never sent to a model twice (across runs and
products). Keyed by source text, language pair, model and its version, and glossary version. Human
edits are stored too and win over machine output. TMX 1.4 export/import for agencies."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path
from xml.sax.saxutils import escape

from ..errors import CtkError

SCHEMA = """
CREATE TABLE IF NOT EXISTS tm (
  src TEXT NOT NULL, src_lang TEXT NOT NULL, tgt_lang TEXT NOT NULL,
  model TEXT NOT NULL, model_version TEXT NOT NULL, glossary_version TEXT NOT NULL,
  tgt TEXT NOT NULL, origin TEXT NOT NULL, updated REAL NOT NULL,
  PRIMARY KEY (src, src_lang, tgt_lang, model, model_version, glossary_version)
);
CREATE INDEX IF NOT EXISTS tm_human ON tm (src, src_lang, tgt_lang, origin);
"""


def _retry(fn, attempts: int = 50):
    """SQLite under several worker processes: wait out 'database is locked' instead of failing the bundle."""
    for i in range(attempts):
        try:
            return fn()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or i == attempts - 1:
                raise
            time.sleep(0.05 * (i + 1))


def default_path() -> Path:
    env = os.environ.get("CTK_TM")
    if env:
        return Path(env)
    # human translations live here: user data, not a cache that may be wiped
    from ..paths import data_dir
    return data_dir() / "tm.sqlite"


class Memory:
    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        _retry(lambda: self._db().executescript(SCHEMA))

    def _db(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(self.path, timeout=30)
            con.execute("PRAGMA busy_timeout=30000")
            # switching to WAL needs a moment alone with the file; parallel workers may collide here
            _retry(lambda: con.execute("PRAGMA journal_mode=WAL"))
            self._local.con = con
        return con

    def get_many(self, segments: list[str], src: str, tgt: str, model: str, version: str, gver: str) -> dict[str, str]:
        out: dict[str, str] = {}
        db = self._db()
        for seg in set(segments):
            row = db.execute("SELECT tgt FROM tm WHERE src=? AND src_lang=? AND tgt_lang=? AND origin='human' "
                             "ORDER BY updated DESC LIMIT 1", (seg, src, tgt)).fetchone()
            if row is None:
                row = db.execute("SELECT tgt FROM tm WHERE src=? AND src_lang=? AND tgt_lang=? AND model=? AND "
                                 "model_version=? AND glossary_version=?", (seg, src, tgt, model, version, gver)).fetchone()
            if row is not None:
                out[seg] = row[0]
        return out

    def get_human(self, segments: list[str], src: str, tgt: str) -> dict[str, str]:
        """Human translations (editor edits, imported TMX) of whole source segments."""
        db = self._db()
        out = {}
        for seg in set(segments):
            row = db.execute("SELECT tgt FROM tm WHERE src=? AND src_lang=? AND tgt_lang=? AND origin='human' "
                             "ORDER BY updated DESC LIMIT 1", (seg, src, tgt)).fetchone()
            if row:
                out[seg] = row[0]
        return out

    def put_many(self, items: dict[str, str], src: str, tgt: str, model: str, version: str, gver: str,
                 origin: str = "machine") -> None:
        now = time.time()
        rows = [(s, src, tgt, model, version, gver, t, origin, now) for s, t in items.items()]

        def write():
            with self._db() as db:
                db.executemany("INSERT OR REPLACE INTO tm VALUES (?,?,?,?,?,?,?,?,?)", rows)
        _retry(write)

    def add_human(self, src_text: str, tgt_text: str, src: str, tgt: str) -> None:
        self.put_many({src_text: tgt_text}, src, tgt, "human", "", "", origin="human")

    def count(self) -> int:
        return self._db().execute("SELECT COUNT(*) FROM tm").fetchone()[0]

    # ---- TMX 1.4 -------------------------------------------------------------------------------
    def export_tmx(self, path: str | Path) -> int:
        rows = self._db().execute("SELECT src, src_lang, tgt_lang, tgt, origin, model FROM tm ORDER BY src").fetchall()
        parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">',
                 '<header creationtool="ctk" creationtoolversion="1" segtype="sentence" o-tmf="ctk" '
                 'adminlang="en" srclang="*all*" datatype="plaintext"/>', "<body>"]
        for src, sl, tl, tgt, origin, model in rows:
            parts.append(f'<tu creationid="{escape(model)}"><prop type="x-origin">{escape(origin)}</prop>'
                         f'<tuv xml:lang="{escape(sl)}"><seg>{escape(src)}</seg></tuv>'
                         f'<tuv xml:lang="{escape(tl)}"><seg>{escape(tgt)}</seg></tuv></tu>')
        parts += ["</body>", "</tmx>"]
        from ..fsutil import atomic_write_text
        atomic_write_text(Path(path), "\n".join(parts) + "\n")
        return len(rows)

    def import_tmx(self, path: str | Path, origin: str = "human") -> int:
        import xml.etree.ElementTree as ET
        try:
            root = ET.parse(path).getroot()
        except (ET.ParseError, OSError) as exc:
            raise CtkError(f"cannot read the TMX file ({exc})", file=str(path), hint="export it again as TMX 1.4") from None
        xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
        n = 0
        for tu in root.iter("tu"):
            tuvs = [(t.get(xml_lang) or t.get("lang") or "").split("-")[0].lower() for t in tu.findall("tuv")]
            segs = ["".join(t.find("seg").itertext()) if t.find("seg") is not None else "" for t in tu.findall("tuv")]
            if len(tuvs) < 2:
                continue
            for i in range(1, len(tuvs)):
                if segs[0] and segs[i]:
                    self.put_many({segs[0]: segs[i]}, tuvs[0], tuvs[i], "tmx", "", "", origin=origin)
                    n += 1
        return n
