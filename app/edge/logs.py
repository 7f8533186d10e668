"""Log output: one JSON object per line on stderr, for log shippers rather than eyes.

Uvicorn configures only its own loggers, so without this the service's INFO records
(one per request) would be dropped whichever server runs `app.main:app`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import re
import stat
import sys
import time
from datetime import UTC, datetime
from typing import Any

import orjson

LOGGER = "tahaluf"
ACCESS_LOGGER = f"{LOGGER}.access"
STDERR = 2


class JsonLines(logging.Formatter):
    """A record as one JSON line; an access record's fields become top-level keys."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            line.update(fields)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(line, default=str).decode()


def configure_logging() -> None:
    """Give the service's loggers a JSON handler on stderr, unless a config gave them one."""
    logger = logging.getLogger(LOGGER)
    if logger.handlers:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLines())
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def server_log_config(server_logger: str = "uvicorn") -> dict[str, Any]:
    """The server's own records (start-up, shutdown, errors) in the same JSON lines as ours.

    `server_logger` is the server's logger: "uvicorn", or "_granian" for granian.
    """
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonLines}},
        "handlers": {"stderr": handler},
        "loggers": {
            name: {"handlers": ["stderr"], "level": "INFO", "propagate": False}
            for name in (server_logger, LOGGER)
        },
    }


# A request as the access log keeps it until its line is written: when it arrived (by
# `time.perf_counter()`), its method, path, raw query string, status, duration in seconds,
# request id and cache outcome.
Entry = tuple[float, str, str, bytes, int, float, bytes, str]

_PLAIN = re.compile(r'[^"\\\x00-\x1f]*')  # JSON strings that need no escaping
_HEAD = b'{"time":"'
_FIXED = '+00:00","level":"info","logger":"' + ACCESS_LOGGER + '","message":"request","method":'
# The time to the millisecond, the fields up to "duration_ms", its value, the request id.
_LINE = b'%s%s%.3f,"request_id":"%s"}\n'


class AccessLog:
    """One JSON line per request on a file descriptor, formatted and written in batches.

    The logging module costs 15-30 us a record (record, caller lookup, handler lock,
    flush), more than the rest of a cached answer. Here a request costs a tuple appended
    to a list; the lines are formatted together at most `FLUSH_DELAY` seconds later (or
    once `MAX_PENDING` requests wait), from fragments: the constant keys once, each
    distinct method, path, query, status and cache outcome escaped once, each millisecond's
    time stamp once. They are written in whole lines, to a
    pipe in writes of at most PIPE_BUF bytes so that the lines of several workers sharing
    stderr never interleave. The lines are byte for byte what `orjson.dumps` of the
    fields gives (but for the duration's three fixed decimals), in the shape `JsonLines`
    gives other records.
    """

    MAX_CHARS = 512  # characters of a path or a query string kept in a line
    FLUSH_DELAY = 0.05  # seconds: the longest a line waits before it is written
    MAX_PENDING = 1024  # requests: flush at once when this many wait
    PIPE_BUF = 4096  # POSIX: writes up to this size to a pipe are atomic
    FILE_CHUNK = 1 << 20  # bytes a write to a regular file (whole lines, one write() each)
    # Bytes of remembered fragments, keys included (a path and a query of at most MAX_CHARS
    # each): past it they are forgotten and made again, so long distinct URLs cannot grow it.
    MAX_FRAGMENT_BYTES = 2 * 1024 * 1024
    FRAGMENT_OVERHEAD = 400  # bytes of a fragment's dict slot, tuple and objects

    def __init__(self, fd: int = STDERR) -> None:
        self.fd = fd
        self._pending: list[Entry] = []
        self._timer: asyncio.TimerHandle | None = None
        self._milliseconds = -1
        self._prefix = b""
        self._fragments: dict[tuple[str, str, bytes, int, str], bytes] = {}
        self._fragment_bytes = 0
        self._chunk: int | None = None

    def record(self, entry: Entry) -> None:
        """Keep one request for its line; cheap, as it runs on every request."""
        pending = self._pending
        pending.append(entry)
        if len(pending) >= self.MAX_PENDING:
            self.flush()
        elif self._timer is None:
            self._schedule()

    def _schedule(self) -> None:
        """Flush `FLUSH_DELAY` seconds from now, or at once outside an event loop."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.flush()
            return
        self._timer = loop.call_later(self.FLUSH_DELAY, self.flush)

    @staticmethod
    def _string(text: str) -> str:
        """`text` as a JSON string, as orjson writes it."""
        try:
            text.encode()
        except UnicodeEncodeError:  # lone surrogates, which orjson refuses: \u escapes
            return json.dumps(text)
        return f'"{text}"' if _PLAIN.fullmatch(text) else orjson.dumps(text).decode()

    def _request(self, key: tuple[str, str, bytes, int, str]) -> bytes:
        """A line's fields from its method to its cache outcome, escaped once, remembered."""
        method, path, query, status, cache = key
        path, query = path[: self.MAX_CHARS], query[: self.MAX_CHARS]
        fragment = (
            f"{_FIXED}{self._string(method)}"
            f',"path":{self._string(path)}'
            f',"query":{self._string(query.decode("latin-1"))}'
            f',"status":{status},"cache":{self._string(cache)},"duration_ms":'
        ).encode()
        size = len(fragment) + len(key[1]) + len(key[2]) + self.FRAGMENT_OVERHEAD
        if self._fragment_bytes + size > self.MAX_FRAGMENT_BYTES:
            self._fragments.clear()
            self._fragment_bytes = 0
        self._fragments[key] = fragment
        self._fragment_bytes += size
        return fragment

    def _lines(self, pending: list[Entry]) -> list[bytes]:
        """Each entry's line, formatted as bytes. Request ids go in as they are: the edge
        accepts only [A-Za-z0-9._:-] or makes a hex one, neither of which JSON escapes.
        The duration has three decimals (microseconds): `%.3f` costs a third of a float's
        shortest repr."""
        fragments = self._fragments
        lines = []
        wall = time.time() - time.perf_counter()  # the lines' clock, read once a batch
        for arrived, method, path, query, status, seconds, request_id, cache in pending:
            milliseconds = int((wall + arrived) * 1000)
            if milliseconds != self._milliseconds:  # dozens of lines share one at full load
                self._milliseconds = milliseconds
                second, millisecond = divmod(milliseconds, 1000)
                stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
                self._prefix = b"%s%s.%03d" % (_HEAD, stamp.encode(), millisecond)
            key = (method, path, query, status, cache)
            lines.append(
                _LINE
                % (
                    self._prefix,
                    fragments.get(key) or self._request(key),
                    seconds * 1000,
                    request_id,
                )
            )
        return lines

    def _chunk_size(self) -> int:
        """Whole lines up to PIPE_BUF bytes a write on a pipe or socket; more on a file."""
        if self._chunk is None:
            try:
                regular = stat.S_ISREG(os.fstat(self.fd).st_mode)
            except OSError:
                regular = False
            self._chunk = self.FILE_CHUNK if regular else self.PIPE_BUF
        return self._chunk

    def flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        lines = self._lines(pending)
        limit = self._chunk_size()
        if limit >= self.FILE_CHUNK:  # a regular file: one write (the kernel keeps it whole)
            self._write(b"".join(lines))
            return
        batch: list[bytes] = []
        size = 0
        for line in lines:
            if size + len(line) > limit and batch:
                self._write(b"".join(batch))
                batch.clear()
                size = 0
            batch.append(line)
            size += len(line)
        self._write(b"".join(batch))

    def _write(self, data: bytes) -> None:
        with contextlib.suppress(OSError):  # a full or closed stderr must not fail a request
            view = memoryview(data)
            while view:
                view = view[os.write(self.fd, view) :]
