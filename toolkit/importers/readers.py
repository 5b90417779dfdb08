"""Read an input file into a table of rows (or a list of records), whatever its encoding or container."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

TEXT_EXTS = {".csv", ".tsv", ".txt", ""}


@dataclass
class Table:
    path: Path
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]        # (spreadsheet row number, values)
    encoding: str = "utf-8"
    records: list[dict] | None = None             # JSON / YAML input
    notes: list[str] = field(default_factory=list)


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, then GB18030 (a superset of GBK and GB2312)."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise InputError("this is a binary file, not a product catalog",
                         file=str(path), hint="export the catalog as CSV, XLSX, JSON or YAML")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Not UTF-8: a legacy Excel export. Tell the Chinese/Japanese/Korean multi-byte code pages from the
    # Western single-byte one (Windows-1252, Excel's "CSV" on European Windows) by how the text reads.
    enc = _guess_legacy(data)
    if enc:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise InputError("the text is not UTF-8 and its encoding could not be recognised (tried GB18030/GBK, "
                     "Shift_JIS, Big5, EUC-KR, Windows-1252)", file=str(path),
                     hint="save the file as 'CSV UTF-8' from your spreadsheet program")


LEGACY = ["gb18030", "shift_jis", "big5", "euc_kr", "cp1252", "cp1250"]


def _guess_legacy(data: bytes) -> str | None:
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
        return _read_xlsx(path, data)
    if data[:5] == b"%PDF-" or data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff":
        raise InputError("this is a binary file (PDF or image), not a product catalog", file=str(path),
                         hint="export the catalog as CSV, XLSX, JSON or YAML")
    text, enc = decode_text(data, path)
    stripped = text.lstrip()
    if ext == ".json" or (ext not in (".yaml", ".yml", ".csv", ".tsv") and stripped[:1] in "[{"):
        return _records_table(path, _load_json(path, text), enc)
    if ext in (".yaml", ".yml"):
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
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        all_rows = list(reader)
    except csv.Error as exc:
        raise InputError(f"the CSV is malformed ({exc})", file=str(path), row=reader.line_num,
                         hint="check quoting on that line") from None
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
    for i, values in enumerate(all_rows[start + 1:], start=start + 2):
        if not any(v.strip() for v in values):
            continue
        rec = {}
        for j, name in enumerate(header):
            if not name:
                continue
            rec[name] = values[j].strip() if j < len(values) else ""
        rows.append((i, rec))
    return Table(path=path, header=header, rows=rows, encoding=enc)


def _read_xlsx(path: Path, data: bytes) -> Table:
    try:
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # zip but not a workbook, or corrupt
        raise InputError(f"cannot open the spreadsheet ({type(exc).__name__})", file=str(path),
                         hint="open it in your spreadsheet program and save it again as .xlsx or CSV UTF-8") from None
    ws = wb.worksheets[0]
    header: list[str] | None = None
    rows = []
    for i, values in enumerate(ws.iter_rows(values_only=True), start=1):
        cells = ["" if v is None else _cell_text(v) for v in values]
        if header is None:
            if any(cells):
                header = [c.strip() for c in cells]
            continue
        if not any(c.strip() for c in cells):
            continue
        rec = {name: (cells[j].strip() if j < len(cells) else "") for j, name in enumerate(header) if name}
        rows.append((i, rec))
    wb.close()
    if header is None:
        raise InputError("the spreadsheet's first sheet is empty", file=str(path),
                         hint="put the header row on the first sheet")
    return Table(path=path, header=header, rows=rows, encoding="xlsx")


def _cell_text(v) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _load_json(path: Path, text: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg} at column {exc.colno}", file=str(path), row=exc.lineno,
                         hint="fix the JSON syntax on that line") from None


def _load_yaml(path: Path, text: str):
    import yaml
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(f"invalid YAML: {getattr(exc, 'problem', exc)}", file=str(path),
                         row=(mark.line + 1) if mark else None, hint="fix the YAML syntax on that line") from None


def _records_table(path: Path, obj, enc: str) -> Table:
    if isinstance(obj, dict) and "products" in obj:
        obj = obj["products"]
    if not isinstance(obj, list):
        raise InputError("expected a list of products (or {\"products\": [...]})", file=str(path),
                         hint="see docs/input-formats.md for the generic schema")
    return Table(path=path, header=[], rows=[], encoding=enc, records=obj)
