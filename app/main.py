"""Assembles the application: `app.main:app` is what any ASGI server runs."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from importlib import import_module
from typing import Any

from fastapi import APIRouter, Depends, FastAPI
from fastapi.routing import APIRoute
from fastapi_offline import FastAPIOffline

from app.api import problems
from app.api.deps import strict_query
from app.api.openapi import build_openapi
from app.config import Settings, get_settings
from app.edge.asgi import Edge
from app.edge.logs import AccessLog, configure_logging
from app.edge.memory import bound_heap
from app.edge.rsgi import RsgiEdge
from app.kinds import listed
from app.routers import downloads, explore, meta, search
from app.store.database import open_engine
from app.store.records import Store

VERSION = "1.0.0"
DESCRIPTION = """
What public documents say about international counter-terrorism coalitions: the Islamic
Military Counter Terrorism Coalition and the Global Coalition against Daesh, their members,
working groups, timeline and the people the documents name. Every record cites a short
verbatim quote of the document it comes from (`sources`), and `notes` say how conflicts
between the documents were resolved.

Every collection speaks the same query language: `limit` (1-500) and `offset`, `sort`
(`-` for descending), `fields`, `q` (Arabic or English, spelling-insensitive) and
`format=csv`. Errors are RFC 9457 problem details. Responses carry a strong `ETag`.
"""


def operation_id(route: APIRoute) -> str:
    """The endpoint's function name in camelCase, which generators turn into method names:
    `list_members` is `listMembers` in TypeScript and `list_members` again in Python."""
    first, *rest = route.name.split("_")
    return first + "".join(word.capitalize() for word in rest)


# The tags of the endpoints that are not a resource's, after the resources' own.
OTHER_TAGS = [
    {"name": "search", "description": "One query over every kind."},
    {"name": "downloads", "description": "The whole dataset in one file."},
    {"name": "meta", "description": "Index and health."},
]


def routers() -> list[APIRouter]:
    """Every router, in the order of the document: `/` first, then each resource's (from
    the registry), then search, the downloads and the explorer."""
    resources = [import_module(resource.router).router for resource in listed()]
    return [meta.router, *resources, search.router, downloads.router, explore.router]


def openapi_tags() -> list[dict[str, str]]:
    return [{"name": r.tag, "description": r.about} for r in listed()] + OTHER_TAGS


def lifespan_of(
    settings: Settings, access_log: AccessLog | None
) -> Callable[[FastAPI], AbstractAsyncContextManager[dict[str, Any]]]:
    """Opens the database and the store, and writes the OpenAPI document, at start-up."""

    @asynccontextmanager
    async def lifespan(api: FastAPI) -> AsyncIterator[dict[str, Any]]:
        engine = open_engine(settings)
        api.state.engine = engine
        api.state.store = Store.open(engine)
        document = build_openapi(api, api.state.store)
        # Replacing the method, as FastAPI documents: an assigned `openapi_schema` is
        # regenerated, without the examples, on the first request.
        api.openapi = lambda: document  # type: ignore[method-assign]
        # What start-up made (the document; no record, the store holds none) lives as
        # long as the process: keep it out of the collector's full passes, which
        # otherwise cause 50-100 ms tail latencies.
        gc.collect()
        gc.freeze()
        try:
            yield {}
        finally:
            engine.dispose()
            if access_log is not None:
                access_log.flush()

    return lifespan


def create_app(settings: Settings | None = None) -> Edge:
    settings = settings or get_settings()
    configure_logging()
    bound_heap()
    access_log = AccessLog() if settings.access_log else None
    api = FastAPIOffline(
        title="Tahaluf",
        summary="A read-only API of what public documents say about counter-terrorism "
        "coalitions, every fact cited.",
        description=DESCRIPTION,
        version=VERSION,
        # Relative, so the document fits whatever host and port serve it.
        servers=[{"url": "/", "description": "This service"}],
        lifespan=lifespan_of(settings, access_log),
        # A redirect would echo the request's Host into Location: the edge answers
        # `/members/` as `/members` instead (see `app.edge.asgi.canonical`).
        redirect_slashes=False,
        generate_unique_id_function=operation_id,
        # Swagger UI would otherwise send the document to validator.swagger.io for a badge.
        swagger_ui_parameters={"validatorUrl": None},
        dependencies=[Depends(strict_query)],
        openapi_tags=openapi_tags(),
    )
    problems.install(api)
    for router in routers():
        api.include_router(router)

    def data_version() -> str | None:
        store = getattr(api.state, "store", None)
        return store.data_version if store is not None else None

    return RsgiEdge(
        api,
        data_version=data_version,
        max_entries=settings.cache_entries,
        max_bytes=settings.cache_bytes,
        access_log=access_log,
    )


app = create_app()
