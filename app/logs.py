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


# A request as the access log keeps it until its line is written: the wall-clock time,
# method, path, raw query string, status, duration in seconds, request id and cache outcome.
Entry = tuple[float, str, str, bytes, int, float, bytes, str]

_PLAIN = re.compile(r'[^"\\\x00-\x1f]*')  # JSON strings that need no escaping
_HEAD = '{"time":"'
_FIXED = '+00:00","level":"info","logger":"' + ACCESS_LOGGER + '","message":"request","method":'


class AccessLog:
    """One JSON line per request on a file descriptor, formatted and written in batches.

    The logging module costs 15-30 us a record (record, caller lookup, handler lock,
    flush), more than the rest of a cached answer. Here a request costs a tuple appended
    to a list; the lines are formatted together at most `FLUSH_DELAY` seconds later (or
    once `MAX_PENDING` requests wait), from fragments: the constant keys once, each
    distinct path, query and method escaped once. They are written in whole lines, to a
    pipe in writes of at most PIPE_BUF bytes so that the lines of several workers sharing
    stderr never interleave. The lines are byte for byte what `orjson.dumps` of the
    fields gives, in the shape `JsonLines` gives other records.
    """

    MAX_CHARS = 512  # characters of a path or a query string kept in a line
    FLUSH_DELAY = 0.05  # seconds: the longest a line waits before it is written
    MAX_PENDING = 1024  # requests: flush at once when this many wait
    PIPE_BUF = 4096  # POSIX: writes up to this size to a pipe are atomic
    FILE_CHUNK = 1 << 20  # bytes a write to a regular file (whole lines, one write() each)
    MAX_FRAGMENTS = 4096  # distinct (method, path, query) fragments remembered

    def __init__(self, fd: int = STDERR) -> None:
        self.fd = fd
        self._pending: list[Entry] = []
        self._timer: asyncio.TimerHandle | None = None
        self._second = -1
        self._prefix = ""
        self._fragments: dict[tuple[str, str, bytes], str] = {}
        self._chunk: int | None = None

    def record(
        self,
        method: str,
        path: str,
        query: bytes,
        status: int,
        seconds: float,
        request_id: bytes,
        cache: str,
    ) -> None:
        """Keep one request for its line; cheap, as it runs on every request."""
        self._pending.append((time.time(), method, path, query, status, seconds, request_id, cache))
        if len(self._pending) >= self.MAX_PENDING:
            self.flush()
        elif self._timer is None:
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

    def _request(self, key: tuple[str, str, bytes]) -> str:
        """The method, path and query of a line, escaped once and remembered."""
        method, path, query = key
        fragment = (
            f"{self._string(method)}"
            f',"path":{self._string(path[: self.MAX_CHARS])}'
            f',"query":{self._string(query[: self.MAX_CHARS].decode("latin-1"))}'
        )
        if len(self._fragments) >= self.MAX_FRAGMENTS:
            self._fragments.clear()
        self._fragments[key] = fragment
        return fragment

    def _lines(self, pending: list[Entry]) -> list[str]:
        """Each entry's line. Request ids go in as they are: the edge accepts only
        [A-Za-z0-9._:-] or makes a hex one, neither of which JSON escapes."""
        fragments = self._fragments
        lines = []
        for now, method, path, query, status, seconds, request_id, cache in pending:
            second = int(now)
            if second != self._second:
                self._second = second
                self._prefix = _HEAD + time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
            request = fragments.get((method, path, query)) or self._request((method, path, query))
            lines.append(
                f"{self._prefix}.{int((now - second) * 1000):03d}{_FIXED}{request}"
                f',"status":{status},"duration_ms":{round(seconds * 1000, 3)!r}'
                f',"request_id":"{request_id.decode()}","cache":"{cache}"}}\n'
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
            self._write("".join(lines).encode())
            return
        batch: list[bytes] = []
        size = 0
        for text in lines:
            line = text.encode()
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
