"""The HTTP edge: the one place that shapes every response the service sends.

It sits in front of FastAPI as a plain ASGI callable because the data never changes
while the process runs: a repeated request is answered from finished bytes without
entering FastAPI's router at all. Cached and freshly computed answers leave through
the same code, so their headers (ETag, CORS, security, Vary, gzip) are identical.
"""

from __future__ import annotations

import gzip
import itertools
import os
import re
import time
from collections.abc import Callable
from urllib.parse import quote_from_bytes

import orjson
from blake3 import blake3
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.filenames import STREAMED, content_disposition
from app.api.formats.xlsx import XLSX_TYPE
from app.api.problems import PROBLEM_TYPE, problem_body
from app.edge.cache import BoundedCache, CachedResponse
from app.edge.freshness import cache_control
from app.edge.logs import AccessLog

Headers = list[tuple[bytes, bytes]]
CacheKey = tuple[str, bytes, bool, bool]

ALLOW = b"GET, HEAD, OPTIONS"
METHODS = frozenset(ALLOW.decode().split(", "))
API_CSP = b"default-src 'none'; frame-ancestors 'none'"
# Swagger UI and ReDoc run an inline bootstrap script, ReDoc a blob worker; all from here.
DOCS_CSP = (
    b"default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    b"img-src 'self' data:; worker-src 'self' blob:; frame-ancestors 'none'"
)
# The one `Server` header is the HTTP server's: an ASGI app cannot stop uvicorn adding its
# own, so the edge sends none, and `tahaluf serve` names both servers this (app.cli, app.edge.rsgi).
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
# Bodies already compressed (a zip, an xlsx, which is a zip): gzip would spend a copy of
# the body and its CPU to make it no smaller.
COMPRESSED_TYPES = (b"application/zip", XLSX_TYPE.encode())
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
_GZIP_ACCEPTED_KEY = 128  # bytes: longer Accept-Encoding values are parsed every time


def key_bytes(key: CacheKey) -> int:
    """The memory a cache key takes: its path and query, which the client chose."""
    return len(key[0]) + len(key[1]) + 200


def cache_key(path: str, query: bytes, accept: bytes, accept_encoding: bytes) -> CacheKey:
    """The cache key of a request: what it asks for, and the variant its headers choose."""
    gzip_ok = _GZIP_ACCEPTED.get(accept_encoding)
    if gzip_ok is None:  # clients send a handful of distinct values: parse each once
        gzip_ok = _accepts_gzip(accept_encoding)
        if len(_GZIP_ACCEPTED) < 256 and len(accept_encoding) <= _GZIP_ACCEPTED_KEY:
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


# Kept as they are in a query string: its delimiters, and `%` so existing escapes stay.
_QUERY_SAFE = "!#$%&'()*+,/:;=?@[]~"


def ascii_query(query: bytes) -> bytes:
    """Raw UTF-8 in a query string (curl sends `?q=السعودية` so) percent-encoded, as nginx
    passes it and browsers mean it, so that it is read as UTF-8 like an encoded one."""
    return query if query.isascii() else quote_from_bytes(query, safe=_QUERY_SAFE).encode()


def canonical(scope: Scope) -> Scope:
    """`/members/` answered as `/members`, directly: a redirect would have to name a host,
    and the only one at hand is the client's `Host` header, which must not be echoed."""
    path: str = scope["path"]
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
        return {**scope, "path": path, "raw_path": path.encode()}
    return scope


def refused(method: str, path: str, request_id: bytes) -> bytes:
    """The problem a method other than GET, HEAD and OPTIONS gets, whichever server."""
    detail = f"{method[:20]} is not allowed: this service is read-only."
    return orjson.dumps(problem_body(405, detail, path[:200], request_id=request_id.decode()))


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
        if scope["path"].endswith("/"):
            scope = canonical(scope)
        if not scope["query_string"].isascii():
            scope = {**scope, "query_string": ascii_query(scope["query_string"])}
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
        status, outcome = 500, "pass"
        try:
            status, outcome = await self._answer(
                scope, receive, send, key, request_headers, request_id
            )
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
        """The request's access-log entry, if the log is on; `started` is its perf_counter.

        The path and query are cut to what a line keeps before they wait for the batch, so
        that a batch of long URLs holds kilobytes, not megabytes."""
        if self.access_log is not None:
            duration = time.perf_counter() - started
            cut = AccessLog.MAX_CHARS
            self.access_log.record(
                (started, method, path[:cut], query[:cut], status, duration, request_id, outcome)
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

    async def _answer(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        key: CacheKey | None,
        request_headers: dict[bytes, bytes],
        request_id: bytes,
    ) -> tuple[int, str]:
        """Everything but a repeated GET the cache holds: preflights, refused methods,
        misses and what is never cached. Returns the status and the cache outcome."""
        path: str = scope["path"]
        method: str = scope["method"]
        extra = [
            *COMMON,
            (b"content-security-policy", csp_for(path)),
            (b"x-request-id", request_id),
        ]
        if method == "OPTIONS":
            await _send(send, 204, [*PREFLIGHT, *extra], b"", head=True)
            return 204, "preflight"
        if method not in METHODS:  # CONNECT and TRACE too, whatever their target
            problem = [(b"content-type", PROBLEM_TYPE.encode()), (b"allow", ALLOW)]
            body = refused(method, path, request_id)
            await _send(send, 405, [*problem, *extra], body, head=False)
            return 405, "pass"
        if (
            method in ("GET", "HEAD")
            and not path.startswith(UNCACHED_PREFIXES)
            and path not in STREAMED
        ):
            key = key if key is not None else _key(scope, request_headers)
            return await self._cached(scope, receive, send, key, request_headers, extra)
        return await self._passed(scope, receive, send, extra), "pass"

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
            entry = _finish(key, headers, body)
            self.cache.put(key, entry, key_bytes(key))
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


# The headers that say what the bytes of a body mean: they go into its ETag with the body.
ETAG_HEADERS = (
    b"content-type",
    b"content-encoding",
    b"content-disposition",
    b"content-language",
    b"link",
    b"x-total-count",
    b"x-member-coverage",
)


def representation_etag(headers: Headers, body: bytes) -> bytes:
    """A strong ETag: a hash of the representation sent, the body and `ETAG_HEADERS`.

    Any change of the bytes, whether data or code made it, changes the tag; two replicas
    that send the same bytes send the same tag. Each header is hashed as `name: value` and
    a newline (an absent one with an empty value), then a newline and the body: 128 bits
    of BLAKE3, in hex.
    """
    hasher = representation_hasher(headers)
    hasher.update(body)
    return etag_of(hasher)


def representation_hasher(headers: Headers) -> blake3:
    """A BLAKE3 hasher fed the `ETAG_HEADERS` of `headers`: the body's bytes come next
    (at once here, or a chunk at a time for a file sent past the cache)."""
    given = dict(headers)
    hasher = blake3()
    for name in ETAG_HEADERS:
        hasher.update(b"%s: %s\n" % (name, given.get(name, b"")))
    hasher.update(b"\n")
    return hasher


def etag_of(hasher: blake3) -> bytes:
    """The quoted strong ETag of a representation hashed by `representation_hasher`."""
    return b'"%s"' % hasher.hexdigest(16).encode()


def _finish(key: CacheKey, headers: Headers, body: bytes) -> CachedResponse:
    path, query, _, gzip_ok = key
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
    compressed = any(name == b"content-type" and value in COMPRESSED_TYPES for name, value in kept)
    worth_it = gzip_ok and len(body) > GZIP_MIN and not compressed
    packed = gzip.compress(body, compresslevel=6, mtime=0) if worth_it else None
    etag = representation_etag(kept, body)
    gzip_etag = b'"-"'
    if packed is not None:
        gzip_etag = representation_etag([*kept, (b"content-encoding", b"gzip")], packed)
    return CachedResponse(
        etag=etag,
        headers=[*kept, cache_control(path, 200), VARY],
        body=body,
        gzip_body=packed,
        gzip_etag=gzip_etag,
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
