"""`/timeline`: dated events, in date order; partial dates filter as the intervals they are."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import AfterValidator
from sqlalchemy import false
from starlette.responses import Response

from app.deps import CsvDep, StoreDep, id_filter, list_query, param_schema, record_id
from app.kinds import KINDS
from app.models.common import ID_MAX_LENGTH, EventType, interval
from app.models.public import EventPage, EventPublic
from app.problems import NotFound
from app.query import ListParams, invalid
from app.render import page_response, record_response
from app.routers import responses
from app.routers.members import CoalitionFilter
from app.store.records import Store

router = APIRouter(prefix="/timeline", tags=["timeline"])

COLLECTION = KINDS["timeline"]
EventQuery = Annotated[ListParams, Depends(list_query(COLLECTION))]
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


def unknown_event(event_id: str) -> NotFound:
    return NotFound(f"No timeline event has the id {event_id[:ID_MAX_LENGTH]!r}.")


def day_range(value: str | None) -> tuple[str, str] | None:
    """The days a validated `from` or `to` covers."""
    return None if value is None else interval(value)


def events_page(
    store: Store,
    params: ListParams,
    coalitions: list[str],
    types: list[EventType],
    member: str | None,
    start: str | None,
    end: str | None,
    person: str | None = None,
    dated: bool | None = None,
    located: bool | None = None,
) -> Response:
    after, before = day_range(start), day_range(end)
    where = []
    if coalitions:
        wanted = sorted(set(store.resolve("coalitions", coalitions).values()))
        where.append(store.facet("timeline", "coalitions", wanted))
    if types:
        where.append(store.facet("timeline", "type", sorted({t.value for t in types})))
    if member is not None:
        where.append(store.facet_record("timeline", "participants", "members", member))
    if person is not None:
        where.append(store.facet_record("timeline", "people", "people", person))
    # Yes-or-no facets the build stores for every event (`app.rendered`).
    if dated is not None:
        where.append(store.facet("timeline", "dated", [str(dated).lower()]))
    if located is not None:
        where.append(store.facet("timeline", "located", [str(located).lower()]))
    if after or before:
        low = after[0] if after else "0000-01-01"
        high = before[1] if before else "9999-12-31"
        # A range that ends before it starts holds no day, so no event: it is not an error,
        # since the OpenAPI document cannot state a rule that ties two parameters. An
        # undated event lies in no range.
        where.append(store.overlapping(low, high) if low <= high else false())
    return page_response(store.page(COLLECTION, params, where), params.as_csv)


@router.get(
    "",
    summary="List timeline events",
    description="Events in date order (undated ones last; an uncertain date by its earliest "
    "reading), with filters by coalition, type, participant, person and date range.",
    response_model=EventPage,
    responses=responses.listing("/timeline", mapped=True),
)
async def list_events(
    store: StoreDep,
    params: EventQuery,
    coalition: CoalitionFilter = None,
    type: TypeFilter = None,
    member: MemberFilter = None,
    person: PersonFilter = None,
    start: FromParam = None,
    end: ToParam = None,
    dated: DatedParam = None,
    located: LocatedParam = None,
) -> Response:
    return events_page(
        store, params, coalition or [], type or [], member, start, end, person, dated, located
    )


@router.get(
    "/{event_id}",
    summary="Get a timeline event",
    response_model=EventPublic,
    responses=responses.record("/timeline/xx", unknown_event("xx")),
)
async def get_event(
    store: StoreDep,
    as_csv: CsvDep,
    event_id: Annotated[str, record_id("announced", "imctc-announced")],
) -> Response:
    body = store.record("timeline", event_id)
    if body is None:
        raise unknown_event(event_id)
    return record_response(body, as_csv, EventPublic)
