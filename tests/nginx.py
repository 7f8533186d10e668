"""Debian's nginx running deploy/nginx/nginx.conf in front of a service, on loopback.

nginx started as root runs its workers as nobody: the folder it writes in (pid, temporary
files, cache) is a fresh world-readable one under /tmp, removed afterwards.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import sys
import time
from typing import Any

import httpx
import pytest

from app.config import PROJECT_ROOT
from tests.servers import START_TIMEOUT, end_process
from tests.tools import missing

sys.path.insert(0, str(PROJECT_ROOT / "bench"))
from benchlib import nginx_cache_config, world_readable_folder


def nginx_binary() -> str:
    path = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if path is None:
        missing("nginx (Debian: apt-get install nginx)")
    assert path is not None
    return path


class NginxCache:
    """nginx on `port` in front of the service on `upstream`; its access log kept."""

    def __init__(self, port: int, upstream: int, replace: dict[str, str] | None = None) -> None:
        self.folder = world_readable_folder("tahaluf-nginx-test-")
        self.port = port
        conf = self.folder / "nginx.conf"
        # The access log unbuffered, so that a test reads how a request was answered at once.
        replace = {" buffer=64k flush=1s;": ";", **(replace or {})}
        conf.write_text(nginx_cache_config(self.folder, port, upstream, replace), "utf-8")
        self.cache_dir = self.folder / "cache"
        self.access_path = self.folder / "access.log"
        self.error_path = self.folder / "error.log"
        with self.access_path.open("wb") as out, self.error_path.open("wb") as err:
            self.process = subprocess.Popen(
                [nginx_binary(), "-c", str(conf), "-e", "stderr"],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
            )
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                self.client.get("/.nginx-probe")  # any answer: nginx is listening
                break
            except httpx.TransportError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"nginx did not start:\n{self.error_path.read_text()}")
                time.sleep(0.05)

    def log(self) -> list[dict[str, Any]]:
        """nginx's access log: one JSON object a request (deploy/nginx/nginx.conf)."""
        lines = self.access_path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.startswith("{")]

    def entry(self, request_id: str) -> dict[str, Any]:
        """The access-log entry of a request, by its id (written just after the answer)."""
        deadline = time.monotonic() + 5
        while True:
            found = [e for e in self.log() if e["request_id"] == request_id]
            if found or time.monotonic() > deadline:
                assert len(found) == 1, f"{len(found)} log entries for {request_id}"
                return found[0]
            time.sleep(0.02)

    def cache_bytes(self) -> int:
        """What the cache holds on disk, in blocks, as nginx counts against `max_size`."""
        held = 0
        for path in self.cache_dir.rglob("*"):
            with contextlib.suppress(FileNotFoundError):  # evicted meanwhile
                if path.is_file():
                    held += path.stat().st_blocks * 512
        return held

    def stop(self) -> None:
        self.client.close()
        end_process(self.process)
        shutil.rmtree(self.folder, ignore_errors=True)
