"""`/coalitions`: each coalition, and its members, working groups and timeline."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from app.api import responses
from app.api.deps import CsvDep, StoreDep, list_query
from app.api.filters import (
    CoalitionEventFilters,
    CoalitionMemberFilters,
    CoalitionWorkingGroupFilters,
    Match,
)
from app.api.pages import (
    COVERAGE_HEADERS,
    EventQuery,
    MemberQuery,
    PersonQuery,
    WorkingGroupQuery,
    events_page,
    groups_page,
    members_page,
    people_page,
)
from app.api.params import record_id
from app.api.problems import NotFound
from app.api.render import page_response, record_response
from app.kinds import KINDS
from app.models.common import ID_MAX_LENGTH
from app.models.public import (
    CoalitionPage,
    CoalitionPublic,
    EventPage,
    MemberPage,
    PersonPage,
    WorkingGroupPage,
)
from app.store.query import ListParams
from app.store.records import Store

COLLECTION = KINDS["coalitions"]
router = APIRouter(prefix=COLLECTION.path, tags=[COLLECTION.tag])
CoalitionQuery = Annotated[ListParams, Depends(list_query(COLLECTION))]
CoalitionId = Annotated[str, record_id(*COLLECTION.example)]


def unknown_coalition(coalition_id: str) -> NotFound:
    shown = coalition_id[:ID_MAX_LENGTH]
    return NotFound(f"No coalition has the id {shown!r}; /coalitions lists them.")


def _coalition(store: Store, coalition_id: str) -> str:
    """The canonical id of the coalition the path names, in any case."""
    found = store.resolve("coalitions", [coalition_id]).get(coalition_id)
    if found is None:
        raise unknown_coalition(coalition_id)
    return found


@router.get(
    "",
    summary="List coalitions",
    response_model=CoalitionPage,
    responses=responses.listing("/coalitions", mapped=True),
)
async def list_coalitions(store: StoreDep, params: CoalitionQuery) -> Response:
    return page_response(store.page(COLLECTION, params, []), params.as_csv)


@router.get(
    "/{coalition_id}",
    summary="Get a coalition",
    description="Its founding, vision, objectives, domains, principles and leaders, the member "
    "count the documents state beside the count the data holds, and its working groups.",
    response_model=CoalitionPublic,
    responses=responses.record("/coalitions/xx", unknown_coalition("xx")),
)
async def get_coalition(store: StoreDep, as_csv: CsvDep, coalition_id: CoalitionId) -> Response:
    body = store.record("coalitions", coalition_id)
    if body is None:
        raise unknown_coalition(coalition_id)
    return record_response(body, as_csv, CoalitionPublic)


@router.get(
    "/{coalition_id}/members",
    summary="List a coalition's members",
    description="`/members` with `coalition` preset.",
    response_model=MemberPage,
    responses=responses.listing(
        "/coalitions/imctc/members",
        unknown_coalition("xx"),
        "/coalitions/xx/members",
        headers=COVERAGE_HEADERS,
        mapped=True,
    ),
)
async def list_coalition_members(
    store: StoreDep,
    coalition_id: CoalitionId,
    filters: Annotated[CoalitionMemberFilters, Depends()],
    params: MemberQuery,
) -> Response:
    found = _coalition(store, coalition_id)
    return members_page(store, params, [found], Match.any, filters.type, filters.role)


@router.get(
    "/{coalition_id}/working-groups",
    summary="List a coalition's working groups",
    description="`/working-groups` with `coalition` preset.",
    response_model=WorkingGroupPage,
    responses=responses.listing(
        "/coalitions/imctc/working-groups", unknown_coalition("xx"), "/coalitions/xx/working-groups"
    ),
)
async def list_coalition_working_groups(
    store: StoreDep,
    coalition_id: CoalitionId,
    filters: Annotated[CoalitionWorkingGroupFilters, Depends()],
    params: WorkingGroupQuery,
) -> Response:
    found = _coalition(store, coalition_id)
    return groups_page(store, params, [found], filters.chair)


@router.get(
    "/{coalition_id}/timeline",
    summary="List a coalition's timeline",
    description="`/timeline` with `coalition` preset.",
    response_model=EventPage,
    responses=responses.listing(
        "/coalitions/imctc/timeline",
        unknown_coalition("xx"),
        "/coalitions/xx/timeline",
        mapped=True,
    ),
)
async def list_coalition_timeline(
    store: StoreDep,
    coalition_id: CoalitionId,
    filters: Annotated[CoalitionEventFilters, Depends()],
    params: EventQuery,
) -> Response:
    found = _coalition(store, coalition_id)
    f = filters
    return events_page(store, params, [found], f.type or [], f.member, f.start, f.end, f.person)


@router.get(
    "/{coalition_id}/people",
    summary="List a coalition's people",
    description="`/people` with `coalition` preset: its officials and the people named in "
    "its events.",
    response_model=PersonPage,
    responses=responses.listing(
        "/coalitions/imctc/people", unknown_coalition("xx"), "/coalitions/xx/people"
    ),
)
async def list_coalition_people(
    store: StoreDep, params: PersonQuery, coalition_id: CoalitionId
) -> Response:
    found = _coalition(store, coalition_id)
    return people_page(store, params, [found])
