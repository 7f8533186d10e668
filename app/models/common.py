"""Value types shared by the seed files and the public API.

They are plain Pydantic models (data models), so that both the seed schema and the
public schemas can inherit from them without ever inheriting from a table model.
"""

from __future__ import annotations

import calendar
import re
from enum import StrEnum
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", min_length=2, max_length=64),
    Field(description="A lower-case, hyphenated identifier."),
]
MemberId = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z][A-Z0-9]{1,15}$"),
    Field(
        description="ISO 3166-1 alpha-2 code for a country (`SA`), "
        "upper-case acronym for an organization (`NATO`)."
    ),
]
NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]


class Strict(BaseModel):
    """Seed records reject unknown keys, so a curator's typo is an error, not silent loss."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    """The same text in Arabic (from the documents) and English (our faithful translation)."""

    ar: NonEmpty
    en: NonEmpty


class Precision(StrEnum):
    day = "day"
    month = "month"
    year = "year"


_DATE_SHAPES = {
    Precision.year: re.compile(r"^[0-9]{4}$"),
    Precision.month: re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])$"),
    Precision.day: re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"),
}

_SHAPE_NAMES = {Precision.year: "YYYY", Precision.month: "YYYY-MM", Precision.day: "YYYY-MM-DD"}


class PartialDate(Strict):
    """An ISO 8601 date reduced to what the documents state: a year, a month or a day."""

    date: str = Field(examples=["2015-12-14", "2016-03", "2021"])
    precision: Precision

    @model_validator(mode="after")
    def _date_matches_precision(self) -> Self:
        if not _DATE_SHAPES[self.precision].match(self.date):
            raise ValueError(
                f"date {self.date!r} is not an ISO 8601 {self.precision.value} "
                f"(expected {_SHAPE_NAMES[self.precision]})"
            )
        if self.precision is Precision.day:
            year, month, day = (int(part) for part in self.date.split("-"))
            if day > calendar.monthrange(year, month)[1]:
                raise ValueError(f"date {self.date!r} does not exist")
        return self

    @property
    def first_day(self) -> str:
        """The earliest day the date can mean, for range filters."""
        return interval(self.date)[0]

    @property
    def last_day(self) -> str:
        return interval(self.date)[1]


def interval(date: str) -> tuple[str, str]:
    """The first and last day (ISO strings) that a year, month or day covers."""
    parts = date.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(parts[1])
    if len(parts) == 2:
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    return date, date


class Citation(Strict):
    """A short verbatim excerpt of a source document that supports the record."""

    source: Slug = Field(description="The id of a record in `sources.json`.")
    quote: Annotated[str, StringConstraints(min_length=3, max_length=300)] = Field(
        description="Verbatim text of the document, at most 300 characters; "
        "runs of whitespace may differ."
    )


class MemberType(StrEnum):
    country = "country"
    organization = "organization"


class Role(StrEnum):
    """What a member does in a coalition.

    `initiator`, `headquarters-host` and `working-group-chair` are derived when the
    database is built (from the coalition and working-group records), so a curator
    states each fact once.
    """

    member = "member"
    small_group = "small-group"
    meeting_host = "meeting-host"
    initiator = "initiator"
    headquarters_host = "headquarters-host"
    working_group_chair = "working-group-chair"


DERIVED_ROLES = frozenset({Role.initiator, Role.headquarters_host, Role.working_group_chair})


class EventType(StrEnum):
    announcement = "announcement"
    meeting = "meeting"
    ministerial_meeting = "ministerial-meeting"
    decision = "decision"
    operation = "operation"
    activity = "activity"
    partnership = "partnership"
    reaction = "reaction"
    membership = "membership"
    resolution = "resolution"
    establishment = "establishment"
