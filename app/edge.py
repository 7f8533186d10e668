"""The HTTP edge: the one place that shapes every response the service sends.

It sits in front of FastAPI as a plain ASGI callable because the data never changes
while the process runs: a repeated request is answered from finished bytes without
entering FastAPI's router at all. Cached and freshly computed answers leave through
the same code, so their headers (ETag, CORS, security, Vary, gzip) are identical.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import os
import re
import time
from collections.abc import Callable

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.cache import BoundedCache, CachedResponse
from app.downloads import content_disposition
from app.formats.xlsx import XLSX_TYPE
from app.freshness import cache_control
from app.logs import AccessLog

Headers = list[tuple[bytes, bytes]]
CacheKey = tuple[str, bytes, bool, bool]

ALLOW = b"GET, HEAD, OPTIONS"
API_CSP = b"default-src 'none'; frame-ancestors 'none'"
# Swagger UI and ReDoc run an inline bootstrap script, ReDoc a blob worker; all from here.
DOCS_CSP = (
    b"default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    b"img-src 'self' data:; worker-src 'self' blob:; frame-ancestors 'none'"
)
# The one `Server` header is the HTTP server's: an ASGI app cannot stop uvicorn adding its
# own, so the edge sends none, and `tahaluf serve` names both servers this (app.cli, app.rsgi).
SERVER_NAME = "tahaluf"
# The explorer (/explore) loads only its own scripts, styles, fonts, map and API data.
EXPLORER_CSP = (
    b"default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; "
    b"img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
    b"frame-ancestors 'none'"
)
COMMON: Headers = [
    (b"access-control-allow-origin", b"*"),
    (
        b"access-control-expose-headers",
        b"ETag, Link, X-Total-Count, X-Request-ID, Content-Disposition, X-Member-Coverage",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-resource-policy", b"cross-origin"),
]
VARY = (b"vary", b"Accept, Accept-Encoding")
ALLOWED_REQUEST_HEADERS = (
    b"*, Accept, Accept-Encoding, Accept-Language, Cache-Control, Content-Language, "
    b"Content-Type, If-Modified-Since, If-None-Match, Pragma, Range, X-Request-ID, "
    b"X-Requested-With"
)
PREFLIGHT: Headers = [
    (b"allow", ALLOW),
    (b"access-control-allow-methods", ALLOW),
    # What browsers' fetch(), HTTP wrappers and generated clients commonly send, such as
    # `Content-Type: application/json` on a GET. `*` alone allows any header in current
    # browsers (no credentials are involved); the list serves those that predate it.
    (b"access-control-allow-headers", ALLOWED_REQUEST_HEADERS),
    (b"access-control-max-age", b"86400"),
]
GZIP_MIN = 1024
INTERNAL_ERROR = orjson.dumps(
    {
        "type": "about:blank",
        "title": "Internal Server Error",
        "status": 500,
        "detail": "An internal error occurred; it has been logged with the request id.",
    }
)
REQUEST_ID = re.compile(rb"^[A-Za-z0-9._:-]{1,128}$")  # a client's own id we pass on
DOCS_PREFIXES = ("/docs", "/redoc", "/static-offline-docs")
UNCACHED_PREFIXES = ("/health", *DOCS_PREFIXES)


def csp_for(path: str) -> bytes:
    """The Content-Security-Policy of a path: the API's, the docs' or the explorer's."""
    if path.startswith(DOCS_PREFIXES):
        return DOCS_CSP
    return EXPLORER_CSP if path.startswith("/explore") else API_CSP


def _accepts_gzip(value: bytes) -> bool:
    for part in value.split(b","):
        token, _, params = part.strip().partition(b";")
        if token.strip().lower() in (b"gzip", b"*"):
            return params.replace(b" ", b"") not in (b"q=0", b"q=0.0", b"q=0.00", b"q=0.000")
    return False


_GZIP_ACCEPTED: dict[bytes, bool] = {}


def cache_key(path: str, query: bytes, accept: bytes, accept_encoding: bytes) -> CacheKey:
    """The cache key of a request: what it asks for, and the variant its headers choose."""
    gzip_ok = _GZIP_ACCEPTED.get(accept_encoding)
    if gzip_ok is None:  # clients send a handful of distinct values: parse each once
        gzip_ok = _accepts_gzip(accept_encoding)
        if len(_GZIP_ACCEPTED) < 256:
            _GZIP_ACCEPTED[accept_encoding] = gzip_ok
    return (path, query, b"text/csv" in accept, gzip_ok)


def _key(scope: Scope, request_headers: dict[bytes, bytes]) -> CacheKey:
    """The cache key of an ASGI request."""
    return cache_key(
        scope["path"],
        scope["query_string"],
        request_headers.get(b"accept", b""),
        request_headers.get(b"accept-encoding", b""),
    )


class RequestIds:
    """Request ids: 16 random hex digits per process, then a counter in 16 more.

    Unique across replicas and restarts, like a random id, at a third of the cost of
    reading 16 random bytes for every request. A forked child draws its own prefix.
    """

    def __init__(self) -> None:
        self._draw()
        os.register_at_fork(after_in_child=self._draw)

    def _draw(self) -> None:
        self._prefix = os.urandom(8).hex().encode()
        self._counter = itertools.count()

    def next(self) -> bytes:
        return b"%s%016x" % (self._prefix, next(self._counter))

    def take(self, given: bytes | None) -> bytes:
        """The client's own id when it sent a sane one, else a new one."""
        if given is not None and REQUEST_ID.match(given):
            return given
        return self.next()


def _etag_matches(header: bytes, etags: tuple[bytes, ...]) -> bool:
    for candidate in header.split(b","):
        tag = candidate.strip().removeprefix(b"W/")
        if tag == b"*" or tag in etags:
            return True
    return False


class Edge:
    """Request ids, access logs, CORS, security headers, ETag/304, gzip and the cache."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        data_version: Callable[[], str | None],
        max_entries: int,
        max_bytes: int,
        access_log: AccessLog | None,
    ) -> None:
        self.app = app
        self.data_version = data_version
        self.cache: BoundedCache[CacheKey] = BoundedCache(max_entries, max_bytes)
        self.access_log = access_log
        self.request_ids = RequestIds()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_headers = dict(scope["headers"])
        request_id = self.request_ids.take(request_headers.get(b"x-request-id"))
        path: str = scope["path"]
        method: str = scope["method"]
        key: CacheKey | None = None
        if method == "GET" and b"if-none-match" not in request_headers:
            # The hot path: a repeated GET answered whole from the cache, in as few steps
            # as the headers allow; everything else takes the general path below.
            key = _key(scope, request_headers)
            entry = self.cache.get(key)
            if entry is not None:
                headers, body = entry.sent
                await send(
                    {
                        "type": "http.response.start",
                        "status": 200,
                        "headers": [*headers, (b"x-request-id", request_id)],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                self._log(started, method, path, scope["query_string"], 200, request_id, "hit")
                return
        scope.setdefault("state", {})["request_id"] = request_id.decode()
        extra = [
            *COMMON,
            (b"content-security-policy", csp_for(path)),
            (b"x-request-id", request_id),
        ]
        status = 500
        outcome = "pass"
        try:
            if method == "OPTIONS":
                status, outcome = 204, "preflight"
                await _send(send, 204, [*PREFLIGHT, *extra], b"", head=True)
            elif method in ("GET", "HEAD") and not path.startswith(UNCACHED_PREFIXES):
                if key is None:
                    key = _key(scope, request_headers)
                status, outcome = await self._cached(
                    scope, receive, send, key, request_headers, extra
                )
            else:
                status = await self._passed(scope, receive, send, extra)
        finally:
            self._log(started, method, path, scope["query_string"], status, request_id, outcome)

    def _log(
        self,
        started: float,
        method: str,
        path: str,
        query: bytes,
        status: int,
        request_id: bytes,
        outcome: str,
    ) -> None:
        """The request's access-log entry, if the log is on; `started` is its perf_counter."""
        if self.access_log is not None:
            duration = time.perf_counter() - started
            self.access_log.record(
                (started, method, path, query, status, duration, request_id, outcome)
            )

    async def _passed(self, scope: Scope, receive: Receive, send: Send, extra: Headers) -> int:
        """Errors, docs, health and methods we refuse: the app's answer plus our headers.

        FastAPI routes GET only; a HEAD is answered as the GET, without its body.
        """
        status = 500
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = message.get("headers", [])
                if not any(name == b"cache-control" for name, _ in headers):
                    headers = [*headers, cache_control(scope["path"], status)]
                message["headers"] = [*headers, *extra]
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            if status == 500:
                await _send(
                    send,
                    500,
                    [
                        (b"content-type", b"application/problem+json"),
                        cache_control(scope["path"], 500),
                        *extra,
                    ],
                    INTERNAL_ERROR,
                    head=False,
                )
        return status

    async def _cached(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        key: CacheKey,
        request_headers: dict[bytes, bytes],
        extra: Headers,
    ) -> tuple[int, str]:
        head = scope["method"] == "HEAD"
        entry = self.cache.get(key)
        outcome = "hit"
        if entry is None:
            outcome = "miss"
            status, headers, body = await capture(self.app, {**scope, "method": "GET"}, receive)
            version = self.data_version()
            if status != 200 or version is None:
                freshness = cache_control(scope["path"], status)
                await _send(send, status, [*headers, freshness, *extra], body, head=head)
                return status, "pass"
            entry = _finish(version, key, headers, body)
            self.cache.put(key, entry)
        if_none_match = request_headers.get(b"if-none-match")
        # Only an entry for a client that takes gzip holds a compressed body (see `_finish`).
        gzip_headers = entry.gzip_headers
        if if_none_match is not None and _etag_matches(
            if_none_match, (entry.etag, entry.gzip_etag)
        ):
            etag = entry.etag if gzip_headers is None else entry.gzip_etag
            freshness = cache_control(scope["path"], 200)
            await _send(send, 304, [(b"etag", etag), freshness, VARY, *extra], b"", head=True)
            return 304, outcome
        headers, body = entry.sent
        await _send(send, 200, [*headers, extra[-1]], body, head=head, sized=True)
        return 200, outcome


def _finish(version: str, key: CacheKey, headers: Headers, body: bytes) -> CachedResponse:
    path, query, wants_csv, gzip_ok = key
    digest = hashlib.sha256(
        b"\0".join([version.encode(), path.encode(), query, b"csv" if wants_csv else b""])
    ).hexdigest()[:32]
    kept = [
        (name, value)
        for name, value in headers
        if name not in (b"content-length", b"etag", b"cache-control", b"vary")
    ]
    # A CSV is a download: its file name says what was asked (computed once per entry).
    if any(name == b"content-type" and value.startswith(b"text/csv") for name, value in kept):
        kept.append((b"content-disposition", content_disposition(path, query, "csv")))
    elif (b"content-type", XLSX_TYPE.encode()) in kept and all(
        name != b"content-disposition" for name, _ in kept
    ):
        kept.append((b"content-disposition", content_disposition(path, query, "xlsx")))
    # Compressed only for a client that asked: the key holds gzip_ok, so an entry serves
    # one kind of client, and a cold answer to the others skips the compression.
    worth_it = gzip_ok and len(body) > GZIP_MIN
    packed = gzip.compress(body, compresslevel=6, mtime=0) if worth_it else None
    return CachedResponse(
        etag=f'"{digest}"'.encode(),
        headers=[*kept, cache_control(path, 200), VARY],
        body=body,
        gzip_body=packed,
        common=[*COMMON, (b"content-security-policy", csp_for(path))],
    )


async def capture(app: ASGIApp, scope: Scope, receive: Receive) -> tuple[int, Headers, bytes]:
    """The app's whole answer to `scope`: its status, headers and body."""
    status = 500
    headers: Headers = []
    chunks: list[bytes] = []

    async def collect(message: Message) -> None:
        nonlocal status, headers
        if message["type"] == "http.response.start":
            status = message["status"]
            headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    try:
        await app(scope, receive, collect)
    except Exception:
        # FastAPI's handler has logged it and sent a problem; re-raised, it must stop here.
        if not headers:
            return 500, [(b"content-type", b"application/problem+json")], INTERNAL_ERROR
    return status, headers, b"".join(chunks)


async def _send(
    send: Send, status: int, headers: Headers, body: bytes, *, head: bool, sized: bool = False
) -> None:
    """Send a whole response; `sized` says the headers already carry Content-Length."""
    if head or status in (204, 304):
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
        return
    if not sized and not any(name == b"content-length" for name, _ in headers):
        headers = [*headers, (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
