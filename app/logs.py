"""Log output: one JSON object per line on stderr, for log shippers rather than eyes.

Uvicorn configures only its own loggers, so without this the service's INFO records
(one per request) would be dropped whichever server runs `app.main:app`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
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


class AccessLog:
    """One JSON line per request on a file descriptor, written in batches.

    The logging module costs 15-30 us a record (record, caller lookup, handler lock,
    flush), more than the rest of a cached answer. Here a line costs an orjson call;
    lines are gathered and written at most `FLUSH_DELAY` seconds later, in writes of
    whole lines under PIPE_BUF bytes, so that the lines of several workers sharing
    stderr never interleave. The lines have the shape `JsonLines` gives other records.
    """

    MAX_CHARS = 512  # characters of a path or a query string kept in a line
    FLUSH_DELAY = 0.05  # seconds
    PIPE_BUF = 4096  # POSIX: writes up to this size to a pipe are atomic

    def __init__(self, fd: int = STDERR) -> None:
        self.fd = fd
        self._lines: list[bytes] = []
        self._size = 0
        self._timer: asyncio.TimerHandle | None = None
        self._second = -1
        self._prefix = ""

    def _stamp(self) -> str:
        now = time.time()
        second = int(now)
        if second != self._second:
            self._second = second
            self._prefix = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
        return f"{self._prefix}.{int((now - second) * 1000):03d}+00:00"

    def write(self, fields: dict[str, object]) -> None:
        line = orjson.dumps(
            {
                "time": self._stamp(),
                "level": "info",
                "logger": ACCESS_LOGGER,
                "message": "request",
                **fields,
            },
            option=orjson.OPT_APPEND_NEWLINE,
        )
        if self._size + len(line) > self.PIPE_BUF:
            self.flush()
        self._lines.append(line)
        self._size += len(line)
        if self._timer is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                self.flush()
                return
            self._timer = loop.call_later(self.FLUSH_DELAY, self.flush)

    def flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._lines:
            batch = b"".join(self._lines)
            self._lines.clear()
            self._size = 0
            with contextlib.suppress(OSError):  # a full or closed stderr must not fail a request
                os.write(self.fd, batch)
