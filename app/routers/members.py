"""`/members`: the countries and organizations the documents show in a coalition."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from app.api import responses
from app.api.deps import CsvDep, StoreDep
from app.api.filters import MemberFilters
from app.api.pages import COVERAGE_HEADERS, MemberQuery, members_page
from app.api.params import record_id
from app.api.problems import NotFound
from app.api.render import record_response
from app.kinds import KINDS
from app.models.common import ID_MAX_LENGTH
from app.models.public import MemberPage, MemberPublic

COLLECTION = KINDS["members"]
router = APIRouter(prefix=COLLECTION.path, tags=[COLLECTION.tag])


def unknown_member(member_id: str) -> NotFound:
    return NotFound(f"No member has the id or ISO code {member_id[:ID_MAX_LENGTH]!r}.")


@router.get(
    "",
    summary="List members",
    description="Countries and organizations with their memberships, in curated order. "
    "`coverage` in the envelope (and the `X-Member-Coverage` header, on CSV too) says "
    "whether the coalitions filtered list every member.",
    response_model=MemberPage,
    responses=responses.listing("/members", headers=COVERAGE_HEADERS, mapped=True),
)
async def list_members(
    store: StoreDep, filters: Annotated[MemberFilters, Depends()], params: MemberQuery
) -> Response:
    f = filters
    return members_page(store, params, f.coalition or [], f.match, f.type, f.role)


@router.get(
    "/{member_id}",
    summary="Get a member",
    description="A country by ISO 3166-1 alpha-2 or alpha-3 code in any case (`sa`, `SAU`), "
    "an organization by its acronym (`NATO`). The body carries the canonical id.",
    response_model=MemberPublic,
    responses=responses.record("/members/XX", unknown_member("XX")),
)
async def get_member(
    store: StoreDep,
    as_csv: CsvDep,
    member_id: Annotated[str, record_id(*COLLECTION.example)],
) -> Response:
    body = store.record("members", member_id)
    if body is None:
        raise unknown_member(member_id)
    return record_response(body, as_csv, MemberPublic)
