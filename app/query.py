"""The query language every collection speaks: q, sort, fields, limit and offset.

Filters specific to a collection narrow the entries first; this module does the rest
the same way everywhere, so a client learns it once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from app.dataset import Entry
from app.problems import ParameterProblem
from app.search import matches, terms

SortKey = Callable[[Entry], Any]


def doc_key(name: str) -> SortKey:
    """Sort by a top-level field; a bilingual text sorts by its English form."""

    def key(entry: Entry) -> Any:
        value = entry.doc.get(name)
        if isinstance(value, dict):
            value = value.get("en", value.get("date", value.get("id")))
        return value.casefold() if isinstance(value, str) else value

    return key


@dataclass(frozen=True)
class Collection:
    """What a collection allows: its sort fields and its top-level fields."""

    path: str
    fields: tuple[str, ...]
    sort_keys: dict[str, SortKey]


@dataclass
class Page:
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    links: dict[str, str]


def parse_list(name: str, value: str | None, allowed: Sequence[str], *, signed: bool) -> list[str]:
    if value is None:
        return []
    parts = [part.strip() for part in value.split(",")]
    if not all(parts):
        raise ParameterProblem(name, "empty item in the comma-separated list")
    for part in parts:
        bare = part[1:] if signed and part.startswith("-") else part
        if bare not in allowed:
            raise ParameterProblem(
                name, f"unknown field {bare[:40]!r}; allowed: {', '.join(allowed)}"
            )
    return parts


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


def search(entries: list[Entry], q: str | None) -> list[Entry]:
    if q is None:
        return entries
    wanted = terms(q)
    if not wanted:
        raise ParameterProblem("q", "the search has no letters or digits")
    return [entry for entry in entries if matches(wanted, entry.search)]


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


def run(
    collection: Collection,
    entries: list[Entry],
    *,
    params: list[tuple[str, str]],
    q: str | None,
    sort: str | None,
    fields: str | None,
    limit: int,
    offset: int,
) -> Page:
    sort_spec = parse_list("sort", sort, tuple(collection.sort_keys), signed=True)
    field_list = parse_list("fields", fields, collection.fields, signed=False)
    found = apply_sort(search(entries, q), sort_spec, collection.sort_keys)
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
        links=page_links(collection.path, params, len(found), limit, offset),
    )
