"""`/sources`: the documents every fact is cited from, with their fingerprints."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from app.deps import CsvDep, DatasetDep, list_query, record_id
from app.models.common import ID_MAX_LENGTH
from app.models.public import SourcePage, SourcePublic
from app.problems import NotFound
from app.query import Collection, ListParams, doc_key, run
from app.render import page_response, record_response
from app.routers import responses

router = APIRouter(prefix="/sources", tags=["sources"])

COLLECTION = Collection(
    path="/sources",
    model=SourcePublic,
    sort_keys={name: doc_key(name) for name in ("id", "file", "published", "citation_count")},
)
SourceQuery = Annotated[ListParams, Depends(list_query(COLLECTION))]


def unknown_source(source_id: str) -> NotFound:
    return NotFound(f"No source has the id {source_id[:ID_MAX_LENGTH]!r}.")


@router.get(
    "",
    summary="List source documents",
    response_model=SourcePage,
    responses=responses.listing("/sources"),
)
async def list_sources(dataset: DatasetDep, params: SourceQuery) -> Response:
    return page_response(run(COLLECTION, dataset.sources, params), params.as_csv)


@router.get(
    "/{source_id}",
    summary="Get a source document",
    response_model=SourcePublic,
    responses=responses.record("/sources/xx", unknown_source("xx")),
)
async def get_source(
    dataset: DatasetDep,
    as_csv: CsvDep,
    source_id: Annotated[str, record_id("sabq", "sabq-2020")],
) -> Response:
    entry = dataset.by_id("sources", source_id)
    if entry is None:
        raise unknown_source(source_id)
    return record_response(entry.doc, as_csv, SourcePublic)
