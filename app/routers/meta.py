"""`/` and `/health`: where a client starts, and what an orchestrator probes."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from app import licence
from app.dataset import PATHS
from app.deps import DatasetDep
from app.models.public import Health, Index
from app.problems import problem_response
from app.render import record_response
from app.routers import responses

router = APIRouter(tags=["meta"])


@router.get(
    "/",
    summary="Index",
    response_model=Index,
    responses={**responses.NOT_MODIFIED, **responses.invalid()},
)
async def get_index(request: Request, dataset: DatasetDep) -> Response:
    app = request.app
    links = {name.replace("_", "-"): path for name, path in PATHS.items()}
    links |= {
        "search": "/search",
        "datapackage": "/downloads/datapackage.zip",
        "sqlite": "/downloads/tahaluf.db",
        "spreadsheet": "/downloads/tahaluf.xlsx",
        "health": "/health",
        "openapi": "/openapi.json",
        "docs": "/docs",
        "redoc": "/redoc",
    }
    return record_response(
        {
            "name": app.title,
            "description": app.summary,
            "version": app.version,
            "data_version": dataset.data_version,
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
    dataset = getattr(request.app.state, "dataset", None)
    if dataset is None:
        return problem_response(request, 503, "The database is not loaded yet.")
    body = {
        "status": "ok",
        "version": request.app.version,
        "data_version": dataset.data_version,
        "counts": dataset.counts,
    }
    return record_response(body, as_csv=False)
