"""`/downloads`: the whole dataset at once, as a Frictionless Data Package or SQLite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.responses import FileResponse, Response, StreamingResponse

from app.api import responses
from app.api.bulk import datapackage_chunks, workbook
from app.api.deps import StoreDep
from app.api.formats.xlsx import XLSX_TYPE
from app.api.problems import NotFound
from app.edge.asgi import etag_of, representation_hasher

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
async def get_datapackage(store: StoreDep) -> Response:
    # Streamed as it is written, from the database: nothing of it stays in the process.
    name = f"tahaluf-{store.data_version}.zip"
    return StreamingResponse(
        datapackage_chunks(store), media_type=ZIP_TYPE, headers=_attachment(name)
    )


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
async def get_sqlite(request: Request, store: StoreDep) -> Response:
    state = request.app.state
    path = sqlite_file(state.engine)
    if path is None:
        raise NotFound("This service reads a database other than SQLite: no file to send.")
    headers = {
        "content-type": SQLITE_TYPE,
        **_attachment(f"tahaluf-{store.data_version}.db"),
    }
    # Sent past the edge's cache (`app.api.filenames.STREAMED`): the ETag is the edge's hash of
    # these headers and bytes, computed here a chunk at a time, once (the file never changes).
    etag: str | None = getattr(state, "sqlite_etag", None)
    if etag is None:
        etag = state.sqlite_etag = await run_in_threadpool(file_etag, path, headers)
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers={"ETag": etag})
    # The path opens the verified file the process holds (`app.store.snapshot`), whatever is at
    # its name now; sent a chunk at a time (by granian itself, under RSGI: `app.edge.rsgi`), so
    # the file is never in memory whole.
    headers["ETag"] = etag
    response = FileResponse(path, headers=headers, media_type=SQLITE_TYPE, stat_result=path.stat())
    # The file's time is when this replica built it, not a property of its bytes: replicas
    # of the same data send the same headers.
    del response.headers["last-modified"]
    return response


def file_etag(path: Path, headers: dict[str, str]) -> str:
    """`app.edge.asgi.representation_etag` of the file sent with `headers`, read 1 MiB at a time."""
    hasher = representation_hasher(
        [(name.lower().encode(), value.encode()) for name, value in headers.items()]
    )
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            hasher.update(chunk)
    return etag_of(hasher).decode()


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
async def get_workbook(store: StoreDep) -> Response:
    # Written from the database on each request (the edge's cache keeps the bytes), in a
    # worker thread: the process keeps no copy of the data between requests.
    body = await run_in_threadpool(workbook, store)
    return XlsxResponse(body, headers=_attachment(f"tahaluf-{store.data_version}.xlsx"))
