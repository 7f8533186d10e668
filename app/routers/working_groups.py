"""`/working-groups`: the coalitions' working groups, with their chairs embedded."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from app.api import responses
from app.api.deps import CsvDep, StoreDep, list_query
from app.api.filters import WorkingGroupFilters
from app.api.params import record_id
from app.api.problems import NotFound
from app.api.render import page_response, record_response
from app.kinds import KINDS
from app.models.common import ID_MAX_LENGTH
from app.models.public import WorkingGroupPage, WorkingGroupPublic
from app.store.query import ListParams
from app.store.records import Store

COLLECTION = KINDS["working_groups"]
router = APIRouter(prefix=COLLECTION.path, tags=[COLLECTION.tag])
WorkingGroupQuery = Annotated[ListParams, Depends(list_query(COLLECTION))]


def unknown_group(group_id: str) -> NotFound:
    return NotFound(f"No working group has the id {group_id[:ID_MAX_LENGTH]!r}.")


def groups_page(
    store: Store, params: ListParams, coalitions: list[str], chair: str | None
) -> Response:
    where = []
    if coalitions:
        wanted = sorted(set(store.resolve("coalitions", coalitions).values()))
        where.append(store.facet("working_groups", "coalitions", wanted))
    if chair is not None:
        where.append(store.facet_record("working_groups", "chairs", "members", chair))
    return page_response(store.page(COLLECTION, params, where), params.as_csv)


@router.get(
    "",
    summary="List working groups",
    response_model=WorkingGroupPage,
    responses=responses.listing("/working-groups"),
)
async def list_working_groups(
    store: StoreDep, filters: Annotated[WorkingGroupFilters, Depends()], params: WorkingGroupQuery
) -> Response:
    return groups_page(store, params, filters.coalition or [], filters.chair)


@router.get(
    "/{group_id}",
    summary="Get a working group",
    response_model=WorkingGroupPublic,
    responses=responses.record("/working-groups/xx", unknown_group("xx")),
)
async def get_working_group(
    store: StoreDep,
    as_csv: CsvDep,
    group_id: Annotated[str, record_id(*COLLECTION.example)],
) -> Response:
    body = store.record("working_groups", group_id)
    if body is None:
        raise unknown_group(group_id)
    return record_response(body, as_csv, WorkingGroupPublic)
