"""uvicorn's HTTP/1.1 protocol with the limits a public server needs, as granian has them.

uvicorn's default parser (httptools) buffers a request's headers without limit and waits
for them forever: three clients streaming an endless header took `/health` to a p95 of
seconds for everyone else. h11 stops at `max_incomplete_event_size` bytes; this protocol
adds a deadline for the request line and headers, and answers what it cannot read with
a problem, naming the fix for the commonest case: raw non-ASCII characters in the URL,
which h11 refuses (RFC 9112 allows only ASCII in a request target).
"""

from __future__ import annotations

import asyncio

import h11
import orjson
from uvicorn.protocols.http.h11_impl import H11Protocol

from app.problems import PROBLEM_TYPE, problem_body

UNREADABLE = (
    "The request could not be read: its request line or headers are malformed or larger "
    "than the server accepts. A URL must be ASCII: percent-encode other characters, as "
    "browsers do (with curl: curl -G --data-urlencode 'q=السعودية' http://host/search)."
)
BAD_REQUEST = orjson.dumps(problem_body(400, UNREADABLE, "/"))


class GuardedH11Protocol(H11Protocol):
    """h11, plus a deadline for each request's line and headers: `head_timeout` seconds."""

    head_timeout = 10.0  # set by `app.cli` from the settings
    max_head_bytes = 64 * 1024  # h11 checks its own limit only on a head still incomplete
    _head_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE:
            waiting, _ = self.conn.trailing_data
            if len(waiting) + len(data) > self.max_head_bytes:
                self.send_400_response("request head too large")
                return
        super().data_received(data)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm()  # the next request on this connection has its own deadline

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        if not self.transport.is_closing():
            self._head_deadline = self.loop.call_later(self.head_timeout, self._head_late)

    def _disarm(self) -> None:
        if self._head_deadline is not None:
            self._head_deadline.cancel()
            self._head_deadline = None

    def _head_late(self) -> None:
        """Close a connection still sending (or not yet sending) its request's head."""
        self._head_deadline = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()

    def send_400_response(self, msg: str) -> None:
        if self.conn.our_state is not h11.IDLE and self.conn.our_state is not h11.SEND_RESPONSE:
            self.transport.close()
            return
        headers = [
            (b"content-type", PROBLEM_TYPE.encode()),
            (b"content-length", str(len(BAD_REQUEST)).encode()),
            (b"connection", b"close"),
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=BAD_REQUEST),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event))
        self.transport.close()
