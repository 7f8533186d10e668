"""The edge under granian's RSGI interface: a cached answer in one call into Rust.

Under ASGI a response is two messages, and the server turns every header of the start
message into bytes in Python (uvicorn) or crosses into Rust twice (granian). Under RSGI
a cached answer is one `response_bytes` call, headers and body handed over together.
Only that hot path is written for RSGI: every other request (misses, errors, 304s,
preflights, docs, HEAD) goes through the edge's ASGI code over a small bridge, its answer
captured whole and handed over the same way, so both interfaces send the same statuses,
headers, bytes and log lines.
"""

from __future__ import annotations

import asyncio
import sys
import time
from typing import TYPE_CHECKING, Any

from granian.asgi import LifespanProtocol
from granian.rsgi import Scope as RsgiScope
from starlette.types import Message, Scope

from app.api.filenames import STREAMED
from app.edge.asgi import SERVER_NAME, Edge, ascii_query, cache_key, capture
from app.edge.cache import as_text

# Ours, which granian's own (`granian`) then leaves out, as `tahaluf serve` names uvicorn.
SERVER = ("server", SERVER_NAME)

if TYPE_CHECKING:  # granian.rsgi re-exports it without declaring it public
    from granian._granian import RSGIHTTPProtocol as HTTPProtocol


class RsgiEdge(Edge):
    """The edge that also speaks RSGI: `granian --interface rsgi app.main:app`."""

    _lifespan: LifespanProtocol | None = None

    def __rsgi_init__(self, loop: asyncio.AbstractEventLoop) -> None:
        """Granian's start-up hook: run the application's ASGI lifespan, as under ASGI."""
        # Granian's own driver of an ASGI lifespan, the one its ASGI interface uses (untyped).
        self._lifespan = LifespanProtocol(self)  # type: ignore[no-untyped-call]
        loop.run_until_complete(self._lifespan.startup())  # type: ignore[no-untyped-call]
        if self._lifespan.interrupt:  # the lifespan has logged why; exit as granian's ASGI does
            sys.exit(1)

    def __rsgi_del__(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._lifespan is not None:
            loop.run_until_complete(self._lifespan.shutdown())  # type: ignore[no-untyped-call]

    async def __rsgi__(self, scope: RsgiScope, protocol: HTTPProtocol) -> None:
        if scope.proto != "http":  # no websockets here; granian closes the connection
            return
        started = time.perf_counter()
        headers = scope.headers
        if scope.method == "GET" and "if-none-match" not in headers:
            query = _target_bytes(scope.query_string)
            entry = self.cache.get(
                cache_key(
                    scope.path,
                    query,
                    headers.get("accept", "").encode(),
                    headers.get("accept-encoding", "").encode(),
                )
            )
            if entry is not None:
                given = headers.get("x-request-id")
                request_id = self.request_ids.take(None if given is None else given.encode())
                protocol.response_bytes(
                    200,
                    [SERVER, *entry.sent_text, ("x-request-id", request_id.decode())],
                    entry.sent[1],
                )
                self._log(started, "GET", scope.path, query, 200, request_id, "hit")
                return
        if scope.path in STREAMED:
            asgi_scope = self._asgi_scope(scope)
            if scope.method == "GET":  # granian sends the file itself, a piece at a time
                asgi_scope["extensions"] = {"http.response.pathsend": {}}
            await self(asgi_scope, _receiver(protocol), _streamer(protocol))
            return
        status, answer_headers, body = await capture(
            self, self._asgi_scope(scope), _receiver(protocol)
        )
        protocol.response_bytes(status, [SERVER, *as_text(answer_headers)], body)

    def _asgi_scope(self, scope: RsgiScope) -> Scope:
        """The ASGI scope granian's ASGI interface would have given this request."""
        state = self._lifespan.state if self._lifespan is not None else {}
        return {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": scope.http_version,
            "scheme": scope.scheme,
            "method": scope.method,
            "path": _text(scope.path),
            "query_string": _target_bytes(scope.query_string),
            "root_path": "",
            "headers": [(name.encode(), value.encode()) for name, value in scope.headers.items()],
            "client": _address(scope.client),
            "server": _address(scope.server),
            "state": dict(state),
        }


def _target_bytes(query: str) -> bytes:
    """The query string's bytes as sent. Granian hands over the request target's bytes as
    Latin-1 text, one character a byte: encoded as UTF-8 they were read twice-encoded
    (`q=%C3%98%C2%A7...`), so that a raw Arabic query silently found nothing."""
    if query.isascii():
        return query.encode()
    try:
        return ascii_query(query.encode("latin-1"))
    except UnicodeEncodeError:  # a server that decoded UTF-8 already
        return ascii_query(query.encode())


def _text(path: str) -> str:
    """The path as UTF-8 text, which ASGI's `path` is, from granian's one character a byte."""
    if path.isascii():
        return path
    try:
        return path.encode("latin-1").decode()
    except UnicodeError:  # not Latin-1 text (decoded already), or not UTF-8 bytes
        return path


def _address(text: str) -> tuple[str, int]:
    """`host:port` (IPv6 hosts in brackets) as ASGI's (host, port)."""
    host, _, port = text.rpartition(":")
    return host.strip("[]"), int(port)


def _receiver(protocol: HTTPProtocol) -> Any:
    """ASGI `receive`: the request body once, then a wait for the client to leave."""
    read = False

    async def receive() -> Message:
        nonlocal read
        if not read:
            read = True
            return {"type": "http.request", "body": await protocol(), "more_body": False}
        await protocol.client_disconnect()
        return {"type": "http.disconnect"}

    return receive


def _streamer(protocol: HTTPProtocol) -> Any:
    """ASGI `send` for a download (`app.api.filenames.STREAMED`): a file by its path (ASGI's
    `pathsend`), which granian reads and sends itself, or the body piece by piece as the
    app writes it; never the whole file held."""
    started: Message = {}
    transport: Any = None

    async def send(message: Message) -> None:
        nonlocal transport
        if message["type"] == "http.response.start":
            started.update(message)
            return
        headers = [SERVER, *as_text(started.get("headers", []))]
        if message["type"] == "http.response.pathsend":
            protocol.response_file(started["status"], headers, message["path"])
            return
        if transport is None:
            transport = protocol.response_stream(started["status"], headers)
        if message.get("body"):
            await transport.send_bytes(message["body"])

    return send
