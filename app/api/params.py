"""How a query or path parameter is declared, the same way everywhere: its schema as a
client reads it, a record's id in a path, an optional id filter."""

from collections.abc import Callable
from typing import Any

from fastapi import Path, Query

from app.models.common import ID_MAX_LENGTH


def param_schema(**extra: Any) -> Callable[[dict[str, Any]], None]:
    """A parameter's JSON schema as clients should read it, plus `extra` (a pattern).

    An optional parameter is declared `X | None = None`, which Pydantic documents as
    `X | null`; but a client never sends null, it leaves the parameter out. So the
    document states `X`, and its default where it has one.
    """

    def rewrite(schema: dict[str, Any]) -> None:
        branches = schema.pop("anyOf", None)
        if branches is not None:
            (kept,) = [branch for branch in branches if branch.get("type") != "null"]
            schema.update(kept)
        if "default" in schema and schema["default"] is None:
            del schema["default"]
        schema.update(extra)

    return rewrite


def record_id(example_name: str, example: str) -> Any:
    """A record's id in its path, with one named example for Swagger UI's "Try it out"."""
    return Path(max_length=ID_MAX_LENGTH, openapi_examples={example_name: {"value": example}})


def id_filter(description: str, example: str) -> Any:
    """An optional query parameter naming one record; an id no record has matches nothing."""
    return Query(
        max_length=ID_MAX_LENGTH,
        description=description,
        json_schema_extra=param_schema(examples=[example]),
    )
