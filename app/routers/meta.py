"""`/` and `/health`: where a client starts, and what an orchestrator probes."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.api import licence, responses
from app.api.deps import StoreDep
from app.api.problems import problem_response
from app.api.render import record_response
from app.kinds import KINDS, SEARCH
from app.models.public import Health, Index

router = APIRouter(tags=["meta"])


@router.get(
    "/",
    summary="Index",
    response_model=Index,
    responses={**responses.NOT_MODIFIED, **responses.invalid()},
)
async def get_index(request: Request, store: StoreDep) -> Response:
    app = request.app
    links = {kind.slug: kind.path for kind in KINDS.values()}
    links |= {
        "search": SEARCH.path,
        "datapackage": "/downloads/datapackage.zip",
        "sqlite": "/downloads/tahaluf.db",
        "spreadsheet": "/downloads/tahaluf.xlsx",
        "health": "/health",
        "openapi": "/openapi.json",
        "docs": "/docs",
        "redoc": "/redoc",
        "explore": "/explore",
    }
    return record_response(
        {
            "name": app.title,
            "description": app.summary,
            "version": app.version,
            "data_version": store.data_version,
            "licence": licence.summary(),
            "links": links,
        },
        as_csv=False,
    )


@router.get(
    "/health",
    summary="Health and readiness",
    description="200 once the database is open and loaded; 503 before.",
    response_model=Health,
    responses={**responses.invalid(), 503: responses.problem("Not ready yet.")},
)
async def get_health(request: Request) -> Response:
    store = getattr(request.app.state, "store", None)
    if store is None:
        return problem_response(request, 503, "The database is not loaded yet.")
    body = {
        "status": "ok",
        "version": request.app.version,
        "data_version": store.data_version,
        "counts": store.counts,
    }
    return record_response(body, as_csv=False)
