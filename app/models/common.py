"""Value types shared by the seed files and the public API.

They are plain Pydantic models (data models), so that both the seed schema and the
public schemas can inherit from them without ever inheriting from a table model.
"""

from __future__ import annotations

import calendar
import re
from enum import StrEnum
from typing import Annotated, Any, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    model_validator,
)

ID_MAX_LENGTH = 64  # the longest id the seed allows, so the longest a request need send
Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", min_length=2, max_length=ID_MAX_LENGTH),
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


class DateSet(Strict):
    """A date the documents state ambiguously: every candidate reading, and why.

    It is an EDTF "one of a set" (ISO 8601-2), `[2021-09-02,2021-12-02]`.
    """

    one_of: list[PartialDate] = Field(
        min_length=2, description="Every reading the documents allow, each with its precision."
    )
    note: NonEmpty = Field(description="Why the date is uncertain.")

    @model_validator(mode="after")
    def _distinct_readings(self) -> Self:
        dates = [reading.date for reading in self.one_of]
        if len(set(dates)) != len(dates):
            raise ValueError("the same reading twice")
        return self


class DateBound(Strict):
    """A date known only by its latest bound: EDTF `../2020-02-24`, on or before that day.

    For what a dated document reports without dating it: it happened by the document's date.
    """

    before: PartialDate = Field(description="The latest the date can be.")
    note: NonEmpty = Field(description="What bounds the date.")


def _date_kind(value: Any) -> str:
    if isinstance(value, dict):
        return "set" if "one_of" in value else "bounded" if "before" in value else "partial"
    if isinstance(value, DateBound):
        return "bounded"
    return "set" if isinstance(value, DateSet) else "partial"


# A curator writes `{"date", "precision"}`, `{"one_of": [...], "note"}` for an ambiguous
# date, or `{"before": {...}, "note"}` for a latest bound; the discriminator reports a
# mistake against the one shape meant, not against all of them.
DATE_TAGS = frozenset({"partial", "set", "bounded"})
DateSeed = Annotated[
    Annotated[PartialDate, Tag("partial")]
    | Annotated[DateSet, Tag("set")]
    | Annotated[DateBound, Tag("bounded")],
    Discriminator(_date_kind),
]


def readings_of(value: DateSeed) -> list[PartialDate]:
    """The dates a value names: itself, each reading of a set, or a bound's latest day."""
    if isinstance(value, PartialDate):
        return [value]
    return [value.before] if isinstance(value, DateBound) else list(value.one_of)


def edtf_of(value: DateSeed) -> str:
    """The EDTF (ISO 8601-2) string of a date: `2016-03`, or `[2021-09-02,2021-12-02]`."""
    if isinstance(value, PartialDate):
        text = value.date
    elif isinstance(value, DateBound):
        text = f"../{value.before.date}"
    else:
        text = "[" + ",".join(sorted(r.date for r in value.one_of)) + "]"
    # Imported here: only the build dates records, and serving never loads edtf.
    from edtf import parse_edtf
    from edtf.parser.edtf_exceptions import EDTFParseException

    try:
        parse_edtf(text)
    except EDTFParseException as exc:  # pragma: no cover - the shapes above are valid EDTF
        raise ValueError(f"{text!r} is not valid EDTF") from exc
    return text


def date_doc(value: DateSeed | None) -> dict[str, Any] | None:
    """The one public shape of every date: its EDTF, its readings, and whether it is certain.

    `date` and `precision` repeat the earliest reading, for clients that want one value.
    """
    if value is None:
        return None
    ordered = sorted(readings_of(value), key=lambda r: (r.first_day, r.last_day))
    bounded = isinstance(value, DateBound)
    return {
        "edtf": edtf_of(value),
        "date": ordered[0].date,
        "precision": ordered[0].precision.value,
        "readings": [{"date": r.date, "precision": r.precision.value} for r in ordered],
        "uncertain": len(ordered) > 1 or bounded,
        "open_start": bounded,
        "note": None if isinstance(value, PartialDate) else value.note,
    }


EARLIEST_DAY = "0000-01-01"


def date_intervals(doc: dict[str, Any] | None) -> list[tuple[str, str]]:
    """The first and last day of each reading of a public date document.

    A latest bound (`../date`) covers every day up to its date's last day.
    """
    if doc is None:
        return []
    if doc.get("open_start"):
        return [(EARLIEST_DAY, interval(doc["date"])[1])]
    return [interval(reading["date"]) for reading in doc["readings"]]


class DatePublic(BaseModel):
    """Every date of the API has this shape, certain or not."""

    edtf: str = Field(
        description="EDTF (ISO 8601-2): a date reduced to its precision, a one-of set "
        "`[a,b]` when the documents allow several readings, or an interval `../b` open at "
        "its start when only a latest bound is known.",
        examples=["2015-12-14", "[2021-09-02,2021-12-02]", "../2020-02-24"],
    )
    date: str = Field(description="The earliest reading (ISO 8601), for sorting.")
    precision: Precision = Field(description="The earliest reading's precision.")
    readings: list[PartialDate] = Field(description="Every candidate reading, earliest first.")
    uncertain: bool = Field(
        description="True when there is more than one reading, or only a latest bound."
    )
    open_start: bool = Field(
        description="True for a latest bound (EDTF `../date`): on or before `date`, which is "
        "then the only reading; the start is unknown."
    )
    note: str | None = Field(description="Why the date is uncertain; null when it is not.")


Derivable = Literal["date", "location"]


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


class Basis(StrEnum):
    """How a membership or a role stands in the documents."""

    stated = "stated"  # a document says it in so many words
    inferred = "inferred"  # a reading of what a document says (a split list entry, a welcome)
    derived = "derived"  # it follows from other records of the data


class BasisOf(Strict):
    """Why a membership or a role is recorded: the kind of reading and the quote it rests on."""

    kind: Basis = Field(description="`stated`, `inferred` or `derived`.")
    quote: Citation = Field(description="The quote the membership or role rests on.")
    reading: NonEmpty | None = Field(
        default=None,
        description="How the quote is read, for an `inferred` or `derived` basis; "
        "null for `stated`.",
    )

    @model_validator(mode="after")
    def _reading_unless_stated(self) -> Self:
        if (self.kind is Basis.stated) != (self.reading is None):
            raise ValueError("a reading is needed for an inferred or derived basis, and only then")
        return self


def basis_among_sources(basis: BasisOf, sources: list[Citation]) -> None:
    """The basis's quote is one of the record's own citations, so it is checked with them."""
    if basis.quote not in sources:
        raise ValueError("basis.quote must be one of the record's sources")


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
    statement = "statement"
