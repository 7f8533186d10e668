"""The SQL tables the seed is built into.

Scalar facts that analysts filter on are real columns; texts in two languages and
short lists are JSON columns, which SQLite and PostgreSQL both store.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel


def json_column() -> Any:
    return Field(sa_column=Column(JSON, nullable=True))


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
    # Reference data joined at build time (app/reference.py); null for organizations.
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
