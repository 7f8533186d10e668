"""The OpenAPI document, with each operation's example taken from the loaded data.

FastAPI generates the whole document from the routes and the models; the one thing it
cannot know is the data, so the 200 examples, real answers to the very requests
Swagger UI's "Try it out" sends, are added here once the database is loaded.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from app import licence
from app.dataset import KINDS, Dataset, Entry
from app.deps import SEARCH_EXAMPLE
from app.query import ranked
from app.routers.members import coverage
from app.routers.search import hit


def _page(entries: list[Entry]) -> dict[str, Any]:
    return {"items": [e.doc for e in entries[:1]], "total": len(entries), "limit": 1, "offset": 0}


def _path_example(schema: dict[str, Any], path: str) -> str:
    """The id Swagger UI's "Try it out" fills in for the path's parameter."""
    parameters = schema["paths"][path]["get"]["parameters"]
    parameter = next(p for p in parameters if p["in"] == "path")
    example = next(iter(parameter["examples"].values()))
    value: str = example["value"]
    return value


def _examples(dataset: Dataset, schema: dict[str, Any]) -> dict[str, Any]:
    """One real answer per path template, for the very request "Try it out" would send.

    `/members` shows `/members?limit=1`; `/members/{member_id}` the record named by the
    parameter's example, so the documented answer is the one a reader gets.
    """

    def item(kind: str, path: str) -> Entry:
        entry = dataset.by_id(kind, _path_example(schema, path))
        if entry is None:
            raise LookupError(f"{path}: the parameter's example names no record")
        return entry

    coalition = item("coalitions", "/coalitions/{coalition_id}")

    def coalition_filter(entries: list[Entry]) -> list[Entry]:
        return [e for e in entries if coalition.id in e.facets["coalitions"]]

    return {
        "/coalitions": _page(dataset.coalitions),
        "/coalitions/{coalition_id}": coalition.doc,
        "/coalitions/{coalition_id}/members": _page(coalition_filter(dataset.members))
        | {"coverage": coverage(dataset, {coalition.id})},
        "/coalitions/{coalition_id}/working-groups": _page(
            coalition_filter(dataset.working_groups)
        ),
        "/coalitions/{coalition_id}/timeline": _page(coalition_filter(dataset.timeline)),
        "/members": _page(dataset.members) | {"coverage": coverage(dataset, set())},
        "/members/{member_id}": item("members", "/members/{member_id}").doc,
        "/working-groups": _page(dataset.working_groups),
        "/working-groups/{group_id}": item("working_groups", "/working-groups/{group_id}").doc,
        "/timeline": _page(dataset.timeline),
        "/timeline/{event_id}": item("timeline", "/timeline/{event_id}").doc,
        "/coalitions/{coalition_id}/people": _page(coalition_filter(dataset.people)),
        "/people": _page(dataset.people),
        "/people/{person_id}": item("people", "/people/{person_id}").doc,
        "/sources": _page(dataset.sources),
        "/sources/{source_id}": item("sources", "/sources/{source_id}").doc,
        "/search": _page(
            ranked(
                [hit(kind, entry) for kind in KINDS for entry in getattr(dataset, kind)],
                SEARCH_EXAMPLE,
            )
        ),
    }


def build_openapi(app: FastAPI, dataset: Dataset) -> dict[str, Any]:
    """FastAPI's document, with the live examples."""
    schema = get_openapi(
        title=app.title,
        version=app.version,
        summary=app.summary,
        description=app.description,
        routes=app.routes,
        tags=app.openapi_tags,
        servers=app.servers,
        license_info=licence.openapi_license(),
    )
    # Public and read-only: no operation needs credentials, which `security: []` states.
    schema["security"] = []
    for path, example in _examples(dataset, schema).items():
        response = schema["paths"][path]["get"]["responses"]["200"]
        response["content"]["application/json"]["example"] = example
    return schema
