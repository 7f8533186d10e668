"""Turning a page or a record into bytes: JSON (orjson) or CSV, with paging headers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

import orjson
from pydantic import BaseModel
from starlette.responses import Response

from app.api.columns import Column, Csv, columns_of
from app.api.formats import geojson, xlsx
from app.api.problems import ParameterProblem
from app.store.query import Page

CSV_TYPE = "text/csv; charset=utf-8"
JSON_TYPE = "application/json"
BOM = "\ufeff".encode()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return orjson.dumps(value).decode()
    return str(value)


def csv_chunks(
    items: Iterable[dict[str, Any]],
    columns: tuple[Column, ...],
    fields: set[str] | None = None,
    rows_per_chunk: int = 500,
) -> Iterator[bytes]:
    """The rows under a header, a chunk at a time, so an export never holds them all;
    `fields` (top-level names) keeps their columns only."""
    kept = [c for c in columns if fields is None or c.field in fields]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.header for c in kept])
    for count, item in enumerate(items, start=1):
        writer.writerow([_cell(c.get(item)) for c in kept])
        if count % rows_per_chunk == 0:
            yield out.getvalue().encode("utf-8")
            out.seek(0)
            out.truncate()
    yield out.getvalue().encode("utf-8")


def to_csv(
    items: list[dict[str, Any]], columns: tuple[Column, ...], fields: set[str] | None = None
) -> bytes:
    """The rows under a header: `fields` (top-level names) keeps their columns only."""
    return b"".join(csv_chunks(items, columns, fields))


def _csv_response(body: bytes, as_csv: Csv | bool, headers: dict[str, str] | None) -> Response:
    if as_csv is Csv.bom:
        body = BOM + body
    return Response(body, media_type=CSV_TYPE, headers=headers)


def page_json(page: Page, extra: dict[str, Any] | None = None) -> bytes:
    """The JSON envelope, byte for byte what `orjson.dumps` of it as a dict gives: the
    stored documents are joined as they are, without decoding them."""
    if page.fields is not None:
        items = orjson.dumps(page.items)
    else:
        items = b"[" + b",".join(page.bodies) + b"]"
    tail = b'"total":%d,"limit":%d,"offset":%d' % (page.total, page.limit, page.offset)
    more = orjson.dumps(extra)[1:-1] if extra else b""
    return b'{"items":' + items + b"," + tail + (b"," + more if more else b"") + b"}"


def page_response(
    page: Page,
    as_csv: Csv | bool,
    extra: dict[str, Any] | None = None,
    extra_headers: dict[str, str] | None = None,
) -> Response:
    """`extra` adds fields to the JSON envelope; `extra_headers` go on JSON and CSV alike."""
    headers = {"X-Total-Count": str(page.total)}
    if page.links:
        headers["Link"] = ", ".join(f'<{url}>; rel="{rel}"' for rel, url in page.links.items())
    headers |= extra_headers or {}
    if as_csv is Csv.geojson:
        return _geojson_response(page, headers)
    if as_csv is Csv.xlsx:
        kept = tuple(c for c in page.columns if page.fields is None or c.field in page.fields)
        sheet = xlsx.Sheet(page.path.strip("/") or "tahaluf", page.items, kept)
        return Response(xlsx.to_xlsx([sheet]), media_type=xlsx.XLSX_TYPE, headers=headers)
    if as_csv:
        return _csv_response(to_csv(page.items, page.columns, page.fields), as_csv, headers)
    return Response(page_json(page, extra), media_type=JSON_TYPE, headers=headers)


def _geojson_response(page: Page, headers: dict[str, str]) -> Response:
    if page.path not in geojson.POINTS:
        raise ParameterProblem("format", f"geojson is offered on {geojson.OFFERED} only")
    body, omitted = geojson.feature_collection(page.path, page.docs, page.items)
    headers = {**headers, geojson.OMITTED_HEADER: str(omitted)}
    return Response(body, media_type=geojson.GEOJSON_TYPE, headers=headers)


def record_response(
    doc: dict[str, Any] | bytes, as_csv: Csv | bool, model: type[BaseModel] | None = None
) -> Response:
    """A record, as a dict or as the JSON the build stored for it."""
    if as_csv is Csv.geojson:
        raise ParameterProblem("format", f"geojson is offered on the lists {geojson.OFFERED}")
    if as_csv:
        if model is None:
            raise ValueError("this record has no CSV columns")
        item = orjson.loads(doc) if isinstance(doc, bytes) else doc
        if as_csv is Csv.xlsx:
            body = xlsx.to_xlsx([xlsx.Sheet(item["id"], [item], columns_of(model))])
            return Response(body, media_type=xlsx.XLSX_TYPE)
        return _csv_response(to_csv([item], columns_of(model)), as_csv, None)
    return Response(doc if isinstance(doc, bytes) else orjson.dumps(doc), media_type=JSON_TYPE)
