"""`/members`: the countries and organizations the documents show in a coalition."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from sqlalchemy import ColumnElement, false
from starlette.responses import Response

from app.api import responses
from app.api.deps import CsvDep, StoreDep, list_query
from app.api.filters import Match, MemberFilters
from app.api.params import record_id
from app.api.problems import NotFound
from app.api.render import page_response, record_response
from app.kinds import KINDS
from app.models.common import ID_MAX_LENGTH, MemberType, Role
from app.models.public import MemberPage, MemberPublic
from app.store.query import ListParams
from app.store.records import Store

COLLECTION = KINDS["members"]
router = APIRouter(prefix=COLLECTION.path, tags=[COLLECTION.tag])
MemberQuery = Annotated[ListParams, Depends(list_query(COLLECTION))]


def unknown_member(member_id: str) -> NotFound:
    return NotFound(f"No member has the id or ISO code {member_id[:ID_MAX_LENGTH]!r}.")


COVERAGE_HEADER = "X-Member-Coverage"


# The coverage caveat as a header of a member list, beside those of every page.
COVERAGE_HEADERS: dict[str, Any] = {
    COVERAGE_HEADER: {
        "description": "`complete`, or `partial; coalitions=<ids>` when a coalition filtered "
        "(any, unfiltered) lists only some members, or `unknown` when the filter names an "
        "id no coalition has; the same as `coverage` in the JSON envelope, so that a CSV "
        "stays a plain table.",
        "required": True,
        "schema": {
            "type": "string",
            "pattern": "^(complete|unknown|partial; coalitions=[a-z0-9,-]+)$",
        },
    }
}


def coverage(store: Store, given: list[str]) -> dict[str, Any]:
    """Whether the coalitions a member list is filtered by (all, unfiltered) list every member.

    An id no coalition has is no list at all, so it can never be called complete.
    """
    known = store.resolve("coalitions", given)
    coalitions = set(known.values())
    partial = [
        coalition
        for coalition, value in store.facet_values("coalitions", "coverage")
        if (not given or coalition in coalitions) and value != "complete"
    ]
    unknown = sorted({value[:ID_MAX_LENGTH] for value in given if value not in known})
    if unknown:
        named = ", ".join(map(repr, unknown))
        note = f"Unknown: no coalition has the id {named}, so nothing says who its members are."
    elif partial:
        note = (
            f"Partial: the documents show only some members of {', '.join(partial)}, "
            "so this list may lack members."
        )
    else:
        note = "Complete: the documents list every member of the coalitions filtered."
    complete = not partial and not unknown
    return {"complete": complete, "partial": partial, "unknown": unknown, "note": note}


def coverage_header(value: dict[str, Any]) -> dict[str, str]:
    """The caveat as a response header, so a CSV stays a plain table."""
    if value["unknown"]:
        # The ids the client sent are not echoed: a header carries no request input.
        return {COVERAGE_HEADER: "unknown"}
    if value["complete"]:
        return {COVERAGE_HEADER: "complete"}
    return {COVERAGE_HEADER: "partial; coalitions=" + ",".join(value["partial"])}


def members_page(
    store: Store,
    params: ListParams,
    coalitions: list[str],
    match: Match,
    member_type: MemberType | None,
    role: Role | None,
) -> Response:
    caveat = coverage(store, coalitions)
    wanted = sorted(set(store.resolve("coalitions", coalitions).values()))
    where: list[ColumnElement[bool]] = []
    if coalitions and match is Match.all:
        # An id no coalition has matches nothing: with `all`, nothing at all.
        where += [store.facet("members", "coalitions", [c]) for c in wanted]
        where += [false()] if caveat["unknown"] else []
    elif coalitions:
        where.append(store.facet("members", "coalitions", wanted))
    if member_type is not None:
        where.append(store.facet("members", "type", [member_type.value]))
    if role is not None:
        names = [f"role:{c}" for c in wanted] if coalitions else ["role"]
        where.append(store.facet_in("members", names, role.value))
    return page_response(
        store.page(COLLECTION, params, where),
        params.as_csv,
        extra={"coverage": caveat},
        extra_headers=coverage_header(caveat),
    )


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
