"""Read platform reports (TikTok Ads Manager ad-level, TikTok Shop video analytics; CSV or XLSX; English or
Chinese headers) and join their rows to creatives. The headers come from a data table,
locales/_shared/results_columns.toml; the numbers are read as sellers' exports write them (thousands
separators, percentages, currency symbols, "-" for none).

A row joins on a creative id found in any of its cells (the ad name, the video title, a creative-id column:
only ids the store knows count), else on an exact name the store knows (the ad name ctk wrote in
ad_name.txt, or an ad id, video id or name an earlier import joined by id). Rows that join to nothing are
listed and not stored; a file whose sha256 was imported before is not counted again. A count the file has no
column for (a report without Impressions) is stored as unknown, never 0, so it does not overwrite what an earlier
report said for the same creative and day."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import InputError
from .ids import find_ids

MAX_HEADER_SEARCH = 15              # rows above the header (a title, the date range) an export may have


@dataclass
class Unjoined:
    row: int
    name: str
    reason: str


@dataclass
class Problem:
    row: int
    column: str
    value: str
    message: str


@dataclass
class ImportResult:
    path: str
    sha256: str
    kind: str                       # ads | shop
    label: str
    rows: int = 0                   # data rows read (summary rows left out)
    joined: list = field(default_factory=list)        # (row, creative id)
    unjoined: list = field(default_factory=list)      # Unjoined
    problems: list = field(default_factory=list)      # Problem: a cell that is not a number or a date
    columns: dict = field(default_factory=dict)       # field -> the file's header
    missing: list = field(default_factory=list)       # the counts (store.COUNTS) this file has no column for
    duplicate: dict | None = None   # the earlier import of the same file
    import_id: int | None = None

    @property
    def creatives(self) -> int:
        return len({cid for _, cid in self.joined})


# ---- the header table ------------------------------------------------------------------------------------------
def _norm(h: str) -> str:
    t = str(h or "").strip().casefold().replace("（", "(").replace("）", ")")
    t = re.sub(r"[\s\-_]+", "", t)
    return re.sub(r"\((?:[a-z]{3}|[^\w()]{1,3})\)$", "", t)       # "cost(usd)", "花费(¥)"


@lru_cache(maxsize=4)
def _table(path: str) -> dict:
    from ..tomlfile import read_toml
    return read_toml(path)


def columns_table() -> dict:
    from ..markets import locales_dir
    return _table(str(locales_dir() / "_shared" / "results_columns.toml"))


def map_header(header: list[str]) -> tuple[str | None, dict[str, str]]:
    """(report kind or None, field -> the header that holds it)."""
    t = columns_table()
    have = {_norm(h): h for h in header if str(h or "").strip()}
    cols: dict[str, str] = {}
    used: set[str] = set()
    for name, spec in t["fields"].items():
        for alias in spec["names"]:
            h = have.get(_norm(alias))
            if h is not None and h not in used:
                cols[name] = h
                used.add(h)
                break
    kind = next((k for k, spec in t["kinds"].items() if any(_norm(a) in have for a in spec["detect"])), None)
    return kind, cols


# ---- cells -----------------------------------------------------------------------------------------------------
_EMPTY = {"", "-", "--", "—", "–", "n/a", "na", "null", "none", "/"}
_MULT = {"k": 1e3, "m": 1e6, "万": 1e4, "w": 1e4, "亿": 1e8}


class CellError(ValueError):
    pass


def _number(text: str, whole: bool) -> float | None:
    """'1,234' '1.234' (a count) '1 234,5' '$1,234.56' '¥1.234,5' '12.5K' '1.2万' -> float; '-' -> None."""
    t = str(text).strip().replace("\u00a0", " ").replace("\u202f", " ")
    if t.casefold() in _EMPTY:
        return None
    neg = t.startswith("-") or (t.startswith("(") and t.endswith(")"))
    t = re.sub(r"^[A-Za-z]{3}\s*|\s*[A-Za-z]{3}$", "", t.strip("()-+ "))          # USD 12 / 12 THB
    t = re.sub(r"[^\d.,'\s万亿kKmMwW]", "", t).strip()                             # $, €, ฿, ₫, RM, Rp...
    mult = 1.0
    if t and t[-1] in "万亿kKmMwW":
        mult, t = _MULT[t[-1].lower()], t[:-1].strip()
    t = re.sub(r"[\s']", "", t)
    if not re.fullmatch(r"[\d.,]+", t or "x"):
        raise CellError("not a number")
    if "," in t and "." in t:                                   # the last one is the decimal mark
        t = t.replace(",", "") if t.rfind(".") > t.rfind(",") else t.replace(".", "").replace(",", ".")
    elif "," in t:
        t = t.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", t) else t.replace(",", ".")
    elif "." in t and whole and mult == 1.0 and re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")                                  # 1.234 views: a thousands dot (de, id, vn, br)
    try:
        v = float(t) * mult
    except ValueError:
        raise CellError("not a number") from None
    return -v if neg else v


def parse_cell(text, kind: str):
    """A report cell as the field's type says (see results_columns.toml)."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):       # a spreadsheet's own number
        if kind == "rate":
            return float(text) / (100 if text > 1 else 1)
        if kind == "count":
            return round(text)
        if kind in ("money", "seconds"):
            return float(text)
        text = str(int(text)) if float(text).is_integer() else str(text)
    s = str(text if text is not None else "").strip()
    if kind == "text":
        return s
    if kind == "date":
        return _day(s)
    if kind == "seconds":
        if s.casefold() in _EMPTY:
            return None
        m = re.fullmatch(r"(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)", s)
        if m:
            return int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
        m = re.fullmatch(r"(?:(\d+)\s*(?:m|min|分钟?)\s*)?(\d+(?:[.,]\d+)?)\s*(?:s|sec|secs|seconds|秒)?", s, re.I)
        if not m:
            raise CellError("not a duration")
        return int(m.group(1) or 0) * 60 + float(m.group(2).replace(",", "."))
    if kind == "rate":
        pct = s.endswith("%")
        v = _number(s.rstrip("% "), whole=False)
        if v is None:
            return None
        return v / 100 if pct or v > 1 else v
    v = _number(s, whole=kind == "count")
    if v is None:
        return None
    return round(v) if kind == "count" else v


def _day(s: str) -> str:
    """'2026-01-05', '2026/1/5', '2026-01-05 00:00:00', '20260105', '2026年1月5日' -> '2026-01-05'; a range or
    nothing -> '' (the row counts for the report's whole period)."""
    if not s or s.casefold() in _EMPTY or re.search(r"[~～]|\bto\b|至", s):
        return ""
    m = re.match(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", s) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            pass
    m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)              # 01/05/2026: month first, as US exports write it
    if m:
        try:
            return dt.date(int(m.group(3)), int(m.group(1)), int(m.group(2))).isoformat()
        except ValueError:
            pass
    raise CellError("not a date")


# ---- reading ---------------------------------------------------------------------------------------------------
def read_rows(path: Path) -> list[tuple[int, list[str]]]:
    """Every row of a CSV (any encoding, comma, semicolon or tab) or of an XLSX's first sheet with data,
    as (spreadsheet row number, cells)."""
    from ..importers.readers import MAX_FILE, decode_text
    path = Path(path)
    if not path.is_file():
        raise InputError("file not found" if not path.exists() else "this is not a file", file=str(path),
                         hint="pass the report you downloaded (CSV or XLSX)")
    if path.stat().st_size > MAX_FILE:
        raise InputError(f"the file is over {MAX_FILE >> 20} MB", file=str(path), hint="export a shorter period")
    data = path.read_bytes()
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() in (".xlsx", ".xlsm"):
        return _xlsx_rows(path, data)
    import csv
    import io
    text, _ = decode_text(data, path)
    head = "\n".join(text.splitlines()[:MAX_HEADER_SEARCH])
    delim = max((",", ";", "\t"), key=head.count)
    csv.field_size_limit(MAX_FILE)
    try:
        return [(i, row) for i, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delim), 1)]
    except csv.Error as exc:
        raise InputError(f"the CSV is malformed ({exc})", file=str(path), hint="export the report again") from None


def _xlsx_rows(path: Path, data: bytes) -> list[tuple[int, list[str]]]:
    import io

    from ..importers.structured import _cell_text, _check_zip
    _check_zip(path, data)
    try:
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - a zip that is no workbook
        raise InputError(f"cannot open the spreadsheet ({type(exc).__name__})", file=str(path),
                         hint="open it in your spreadsheet program and save it again as .xlsx or CSV") from None
    try:
        for ws in wb.worksheets:
            rows = []
            for i, values in enumerate(ws.iter_rows(values_only=True), 1):
                rows.append((i, [v if isinstance(v, (int, float)) and not isinstance(v, bool)
                                 else "" if v is None else _cell_text(v) for v in values]))
            if any(any(str(c).strip() for c in r) for _, r in rows):
                return rows
        return []
    finally:
        wb.close()


def find_header(path: Path, rows) -> tuple[int, list[str], str, dict]:
    """The header row (the first of the top rows that names a report's columns), its kind and field map."""
    best = None
    for k, (_, cells) in enumerate(rows[:MAX_HEADER_SEARCH]):
        header = [str(c).strip() for c in cells]
        kind, cols = map_header(header)
        metrics = [f for f in cols if f not in ("name", "platform_id", "creative_id", "day")]
        joinable = any(f in cols for f in ("name", "platform_id", "creative_id"))
        if joinable and metrics and (kind or len(metrics) >= 2):
            return k, header, kind or "ads", cols
        best = best or (header if any(header) else None)
    t = columns_table()
    want = t["kinds"]["ads"]["detect"][:2] + t["kinds"]["shop"]["detect"][:2]
    seen = ", ".join(f"'{h}'" for h in (best or [])[:6] if h) or "no header"
    raise InputError(f"not a TikTok Ads Manager or TikTok Shop report: no column names the ad or video together with a "
                     f"result (found {seen})", file=str(path),
                     hint="export the ad-level report (Ads Manager) or the video analytics (Seller Center) as CSV or "
                          f"XLSX; ctk expects a name column such as {', '.join(want)} and metrics such as Impressions, "
                          "Clicks (destination), Video views, 展示量, 点击量（目标页面）")


def parse_report(path: str | Path):
    """(kind, field map, [(row number, {field: value}, [row's text cells], problems)]) of a report file."""
    path = Path(path)
    rows = read_rows(path)
    k, header, kind, cols = find_header(path, rows)
    spec = columns_table()["fields"]
    index = {f: header.index(h) for f, h in cols.items()}
    summary = {_norm(s) for s in columns_table()["summary"]["names"]}
    out = []
    for rownum, cells in rows[k + 1:]:
        if not any(str(c).strip() for c in cells):
            continue
        rec, problems = {}, []
        for f, j in index.items():
            raw = cells[j] if j < len(cells) else ""
            try:
                rec[f] = parse_cell(raw, spec[f]["type"])
            except CellError as exc:
                problems.append(Problem(rownum, header[j], str(raw)[:60], str(exc)))
        first = _norm(next((str(c) for c in cells if str(c).strip()), ""))
        if _norm(rec.get("name") or "") in summary or first in summary or re.match(r"total(of)?\d", first):
            continue                                          # "Total of 12 results", 总计
        out.append((rownum, rec, [str(c) for c in cells if isinstance(c, str)], problems))
    return kind, cols, out


COUNT_FIELDS = ("impressions", "views", "views_2s", "views_6s", "clicks", "add_to_cart", "orders", "gmv", "cost")


def missing_counts(cols: dict) -> list[str]:
    """The counts (store.COUNTS) a file with these columns cannot give: unknown, never 0. Clicks come from a
    CTR column with impressions too, watch time from an average watch time column with views."""
    from .store import COUNTS
    have = set(cols)
    if "clicks" not in have and "ctr" in have and "impressions" in have:
        have.add("clicks")
    if "watch_time" in have or ("avg_watch" in have and "views" in have):
        have.add("watch_time_s")
    return [c for c in COUNTS if c not in have]


def counts_of(rec: dict, cols: dict | None = None) -> dict:
    """The Outcome counts of one parsed row of a file with columns `cols` (default: the row's own fields); CTR
    and average watch time fill in what the row lacks. A count the file has no column for is None (unknown);
    an empty cell ('-') of a column it has is 0."""
    cols = rec if cols is None else cols
    missing = set(missing_counts(cols))
    c = {f: rec.get(f) for f in COUNT_FIELDS}
    if c["clicks"] is None and rec.get("ctr") is not None and c["impressions"]:
        c["clicks"] = round(rec["ctr"] * c["impressions"])
    watch = rec.get("watch_time")
    if watch is None and rec.get("avg_watch") is not None:
        watch = rec["avg_watch"] * float(c["views"] or 0)
    c["watch_time_s"] = round(float(watch or 0), 3)
    return {k: None if k in missing else (v or 0) for k, v in c.items()}


def import_report(store, path: str | Path) -> ImportResult:
    """Read one report, join its rows, store them (unless the same file was imported before)."""
    from ..fsutil import sha256_file
    from ..i18n import _
    path = Path(path)
    kind, cols, rows = parse_report(path)
    label = columns_table()["kinds"].get(kind, {}).get("label", kind)
    res = ImportResult(str(path), sha256_file(path), kind, label, rows=len(rows), columns=cols,
                       missing=missing_counts(cols))
    known, names = store.known_ids(), store.names()
    stored, learned = [], {}
    for rownum, rec, texts, problems in rows:
        shown = str(rec.get("name") or rec.get("platform_id") or "").strip()
        if problems:
            res.problems += problems
            res.unjoined.append(Unjoined(rownum, shown, _("a cell is not a number or a date")))
            continue
        first = [str(rec.get(f) or "") for f in ("creative_id", "name", "platform_id")]
        ids = [i for i in find_ids(" ".join(first)) if i in known] or \
            [i for i in find_ids(" ".join(texts)) if i in known]
        if len(ids) > 1:
            res.unjoined.append(Unjoined(rownum, shown, _("several creative ids ({ids})", ids=", ".join(ids))))
            continue
        cid = ids[0] if ids else next((names[n] for n in (str(rec.get("name") or "").strip(),
                                                          str(rec.get("platform_id") or "").strip()) if n in names), None)
        if cid is None:
            res.unjoined.append(Unjoined(rownum, shown, _("no creative id, and no ad name ctk knows")))
            continue
        if ids:                      # remember this row's names: a later report with the names alone joins
            learned.update({n: cid for n in (str(rec.get("name") or "").strip(),
                                              str(rec.get("platform_id") or "").strip()) if n})
        res.joined.append((rownum, cid))
        stored.append((cid, rec.get("day") or "", counts_of(rec, cols)))
    before = store.imported(res.sha256)
    if before is not None:
        res.duplicate = before
        return res
    if not stored:                   # nothing joined: not recorded, so the file can be imported after a render
        return res
    res.import_id = store.add_import(res.sha256, str(path.resolve()), kind, stored, total=res.rows,
                                     unjoined=len(res.unjoined), names=learned)
    return res
