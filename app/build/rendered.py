"""Build side: every rendered record (`app.build.documents`) stored as the rows serving queries.

For each record: its public JSON as served and its search hit (`record`), the spellings
of its id a path accepts (`record_key`), the values its filters match (`record_facet`),
its key for every sort field (`record_sort`), its date's intervals (`event_interval`),
its folded names (`search_name`), and on SQLite its text in two full-text indexes that
keep no copy of it (`app.store.fulltext`). Serving reads nothing else, so nothing of the
data is held in memory.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, Table, insert, text

from app.build.documents import RENDERERS, Entry, Reader, fold_cached, fold_texts
from app.build.keys import write_keys
from app.kinds import KINDS, SEARCH, Resource
from app.models.tables import (
    DictionaryRow,
    FacetRow,
    IntervalRow,
    Meta,
    RecordKeyRow,
    RecordRow,
    SearchNameRow,
    SortKeyRow,
    SortRow,
)
from app.store import fulltext
from app.store.folding import with_synonyms
from app.store.packing import Packer

# The filters of each kind: the `Entry.facets` they read, each a value or a set of them.
FACETS: dict[str, tuple[str, ...]] = {
    "coalitions": ("coverage",),
    "members": ("coalitions", "type"),
    "working_groups": ("coalitions", "chairs"),
    "timeline": ("coalitions", "participants", "people", "type"),
    "sources": (),
    "people": ("coalitions",),
}
# Strings of a document that are codes, not text: searching them would find every record
# that refers to a record (`SA` in a list of participants) or is of a type.
NOT_TEXT = frozenset(
    {
        "url",
        "sha256",
        "file",
        "basis",
        "name_basis",
        "precision",
        "edtf",
        "readings",
        "date",
        "kind",
        "type",
        "roles",
        "participants",
        "coalitions",
        "initiator",
        "established_at",
        "source",
        "member_coverage",
        "iso_alpha2",
        "iso_numeric",
        "language",
        "field",
    }
)
BATCH = 5_000
# The finished file's page size: at 100x, 8 KiB pages make it 1.6% smaller than 4 KiB pages
# (fewer half-filled overflow pages); 16 KiB gains 0.8% more and reads twice the bytes a
# lookup needs.
PAGE_SIZE = 8192


# The curators' notes and the citations' quotes: indexed as whole words only, since a
# quote runs words together where the capture lost a space or a table cell
# (`الدنماركالإمارات`), and a note names other records to explain this one. A membership's
# or role's `basis` is a quote and its reading, so it is cited text too (a point's `basis`,
# a string, is a code).
CITED = frozenset({"notes", "sources", "basis"})


def own_text(doc: dict[str, Any]) -> list[str]:
    """A document's texts but its notes and quotes (`CITED`), at any depth."""
    return document_text(doc, skip=NOT_TEXT | CITED)


def cited_text(value: Any) -> list[str]:
    """The notes and quotes of a document, at any depth."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            cited = key in CITED and not isinstance(item, str)
            found.extend(document_text(item, top=False) if cited else cited_text(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(cited_text(item))
    return found


def document_text(value: Any, top: bool = True, skip: frozenset[str] = NOT_TEXT) -> list[str]:
    """Every text of a public document (`NOT_TEXT` and related records' ids left out)."""
    found: list[str] = []
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key == "id" and not top:
                continue
            nested = isinstance(item, dict) or (
                isinstance(item, list) and any(isinstance(i, dict) for i in item)
            )
            if key in skip and (key in CITED or not nested):
                continue
            found.extend(document_text(item, top=False, skip=skip))
    elif isinstance(value, list):
        for item in value:
            found.extend(document_text(item, top=False, skip=skip))
    return found


def sort_key(doc: dict[str, Any], field: str) -> str | float | None:
    """A record's key for a sort field: a bilingual text by its English form, a date by
    its earliest reading, a related record by its id, text case-folded; `name.ar` and
    `name.en` folded as search folds them (alef forms, hamza carriers, accents)."""
    base, _, language = field.partition(".")
    value = doc.get(base)
    if language:
        return fold_cached(value[language]) if isinstance(value, dict) else None
    if isinstance(value, dict):
        value = value.get("en", value.get("date", value.get("id")))
    if isinstance(value, str):
        return value.casefold()
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _hit(kind: Resource, doc: dict[str, Any]) -> dict[str, Any]:
    name = doc.get("name") or doc.get("title")
    return {"kind": kind.hit, "id": doc["id"], "name": name, "url": doc["url"]}


def _keys(kind: Resource, entry: Entry) -> set[str]:
    keys = {entry.id.upper()}
    if kind.name == "members" and entry.doc["iso_alpha3"]:
        keys.add(entry.doc["iso_alpha3"].upper())
    return keys


def _facets(kind: Resource, entry: Entry) -> Iterator[tuple[str, str]]:
    for name in FACETS[kind.name]:
        value = entry.facets[name]
        for item in sorted(value) if isinstance(value, set) else [value]:
            if item is not None:
                yield name, str(item)
    if kind.name == "members":
        # `role` alone, and `role` within the coalitions filtered.
        for membership in entry.doc["memberships"]:
            for role in membership["roles"]:
                yield "role", role
                yield f"role:{membership['coalition']['id']}", role
    if kind.name == "timeline":
        # `dated` and `located`: a latest bound is a date; a place is located by its point.
        location = entry.doc["location"]
        yield "dated", _yes(entry.doc["date"] is not None)
        yield "located", _yes(location is not None and location.get("lat") is not None)


def _yes(value: bool) -> str:
    return "true" if value else "false"


def _sorts(kind: Resource, doc: dict[str, Any], hit: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(sort key name, the record's key) for its own fields and its search hit's."""
    for name, fields, source in (
        (kind.name, kind.sort_keys, doc),
        ("search", SEARCH.sort_keys, hit),
    ):
        for field in fields:
            yield f"{name}:{field}", sort_key(source, field)


def ranks(keys: list[tuple[int, Any]]) -> Iterator[dict[str, Any]]:
    """Dense ranks up and down of (seq, key) pairs; a missing key ranks last both ways."""
    present = sorted({key for _, key in keys if key is not None})
    place = {key: index for index, key in enumerate(present)}
    last = len(present)
    for seq, key in keys:
        if key is None:
            yield {"seq": seq, "up": last, "down": last}
        else:
            yield {"seq": seq, "up": place[key], "down": last - 1 - place[key]}


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """`INSERT` of `rows` (dicts with the same keys): on SQLite as tuples straight to the
    driver, each value through its column type's own bind processor (JSON serialised as
    SQLAlchemy would), which skips compiling parameters row by row; elsewhere, or where a
    column left out has a default of SQLAlchemy's to fill in, the Core statement."""
    keys = list(rows[0])
    left_out = [column for column in table.columns if column.key not in rows[0]]
    if connection.dialect.name != "sqlite" or any(c.default is not None for c in left_out):
        connection.execute(insert(table), rows)
        return
    processors = [table.c[key].type.bind_processor(connection.dialect) for key in keys]
    columns = ", ".join(f'"{table.c[key].name}"' for key in keys)
    statement = f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" * len(keys))})'
    values = [
        tuple(
            row[key] if process is None else process(row[key])
            for key, process in zip(keys, processors, strict=True)
        )
        for row in rows
    ]
    connection.exec_driver_sql(statement, values)


class Writer:
    """Rows inserted in batches, table by table, with Core (no ORM objects)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.pending: dict[Table, list[dict[str, Any]]] = {}

    def add(self, table: Any, row: dict[str, Any]) -> None:
        rows = self.pending.setdefault(table.__table__, [])
        rows.append(row)
        if len(rows) >= BATCH:
            self.flush(table.__table__)

    def flush(self, table: Table | None = None) -> None:
        for name in [table] if table is not None else list(self.pending):
            rows = self.pending.pop(name, [])
            if rows:
                insert_rows(self.connection, name, rows)


class Stored:
    """What `write_rendered` writes besides the records' own rows: each kind's sort keys
    (ranked when the kind is done) and the search hits' (ranked at the end)."""

    def __init__(self, connection: Connection, synonyms: list[list[str]]) -> None:
        self.writer = Writer(connection)
        self.index = fulltext.Indexer(connection)
        self.synonyms = synonyms
        self.seq = 0
        self.sort_keys: dict[str, list[tuple[int, Any]]] = {}
        self.sort_numbers = 0
        # The records' JSON, packed a block at a time with a dictionary trained on the block.
        self.packer = Packer(
            lambda row: self.writer.add(RecordRow, row),
            lambda number, data: self.writer.add(DictionaryRow, {"number": number, "data": data}),
        )

    def add(self, kind: Resource, position: int, entry: Entry) -> None:
        """One record: its JSON, id spellings, facets, intervals, names and text."""
        self.seq += 1
        seq, doc, writer = self.seq, entry.doc, self.writer
        hit = _hit(kind, doc)
        self.packer.add(
            {
                "seq": seq,
                "kind": kind.name,
                "id": entry.id,
                "position": position,
                "body": orjson.dumps(doc),
                "hit": orjson.dumps(hit),
            }
        )
        for key in sorted(_keys(kind, entry)):
            writer.add(RecordKeyRow, {"kind": kind.name, "key": key, "id": entry.id})
        for name, value in dict.fromkeys(_facets(kind, entry)):
            writer.add(FacetRow, {"kind": kind.name, "name": name, "value": value, "id": entry.id})
        for name, key in _sorts(kind, doc, hit):
            self.sort_keys.setdefault(name, []).append((seq, key))
        for start, end in entry.facets.get("intervals", []) if kind.name == "timeline" else []:
            writer.add(IntervalRow, {"event_id": entry.id, "start": start, "end": end})
        for name in dict.fromkeys(entry.names):
            writer.add(SearchNameRow, {"seq": seq, "name": name})
        names = " ".join(dict.fromkeys(entry.names))
        # Both parts are folded already: joined, only their spaces need evening out.
        own = " ".join(f"{entry.search} {fold_texts(own_text(doc))}".split())
        own = with_synonyms(own, self.synonyms)
        self.index.add(seq, names, own, fold_texts(cited_text(doc)))

    def ranked(self, prefix: str) -> None:
        """Write the ranks of the sort keys named `prefix:...`, and let them go."""
        for name in [name for name in self.sort_keys if name.startswith(f"{prefix}:")]:
            self.sort_numbers += 1
            number = self.sort_numbers
            self.writer.add(SortKeyRow, {"name": name, "number": number})
            for row in ranks(self.sort_keys.pop(name)):
                self.writer.add(SortRow, {"key": number, **row})
        self.writer.flush()


def write_rendered(connection: Connection) -> None:
    """Store every record of the curated tables as `app.store` reads it, kind by kind."""
    reader = Reader(connection)
    stored = Stored(connection, reader.synonyms)
    counts: dict[str, int] = {}
    for kind in KINDS.values():
        counts[kind.name] = 0
        for position, entry in enumerate(RENDERERS[kind.name](reader)):
            stored.add(kind, position, entry)
            counts[kind.name] = position + 1
        stored.packer.finish()
        # Stored before the next kind reads them (people read the timeline's order).
        stored.ranked(kind.name)
    stored.ranked("search")
    stored.writer.add(Meta, {"key": "counts", "value": orjson.dumps(counts).decode()})
    stored.writer.flush()
    stored.index.finish()
    write_keys(connection, stored.writer.add)
    stored.writer.flush()
    # The planner's statistics, so that it picks the indexes a page needs at any size.
    connection.execute(text("ANALYZE"))


def drop_fulltext(connection: Connection) -> None:
    fulltext.drop(connection)


def compact(path: Path) -> None:
    """Rewrite the finished SQLite file at `path` in place (before it is sealed): each table
    and index written afresh in key order, so its pages are full and no free page is left
    (the build's drops and out-of-order inserts leave 7% of the file empty at 100x).

    `VACUUM INTO` a file beside it, named as the build's temporary files are (what a killed
    build leaves is removed by the next), then renamed over it: written once, no journal.
    """
    packed = path.with_name(path.name + ".vacuum")
    packed.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(path)) as db:
            db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            db.execute("VACUUM INTO ?", (str(packed),))
        os.replace(packed, path)
    finally:
        packed.unlink(missing_ok=True)
