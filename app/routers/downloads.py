"""`/downloads`: the whole dataset at once, as a Frictionless Data Package or SQLite."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import Engine
from starlette.responses import Response

from app.bulk import datapackage_zip, workbook
from app.deps import DatasetDep
from app.formats.xlsx import XLSX_TYPE
from app.problems import NotFound
from app.routers import responses

router = APIRouter(prefix="/downloads", tags=["downloads"])

PATHS = ("/downloads/datapackage.zip", "/downloads/tahaluf.db", "/downloads/tahaluf.xlsx")
ZIP_TYPE = "application/zip"
SQLITE_TYPE = "application/vnd.sqlite3"


def _binary(media_type: str, description: str) -> dict[int | str, dict[str, Any]]:
    return {
        200: {
            "description": description,
            "content": {media_type: {"schema": {"type": "string", "format": "binary"}}},
        }
    }


class ZipResponse(Response):
    media_type = ZIP_TYPE


class SqliteResponse(Response):
    media_type = SQLITE_TYPE


class XlsxResponse(Response):
    media_type = XLSX_TYPE


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


def _once(request: Request, name: str, make: Callable[[], bytes]) -> bytes:
    """A download's bytes, made once per process: the data never changes while it runs."""
    state = request.app.state
    body: bytes | None = getattr(state, name, None)
    if body is None:
        body = make()
        setattr(state, name, body)
    return body


def sqlite_file(engine: Engine) -> Path | None:
    """The SQLite file the service reads, or None when it reads another database."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or not url.database:
        return None
    return Path(url.database.removeprefix("file:"))


@router.get(
    "/datapackage.zip",
    summary="Download everything as a Data Package",
    description="A Frictionless Data Package (zip): `datapackage.json`, whose `version` is "
    "the data version, and one CSV per collection (`data/members.csv`...), with the "
    "columns of the API's CSV, typed. The same bytes on every replica for the same data.",
    response_class=ZipResponse,
    responses={
        **_binary(ZIP_TYPE, "The package."),
        **responses.NOT_MODIFIED,
        **responses.invalid(typed=False),
    },
)
async def get_datapackage(request: Request, dataset: DatasetDep) -> Response:
    body = _once(request, "datapackage", lambda: datapackage_zip(dataset))
    name = f"tahaluf-{dataset.data_version}.zip"
    return ZipResponse(body, headers=_attachment(name))


@router.get(
    "/tahaluf.db",
    summary="Download the SQLite database",
    description="The SQLite file the service reads, as Datasette offers it; its `meta` "
    "table holds the data version. 404 where the service reads another database "
    "(`DATABASE_URL`).",
    response_class=SqliteResponse,
    responses={
        **_binary(SQLITE_TYPE, "The database file."),
        **responses.NOT_MODIFIED,
        404: responses.problem("The service reads another database.", typed=False),
        **responses.invalid(typed=False),
    },
)
async def get_sqlite(request: Request, dataset: DatasetDep) -> Response:
    state = request.app.state
    body: bytes | None = getattr(state, "sqlite_bytes", None)
    if body is None:
        path = sqlite_file(state.engine)
        if path is None:
            raise NotFound("This service reads a database other than SQLite: no file to send.")
        body = state.sqlite_bytes = path.read_bytes()
    return SqliteResponse(body, headers=_attachment(f"tahaluf-{dataset.data_version}.db"))


@router.get(
    "/tahaluf.xlsx",
    summary="Download everything as a spreadsheet",
    description="An XLSX workbook with one sheet per collection, the columns of the API's "
    "CSV: Arabic first, day-precise dates as real dates, lists as text, a frozen header "
    "row with filters.",
    response_class=XlsxResponse,
    responses={
        **_binary(XLSX_TYPE, "The workbook."),
        **responses.NOT_MODIFIED,
        **responses.invalid(typed=False),
    },
)
async def get_workbook(request: Request, dataset: DatasetDep) -> Response:
    body = _once(request, "workbook", lambda: workbook(dataset))
    return XlsxResponse(body, headers=_attachment(f"tahaluf-{dataset.data_version}.xlsx"))
