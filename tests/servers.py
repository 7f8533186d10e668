"""Real server processes on loopback, for the tests that need a socket, not ASGI."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest

from app.config import PROJECT_ROOT

START_TIMEOUT = 20.0  # seconds; a server is usually up in about one


def free_ports(count: int) -> list[int]:
    """Distinct free loopback ports: all sockets stay bound until every port is chosen."""
    with ExitStack() as stack:
        ports = []
        for _ in range(count):
            sock = stack.enter_context(socket.socket())
            sock.bind(("127.0.0.1", 0))
            ports.append(sock.getsockname()[1])
        return ports


class ServerProcess:
    """`python -m <argv>` serving `database` on `port`, its stderr kept in `directory`.

    The environment is the test run's, minus any database URL (which would win over
    the file), plus `env`.
    """

    def __init__(
        self,
        argv: list[str],
        *,
        database: Path,
        directory: Path,
        port: int,
        env: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.stderr_path = directory / "stderr.log"
        environment = {
            key: value
            for key, value in os.environ.items()
            if key not in ("DATABASE_URL", "TAHALUF_DATABASE_URL")
        }
        environment |= {
            "TAHALUF_BUILD_ON_START": "false",
            "TAHALUF_DATABASE_PATH": str(database),
            **(env or {}),
        }
        with self.stderr_path.open("wb") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, "-m", *argv],
                cwd=PROJECT_ROOT,
                env=environment,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        self.client = httpx.Client(
            base_url=f"http://127.0.0.1:{port}", headers=headers or {}, timeout=10
        )

    @property
    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8")

    def wait_until_healthy(self, deadline: float | None = None) -> None:
        deadline = deadline or time.monotonic() + START_TIMEOUT
        while True:
            try:
                if self.client.get("/health").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"server did not start:\n{self.stderr}")
            time.sleep(0.05)

    def stop(self) -> None:
        self.client.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
