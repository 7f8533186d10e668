"""The SQL tables the seed is built into.

Scalar facts that analysts filter on are real columns; texts in two languages and
short lists are JSON columns, which SQLite and PostgreSQL both store.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Column, Index, LargeBinary, String, Table
from sqlmodel import Field, SQLModel


def json_column() -> Any:
    return Field(sa_column=Column(JSON, nullable=True))


# Sort keys and search names compare code point by code point, as Python compares text:
# SQLite's BINARY does, PostgreSQL needs the "C" collation for it.
ORDERED_TEXT = String().with_variant(String(collation="C"), "postgresql")


def ordered_text(*, primary_key: bool = False, nullable: bool = False) -> Any:
    return Field(
        sa_column=Column(ORDERED_TEXT, primary_key=primary_key, nullable=nullable),
        default=None if nullable else ...,
    )


class Meta(SQLModel, table=True):
    __tablename__ = "meta"

    key: str = Field(primary_key=True)
    value: str


class SourceRow(SQLModel, table=True):
    __tablename__ = "source"

    id: str = Field(primary_key=True)
    file: str
    sha256: str
    title: dict[str, str] = json_column()
    publisher: dict[str, str] | None = json_column()
    published: dict[str, Any] | None = json_column()
    derived_from: list[dict[str, str]] = json_column()
    language: str
    notes: list[str] = json_column()


class CoalitionRow(SQLModel, table=True):
    __tablename__ = "coalition"

    id: str = Field(primary_key=True)
    position: int
    name: dict[str, str] = json_column()
    abbreviation: str | None = None
    founded: dict[str, Any] = json_column()
    announced_by: dict[str, str] = json_column()
    initiator: str = Field(foreign_key="member.id")
    headquarters: dict[str, Any] | None = json_column()
    slogan: dict[str, str] | None = json_column()
    vision: dict[str, str] | None = json_column()
    objectives: list[dict[str, str]] = json_column()
    domains: list[dict[str, Any]] = json_column()
    principles: list[dict[str, Any]] = json_column()
    achievements: list[dict[str, str]] = json_column()
    self_description: list[dict[str, str]] = json_column()
    means: list[dict[str, str]] = json_column()
    bodies: list[dict[str, Any]] = json_column()
    stated_member_count: int | None = None
    member_coverage: str
    notes: list[str] = json_column()


class MemberRow(SQLModel, table=True):
    __tablename__ = "member"

    id: str = Field(primary_key=True)
    position: int
    type: str = Field(index=True)
    name_ar: str
    name_en: str
    name_basis: str = "stated"
    iso_alpha2: str | None = None
    iso_alpha3: str | None = Field(default=None, index=True)
    aliases: list[str] = json_column()
    notes: list[str] = json_column()
    # Reference data joined at build time (app/build/reference.py); null for organizations.
    names: dict[str, Any] = json_column()
    iso_numeric: str | None = None
    region: str | None = None
    subregion: str | None = None
    point: dict[str, Any] | None = json_column()


class MembershipRow(SQLModel, table=True):
    __tablename__ = "membership"

    member_id: str = Field(foreign_key="member.id", primary_key=True)
    coalition_id: str = Field(foreign_key="coalition.id", primary_key=True)
    roles: list[str] = json_column()
    since: dict[str, Any] | None = json_column()
    basis: dict[str, Any] = json_column()
    notes: list[str] = json_column()


class WorkingGroupRow(SQLModel, table=True):
    __tablename__ = "working_group"

    id: str = Field(primary_key=True)
    position: int
    coalition_id: str = Field(foreign_key="coalition.id", index=True)
    name: dict[str, str] = json_column()
    description: dict[str, str] = json_column()
    established: dict[str, Any] | None = json_column()
    established_at: str | None = Field(default=None, foreign_key="event.id")
    notes: list[str] = json_column()


class ChairRow(SQLModel, table=True):
    __tablename__ = "working_group_chair"

    working_group_id: str = Field(foreign_key="working_group.id", primary_key=True)
    member_id: str = Field(foreign_key="member.id", primary_key=True)
    position: int


class EventRow(SQLModel, table=True):
    __tablename__ = "event"

    id: str = Field(primary_key=True)
    position: int
    date: dict[str, Any] | None = json_column()
    first_day: str | None = Field(default=None, index=True)
    type: str = Field(index=True)
    title: dict[str, str] = json_column()
    description: dict[str, str] = json_column()
    location: dict[str, Any] | None = json_column()
    derived_from: list[dict[str, str]] = json_column()
    notes: list[str] = json_column()


class EventCoalitionRow(SQLModel, table=True):
    __tablename__ = "event_coalition"

    event_id: str = Field(foreign_key="event.id", primary_key=True)
    coalition_id: str = Field(foreign_key="coalition.id", primary_key=True)
    position: int


class ParticipantRow(SQLModel, table=True):
    __tablename__ = "event_participant"

    event_id: str = Field(foreign_key="event.id", primary_key=True)
    member_id: str = Field(foreign_key="member.id", primary_key=True)
    position: int


class SynonymRow(SQLModel, table=True):
    """A term of a synonym group (`seed/synonyms.json`), as the curator spelled it."""

    __tablename__ = "synonym"

    group_id: str = Field(primary_key=True)
    position: int = Field(primary_key=True)
    term: str
    notes: list[str] = json_column()


class PersonRow(SQLModel, table=True):
    __tablename__ = "person"

    id: str = Field(primary_key=True)
    position: int
    name: dict[str, str] = json_column()
    aliases: list[str] = json_column()
    honours: list[dict[str, str]] = json_column()
    notes: list[str] = json_column()


class PersonRoleRow(SQLModel, table=True):
    """A role; its citations are `role:<person>#<position>`."""

    __tablename__ = "person_role"

    person_id: str = Field(foreign_key="person.id", primary_key=True)
    position: int = Field(primary_key=True)
    title: dict[str, str] = json_column()
    body_kind: str
    body_coalition: str | None = Field(default=None, foreign_key="coalition.id")
    body_member: str | None = Field(default=None, foreign_key="member.id")
    body_name: dict[str, str] | None = json_column()
    date: dict[str, Any] | None = json_column()
    derived_from: list[dict[str, str]] = json_column()
    basis: dict[str, Any] = json_column()
    notes: list[str] = json_column()


class EventPersonRow(SQLModel, table=True):
    __tablename__ = "event_person"

    event_id: str = Field(foreign_key="event.id", primary_key=True)
    person_id: str = Field(foreign_key="person.id", primary_key=True)
    position: int


class LeaderRow(SQLModel, table=True):
    __tablename__ = "coalition_leader"

    coalition_id: str = Field(foreign_key="coalition.id", primary_key=True)
    person_id: str = Field(foreign_key="person.id", primary_key=True)
    position: int


class CitationRow(SQLModel, table=True):
    """A quote that supports a record, named `kind:id` (a membership: `membership:SA@imctc`)."""

    __tablename__ = "citation"

    id: int | None = Field(default=None, primary_key=True)
    record: str = Field(index=True)
    source_id: str = Field(foreign_key="source.id", index=True)
    quote: str


# What serving reads: every record rendered at build time (`app/build/rendered.py`), with the
# columns its filters, sorts and searches need. The tables above are the data as curated;
# these are derived from them in the same transaction.


class RecordRow(SQLModel, table=True):
    """A record's public JSON as served, and its search hit's, each packed with its kind's
    dictionary (`app.store.packing`); `seq` orders all records (kind by kind, each in its
    natural order) and is the full-text index's rowid."""

    __tablename__ = "record"
    __table_args__ = (
        Index("ix_record_kind_position", "kind", "position", unique=True),
        Index("ix_record_kind_id", "kind", "id", unique=True),
    )

    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    kind: str
    id: str
    position: int
    body: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    hit: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class DictionaryRow(SQLModel, table=True):
    """A zstandard dictionary `record.body` and `record.hit` are packed with, by the number
    their first byte gives (`app.store.packing`)."""

    __tablename__ = "record_dictionary"

    number: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class RecordKeyRow(SQLModel, table=True):
    """Every spelling of a record's id a path or filter accepts, upper-cased: `SA` and
    `SAU` for Saudi Arabia, `IMCTC` for `imctc`."""

    __tablename__ = "record_key"
    __table_args__ = {"sqlite_with_rowid": False}

    kind: str = Field(primary_key=True)
    key: str = Field(primary_key=True)
    id: str


class FacetRow(SQLModel, table=True):
    """A value a filter matches: a member's coalition, an event's participant..."""

    __tablename__ = "record_facet"
    __table_args__ = {"sqlite_with_rowid": False}

    kind: str = Field(primary_key=True)
    name: str = Field(primary_key=True)
    value: str = Field(primary_key=True)
    id: str = Field(primary_key=True)


class SortKeyRow(SQLModel, table=True):
    """The number of a sort field's ranks in `record_sort` (`members:name.en`, or
    `search:name.en` across every kind): a small number, stored on every rank and in both
    its indexes, where the name took 15-20 bytes three times over."""

    __tablename__ = "record_sort_key"
    __table_args__ = {"sqlite_with_rowid": False}

    name: str = Field(primary_key=True)
    number: int


class SortRow(SQLModel, table=True):
    """A record's place in the order of one sort field (`key`: its `record_sort_key`
    number): dense ranks, equal keys equal, a missing key last in either direction.
    Ranked at build time, as Python compares the folded keys, they sort the same on any
    database, and an index serves each direction."""

    __tablename__ = "record_sort"
    # WITHOUT ROWID on SQLite: the primary key is the table, not a second copy of it.
    __table_args__ = (
        Index("ix_record_sort_up", "key", "up", "seq"),
        Index("ix_record_sort_down", "key", "down", "seq"),
        {"sqlite_with_rowid": False},
    )

    key: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    up: int
    down: int


class IntervalRow(SQLModel, table=True):
    """The first and last day of each reading of an event's date."""

    __tablename__ = "event_interval"
    __table_args__ = (Index("ix_event_interval_days", "start", "end", "event_id"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(index=True)
    start: str
    end: str


class FacetCountRow(SQLModel, table=True):
    """How many records of a kind have a facet's value: the total of a page filtered by
    one value is read here, not counted over `record_facet` on every request."""

    __tablename__ = "record_facet_count"
    __table_args__ = {"sqlite_with_rowid": False}

    kind: str = Field(primary_key=True)
    name: str = Field(primary_key=True)
    value: str = Field(primary_key=True)
    count: int


class EventPieceRow(SQLModel, table=True):
    """An event's readings merged into disjoint runs of days, by the event's position in
    the timeline; `prev_end` is the last day of the event's run before this one ('' for
    its first). Of the runs that meet a range, only the first has `prev_end` before the
    range's start: one row per event, so neither a page nor a total needs DISTINCT.
    `reach`: the last day of any event up to this one in the timeline's order, so a walk
    for a range starts at the first event that can reach it."""

    __tablename__ = "event_piece"
    __table_args__ = (
        # The runs after a gap: their gaps are what a total subtracts (`event_piece_day`).
        Index("ix_event_piece_gap", "prev_end", "start"),
        Index("ix_event_piece_reach", "reach", "position"),
        {"sqlite_with_rowid": False},
    )

    position: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    start: str = ordered_text(primary_key=True)
    end: str = ordered_text()
    prev_end: str = ordered_text()
    reach: str = ordered_text()


class EventPieceDayRow(SQLModel, table=True):
    """Running counts of `event_piece` by day: `side` `end`, the runs ending on or before
    `day`; `start`, those starting on or after it. Events meeting a range are the runs
    that meet it less those ending before it and starting after it, less the gaps within
    it: two lookups and a short scan, whatever the range holds."""

    __tablename__ = "event_piece_day"
    __table_args__ = {"sqlite_with_rowid": False}

    side: str = Field(primary_key=True)
    day: str = ordered_text(primary_key=True)
    count: int


class SearchNameRow(SQLModel, table=True):
    """A record's names, folded (with their synonym variants): an exact or a prefix match
    ranks first, and a misspelt name is looked for among them."""

    __tablename__ = "search_name"
    # Looked up by name alone: the primary key (name, seq) is the whole table.
    __table_args__ = {"sqlite_with_rowid": False}

    name: str = ordered_text(primary_key=True)
    seq: int = Field(primary_key=True)


def core_table(model: type[SQLModel]) -> Table:
    """The Core `Table` of a table model: the build's batched reads and the store's queries
    are Core statements, which build no ORM object."""
    return SQLModel.metadata.tables[str(model.__tablename__)]
