"""`/sources`: the documents every fact is cited from, with their fingerprints."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from app.api import responses
from app.api.deps import CsvDep, StoreDep, list_query
from app.api.params import record_id
from app.api.problems import NotFound
from app.api.render import page_response, record_response
from app.kinds import KINDS
from app.models.common import ID_MAX_LENGTH
from app.models.public import SourcePage, SourcePublic
from app.store.query import ListParams

COLLECTION = KINDS["sources"]
router = APIRouter(prefix=COLLECTION.path, tags=[COLLECTION.tag])
SourceQuery = Annotated[ListParams, Depends(list_query(COLLECTION))]


def unknown_source(source_id: str) -> NotFound:
    return NotFound(f"No source has the id {source_id[:ID_MAX_LENGTH]!r}.")


@router.get(
    "",
    summary="List source documents",
    response_model=SourcePage,
    responses=responses.listing("/sources"),
)
async def list_sources(store: StoreDep, params: SourceQuery) -> Response:
    return page_response(store.page(COLLECTION, params, []), params.as_csv)


@router.get(
    "/{source_id}",
    summary="Get a source document",
    response_model=SourcePublic,
    responses=responses.record("/sources/xx", unknown_source("xx")),
)
async def get_source(
    store: StoreDep,
    as_csv: CsvDep,
    source_id: Annotated[str, record_id(*COLLECTION.example)],
) -> Response:
    body = store.record("sources", source_id)
    if body is None:
        raise unknown_source(source_id)
    return record_response(body, as_csv, SourcePublic)
