"""Shared plumbing for `bench/compare.py` and `bench/load.py`.

Servers are started in their own process group and always killed as a group; wrk's
text report is parsed; machine facts are gathered for the results header. Every
address used is 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import os
import platform
import re
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
HOST = "127.0.0.1"


def venv_script(name: str) -> str:
    """A console script of the project's environment (the one running this script)."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def raise_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit so every `finally` (which kills servers) runs."""

    def handler(signum: int, frame: Any) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, handler)


@dataclass
class Server:
    """One server process (and its children) in a process group of its own."""

    name: str
    argv: list[str]
    port: int
    ready_path: str
    env: dict[str, str] = field(default_factory=dict)
    stdout: str | None = None  # a file path; None means /dev/null
    stderr: str | None = None
    proc: subprocess.Popen[bytes] | None = None
    _files: list[IO[bytes]] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def command(self) -> str:
        env = " ".join(f"{k}={shlex.quote(v)}" for k, v in sorted(self.env.items()))
        out = f" >{self.stdout}" if self.stdout else " >/dev/null"
        err = f" 2>{self.stderr}" if self.stderr else " 2>/dev/null"
        return (f"{env} " if env else "") + shlex.join(self.argv) + out + err

    def start(self) -> None:
        def sink(path: str | None) -> IO[bytes]:
            handle = open(path or os.devnull, "wb")  # noqa: SIM115 - closed in stop()
            self._files.append(handle)
            return handle

        self.proc = subprocess.Popen(
            self.argv,
            cwd=ROOT,
            env={**os.environ, **self.env},
            stdin=subprocess.DEVNULL,
            stdout=sink(self.stdout),
            stderr=sink(self.stderr),
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = 120.0) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + timeout
        url = self.base + self.ready_path
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited with {self.proc.returncode}: {self.command}"
                )
            try:
                if httpx.get(url, timeout=2.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"{self.name} not ready after {timeout:.0f}s: {url}")

    def stop(self) -> None:
        proc = self.proc
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)
        # Whatever of the group outlived its leader (uvicorn workers, say).
        if proc is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
        for handle in self._files:
            handle.close()
        self._files.clear()


@dataclass
class WrkResult:
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    non_2xx_3xx: int
    socket_errors: dict[str, int]
    output: str

    @property
    def errors(self) -> int:
        return self.non_2xx_3xx + sum(self.socket_errors.values())


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def _ms(value: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", value)
    if not match:
        raise ValueError(f"unparsable wrk latency {value!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def parse_wrk(output: str) -> WrkResult:
    def grab(pattern: str) -> re.Match[str]:
        match = re.search(pattern, output)
        if not match:
            raise ValueError(f"wrk output lacks {pattern!r}:\n{output}")
        return match

    done = grab(r"(\d+) requests in ([\d.]+)(us|ms|s|m)")
    pct = {p: _ms(grab(rf"\n\s+{p}%\s+(\S+)").group(1)) for p in (50, 90, 99)}
    socket_errors = {"connect": 0, "read": 0, "write": 0, "timeout": 0}
    sock = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if sock:
        socket_errors = dict(zip(socket_errors, map(int, sock.groups()), strict=True))
    non = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return WrkResult(
        requests=int(done.group(1)),
        seconds=_ms(done.group(2) + done.group(3)) / 1000.0,
        rps=float(grab(r"Requests/sec:\s+([\d.]+)").group(1)),
        p50_ms=pct[50],
        p90_ms=pct[90],
        p99_ms=pct[99],
        non_2xx_3xx=int(non.group(1)) if non else 0,
        socket_errors=socket_errors,
        output=output,
    )


def run_wrk(argv: list[str], seconds: float) -> WrkResult:
    done = subprocess.run(
        argv, cwd=ROOT, capture_output=True, text=True, timeout=seconds + 60, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}): {shlex.join(argv)}\n{done.stderr}")
    return parse_wrk(done.stdout)


def _first_line(argv: list[str]) -> str:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"unavailable ({exc})"
    text = (done.stdout or done.stderr).strip()
    return text.splitlines()[0] if text else "unavailable"


def machine_info() -> dict[str, str]:
    cpu = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    versions = {}
    packages = ("uvicorn", "granian", "httptools", "uvloop", "starlette", "fastapi", "httpx")
    for package in packages:
        with contextlib.suppress(Exception):
            from importlib.metadata import version

            versions[package] = version(package)
    return {
        "nproc": _first_line(["nproc"]) + f" (os.cpu_count {os.cpu_count()})",
        "cpu": cpu,
        "kernel": platform.release(),
        "python": sys.version.split()[0] + f" ({sys.executable})",
        "wrk": _first_line(["wrk", "-v"]),
        "nginx": _first_line(["nginx", "-v"]),
        "packages": ", ".join(f"{k} {v}" for k, v in versions.items()),
    }


def invocation(script: str) -> str:
    return "uv run python " + shlex.join([f"bench/{script}", *sys.argv[1:]])


def markdown_table(header: list[str], rows: list[list[str]], right: set[int] | None = None) -> str:
    right = right or set()
    lines = ["| " + " | ".join(header) + " |"]
    lines.append("|" + "|".join("---:" if i in right else "---" for i in range(len(header))) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def write_result(name: str, text: str) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    return path


NGINX_CACHE_CONF = ROOT / "deploy" / "nginx" / "nginx.conf"
NGINX_CACHE_FOLDER = "/tmp/tahaluf-nginx"  # where deploy/nginx/nginx.conf writes


def nginx_cache_config(
    folder: Path, listen: int, upstream: int, replace: dict[str, str] | None = None
) -> str:
    """deploy/nginx/nginx.conf as run on loopback here: its own folder and ports.

    The same file the cluster runs, with only the listening address, the service's port,
    the folder it writes in and any `replace`d text changed; each must be found exactly
    once (the folder: wherever it is named), so a config that drifts fails loudly.
    """
    text = NGINX_CACHE_CONF.read_text(encoding="utf-8")
    assert NGINX_CACHE_FOLDER in text, f"{NGINX_CACHE_CONF} names no {NGINX_CACHE_FOLDER}"
    text = text.replace(NGINX_CACHE_FOLDER, str(folder))
    changes = {
        "listen 8080;": f"listen {HOST}:{listen};",
        "server 127.0.0.1:8000;": f"server {HOST}:{upstream};",
        **(replace or {}),
    }
    for old, new in changes.items():
        if text.count(old) != 1:
            raise ValueError(f"{NGINX_CACHE_CONF}: {old!r} found {text.count(old)} times")
        text = text.replace(old, new)
    return text


def world_readable_folder(prefix: str) -> Path:
    """A new folder nginx's workers (nobody, when started as root) can enter."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    folder.chmod(0o755)
    return folder
