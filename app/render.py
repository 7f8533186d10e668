"""Turning a page or a record into bytes: JSON (orjson) or CSV, with paging headers."""

from __future__ import annotations

import csv
import io
from typing import Any

import orjson
from starlette.responses import Response

from app.query import Page

CSV_TYPE = "text/csv; charset=utf-8"
JSON_TYPE = "application/json"


def _cell(value: Any) -> str:
    """A nested value as readable text: bilingual text as `en | ar`, lists joined with `; `."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        if "en" in value and "ar" in value and len(value) == 2:
            return f"{value['en']} | {value['ar']}"
        if "title" in value and "body" in value:  # a person's role
            body = value["body"]["id"] or _cell(value["body"]["name"])
            dated = f", {_cell(value['date'])}" if value.get("date") else ""
            return f"{_cell(value['title'])} ({body}{dated})"
        if "coalition" in value and "roles" in value:
            return f"{_cell(value['coalition'])} ({', '.join(value['roles'])})"
        if "id" in value:
            return str(value["id"])
        if "edtf" in value:
            return str(value["edtf"])
        if "date" in value:
            return str(value["date"])
        if "source" in value and "quote" in value:
            return f"{value['source']}: {value['quote']}"
        return "; ".join(f"{k}={_cell(v)}" for k, v in value.items() if v is not None)
    if isinstance(value, list):
        return "; ".join(_cell(item) for item in value)
    return str(value)


def _date_columns(key: str, value: dict[str, Any]) -> dict[str, str]:
    """A date as its EDTF string, whether it is uncertain, and why."""
    return {
        key: value["edtf"],
        f"{key}.uncertain": _cell(value["uncertain"]),
        f"{key}.note": value["note"] or "",
    }


def _columns(item: dict[str, Any]) -> dict[str, str]:
    """Top-level fields, with bilingual texts split into `name.en` and `name.ar` columns."""
    row: dict[str, str] = {}
    for key, value in item.items():
        if isinstance(value, dict) and set(value) == {"ar", "en"}:
            row[f"{key}.en"] = value["en"]
            row[f"{key}.ar"] = value["ar"]
        elif isinstance(value, dict) and "edtf" in value:
            row.update(_date_columns(key, value))
        else:
            row[key] = _cell(value)
    return row


def to_csv(items: list[dict[str, Any]]) -> bytes:
    rows = [_columns(item) for item in items]
    header: list[str] = []
    for row in rows:
        header.extend(k for k in row if k not in header)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def page_response(
    page: Page,
    as_csv: bool,
    extra: dict[str, Any] | None = None,
    extra_headers: dict[str, str] | None = None,
) -> Response:
    """`extra` adds fields to the JSON envelope; `extra_headers` go on JSON and CSV alike."""
    headers = {"X-Total-Count": str(page.total)}
    if page.links:
        headers["Link"] = ", ".join(f'<{url}>; rel="{rel}"' for rel, url in page.links.items())
    headers |= extra_headers or {}
    if as_csv:
        return Response(to_csv(page.items), media_type=CSV_TYPE, headers=headers)
    body = {"items": page.items, "total": page.total, "limit": page.limit, "offset": page.offset}
    body |= extra or {}
    return Response(orjson.dumps(body), media_type=JSON_TYPE, headers=headers)


def record_response(doc: dict[str, Any], as_csv: bool) -> Response:
    if as_csv:
        return Response(to_csv([doc]), media_type=CSV_TYPE)
    return Response(orjson.dumps(doc), media_type=JSON_TYPE)
