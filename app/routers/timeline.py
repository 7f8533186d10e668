"""`/timeline`: dated events, in date order; partial dates filter as the intervals they are."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import false
from starlette.responses import Response

from app.api import responses
from app.api.deps import CsvDep, StoreDep, list_query
from app.api.filters import EventFilters
from app.api.params import record_id
from app.api.problems import NotFound
from app.api.render import page_response, record_response
from app.kinds import KINDS
from app.models.common import ID_MAX_LENGTH, EventType, interval
from app.models.public import EventPage, EventPublic
from app.store.query import ListParams
from app.store.records import Store

COLLECTION = KINDS["timeline"]
router = APIRouter(prefix=COLLECTION.path, tags=[COLLECTION.tag])
EventQuery = Annotated[ListParams, Depends(list_query(COLLECTION))]


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
    # Yes-or-no facets the build stores for every event (`app.build.rendered`).
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
    store: StoreDep, filters: Annotated[EventFilters, Depends()], params: EventQuery
) -> Response:
    f = filters
    return events_page(
        store,
        params,
        f.coalition or [],
        f.type or [],
        f.member,
        f.start,
        f.end,
        f.person,
        f.dated,
        f.located,
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
    event_id: Annotated[str, record_id(*COLLECTION.example)],
) -> Response:
    body = store.record("timeline", event_id)
    if body is None:
        raise unknown_event(event_id)
    return record_response(body, as_csv, EventPublic)
