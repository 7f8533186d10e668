"""Access logs as an operator sees them: JSON lines on the stderr of `tahaluf serve`."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

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
