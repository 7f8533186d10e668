"""The OpenAPI document, with each operation's example taken from the loaded data."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from app.dataset import KINDS, Dataset, Entry
from app.routers.search import hit
from app.search import matches, terms

SEARCH_EXAMPLE = "تركيا"


def _page(entries: list[Entry]) -> dict[str, Any]:
    return {"items": [e.doc for e in entries[:1]], "total": len(entries), "limit": 1, "offset": 0}


def _examples(dataset: Dataset) -> dict[str, Any]:
    """One real answer per path template, as `/members?limit=1` or `/members/SA` return it."""
    member = dataset.by_id("members", "SA") or dataset.members[0]
    coalition = dataset.by_id("coalitions", "imctc") or dataset.coalitions[0]
    of_coalition = coalition.id

    def coalition_filter(entries: list[Entry]) -> list[Entry]:
        return [e for e in entries if of_coalition in e.facets["coalitions"]]

    return {
        "/coalitions": _page(dataset.coalitions),
        "/coalitions/{coalition_id}": coalition.doc,
        "/coalitions/{coalition_id}/members": _page(coalition_filter(dataset.members)),
        "/coalitions/{coalition_id}/working-groups": _page(
            coalition_filter(dataset.working_groups)
        ),
        "/coalitions/{coalition_id}/timeline": _page(coalition_filter(dataset.timeline)),
        "/members": _page(dataset.members),
        "/members/{member_id}": member.doc,
        "/working-groups": _page(dataset.working_groups),
        "/working-groups/{group_id}": dataset.working_groups[0].doc,
        "/timeline": _page(dataset.timeline),
        "/timeline/{event_id}": dataset.timeline[0].doc,
        "/sources": _page(dataset.sources),
        "/sources/{source_id}": dataset.sources[0].doc,
        "/search": _page(
            [
                hit(kind, entry)
                for kind in KINDS
                for entry in getattr(dataset, kind)
                if matches(terms(SEARCH_EXAMPLE), entry.search)
            ]
        ),
    }


def build_openapi(app: FastAPI, dataset: Dataset) -> dict[str, Any]:
    schema = get_openapi(
        title=app.title,
        version=app.version,
        summary=app.summary,
        description=app.description,
        routes=app.routes,
        tags=app.openapi_tags,
    )
    for path, example in _examples(dataset).items():
        response = schema["paths"][path]["get"]["responses"]["200"]
        response["content"]["application/json"]["example"] = example
    return schema
