"""`/working-groups`: the coalitions' working groups, with their chairs embedded."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from app.api import responses
from app.api.deps import CsvDep, StoreDep
from app.api.filters import WorkingGroupFilters
from app.api.pages import WorkingGroupQuery, groups_page
from app.api.params import record_id
from app.api.problems import NotFound
from app.api.render import record_response
from app.kinds import KINDS
from app.models.common import ID_MAX_LENGTH
from app.models.public import WorkingGroupPage, WorkingGroupPublic

COLLECTION = KINDS["working_groups"]
router = APIRouter(prefix=COLLECTION.path, tags=[COLLECTION.tag])


def unknown_group(group_id: str) -> NotFound:
    return NotFound(f"No working group has the id {group_id[:ID_MAX_LENGTH]!r}.")


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
