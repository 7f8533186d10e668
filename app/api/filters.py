"""Each collection's filters, declared once as one dependency (a dataclass FastAPI reads
as query parameters), and the parameters they share.

A coalition's sub-collections (`/coalitions/{id}/members`...) take the same filters but
`coalition`, which their path presets. The registry (`app.kinds`) names each collection's
filters; the routers take them as `Annotated[Filters, Depends()]`.

No `from __future__ import annotations` here: FastAPI reads a dataclass's fields from its
`__init__` signature, which must hold the types themselves.
"""

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from fastapi import Query
from pydantic import AfterValidator

from app.api.params import id_filter, param_schema
from app.models.common import EventType, MemberType, Role
from app.store.query import invalid


class Match(StrEnum):
    any = "any"
    all = "all"


CoalitionFilter = Annotated[
    list[str] | None,
    Query(
        description="Only records of this coalition, by id (repeatable). An id no "
        "coalition has matches nothing.",
        max_length=10,
        json_schema_extra=param_schema(examples=[["imctc"]]),
    ),
]

# -- members --------------------------------------------------------------------------

MatchParam = Annotated[
    Match, Query(description="With several `coalition`: members of `any` or of `all` of them.")
]
TypeParam = Annotated[
    MemberType | None,
    Query(description="Countries or organizations.", json_schema_extra=param_schema()),
]
RoleParam = Annotated[
    Role | None,
    Query(
        description="Only members with this role (in the coalitions filtered).",
        json_schema_extra=param_schema(),
    ),
]


@dataclass
class CoalitionMemberFilters:
    type: TypeParam = None
    role: RoleParam = None


@dataclass
class MemberFilters:
    coalition: CoalitionFilter = None
    match: MatchParam = Match.any
    type: TypeParam = None
    role: RoleParam = None


# -- working groups -------------------------------------------------------------------

ChairFilter = Annotated[
    str | None,
    id_filter(
        "Groups this member chairs (id or ISO code, any case; an id no member has matches "
        "nothing).",
        "SA",
    ),
]


@dataclass
class CoalitionWorkingGroupFilters:
    chair: ChairFilter = None


@dataclass
class WorkingGroupFilters:
    coalition: CoalitionFilter = None
    chair: ChairFilter = None


# -- timeline -------------------------------------------------------------------------

_SHAPE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
# A year, a month or a real day of the proleptic Gregorian calendar (0000 is a leap year,
# as for `calendar`). The OpenAPI document states it, so it must be ECMA-262 as well.
_LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)"
DATE_PATTERN = (
    "^(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?"
    "|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    "|02-(?:0[1-9]|1[0-9]|2[0-8]))"
    f"|{_LEAP_YEAR}-02-29)$"
)
_DATE = re.compile(DATE_PATTERN)

_RANGE_NOTE = (
    "`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. An event dated to a month or a year "
    "is kept when any day of it falls in the range; an uncertain date, when any of its "
    "readings does."
)


def real_date(value: str | None) -> str | None:
    """`DATE_PATTERN`, with a message that says which rule the value breaks."""
    if value is not None and not _DATE.fullmatch(value):
        if not _SHAPE.fullmatch(value):
            raise invalid("expected YYYY, YYYY-MM or YYYY-MM-DD")
        raise invalid(f"{value!r} is not a real date")
    return value


FromParam = Annotated[
    str | None,
    Query(
        alias="from",
        description=f"Start: {_RANGE_NOTE}",
        json_schema_extra=param_schema(pattern=DATE_PATTERN, examples=["2015-12-14"]),
    ),
    AfterValidator(real_date),
]
ToParam = Annotated[
    str | None,
    Query(
        alias="to",
        description=f"End: {_RANGE_NOTE}",
        json_schema_extra=param_schema(pattern=DATE_PATTERN, examples=["2016-12"]),
    ),
    AfterValidator(real_date),
]
TypeFilter = Annotated[
    list[EventType] | None,
    Query(
        description="Events of these types (repeatable).",
        max_length=12,
        json_schema_extra=param_schema(),
    ),
]
PersonFilter = Annotated[
    str | None,
    id_filter(
        "Events this person took part in (a person id; an id no person has matches nothing).",
        "john-godfrey",
    ),
]
MemberFilter = Annotated[
    str | None,
    id_filter(
        "Events this member took part in (id or ISO code, any case; an id no member has "
        "matches nothing).",
        "MA",
    ),
]
DatedParam = Annotated[
    bool | None,
    Query(
        description="`true`: only events with a date (a latest bound counts); `false`: "
        "only undated ones."
    ),
]
LocatedParam = Annotated[
    bool | None,
    Query(
        description="`true`: only events with a point on a map (a city's coordinates); "
        "`false`: only those without."
    ),
]


@dataclass
class CoalitionEventFilters:
    type: TypeFilter = None
    member: MemberFilter = None
    person: PersonFilter = None
    start: FromParam = None
    end: ToParam = None


@dataclass
class EventFilters:
    coalition: CoalitionFilter = None
    type: TypeFilter = None
    member: MemberFilter = None
    person: PersonFilter = None
    start: FromParam = None
    end: ToParam = None
    dated: DatedParam = None
    located: LocatedParam = None


# -- people ---------------------------------------------------------------------------


@dataclass
class PersonFilters:
    coalition: CoalitionFilter = None
