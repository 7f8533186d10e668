"""The query language every collection speaks: q, sort, fields, limit and offset.

Filters specific to a collection narrow the records first; the store (`app.store`) does
the rest the same way everywhere, as SQL, so a client learns it once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any
from urllib.parse import urlencode

import orjson
from pydantic import BaseModel
from pydantic_core import PydanticCustomError

from app.api.columns import Column, Csv, columns_of
from app.store.folding import searchable


def list_pattern(names: Sequence[str], *, signed: bool) -> str:
    """The regular expression (ECMA-262 and Python alike) of what `check_list` accepts.

    At most as many items as there are names, so the pattern bounds the length too.
    """
    item = ("-?" if signed else "") + "(?:" + "|".join(re.escape(n) for n in names) + ")"
    return f"^{item}(?:,{item}){{0,{len(names) - 1}}}$"


@dataclass(frozen=True)
class Collection:
    """What a collection allows: its sort fields, and its public model, whose top-level
    fields `fields` may name and whose shape fixes the CSV columns."""

    path: str
    model: type[BaseModel]
    sort_keys: tuple[str, ...]

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.model.model_fields)

    @property
    def columns(self) -> tuple[Column, ...]:
        """Its CSV columns: the same on every row, whatever is null (`app.api.columns`)."""
        return columns_of(self.model)

    @property
    def sort_pattern(self) -> str:
        return list_pattern(tuple(self.sort_keys), signed=True)

    @property
    def fields_pattern(self) -> str:
        return list_pattern(self.fields, signed=False)

    def check_sort(self, value: str | None) -> str | None:
        return check_list(value, tuple(self.sort_keys), signed=True)

    def check_fields(self, value: str | None) -> str | None:
        return check_list(value, self.fields, signed=False)


@dataclass
class Page:
    """A page as the store found it: each record's stored JSON, in order.

    `docs` gives the records decoded (once), whole, and `items` the same trimmed to
    `fields`, for CSV and other writers (GeoJSON needs both: a feature's point from the
    whole record, its properties from the item); a JSON page without `fields` joins the
    stored bytes without decoding them.
    """

    bodies: list[bytes]
    total: int
    limit: int
    offset: int
    links: dict[str, str]
    columns: tuple[Column, ...]
    fields: set[str] | None
    path: str = ""

    @cached_property
    def docs(self) -> list[dict[str, Any]]:
        return [orjson.loads(body) for body in self.bodies]

    @cached_property
    def items(self) -> list[dict[str, Any]]:
        if self.fields is None:
            return self.docs
        return [{k: v for k, v in doc.items() if k in self.fields} for doc in self.docs]


def invalid(reason: str) -> PydanticCustomError:
    """A parameter's value the service cannot honour, reported with FastAPI's other errors."""
    return PydanticCustomError("invalid_value", reason)


def check_list(value: str | None, allowed: Sequence[str], *, signed: bool) -> str | None:
    """Exactly the strings `list_pattern` describes: no spaces, as many names as exist."""
    if value is None:
        return None
    parts = value.split(",")
    if not all(parts):
        raise invalid("empty item in the comma-separated list")
    if len(parts) > len(allowed):
        raise invalid(f"at most {len(allowed)} items")
    for part in parts:
        bare = part[1:] if signed and part.startswith("-") else part
        if bare not in allowed:
            raise invalid(f"unknown field {bare[:40]!r}; allowed: {', '.join(allowed)}")
    return value


def check_search(value: str | None) -> str | None:
    """A search must have a letter or a digit (`SEARCHABLE_PATTERN`).

    It may still have no term, when folding drops all it has (non-ASCII punctuation, a
    tatweel, a lone hamza): it is valid, and finds nothing.
    """
    if value is not None and not searchable(value):
        raise invalid("the search has no letters or digits")
    return value


def split_list(value: str | None) -> list[str]:
    return value.split(",") if value else []


def page_links(
    path: str, params: list[tuple[str, str]], total: int, limit: int, offset: int
) -> dict[str, str]:
    """RFC 8288 relations as relative URLs, the same on every replica whatever its host name."""
    kept = [(k, v) for k, v in params if k not in ("limit", "offset")]

    def url(at: int) -> str:
        return f"{path}?{urlencode([*kept, ('limit', str(limit)), ('offset', str(at))])}"

    last = max(0, (total - 1) // limit * limit)
    links = {"first": url(0)}
    if offset > 0:
        links["prev"] = url(max(0, min(offset - limit, last)))
    if offset + limit < total:
        links["next"] = url(offset + limit)
    links["last"] = url(last)
    return links


@dataclass(frozen=True)
class ListParams:
    """The parameters every collection takes, as validated by the `ListDep` dependency."""

    limit: int
    offset: int
    sort: str | None
    fields: str | None
    q: str | None
    as_csv: Csv
    params: list[tuple[str, str]]
