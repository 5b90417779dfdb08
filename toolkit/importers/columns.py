"""A seller spreadsheet's own headers mapped to ctk's fields: the header of a file, and a first guess of which
column is which (the same synonyms `ctk check` recognizes), for the editor's mapping dialog and `--columns`."""

from __future__ import annotations

from pathlib import Path

# the fields a mapping offers, in the order a person fills them in (title and price are required)
FIELDS = ("title", "price", "id", "description", "category", "brand", "compare_at_price", "currency", "image",
          "images", "sku", "stock", "tags", "source_lang")
REQUIRED = ("title", "price")


def catalog_header(path: str | Path) -> list[str]:
    """The column names of a CSV/TSV/XLSX catalog (read within the same limits as a catalog), [] for JSON/YAML."""
    from .readers import read_table
    table = read_table(Path(path))
    if table.records is not None:
        return []
    return [h for h in table.header if h and h.strip()]


def suggest_columns(header: list[str]) -> dict[str, str]:
    """{field: header} for the headers ctk already knows by name or synonym ("商品名称" -> title)."""
    from .generic import ALIASES, KNOWN
    out: dict[str, str] = {}
    for h in header:
        low = h.strip().lower().replace(" ", "_")
        field = ALIASES.get(low, low)
        if field in KNOWN and field not in out:
            out[field] = h
    return out


def check_mapping(mapping: dict[str, str], header: list[str]) -> list[str]:
    """What is wrong with a mapping, as sentences a person can act on (empty when it can be used)."""
    from .generic import KNOWN
    problems = [f"'{f}' is not a ctk field" for f in mapping if f not in KNOWN and not f.startswith("option:")]
    problems += [f"the file has no column '{h}'" for h in mapping.values() if header and h not in header]
    used: dict[str, str] = {}
    for f, h in mapping.items():
        if h in used:
            problems.append(f"the column '{h}' is mapped to both '{used[h]}' and '{f}'")
        used[h] = f
    known = set(suggest_columns(header)) if header else set()
    problems += [f"no column is mapped to '{f}'" for f in REQUIRED if f not in mapping and f not in known]
    return problems


def format_columns(mapping: dict[str, str]) -> str:
    """The `--columns` spelling of a mapping: title=商品名称,price=售价."""
    return ",".join(f"{k}={v}" for k, v in mapping.items())
