"""A collection's page under its filters, shared by its own list route and by a
coalition's sub-collection (`/coalitions/{id}/members`...), so no router imports another.

Each function turns validated filters into the store's conditions (`app.store.records`)
and renders the page; the routers only declare the routes and their parameters.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends
from starlette.responses import Response

from app.api.deps import list_query
from app.api.filters import Match
from app.api.render import page_response
from app.kinds import KINDS
from app.models.common import ID_MAX_LENGTH, EventType, MemberType, Role, interval
from app.store.query import ListParams
from app.store.records import NOTHING, Filter, Store

MemberQuery = Annotated[ListParams, Depends(list_query(KINDS["members"]))]
PersonQuery = Annotated[ListParams, Depends(list_query(KINDS["people"]))]
EventQuery = Annotated[ListParams, Depends(list_query(KINDS["timeline"]))]
WorkingGroupQuery = Annotated[ListParams, Depends(list_query(KINDS["working_groups"]))]


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


def coverage(store: Store, given: list[str], known: dict[str, str] | None = None) -> dict[str, Any]:
    """Whether the coalitions a member list is filtered by (all, unfiltered) list every member.

    An id no coalition has is no list at all, so it can never be called complete. `known`:
    `given` resolved already.
    """
    known = store.resolve("coalitions", given) if known is None else known
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
    known = store.resolve("coalitions", coalitions)
    caveat = coverage(store, coalitions, known)
    wanted = sorted(set(known.values()))
    where: list[Filter] = []
    if coalitions and match is Match.all:
        # An id no coalition has matches nothing: with `all`, nothing at all.
        where += [store.facet("members", "coalitions", [c]) for c in wanted]
        where += [NOTHING] if caveat["unknown"] else []
    elif coalitions:
        where.append(store.facet("members", "coalitions", wanted))
    if member_type is not None:
        where.append(store.facet("members", "type", [member_type.value]))
    if role is not None:
        names = [f"role:{c}" for c in wanted] if coalitions else ["role"]
        where.append(store.facet_in("members", names, role.value))
    return page_response(
        store.page(KINDS["members"], params, where),
        params.as_csv,
        extra={"coverage": caveat},
        extra_headers=coverage_header(caveat),
    )


def people_page(store: Store, params: ListParams, coalitions: list[str]) -> Response:
    """People with a role in, or an event of, any of `coalitions` (all, when empty)."""
    where: list[Filter] = []
    if coalitions:
        wanted = sorted(set(store.resolve("coalitions", coalitions).values()))
        where.append(store.facet("people", "coalitions", wanted))
    return page_response(store.page(KINDS["people"], params, where), params.as_csv)


def day_range(value: str | None) -> tuple[str, str] | None:
    """The days a validated `from` or `to` covers."""
    return None if value is None else interval(value)


def events_page(
    store: Store,
    params: ListParams,
    coalitions: list[str],
    types: list[EventType],
    member: str | None,
    start: str | None,
    end: str | None,
    person: str | None = None,
    dated: bool | None = None,
    located: bool | None = None,
) -> Response:
    after, before = day_range(start), day_range(end)
    where: list[Filter] = []
    if coalitions:
        wanted = sorted(set(store.resolve("coalitions", coalitions).values()))
        where.append(store.facet("timeline", "coalitions", wanted))
    if types:
        where.append(store.facet("timeline", "type", sorted({t.value for t in types})))
    if member is not None:
        where.append(store.facet_record("timeline", "participants", "members", member))
    if person is not None:
        where.append(store.facet_record("timeline", "people", "people", person))
    # Yes-or-no facets the build stores for every event (`app.build.rendered`).
    if dated is not None:
        where.append(store.facet("timeline", "dated", [str(dated).lower()]))
    if located is not None:
        where.append(store.facet("timeline", "located", [str(located).lower()]))
    if after or before:
        low = after[0] if after else "0000-01-01"
        high = before[1] if before else "9999-12-31"
        # A range that ends before it starts holds no day, so no event: it is not an error,
        # since the OpenAPI document cannot state a rule that ties two parameters. An
        # undated event lies in no range.
        where.append(store.overlapping(low, high) if low <= high else NOTHING)
    return page_response(store.page(KINDS["timeline"], params, where), params.as_csv)


def groups_page(
    store: Store, params: ListParams, coalitions: list[str], chair: str | None
) -> Response:
    where: list[Filter] = []
    if coalitions:
        wanted = sorted(set(store.resolve("coalitions", coalitions).values()))
        where.append(store.facet("working_groups", "coalitions", wanted))
    if chair is not None:
        where.append(store.facet_record("working_groups", "chairs", "members", chair))
    return page_response(store.page(KINDS["working_groups"], params, where), params.as_csv)
