"""A real spreadsheet (XLSX, written by XlsxWriter) of one or more lists of public dicts.

The columns are the CSV's (`app.api.columns`), with what a spreadsheet needs beyond CSV:
- Arabic intact (XLSX is Unicode throughout: no encoding to guess, no import dialog);
- a frozen header row with filter buttons;
- bilingual texts Arabic first, and the sheet right to left where an Arabic column
  comes first;
- a day-precise, certain date as a real date, in a column before its EDTF text;
- lists as joined text.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
import xlsxwriter  # type: ignore[import-untyped]

from app.api.columns import Column

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LIST_SEPARATOR = "; "
MAX_CELL = 32_767  # Excel's limit on the characters of a cell

Doc = dict[str, Any]


@dataclass(frozen=True)
class Sheet:
    name: str
    docs: Iterable[Doc]  # read once, in order: a list, or records as the store reads them
    columns: tuple[Column, ...]


@dataclass(frozen=True)
class _Out:
    header: str
    get: Callable[[Doc], Any]
    is_date: bool = False


def _text(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, list):
        parts = [v if isinstance(v, str) else orjson.dumps(v).decode() for v in value]
        return LIST_SEPARATOR.join(parts)[:MAX_CELL]
    if isinstance(value, dict):
        return orjson.dumps(value).decode()[:MAX_CELL]
    if isinstance(value, str):
        return value[:MAX_CELL]
    return value


def _day(edtf: Column) -> Callable[[Doc], Any]:
    """The real date of a date object whose EDTF is one day; None otherwise."""

    def get(doc: Doc) -> dt.date | None:
        value = edtf.get(doc)
        if isinstance(value, str) and len(value) == 10 and value[4] == "-":
            return dt.date.fromisoformat(value)
        return None

    return get


def _arabic_first(columns: Sequence[Column]) -> list[Column]:
    ordered = list(columns)
    for i in range(len(ordered) - 1):
        a, b = ordered[i], ordered[i + 1]
        if a.header.endswith(".en") and b.header == a.header[:-3] + ".ar":
            ordered[i], ordered[i + 1] = b, a
    return ordered


def _outputs(columns: Sequence[Column]) -> list[_Out]:
    out: list[_Out] = []
    for column in _arabic_first(columns):
        if column.header.endswith(".edtf"):
            out.append(_Out(column.header.removesuffix(".edtf"), _day(column), is_date=True))
        out.append(_Out(column.header, column.get))
    return out


def _right_to_left(out: list[_Out]) -> bool:
    """An Arabic column comes before any English one."""
    languages = [o.header[-2:] for o in out if o.header.endswith((".ar", ".en"))]
    return bool(languages) and languages[0] == "ar"


def to_xlsx(sheets: Sequence[Sheet]) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_urls": False})
    bold = book.add_format({"bold": True})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    for sheet in sheets:
        out = _outputs(sheet.columns)
        ws = book.add_worksheet(sheet.name[:31])
        if _right_to_left(out):
            ws.right_to_left()
        ws.write_row(0, 0, [o.header for o in out], bold)
        rows = 0
        for row, doc in enumerate(sheet.docs, start=1):
            rows = row
            for col, o in enumerate(out):
                value = o.get(doc)
                if o.is_date:
                    if value is not None:
                        ws.write_datetime(row, col, dt.datetime.combine(value, dt.time()), day)
                else:
                    ws.write(row, col, _text(value))
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(rows, 1), max(len(out) - 1, 0))
    book.close()
    return buffer.getvalue()
