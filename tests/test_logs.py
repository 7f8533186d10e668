"""Access logs as an operator sees them: JSON lines on the stderr of `tahaluf serve`."""

from __future__ import annotations

import json
import os
import threading
import time
from datetime import datetime
from pathlib import Path

import orjson
import pytest

from app.edge.logs import AccessLog
from tests.servers import ServerProcess, free_ports

SERVERS = ["uvicorn", "granian"]
SERVER_LOGGERS = {"uvicorn": "uvicorn.error", "granian": "_granian"}


def _serve(database: Path, tmp_path: Path, server: str = "uvicorn") -> ServerProcess:
    """`tahaluf serve` with its access log on, as it runs by default."""
    (port,) = free_ports(1)
    return ServerProcess(
        ["app.cli", "serve", "--port", str(port), "--server", server],
        database=database,
        directory=tmp_path,
        port=port,
        env={"TAHALUF_ACCESS_LOG": "true"},
    )


def _serve_and_call(
    database: Path,
    tmp_path: Path,
    calls: list[tuple[str, dict[str, str]]],
    server_name: str = "uvicorn",
) -> str:
    """Start the real command, make the calls, stop it, and return what it wrote to stderr."""
    server = _serve(database, tmp_path, server_name)
    try:
        server.wait_until_healthy()
        for url, headers in calls:
            server.client.get(url, headers=headers)
    finally:
        server.stop()
    return server.stderr


def _access_lines(stderr: str) -> list[dict[str, object]]:
    records = []
    for line in stderr.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            if record.get("logger") == "tahaluf.access":
                records.append(record)
    return records


@pytest.mark.parametrize("server", SERVERS)
def test_serve_writes_one_json_line_per_request(
    database: Path, tmp_path: Path, server: str
) -> None:
    calls = [
        ("/members/sau", {"X-Request-ID": "trace-123"}),
        ("/members/sau", {}),
        ("/members/XX", {}),
        ("/timeline?from=bad", {}),
    ]
    stderr = _serve_and_call(database, tmp_path, calls, server)
    lines = [record for record in _access_lines(stderr) if record["path"] != "/health"]
    assert len(lines) == len(calls), stderr
    first, second, missing, invalid = lines
    for record in lines:
        assert {"method", "path", "status", "duration_ms", "request_id", "time"} <= set(record)
        assert record["method"] == "GET"
        assert isinstance(record["duration_ms"], float)
    assert first["request_id"] == "trace-123"
    assert (first["status"], first["cache"]) == (200, "miss")
    assert (second["status"], second["cache"]) == (200, "hit")
    assert second["request_id"] != first["request_id"]
    assert (missing["path"], missing["status"]) == ("/members/XX", 404)
    assert (invalid["query"], invalid["status"]) == ("from=bad", 422)


@pytest.mark.parametrize("server", SERVERS)
def test_every_stderr_line_of_serve_is_json(database: Path, tmp_path: Path, server: str) -> None:
    """Log shippers parse each line: the server's start-up lines must be JSON like ours."""
    stderr = _serve_and_call(database, tmp_path, [("/", {})], server)
    lines = [line for line in stderr.splitlines() if line.strip()]
    loggers = {json.loads(line)["logger"] for line in lines}
    assert {SERVER_LOGGERS[server], "tahaluf.access"} <= loggers, stderr


@pytest.mark.parametrize("server", SERVERS)
def test_a_failed_start_exits_non_zero_in_json_lines(tmp_path: Path, server: str) -> None:
    """No database and no build on start: the process ends with a failure status, and
    even then every stderr line is JSON, with the cause in it."""
    (port,) = free_ports(1)
    process = ServerProcess(
        ["app.cli", "serve", "--port", str(port), "--server", server],
        database=tmp_path / "missing.db",
        directory=tmp_path,
        port=port,
    )
    try:
        code = process.process.wait(timeout=30)
    finally:
        process.stop()
    assert code != 0, process.stderr
    lines = [json.loads(line) for line in process.stderr.splitlines() if line.strip()]
    assert any("missing.db" in line["message"] for line in lines), process.stderr


def test_lines_reach_stderr_while_the_server_runs(database: Path, tmp_path: Path) -> None:
    """Lines are written in batches, but within a fraction of a second, not at shutdown."""
    server = _serve(database, tmp_path)
    try:
        server.wait_until_healthy()
        server.client.get("/members/sa", headers={"X-Request-ID": "while-running"})
        deadline = time.monotonic() + 5
        while '"while-running"' not in server.stderr:
            assert time.monotonic() < deadline, server.stderr
            time.sleep(0.05)
    finally:
        server.stop()


def test_access_lines_are_what_orjson_writes(tmp_path: Path) -> None:
    """Lines are formatted from cached fragments; they must stay byte for byte the JSON of
    the fields, for paths and queries that need escaping too, with the duration to the
    microsecond (three decimals of a millisecond)."""
    out = tmp_path / "access.log"
    fd = os.open(out, os.O_WRONLY | os.O_CREAT)
    log = AccessLog(fd)
    requests = [
        ("GET", "/members/sa", b"", 200, 0.0017021, b"abc123", "miss"),
        ("GET", "/members/sa", b"", 200, 0.0001, b"abc123", "hit"),
        ("HEAD", '/a"quote\\back', b"q=%22x%22&f=\x01\x7f\xe9", 404, 1.5, b"x.y:z-1", "pass"),
        ("GET", "/search", "q=السعودية".encode(), 200, 12.0004999, b"r", "hit"),
        ("GET", "/الأردن\n\t", b"", 404, 0.0, b"r", "pass"),
        ("GET", "/" + "p" * 700, b"q" * 700, 422, 0.25, b"r", "pass"),
        ("GET", "/bad\ud800", b"", 404, 0.001, b"r", "pass"),
    ]
    before = time.time()
    for method, path, query, status, seconds, request_id, cache in requests * 3:
        log.record((time.perf_counter(), method, path, query, status, seconds, request_id, cache))
    log.flush()
    os.close(fd)
    lines = out.read_bytes().splitlines(keepends=True)
    assert len(lines) == len(requests) * 3
    for line, (method, path, query, status, seconds, request_id, cache) in zip(
        lines, requests * 3, strict=True
    ):
        record = json.loads(line)
        stamp = record["time"]
        assert stamp.endswith("+00:00")
        assert datetime.fromisoformat(stamp).timestamp() >= int(before)
        if "\ud800" in path:  # orjson refuses lone surrogates: the line has it \u-escaped
            assert record["path"] == path
            continue
        expected = orjson.dumps(
            {
                "time": stamp,
                "level": "info",
                "logger": "tahaluf.access",
                "message": "request",
                "method": method,
                "path": path[: AccessLog.MAX_CHARS],
                "query": query[: AccessLog.MAX_CHARS].decode("latin-1"),
                "status": status,
                "cache": cache,
                "duration_ms": "DURATION",
                "request_id": request_id.decode(),
            },
            option=orjson.OPT_APPEND_NEWLINE,
        ).replace(b'"DURATION"', b"%.3f" % (seconds * 1000))
        assert line == expected
        assert record["duration_ms"] == round(seconds * 1000, 3)


def test_access_lines_to_a_pipe_are_whole_writes_under_pipe_buf(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Several workers share stderr: on a pipe each write holds whole lines, <= PIPE_BUF."""
    read_end, write_end = os.pipe()
    chunks: list[bytes] = []
    writes: list[bytes] = []
    real_write = os.write

    def spy(fd: int, data: bytes) -> int:
        writes.append(bytes(data))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", spy)

    def drain() -> None:  # the pipe may hold a single page: read while the log writes
        while chunk := os.read(read_end, 65536):
            chunks.append(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    log = AccessLog(write_end)
    try:
        for index in range(200):
            log.record(
                (
                    time.perf_counter(),
                    "GET",
                    f"/members?page={index}",
                    b"x" * 100,
                    200,
                    0.001,
                    b"id",
                    "hit",
                )
            )
        log.flush()
    finally:
        os.close(write_end)
        reader.join(timeout=10)
        os.close(read_end)
    assert len(writes) > 1
    assert all(len(data) <= AccessLog.PIPE_BUF and data.endswith(b"\n") for data in writes)
    lines = b"".join(chunks).splitlines()
    assert len(lines) == 200
    assert all(json.loads(line)["path"].startswith("/members") for line in lines)
