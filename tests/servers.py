"""Real server processes on loopback, for the tests that need a socket, not ASGI."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import psutil
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


def end_process(process: subprocess.Popen[bytes]) -> None:
    """Terminate `process`, killing it when it has not exited within 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


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
        python: str = sys.executable,
        cwd: Path = PROJECT_ROOT,
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
                [python, "-m", *argv],
                cwd=cwd,
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
        end_process(self.process)


def tahaluf_serve(
    server: str, database: Path, directory: Path, **options: Any
) -> tuple[ServerProcess, int]:
    """`tahaluf serve --server <server>` on a free loopback port, access log on."""
    (port,) = free_ports(1)
    env = {"TAHALUF_ACCESS_LOG": "true", **options.pop("env", {})}
    process = ServerProcess(
        ["app.cli", "serve", "--port", str(port), "--server", server],
        database=database,
        directory=directory,
        port=port,
        env=env,
        **options,
    )
    return process, port


def rss(process: ServerProcess) -> int:
    """Resident bytes of the server and its worker processes (granian forks one)."""
    root = psutil.Process(process.process.pid)
    return sum(p.memory_info().rss for p in [root, *root.children(recursive=True)])


# --- Attacks: each bounded in count, bytes and time, and sent to loopback only ---------------


def long_urls(count: int, size: int) -> list[str]:
    """`count` distinct URLs, a third each: a 404 of `size` bytes, a 200 docs page with a
    `size`-byte tracking parameter, and a 200 list page whose numbers carry thousands of
    leading zeros (Python reads at most 4,300 digits), which the response cache keeps."""
    urls = []
    zeros = "0" * 4000
    for i in range(count):
        if i % 3 == 0:
            urls.append(f"/nowhere/{i}/" + "a" * size)
        elif i % 3 == 1:
            urls.append(f"/docs?ref={i}" + "a" * size)
        else:
            urls.append(f"/members?limit={zeros}{1 + i % 500}&offset={zeros}{i // 500}")
    return urls


def send_raw(port: int, requests: list[bytes], timeout: float = 10.0) -> list[bytes]:
    """Each raw request on its own connection; the status line of each answer (b"" if none)."""
    lines = []
    for request in requests:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
            sock.sendall(request)
            answer = b""
            try:
                while b"\r\n" not in answer:
                    chunk = sock.recv(4096)
                    if not chunk:
                        break
                    answer += chunk
            except OSError:
                pass
            lines.append(answer.split(b"\r\n", 1)[0])
    return lines


def _read_response(sock: socket.socket, buffer: bytearray) -> tuple[int, bytes, bytes]:
    """Read one whole response (Content-Length framed) from `sock`, `buffer` holding what
    came before it and keeping what follows: its status (0 if none), head and body."""
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            return 0, bytes(buffer), b""
        buffer += chunk
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    fields = dict(line.lower().split(b": ", 1) for line in head.split(b"\r\n")[1:])
    length = int(fields.get(b"content-length", b"0"))
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    buffer[:] = rest[length:]
    return int(head.split()[1]), head, rest[:length]


def flood_long_urls(port: int, urls: list[str]) -> dict[int, int]:
    """GET every URL over keep-alive connections (raw: httpx parses a 60 KB URL slowly);
    how many answers had each status."""
    statuses: dict[int, int] = {}
    sock: socket.socket | None = None
    buffer = bytearray()
    try:
        for url in urls:
            if sock is None:
                sock = socket.create_connection(("127.0.0.1", port), timeout=10)
                buffer.clear()
            sock.sendall(b"GET %s HTTP/1.1\r\nHost: localhost\r\n\r\n" % url.encode())
            status, head, _ = _read_response(sock, buffer)
            statuses[status] = statuses.get(status, 0) + 1
            if status == 0 or b"\r\nconnection: close" in head.lower():
                sock.close()
                sock = None
    finally:
        if sock is not None:
            sock.close()
    return statuses


def endless_header(port: int, stop: threading.Event, chunk: int = 4096) -> tuple[int, bool]:
    """Stream one header's value forever until `stop`; bytes sent, and whether the server
    cut the connection off first."""
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: localhost\r\nX-Endless: ")
        while not stop.is_set():
            try:
                sock.sendall(b"a" * chunk)
            except OSError:
                return sent, True
            sent += chunk
            time.sleep(0.001)
    return sent, False


def slow_header(port: int, stop: threading.Event) -> bool:
    """Send a header a byte a second, never finishing it; True if the server hung up."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
        while not stop.wait(1.0):
            try:
                sock.sendall(b"a")
                sock.setblocking(False)
                try:
                    if sock.recv(1) == b"":
                        return True
                except BlockingIOError:
                    pass
                finally:
                    sock.setblocking(True)
            except OSError:
                return True
    return False


def health_latencies(port: int, stop: threading.Event) -> list[float]:
    """`/health` from another client every 20 ms until `stop`: each answer's seconds."""
    durations = []
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        while not stop.is_set():
            started = time.perf_counter()
            try:
                client.get("/health")
            except httpx.HTTPError:
                durations.append(30.0)
            durations.append(time.perf_counter() - started)
            time.sleep(0.02)
    return durations


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def under_endless_headers(
    process: ServerProcess, port: int, seconds: float = 10.0, connections: int = 3
) -> dict[str, Any]:
    """`connections` endless headers for `seconds` while another client polls `/health`."""
    before = rss(process)
    stop = threading.Event()
    with ThreadPoolExecutor(connections + 1) as pool:
        attacks = [pool.submit(endless_header, port, stop) for _ in range(connections)]
        health = pool.submit(health_latencies, port, stop)
        peak = before
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            time.sleep(0.25)
            peak = max(peak, rss(process))
        stop.set()
        results = [a.result() for a in attacks]
        durations = health.result()
    return {
        "health_p95_s": p95(durations),
        "health_requests": len(durations),
        "rss_growth_bytes": peak - before,
        "cut_off": sum(cut for _, cut in results),
        "bytes_sent": sum(sent for sent, _ in results),
    }


def exchange(port: int, request: bytes) -> tuple[int, bytes, bytes]:
    """One raw request on its own connection: the status, the raw head and the body."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        return _read_response(sock, bytearray())


def conversation(
    port: int, parts: list[bytes], pause: float = 0.05, timeout: float = 8.0
) -> tuple[list[tuple[int, bytes, bytes]], float | None]:
    """Send `parts` on one connection `pause` seconds apart (each its own TCP segment), then
    read answers until the server hangs up: each answer (status, head, body), and the seconds
    from the last part to the hang-up (None if the connection was still open at `timeout`)."""
    answers = []
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for i, part in enumerate(parts):
            if i:
                time.sleep(pause)
            sock.sendall(part)
        sent = time.monotonic()
        buffer = bytearray()
        try:
            while (answer := _read_response(sock, buffer))[0]:
                answers.append(answer)
        except TimeoutError:
            return answers, None
        return answers, time.monotonic() - sent
