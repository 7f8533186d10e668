"""`/search`: one query over every kind of record."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import AfterValidator
from starlette.responses import Response

from app.api import responses
from app.api.deps import StoreDep, page_query, search_query
from app.api.render import page_response
from app.kinds import SEARCH
from app.models.public import SearchPage
from app.store.query import ListParams, check_search

router = APIRouter(tags=["search"])

COLLECTION = SEARCH
SearchPageQuery = Annotated[ListParams, Depends(page_query(COLLECTION))]


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
    store: StoreDep,
    params: SearchPageQuery,
    q: Annotated[str, search_query(required=True), AfterValidator(check_search)],
) -> Response:
    return page_response(store.search(params, q), params.as_csv)
