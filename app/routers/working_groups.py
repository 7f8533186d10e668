"""`/working-groups`: the coalitions' working groups, with their chairs embedded."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from app.dataset import Dataset
from app.deps import CsvDep, DatasetDep, id_filter, list_query, record_id
from app.models.common import ID_MAX_LENGTH
from app.models.public import WorkingGroupPage, WorkingGroupPublic
from app.problems import NotFound
from app.query import Collection, ListParams, doc_key, run, text_keys
from app.render import page_response, record_response
from app.routers import responses
from app.routers.members import CoalitionFilter

router = APIRouter(prefix="/working-groups", tags=["working-groups"])

COLLECTION = Collection(
    path="/working-groups",
    model=WorkingGroupPublic,
    sort_keys={
        **{name: doc_key(name) for name in ("id", "name", "coalition", "established")},
        **text_keys("name"),
    },
)
WorkingGroupQuery = Annotated[ListParams, Depends(list_query(COLLECTION))]
ChairFilter = Annotated[
    str | None,
    id_filter(
        "Groups this member chairs (id or ISO code, any case; an id no member has matches "
        "nothing).",
        "SA",
    ),
]


def unknown_group(group_id: str) -> NotFound:
    return NotFound(f"No working group has the id {group_id[:ID_MAX_LENGTH]!r}.")


def groups_page(
    dataset: Dataset, params: ListParams, coalitions: list[str], chair: str | None
) -> Response:
    wanted = set(coalitions)
    entries = dataset.working_groups
    if wanted:
        entries = [e for e in entries if wanted & e.facets["coalitions"]]
    if chair is not None:
        member = dataset.by_id("members", chair)
        entries = [e for e in entries if member is not None and member.id in e.facets["chairs"]]
    return page_response(run(COLLECTION, entries, params), params.as_csv)


@router.get(
    "",
    summary="List working groups",
    response_model=WorkingGroupPage,
    responses=responses.listing("/working-groups"),
)
async def list_working_groups(
    dataset: DatasetDep,
    params: WorkingGroupQuery,
    coalition: CoalitionFilter = None,
    chair: ChairFilter = None,
) -> Response:
    return groups_page(dataset, params, coalition or [], chair)


@router.get(
    "/{group_id}",
    summary="Get a working group",
    response_model=WorkingGroupPublic,
    responses=responses.record("/working-groups/xx", unknown_group("xx")),
)
async def get_working_group(
    dataset: DatasetDep,
    as_csv: CsvDep,
    group_id: Annotated[str, record_id("finance", "gc-counter-finance")],
) -> Response:
    entry = dataset.by_id("working_groups", group_id)
    if entry is None:
        raise unknown_group(group_id)
    return record_response(entry.doc, as_csv, WorkingGroupPublic)
