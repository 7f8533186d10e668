"""Memory of the exports: the server's RSS while it sends each whole-dataset download.

For each download, serves a built database as production does (`tahaluf serve`,
granian by default) in a fresh process, measures the RSS of the server's process tree
when idle (after `/health` and one small page), then downloads one export, reading the
body as it arrives and discarding it, while a thread samples the tree's RSS every 10 ms.
Each row gives the peak over the idle RSS measured in the same run (issue 15: within
50 MiB of idle at 1000x).

    uv run python bench/export_memory.py --db /work/scratch/new-1000x.db

The whole-collection CSVs are the data package's (`data/members.csv`...): a list's CSV
is a page of at most 500 records. Results: bench/results/export_memory.md.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import threading
import time
from pathlib import Path

import httpx
import psutil
from benchlib import (
    HOST,
    Server,
    free_port,
    invocation,
    machine_info,
    markdown_table,
    venv_script,
    write_result,
)

PATHS = ("/downloads/datapackage.zip", "/downloads/tahaluf.db", "/members?limit=500&format=csv")
MIB = 1024 * 1024
LIMIT_MIB = 50


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants."""
    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for process in processes:
        with contextlib.suppress(psutil.NoSuchProcess):
            total += process.memory_info().rss
    return total


class Sampler(threading.Thread):
    """The peak RSS of a process tree, sampled until stopped."""

    def __init__(self, pid: int, every: float = 0.01) -> None:
        super().__init__(daemon=True)
        self.pid, self.every, self.peak = pid, every, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.peak = max(self.peak, tree_rss(self.pid))
            time.sleep(self.every)

    def stop(self) -> int:
        self.done.set()
        self.join()
        return self.peak


def download(client: httpx.Client, path: str) -> tuple[int, int, float]:
    """Status, bytes received and seconds, the body read a piece at a time."""
    started = time.perf_counter()
    received = 0
    with client.stream("GET", path) as response:
        for piece in response.iter_raw():
            received += len(piece)
        status = response.status_code
    return status, received, time.perf_counter() - started


def measure(server: Server, path: str) -> tuple[int, list[str]]:
    """The idle RSS of a fresh server, and the row of one download from it."""
    assert server.proc is not None
    pid = server.proc.pid
    with httpx.Client(base_url=server.base, timeout=600.0) as client:
        client.get("/members?limit=1").raise_for_status()
        time.sleep(2.0)
        idle = 0
        for _ in range(5):
            idle = max(idle, tree_rss(pid))
            time.sleep(0.1)
        sampler = Sampler(pid)
        sampler.start()
        status, received, seconds = download(client, path)
        peak = sampler.stop()
    over = (peak - idle) / MIB
    verdict = "PASS" if status == 200 and over <= LIMIT_MIB else "FAIL"
    row = [
        f"`{path}`",
        str(status),
        f"{received / MIB:,.1f}",
        f"{seconds:.1f}",
        f"{idle / MIB:,.0f}",
        f"{peak / MIB:,.0f}",
        f"{over:+,.0f}",
        verdict,
    ]
    print(" | ".join(row), flush=True)
    return idle, row


def serve(args: argparse.Namespace) -> Server:
    port = free_port()
    argv = [venv_script("tahaluf"), "serve", "--host", HOST, "--port", str(port)]
    env = {"TAHALUF_DATABASE_PATH": str(args.db.resolve()), "TAHALUF_BUILD_ON_START": "false"}
    return Server("tahaluf", [*argv, "--server", args.server], port, "/health", env=env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a database built by tahaluf build")
    parser.add_argument("--server", default="granian", choices=("granian", "uvicorn"))
    parser.add_argument("--path", action="append", help="a download to measure (repeatable)")
    parser.add_argument("--out", default="export_memory", help="name of the .md in bench/results")
    args = parser.parse_args()
    for name in ("DATABASE_URL", "TAHALUF_DATABASE_URL"):
        os.environ.pop(name, None)
    load_before = os.getloadavg()
    rows = []
    for path in args.path or PATHS:
        server = serve(args)  # a fresh server each: what one download kept does not count
        server.start()
        try:
            server.wait_ready(timeout=300)
            rows.append(measure(server, path)[1])
        finally:
            server.stop()
    load_after = os.getloadavg()
    info = machine_info()
    header = [
        "download",
        "status",
        "MiB sent",
        "s",
        "idle RSS MiB",
        "peak RSS MiB",
        "over idle MiB",
        "verdict",
    ]
    text = "\n".join(
        [
            "# Export memory",
            "",
            f"Written by `{invocation('export_memory.py')}` on "
            f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; database "
            f"`{args.db.name}` ({args.db.stat().st_size / MIB:,.0f} MiB); server `{args.server}`.",
            f"Load average before: {', '.join(f'{x:.2f}' for x in load_before)}, after: "
            f"{', '.join(f'{x:.2f}' for x in load_after)}; {info.get('cpu', '')}.",
            "RSS is the server's process tree's, each download from a fresh server whose idle "
            f"RSS is measured first. Limit: {LIMIT_MIB} MiB over idle (issue 15, item 6).",
            "",
            markdown_table(header, rows, right={1, 2, 3, 4, 5, 6}),
            "",
        ]
    )
    print(f"results: {write_result(args.out, text)}")
    return 0 if all(row[-1] == "PASS" for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
