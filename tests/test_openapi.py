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
    "/sources",
    "/sources/{source_id}",
    "/people",
    "/people/{person_id}",
    "/search",
]


@pytest.fixture(scope="module")
def document(client: Client) -> dict[str, Any]:
    r = client.get("/openapi.json")
    assert r.status_code == 200, r.text
    openapi: dict[str, Any] = r.json()
    return openapi


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
        name, value = parameter["name"], parameter["schema"].get("examples", [None])[0]
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
working groups and timeline. Every record cites a short verbatim quote of the document it
comes from (`sources`), and `notes` say how conflicts between the documents were resolved.

Every collection speaks the same query language: `limit` (1-500) and `offset`, `sort`
(`-` for descending), `fields`, `q` (Arabic or English, spelling-insensitive) and
`format=csv`. Errors are RFC 9457 problem details. Responses carry a strong `ETag`.
""",
                "version": "1.0.0",
            },
            "paths": {
                "/": {
                    "get": {
                        "tags": ["meta"],
                        "summary": "Index",
                        "operationId": "meta-index",
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
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"type": "string", "title": "Name"},
                                                        "in": {
                                                            "type": "string",
                                                            "title": "In",
                                                            "examples": ["query"],
                                                        },
                                                        "reason": {
                                                            "type": "string",
                                                            "title": "Reason",
                                                        },
                                                    },
                                                    "type": "object",
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                }
                                            },
                                            "properties": {
                                                "type": {
                                                    "type": "string",
                                                    "title": "Type",
                                                    "default": "about:blank",
                                                },
                                                "title": {"type": "string", "title": "Title"},
                                                "status": {"type": "integer", "title": "Status"},
                                                "detail": {"type": "string", "title": "Detail"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "type": "object",
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "description": "RFC 9457 problem details.",
                                        }
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
                        "operationId": "meta-health",
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
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"type": "string", "title": "Name"},
                                                        "in": {
                                                            "type": "string",
                                                            "title": "In",
                                                            "examples": ["query"],
                                                        },
                                                        "reason": {
                                                            "type": "string",
                                                            "title": "Reason",
                                                        },
                                                    },
                                                    "type": "object",
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                }
                                            },
                                            "properties": {
                                                "type": {
                                                    "type": "string",
                                                    "title": "Type",
                                                    "default": "about:blank",
                                                },
                                                "title": {"type": "string", "title": "Title"},
                                                "status": {"type": "integer", "title": "Status"},
                                                "detail": {"type": "string", "title": "Detail"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "type": "object",
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "description": "RFC 9457 problem details.",
                                        }
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
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"type": "string", "title": "Name"},
                                                        "in": {
                                                            "type": "string",
                                                            "title": "In",
                                                            "examples": ["query"],
                                                        },
                                                        "reason": {
                                                            "type": "string",
                                                            "title": "Reason",
                                                        },
                                                    },
                                                    "type": "object",
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                }
                                            },
                                            "properties": {
                                                "type": {
                                                    "type": "string",
                                                    "title": "Type",
                                                    "default": "about:blank",
                                                },
                                                "title": {"type": "string", "title": "Title"},
                                                "status": {"type": "integer", "title": "Status"},
                                                "detail": {"type": "string", "title": "Detail"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "type": "object",
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "description": "RFC 9457 problem details.",
                                        }
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
                        "operationId": "coalitions-list_coalitions",
                        "parameters": [
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "minLength": 1,
                                            "maxLength": 200,
                                            "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
                                    "examples": ["الاردن"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
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
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^-?(?:id|name|founded|member_count)(?:,-?(?:id|name|founded|member_count)){0,3}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                                    "examples": ["-name,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^(?:notes|sources|id|url|name|abbreviation|founded|announced_by|initiator|headquarters|slogan|vision|objectives|domains|principles|leaders|achievements|self_description|means|bodies|stated_member_count|member_coverage|member_count|working_groups)(?:,(?:notes|sources|id|url|name|abbreviation|founded|announced_by|initiator|headquarters|slogan|vision|objectives|domains|principles|leaders|achievements|self_description|means|bodies|stated_member_count|member_coverage|member_count|working_groups)){0,23}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated top-level fields to return (`id` is always kept).",
                                    "examples": ["id,name"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept).",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
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
                        "operationId": "coalitions-get_coalition",
                        "parameters": [
                            {
                                "name": "coalition_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "examples": ["imctc"],
                                    "title": "Coalition Id",
                                },
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
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
                        "operationId": "coalitions-list_coalition_members",
                        "parameters": [
                            {
                                "name": "coalition_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "examples": ["imctc"],
                                    "title": "Coalition Id",
                                },
                            },
                            {
                                "name": "type",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/MemberType"},
                                        {"type": "null"},
                                    ],
                                    "description": "Countries or organizations.",
                                    "title": "Type",
                                },
                                "description": "Countries or organizations.",
                            },
                            {
                                "name": "role",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Role"},
                                        {"type": "null"},
                                    ],
                                    "description": "Only members with this role (in the coalitions filtered).",
                                    "title": "Role",
                                },
                                "description": "Only members with this role (in the coalitions filtered).",
                            },
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "minLength": 1,
                                            "maxLength": 200,
                                            "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
                                    "examples": ["الاردن"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
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
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^-?(?:id|name|type|iso_alpha3)(?:,-?(?:id|name|type|iso_alpha3)){0,3}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                                    "examples": ["-name,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^(?:notes|sources|id|url|type|name|aliases|iso_alpha2|iso_alpha3|memberships)(?:,(?:notes|sources|id|url|type|name|aliases|iso_alpha2|iso_alpha3|memberships)){0,9}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated top-level fields to return (`id` is always kept).",
                                    "examples": ["id,name"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept).",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                                "headers": {
                                    "X-Member-Coverage": {
                                        "description": "`complete`, or `partial; coalitions=<ids>` when a coalition filtered (any, unfiltered) lists only some members; the same as `coverage` in the JSON envelope, so that a CSV stays a plain table.",
                                        "schema": {
                                            "type": "string",
                                            "pattern": "^(complete|partial; coalitions=[a-z0-9,-]+)$",
                                        },
                                    }
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
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
                        "operationId": "coalitions-list_coalition_working_groups",
                        "parameters": [
                            {
                                "name": "coalition_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "examples": ["imctc"],
                                    "title": "Coalition Id",
                                },
                            },
                            {
                                "name": "chair",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/MemberKey"},
                                        {"type": "null"},
                                    ],
                                    "description": "Groups this member chairs (id or ISO code, any case).",
                                    "examples": ["SA"],
                                    "title": "Chair",
                                },
                                "description": "Groups this member chairs (id or ISO code, any case).",
                            },
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "minLength": 1,
                                            "maxLength": 200,
                                            "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
                                    "examples": ["الاردن"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
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
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^-?(?:id|name|coalition|established)(?:,-?(?:id|name|coalition|established)){0,3}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                                    "examples": ["-name,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^(?:notes|sources|id|url|coalition|name|description|chairs|established|established_at)(?:,(?:notes|sources|id|url|coalition|name|description|chairs|established|established_at)){0,9}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated top-level fields to return (`id` is always kept).",
                                    "examples": ["id,name"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept).",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
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
                        "operationId": "coalitions-list_coalition_timeline",
                        "parameters": [
                            {
                                "name": "coalition_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "examples": ["imctc"],
                                    "title": "Coalition Id",
                                },
                            },
                            {
                                "name": "type",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "array",
                                            "items": {"$ref": "#/components/schemas/EventType"},
                                            "maxItems": 12,
                                        },
                                        {"type": "null"},
                                    ],
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
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/MemberKey"},
                                        {"type": "null"},
                                    ],
                                    "description": "Events this member took part in (id or ISO code).",
                                    "examples": ["MA"],
                                    "title": "Member",
                                },
                                "description": "Events this member took part in (id or ISO code).",
                            },
                            {
                                "name": "person",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/PersonKey"},
                                        {"type": "null"},
                                    ],
                                    "description": "Events this person took part in (a person id).",
                                    "examples": ["john-godfrey"],
                                    "title": "Person",
                                },
                                "description": "Events this person took part in (a person id).",
                            },
                            {
                                "name": "from",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)-02-29)$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. An event dated to a month or a year is kept when any day of it falls in the range; an uncertain date, when any of its readings does.",
                                    "examples": ["2016-03-27"],
                                    "title": "From",
                                },
                                "description": "Start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. An event dated to a month or a year is kept when any day of it falls in the range; an uncertain date, when any of its readings does.",
                            },
                            {
                                "name": "to",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)-02-29)$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "End: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. An event dated to a month or a year is kept when any day of it falls in the range; an uncertain date, when any of its readings does.",
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
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "minLength": 1,
                                            "maxLength": 200,
                                            "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
                                    "examples": ["الاردن"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
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
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^-?(?:date|id|type|title)(?:,-?(?:date|id|type|title)){0,3}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                                    "examples": ["-date,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^(?:notes|sources|id|url|coalitions|date|type|title|description|location|participants|people|derived_from)(?:,(?:notes|sources|id|url|coalitions|date|type|title|description|location|participants|people|derived_from)){0,12}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated top-level fields to return (`id` is always kept).",
                                    "examples": ["id,title"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept).",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
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
                        "operationId": "coalitions-list_coalition_people",
                        "parameters": [
                            {
                                "name": "coalition_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "examples": ["imctc"],
                                    "title": "Coalition Id",
                                },
                            },
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "minLength": 1,
                                            "maxLength": 200,
                                            "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
                                    "examples": ["الاردن"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
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
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^-?(?:id|name)(?:,-?(?:id|name)){0,1}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                                    "examples": ["-name,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^(?:notes|sources|id|url|name|aliases|roles|honours|coalitions|events)(?:,(?:notes|sources|id|url|name|aliases|roles|honours|coalitions|events)){0,9}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated top-level fields to return (`id` is always kept).",
                                    "examples": ["id,name"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept).",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
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
                        "operationId": "members-list_members",
                        "parameters": [
                            {
                                "name": "coalition",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "array",
                                            "items": {"$ref": "#/components/schemas/CoalitionKey"},
                                            "maxItems": 10,
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Members of this coalition (repeatable; see `match`).",
                                    "examples": [["imctc"]],
                                    "title": "Coalition",
                                },
                                "description": "Members of this coalition (repeatable; see `match`).",
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
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/MemberType"},
                                        {"type": "null"},
                                    ],
                                    "description": "Countries or organizations.",
                                    "title": "Type",
                                },
                                "description": "Countries or organizations.",
                            },
                            {
                                "name": "role",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Role"},
                                        {"type": "null"},
                                    ],
                                    "description": "Only members with this role (in the coalitions filtered).",
                                    "title": "Role",
                                },
                                "description": "Only members with this role (in the coalitions filtered).",
                            },
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "minLength": 1,
                                            "maxLength": 200,
                                            "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
                                    "examples": ["الاردن"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
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
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^-?(?:id|name|type|iso_alpha3)(?:,-?(?:id|name|type|iso_alpha3)){0,3}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                                    "examples": ["-name,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^(?:notes|sources|id|url|type|name|aliases|iso_alpha2|iso_alpha3|memberships)(?:,(?:notes|sources|id|url|type|name|aliases|iso_alpha2|iso_alpha3|memberships)){0,9}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated top-level fields to return (`id` is always kept).",
                                    "examples": ["id,name"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept).",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                                "headers": {
                                    "X-Member-Coverage": {
                                        "description": "`complete`, or `partial; coalitions=<ids>` when a coalition filtered (any, unfiltered) lists only some members; the same as `coverage` in the JSON envelope, so that a CSV stays a plain table.",
                                        "schema": {
                                            "type": "string",
                                            "pattern": "^(complete|partial; coalitions=[a-z0-9,-]+)$",
                                        },
                                    }
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
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
                        "operationId": "members-get_member",
                        "parameters": [
                            {
                                "name": "member_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "examples": ["SA"],
                                    "title": "Member Id",
                                },
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
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
                        "operationId": "working-groups-list_working_groups",
                        "parameters": [
                            {
                                "name": "coalition",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "array",
                                            "items": {"$ref": "#/components/schemas/CoalitionKey"},
                                            "maxItems": 10,
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Members of this coalition (repeatable; see `match`).",
                                    "examples": [["imctc"]],
                                    "title": "Coalition",
                                },
                                "description": "Members of this coalition (repeatable; see `match`).",
                            },
                            {
                                "name": "chair",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/MemberKey"},
                                        {"type": "null"},
                                    ],
                                    "description": "Groups this member chairs (id or ISO code, any case).",
                                    "examples": ["SA"],
                                    "title": "Chair",
                                },
                                "description": "Groups this member chairs (id or ISO code, any case).",
                            },
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "minLength": 1,
                                            "maxLength": 200,
                                            "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
                                    "examples": ["الاردن"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
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
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^-?(?:id|name|coalition|established)(?:,-?(?:id|name|coalition|established)){0,3}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                                    "examples": ["-name,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^(?:notes|sources|id|url|coalition|name|description|chairs|established|established_at)(?:,(?:notes|sources|id|url|coalition|name|description|chairs|established|established_at)){0,9}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated top-level fields to return (`id` is always kept).",
                                    "examples": ["id,name"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept).",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
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
                        "operationId": "working-groups-get_working_group",
                        "parameters": [
                            {
                                "name": "group_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "examples": ["gc-counter-finance"],
                                    "title": "Group Id",
                                },
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
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
                        "operationId": "timeline-list_events",
                        "parameters": [
                            {
                                "name": "coalition",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "array",
                                            "items": {"$ref": "#/components/schemas/CoalitionKey"},
                                            "maxItems": 10,
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Members of this coalition (repeatable; see `match`).",
                                    "examples": [["imctc"]],
                                    "title": "Coalition",
                                },
                                "description": "Members of this coalition (repeatable; see `match`).",
                            },
                            {
                                "name": "type",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "array",
                                            "items": {"$ref": "#/components/schemas/EventType"},
                                            "maxItems": 12,
                                        },
                                        {"type": "null"},
                                    ],
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
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/MemberKey"},
                                        {"type": "null"},
                                    ],
                                    "description": "Events this member took part in (id or ISO code).",
                                    "examples": ["MA"],
                                    "title": "Member",
                                },
                                "description": "Events this member took part in (id or ISO code).",
                            },
                            {
                                "name": "person",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/PersonKey"},
                                        {"type": "null"},
                                    ],
                                    "description": "Events this person took part in (a person id).",
                                    "examples": ["john-godfrey"],
                                    "title": "Person",
                                },
                                "description": "Events this person took part in (a person id).",
                            },
                            {
                                "name": "from",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)-02-29)$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. An event dated to a month or a year is kept when any day of it falls in the range; an uncertain date, when any of its readings does.",
                                    "examples": ["2016-03-27"],
                                    "title": "From",
                                },
                                "description": "Start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. An event dated to a month or a year is kept when any day of it falls in the range; an uncertain date, when any of its readings does.",
                            },
                            {
                                "name": "to",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)-02-29)$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "End: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. An event dated to a month or a year is kept when any day of it falls in the range; an uncertain date, when any of its readings does.",
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
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "minLength": 1,
                                            "maxLength": 200,
                                            "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
                                    "examples": ["الاردن"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
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
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^-?(?:date|id|type|title)(?:,-?(?:date|id|type|title)){0,3}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                                    "examples": ["-date,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^(?:notes|sources|id|url|coalitions|date|type|title|description|location|participants|people|derived_from)(?:,(?:notes|sources|id|url|coalitions|date|type|title|description|location|participants|people|derived_from)){0,12}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated top-level fields to return (`id` is always kept).",
                                    "examples": ["id,title"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept).",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
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
                        "operationId": "timeline-get_event",
                        "parameters": [
                            {
                                "name": "event_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "examples": ["imctc-announced"],
                                    "title": "Event Id",
                                },
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
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
                        "description": "People the documents name in an official or public capacity, with their roles (title, the body they act for, a date where a document gives one) and events. `q` finds them by any spelling.",
                        "operationId": "people-list_people",
                        "parameters": [
                            {
                                "name": "coalition",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "array",
                                            "items": {"$ref": "#/components/schemas/CoalitionKey"},
                                            "maxItems": 10,
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "People with a role in, or an event of, any of these coalitions (repeatable).",
                                    "examples": [["global-coalition"]],
                                    "title": "Coalition",
                                },
                                "description": "People with a role in, or an event of, any of these coalitions (repeatable).",
                            },
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "minLength": 1,
                                            "maxLength": 200,
                                            "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
                                    "examples": ["الاردن"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
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
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^-?(?:id|name)(?:,-?(?:id|name)){0,1}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                                    "examples": ["-name,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^(?:notes|sources|id|url|name|aliases|roles|honours|coalitions|events)(?:,(?:notes|sources|id|url|name|aliases|roles|honours|coalitions|events)){0,9}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated top-level fields to return (`id` is always kept).",
                                    "examples": ["id,name"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept).",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
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
                        "operationId": "people-get_person",
                        "parameters": [
                            {
                                "name": "person_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "examples": ["john-godfrey"],
                                    "title": "Person Id",
                                },
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
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
                        "operationId": "sources-list_sources",
                        "parameters": [
                            {
                                "name": "q",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "minLength": 1,
                                            "maxLength": 200,
                                            "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
                                    "examples": ["الاردن"],
                                    "title": "Q",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
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
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^-?(?:id|file|published|citation_count)(?:,-?(?:id|file|published|citation_count)){0,3}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                                    "examples": ["-file,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^(?:id|url|file|title|publisher|published|language|sha256|citation_count|notes)(?:,(?:id|url|file|title|publisher|published|language|sha256|citation_count|notes)){0,9}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated top-level fields to return (`id` is always kept).",
                                    "examples": ["id,title"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept).",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
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
                        "operationId": "sources-get_source",
                        "parameters": [
                            {
                                "name": "source_id",
                                "in": "path",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "maxLength": 64,
                                    "examples": ["sabq-2020"],
                                    "title": "Source Id",
                                },
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "404": {
                                "description": "No record has this id.",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
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
                        "description": "Coalitions, members (every alias the documents use), working groups, events, sources and people (any of their spellings); each hit with its kind, id, name and URL.",
                        "operationId": "search-search_all",
                        "parameters": [
                            {
                                "name": "q",
                                "in": "query",
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 200,
                                    "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants.",
                                    "examples": ["تركيا"],
                                    "title": "Q",
                                    "pattern": "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\ufffd]",
                                },
                                "description": "Search in Arabic or English; insensitive to case, accents, diacritics and Arabic spelling variants.",
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
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^-?(?:id|kind|name)(?:,-?(?:id|kind|name)){0,2}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                                    "examples": ["-kind,id"],
                                    "title": "Sort",
                                },
                                "description": "Comma-separated fields to sort by; `-` before a field for descending.",
                            },
                            {
                                "name": "fields",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "pattern": "^(?:id|kind|name|url)(?:,(?:id|kind|name|url)){0,3}$",
                                        },
                                        {"type": "null"},
                                    ],
                                    "description": "Comma-separated top-level fields to return (`id` is always kept).",
                                    "examples": ["id,name"],
                                    "title": "Fields",
                                },
                                "description": "Comma-separated top-level fields to return (`id` is always kept).",
                            },
                            {
                                "name": "format",
                                "in": "query",
                                "required": False,
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/Format"},
                                        {"type": "null"},
                                    ],
                                    "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
                                    "title": "Format",
                                },
                                "description": "`csv` for CSV (as does `Accept: text/csv`); JSON by default.",
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
                                },
                            },
                            "304": {
                                "description": "Not modified: the `If-None-Match` ETag is current. No body."
                            },
                            "422": {
                                "description": "A parameter is unknown, repeated or out of range (each one is named).",
                                "content": {
                                    "application/problem+json": {
                                        "schema": {
                                            "$defs": {
                                                "ParameterError": {
                                                    "properties": {
                                                        "name": {"title": "Name", "type": "string"},
                                                        "in": {
                                                            "examples": ["query"],
                                                            "title": "In",
                                                            "type": "string",
                                                        },
                                                        "reason": {
                                                            "title": "Reason",
                                                            "type": "string",
                                                        },
                                                    },
                                                    "required": ["name", "in", "reason"],
                                                    "title": "ParameterError",
                                                    "type": "object",
                                                }
                                            },
                                            "description": "RFC 9457 problem details.",
                                            "properties": {
                                                "type": {
                                                    "default": "about:blank",
                                                    "title": "Type",
                                                    "type": "string",
                                                },
                                                "title": {"title": "Title", "type": "string"},
                                                "status": {"title": "Status", "type": "integer"},
                                                "detail": {"title": "Detail", "type": "string"},
                                                "instance": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Instance",
                                                },
                                                "request_id": {
                                                    "anyOf": [{"type": "string"}, {"type": "null"}],
                                                    "title": "Request Id",
                                                },
                                                "errors": {
                                                    "anyOf": [
                                                        {
                                                            "items": {
                                                                "$ref": "#/$defs/ParameterError"
                                                            },
                                                            "type": "array",
                                                        },
                                                        {"type": "null"},
                                                    ],
                                                    "title": "Errors",
                                                },
                                            },
                                            "required": ["title", "status", "detail"],
                                            "title": "Problem",
                                            "type": "object",
                                        }
                                    },
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/Problem"}
                                    },
                                },
                            },
                        },
                    }
                },
            },
            "components": {
                "schemas": {
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
                    "CoalitionPage": {
                        "properties": {
                            "total": {"type": "integer", "title": "Total"},
                            "limit": {"type": "integer", "title": "Limit"},
                            "offset": {"type": "integer", "title": "Offset"},
                            "items": {
                                "items": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/CoalitionPublic"},
                                        {"$ref": "#/components/schemas/CoalitionPublicFields"},
                                    ]
                                },
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
                            "note": {"type": "string", "title": "Note"},
                        },
                        "type": "object",
                        "required": ["complete", "partial", "note"],
                        "title": "CoveragePublic",
                    },
                    "DatePublic": {
                        "properties": {
                            "edtf": {
                                "type": "string",
                                "title": "Edtf",
                                "description": "EDTF (ISO 8601-2): a date reduced to its precision, or a one-of set `[a,b]` when the documents allow several readings.",
                                "examples": ["2015-12-14", "[2021-09-02,2021-12-02]"],
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
                                "description": "True when there is more than one reading.",
                            },
                            "note": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Note",
                                "description": "Why the date is uncertain; null when it is not.",
                            },
                        },
                        "type": "object",
                        "required": ["edtf", "date", "precision", "readings", "uncertain", "note"],
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
                    "EventPage": {
                        "properties": {
                            "total": {"type": "integer", "title": "Total"},
                            "limit": {"type": "integer", "title": "Limit"},
                            "offset": {"type": "integer", "title": "Offset"},
                            "items": {
                                "items": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/EventPublic"},
                                        {"$ref": "#/components/schemas/EventPublicFields"},
                                    ]
                                },
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
                    "Format": {"type": "string", "enum": ["json", "csv"], "title": "Format"},
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
                            "links": {
                                "additionalProperties": {"type": "string"},
                                "type": "object",
                                "title": "Links",
                            },
                        },
                        "type": "object",
                        "required": ["name", "description", "version", "data_version", "links"],
                        "title": "Index",
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
                    "Match": {"type": "string", "enum": ["any", "all"], "title": "Match"},
                    "MemberPage": {
                        "properties": {
                            "total": {"type": "integer", "title": "Total"},
                            "limit": {"type": "integer", "title": "Limit"},
                            "offset": {"type": "integer", "title": "Offset"},
                            "items": {
                                "items": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/MemberPublic"},
                                        {"$ref": "#/components/schemas/MemberPublicFields"},
                                    ]
                                },
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
                            "aliases",
                            "iso_alpha2",
                            "iso_alpha3",
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
                            "working_groups",
                        ],
                        "title": "MembershipPublic",
                    },
                    "ParameterError": {
                        "properties": {
                            "name": {"type": "string", "title": "Name"},
                            "in": {"type": "string", "title": "In", "examples": ["query"]},
                            "reason": {"type": "string", "title": "Reason"},
                        },
                        "type": "object",
                        "required": ["name", "in", "reason"],
                        "title": "ParameterError",
                    },
                    "PersonPage": {
                        "properties": {
                            "total": {"type": "integer", "title": "Total"},
                            "limit": {"type": "integer", "title": "Limit"},
                            "offset": {"type": "integer", "title": "Offset"},
                            "items": {
                                "items": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/PersonPublic"},
                                        {"$ref": "#/components/schemas/PersonPublicFields"},
                                    ]
                                },
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
                        },
                        "type": "object",
                        "required": ["city", "country"],
                        "title": "PlacePublic",
                    },
                    "Precision": {
                        "type": "string",
                        "enum": ["day", "month", "year"],
                        "title": "Precision",
                    },
                    "Problem": {
                        "properties": {
                            "type": {"type": "string", "title": "Type", "default": "about:blank"},
                            "title": {"type": "string", "title": "Title"},
                            "status": {"type": "integer", "title": "Status"},
                            "detail": {"type": "string", "title": "Detail"},
                            "instance": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Instance",
                            },
                            "request_id": {
                                "anyOf": [{"type": "string"}, {"type": "null"}],
                                "title": "Request Id",
                            },
                            "errors": {
                                "anyOf": [
                                    {
                                        "items": {"$ref": "#/components/schemas/ParameterError"},
                                        "type": "array",
                                    },
                                    {"type": "null"},
                                ],
                                "title": "Errors",
                            },
                        },
                        "type": "object",
                        "required": ["title", "status", "detail"],
                        "title": "Problem",
                        "description": "RFC 9457 problem details.",
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
                        },
                        "type": "object",
                        "required": ["notes", "sources", "title", "body", "date", "derived_from"],
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
                    "SearchHit": {
                        "properties": {
                            "kind": {"type": "string", "title": "Kind", "examples": ["member"]},
                            "id": {"type": "string", "title": "Id"},
                            "name": {"$ref": "#/components/schemas/Text"},
                            "url": {"type": "string", "title": "Url"},
                        },
                        "type": "object",
                        "required": ["kind", "id", "name", "url"],
                        "title": "SearchHit",
                    },
                    "SearchPage": {
                        "properties": {
                            "total": {"type": "integer", "title": "Total"},
                            "limit": {"type": "integer", "title": "Limit"},
                            "offset": {"type": "integer", "title": "Offset"},
                            "items": {
                                "items": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/SearchHit"},
                                        {"$ref": "#/components/schemas/SearchHitFields"},
                                    ]
                                },
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
                            "total": {"type": "integer", "title": "Total"},
                            "limit": {"type": "integer", "title": "Limit"},
                            "offset": {"type": "integer", "title": "Offset"},
                            "items": {
                                "items": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/SourcePublic"},
                                        {"$ref": "#/components/schemas/SourcePublicFields"},
                                    ]
                                },
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
                            "total": {"type": "integer", "title": "Total"},
                            "limit": {"type": "integer", "title": "Limit"},
                            "offset": {"type": "integer", "title": "Offset"},
                            "items": {
                                "items": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/WorkingGroupPublic"},
                                        {"$ref": "#/components/schemas/WorkingGroupPublicFields"},
                                    ]
                                },
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
                    "PersonKey": {
                        "type": "string",
                        "enum": [
                            "mohammed-bin-salman",
                            "mohammed-al-moghedi",
                            "barack-obama",
                            "sophie-wilmes",
                            "john-godfrey",
                            "luca-franchetti-pardo",
                            "abdellatif-loudiyi",
                            "wubing",
                            "ursula-von-der-leyen",
                            "sergei-lavrov",
                            "yousef-al-othaimeen",
                        ],
                        "title": "PersonKey",
                        "description": "A person id.",
                    },
                    "CoalitionKey": {
                        "type": "string",
                        "enum": ["imctc", "global-coalition"],
                        "title": "CoalitionKey",
                        "description": "A coalition id.",
                    },
                    "MemberKey": {
                        "type": "string",
                        "pattern": "^(?:[Aa][Ee]|[Aa][Ff]|[Aa][Ff][Gg]|[Aa][Rr][Ee]|[Aa][Uu]|[Aa][Uu][Ss]|[Bb][Dd]|[Bb][Ee]|[Bb][Ee][Ll]|[Bb][Ee][Nn]|[Bb][Ff]|[Bb][Ff][Aa]|[Bb][Gg][Dd]|[Bb][Hh]|[Bb][Hh][Rr]|[Bb][Jj]|[Bb][Nn]|[Bb][Rr][Nn]|[Cc][Aa]|[Cc][Aa][Nn]|[Cc][Ii]|[Cc][Ii][Vv]|[Cc][Oo][Mm]|[Cc][Zz]|[Cc][Zz][Ee]|[Dd][Ee]|[Dd][Ee][Uu]|[Dd][Jj]|[Dd][Jj][Ii]|[Dd][Kk]|[Dd][Nn][Kk]|[Ee][Gg]|[Ee][Gg][Yy]|[Ee][Ss]|[Ee][Ss][Pp]|[Ee][Uu]|[Ff][Ii]|[Ff][Ii][Nn]|[Ff][Rr]|[Ff][Rr][Aa]|[Gg][Aa]|[Gg][Aa][Bb]|[Gg][Bb]|[Gg][Bb][Rr]|[Gg][Ii][Nn]|[Gg][Mm]|[Gg][Mm][Bb]|[Gg][Nn]|[Gg][Nn][Bb]|[Gg][Ww]|[Ii][Nn][Tt][Ee][Rr][Pp][Oo][Ll]|[Ii][Qq]|[Ii][Rr][Qq]|[Ii][Tt]|[Ii][Tt][Aa]|[Jj][Oo]|[Jj][Oo][Rr]|[Kk][Mm]|[Kk][Ww]|[Kk][Ww][Tt]|[Ll][Bb]|[Ll][Bb][Nn]|[Ll][Bb][Yy]|[Ll][Yy]|[Mm][Aa]|[Mm][Aa][Rr]|[Mm][Dd][Vv]|[Mm][Ll]|[Mm][Ll][Ii]|[Mm][Rr]|[Mm][Rr][Tt]|[Mm][Vv]|[Mm][Yy]|[Mm][Yy][Ss]|[Nn][Aa][Tt][Oo]|[Nn][Ee]|[Nn][Ee][Rr]|[Nn][Gg]|[Nn][Gg][Aa]|[Nn][Ll]|[Nn][Ll][Dd]|[Nn][Oo]|[Nn][Oo][Rr]|[Nn][Zz]|[Nn][Zz][Ll]|[Oo][Mm]|[Oo][Mm][Nn]|[Pp][Aa][Kk]|[Pp][Kk]|[Pp][Ll]|[Pp][Oo][Ll]|[Pp][Ss]|[Pp][Ss][Ee]|[Qq][Aa]|[Qq][Aa][Tt]|[Ss][Aa]|[Ss][Aa][Uu]|[Ss][Dd]|[Ss][Dd][Nn]|[Ss][Ee]|[Ss][Ee][Nn]|[Ss][Ll]|[Ss][Ll][Ee]|[Ss][Nn]|[Ss][Oo]|[Ss][Oo][Mm]|[Ss][Ww][Ee]|[Tt][Cc][Dd]|[Tt][Dd]|[Tt][Gg]|[Tt][Gg][Oo]|[Tt][Nn]|[Tt][Rr]|[Tt][Uu][Nn]|[Tt][Uu][Rr]|[Uu][Gg]|[Uu][Gg][Aa]|[Uu][Ss]|[Uu][Ss][Aa]|[Yy][Ee]|[Yy][Ee][Mm])$",
                        "title": "MemberKey",
                        "description": "A member's id or ISO 3166-1 alpha-3 code, in any case (`SA`, `sa`, `SAU`, `nato`).",
                    },
                    "CoalitionPublicFields": {
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
                        "title": "CoalitionPublicFields",
                        "description": "A CoalitionPublic reduced by `fields` to `id` and the fields named.",
                    },
                    "MemberPublicFields": {
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
                            "memberships": {
                                "items": {"$ref": "#/components/schemas/MembershipPublic"},
                                "type": "array",
                                "title": "Memberships",
                            },
                        },
                        "type": "object",
                        "required": ["id"],
                        "title": "MemberPublicFields",
                        "description": "A MemberPublic reduced by `fields` to `id` and the fields named.",
                    },
                    "WorkingGroupPublicFields": {
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
                        "title": "WorkingGroupPublicFields",
                        "description": "A WorkingGroupPublic reduced by `fields` to `id` and the fields named.",
                    },
                    "PersonPublicFields": {
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
                        "title": "PersonPublicFields",
                        "description": "A PersonPublic reduced by `fields` to `id` and the fields named.",
                    },
                    "EventPublicFields": {
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
                        "title": "EventPublicFields",
                        "description": "A EventPublic reduced by `fields` to `id` and the fields named.",
                    },
                    "SourcePublicFields": {
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
                        "title": "SourcePublicFields",
                        "description": "A SourcePublic reduced by `fields` to `id` and the fields named.",
                    },
                    "SearchHitFields": {
                        "properties": {
                            "kind": {"type": "string", "title": "Kind", "examples": ["member"]},
                            "id": {"type": "string", "title": "Id"},
                            "name": {"$ref": "#/components/schemas/Text"},
                            "url": {"type": "string", "title": "Url"},
                        },
                        "type": "object",
                        "required": ["id"],
                        "title": "SearchHitFields",
                        "description": "A SearchHit reduced by `fields` to `id` and the fields named.",
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
                {"name": "meta", "description": "Index and health."},
            ],
        }
    )


def test_example_paths_are_every_data_path(document: dict[str, Any]) -> None:
    """A new endpoint must be added to EXAMPLE_PATHS, so that its example is checked too."""
    assert set(EXAMPLE_PATHS) == set(document["paths"]) - {"/", "/health"}


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
