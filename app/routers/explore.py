"""`/explore`: the explorer page and its built assets, served through the app like the rest.

The page is built from `explorer/` (TypeScript, bundled by esbuild) into
`app/explorer/static/`, which is committed, so a fresh clone serves it without Node.
Going through the app means the edge gives these files the same cache headers, ETags
and gzip as the API; only the CSP differs (see `app.edge.asgi.csp_for`). None of these routes
is part of the API's contract, so they stay out of `/openapi.json`.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import APIRouter
from starlette.responses import Response

from app.api.problems import NotFound

STATIC = Path(__file__).resolve().parent.parent / "explorer" / "static"
INDEX = "index.html"
TYPES = {".js": "text/javascript", ".css": "text/css", ".json": "application/json"}

router = APIRouter(include_in_schema=False)


def _assets() -> dict[str, Path]:
    """The servable files, listed once: a request can only name one of them, never a path."""
    if not STATIC.is_dir():
        return {}
    return {p.relative_to(STATIC).as_posix(): p for p in STATIC.rglob("*") if p.is_file()}


ASSETS = _assets()


def _file(name: str) -> Response:
    path = ASSETS.get(name)
    if path is None:
        raise NotFound(f"No explorer asset is named {name[:80]!r}.")
    kind = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0]
    if kind is None:
        kind = "application/octet-stream"
    elif kind.startswith("text/") or kind == "application/json":
        kind += "; charset=utf-8"
    return Response(path.read_bytes(), media_type=kind)


@router.get("/explore")
async def explore_page() -> Response:
    """The page; its query (`lang`, `member`, ...) is read by the script, not here."""
    return _file(INDEX)


@router.get("/explore/static/{name:path}")
async def explore_asset(name: str) -> Response:
    return _file(name)
