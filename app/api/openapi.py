"""The OpenAPI document, with each operation's example taken from the loaded data.

FastAPI generates the whole document from the routes and the models; the one thing it
cannot know is the data, so the 200 examples, real answers to the very requests
Swagger UI's "Try it out" sends, are added here once the database is loaded.
"""

from __future__ import annotations

from typing import Any

import orjson
from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from app.api import licence
from app.api.columns import Csv
from app.api.deps import SEARCH_EXAMPLE
from app.api.pages import coverage
from app.kinds import KINDS, SEARCH
from app.store.query import ListParams, Page
from app.store.records import Store

FIRST = ListParams(limit=1, offset=0, sort=None, fields=None, q=None, as_csv=Csv.no, params=[])


def _page(page: Page) -> dict[str, Any]:
    return {"items": page.items, "total": page.total, "limit": 1, "offset": 0}


def _path_example(schema: dict[str, Any], path: str) -> str:
    """The id Swagger UI's "Try it out" fills in for the path's parameter."""
    parameters = schema["paths"][path]["get"]["parameters"]
    parameter = next(p for p in parameters if p["in"] == "path")
    example = next(iter(parameter["examples"].values()))
    value: str = example["value"]
    return value


def _examples(store: Store, schema: dict[str, Any]) -> dict[str, Any]:
    """One real answer per path template, for the very request "Try it out" would send.

    `/members` shows `/members?limit=1`; `/members/{member_id}` the record named by the
    parameter's example, so the documented answer is the one a reader gets; a coalition's
    sub-collection, the first record of the coalition's example. Every resource of the
    registry has these paths, and only a member list has more (its `coverage`).
    """
    paths = schema["paths"]

    def item(kind: str, path: str) -> dict[str, Any]:
        body = store.record(kind, _path_example(schema, path))
        if body is None:
            raise LookupError(f"{path}: the parameter's example names no record")
        document: dict[str, Any] = orjson.loads(body)
        return document

    coalition_path = f"{KINDS['coalitions'].path}/{{coalition_id}}"
    coalition = item("coalitions", coalition_path)
    examples: dict[str, Any] = {}
    for resource in KINDS.values():
        name = resource.name
        extra = {"coverage": coverage(store, [])} if name == "members" else {}
        examples[resource.path] = _page(store.page(resource, FIRST, [])) | extra
        (record_path,) = [p for p in paths if _is_record_path(p, resource.path)]
        examples[record_path] = item(name, record_path)
        if (sub := coalition_path + resource.path) in paths:
            where = [store.facet(name, "coalitions", [coalition["id"]])]
            extra = {"coverage": coverage(store, [coalition["id"]])} if name == "members" else {}
            examples[sub] = _page(store.page(resource, FIRST, where)) | extra
    examples[SEARCH.path] = _page(store.search(FIRST, SEARCH_EXAMPLE))
    return examples


def _is_record_path(path: str, collection: str) -> bool:
    """`/members/{member_id}` for `/members`."""
    rest = path.removeprefix(collection + "/")
    return rest != path and rest.startswith("{") and rest.endswith("}") and "/" not in rest


def build_openapi(app: FastAPI, store: Store) -> dict[str, Any]:
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
    for path, example in _examples(store, schema).items():
        response = schema["paths"][path]["get"]["responses"]["200"]
        response["content"]["application/json"]["example"] = example
    return schema
