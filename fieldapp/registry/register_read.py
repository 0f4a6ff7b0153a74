"""Read a tenant-register export into rows of text: CSV (encoding and separator detected) or
XLSX (first sheet, through openpyxl).

    table = read_table(path)      # RegisterError when the file can't be used at all

CSV: UTF-8 (with or without BOM) when the bytes are UTF-8, UTF-16 with a BOM, otherwise
Windows-1252; the separator is the one of ``;``, ``,`` and tab that splits the header line
into the most columns. A line whose bytes do not fit the file's encoding is kept, flagged
``bad_encoding``, and refused later with its line number. Line numbers are the file's
(header = line 1; for XLSX the sheet's row numbers).
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from fieldapp.i18n import QT_TRANSLATE_NOOP as _t
from fieldapp.registry.register_mapping import RegisterError

MAX_BYTES = 200 * 1024 * 1024
SEPARATORS = (";", ",", "\t")
REPLACEMENT = "\ufffd"

UNREADABLE = _t("register", "The file can't be read ({reason}).")
NOT_A_TABLE = _t("register", "This file is not a register export: choose a .csv or .xlsx "
                 "file with one line per person and a header line.")
EMPTY = _t("register", "The file holds no header line and no data.")
TOO_BIG = _t("register", "The file is larger than {mb} MB; split the export.")
BAD_XLSX = _t("register", "The Excel file can't be opened; save it again as .xlsx or "
              "export the register as CSV.")


@dataclass(frozen=True)
class Row:
    line: int
    values: list[str]
    bad_encoding: bool = False


@dataclass
class Table:
    headers: list[str]
    rows: list[Row] = field(default_factory=list)
    encoding: str = ""
    separator: str = ""


def read_table(path: Path | str) -> Table:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise RegisterError(UNREADABLE, reason=exc.strerror or type(exc).__name__) from None
    if size > MAX_BYTES:
        raise RegisterError(TOO_BIG, mb=MAX_BYTES // (1024 * 1024))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RegisterError(UNREADABLE, reason=exc.strerror or type(exc).__name__) from None
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path)  # an Excel file with another extension
    return read_csv_bytes(data)


# -- CSV ----------------------------------------------------------------------------------

def _encoding(data: bytes) -> tuple[str, bytes]:
    """(encoding, bytes without BOM). UTF-8 also when only some lines are broken UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8", data[len(codecs.BOM_UTF8):]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", data
    try:
        data.decode("utf-8")
        return "utf-8", data
    except UnicodeDecodeError:
        pass
    good = bad = 0
    for raw in data.splitlines():
        if raw.isascii():
            continue
        try:
            raw.decode("utf-8")
            good += 1
        except UnicodeDecodeError:
            bad += 1
    return ("utf-8" if good > bad else "cp1252"), data


def _decode(data: bytes, encoding: str) -> str:
    # errors="replace": a line whose bytes don't fit is flagged, not the whole file lost
    return data.decode(encoding, errors="replace")


def _separator(header: str) -> str:
    best = max(SEPARATORS, key=lambda sep: len(next(csv.reader([header], delimiter=sep))))
    return best


def read_csv_bytes(data: bytes) -> Table:
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE,
                                                       codecs.BOM_UTF16_BE)):
        raise RegisterError(NOT_A_TABLE)
    encoding, body = _encoding(data)
    text = _decode(body, encoding)
    if encoding == "utf-16" and text.startswith("\ufeff"):
        text = text[1:]
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    if not first:
        raise RegisterError(EMPTY)
    sep = _separator(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    headers: list[str] | None = None
    rows: list[Row] = []
    try:
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            if headers is None:
                headers = [v.strip() for v in values]
                continue
            rows.append(Row(reader.line_num, [v.strip() for v in values],
                            any(REPLACEMENT in v for v in values)))
    except csv.Error as exc:
        raise RegisterError(UNREADABLE, reason=str(exc)) from None
    if headers is None or len(headers) < 2:
        raise RegisterError(NOT_A_TABLE)
    if any(REPLACEMENT in h for h in headers):
        raise RegisterError(UNREADABLE, reason="encoding")
    return Table(headers, rows, encoding=encoding, separator=sep)


# -- XLSX ---------------------------------------------------------------------------------

def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook  # imported here: CSV imports never pay for it

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # zipfile, XML and openpyxl errors alike: the file is unusable
        raise RegisterError(BAD_XLSX) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise RegisterError(EMPTY)
        headers: list[str] | None = None
        rows: list[Row] = []
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            values = [_cell_text(c) for c in cells]
            if not any(values):
                continue
            if headers is None:
                headers = values
                continue
            rows.append(Row(number, values))
    finally:
        book.close()
    if headers is None:
        raise RegisterError(EMPTY)
    while headers and not headers[-1]:
        headers.pop()
    if len(headers) < 2:
        raise RegisterError(NOT_A_TABLE)
    return Table(headers, rows, encoding="xlsx", separator="")
