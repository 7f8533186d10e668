"""How long a browser or a shared cache (nginx in `deploy/`, a CDN) may keep each answer.

One mapping from the kind of an answer to its `Cache-Control`, applied by the edge to every
response it sends. All data changes at once, with a new data version behind a restarted
service, so every data answer shares one freshness window, `TAHALUF_MAX_AGE` (300 s): the
longest a cache may serve the old version after a new one is up. The kinds differ where
their answers do:

- records (`/members/sa`, `/`) and lists (`/members`, `/search`, CSV): the window;
- downloads (`/downloads/...`): the window, and `no-transform`, so that no intermediary
  recompresses or rewrites the snapshot's bytes;
- docs (`/openapi.json`, `/docs`, `/redoc`): the window, since the document's examples
  come from the data; their static assets (`/static-offline-docs/`), large and changed
  only by an upgrade, an hour;
- errors (4xx): `private`, at most 60 s: a problem's body names the request id, which a
  shared cache would repeat to other clients; a record missing today may be in the next
  version;
- server errors (5xx) and `/health`: `no-store`, so that a probe or a retry always
  reaches the service.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from app.config import get_settings

ERROR_MAX_AGE = 60  # seconds, capped by the data window
ASSETS_MAX_AGE = 3600


class ResponseKind(StrEnum):
    RECORD = "record"
    LIST = "list"
    DOWNLOAD = "download"
    DOCS = "docs"
    ASSET = "asset"
    ERROR = "error"
    UNSTORED = "unstored"


@cache
def policies() -> dict[ResponseKind, bytes]:
    """Each kind's `Cache-Control`, from the window set for this process."""
    window = get_settings().max_age
    return {
        ResponseKind.RECORD: b"public, max-age=%d" % window,
        ResponseKind.LIST: b"public, max-age=%d" % window,
        ResponseKind.DOWNLOAD: b"public, max-age=%d, no-transform" % window,
        ResponseKind.DOCS: b"public, max-age=%d" % window,
        ResponseKind.ASSET: b"public, max-age=%d" % ASSETS_MAX_AGE,
        ResponseKind.ERROR: b"private, max-age=%d" % min(ERROR_MAX_AGE, window),
        ResponseKind.UNSTORED: b"no-store",
    }


def kind_of(path: str, status: int) -> ResponseKind:
    """The kind of the answer `status` to a GET of `path`.

    Collections sit at odd depths (`/members`, `/coalitions/imctc/members`) and records at
    even ones (`/members/sa`, `/coalitions/imctc`); the index `/` is a record.
    """
    if status >= 500 or path == "/health":
        return ResponseKind.UNSTORED
    if status >= 400:
        return ResponseKind.ERROR
    if path.startswith("/downloads/"):
        return ResponseKind.DOWNLOAD
    if path.startswith("/static-offline-docs/"):
        return ResponseKind.ASSET
    if path in ("/openapi.json", "/docs", "/redoc") or path.startswith(("/docs/", "/redoc/")):
        return ResponseKind.DOCS
    depth = len([part for part in path.split("/") if part])
    return ResponseKind.LIST if depth % 2 else ResponseKind.RECORD


def cache_control(path: str, status: int) -> tuple[bytes, bytes]:
    """The `Cache-Control` header of the answer `status` to `path`."""
    return (b"cache-control", policies()[kind_of(path, status)])
