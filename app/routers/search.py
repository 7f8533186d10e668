"""`/search`: one query over every kind of record."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Query
from starlette.responses import Response

from app.dataset import KINDS, Entry
from app.deps import DatasetDep, PageDep
from app.models.public import SearchPage
from app.query import Collection, doc_key, run, search_terms
from app.render import page_response
from app.routers import responses
from app.search import matches

router = APIRouter(tags=["search"])

KIND_NAMES = {
    "coalitions": "coalition",
    "members": "member",
    "working_groups": "working-group",
    "timeline": "event",
    "sources": "source",
    "people": "person",
}
COLLECTION = Collection(
    path="/search",
    fields=("id", "kind", "name", "url"),
    sort_keys={name: doc_key(name) for name in ("id", "kind", "name")},
)


def hit(kind: str, entry: Entry) -> Entry:
    doc = entry.doc
    name = doc.get("name") or doc.get("title")
    return Entry(
        doc={"kind": KIND_NAMES[kind], "id": doc["id"], "name": name, "url": doc["url"]},
        search=entry.search,
    )


@router.get(
    "/search",
    summary="Search everything",
    description="Coalitions, members (every alias the documents use), working groups, "
    "events, sources and people (any of their spellings); each hit with its kind, id, name "
    "and URL.",
    response_model=SearchPage,
    responses={**responses.LIST, 200: {"content": responses.CSV}},
)
async def search_all(
    dataset: DatasetDep,
    params: PageDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description="Search in Arabic or English; insensitive to case, accents, "
            "diacritics and Arabic spelling variants.",
            examples=["تركيا"],
        ),
    ],
) -> Response:
    wanted = search_terms(q)
    hits = [
        hit(kind, entry)
        for kind in KINDS
        for entry in getattr(dataset, kind)
        if matches(wanted, entry.search)
    ]
    # `q` chose the hits; searching them again would match their names alone.
    query = replace(params, q=None)
    return page_response(run(COLLECTION, hits, query), params.as_csv)
