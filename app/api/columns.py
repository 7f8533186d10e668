"""The CSV columns of each collection, derived once from its public model.

CSV is meant for spreadsheets, so its shape is fixed by the collection's public model,
not by the rows at hand: every row of a collection has the same columns, in the same
order, whatever is null or trimmed. The convention (also in the README):

- a nested object is spread over columns named by its path: `name.en`, `name.ar`,
  `location.city.ar`, `location.lat`, `point.lon`;
- a related record (`{"id", "name"}`) is its id: `location.country` is `SA`;
- a list is one cell holding a JSON array (`["السعودية","KSA"]`), its related records as
  ids; objects inside lists keep their JSON shape. A JSON array cannot be mistaken for a
  plain value, whatever its items hold (commas, semicolons, quotes, new lines);
- null is an empty cell; true and false are `true` and `false`.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, IntEnum
from functools import cache
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel


class Csv(IntEnum):
    """What a request asked for: JSON (falsy), CSV, CSV behind a UTF-8 byte order mark,
    GeoJSON or XLSX."""

    no = 0
    plain = 1
    bom = 2
    geojson = 3
    xlsx = 4


@dataclass(frozen=True)
class Column:
    """A CSV column: its header, the top-level field it comes from, and its cell."""

    header: str
    field: str
    get: Callable[[Any], Any]
    type: str = "string"  # a Frictionless Table Schema type


def _unwrap(annotation: Any) -> Any:
    """`X | None` as `X`."""
    if get_origin(annotation) in (Union, types.UnionType):
        args = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _is_ref(model: type[BaseModel]) -> bool:
    return set(model.model_fields) == {"id", "name"}


def _scalar_type(annotation: Any) -> str:
    if annotation is bool:
        return "boolean"
    if annotation is int:
        return "integer"
    if annotation is float:
        return "number"
    return "string"


def _as_ids(value: Any) -> Any:
    """Inside a list, a related record (`{"id", "name"}`) becomes its id, at any depth."""
    if isinstance(value, list):
        return [_as_ids(item) for item in value]
    if isinstance(value, dict):
        if set(value) == {"id", "name"}:
            return value["id"]
        return {key: _as_ids(item) for key, item in value.items()}
    return value


def _path(getter: Callable[[Any], Any], key: str) -> Callable[[Any], Any]:
    def get(value: Any) -> Any:
        parent = getter(value)
        return parent.get(key) if isinstance(parent, dict) else None

    return get


def _spread(header: str, field: str, annotation: Any, getter: Callable[[Any], Any]) -> list[Column]:
    kind = _unwrap(annotation)
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        if _is_ref(kind):
            return [Column(header, field, _path(getter, "id"))]
        columns: list[Column] = []
        # Bilingual texts read English first, as they always have.
        names = list(kind.model_fields)
        if set(names) == {"ar", "en"}:
            names = ["en", "ar"]
        for name in names:
            info = kind.model_fields[name]
            columns += _spread(f"{header}.{name}", field, info.annotation, _path(getter, name))
        return columns
    if get_origin(kind) is list:
        return [Column(header, field, lambda value: _as_ids(getter(value)), "array")]
    if get_origin(kind) is dict:
        return [Column(header, field, getter, "object")]
    if isinstance(kind, type) and issubclass(kind, Enum):
        return [Column(header, field, getter)]
    return [Column(header, field, getter, _scalar_type(kind))]


def _top(key: str) -> Callable[[Any], Any]:
    def get(doc: Any) -> Any:
        return doc.get(key)

    return get


@cache
def columns_of(model: type[BaseModel]) -> tuple[Column, ...]:
    """The CSV columns of a public model, in its field order."""
    columns: list[Column] = []
    # The record's own fields first; those every record shares (notes, sources) last.
    inherited = {
        name
        for base in model.__mro__[1:]
        if isinstance(base, type) and issubclass(base, BaseModel) and base is not BaseModel
        for name in base.model_fields
    }
    names = sorted(model.model_fields, key=lambda name: name in inherited)
    for name in names:
        info = model.model_fields[name]
        columns += _spread(name, name, info.annotation, _top(name))
    return tuple(columns)
