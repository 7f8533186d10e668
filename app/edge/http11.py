"""uvicorn's fast HTTP/1.1 protocol (httptools) with the limits a public server needs.

httptools buffers a request's line and headers without limit and waits for them forever:
three clients streaming an endless header took `/health` to a p95 of seconds for everyone
else. h11 has a size limit but costs two thirds of the cached path's speed. This protocol
keeps httptools and adds, only while a request's head is incomplete at the end of a read
(never on the usual read that holds a whole request):

- a size limit: the reads that end inside one head count towards `max_head_bytes`, each
  counted whole (a read that could pass the limit is fed in pieces of at most 4 KiB that
  count the same way); past it the answer is a 431 problem and the connection closes;
- a deadline: `head_timeout` seconds from the connection's start, or from the first read
  that leaves a head incomplete, to finish it; then the connection closes.

It also reads raw UTF-8 in a request target as UTF-8, as nginx and granian do: curl sends
`?q=السعودية` unencoded and httptools refuses non-ASCII there, so bytes >= 0x80 in the
request line are percent-encoded before the parser sees them. Whatever the parser still
refuses gets a 400 problem naming the fix, not uvicorn's text/plain line.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator

import orjson
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from app.api.problems import PROBLEM_TYPE, problem_body
from app.config import get_settings

UNREADABLE = (
    "The request could not be read: its request line or headers are malformed. A URL must "
    "be ASCII: percent-encode other characters, as browsers do (with curl: "
    "curl -G --data-urlencode 'q=السعودية' http://host/search)."
)
TOO_LARGE = "The request line and headers are larger than the server accepts."
SLICE = 4096  # bytes: the precision of the size limit
NON_ASCII = re.compile(rb"[\x80-\xff]")


def percent_encode_line(data: bytes, start_of_request: bool) -> bytes:
    """`data` with the bytes >= 0x80 of its first line (the request line, or the rest of
    it) percent-encoded. At the start of a request, the empty lines a client may send
    first (RFC 9112, 2.2) are not the request line."""
    start = len(data) - len(data.lstrip(b"\r\n")) if start_of_request else 0
    end = data.find(b"\n", start)
    end = len(data) if end < 0 else end
    line = NON_ASCII.sub(lambda byte: b"%%%02X" % byte[0][0], data[start:end])
    return data[:start] + line + data[end:]


def pieces(data: bytes) -> Iterator[bytes]:
    """`data` cut after each end of a head (a blank line) and into at most `SLICE` bytes.

    A read that could pass the size limit or holds non-ASCII bytes is fed a piece at a
    time: each piece that ends inside a head counts towards the limit, so a head is
    measured to within a slice even when it ends in this read, and each request line of
    a pipelined read starts a piece, where it can be told from a body and encoded.
    """
    start = 0
    while start < len(data):
        end = data.find(b"\r\n\r\n", start, start + SLICE)
        end = min(start + SLICE, len(data)) if end < 0 else end + 4
        yield data[start:end]
        start = end


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    """httptools, plus a size limit and a deadline for each request's line and headers.

    The usual read (ASCII, holding whole requests) costs one test before and one after
    httptools: whether a head is still open after it, read from uvicorn's scope, which
    gets its method when the head is complete. Everything else runs only when it is.
    """

    # From the settings at import, so that each `--workers` process (spawned) reads them too.
    head_timeout = get_settings().head_timeout
    max_head_bytes = get_settings().max_head_bytes
    # Slots rather than the instance's dict, which already holds uvicorn's 28 attributes.
    __slots__ = ("_deadline", "_head_bytes", "_in_line")

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._in_line = True  # no line has ended since the last head did: in a request line
        self._head_bytes = 0  # bytes of the reads that ended inside the open head
        self._deadline: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._deadline = self.loop.call_later(self.head_timeout, self._head_late)

    def data_received(self, data: bytes) -> None:
        if self._head_bytes + len(data) > self.max_head_bytes or not data.isascii():
            for piece in pieces(data):
                if self.transport.is_closing():
                    return
                self._receive(piece)
            return
        HttpToolsProtocol.data_received(self, data)
        scope = self.scope
        if scope is None or "method" not in scope:  # the uncommon case: a head still open
            self._head_incomplete(data)

    def _receive(self, data: bytes) -> None:
        """A piece of a read; a request line in it is percent-encoded, never a body."""
        scope = self.scope
        begun = scope is not None and "method" not in scope
        in_body = not begun and self.cycle is not None and self.cycle.more_body
        if self._in_line and not in_body and not data.isascii():
            data = percent_encode_line(data, not begun)
        HttpToolsProtocol.data_received(self, data)
        scope = self.scope
        if scope is None or "method" not in scope:
            self._head_incomplete(data)

    def _head_incomplete(self, data: bytes) -> None:
        if self.transport.is_closing():
            return
        self._head_bytes += len(data)
        if self._head_bytes > self.max_head_bytes:
            self._refuse(431, TOO_LARGE)
            return
        self._in_line = self._in_line and b"\n" not in data
        if self._deadline is None:
            self._deadline = self.loop.call_later(self.head_timeout, self._head_late)

    def on_headers_complete(self) -> None:
        if self._deadline is not None:  # the connection's first head, or one sent in parts
            self._deadline.cancel()
            self._deadline = None
            self._head_bytes = 0
            self._in_line = True
        if self.url[:1] != b"/" and self.parser.get_method() == b"CONNECT":
            # An authority (`host:port`), which uvicorn cannot parse as a URL: the app
            # answers 405 to the method whatever the path, and the host is not echoed.
            self.url = b"/"
        HttpToolsProtocol.on_headers_complete(self)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        super().connection_lost(exc)

    def _head_late(self) -> None:
        """Close a connection that did not finish its request's head in time."""
        self._deadline = None
        if not self.transport.is_closing():
            self.transport.close()

    def _unsupported_upgrade_warning(self) -> None:
        """Nothing to say: the API has no WebSocket, and answers an `Upgrade` or `CONNECT`
        request as any other (uvicorn would advise installing a WebSocket library)."""

    def send_400_response(self, msg: str) -> None:
        """What the parser refuses: a problem naming the commonest fix."""
        self._refuse(400, UNREADABLE)

    def _refuse(self, status: int, detail: str) -> None:
        body = orjson.dumps(problem_body(status, detail, "/"))
        head = [STATUS_LINE[status]]
        for name, value in self.server_state.default_headers:
            head += [name, b": ", value, b"\r\n"]
        head.append(
            b"content-type: %s\r\ncontent-length: %d\r\n" % (PROBLEM_TYPE.encode(), len(body))
        )
        head.append(b"connection: close\r\n\r\n")
        self.transport.write(b"".join(head) + body)
        self.transport.close()
