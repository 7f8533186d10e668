"""`/timeline`: dated events, in date order; partial dates filter as the intervals they are."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from app.api import responses
from app.api.deps import CsvDep, StoreDep
from app.api.filters import EventFilters
from app.api.pages import EventQuery, events_page
from app.api.params import record_id
from app.api.problems import NotFound
from app.api.render import record_response
from app.kinds import KINDS
from app.models.common import ID_MAX_LENGTH
from app.models.public import EventPage, EventPublic

COLLECTION = KINDS["timeline"]
router = APIRouter(prefix=COLLECTION.path, tags=[COLLECTION.tag])


def unknown_event(event_id: str) -> NotFound:
    return NotFound(f"No timeline event has the id {event_id[:ID_MAX_LENGTH]!r}.")


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
