"""XLSX, JSON and YAML catalogs, each read within bounds (zip bombs, shared strings, JSON depth and number
length, YAML aliases) and turned into the same Table as a CSV."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from ..errors import InputError

from .readers import MAX_CELL, MAX_NODES, MAX_UNZIPPED, MAX_ZIP_RATIO, Table, _cleaned, clean_records


def _check_zip(path: Path, data: bytes) -> None:
    import zipfile
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            total = 0
            for info in z.infolist():
                total += info.file_size
                if info.file_size > (64 << 20) and info.file_size > MAX_ZIP_RATIO * max(1, info.compress_size):
                    raise InputError(f"the spreadsheet part '{info.filename}' expands {info.file_size >> 20} MB "
                                     f"from {max(1, info.compress_size >> 10)} kB: not a real spreadsheet",
                                     file=str(path), hint="open it in your spreadsheet program and save it again")
            if total > MAX_UNZIPPED:
                raise InputError(f"the spreadsheet expands to {total >> 20} MB; the limit is {MAX_UNZIPPED >> 20} MB",
                                 file=str(path), hint="split the catalog or save it as CSV")
    except zipfile.BadZipFile:
        raise InputError("the spreadsheet is damaged (not a valid .xlsx)", file=str(path),
                         hint="open it in your spreadsheet program and save it again as .xlsx or CSV UTF-8") from None


def _read_xlsx(path: Path, data: bytes) -> Table:
    _check_zip(path, data)
    try:
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # zip but not a workbook, or corrupt
        raise InputError(f"cannot open the spreadsheet ({type(exc).__name__})", file=str(path),
                         hint="open it in your spreadsheet program and save it again as .xlsx or CSV UTF-8") from None
    ws = wb.worksheets[0]
    header: list[str] | None = None
    rows = []
    too_long: list[tuple[int, str, int]] = []
    for i, values in enumerate(ws.iter_rows(values_only=True), start=1):
        cells = ["" if v is None else _cell_text(v)[:MAX_CELL + 1] for v in values]
        if header is None:
            if any(cells):
                header = [c.strip() for c in cells]
            continue
        if not any(c.strip() for c in cells):
            continue
        big = next((j for j, c in enumerate(cells) if len(c) > MAX_CELL), None)
        if big is not None:
            too_long.append((i, header[big] if big < len(header) else f"column {big + 1}", len(cells[big])))
            continue
        rec = {name: (cells[j].strip() if j < len(cells) else "") for j, name in enumerate(header) if name}
        rows.append((i, rec))
    wb.close()
    if header is None:
        raise InputError("the spreadsheet's first sheet is empty", file=str(path),
                         hint="put the header row on the first sheet")
    t = _cleaned(Table(path=path, header=header, rows=rows, encoding="xlsx"))
    t.too_long = too_long
    return t


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
    except RecursionError:
        raise InputError("the JSON is nested too deeply to be a product catalog", file=str(path),
                         hint="products are a list of flat records (docs/input-formats.md)") from None
    except ValueError as exc:         # a number with thousands of digits
        raise InputError(f"invalid JSON: {str(exc)[:80]}", file=str(path),
                         hint="numbers in a catalog are prices and stock counts") from None


def _load_yaml(path: Path, text: str):
    import yaml
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        if node is not None and _expanded_size(node) > MAX_NODES:
            raise InputError("the YAML expands (through anchors and aliases) to more nodes than a catalog has",
                             file=str(path), hint="write the products out without nested aliases")
        return yaml.safe_load(text)
    except RecursionError:
        raise InputError("the YAML is nested too deeply to be a product catalog", file=str(path),
                         hint="products are a list of flat records (docs/input-formats.md)") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(f"invalid YAML: {getattr(exc, 'problem', exc)}", file=str(path),
                         row=(mark.line + 1) if mark else None, hint="fix the YAML syntax on that line") from None


def _expanded_size(root) -> int:
    """Nodes of a YAML document with every alias expanded, counted in linear time (shared nodes memoized)."""
    import yaml
    memo: dict[int, int] = {}

    def size(n) -> int:
        k = id(n)
        if k in memo:
            return memo[k]
        memo[k] = 1                        # a cycle counts once
        total = 1
        if isinstance(n, yaml.SequenceNode):
            total += sum(size(c) for c in n.value)
        elif isinstance(n, yaml.MappingNode):
            total += sum(size(a) + size(b) for a, b in n.value)
        memo[k] = min(total, MAX_NODES + 1)
        return memo[k]
    return size(root)


def _records_table(path: Path, obj, enc: str) -> Table:
    if isinstance(obj, dict) and "products" in obj:
        obj = obj["products"]
    if not isinstance(obj, list):
        raise InputError("expected a list of products (or {\"products\": [...]})", file=str(path),
                         hint="see docs/input-formats.md for the generic schema")
    obj, hits = clean_records(obj)
    t = Table(path=path, header=[], rows=[], encoding=enc, records=obj)
    for h in hits:
        m = re.match(r"\[(\d+)\]\.?(.*)", h)
        if m:
            t.cleaned.setdefault(int(m.group(1)) + 1, []).append(m.group(2) or "?")
    return t
