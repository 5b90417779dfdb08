"""The results store: one SQLite file next to the translation memory (results.sqlite in the user data folder, or
beside the --tm file; $CTK_RESULTS overrides), written by `ctk render` (the creatives it made, with their features)
and `ctk results import` (what the platforms reported), read by the report, the editor and the model.

Tables: `creatives` (id, market, product, variant, features as JSON, ad name, bundle folder), `names` (an ad name,
platform ad id or video id that joined to a creative once, so a later report joins on it alone), `imports` (a
report file's sha256, path, time and row counts: a file is imported once) and `results` (per creative, per day
(or '' for a report without dates), per import: the counts of records.Outcome).

A count the report did not have (a file without an Impressions column) is NULL, unknown, never 0.

Reports overlap (a seller downloads 1-7 January, then 1-14 January): when several imports hold the same creative,
day and report kind, each count comes from the newest import that has it (a newer report without an Impressions
column updates the clicks and keeps the older impressions); a creative with dated rows of a kind ignores that kind's
undated totals."""
from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

from ..errors import CtkError
from .records import METRICS, Creative, Observation, Outcome

COUNTS = ("impressions", "views", "views_2s", "views_6s", "watch_time_s", "clicks", "add_to_cart", "orders", "gmv",
          "cost")
SCHEMA = """
CREATE TABLE IF NOT EXISTS creatives (
  creative_id TEXT PRIMARY KEY, market TEXT NOT NULL, product_id TEXT NOT NULL, variant INTEGER NOT NULL,
  features TEXT NOT NULL, ad_name TEXT, bundle TEXT, first_seen REAL NOT NULL, last_seen REAL NOT NULL);
CREATE INDEX IF NOT EXISTS creatives_market ON creatives (market, product_id);
CREATE TABLE IF NOT EXISTS names (name TEXT PRIMARY KEY, creative_id TEXT NOT NULL, source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS imports (
  import_id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, path TEXT NOT NULL, kind TEXT NOT NULL,
  imported REAL NOT NULL, rows INTEGER NOT NULL, joined INTEGER NOT NULL, unjoined INTEGER NOT NULL);
"""
# the counts are NULL where the report had no such column (unknown, not 0)
RESULTS_TABLE = """
CREATE TABLE IF NOT EXISTS results (
  import_id INTEGER NOT NULL, creative_id TEXT NOT NULL, kind TEXT NOT NULL, day TEXT NOT NULL,
  impressions INTEGER, views INTEGER, views_2s INTEGER, views_6s INTEGER, watch_time_s REAL, clicks INTEGER,
  add_to_cart INTEGER, orders INTEGER, gmv REAL, cost REAL, rows INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (import_id, creative_id, day));
"""
RESULTS_INDEX = "CREATE INDEX IF NOT EXISTS results_creative ON results (creative_id);"


def default_path(tm: str | Path | None = None) -> Path:
    """$CTK_RESULTS, else results.sqlite in the translation memory's folder (the --tm file's, or the default one's)."""
    env = os.environ.get("CTK_RESULTS")
    if env:
        return Path(env)
    if tm:
        return Path(tm).expanduser().parent / "results.sqlite"
    from ..mt.memory import default_path as tm_default
    return tm_default().parent / "results.sqlite"


class ResultsStore:
    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else default_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.con = sqlite3.connect(self.path, timeout=30)
            self.con.execute("PRAGMA busy_timeout=30000")
            self.con.execute("PRAGMA journal_mode=WAL")          # like the translation memory beside it
            self.con.execute("PRAGMA synchronous=NORMAL")        # a commit is not an fsync: renders stay fast
            self.con.executescript(SCHEMA + RESULTS_TABLE + RESULTS_INDEX)
            self._migrate()
        except (OSError, sqlite3.Error) as exc:
            raise CtkError(f"cannot open the results store ({exc})", file=str(self.path),
                           hint="pass a file you can write (ctk results --db, ctk render --results-db) or set CTK_RESULTS") from None

    def _migrate(self) -> None:
        """A store written before unknown counts were NULL (its counts NOT NULL DEFAULT 0): the results table is
        rebuilt with nullable counts, its rows kept as they are (what an old import stored as 0 stays 0)."""
        def old() -> bool:
            return any(r[1] == "impressions" and r[3] for r in self.con.execute("PRAGMA table_info(results)"))
        if not old():
            return
        self.con.execute("BEGIN IMMEDIATE")
        try:
            if old():                               # another process may have rebuilt it meanwhile
                cols = ", ".join(("import_id", "creative_id", "kind", "day") + COUNTS + ("rows",))
                self.con.execute("ALTER TABLE results RENAME TO results_before_null")
                self.con.execute(RESULTS_TABLE)
                self.con.execute(f"INSERT INTO results ({cols}) SELECT {cols} FROM results_before_null")
                self.con.execute("DROP TABLE results_before_null")
                self.con.execute(RESULTS_INDEX)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ---- creatives ---------------------------------------------------------------------------------
    def register(self, creatives: list[Creative], *, ad_names: dict | None = None, bundles: dict | None = None) -> int:
        """Add or refresh creatives (one transaction). A creative once rendered as a bundle's chosen script stays
        variant 0; its features are the latest render's."""
        now = time.time()
        ad_names, bundles = ad_names or {}, bundles or {}
        rows = [(c.creative_id, c.market, c.product_id, int(c.variant), json.dumps(c.features, sort_keys=True),
                 ad_names.get(c.creative_id), bundles.get(c.creative_id), now, now) for c in creatives]
        with self.con:
            self.con.executemany(
                "INSERT INTO creatives VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (creative_id) DO UPDATE SET "
                "variant = CASE WHEN creatives.variant = 0 THEN 0 ELSE excluded.variant END, "
                "features = excluded.features, ad_name = COALESCE(excluded.ad_name, creatives.ad_name), "
                "bundle = COALESCE(excluded.bundle, creatives.bundle), last_seen = excluded.last_seen", rows)
            self.con.executemany("INSERT OR REPLACE INTO names VALUES (?,?,'ad_name')",
                                 [(n, cid) for cid, n in ad_names.items() if n])
        return len(rows)

    def creatives(self, market: str | None = None, product: str | None = None) -> list[Creative]:
        q, args = "SELECT creative_id, market, product_id, variant, features FROM creatives", []
        where = []
        if market:
            where.append("market = ?")
            args.append(market)
        if product:
            where.append("product_id = ?")
            args.append(product)
        if where:
            q += " WHERE " + " AND ".join(where)
        q += " ORDER BY market, product_id, variant, creative_id"
        return [Creative(cid, m, p, v, json.loads(f)) for cid, m, p, v, f in self.con.execute(q, args)]

    def known_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT creative_id FROM creatives")}

    def names(self) -> dict[str, str]:
        """Every name that joins to a creative: ad names ctk wrote, and the platform's ad and video ids and names
        that an import joined by the creative id before."""
        return {n: cid for n, cid in self.con.execute("SELECT name, creative_id FROM names")}

    def ad_names(self) -> dict[str, str]:
        return {cid: n for cid, n in self.con.execute("SELECT creative_id, ad_name FROM creatives WHERE ad_name "
                                                      "IS NOT NULL")}

    # ---- imports -----------------------------------------------------------------------------------
    def imported(self, sha256: str) -> dict | None:
        row = self.con.execute("SELECT import_id, path, kind, imported, rows, joined, unjoined FROM imports WHERE "
                               "sha256 = ?", (sha256,)).fetchone()
        if row is None:
            return None
        return dict(zip(("import_id", "path", "kind", "imported", "rows", "joined", "unjoined"), row))

    def imports(self) -> list[dict]:
        keys = ("import_id", "sha256", "path", "kind", "imported", "rows", "joined", "unjoined")
        return [dict(zip(keys, r)) for r in self.con.execute(f"SELECT {', '.join(keys)} FROM imports ORDER BY "
                                                              "import_id")]

    def add_import(self, sha256: str, path: str, kind: str, rows: list[tuple[str, str, dict]], *, total: int,
                   unjoined: int, names: dict[str, str] | None = None) -> int | None:
        """Store one report: `rows` are (creative id, day or '', counts; a count that is None or left out is
        unknown: NULL). Rows of the same creative and day add up (two ads running one video). Returns the import's
        id, or None when this file was imported before."""
        with self.con:
            cur = self.con.execute("INSERT OR IGNORE INTO imports (sha256, path, kind, imported, rows, joined, "
                                   "unjoined) VALUES (?,?,?,?,?,?,?)",
                                   (sha256, path, kind, time.time(), total, len(rows), unjoined))
            if cur.rowcount == 0:
                return None
            iid = cur.lastrowid
            cols = ", ".join(COUNTS)
            sets = ", ".join(f"{c} = CASE WHEN {c} IS NULL AND excluded.{c} IS NULL THEN NULL "
                             f"ELSE COALESCE({c}, 0) + COALESCE(excluded.{c}, 0) END" for c in COUNTS) + ", rows = rows + 1"
            self.con.executemany(
                f"INSERT INTO results (import_id, creative_id, kind, day, {cols}) VALUES (?,?,?,?,"
                f"{', '.join('?' * len(COUNTS))}) ON CONFLICT (import_id, creative_id, day) DO UPDATE SET {sets}",
                [(iid, cid, kind, day, *[counts.get(c) for c in COUNTS]) for cid, day, counts in rows])
            if names:
                self.con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)",
                                     [(n, cid, kind) for n, cid in names.items() if n])
        return iid

    # ---- outcomes ----------------------------------------------------------------------------------
    def outcomes(self, ids: set[str] | None = None) -> dict[str, Outcome]:
        """Each creative's counts summed over days; where reports overlap, each count from the newest import that
        has it. A count no report had adds nothing, and a rate (records.METRICS) counts only the days that know
        both its counts (Outcome.pairs)."""
        q = (f"SELECT r.creative_id, r.kind, r.day, r.import_id, {', '.join('r.' + c for c in COUNTS)} FROM results r "
             "ORDER BY r.import_id")
        latest: dict[tuple, list] = {}
        dated: set[tuple] = set()
        for row in self.con.execute(q):
            cid, kind, day = row[0], row[1], row[2]
            if ids is not None and cid not in ids:
                continue
            cur = latest.setdefault((cid, kind, day), [None] * len(COUNTS))
            for i, v in enumerate(row[4:]):     # ordered by import: the newest known value is kept
                if v is not None:
                    cur[i] = v
            if day:
                dated.add((cid, kind))
        out: dict[str, Outcome] = {}
        for (cid, kind, day), values in latest.items():
            if not day and (cid, kind) in dated:
                continue
            o = out.setdefault(cid, Outcome(cid, pairs={m: (0, 0) for m in METRICS}))
            known = dict(zip(COUNTS, values))
            for name, v in known.items():
                setattr(o, name, getattr(o, name) + (v or 0))
            for metric, (num, den) in METRICS.items():
                if known[num] is not None and known[den] is not None:
                    s, n = o.pairs[metric]
                    o.pairs[metric] = (s + int(known[num]), n + int(known[den]))
            if day:
                o.first_day = min(o.first_day or day, day)
                o.last_day = max(o.last_day or day, day)
        return out

    def observations(self, markets=None) -> list[Observation]:
        """One Observation per creative with results (in `markets`, when given), outcomes summed."""
        wanted = {m.lower() for m in markets} if markets else None
        cre = {c.creative_id: c for c in self.creatives() if wanted is None or c.market.lower() in wanted}
        outs = self.outcomes(set(cre))
        return [Observation(cre[cid], outs[cid]) for cid in sorted(outs)]
