"""Read an input file into a table of rows (or a list of records), whatever its encoding or container."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

TEXT_EXTS = {".csv", ".tsv", ".txt", ""}
# Every input is bounded: a catalog of 100,000 products fits well inside these; a hostile file does not.
MAX_FILE = 512 << 20              # bytes of a CSV/JSON/YAML/XLSX file
MAX_UNZIPPED = 1 << 30            # bytes an XLSX may expand to
MAX_ZIP_RATIO = 200               # an XLSX part that expands more than this is a zip bomb
MAX_CELL = 256 << 10              # characters in one cell (a long HTML description is ~50k)
MAX_NODES = 5_000_000             # YAML nodes once aliases are expanded (a "billion laughs" has 10^9)


@dataclass
class Table:
    path: Path
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]        # (spreadsheet row number, values)
    encoding: str = "utf-8"
    records: list[dict] | None = None             # JSON / YAML input
    notes: list[str] = field(default_factory=list)
    cleaned: dict[int, list[str]] = field(default_factory=dict)   # row -> columns that lost invisible characters
    too_long: list[tuple[int, str, int]] = field(default_factory=list)   # (row, column, length) left out
    open_quotes: list[tuple[int, str, int]] = field(default_factory=list)   # (row, column, lines swallowed)


# Characters a cell never needs and that can hide or fake text: C0/C1 controls (terminal escapes, NUL), bidi
# overrides and isolates (U+202E turns "gpj.exe" around), zero-width spaces and word joiners, the BOM.
# Tab and newline stay; ZWJ/ZWNJ stay (emoji sequences, Persian and Indic spelling need them).
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
                        "\u200b\u2060\ufeff\u180e\u061c]")


def clean_cell(value: str) -> tuple[str, bool]:
    """A cell without control, bidi-override and zero-width characters; True when something was removed."""
    out = _INVISIBLE.sub("", value)
    return out, len(out) != len(value)


def clean_records(obj, path: str = ""):
    """The same cleaning for JSON/YAML records (strings anywhere in the structure); returns (obj, [paths])."""
    hits: list[str] = []

    def walk(o, where):
        if isinstance(o, str):
            t, changed = clean_cell(o)
            if changed:
                hits.append(where)
            return t
        if isinstance(o, list):
            return [walk(v, f"{where}[{i}]") for i, v in enumerate(o)]
        if isinstance(o, dict):
            return {walk(k, where) if isinstance(k, str) else k: walk(v, f"{where}.{k}" if where else str(k))
                    for k, v in o.items()}
        return o
    return walk(obj, path), hits


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """Strict UTF-8 first (with or without BOM); UTF-16 with or without BOM. A UTF-8 file with a few stray
    bytes stays UTF-8: the bad bytes become U+FFFD and the rows holding them are reported (load_catalog),
    instead of the whole file being re-read in a legacy code page. A file with no UTF-8 in it is a legacy
    export: GB18030 when it reads as Chinese, else the code page charset-normalizer finds, else Windows-1252."""
    for enc in ("utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else None, _utf16_without_bom(data)):
        text = _try_decode(data, enc)
        if text is not None:
            return text, enc
    if b"\x00" in data[:4096]:
        raise InputError("this is a binary file, not a product catalog",
                         file=str(path), hint="export the catalog as CSV, XLSX, JSON or YAML")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    valid = len(_UTF8_SEQ.findall(data))
    high = sum(1 for b in data if b >= 0x80)
    invalid = high - sum(len(m) for m in _UTF8_SEQ.findall(data))
    if valid and invalid <= valid:
        # mostly UTF-8 with stray bytes (one cp1252 "é" pasted in): keep UTF-8, flag the rows
        return data.decode("utf-8-sig", errors="replace"), "utf-8 (with undecodable bytes)"
    enc = _guess_legacy(data)
    text = _try_decode(data, enc)
    if text is not None:
        return text, enc
    raise InputError("the text is not UTF-8 and its encoding could not be recognised (tried GB18030/GBK, "
                     "Shift_JIS, Big5, EUC-KR, Windows-1252)", file=str(path),
                     hint="save the file as 'CSV UTF-8' from your spreadsheet program")


def _try_decode(data: bytes, enc: str | None) -> str | None:
    if not enc:
        return None
    try:
        return data.decode(enc)
    except UnicodeDecodeError:
        return None


_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: mostly-ASCII text leaves a NUL in every other byte."""
    head = data[:4096]
    if len(head) < 8 or len(head) % 2:
        head = head[:len(head) - len(head) % 2]
    if len(head) < 8:
        return None
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    pairs = len(head) // 2
    if odd >= pairs * 0.4 and even == 0:
        return "utf-16-le"
    if even >= pairs * 0.4 and odd == 0:
        return "utf-16-be"
    return None


def _reads_as_chinese(text: str) -> bool:
    non_ascii = [ch for ch in text if ord(ch) > 0x7f]
    if not non_ascii:
        return False
    cjk = sum(1 for ch in non_ascii if "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    return cjk / len(non_ascii) >= 0.8


LEGACY = ["gb18030", "shift_jis", "big5", "euc_kr", "cp1252", "cp1250"]


def _guess_legacy(data: bytes) -> str | None:
    try:                       # GB18030 first when the bytes read as Chinese (a GBK seller export)
        if _reads_as_chinese(data.decode("gb18030")):
            return "gb18030"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data, cp_isolation=LEGACY).best()
        enc = best.encoding if best else None
    except Exception:  # noqa: BLE001 - library missing or confused: fall back below
        enc = None
    if enc in ("cp1250", "cp1252", "latin_1", "iso8859_15"):
        return "cp1252"
    if enc:
        return enc
    for cand in ("gb18030", "cp1252"):
        try:
            data.decode(cand)
            return cand
        except UnicodeDecodeError:
            continue
    return None


def read_table(path: Path) -> Table:
    path = Path(path)
    if not path.exists():
        raise InputError("file not found", file=str(path), hint="check the path")
    if path.is_dir():
        raise InputError("this is a folder, not a file", file=str(path), hint="pass the catalog file itself")
    import stat
    try:
        st = path.stat()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", file=str(path), hint="check the path") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError("this is not a regular file (a device, a pipe or a socket)", file=str(path),
                         hint="save the catalog to a file and pass that file")
    if st.st_size > MAX_FILE:
        raise InputError(f"the file is {st.st_size >> 20} MB; the limit is {MAX_FILE >> 20} MB", file=str(path),
                         hint="split the catalog into several files")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", file=str(path),
                         hint="check the file's permissions") from None
    if not data.strip():
        raise InputError("the file is empty", file=str(path),
                         hint="export the catalog again; it needs a header row and at least one product")
    ext = path.suffix.lower()
    if data[:4] == b"PK\x03\x04" or ext in (".xlsx", ".xlsm"):
        from .structured import _read_xlsx
        return _read_xlsx(path, data)
    if data[:5] == b"%PDF-" or data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff":
        raise InputError("this is a binary file (PDF or image), not a product catalog", file=str(path),
                         hint="export the catalog as CSV, XLSX, JSON or YAML")
    text, enc = decode_text(data, path)
    stripped = text.lstrip()
    if ext == ".json" or (ext not in (".yaml", ".yml", ".csv", ".tsv") and stripped[:1] in "[{"):
        from .structured import _load_json, _records_table
        return _records_table(path, _load_json(path, text), enc)
    if ext in (".yaml", ".yml"):
        from .structured import _load_yaml, _records_table
        return _records_table(path, _load_yaml(path, text), enc)
    return _read_csv(path, text, enc)


def _read_csv(path: Path, text: str, enc: str) -> Table:
    sample = text[:20000]
    delimiter = ","
    first = sample.splitlines()[0] if sample.splitlines() else ""
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    if counts[best] > 0:
        delimiter = best
    csv.field_size_limit(MAX_FILE)          # one huge cell is reported on its row below, not a lost file
    all_rows, spans = _csv_records(path, text, delimiter)
    # skip leading empty lines
    start = 0
    while start < len(all_rows) and not any(c.strip() for c in all_rows[start]):
        start += 1
    if start >= len(all_rows):
        raise InputError("the file has no header row", file=str(path), hint="the first line must name the columns")
    header = [h.strip() for h in all_rows[start]]
    if len(header) < 2 and delimiter == ",":
        raise InputError("the first line does not look like a CSV header (fewer than two columns)",
                         file=str(path), row=start + 1,
                         hint="use one of the formats in docs/input-formats.md")
    rows = []
    too_long: list[tuple[int, str, int]] = []
    open_quotes: list[tuple[int, str, int]] = []
    lines = text.splitlines()
    for i, values in enumerate(all_rows[start + 1:], start=start + 2):
        if not any(v.strip() for v in values):
            continue
        first, last = spans[i - 1]
        if last > first and _swallowed(values, lines[first:last], delimiter, len(header)):
            # a quote opened in this row never closed: the lines after it became one cell; report this row
            # and read those lines as the rows they are
            col = next((header[j] if j < len(header) else f"column {j + 1}" for j, v in enumerate(values)
                        if "\n" in v), "?")
            open_quotes.append((i, col, last - first - 1))
            sub, _ = _csv_records(path, "\n".join(lines[first + 1:last]), delimiter)
            for k, vals in enumerate(sub):
                if any(v.strip() for v in vals) and len(vals) >= len(header) - 1:
                    rows.append((-(first + k + 2), {name: (vals[j].strip() if j < len(vals) else "")
                                                    for j, name in enumerate(header) if name}))
            continue
        big = next((j for j, v in enumerate(values) if len(v) > MAX_CELL), None)
        if big is not None:
            too_long.append((i, header[big] if big < len(header) else f"column {big + 1}", len(values[big])))
            continue
        rec = {}
        for j, name in enumerate(header):
            if not name:
                continue
            rec[name] = values[j].strip() if j < len(values) else ""
        rows.append((i, rec))
    # rows recovered from inside a broken quote carry their physical line (negative marker) as the row number
    rows = [(abs(r), rec) for r, rec in rows]
    t = _cleaned(Table(path=path, header=header, rows=rows, encoding=enc))
    t.too_long = too_long
    t.open_quotes = open_quotes
    return t


def _csv_records(path: Path, text: str, delimiter: str) -> tuple[list[list[str]], list[tuple[int, int]]]:
    """CSV records with the physical lines each one spans (0-based first line, last line exclusive+1)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records, spans, prev = [], [], 0
    try:
        for values in reader:
            records.append(values)
            spans.append((prev, reader.line_num))
            prev = reader.line_num
    except csv.Error as exc:
        raise InputError(f"the CSV is malformed ({exc})", file=str(path), row=reader.line_num,
                         hint="check quoting on that line") from None
    return records, spans


def _swallowed(values: list[str], raw_lines: list[str], delimiter: str, ncols: int) -> bool:
    """Did an unclosed quote swallow whole rows? A multi-line cell whose continuation lines each look like a
    complete row (as many delimiters as the header has), while the record itself came out short."""
    if ncols < 3 or len(values) >= ncols and not any("\n" in v and v.count(delimiter) >= ncols - 1 for v in values):
        return False
    cont = raw_lines[1:]
    return bool(cont) and sum(1 for ln in cont if ln.count(delimiter) >= ncols - 1) >= max(1, len(cont) // 2)


def _cleaned(table: Table) -> Table:
    """Invisible and control characters out of every cell (and the header), remembered per row."""
    table.header = [clean_cell(h)[0] for h in table.header]
    for i, rec in table.rows:
        for k in list(rec):
            v = rec[k]
            if not isinstance(v, str):
                continue
            t, changed = clean_cell(v)
            if changed:
                rec[k] = t.strip()
                table.cleaned.setdefault(i, []).append(k)
        for k in [k for k in rec if isinstance(k, str) and clean_cell(k)[1]]:
            rec[clean_cell(k)[0]] = rec.pop(k)
    return table
