"""The OpenAPI document is the contract clients generate code from: any change must be seen.

The whole document is kept as an inline snapshot, so a change to a route, a model or a
description shows up as a diff in review. After an intended change, refresh it with
`uv run pytest tests/test_openapi.py --inline-snapshot=fix` and read the diff.
"""

# The snapshot holds the document's descriptions verbatim, as long lines.
# ruff: noqa: E501

from __future__ import annotations

import copy
from typing import Any

import pytest
from inline_snapshot import snapshot

from app.routers.downloads import PATHS as DOWNLOADS
from tests.conftest import Client

LIVE_EXAMPLE = "<live data: see test_documented_example_is_what_the_endpoint_returns>"
# Every path but the index and the health probe documents one real answer.
EXAMPLE_PATHS = [
    "/coalitions",
    "/coalitions/{coalition_id}",
    "/coalitions/{coalition_id}/members",
    "/coalitions/{coalition_id}/working-groups",
    "/coalitions/{coalition_id}/timeline",
    "/coalitions/{coalition_id}/people",
    "/members",
    "/members/{member_id}",
    "/working-groups",
    "/working-groups/{group_id}",
    "/timeline",
    "/timeline/{event_id}",
    "/people",
    "/people/{person_id}",
    "/sources",
    "/sources/{source_id}",
    "/search",
]


def without_live_examples(document: dict[str, Any]) -> dict[str, Any]:
    """The document with every response example replaced by `LIVE_EXAMPLE`.

    Those examples are real records taken from the loaded data: they are most of the
    document's bulk and change with every seed edit, which says nothing about the
    contract. The snapshot keeps where they are; their values are checked against the
    endpoints by `test_documented_example_is_what_the_endpoint_returns` instead.
    """
    document = copy.deepcopy(document)
    for operations in document["paths"].values():
        for operation in operations.values():
            for response in operation.get("responses", {}).values():
                for media in response.get("content", {}).values():
                    if "example" in media:
                        media["example"] = LIVE_EXAMPLE
                    for example in media.get("examples", {}).values():
                        example["value"] = LIVE_EXAMPLE
    return document


def example_request(
    operation: dict[str, Any], path: str, example: Any
) -> tuple[str, dict[str, Any]]:
    """The request the example answers: a record names its own id, a page its paging.

    Other path and required query parameters take the values the document gives as
    their examples, which is what Swagger UI fills in for "Try it out".
    """
    params: dict[str, Any] = {}
    for parameter in operation["parameters"]:
        examples = list(parameter.get("examples", {}).values())
        name, value = parameter["name"], examples[0]["value"] if examples else None
        if parameter["in"] == "path":
            is_page = isinstance(example, dict) and "items" in example
            path = path.replace(f"{{{name}}}", value if is_page else example["id"])
        elif parameter.get("required"):
            params[name] = value
    if isinstance(example, dict) and "items" in example:
        params |= {"limit": example["limit"], "offset": example["offset"]}
    return path, params


def test_the_document_matches_its_snapshot(document: dict[str, Any]) -> None:
    assert without_live_examples(document) == snapshot(
        {
            "openapi": "3.1.0",
            "info": {
                "title": "Tahaluf",
                "summary": "A read-only API of what public documents say about counter-terrorism coalitions, every fact cited.",
                "description": """\

What public documents say about international counter-terrorism coalitions: the Islamic
Military Counter Terrorism Coalition and the Global Coalition against Daesh, their members,
working groups, timeline and the people the documents name. Every record cites a short
verbatim quote of the document it comes from (`sources`), and `notes` say how conflicts
between the documents were resolved.

Every collection speaks the same query language: `limit` (1-500) and `offset`, `sort`
(`-` for descending), `fields`, `q` (Arabic or English, spelling-insensitive) and
`format=csv`. Errors are RFC 9457 problem details. Responses carry a strong `ETag`.
""",
                "license": {
                    "name": "Creative Commons Attribution 4.0 International",
                    "identifier": "CC-BY-4.0",
                },
                "version": "1.0.0",
            },
            "servers": [{"url": "/", "description": "This service"}],
            "paths": {
                "/": {
                    "get": {
                        "tags": ["meta"],
                        "summary": "Index",
                        "operationId": "getIndex",
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Index"}
                                    }
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/health": {
                    "get": {
                        "tags": ["meta"],
                        "summary": "Health and readiness",
                        "description": "200 once the database is open and loaded; 503 before.",
                        "operationId": "getHealth",
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Health"}
                                    }
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "503": {
                                "description": "Not ready yet.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/coalitions": {
                    "get": {
                        "tags": ["coalitions"],
                        "summary": "List coalitions",
                        "operationId": "listCoalitions",
                        "parameters": [
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 200,
                                    "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                                    "examples": ["السعودية"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                            },
                            {
                                "name": "limit",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 500,
                                    "minimum": 1,
                                    "description": "Page size, 1 to 500.",
                                    "default": 100,
                                    "title": "Limit",
                                },
                                "description": "Page size, 1 to 500.",
                            },
                            {
                                "name": "offset",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 1000000,
                                    "minimum": 0,
                                    "description": "How many records to skip.",
                                    "default": 0,
                                    "title": "Offset",
                                },
                                "description": "How many records to skip.",
                            },
                            {
                                "name": "sort",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^-?(?:id|name|founded|member_count|name\\.ar|name\\.en)(?:,-?(?:id|name|founded|member_count|name\\.ar|name\\.en)){0,5}$",
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                                    "examples": ["-name,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^(?:notes|sources|id|url|name|abbreviation|founded|announced_by|initiator|headquarters|slogan|vision|objectives|domains|principles|leaders|achievements|self_description|means|bodies|stated_member_count|member_coverage|member_count|working_groups)(?:,(?:notes|sources|id|url|name|abbreviation|founded|announced_by|initiator|headquarters|slogan|vision|objectives|domains|principles|leaders|achievements|self_description|means|bodies|stated_member_count|member_coverage|member_count|working_groups)){0,23}$",
                                    "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                                    "examples": ["id,name"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; `geojson` for GeoJSON, a feature per record with a point; JSON by default.",
                                    "$ref": "#/components/schemas/MapFormat",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; `geojson` for GeoJSON, a feature per record with a point; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/CoalitionPage"},
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                    "application/geo+json": {
                                        "schema": {
                                            "type": "object",
                                            "description": "With `format=geojson`: an RFC 7946 FeatureCollection, a Point Feature per record that has a point, its properties the list item.",
                                        }
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                    "X-Total-Count": {
                                        "description": "How many records match, on every page.",
                                        "required": True,
                                        "schema": {"type": "integer"},
                                    },
                                    "Link": {
                                        "description": "RFC 8288 `first`, `prev`, `next` and `last` pages, as relative URLs.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "X-Features-Omitted": {
                                        "description": "With GeoJSON: how many records of the page have no point, so no feature.",
                                        "required": False,
                                        "schema": {"type": "integer"},
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "limit-zero": {
                                                "summary": "GET /coalitions?limit=0",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/coalitions/{coalition_id}": {
                    "get": {
                        "tags": ["coalitions"],
                        "summary": "Get a coalition",
                        "description": "Its founding, vision, objectives, domains, principles and leaders, the member count the documents state beside the count the data holds, and its working groups.",
                        "operationId": "getCoalition",
                        "parameters": [
                            {
                                "name": "coalition_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "title": "Coalition Id",
                                },
                                "examples": {"imctc": {"value": "imctc"}},
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                                    "$ref": "#/components/schemas/Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/CoalitionPublic"},
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "unknown-id": {
                                                "summary": "GET /coalitions/xx",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/coalitions/{coalition_id}/members": {
                    "get": {
                        "tags": ["coalitions"],
                        "summary": "List a coalition's members",
                        "description": "`/members` with `coalition` preset.",
                        "operationId": "listCoalitionMembers",
                        "parameters": [
                            {
                                "name": "coalition_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "title": "Coalition Id",
                                },
                                "examples": {"imctc": {"value": "imctc"}},
                            },
                            {
                                "name": "type",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "Countries or organizations.",
                                    "$ref": "#/components/schemas/MemberType",
                                },
                                "description": "Countries or organizations.",
                            },
                            {
                                "name": "role",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "Only members with this role (in the coalitions filtered).",
                                    "$ref": "#/components/schemas/Role",
                                },
                                "description": "Only members with this role (in the coalitions filtered).",
                            },
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 200,
                                    "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                                    "examples": ["السعودية"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                            },
                            {
                                "name": "limit",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 500,
                                    "minimum": 1,
                                    "description": "Page size, 1 to 500.",
                                    "default": 100,
                                    "title": "Limit",
                                },
                                "description": "Page size, 1 to 500.",
                            },
                            {
                                "name": "offset",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 1000000,
                                    "minimum": 0,
                                    "description": "How many records to skip.",
                                    "default": 0,
                                    "title": "Offset",
                                },
                                "description": "How many records to skip.",
                            },
                            {
                                "name": "sort",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^-?(?:id|name|type|iso_alpha3|iso_numeric|region|subregion|name\\.ar|name\\.en)(?:,-?(?:id|name|type|iso_alpha3|iso_numeric|region|subregion|name\\.ar|name\\.en)){0,8}$",
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                                    "examples": ["-name,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^(?:notes|sources|id|url|type|name|name_basis|names|aliases|iso_alpha2|iso_alpha3|iso_numeric|region|subregion|point|memberships)(?:,(?:notes|sources|id|url|type|name|name_basis|names|aliases|iso_alpha2|iso_alpha3|iso_numeric|region|subregion|point|memberships)){0,15}$",
                                    "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                                    "examples": ["id,name"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; `geojson` for GeoJSON, a feature per record with a point; JSON by default.",
                                    "$ref": "#/components/schemas/MapFormat",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; `geojson` for GeoJSON, a feature per record with a point; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/MemberPage"},
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                    "application/geo+json": {
                                        "schema": {
                                            "type": "object",
                                            "description": "With `format=geojson`: an RFC 7946 FeatureCollection, a Point Feature per record that has a point, its properties the list item.",
                                        }
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                    "X-Total-Count": {
                                        "description": "How many records match, on every page.",
                                        "required": True,
                                        "schema": {"type": "integer"},
                                    },
                                    "Link": {
                                        "description": "RFC 8288 `first`, `prev`, `next` and `last` pages, as relative URLs.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "X-Features-Omitted": {
                                        "description": "With GeoJSON: how many records of the page have no point, so no feature.",
                                        "required": False,
                                        "schema": {"type": "integer"},
                                    },
                                    "X-Member-Coverage": {
                                        "description": "`complete`, or `partial; coalitions=<ids>` when a coalition filtered (any, unfiltered) lists only some members, or `unknown` when the filter names an id no coalition has; the same as `coverage` in the JSON envelope, so that a CSV stays a plain table.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": "^(complete|unknown|partial; coalitions=[a-z0-9,-]+)$",
                                        },
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "unknown-id": {
                                                "summary": "GET /coalitions/xx/members",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "limit-zero": {
                                                "summary": "GET /coalitions/imctc/members?limit=0",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/coalitions/{coalition_id}/working-groups": {
                    "get": {
                        "tags": ["coalitions"],
                        "summary": "List a coalition's working groups",
                        "description": "`/working-groups` with `coalition` preset.",
                        "operationId": "listCoalitionWorkingGroups",
                        "parameters": [
                            {
                                "name": "coalition_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "title": "Coalition Id",
                                },
                                "examples": {"imctc": {"value": "imctc"}},
                            },
                            {
                                "name": "chair",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "description": "Groups this member chairs (id or ISO code, any case; an id no member has matches nothing).",
                                    "examples": ["SA"],
                                    "title": "Chair",
                                },
                                "description": "Groups this member chairs (id or ISO code, any case; an id no member has matches nothing).",
                            },
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 200,
                                    "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                                    "examples": ["السعودية"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                            },
                            {
                                "name": "limit",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 500,
                                    "minimum": 1,
                                    "description": "Page size, 1 to 500.",
                                    "default": 100,
                                    "title": "Limit",
                                },
                                "description": "Page size, 1 to 500.",
                            },
                            {
                                "name": "offset",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 1000000,
                                    "minimum": 0,
                                    "description": "How many records to skip.",
                                    "default": 0,
                                    "title": "Offset",
                                },
                                "description": "How many records to skip.",
                            },
                            {
                                "name": "sort",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^-?(?:id|name|coalition|established|name\\.ar|name\\.en)(?:,-?(?:id|name|coalition|established|name\\.ar|name\\.en)){0,5}$",
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                                    "examples": ["-name,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^(?:notes|sources|id|url|coalition|name|description|chairs|established|established_at)(?:,(?:notes|sources|id|url|coalition|name|description|chairs|established|established_at)){0,9}$",
                                    "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                                    "examples": ["id,name"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                                    "$ref": "#/components/schemas/Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/WorkingGroupPage"},
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                    "X-Total-Count": {
                                        "description": "How many records match, on every page.",
                                        "required": True,
                                        "schema": {"type": "integer"},
                                    },
                                    "Link": {
                                        "description": "RFC 8288 `first`, `prev`, `next` and `last` pages, as relative URLs.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "unknown-id": {
                                                "summary": "GET /coalitions/xx/working-groups",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "limit-zero": {
                                                "summary": "GET /coalitions/imctc/working-groups?limit=0",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/coalitions/{coalition_id}/timeline": {
                    "get": {
                        "tags": ["coalitions"],
                        "summary": "List a coalition's timeline",
                        "description": "`/timeline` with `coalition` preset.",
                        "operationId": "listCoalitionTimeline",
                        "parameters": [
                            {
                                "name": "coalition_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "title": "Coalition Id",
                                },
                                "examples": {"imctc": {"value": "imctc"}},
                            },
                            {
                                "name": "type",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/EventType"},
                                    "maxItems": 12,
                                    "description": "Events of these types (repeatable).",
                                    "title": "Type",
                                },
                                "description": "Events of these types (repeatable).",
                            },
                            {
                                "name": "member",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "description": "Events this member took part in (id or ISO code, any case; an id no member has matches nothing).",
                                    "examples": ["MA"],
                                    "title": "Member",
                                },
                                "description": "Events this member took part in (id or ISO code, any case; an id no member has matches nothing).",
                            },
                            {
                                "name": "person",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "Events this person took part in (a person id; an id no person has matches nothing).",
                                    "type": "string",
                                    "maxLength": 64,
                                    "examples": ["john-godfrey"],
                                    "title": "Person",
                                },
                                "description": "Events this person took part in (a person id; an id no person has matches nothing).",
                            },
                            {
                                "name": "from",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "Start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. An event dated to a month or a year is kept when any day of it falls in the range; an uncertain date, when any of its readings does.",
                                    "type": "string",
                                    "pattern": "^(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)-02-29)$",
                                    "examples": ["2015-12-14"],
                                    "title": "From",
                                },
                                "description": "Start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. An event dated to a month or a year is kept when any day of it falls in the range; an uncertain date, when any of its readings does.",
                            },
                            {
                                "name": "to",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "End: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. An event dated to a month or a year is kept when any day of it falls in the range; an uncertain date, when any of its readings does.",
                                    "type": "string",
                                    "pattern": "^(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)-02-29)$",
                                    "examples": ["2016-12"],
                                    "title": "To",
                                },
                                "description": "End: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. An event dated to a month or a year is kept when any day of it falls in the range; an uncertain date, when any of its readings does.",
                            },
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 200,
                                    "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                                    "examples": ["السعودية"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                            },
                            {
                                "name": "limit",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 500,
                                    "minimum": 1,
                                    "description": "Page size, 1 to 500.",
                                    "default": 100,
                                    "title": "Limit",
                                },
                                "description": "Page size, 1 to 500.",
                            },
                            {
                                "name": "offset",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 1000000,
                                    "minimum": 0,
                                    "description": "How many records to skip.",
                                    "default": 0,
                                    "title": "Offset",
                                },
                                "description": "How many records to skip.",
                            },
                            {
                                "name": "sort",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^-?(?:date|id|type|title|title\\.ar|title\\.en)(?:,-?(?:date|id|type|title|title\\.ar|title\\.en)){0,5}$",
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                                    "examples": ["-date,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^(?:notes|sources|id|url|coalitions|date|type|title|description|location|participants|people|derived_from)(?:,(?:notes|sources|id|url|coalitions|date|type|title|description|location|participants|people|derived_from)){0,12}$",
                                    "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                                    "examples": ["id,title"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; `geojson` for GeoJSON, a feature per record with a point; JSON by default.",
                                    "$ref": "#/components/schemas/MapFormat",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; `geojson` for GeoJSON, a feature per record with a point; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/EventPage"},
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                    "application/geo+json": {
                                        "schema": {
                                            "type": "object",
                                            "description": "With `format=geojson`: an RFC 7946 FeatureCollection, a Point Feature per record that has a point, its properties the list item.",
                                        }
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                    "X-Total-Count": {
                                        "description": "How many records match, on every page.",
                                        "required": True,
                                        "schema": {"type": "integer"},
                                    },
                                    "Link": {
                                        "description": "RFC 8288 `first`, `prev`, `next` and `last` pages, as relative URLs.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "X-Features-Omitted": {
                                        "description": "With GeoJSON: how many records of the page have no point, so no feature.",
                                        "required": False,
                                        "schema": {"type": "integer"},
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "unknown-id": {
                                                "summary": "GET /coalitions/xx/timeline",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "limit-zero": {
                                                "summary": "GET /coalitions/imctc/timeline?limit=0",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/coalitions/{coalition_id}/people": {
                    "get": {
                        "tags": ["coalitions"],
                        "summary": "List a coalition's people",
                        "description": "`/people` with `coalition` preset: its officials and the people named in its events.",
                        "operationId": "listCoalitionPeople",
                        "parameters": [
                            {
                                "name": "coalition_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "title": "Coalition Id",
                                },
                                "examples": {"imctc": {"value": "imctc"}},
                            },
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 200,
                                    "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                    "examples": ["السعودية"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                            },
                            {
                                "name": "limit",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 500,
                                    "minimum": 1,
                                    "description": "Page size, 1 to 500.",
                                    "default": 100,
                                    "title": "Limit",
                                },
                                "description": "Page size, 1 to 500.",
                            },
                            {
                                "name": "offset",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 1000000,
                                    "minimum": 0,
                                    "description": "How many records to skip.",
                                    "default": 0,
                                    "title": "Offset",
                                },
                                "description": "How many records to skip.",
                            },
                            {
                                "name": "sort",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                                    "type": "string",
                                    "pattern": "^-?(?:id|name|name\\.ar|name\\.en)(?:,-?(?:id|name|name\\.ar|name\\.en)){0,3}$",
                                    "examples": ["-name,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                                    "type": "string",
                                    "pattern": "^(?:notes|sources|id|url|name|aliases|roles|honours|coalitions|events)(?:,(?:notes|sources|id|url|name|aliases|roles|honours|coalitions|events)){0,9}$",
                                    "examples": ["id,name"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                                    "$ref": "#/components/schemas/Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/PersonPage"},
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                    "X-Total-Count": {
                                        "description": "How many records match, on every page.",
                                        "required": True,
                                        "schema": {"type": "integer"},
                                    },
                                    "Link": {
                                        "description": "RFC 8288 `first`, `prev`, `next` and `last` pages, as relative URLs.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "unknown-id": {
                                                "summary": "GET /coalitions/xx/people",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "limit-zero": {
                                                "summary": "GET /coalitions/imctc/people?limit=0",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/members": {
                    "get": {
                        "tags": ["members"],
                        "summary": "List members",
                        "description": "Countries and organizations with their memberships, in curated order. `coverage` in the envelope (and the `X-Member-Coverage` header, on CSV too) says whether the coalitions filtered list every member.",
                        "operationId": "listMembers",
                        "parameters": [
                            {
                                "name": "coalition",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "array",
                                    "items": {"type": "string"},
                                    "maxItems": 10,
                                    "description": "Only records of this coalition, by id (repeatable). An id no coalition has matches nothing.",
                                    "examples": [["imctc"]],
                                    "title": "Coalition",
                                },
                                "description": "Only records of this coalition, by id (repeatable). An id no coalition has matches nothing.",
                            },
                            {
                                "name": "match",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "$ref": "#/components/schemas/Match",
                                    "description": "With several `coalition`: members of `any` or of `all` of them.",
                                    "default": "any",
                                },
                                "description": "With several `coalition`: members of `any` or of `all` of them.",
                            },
                            {
                                "name": "type",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "Countries or organizations.",
                                    "$ref": "#/components/schemas/MemberType",
                                },
                                "description": "Countries or organizations.",
                            },
                            {
                                "name": "role",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "Only members with this role (in the coalitions filtered).",
                                    "$ref": "#/components/schemas/Role",
                                },
                                "description": "Only members with this role (in the coalitions filtered).",
                            },
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 200,
                                    "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                                    "examples": ["السعودية"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                            },
                            {
                                "name": "limit",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 500,
                                    "minimum": 1,
                                    "description": "Page size, 1 to 500.",
                                    "default": 100,
                                    "title": "Limit",
                                },
                                "description": "Page size, 1 to 500.",
                            },
                            {
                                "name": "offset",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 1000000,
                                    "minimum": 0,
                                    "description": "How many records to skip.",
                                    "default": 0,
                                    "title": "Offset",
                                },
                                "description": "How many records to skip.",
                            },
                            {
                                "name": "sort",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^-?(?:id|name|type|iso_alpha3|iso_numeric|region|subregion|name\\.ar|name\\.en)(?:,-?(?:id|name|type|iso_alpha3|iso_numeric|region|subregion|name\\.ar|name\\.en)){0,8}$",
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                                    "examples": ["-name,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^(?:notes|sources|id|url|type|name|name_basis|names|aliases|iso_alpha2|iso_alpha3|iso_numeric|region|subregion|point|memberships)(?:,(?:notes|sources|id|url|type|name|name_basis|names|aliases|iso_alpha2|iso_alpha3|iso_numeric|region|subregion|point|memberships)){0,15}$",
                                    "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                                    "examples": ["id,name"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; `geojson` for GeoJSON, a feature per record with a point; JSON by default.",
                                    "$ref": "#/components/schemas/MapFormat",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; `geojson` for GeoJSON, a feature per record with a point; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/MemberPage"},
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                    "application/geo+json": {
                                        "schema": {
                                            "type": "object",
                                            "description": "With `format=geojson`: an RFC 7946 FeatureCollection, a Point Feature per record that has a point, its properties the list item.",
                                        }
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                    "X-Total-Count": {
                                        "description": "How many records match, on every page.",
                                        "required": True,
                                        "schema": {"type": "integer"},
                                    },
                                    "Link": {
                                        "description": "RFC 8288 `first`, `prev`, `next` and `last` pages, as relative URLs.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "X-Features-Omitted": {
                                        "description": "With GeoJSON: how many records of the page have no point, so no feature.",
                                        "required": False,
                                        "schema": {"type": "integer"},
                                    },
                                    "X-Member-Coverage": {
                                        "description": "`complete`, or `partial; coalitions=<ids>` when a coalition filtered (any, unfiltered) lists only some members, or `unknown` when the filter names an id no coalition has; the same as `coverage` in the JSON envelope, so that a CSV stays a plain table.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": "^(complete|unknown|partial; coalitions=[a-z0-9,-]+)$",
                                        },
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "limit-zero": {
                                                "summary": "GET /members?limit=0",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/members/{member_id}": {
                    "get": {
                        "tags": ["members"],
                        "summary": "Get a member",
                        "description": "A country by ISO 3166-1 alpha-2 or alpha-3 code in any case (`sa`, `SAU`), an organization by its acronym (`NATO`). The body carries the canonical id.",
                        "operationId": "getMember",
                        "parameters": [
                            {
                                "name": "member_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "title": "Member Id",
                                },
                                "examples": {"saudi": {"value": "SA"}},
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                                    "$ref": "#/components/schemas/Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/MemberPublic"},
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "unknown-id": {
                                                "summary": "GET /members/XX",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/working-groups": {
                    "get": {
                        "tags": ["working-groups"],
                        "summary": "List working groups",
                        "operationId": "listWorkingGroups",
                        "parameters": [
                            {
                                "name": "coalition",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "array",
                                    "items": {"type": "string"},
                                    "maxItems": 10,
                                    "description": "Only records of this coalition, by id (repeatable). An id no coalition has matches nothing.",
                                    "examples": [["imctc"]],
                                    "title": "Coalition",
                                },
                                "description": "Only records of this coalition, by id (repeatable). An id no coalition has matches nothing.",
                            },
                            {
                                "name": "chair",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "description": "Groups this member chairs (id or ISO code, any case; an id no member has matches nothing).",
                                    "examples": ["SA"],
                                    "title": "Chair",
                                },
                                "description": "Groups this member chairs (id or ISO code, any case; an id no member has matches nothing).",
                            },
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 200,
                                    "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                                    "examples": ["السعودية"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                            },
                            {
                                "name": "limit",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 500,
                                    "minimum": 1,
                                    "description": "Page size, 1 to 500.",
                                    "default": 100,
                                    "title": "Limit",
                                },
                                "description": "Page size, 1 to 500.",
                            },
                            {
                                "name": "offset",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 1000000,
                                    "minimum": 0,
                                    "description": "How many records to skip.",
                                    "default": 0,
                                    "title": "Offset",
                                },
                                "description": "How many records to skip.",
                            },
                            {
                                "name": "sort",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^-?(?:id|name|coalition|established|name\\.ar|name\\.en)(?:,-?(?:id|name|coalition|established|name\\.ar|name\\.en)){0,5}$",
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                                    "examples": ["-name,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^(?:notes|sources|id|url|coalition|name|description|chairs|established|established_at)(?:,(?:notes|sources|id|url|coalition|name|description|chairs|established|established_at)){0,9}$",
                                    "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                                    "examples": ["id,name"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                                    "$ref": "#/components/schemas/Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/WorkingGroupPage"},
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                    "X-Total-Count": {
                                        "description": "How many records match, on every page.",
                                        "required": True,
                                        "schema": {"type": "integer"},
                                    },
                                    "Link": {
                                        "description": "RFC 8288 `first`, `prev`, `next` and `last` pages, as relative URLs.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "limit-zero": {
                                                "summary": "GET /working-groups?limit=0",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/working-groups/{group_id}": {
                    "get": {
                        "tags": ["working-groups"],
                        "summary": "Get a working group",
                        "operationId": "getWorkingGroup",
                        "parameters": [
                            {
                                "name": "group_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "title": "Group Id",
                                },
                                "examples": {"finance": {"value": "gc-counter-finance"}},
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                                    "$ref": "#/components/schemas/Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {
                                            "$ref": "#/components/schemas/WorkingGroupPublic"
                                        },
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "unknown-id": {
                                                "summary": "GET /working-groups/xx",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/timeline": {
                    "get": {
                        "tags": ["timeline"],
                        "summary": "List timeline events",
                        "description": "Events in date order (undated ones last; an uncertain date by its earliest reading), with filters by coalition, type, participant, person and date range.",
                        "operationId": "listEvents",
                        "parameters": [
                            {
                                "name": "coalition",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "array",
                                    "items": {"type": "string"},
                                    "maxItems": 10,
                                    "description": "Only records of this coalition, by id (repeatable). An id no coalition has matches nothing.",
                                    "examples": [["imctc"]],
                                    "title": "Coalition",
                                },
                                "description": "Only records of this coalition, by id (repeatable). An id no coalition has matches nothing.",
                            },
                            {
                                "name": "type",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/EventType"},
                                    "maxItems": 12,
                                    "description": "Events of these types (repeatable).",
                                    "title": "Type",
                                },
                                "description": "Events of these types (repeatable).",
                            },
                            {
                                "name": "member",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "description": "Events this member took part in (id or ISO code, any case; an id no member has matches nothing).",
                                    "examples": ["MA"],
                                    "title": "Member",
                                },
                                "description": "Events this member took part in (id or ISO code, any case; an id no member has matches nothing).",
                            },
                            {
                                "name": "person",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "Events this person took part in (a person id; an id no person has matches nothing).",
                                    "type": "string",
                                    "maxLength": 64,
                                    "examples": ["john-godfrey"],
                                    "title": "Person",
                                },
                                "description": "Events this person took part in (a person id; an id no person has matches nothing).",
                            },
                            {
                                "name": "from",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "Start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. An event dated to a month or a year is kept when any day of it falls in the range; an uncertain date, when any of its readings does.",
                                    "type": "string",
                                    "pattern": "^(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)-02-29)$",
                                    "examples": ["2015-12-14"],
                                    "title": "From",
                                },
                                "description": "Start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. An event dated to a month or a year is kept when any day of it falls in the range; an uncertain date, when any of its readings does.",
                            },
                            {
                                "name": "to",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "End: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. An event dated to a month or a year is kept when any day of it falls in the range; an uncertain date, when any of its readings does.",
                                    "type": "string",
                                    "pattern": "^(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)-02-29)$",
                                    "examples": ["2016-12"],
                                    "title": "To",
                                },
                                "description": "End: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. An event dated to a month or a year is kept when any day of it falls in the range; an uncertain date, when any of its readings does.",
                            },
                            {
                                "name": "dated",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [{"type": "boolean"}, {"type": "null"}],
                                    "description": "`true`: only events with a date (a latest bound counts); `false`: only undated ones.",
                                    "title": "Dated",
                                },
                                "description": "`true`: only events with a date (a latest bound counts); `false`: only undated ones.",
                            },
                            {
                                "name": "located",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [{"type": "boolean"}, {"type": "null"}],
                                    "description": "`true`: only events with a point on a map (a city's coordinates); `false`: only those without.",
                                    "title": "Located",
                                },
                                "description": "`true`: only events with a point on a map (a city's coordinates); `false`: only those without.",
                            },
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 200,
                                    "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                                    "examples": ["السعودية"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                            },
                            {
                                "name": "limit",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 500,
                                    "minimum": 1,
                                    "description": "Page size, 1 to 500.",
                                    "default": 100,
                                    "title": "Limit",
                                },
                                "description": "Page size, 1 to 500.",
                            },
                            {
                                "name": "offset",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 1000000,
                                    "minimum": 0,
                                    "description": "How many records to skip.",
                                    "default": 0,
                                    "title": "Offset",
                                },
                                "description": "How many records to skip.",
                            },
                            {
                                "name": "sort",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^-?(?:date|id|type|title|title\\.ar|title\\.en)(?:,-?(?:date|id|type|title|title\\.ar|title\\.en)){0,5}$",
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                                    "examples": ["-date,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^(?:notes|sources|id|url|coalitions|date|type|title|description|location|participants|people|derived_from)(?:,(?:notes|sources|id|url|coalitions|date|type|title|description|location|participants|people|derived_from)){0,12}$",
                                    "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                                    "examples": ["id,title"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; `geojson` for GeoJSON, a feature per record with a point; JSON by default.",
                                    "$ref": "#/components/schemas/MapFormat",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; `geojson` for GeoJSON, a feature per record with a point; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/EventPage"},
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                    "application/geo+json": {
                                        "schema": {
                                            "type": "object",
                                            "description": "With `format=geojson`: an RFC 7946 FeatureCollection, a Point Feature per record that has a point, its properties the list item.",
                                        }
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                    "X-Total-Count": {
                                        "description": "How many records match, on every page.",
                                        "required": True,
                                        "schema": {"type": "integer"},
                                    },
                                    "Link": {
                                        "description": "RFC 8288 `first`, `prev`, `next` and `last` pages, as relative URLs.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "X-Features-Omitted": {
                                        "description": "With GeoJSON: how many records of the page have no point, so no feature.",
                                        "required": False,
                                        "schema": {"type": "integer"},
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "limit-zero": {
                                                "summary": "GET /timeline?limit=0",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/timeline/{event_id}": {
                    "get": {
                        "tags": ["timeline"],
                        "summary": "Get a timeline event",
                        "operationId": "getEvent",
                        "parameters": [
                            {
                                "name": "event_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "title": "Event Id",
                                },
                                "examples": {"announced": {"value": "imctc-announced"}},
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                                    "$ref": "#/components/schemas/Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/EventPublic"},
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "unknown-id": {
                                                "summary": "GET /timeline/xx",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/people": {
                    "get": {
                        "tags": ["people"],
                        "summary": "List people",
                        "description": "People the documents name in an official or public capacity, with their roles (title, the body they act for, a date where a document gives one) and events. `q` finds them by any spelling; `coalition` keeps those with a role in, or an event of, any of the coalitions named.",
                        "operationId": "listPeople",
                        "parameters": [
                            {
                                "name": "coalition",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "Only records of this coalition, by id (repeatable). An id no coalition has matches nothing.",
                                    "type": "array",
                                    "items": {"type": "string"},
                                    "maxItems": 10,
                                    "examples": [["imctc"]],
                                    "title": "Coalition",
                                },
                                "description": "Only records of this coalition, by id (repeatable). An id no coalition has matches nothing.",
                            },
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 200,
                                    "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                    "examples": ["السعودية"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                            },
                            {
                                "name": "limit",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 500,
                                    "minimum": 1,
                                    "description": "Page size, 1 to 500.",
                                    "default": 100,
                                    "title": "Limit",
                                },
                                "description": "Page size, 1 to 500.",
                            },
                            {
                                "name": "offset",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 1000000,
                                    "minimum": 0,
                                    "description": "How many records to skip.",
                                    "default": 0,
                                    "title": "Offset",
                                },
                                "description": "How many records to skip.",
                            },
                            {
                                "name": "sort",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                                    "type": "string",
                                    "pattern": "^-?(?:id|name|name\\.ar|name\\.en)(?:,-?(?:id|name|name\\.ar|name\\.en)){0,3}$",
                                    "examples": ["-name,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                                    "type": "string",
                                    "pattern": "^(?:notes|sources|id|url|name|aliases|roles|honours|coalitions|events)(?:,(?:notes|sources|id|url|name|aliases|roles|honours|coalitions|events)){0,9}$",
                                    "examples": ["id,name"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                                    "$ref": "#/components/schemas/Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/PersonPage"},
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                    "X-Total-Count": {
                                        "description": "How many records match, on every page.",
                                        "required": True,
                                        "schema": {"type": "integer"},
                                    },
                                    "Link": {
                                        "description": "RFC 8288 `first`, `prev`, `next` and `last` pages, as relative URLs.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "limit-zero": {
                                                "summary": "GET /people?limit=0",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/people/{person_id}": {
                    "get": {
                        "tags": ["people"],
                        "summary": "Get a person",
                        "operationId": "getPerson",
                        "parameters": [
                            {
                                "name": "person_id",
                                "in": "path",
                                "required": True,
                                "schema": {"type": "string", "maxLength": 64, "title": "Person Id"},
                                "examples": {"godfrey": {"value": "john-godfrey"}},
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                                    "$ref": "#/components/schemas/Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/PersonPublic"},
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "unknown-id": {
                                                "summary": "GET /people/xx",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/sources": {
                    "get": {
                        "tags": ["sources"],
                        "summary": "List source documents",
                        "operationId": "listSources",
                        "parameters": [
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 200,
                                    "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                                    "examples": ["السعودية"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                            },
                            {
                                "name": "limit",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 500,
                                    "minimum": 1,
                                    "description": "Page size, 1 to 500.",
                                    "default": 100,
                                    "title": "Limit",
                                },
                                "description": "Page size, 1 to 500.",
                            },
                            {
                                "name": "offset",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 1000000,
                                    "minimum": 0,
                                    "description": "How many records to skip.",
                                    "default": 0,
                                    "title": "Offset",
                                },
                                "description": "How many records to skip.",
                            },
                            {
                                "name": "sort",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^-?(?:id|file|published|citation_count)(?:,-?(?:id|file|published|citation_count)){0,3}$",
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                                    "examples": ["-file,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^(?:id|url|file|title|publisher|published|derived_from|language|sha256|citation_count|notes)(?:,(?:id|url|file|title|publisher|published|derived_from|language|sha256|citation_count|notes)){0,10}$",
                                    "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                                    "examples": ["id,title"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                                    "$ref": "#/components/schemas/Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/SourcePage"},
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                    "X-Total-Count": {
                                        "description": "How many records match, on every page.",
                                        "required": True,
                                        "schema": {"type": "integer"},
                                    },
                                    "Link": {
                                        "description": "RFC 8288 `first`, `prev`, `next` and `last` pages, as relative URLs.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "limit-zero": {
                                                "summary": "GET /sources?limit=0",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/sources/{source_id}": {
                    "get": {
                        "tags": ["sources"],
                        "summary": "Get a source document",
                        "operationId": "getSource",
                        "parameters": [
                            {
                                "name": "source_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "title": "Source Id",
                                },
                                "examples": {"sabq": {"value": "sabq-2020"}},
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                                    "$ref": "#/components/schemas/Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/SourcePublic"},
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "unknown-id": {
                                                "summary": "GET /sources/xx",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/search": {
                    "get": {
                        "tags": ["search"],
                        "summary": "Search everything",
                        "description": "Coalitions, members (every alias the documents use, ISO, CLDR and formal names in both languages), working groups, events, sources and people (any of their spellings); each hit with its kind, id, name and URL. Hits come best first: a name equal to the query, then a name that begins with it, then a match in other text; ties keep the order of the kinds and records. Terms of `seed/synonyms.json` find each other (`ISIS` finds `داعش`).",
                        "operationId": "search",
                        "parameters": [
                            {
                                "name": "q",
                                "in": "query",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 200,
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                                    "title": "Q",
                                    "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or a digit.",
                                "examples": {"arabic": {"value": "السعودية"}},
                            },
                            {
                                "name": "limit",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 500,
                                    "minimum": 1,
                                    "description": "Page size, 1 to 500.",
                                    "default": 100,
                                    "title": "Limit",
                                },
                                "description": "Page size, 1 to 500.",
                            },
                            {
                                "name": "offset",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "integer",
                                    "maximum": 1000000,
                                    "minimum": 0,
                                    "description": "How many records to skip.",
                                    "default": 0,
                                    "title": "Offset",
                                },
                                "description": "How many records to skip.",
                            },
                            {
                                "name": "sort",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^-?(?:id|kind|name|name\\.ar|name\\.en)(?:,-?(?:id|kind|name|name\\.ar|name\\.en)){0,4}$",
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                                    "examples": ["-kind,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending. By default, the collection's curated order.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "string",
                                    "pattern": "^(?:kind|id|name|url)(?:,(?:kind|id|name|url)){0,3}$",
                                    "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                                    "examples": ["id,name"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept). By default, all of them.",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                                    "$ref": "#/components/schemas/Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; JSON by default.",
                            },
                            {
                                "name": "bom",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "type": "boolean",
                                    "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                                    "default": False,
                                    "title": "Bom",
                                },
                                "description": "With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a file opened by double-click as the system's legacy code page without one.",
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/SearchPage"},
                                        "example": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                    },
                                    "text/csv": {"schema": {"type": "string"}},
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    },
                                },
                                "headers": {
                                    "ETag": {
                                        "description": "Strong validator of this body; send it back as `If-None-Match` for a 304.",
                                        "required": True,
                                        "schema": {
                                            "type": "string",
                                            "pattern": '^"[0-9a-f]{32}(-gzip)?"$',
                                        },
                                    },
                                    "X-Request-ID": {
                                        "description": "The request's id: the client's own when it sent a sane one.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                    "Content-Disposition": {
                                        "description": "With CSV: an attachment named after what was asked (`members-imctc.csv`).",
                                        "required": False,
                                        "schema": {"type": "string"},
                                    },
                                    "X-Total-Count": {
                                        "description": "How many records match, on every page.",
                                        "required": True,
                                        "schema": {"type": "integer"},
                                    },
                                    "Link": {
                                        "description": "RFC 8288 `first`, `prev`, `next` and `last` pages, as relative URLs.",
                                        "required": True,
                                        "schema": {"type": "string"},
                                    },
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"},
                                        "examples": {
                                            "limit-zero": {
                                                "summary": "GET /search?q=turkey&limit=0",
                                                "value": "<live data: see test_documented_example_is_what_the_endpoint_returns>",
                                            }
                                        },
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
                "/downloads/datapackage.zip": {
                    "get": {
                        "tags": ["downloads"],
                        "summary": "Download everything as a Data Package",
                        "description": "A Frictionless Data Package (zip): `datapackage.json`, whose `version` is the data version, and one CSV per collection (`data/members.csv`...), with the columns of the API's CSV, typed. The same bytes on every replica for the same data.",
                        "operationId": "getDatapackage",
                        "responses": {
                            "200": {
                                "description": "The package.",
                                "content": {
                                    "application/zip": {
                                        "schema": {"type": "string", "format": "binary"}
                                    }
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    }
                                },
                            },
                        },
                    }
                },
                "/downloads/tahaluf.db": {
                    "get": {
                        "tags": ["downloads"],
                        "summary": "Download the SQLite database",
                        "description": "The SQLite file the service reads, as Datasette offers it; its `meta` table holds the data version. 404 where the service reads another database (`DATABASE_URL`).",
                        "operationId": "getSqlite",
                        "responses": {
                            "200": {
                                "description": "The database file.",
                                "content": {
                                    "application/vnd.sqlite3": {
                                        "schema": {"type": "string", "format": "binary"}
                                    }
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "The service reads another database.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    }
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    }
                                },
                            },
                        },
                    }
                },
                "/downloads/tahaluf.xlsx": {
                    "get": {
                        "tags": ["downloads"],
                        "summary": "Download everything as a spreadsheet",
                        "description": "An XLSX workbook with one sheet per collection, the columns of the API's CSV: Arabic first, day-precise dates as real dates, lists as text, a frozen header row with filters.",
                        "operationId": "getWorkbook",
                        "responses": {
                            "200": {
                                "description": "The workbook.",
                                "content": {
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                                        "schema": {"type": "string", "format": "binary"}
                                    }
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or invalid: every one is named in `errors`.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    }
                                },
                            },
                        },
                    }
                },
            },
            "components": {
                "schemas": {
                    "Basis": {
                        "type": "string",
                        "enum": ["stated", "inferred", "derived"],
                        "title": "Basis",
                        "description": "How a membership or a role stands in the documents.",
                    },
                    "BasisOf": {
                        "properties": {
                            "kind": {
                                "$ref": "#/components/schemas/Basis",
                                "description": "`stated`, `inferred` or `derived`.",
                            },
                            "quote": {
                                "$ref": "#/components/schemas/Citation",
                                "description": "The quote the membership or role rests on.",
                            },
                            "reading": {
                                "anyOf": [{"type": "string", "minLength": 1}, {"type": "null"}],
                                "title": "Reading",
                                "description": "How the quote is read, for an `inferred` or `derived` basis; null for `stated`.",
                            },
                        },
                        "additionalProperties": False,
                        "type": "object",
                        "required": ["kind", "quote"],
                        "title": "BasisOf",
                        "description": "Why a membership or a role is recorded: the kind of reading and the quote it rests on.",
                    },
                    "BodyPublic": {
                        "properties": {
                            "kind": {
                                "type": "string",
                                "enum": ["coalition", "member", "other"],
                                "title": "Kind",
                            },
                            "id": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Id",
                                "description": "The coalition or member id; null for `other`.",
                            },
                            "name": {"$ref": "#/components/schemas/Text"},
                            "url": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Url",
                            },
                        },
                        "type": "object",
                        "required": ["kind", "id", "name", "url"],
                        "title": "BodyPublic",
                    },
                    "Citation": {
                        "properties": {
                            "source": {
                                "type": "string",
                                "maxLength": 64,
                                "minLength": 2,
                                "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
                                "title": "Source",
                                "description": "The id of a record in `sources.json`.",
                            },
                            "quote": {
                                "type": "string",
                                "maxLength": 300,
                                "minLength": 3,
                                "title": "Quote",
                                "description": "Verbatim text of the document, at most 300 characters; runs of whitespace may differ.",
                            },
                        },
                        "additionalProperties": False,
                        "type": "object",
                        "required": ["source", "quote"],
                        "title": "Citation",
                        "description": "A short verbatim excerpt of a source document that supports the record.",
                    },
                    "CoalitionItem": {
                        "properties": {
                            "notes": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Notes",
                                "description": "How the curators resolved conflicts in the documents.",
                            },
                            "sources": {
                                "items": {"$ref": "#/components/schemas/Citation"},
                                "type": "array",
                                "title": "Sources",
                            },
                            "id": {"type": "string", "title": "Id"},
                            "url": {"type": "string", "title": "Url"},
                            "name": {"$ref": "#/components/schemas/Text"},
                            "abbreviation": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Abbreviation",
                            },
                            "founded": {"$ref": "#/components/schemas/DatePublic"},
                            "announced_by": {"$ref": "#/components/schemas/Text"},
                            "initiator": {
                                "type": "string",
                                "title": "Initiator",
                                "description": "Member id of the initiating state.",
                            },
                            "headquarters": {
                                "anyOf": [
                                    {"$ref": "#/components/schemas/PlacePublic"},
                                    {"type": "null"},
                                ]
                            },
                            "slogan": {
                                "anyOf": [{"$ref": "#/components/schemas/Text"}, {"type": "null"}]
                            },
                            "vision": {
                                "anyOf": [{"$ref": "#/components/schemas/Text"}, {"type": "null"}]
                            },
                            "objectives": {
                                "items": {"$ref": "#/components/schemas/Text"},
                                "type": "array",
                                "title": "Objectives",
                            },
                            "domains": {
                                "items": {"$ref": "#/components/schemas/Term"},
                                "type": "array",
                                "title": "Domains",
                            },
                            "principles": {
                                "items": {"$ref": "#/components/schemas/Term"},
                                "type": "array",
                                "title": "Principles",
                            },
                            "leaders": {
                                "items": {"$ref": "#/components/schemas/LeaderPublic"},
                                "type": "array",
                                "title": "Leaders",
                                "description": "People records (`/people/{id}`).",
                            },
                            "achievements": {
                                "items": {"$ref": "#/components/schemas/Text"},
                                "type": "array",
                                "title": "Achievements",
                            },
                            "self_description": {
                                "items": {"$ref": "#/components/schemas/Text"},
                                "type": "array",
                                "title": "Self Description",
                                "description": "What it says it is, in its own words.",
                            },
                            "means": {
                                "items": {"$ref": "#/components/schemas/Text"},
                                "type": "array",
                                "title": "Means",
                                "description": "The means by which it says it works.",
                            },
                            "bodies": {
                                "items": {"$ref": "#/components/schemas/Term"},
                                "type": "array",
                                "title": "Bodies",
                                "description": "Its organs (a centre, a council) and their tasks.",
                            },
                            "stated_member_count": {
                                "anyOf": [{"type": "integer"}, {"type": "null"}],
                                "title": "Stated Member Count",
                                "description": "The member count the documents state (null where none does).",
                            },
                            "member_coverage": {
                                "$ref": "#/components/schemas/Coverage",
                                "description": "`complete`: the documents list every member (as many as they state); `partial`: they show only some, so `member_count` is a floor.",
                            },
                            "member_count": {
                                "type": "integer",
                                "title": "Member Count",
                                "description": "How many members the data holds.",
                            },
                            "working_groups": {
                                "items": {"$ref": "#/components/schemas/Ref"},
                                "type": "array",
                                "title": "Working Groups",
                            },
                        },
                        "type": "object",
                        "required": ["id"],
                        "title": "CoalitionItem",
                        "description": "A coalition in a page. Every field is present unless the request's `fields` names a subset; `id` always is.",
                    },
                    "CoalitionPage": {
                        "properties": {
                            "total": {
                                "type": "integer",
                                "title": "Total",
                                "description": "How many records match, on every page.",
                            },
                            "limit": {"type": "integer", "title": "Limit"},
                            "offset": {"type": "integer", "title": "Offset"},
                            "items": {
                                "items": {"$ref": "#/components/schemas/CoalitionItem"},
                                "type": "array",
                                "title": "Items",
                            },
                        },
                        "type": "object",
                        "required": ["total", "limit", "offset", "items"],
                        "title": "CoalitionPage",
                    },
                    "CoalitionPublic": {
                        "properties": {
                            "notes": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Notes",
                                "description": "How the curators resolved conflicts in the documents.",
                            },
                            "sources": {
                                "items": {"$ref": "#/components/schemas/Citation"},
                                "type": "array",
                                "title": "Sources",
                            },
                            "id": {"type": "string", "title": "Id"},
                            "url": {"type": "string", "title": "Url"},
                            "name": {"$ref": "#/components/schemas/Text"},
                            "abbreviation": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Abbreviation",
                            },
                            "founded": {"$ref": "#/components/schemas/DatePublic"},
                            "announced_by": {"$ref": "#/components/schemas/Text"},
                            "initiator": {
                                "type": "string",
                                "title": "Initiator",
                                "description": "Member id of the initiating state.",
                            },
                            "headquarters": {
                                "anyOf": [
                                    {"$ref": "#/components/schemas/PlacePublic"},
                                    {"type": "null"},
                                ]
                            },
                            "slogan": {
                                "anyOf": [{"$ref": "#/components/schemas/Text"}, {"type": "null"}]
                            },
                            "vision": {
                                "anyOf": [{"$ref": "#/components/schemas/Text"}, {"type": "null"}]
                            },
                            "objectives": {
                                "items": {"$ref": "#/components/schemas/Text"},
                                "type": "array",
                                "title": "Objectives",
                            },
                            "domains": {
                                "items": {"$ref": "#/components/schemas/Term"},
                                "type": "array",
                                "title": "Domains",
                            },
                            "principles": {
                                "items": {"$ref": "#/components/schemas/Term"},
                                "type": "array",
                                "title": "Principles",
                            },
                            "leaders": {
                                "items": {"$ref": "#/components/schemas/LeaderPublic"},
                                "type": "array",
                                "title": "Leaders",
                                "description": "People records (`/people/{id}`).",
                            },
                            "achievements": {
                                "items": {"$ref": "#/components/schemas/Text"},
                                "type": "array",
                                "title": "Achievements",
                            },
                            "self_description": {
                                "items": {"$ref": "#/components/schemas/Text"},
                                "type": "array",
                                "title": "Self Description",
                                "description": "What it says it is, in its own words.",
                            },
                            "means": {
                                "items": {"$ref": "#/components/schemas/Text"},
                                "type": "array",
                                "title": "Means",
                                "description": "The means by which it says it works.",
                            },
                            "bodies": {
                                "items": {"$ref": "#/components/schemas/Term"},
                                "type": "array",
                                "title": "Bodies",
                                "description": "Its organs (a centre, a council) and their tasks.",
                            },
                            "stated_member_count": {
                                "anyOf": [{"type": "integer"}, {"type": "null"}],
                                "title": "Stated Member Count",
                                "description": "The member count the documents state (null where none does).",
                            },
                            "member_coverage": {
                                "$ref": "#/components/schemas/Coverage",
                                "description": "`complete`: the documents list every member (as many as they state); `partial`: they show only some, so `member_count` is a floor.",
                            },
                            "member_count": {
                                "type": "integer",
                                "title": "Member Count",
                                "description": "How many members the data holds.",
                            },
                            "working_groups": {
                                "items": {"$ref": "#/components/schemas/Ref"},
                                "type": "array",
                                "title": "Working Groups",
                            },
                        },
                        "type": "object",
                        "required": [
                            "notes",
                            "sources",
                            "id",
                            "url",
                            "name",
                            "abbreviation",
                            "founded",
                            "announced_by",
                            "initiator",
                            "headquarters",
                            "slogan",
                            "vision",
                            "objectives",
                            "domains",
                            "principles",
                            "leaders",
                            "achievements",
                            "self_description",
                            "means",
                            "bodies",
                            "stated_member_count",
                            "member_coverage",
                            "member_count",
                            "working_groups",
                        ],
                        "title": "CoalitionPublic",
                    },
                    "Coverage": {
                        "type": "string",
                        "enum": ["complete", "partial"],
                        "title": "Coverage",
                    },
                    "CoveragePublic": {
                        "properties": {
                            "complete": {
                                "type": "boolean",
                                "title": "Complete",
                                "description": "False when any coalition filtered lists only some members.",
                            },
                            "partial": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Partial",
                                "description": "The coalitions filtered whose member lists are partial.",
                            },
                            "unknown": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Unknown",
                                "description": "Ids in the filter that no coalition has: nothing says who their members are, so the list is not complete either.",
                            },
                            "note": {"type": "string", "title": "Note"},
                        },
                        "type": "object",
                        "required": ["complete", "partial", "unknown", "note"],
                        "title": "CoveragePublic",
                    },
                    "DatePublic": {
                        "properties": {
                            "edtf": {
                                "type": "string",
                                "title": "Edtf",
                                "description": "EDTF (ISO 8601-2): a date reduced to its precision, a one-of set `[a,b]` when the documents allow several readings, or an interval `../b` open at its start when only a latest bound is known.",
                                "examples": [
                                    "2015-12-14",
                                    "[2021-09-02,2021-12-02]",
                                    "../2020-02-24",
                                ],
                            },
                            "date": {
                                "type": "string",
                                "title": "Date",
                                "description": "The earliest reading (ISO 8601), for sorting.",
                            },
                            "precision": {
                                "$ref": "#/components/schemas/Precision",
                                "description": "The earliest reading's precision.",
                            },
                            "readings": {
                                "items": {"$ref": "#/components/schemas/PartialDate"},
                                "type": "array",
                                "title": "Readings",
                                "description": "Every candidate reading, earliest first.",
                            },
                            "uncertain": {
                                "type": "boolean",
                                "title": "Uncertain",
                                "description": "True when there is more than one reading, or only a latest bound.",
                            },
                            "open_start": {
                                "type": "boolean",
                                "title": "Open Start",
                                "description": "True for a latest bound (EDTF `../date`): on or before `date`, which is then the only reading; the start is unknown.",
                            },
                            "note": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Note",
                                "description": "Why the date is uncertain; null when it is not.",
                            },
                        },
                        "type": "object",
                        "required": [
                            "edtf",
                            "date",
                            "precision",
                            "readings",
                            "uncertain",
                            "open_start",
                            "note",
                        ],
                        "title": "DatePublic",
                        "description": "Every date of the API has this shape, certain or not.",
                    },
                    "DerivedPublic": {
                        "properties": {
                            "field": {
                                "type": "string",
                                "enum": ["date", "location"],
                                "title": "Field",
                                "description": "`date` or `location`.",
                            },
                            "event": {
                                "$ref": "#/components/schemas/Ref",
                                "description": "The event the value is taken from.",
                            },
                        },
                        "type": "object",
                        "required": ["field", "event"],
                        "title": "DerivedPublic",
                    },
                    "EventItem": {
                        "properties": {
                            "notes": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Notes",
                                "description": "How the curators resolved conflicts in the documents.",
                            },
                            "sources": {
                                "items": {"$ref": "#/components/schemas/Citation"},
                                "type": "array",
                                "title": "Sources",
                            },
                            "id": {"type": "string", "title": "Id"},
                            "url": {"type": "string", "title": "Url"},
                            "coalitions": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Coalitions",
                            },
                            "date": {
                                "anyOf": [
                                    {"$ref": "#/components/schemas/DatePublic"},
                                    {"type": "null"},
                                ],
                                "description": "Null where no document dates the event.",
                            },
                            "type": {"$ref": "#/components/schemas/EventType"},
                            "title": {"$ref": "#/components/schemas/Text"},
                            "description": {"$ref": "#/components/schemas/Text"},
                            "location": {
                                "anyOf": [
                                    {"$ref": "#/components/schemas/PlacePublic"},
                                    {"type": "null"},
                                ]
                            },
                            "participants": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Participants",
                                "description": "Member ids.",
                            },
                            "people": {
                                "items": {"$ref": "#/components/schemas/Ref"},
                                "type": "array",
                                "title": "People",
                                "description": "The people (`/people/{id}`) who take part.",
                            },
                            "derived_from": {
                                "items": {"$ref": "#/components/schemas/DerivedPublic"},
                                "type": "array",
                                "title": "Derived From",
                                "description": "The date or place this event takes from another, not from its own quotes.",
                            },
                        },
                        "type": "object",
                        "required": ["id"],
                        "title": "EventItem",
                        "description": "A timeline event in a page. Every field is present unless the request's `fields` names a subset; `id` always is.",
                    },
                    "EventPage": {
                        "properties": {
                            "total": {
                                "type": "integer",
                                "title": "Total",
                                "description": "How many records match, on every page.",
                            },
                            "limit": {"type": "integer", "title": "Limit"},
                            "offset": {"type": "integer", "title": "Offset"},
                            "items": {
                                "items": {"$ref": "#/components/schemas/EventItem"},
                                "type": "array",
                                "title": "Items",
                            },
                        },
                        "type": "object",
                        "required": ["total", "limit", "offset", "items"],
                        "title": "EventPage",
                    },
                    "EventPublic": {
                        "properties": {
                            "notes": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Notes",
                                "description": "How the curators resolved conflicts in the documents.",
                            },
                            "sources": {
                                "items": {"$ref": "#/components/schemas/Citation"},
                                "type": "array",
                                "title": "Sources",
                            },
                            "id": {"type": "string", "title": "Id"},
                            "url": {"type": "string", "title": "Url"},
                            "coalitions": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Coalitions",
                            },
                            "date": {
                                "anyOf": [
                                    {"$ref": "#/components/schemas/DatePublic"},
                                    {"type": "null"},
                                ],
                                "description": "Null where no document dates the event.",
                            },
                            "type": {"$ref": "#/components/schemas/EventType"},
                            "title": {"$ref": "#/components/schemas/Text"},
                            "description": {"$ref": "#/components/schemas/Text"},
                            "location": {
                                "anyOf": [
                                    {"$ref": "#/components/schemas/PlacePublic"},
                                    {"type": "null"},
                                ]
                            },
                            "participants": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Participants",
                                "description": "Member ids.",
                            },
                            "people": {
                                "items": {"$ref": "#/components/schemas/Ref"},
                                "type": "array",
                                "title": "People",
                                "description": "The people (`/people/{id}`) who take part.",
                            },
                            "derived_from": {
                                "items": {"$ref": "#/components/schemas/DerivedPublic"},
                                "type": "array",
                                "title": "Derived From",
                                "description": "The date or place this event takes from another, not from its own quotes.",
                            },
                        },
                        "type": "object",
                        "required": [
                            "notes",
                            "sources",
                            "id",
                            "url",
                            "coalitions",
                            "date",
                            "type",
                            "title",
                            "description",
                            "location",
                            "participants",
                            "people",
                            "derived_from",
                        ],
                        "title": "EventPublic",
                    },
                    "EventType": {
                        "type": "string",
                        "enum": [
                            "announcement",
                            "meeting",
                            "ministerial-meeting",
                            "decision",
                            "operation",
                            "activity",
                            "partnership",
                            "reaction",
                            "membership",
                            "resolution",
                            "establishment",
                            "statement",
                        ],
                        "title": "EventType",
                    },
                    "Format": {
                        "type": "string",
                        "enum": ["json", "csv", "xlsx"],
                        "title": "Format",
                    },
                    "Health": {
                        "properties": {
                            "status": {"type": "string", "title": "Status", "examples": ["ok"]},
                            "version": {"type": "string", "title": "Version"},
                            "data_version": {"type": "string", "title": "Data Version"},
                            "counts": {
                                "additionalProperties": {"type": "integer"},
                                "type": "object",
                                "title": "Counts",
                            },
                        },
                        "type": "object",
                        "required": ["status", "version", "data_version", "counts"],
                        "title": "Health",
                    },
                    "Index": {
                        "properties": {
                            "name": {"type": "string", "title": "Name"},
                            "description": {"type": "string", "title": "Description"},
                            "version": {"type": "string", "title": "Version"},
                            "data_version": {"type": "string", "title": "Data Version"},
                            "licence": {"$ref": "#/components/schemas/Licence"},
                            "links": {
                                "additionalProperties": {"type": "string"},
                                "type": "object",
                                "title": "Links",
                            },
                        },
                        "type": "object",
                        "required": [
                            "name",
                            "description",
                            "version",
                            "data_version",
                            "licence",
                            "links",
                        ],
                        "title": "Index",
                    },
                    "Kind": {
                        "type": "string",
                        "enum": [
                            "coalition",
                            "member",
                            "working-group",
                            "event",
                            "source",
                            "person",
                        ],
                        "title": "Kind",
                        "description": "What kind of record a search hit is.",
                    },
                    "LeaderPublic": {
                        "properties": {
                            "id": {"type": "string", "title": "Id", "description": "A person id."},
                            "name": {"$ref": "#/components/schemas/Text"},
                            "title": {
                                "$ref": "#/components/schemas/Text",
                                "description": "The title of the person's role in this coalition.",
                            },
                        },
                        "type": "object",
                        "required": ["id", "name", "title"],
                        "title": "LeaderPublic",
                    },
                    "Licence": {
                        "properties": {
                            "code": {
                                "type": "string",
                                "title": "Code",
                                "description": "The code's licence (SPDX id).",
                                "examples": ["MIT"],
                            },
                            "data": {
                                "type": "string",
                                "title": "Data",
                                "description": "The data's licence (SPDX id).",
                                "examples": ["CC-BY-4.0"],
                            },
                            "data_url": {"type": "string", "title": "Data Url"},
                            "attribution": {
                                "type": "string",
                                "title": "Attribution",
                                "description": "The line to credit the data with.",
                            },
                            "quotes": {
                                "type": "string",
                                "title": "Quotes",
                                "description": "What the verbatim quotes remain.",
                            },
                        },
                        "type": "object",
                        "required": ["code", "data", "data_url", "attribution", "quotes"],
                        "title": "Licence",
                        "description": "How the code and the data may be reused.",
                    },
                    "Location": {
                        "type": "string",
                        "enum": ["query", "path", "header"],
                        "title": "Location",
                    },
                    "MapFormat": {
                        "type": "string",
                        "enum": ["json", "csv", "xlsx", "geojson"],
                        "title": "MapFormat",
                        "description": "The formats of a list whose records have a point: GeoJSON besides the others.",
                    },
                    "Match": {"type": "string", "enum": ["any", "all"], "title": "Match"},
                    "MemberItem": {
                        "properties": {
                            "notes": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Notes",
                                "description": "How the curators resolved conflicts in the documents.",
                            },
                            "sources": {
                                "items": {"$ref": "#/components/schemas/Citation"},
                                "type": "array",
                                "title": "Sources",
                            },
                            "id": {"type": "string", "title": "Id"},
                            "url": {"type": "string", "title": "Url"},
                            "type": {"$ref": "#/components/schemas/MemberType"},
                            "name": {"$ref": "#/components/schemas/Text"},
                            "name_basis": {
                                "$ref": "#/components/schemas/Basis",
                                "description": "`stated`: a document writes `name.ar` so; `inferred`: it joins a document's words (the notes say how).",
                            },
                            "names": {"$ref": "#/components/schemas/Names"},
                            "aliases": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Aliases",
                                "description": "Other spellings in the documents; common names.",
                            },
                            "iso_alpha2": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Iso Alpha2",
                            },
                            "iso_alpha3": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Iso Alpha3",
                            },
                            "iso_numeric": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Iso Numeric",
                                "description": "ISO 3166-1 numeric, three digits (pycountry).",
                            },
                            "region": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Region",
                                "description": "UN M49 region, as country_converter names it.",
                            },
                            "subregion": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Subregion",
                                "description": "UN M49 sub-region (country_converter).",
                            },
                            "point": {
                                "anyOf": [
                                    {"$ref": "#/components/schemas/RepresentativePoint"},
                                    {"type": "null"},
                                ]
                            },
                            "memberships": {
                                "items": {"$ref": "#/components/schemas/MembershipPublic"},
                                "type": "array",
                                "title": "Memberships",
                            },
                        },
                        "type": "object",
                        "required": ["id"],
                        "title": "MemberItem",
                        "description": "A member in a page. Every field is present unless the request's `fields` names a subset; `id` always is.",
                    },
                    "MemberPage": {
                        "properties": {
                            "total": {
                                "type": "integer",
                                "title": "Total",
                                "description": "How many records match, on every page.",
                            },
                            "limit": {"type": "integer", "title": "Limit"},
                            "offset": {"type": "integer", "title": "Offset"},
                            "items": {
                                "items": {"$ref": "#/components/schemas/MemberItem"},
                                "type": "array",
                                "title": "Items",
                            },
                            "coverage": {
                                "$ref": "#/components/schemas/CoveragePublic",
                                "description": "Whether the coalitions filtered (all, unfiltered) list every member.",
                            },
                        },
                        "type": "object",
                        "required": ["total", "limit", "offset", "items", "coverage"],
                        "title": "MemberPage",
                    },
                    "MemberPublic": {
                        "properties": {
                            "notes": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Notes",
                                "description": "How the curators resolved conflicts in the documents.",
                            },
                            "sources": {
                                "items": {"$ref": "#/components/schemas/Citation"},
                                "type": "array",
                                "title": "Sources",
                            },
                            "id": {"type": "string", "title": "Id"},
                            "url": {"type": "string", "title": "Url"},
                            "type": {"$ref": "#/components/schemas/MemberType"},
                            "name": {"$ref": "#/components/schemas/Text"},
                            "name_basis": {
                                "$ref": "#/components/schemas/Basis",
                                "description": "`stated`: a document writes `name.ar` so; `inferred`: it joins a document's words (the notes say how).",
                            },
                            "names": {"$ref": "#/components/schemas/Names"},
                            "aliases": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Aliases",
                                "description": "Other spellings in the documents; common names.",
                            },
                            "iso_alpha2": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Iso Alpha2",
                            },
                            "iso_alpha3": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Iso Alpha3",
                            },
                            "iso_numeric": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Iso Numeric",
                                "description": "ISO 3166-1 numeric, three digits (pycountry).",
                            },
                            "region": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Region",
                                "description": "UN M49 region, as country_converter names it.",
                            },
                            "subregion": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Subregion",
                                "description": "UN M49 sub-region (country_converter).",
                            },
                            "point": {
                                "anyOf": [
                                    {"$ref": "#/components/schemas/RepresentativePoint"},
                                    {"type": "null"},
                                ]
                            },
                            "memberships": {
                                "items": {"$ref": "#/components/schemas/MembershipPublic"},
                                "type": "array",
                                "title": "Memberships",
                            },
                        },
                        "type": "object",
                        "required": [
                            "notes",
                            "sources",
                            "id",
                            "url",
                            "type",
                            "name",
                            "name_basis",
                            "names",
                            "aliases",
                            "iso_alpha2",
                            "iso_alpha3",
                            "iso_numeric",
                            "region",
                            "subregion",
                            "point",
                            "memberships",
                        ],
                        "title": "MemberPublic",
                    },
                    "MemberType": {
                        "type": "string",
                        "enum": ["country", "organization"],
                        "title": "MemberType",
                    },
                    "MembershipPublic": {
                        "properties": {
                            "notes": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Notes",
                                "description": "How the curators resolved conflicts in the documents.",
                            },
                            "sources": {
                                "items": {"$ref": "#/components/schemas/Citation"},
                                "type": "array",
                                "title": "Sources",
                            },
                            "coalition": {"$ref": "#/components/schemas/Ref"},
                            "roles": {
                                "items": {"$ref": "#/components/schemas/Role"},
                                "type": "array",
                                "title": "Roles",
                            },
                            "since": {
                                "anyOf": [
                                    {"$ref": "#/components/schemas/DatePublic"},
                                    {"type": "null"},
                                ],
                                "description": "Where a document says since when.",
                            },
                            "basis": {
                                "$ref": "#/components/schemas/BasisOf",
                                "description": "Whether a document states the membership or it is read.",
                            },
                            "working_groups": {
                                "items": {"$ref": "#/components/schemas/Ref"},
                                "type": "array",
                                "title": "Working Groups",
                                "description": "The coalition's working groups it chairs.",
                            },
                        },
                        "type": "object",
                        "required": [
                            "notes",
                            "sources",
                            "coalition",
                            "roles",
                            "since",
                            "basis",
                            "working_groups",
                        ],
                        "title": "MembershipPublic",
                    },
                    "Names": {
                        "properties": {
                            "formal": {
                                "$ref": "#/components/schemas/Text",
                                "description": "Country: the ISO 3166 official name and pycountry's Arabic translation, or its reviewed correction. Organization: the name the documents give.",
                            },
                            "short": {
                                "$ref": "#/components/schemas/Text",
                                "description": "Country: the CLDR short name (Babel). Organization: the documents' name.",
                            },
                        },
                        "type": "object",
                        "required": ["formal", "short"],
                        "title": "Names",
                        "description": "A member's names beside the documents' spelling (`name`).",
                    },
                    "ParameterError": {
                        "properties": {
                            "name": {
                                "type": "string",
                                "title": "Name",
                                "description": "The parameter as the request spelled it.",
                            },
                            "in": {"$ref": "#/components/schemas/Location"},
                            "reason": {"type": "string", "title": "Reason"},
                        },
                        "type": "object",
                        "required": ["name", "in", "reason"],
                        "title": "ParameterError",
                    },
                    "PersonItem": {
                        "properties": {
                            "notes": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Notes",
                                "description": "How the curators resolved conflicts in the documents.",
                            },
                            "sources": {
                                "items": {"$ref": "#/components/schemas/Citation"},
                                "type": "array",
                                "title": "Sources",
                            },
                            "id": {"type": "string", "title": "Id"},
                            "url": {"type": "string", "title": "Url"},
                            "name": {
                                "$ref": "#/components/schemas/Text",
                                "description": "Arabic as the document writes it; English in the standard spelling.",
                            },
                            "aliases": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Aliases",
                                "description": "Other spellings, in the documents and in English.",
                            },
                            "roles": {
                                "items": {"$ref": "#/components/schemas/RolePublic"},
                                "type": "array",
                                "title": "Roles",
                            },
                            "honours": {
                                "items": {"$ref": "#/components/schemas/Text"},
                                "type": "array",
                                "title": "Honours",
                                "description": "Decorations and degrees a document states.",
                            },
                            "coalitions": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Coalitions",
                                "description": "Coalitions of its roles and its events.",
                            },
                            "events": {
                                "items": {"$ref": "#/components/schemas/Ref"},
                                "type": "array",
                                "title": "Events",
                                "description": "Timeline events the person takes part in.",
                            },
                        },
                        "type": "object",
                        "required": ["id"],
                        "title": "PersonItem",
                        "description": "A person in a page. Every field is present unless the request's `fields` names a subset; `id` always is.",
                    },
                    "PersonPage": {
                        "properties": {
                            "total": {
                                "type": "integer",
                                "title": "Total",
                                "description": "How many records match, on every page.",
                            },
                            "limit": {"type": "integer", "title": "Limit"},
                            "offset": {"type": "integer", "title": "Offset"},
                            "items": {
                                "items": {"$ref": "#/components/schemas/PersonItem"},
                                "type": "array",
                                "title": "Items",
                            },
                        },
                        "type": "object",
                        "required": ["total", "limit", "offset", "items"],
                        "title": "PersonPage",
                    },
                    "PersonPublic": {
                        "properties": {
                            "notes": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Notes",
                                "description": "How the curators resolved conflicts in the documents.",
                            },
                            "sources": {
                                "items": {"$ref": "#/components/schemas/Citation"},
                                "type": "array",
                                "title": "Sources",
                            },
                            "id": {"type": "string", "title": "Id"},
                            "url": {"type": "string", "title": "Url"},
                            "name": {
                                "$ref": "#/components/schemas/Text",
                                "description": "Arabic as the document writes it; English in the standard spelling.",
                            },
                            "aliases": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Aliases",
                                "description": "Other spellings, in the documents and in English.",
                            },
                            "roles": {
                                "items": {"$ref": "#/components/schemas/RolePublic"},
                                "type": "array",
                                "title": "Roles",
                            },
                            "honours": {
                                "items": {"$ref": "#/components/schemas/Text"},
                                "type": "array",
                                "title": "Honours",
                                "description": "Decorations and degrees a document states.",
                            },
                            "coalitions": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Coalitions",
                                "description": "Coalitions of its roles and its events.",
                            },
                            "events": {
                                "items": {"$ref": "#/components/schemas/Ref"},
                                "type": "array",
                                "title": "Events",
                                "description": "Timeline events the person takes part in.",
                            },
                        },
                        "type": "object",
                        "required": [
                            "notes",
                            "sources",
                            "id",
                            "url",
                            "name",
                            "aliases",
                            "roles",
                            "honours",
                            "coalitions",
                            "events",
                        ],
                        "title": "PersonPublic",
                    },
                    "PartialDate": {
                        "properties": {
                            "date": {
                                "type": "string",
                                "title": "Date",
                                "examples": ["2015-12-14", "2016-03", "2021"],
                            },
                            "precision": {"$ref": "#/components/schemas/Precision"},
                        },
                        "additionalProperties": False,
                        "type": "object",
                        "required": ["date", "precision"],
                        "title": "PartialDate",
                        "description": "An ISO 8601 date reduced to what the documents state: a year, a month or a day.",
                    },
                    "PlacePublic": {
                        "properties": {
                            "city": {
                                "anyOf": [{"$ref": "#/components/schemas/Text"}, {"type": "null"}]
                            },
                            "country": {
                                "anyOf": [{"$ref": "#/components/schemas/Ref"}, {"type": "null"}]
                            },
                            "lat": {
                                "anyOf": [{"type": "number"}, {"type": "null"}],
                                "title": "Lat",
                                "description": "The city's latitude, WGS 84 (GeoNames).",
                            },
                            "lon": {
                                "anyOf": [{"type": "number"}, {"type": "null"}],
                                "title": "Lon",
                                "description": "The city's longitude, WGS 84 (GeoNames).",
                            },
                            "geonameid": {
                                "anyOf": [{"type": "integer"}, {"type": "null"}],
                                "title": "Geonameid",
                                "description": "The city's GeoNames id.",
                            },
                        },
                        "type": "object",
                        "required": ["city", "country", "lat", "lon", "geonameid"],
                        "title": "PlacePublic",
                    },
                    "Precision": {
                        "type": "string",
                        "enum": ["day", "month", "year"],
                        "title": "Precision",
                    },
                    "Problem": {
                        "properties": {
                            "type": {
                                "type": "string",
                                "title": "Type",
                                "description": "Always `about:blank`: the status says what happened.",
                            },
                            "title": {
                                "type": "string",
                                "title": "Title",
                                "description": "The status's standard phrase.",
                            },
                            "status": {
                                "type": "integer",
                                "maximum": 599.0,
                                "minimum": 400.0,
                                "title": "Status",
                            },
                            "detail": {
                                "type": "string",
                                "title": "Detail",
                                "description": "What went wrong, for a person.",
                            },
                            "instance": {
                                "type": "string",
                                "title": "Instance",
                                "description": "The path of the request.",
                            },
                            "request_id": {
                                "type": "string",
                                "title": "Request Id",
                                "description": "The request's `X-Request-ID`, to quote in a report.",
                            },
                            "errors": {
                                "items": {"$ref": "#/components/schemas/ParameterError"},
                                "type": "array",
                                "title": "Errors",
                                "description": "On a 422: each bad parameter, named.",
                            },
                        },
                        "type": "object",
                        "required": ["type", "title", "status", "detail", "instance"],
                        "title": "Problem",
                        "description": "RFC 9457 problem details: the one shape of every error.",
                    },
                    "Ref": {
                        "properties": {
                            "id": {"type": "string", "title": "Id"},
                            "name": {"$ref": "#/components/schemas/Text"},
                        },
                        "type": "object",
                        "required": ["id", "name"],
                        "title": "Ref",
                    },
                    "RepresentativePoint": {
                        "properties": {
                            "lat": {
                                "type": "number",
                                "title": "Lat",
                                "description": "Latitude, WGS 84.",
                            },
                            "lon": {
                                "type": "number",
                                "title": "Lon",
                                "description": "Longitude, WGS 84.",
                            },
                            "geonameid": {
                                "type": "integer",
                                "title": "Geonameid",
                                "description": "The GeoNames id of the place.",
                            },
                            "name": {
                                "type": "string",
                                "title": "Name",
                                "description": "The place's GeoNames name.",
                            },
                            "basis": {
                                "type": "string",
                                "const": "capital",
                                "title": "Basis",
                                "description": "Which point this is: the capital (a centroid would be a new value).",
                            },
                        },
                        "type": "object",
                        "required": ["lat", "lon", "geonameid", "name", "basis"],
                        "title": "RepresentativePoint",
                        "description": "Where to put a country on a map: its capital, from the GeoNames gazetteer.",
                    },
                    "RolePublic": {
                        "properties": {
                            "notes": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Notes",
                                "description": "How the curators resolved conflicts in the documents.",
                            },
                            "sources": {
                                "items": {"$ref": "#/components/schemas/Citation"},
                                "type": "array",
                                "title": "Sources",
                            },
                            "title": {"$ref": "#/components/schemas/Text"},
                            "body": {
                                "$ref": "#/components/schemas/BodyPublic",
                                "description": "Whom the person acts for.",
                            },
                            "date": {
                                "anyOf": [
                                    {"$ref": "#/components/schemas/DatePublic"},
                                    {"type": "null"},
                                ],
                                "description": "When a document shows the person in this role; null where none dates it.",
                            },
                            "derived_from": {
                                "items": {"$ref": "#/components/schemas/DerivedPublic"},
                                "type": "array",
                                "title": "Derived From",
                                "description": "The event the date is taken from, where the role's own quotes lack it.",
                            },
                            "basis": {
                                "$ref": "#/components/schemas/BasisOf",
                                "description": "Whether a document states the role or it is read.",
                            },
                        },
                        "type": "object",
                        "required": [
                            "notes",
                            "sources",
                            "title",
                            "body",
                            "date",
                            "derived_from",
                            "basis",
                        ],
                        "title": "RolePublic",
                    },
                    "Role": {
                        "type": "string",
                        "enum": [
                            "member",
                            "small-group",
                            "meeting-host",
                            "initiator",
                            "headquarters-host",
                            "working-group-chair",
                        ],
                        "title": "Role",
                        "description": """\
What a member does in a coalition.

`initiator`, `headquarters-host` and `working-group-chair` are derived when the
database is built (from the coalition and working-group records), so a curator
states each fact once.\
""",
                    },
                    "SearchHitItem": {
                        "properties": {
                            "kind": {"$ref": "#/components/schemas/Kind"},
                            "id": {"type": "string", "title": "Id"},
                            "name": {"$ref": "#/components/schemas/Text"},
                            "url": {"type": "string", "title": "Url"},
                        },
                        "type": "object",
                        "required": ["id"],
                        "title": "SearchHitItem",
                        "description": "A search hit in a page. Every field is present unless the request's `fields` names a subset; `id` always is.",
                    },
                    "SourceItem": {
                        "properties": {
                            "id": {"type": "string", "title": "Id"},
                            "url": {"type": "string", "title": "Url"},
                            "file": {
                                "type": "string",
                                "title": "File",
                                "description": "Its file name among the seed documents.",
                            },
                            "title": {"$ref": "#/components/schemas/Text"},
                            "publisher": {
                                "anyOf": [{"$ref": "#/components/schemas/Text"}, {"type": "null"}]
                            },
                            "published": {
                                "anyOf": [
                                    {"$ref": "#/components/schemas/DatePublic"},
                                    {"type": "null"},
                                ]
                            },
                            "derived_from": {
                                "items": {"$ref": "#/components/schemas/DerivedPublic"},
                                "type": "array",
                                "title": "Derived From",
                                "description": "The event `published` is taken from, where the document gives no date.",
                            },
                            "language": {"type": "string", "title": "Language"},
                            "sha256": {"type": "string", "title": "Sha256"},
                            "citation_count": {
                                "type": "integer",
                                "title": "Citation Count",
                                "description": "How many citations quote it.",
                            },
                            "notes": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Notes",
                            },
                        },
                        "type": "object",
                        "required": ["id"],
                        "title": "SourceItem",
                        "description": "A source in a page. Every field is present unless the request's `fields` names a subset; `id` always is.",
                    },
                    "SearchPage": {
                        "properties": {
                            "total": {
                                "type": "integer",
                                "title": "Total",
                                "description": "How many records match, on every page.",
                            },
                            "limit": {"type": "integer", "title": "Limit"},
                            "offset": {"type": "integer", "title": "Offset"},
                            "items": {
                                "items": {"$ref": "#/components/schemas/SearchHitItem"},
                                "type": "array",
                                "title": "Items",
                            },
                        },
                        "type": "object",
                        "required": ["total", "limit", "offset", "items"],
                        "title": "SearchPage",
                    },
                    "SourcePage": {
                        "properties": {
                            "total": {
                                "type": "integer",
                                "title": "Total",
                                "description": "How many records match, on every page.",
                            },
                            "limit": {"type": "integer", "title": "Limit"},
                            "offset": {"type": "integer", "title": "Offset"},
                            "items": {
                                "items": {"$ref": "#/components/schemas/SourceItem"},
                                "type": "array",
                                "title": "Items",
                            },
                        },
                        "type": "object",
                        "required": ["total", "limit", "offset", "items"],
                        "title": "SourcePage",
                    },
                    "SourcePublic": {
                        "properties": {
                            "id": {"type": "string", "title": "Id"},
                            "url": {"type": "string", "title": "Url"},
                            "file": {
                                "type": "string",
                                "title": "File",
                                "description": "Its file name among the seed documents.",
                            },
                            "title": {"$ref": "#/components/schemas/Text"},
                            "publisher": {
                                "anyOf": [{"$ref": "#/components/schemas/Text"}, {"type": "null"}]
                            },
                            "published": {
                                "anyOf": [
                                    {"$ref": "#/components/schemas/DatePublic"},
                                    {"type": "null"},
                                ]
                            },
                            "derived_from": {
                                "items": {"$ref": "#/components/schemas/DerivedPublic"},
                                "type": "array",
                                "title": "Derived From",
                                "description": "The event `published` is taken from, where the document gives no date.",
                            },
                            "language": {"type": "string", "title": "Language"},
                            "sha256": {"type": "string", "title": "Sha256"},
                            "citation_count": {
                                "type": "integer",
                                "title": "Citation Count",
                                "description": "How many citations quote it.",
                            },
                            "notes": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Notes",
                            },
                        },
                        "type": "object",
                        "required": [
                            "id",
                            "url",
                            "file",
                            "title",
                            "publisher",
                            "published",
                            "derived_from",
                            "language",
                            "sha256",
                            "citation_count",
                            "notes",
                        ],
                        "title": "SourcePublic",
                    },
                    "Term": {
                        "properties": {
                            "name": {"$ref": "#/components/schemas/Text"},
                            "description": {
                                "anyOf": [{"$ref": "#/components/schemas/Text"}, {"type": "null"}]
                            },
                            "sources": {
                                "items": {"$ref": "#/components/schemas/Citation"},
                                "type": "array",
                                "title": "Sources",
                                "description": "The quotes that state this item itself.",
                            },
                        },
                        "additionalProperties": False,
                        "type": "object",
                        "required": ["name"],
                        "title": "Term",
                        "description": "A named item of a list (a domain, a principle) with what the document says of it.",
                    },
                    "WorkingGroupItem": {
                        "properties": {
                            "notes": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Notes",
                                "description": "How the curators resolved conflicts in the documents.",
                            },
                            "sources": {
                                "items": {"$ref": "#/components/schemas/Citation"},
                                "type": "array",
                                "title": "Sources",
                            },
                            "id": {"type": "string", "title": "Id"},
                            "url": {"type": "string", "title": "Url"},
                            "coalition": {"$ref": "#/components/schemas/Ref"},
                            "name": {"$ref": "#/components/schemas/Text"},
                            "description": {"$ref": "#/components/schemas/Text"},
                            "chairs": {
                                "items": {"$ref": "#/components/schemas/Ref"},
                                "type": "array",
                                "title": "Chairs",
                            },
                            "established": {
                                "anyOf": [
                                    {"$ref": "#/components/schemas/DatePublic"},
                                    {"type": "null"},
                                ]
                            },
                            "established_at": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Established At",
                                "description": "Timeline event at which it was created.",
                            },
                        },
                        "type": "object",
                        "required": ["id"],
                        "title": "WorkingGroupItem",
                        "description": "A working group in a page. Every field is present unless the request's `fields` names a subset; `id` always is.",
                    },
                    "Text": {
                        "properties": {
                            "ar": {"type": "string", "minLength": 1, "title": "Ar"},
                            "en": {"type": "string", "minLength": 1, "title": "En"},
                        },
                        "additionalProperties": False,
                        "type": "object",
                        "required": ["ar", "en"],
                        "title": "Text",
                        "description": "The same text in Arabic (from the documents) and English (our faithful translation).",
                    },
                    "WorkingGroupPage": {
                        "properties": {
                            "total": {
                                "type": "integer",
                                "title": "Total",
                                "description": "How many records match, on every page.",
                            },
                            "limit": {"type": "integer", "title": "Limit"},
                            "offset": {"type": "integer", "title": "Offset"},
                            "items": {
                                "items": {"$ref": "#/components/schemas/WorkingGroupItem"},
                                "type": "array",
                                "title": "Items",
                            },
                        },
                        "type": "object",
                        "required": ["total", "limit", "offset", "items"],
                        "title": "WorkingGroupPage",
                    },
                    "WorkingGroupPublic": {
                        "properties": {
                            "notes": {
                                "items": {"type": "string"},
                                "type": "array",
                                "title": "Notes",
                                "description": "How the curators resolved conflicts in the documents.",
                            },
                            "sources": {
                                "items": {"$ref": "#/components/schemas/Citation"},
                                "type": "array",
                                "title": "Sources",
                            },
                            "id": {"type": "string", "title": "Id"},
                            "url": {"type": "string", "title": "Url"},
                            "coalition": {"$ref": "#/components/schemas/Ref"},
                            "name": {"$ref": "#/components/schemas/Text"},
                            "description": {"$ref": "#/components/schemas/Text"},
                            "chairs": {
                                "items": {"$ref": "#/components/schemas/Ref"},
                                "type": "array",
                                "title": "Chairs",
                            },
                            "established": {
                                "anyOf": [
                                    {"$ref": "#/components/schemas/DatePublic"},
                                    {"type": "null"},
                                ]
                            },
                            "established_at": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Established At",
                                "description": "Timeline event at which it was created.",
                            },
                        },
                        "type": "object",
                        "required": [
                            "notes",
                            "sources",
                            "id",
                            "url",
                            "coalition",
                            "name",
                            "description",
                            "chairs",
                            "established",
                            "established_at",
                        ],
                        "title": "WorkingGroupPublic",
                    },
                }
            },
            "tags": [
                {"name": "coalitions", "description": "The coalitions and their sub-collections."},
                {"name": "members", "description": "Countries and organizations."},
                {"name": "working-groups", "description": "Working groups and their chairs."},
                {"name": "timeline", "description": "Dated events."},
                {
                    "name": "people",
                    "description": "People named in an official or public capacity.",
                },
                {"name": "sources", "description": "The cited documents."},
                {"name": "search", "description": "One query over every kind."},
                {"name": "downloads", "description": "The whole dataset in one file."},
                {"name": "meta", "description": "Index and health."},
            ],
            "security": [],
        }
    )


def test_example_paths_are_every_data_path(document: dict[str, Any]) -> None:
    """A new endpoint must be added to EXAMPLE_PATHS, so that its example is checked too.

    The downloads answer files, not JSON: tests/test_downloads.py checks them.
    """
    assert set(EXAMPLE_PATHS) == set(document["paths"]) - {"/", "/health", *DOWNLOADS}


@pytest.mark.parametrize("path", EXAMPLE_PATHS)
def test_documented_example_is_what_the_endpoint_returns(
    client: Client, document: dict[str, Any], path: str
) -> None:
    """Examples are meant to be real answers; a stale or invented one misleads integrators."""
    operation = document["paths"][path]["get"]
    media = operation["responses"]["200"]["content"]["application/json"]
    assert "example" in media, f"{path} documents no example of its 200 answer"
    url, params = example_request(operation, path, media["example"])
    r = client.get(url, params=params)
    assert r.status_code == 200, r.text
    assert r.json() == media["example"]


def error_examples(document: dict[str, Any]) -> list[tuple[str, int, dict[str, Any]]]:
    """Every documented problem example: (request, status, body)."""
    found = []
    for operations in document["paths"].values():
        for operation in operations.values():
            for status, response in operation["responses"].items():
                media = response.get("content", {}).get("application/problem+json", {})
                for example in media.get("examples", {}).values():
                    found.append((example["summary"], int(status), example["value"]))
    return found


def test_the_required_error_examples_are_documented(document: dict[str, Any]) -> None:
    requests = {(request, status) for request, status, _ in error_examples(document)}
    assert ("GET /members/XX", 404) in requests
    assert ("GET /members?limit=0", 422) in requests


def test_every_error_example_is_what_the_service_sends(
    client: Client, document: dict[str, Any]
) -> None:
    """Each problem example's summary is its request; sent, it gets that very body."""
    examples = error_examples(document)
    assert len(examples) >= 17  # a 422 per collection, a 404 per record and sub-collection
    for request, status, body in examples:
        method, url = request.split(" ", 1)
        r = client.request(method, url)
        assert r.status_code == status, (request, r.text)
        assert r.headers["content-type"] == "application/problem+json"
        sent = r.json()
        sent.pop("request_id")
        assert sent == body, request
