"""The query language every collection speaks: q, sort, fields, limit and offset.

Filters specific to a collection narrow the entries first; this module does the rest
the same way everywhere, so a client learns it once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from pydantic import BaseModel
from pydantic_core import PydanticCustomError

from app.columns import Column, Csv, columns_of
from app.dataset import Entry
from app.search import fold, rank, searchable, terms

SortKey = Callable[[Entry], Any]


def doc_key(name: str) -> SortKey:
    """Sort by a top-level field; a bilingual text sorts by its English form."""

    def key(entry: Entry) -> Any:
        value = entry.doc.get(name)
        if isinstance(value, dict):
            value = value.get("en", value.get("date", value.get("id")))
        return value.casefold() if isinstance(value, str) else value

    return key


def text_keys(name: str) -> dict[str, SortKey]:
    """`name.ar` and `name.en`: a bilingual text sorted by one language, spelling-folded
    (alef forms, hamza carriers, case and accents sort together)."""

    def key(language: str) -> SortKey:
        def by(entry: Entry) -> Any:
            value = entry.doc.get(name)
            return fold(value[language]) if isinstance(value, dict) else None

        return by

    return {f"{name}.ar": key("ar"), f"{name}.en": key("en")}


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
    sort_keys: dict[str, SortKey]

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.model.model_fields)

    @property
    def columns(self) -> tuple[Column, ...]:
        """Its CSV columns: the same on every row, whatever is null (`app.columns`)."""
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
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    links: dict[str, str]
    columns: tuple[Column, ...]
    fields: set[str] | None
    path: str = ""
    docs: list[dict[str, Any]] = field(default_factory=list)  # the items whole


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


def apply_sort(entries: list[Entry], spec: list[str], sort_keys: dict[str, SortKey]) -> list[Entry]:
    """Stable multi-key sort; missing values always sort last, in either direction."""
    ordered = list(entries)
    for part in reversed(spec):
        descending = part.startswith("-")
        key = sort_keys[part.lstrip("-")]
        present = [e for e in ordered if key(e) is not None]
        missing = [e for e in ordered if key(e) is None]
        present.sort(key=key, reverse=descending)
        ordered = present + missing
    return ordered


def ranked(entries: list[Entry], q: str) -> list[Entry]:
    """The entries `q` finds, best first (`app.search.rank`), then in their own order.

    `q` was validated (`check_search`); it may still have no term, when folding drops all
    it has (non-ASCII punctuation, a tatweel, a lone hamza): it is valid, and finds nothing.
    """
    wanted = terms(q)
    query = " ".join(wanted)
    found = []
    for position, entry in enumerate(entries):
        score = rank(query, entry.names, entry.search, wanted)
        if score is not None:
            found.append((score, position, entry))
    found.sort(key=lambda hit: (hit[0], hit[1]))
    return [entry for _, _, entry in found]


def search(entries: list[Entry], q: str | None) -> list[Entry]:
    """An explicit `sort` then reorders the hits; equal keys keep the rank order."""
    if q is None:
        return entries
    return ranked(entries, q)


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


def run(collection: Collection, entries: list[Entry], query: ListParams) -> Page:
    """Search, sort, page and trim `entries`, already filtered by the router."""
    field_list = split_list(query.fields)
    found = apply_sort(search(entries, query.q), split_list(query.sort), collection.sort_keys)
    limit, offset = query.limit, query.offset
    window = found[offset : offset + limit]
    if field_list:
        keep = {"id", *field_list}
        items = [{k: v for k, v in e.doc.items() if k in keep} for e in window]
    else:
        items = [e.doc for e in window]
    return Page(
        items=items,
        total=len(found),
        limit=limit,
        offset=offset,
        links=page_links(collection.path, query.params, len(found), limit, offset),
        columns=collection.columns,
        fields={"id", *field_list} if field_list else None,
        path=collection.path,
        docs=[e.doc for e in window],
    )
