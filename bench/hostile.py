"""The attacks of issue 16, measured: RSS growth under long distinct URLs, and `/health`
latency and RSS growth while three connections stream an endless header.

    uv run python bench/hostile.py [--root CHECKOUT] [--server uvicorn|granian]

`--root` runs another checkout (its own `.venv`), to measure a baseline in the same run.
Loopback only; bounded in count and time. Prints one JSON object per server.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.build.builder import build_database
from app.config import PROJECT_ROOT
from tests.servers import (
    flood_long_urls,
    long_urls,
    rss,
    tahaluf_serve,
    under_endless_headers,
)

MIB = 1024 * 1024


def measure(server: str, root: Path, count: int, size: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        directory = Path(folder)
        database = directory / "tahaluf.db"
        build_database(root / "seed", database)
        process, port = tahaluf_serve(
            server, database, directory, python=str(root / ".venv/bin/python"), cwd=root
        )
        try:
            process.wait_until_healthy()
            time.sleep(1)
            started = rss(process)
            statuses = flood_long_urls(port, long_urls(count, size))
            time.sleep(0.5)
            grown = rss(process) - started
            attack = under_endless_headers(process, port)
            alive = process.process.poll() is None
        finally:
            process.stop()
    return {
        "server": server,
        "rss_start_mib": round(started / MIB, 1),
        "long_urls_rss_growth_mib": round(grown / MIB, 1),
        "long_url_statuses": statuses,
        "endless_health_p95_ms": round(attack["health_p95_s"] * 1000, 1),
        "endless_rss_growth_mib": round(attack["rss_growth_bytes"] / MIB, 1),
        "endless_cut_off": attack["cut_off"],
        "endless_mib_sent": round(attack["bytes_sent"] / MIB, 1),
        "alive_after": alive,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", type=Path, default=PROJECT_ROOT)
    parser.add_argument("--server", action="append", choices=["uvicorn", "granian"])
    parser.add_argument("--count", type=int, default=4000)
    parser.add_argument("--size", type=int, default=60_000)
    args = parser.parse_args()
    for server in args.server or ["uvicorn", "granian"]:
        print(json.dumps(measure(server, args.root.resolve(), args.count, args.size)), flush=True)


if __name__ == "__main__":
    main()
