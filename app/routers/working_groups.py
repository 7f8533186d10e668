"""`/working-groups`: the coalitions' working groups, with their chairs embedded."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from starlette.responses import Response

from app.dataset import Dataset
from app.deps import CsvDep, DatasetDep, ListDep
from app.models.public import WorkingGroupPage, WorkingGroupPublic
from app.problems import NotFound, ParameterProblem
from app.query import Collection, ListParams, doc_key, run, text_keys
from app.render import page_response, record_response
from app.routers import responses
from app.routers.members import CoalitionFilter, known_coalitions

router = APIRouter(prefix="/working-groups", tags=["working-groups"])

COLLECTION = Collection(
    path="/working-groups",
    fields=tuple(WorkingGroupPublic.model_fields),
    model=WorkingGroupPublic,
    sort_keys={
        **{name: doc_key(name) for name in ("id", "name", "coalition", "established")},
        **text_keys("name"),
    },
)
ChairFilter = Annotated[
    str | None,
    Query(
        max_length=64,
        description="Groups this member chairs (id or ISO code, any case).",
        examples=["SA"],
    ),
]


def groups_page(
    dataset: Dataset, params: ListParams, coalitions: list[str], chair: str | None
) -> Response:
    wanted = set(known_coalitions(dataset, coalitions))
    entries = dataset.working_groups
    if wanted:
        entries = [e for e in entries if wanted & e.facets["coalitions"]]
    if chair is not None:
        member = dataset.by_id("members", chair)
        if member is None:
            raise ParameterProblem("chair", f"unknown member {chair[:40]!r}")
        entries = [e for e in entries if member.id in e.facets["chairs"]]
    return page_response(run(COLLECTION, entries, params), params.as_csv)


@router.get(
    "",
    summary="List working groups",
    response_model=WorkingGroupPage,
    responses={**responses.LIST, 200: {"content": responses.CSV}},
)
async def list_working_groups(
    dataset: DatasetDep,
    params: ListDep,
    coalition: CoalitionFilter = None,
    chair: ChairFilter = None,
) -> Response:
    return groups_page(dataset, params, coalition or [], chair)


@router.get(
    "/{group_id}",
    summary="Get a working group",
    response_model=WorkingGroupPublic,
    responses={**responses.RECORD, 200: {"content": responses.CSV}},
)
async def get_working_group(
    dataset: DatasetDep,
    as_csv: CsvDep,
    group_id: Annotated[str, Path(max_length=64, examples=["gc-counter-finance"])],
) -> Response:
    entry = dataset.by_id("working_groups", group_id)
    if entry is None:
        raise NotFound(f"No working group has the id {group_id[:64]!r}.")
    return record_response(entry.doc, as_csv, WorkingGroupPublic)
