"""OpenAPI descriptions of the responses the operations share.

Errors are documented through the `Problem` model, as FastAPI generates them, under the
media type the service sends (`application/problem+json`). Their examples are bodies the
service really sends: each example's `summary` is the request that produces it, and a
test sends it.
"""

from __future__ import annotations

from typing import Any

from fastapi.openapi.constants import REF_PREFIX

from app.api.problems import PROBLEM_TYPE, NotFound, problem_body
from app.models.public import Problem

Responses = dict[int | str, dict[str, Any]]
# The reason Pydantic gives for a value under `ge=1`, as the 422 of `limit=0` reports it.
TOO_SMALL = "Input should be greater than or equal to 1"


def problem(
    description: str,
    examples: dict[str, tuple[str, dict[str, Any]]] | None = None,
    *,
    typed: bool = True,
) -> Any:
    """A problem response. `typed=False` on an operation whose own media type is not JSON
    (a download), where FastAPI would file the model under that media type; the schema
    is then only referred to, and other operations put it in the components."""
    content: dict[str, Any] = {"schema": {"$ref": f"{REF_PREFIX}{Problem.__name__}"}}
    if examples:
        content["examples"] = {
            name: {"summary": request, "value": body} for name, (request, body) in examples.items()
        }
    response = {"description": description, "content": {PROBLEM_TYPE: content}}
    return {"model": Problem, **response} if typed else response


NOT_MODIFIED: Responses = {
    304: {"description": "Not modified: the `If-None-Match` ETag is current. No body."},
}
INVALID_NOTE = "A parameter is unknown, repeated or invalid: every one is named in `errors`."
CSV: dict[str, Any] = {
    "text/csv": {"schema": {"type": "string"}},
    # `format=xlsx`: a workbook (app/api/formats/xlsx.py).
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
        "schema": {"type": "string", "format": "binary"}
    },
}
GEOJSON: dict[str, Any] = {
    "application/geo+json": {
        "schema": {
            "type": "object",
            "description": "With `format=geojson`: an RFC 7946 FeatureCollection, a Point "
            "Feature per record that has a point, its properties the list item.",
        }
    }
}


def _header(description: str, schema: dict[str, Any], *, required: bool = True) -> Any:
    return {"description": description, "required": required, "schema": schema}


# The headers of a 200, declared so that generated clients can read them by name.
RECORD_HEADERS: dict[str, Any] = {
    "ETag": _header(
        "Strong validator of this body; send it back as `If-None-Match` for a 304.",
        {"type": "string", "pattern": '^"[0-9a-f]{32}(-gzip)?"$'},
    ),
    "X-Request-ID": _header(
        "The request's id: the client's own when it sent a sane one.", {"type": "string"}
    ),
    "Content-Disposition": _header(
        "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
        {"type": "string"},
        required=False,
    ),
}
PAGE_HEADERS: dict[str, Any] = {
    **RECORD_HEADERS,
    "X-Total-Count": _header("How many records match, on every page.", {"type": "integer"}),
    "Link": _header(
        "RFC 8288 `first`, `prev`, `next` and `last` pages, as relative URLs.",
        {"type": "string"},
    ),
}


MAP_HEADERS: dict[str, Any] = {
    "X-Features-Omitted": _header(
        "With GeoJSON: how many records of the page have no point, so no feature.",
        {"type": "integer"},
        required=False,
    ),
}


def invalid(
    examples: dict[str, tuple[str, dict[str, Any]]] | None = None, *, typed: bool = True
) -> Responses:
    return {422: problem(INVALID_NOTE, examples, typed=typed)}


def _not_found(path: str, missing: NotFound) -> Responses:
    body = problem_body(404, missing.detail, path)
    return {404: problem("No record has this id.", {"unknown-id": (f"GET {path}", body)})}


def listing(
    path: str,
    missing: NotFound | None = None,
    unknown: str = "",
    *,
    required: str = "",
    headers: dict[str, Any] | None = None,
    mapped: bool = False,
) -> Responses:
    """A collection at `path`: JSON or CSV, 304, and the 422 of `limit=0` as the example.

    A sub-collection of a record also answers 404, `missing`, for the `unknown` path.
    `required` holds the parameters the request cannot do without (`q=...&`); `headers`
    are the collection's own, beside those of every page. A `mapped` collection also
    answers GeoJSON.
    """
    errors = [{"name": "limit", "in": "query", "reason": TOO_SMALL}]
    body = problem_body(422, "Invalid parameter: limit.", path, errors=errors)
    return {
        200: {
            "content": {**CSV, **(GEOJSON if mapped else {})},
            "headers": {**PAGE_HEADERS, **(MAP_HEADERS if mapped else {}), **(headers or {})},
        },
        **NOT_MODIFIED,
        **(_not_found(unknown, missing) if missing is not None else {}),
        **invalid({"limit-zero": (f"GET {path}?{required}limit=0", body)}),
    }


def record(path: str, missing: NotFound) -> Responses:
    """A record, whose 404 for the `path` of an unknown id is `missing`."""
    return {
        200: {"content": CSV, "headers": RECORD_HEADERS},
        **NOT_MODIFIED,
        **_not_found(path, missing),
        **invalid(),
    }
