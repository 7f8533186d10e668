"""OpenAPI descriptions of the responses that every operation shares."""

from __future__ import annotations

from typing import Any

from app.models.public import Problem

PROBLEM: dict[str, Any] = {"application/problem+json": {"schema": Problem.model_json_schema()}}


def _problem(description: str) -> dict[str, Any]:
    return {"model": Problem, "description": description, "content": PROBLEM}


NOT_MODIFIED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Not modified: the `If-None-Match` ETag is current. No body."},
}
INVALID: dict[int | str, dict[str, Any]] = {
    422: _problem("A parameter is unknown, repeated or out of range (each one is named)."),
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: _problem("No record has this id.")}
CSV: dict[str, Any] = {"text/csv": {"schema": {"type": "string"}}}

LIST = {**NOT_MODIFIED, **INVALID}
RECORD = {**NOT_MODIFIED, **NOT_FOUND, **INVALID}
