"""`/search`: one query over every kind of record."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import AfterValidator
from starlette.responses import Response

from app.dataset import KINDS, Entry
from app.deps import DatasetDep, page_query, search_query
from app.models.public import SearchHit, SearchPage
from app.query import Collection, ListParams, check_search, doc_key, ranked, run, text_keys
from app.render import page_response
from app.routers import responses

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
    model=SearchHit,
    sort_keys={**{name: doc_key(name) for name in ("id", "kind", "name")}, **text_keys("name")},
)
SearchPageQuery = Annotated[ListParams, Depends(page_query(COLLECTION))]


def hit(kind: str, entry: Entry) -> Entry:
    doc = entry.doc
    name = doc.get("name") or doc.get("title")
    return Entry(
        doc={"kind": KIND_NAMES[kind], "id": doc["id"], "name": name, "url": doc["url"]},
        search=entry.search,
        names=entry.names,
    )


@router.get(
    "/search",
    summary="Search everything",
    description="Coalitions, members (every alias the documents use, ISO, CLDR and formal "
    "names in both languages), working groups, events, sources and people (any of their "
    "spellings); each hit with its kind, id, name and URL. Hits come best first: a name "
    "equal to the query, then a name that begins with it, then a match in other text; ties "
    "keep the order of the kinds and records. Terms of `seed/synonyms.json` find each other "
    "(`ISIS` finds `داعش`).",
    response_model=SearchPage,
    responses=responses.listing("/search", required="q=turkey&"),
)
async def search(
    dataset: DatasetDep,
    params: SearchPageQuery,
    q: Annotated[str, search_query(required=True), AfterValidator(check_search)],
) -> Response:
    hits = ranked([hit(kind, entry) for kind in KINDS for entry in getattr(dataset, kind)], q)
    # `q` chose the hits; searching them again would match their names alone.
    query = replace(params, q=None)
    return page_response(run(COLLECTION, hits, query), params.as_csv)
