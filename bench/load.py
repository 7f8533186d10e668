"""Soak: `tahaluf serve --workers 2` under wrk over a mix of ~20 real URLs.

Starts the service on a free loopback port (access log on, stderr to a file, as in
production), checks every URL
of the mix once, records the resident memory (VmRSS from /proc, summed over the uvicorn
master and its workers) before, samples it each second during the run, runs
`wrk -t<threads> -c<connections> -d<seconds>s --latency -s bench/results/load_mix.lua`
(the Lua script cycles through the mix: filtered collections, single records, Arabic
search percent-encoded, CSV, gzip, a 304), and reports requests, requests/s, errors,
latency and RSS before/peak/after.

With `--cache`, the same pair as in the cluster: nginx running deploy/nginx/nginx.conf in
front of the service, wrk loading nginx; the report also counts how nginx answered (its
access log: HIT, MISS...) and its memory.

The table is printed and written to bench/results/load.md (load-cache.md with `--cache`).
Exit status 1 when wrk saw any non-2xx/3xx response or socket error.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psutil
from benchlib import (
    HOST,
    RESULTS,
    ROOT,
    Server,
    WrkResult,
    free_port,
    invocation,
    machine_info,
    markdown_table,
    nginx_cache_config,
    raise_on_sigterm,
    run_wrk,
    venv_script,
    world_readable_folder,
    write_result,
)

LUA = RESULTS / "load_mix.lua"
REVALIDATE = "/members?coalition=imctc"


@dataclass
class Url:
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 200
    what: str = ""


def q(text: str) -> str:
    return urllib.parse.quote(text, safe="")


def mix(etag: str) -> list[Url]:
    return [
        Url("/members?coalition=imctc", what="collection, filter"),
        Url(REVALIDATE, {"If-None-Match": etag}, 304, "revalidation (304)"),
        Url("/members?coalition=global-coalition&type=country", what="two filters"),
        Url("/members?coalition=imctc&coalition=global-coalition&match=all", what="match=all"),
        Url("/members?type=organization&sort=-name", what="filter, sort"),
        Url("/members?coalition=imctc&fields=id,name&limit=10&offset=10", what="fields, page"),
        Url("/members/SA", what="record"),
        Url("/members/sau", what="record by alpha-3, lower case"),
        Url("/coalitions", what="collection"),
        Url("/coalitions/imctc", what="record"),
        Url("/coalitions/global-coalition/members?limit=20", what="sub-collection"),
        Url("/coalitions/imctc/timeline", what="sub-collection"),
        Url("/working-groups?coalition=global-coalition", what="collection, filter"),
        Url("/working-groups/gc-stabilization", what="record"),
        Url("/timeline?sort=-date&limit=10", what="sort, limit"),
        Url("/timeline/gc-2014-announcement", what="record"),
        Url("/sources", what="collection"),
        Url("/sources/imctc-site", what="record"),
        Url(f"/search?q={q('السعودية')}", what="search, Arabic"),
        Url(f"/timeline?q={q('الرياض')}", what="search in a collection, Arabic"),
        Url(f"/members?q={q('مصر')}", what="search in a collection, Arabic"),
        Url("/members?coalition=imctc&format=csv", what="CSV by format="),
        Url("/timeline", {"Accept": "text/csv"}, what="CSV by Accept"),
        Url("/members?coalition=global-coalition", {"Accept-Encoding": "gzip"}, what="gzip"),
        Url("/", what="index"),
    ]


def lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_lua(urls: list[Url]) -> None:
    entries = []
    for url in urls:
        headers = ", ".join(f"[{lua_string(k)}] = {lua_string(v)}" for k, v in url.headers.items())
        entries.append(f"  {{ path = {lua_string(url.path)}, headers = {{ {headers} }} }},")
    LUA.parent.mkdir(parents=True, exist_ok=True)
    LUA.write_text(
        "-- Written by bench/load.py: the URL mix wrk cycles through (each thread from its\n"
        "-- own offset). The ETag is the live one of the run that wrote this file.\n"
        "local mix = {\n" + "\n".join(entries) + "\n}\n"
        "local requests = {}\n"
        "local counter = 0\n"
        "local threads = 0\n"
        "\n"
        "function setup(thread)\n"
        "  thread:set('offset', threads * 7)\n"
        "  threads = threads + 1\n"
        "end\n"
        "\n"
        "function init(args)\n"
        "  for i, entry in ipairs(mix) do\n"
        "    local headers = {}\n"
        "    for k, v in pairs(entry.headers) do headers[k] = v end\n"
        "    requests[i] = wrk.format('GET', entry.path, headers)\n"
        "  end\n"
        "  counter = offset or 0\n"
        "end\n"
        "\n"
        "function request()\n"
        "  counter = counter + 1\n"
        "  return requests[(counter % #requests) + 1]\n"
        "end\n",
        encoding="utf-8",
    )


def process_tree(root: int) -> list[int]:
    """The root and all its descendants."""
    descendants = psutil.Process(root).children(recursive=True)
    return [root, *(process.pid for process in descendants)]


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def role(pid: int, root: int) -> str:
    if pid == root:
        return "master"
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "gone"
    if b"resource_tracker" in cmdline:
        return "resource tracker"
    return "worker"  # uvicorn's (multiprocessing spawn) or granian's


def tree_rss(root: int) -> tuple[int, dict[int, tuple[str, int]]]:
    """VmRSS summed over the uvicorn master and its workers; every process of the tree
    (the multiprocessing resource tracker too) listed with its role."""
    each = {pid: (role(pid, root), rss_kib(pid)) for pid in process_tree(root)}
    total = sum(kib for name, kib in each.values() if name in ("master", "worker"))
    return total, each


def served(each: dict[int, tuple[str, int]]) -> str:
    workers = sum(1 for name, _ in each.values() if name == "worker")
    return f"master + {workers} workers"


def mib(kib: int) -> str:
    return f"{kib / 1024:.1f} MiB"


def wait_workers(server: Server, log: Path, workers: int, timeout: float = 60) -> None:
    """Every worker has finished its start-up (uvicorn and granian log it once a worker)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace")
        started = text.count("Application startup complete") + text.count('"Started worker-')
        if started >= workers:
            return
        time.sleep(0.1)
    raise RuntimeError(f"{workers} workers not started after {timeout:.0f}s: {server.command}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=60, help="wrk duration")
    parser.add_argument("--connections", type=int, default=100, help="wrk connections")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=2, help="server workers")
    parser.add_argument(
        "--server", default="uvicorn", choices=("uvicorn", "granian"), help="tahaluf serve --server"
    )
    parser.add_argument(
        "--cache", action="store_true", help="load nginx (deploy/nginx) in front of the service"
    )
    args = parser.parse_args()
    raise_on_sigterm()
    info = machine_info()

    port = free_port()
    argv = [venv_script("tahaluf"), "serve", "--host", HOST, "--port", str(port)]
    argv += ["--workers", str(args.workers), "--server", args.server]
    handle, name = tempfile.mkstemp(prefix="tahaluf-load-", suffix=".log")
    os.close(handle)
    log_path = Path(name)
    server = Server(
        "tahaluf", argv, port, "/health", env={"TAHALUF_ACCESS_LOG": "true"}, stderr=name
    )
    samples: list[int] = []
    folder = world_readable_folder("tahaluf-load-nginx-")
    cache = nginx_cache(folder, port) if args.cache else None
    front = cache or server
    try:
        server.start()
        assert server.proc is not None
        server.wait_ready()
        wait_workers(server, log_path, args.workers)
        if cache is not None:
            cache.start()
            cache.wait_ready()
        time.sleep(1)  # let the start-up settle before the first reading
        rss_before, each_before = tree_rss(server.proc.pid)

        plain = {"Accept-Encoding": "identity"}  # wrk's default: no gzip
        first = httpx.get(front.base + REVALIDATE, headers=plain, timeout=30)
        etag = first.headers["etag"]
        urls = mix(etag)
        for url in urls:  # each URL once: the expected status, or stop here
            response = httpx.get(front.base + url.path, headers={**plain, **url.headers})
            if response.status_code != url.status:
                raise RuntimeError(f"{url.path}: {response.status_code}, not {url.status}")
        write_lua(urls)

        wrk_argv = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.seconds:g}s"]
        wrk_argv += ["--latency", "-s", str(LUA.relative_to(ROOT)), front.base + "/"]
        stop = threading.Event()

        def sample() -> None:
            assert server.proc is not None
            while not stop.wait(1.0):
                samples.append(tree_rss(server.proc.pid)[0])

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        print(f"loading for {args.seconds:g}s: {shlex.join(wrk_argv)}", file=sys.stderr)
        try:
            result = run_wrk(wrk_argv, args.seconds)
        finally:
            stop.set()
            sampler.join()
        time.sleep(1.5)  # nginx flushes its access log each second
        rss_after, each_after = tree_rss(server.proc.pid)
        if server.proc.poll() is not None:
            raise RuntimeError(f"the server died during the run ({server.proc.returncode})")
        answered = cache_answers(folder) if cache is not None else {}
        if cache is not None and cache.proc is not None:
            answered["nginx RSS after (master + worker + cache processes)"] = mib(
                sum(rss_kib(pid) for pid in process_tree(cache.proc.pid))
            )
    finally:
        if cache is not None:
            cache.stop()
        server.stop()
        logged = access_lines(log_path)
        log_path.unlink(missing_ok=True)
        shutil.rmtree(folder, ignore_errors=True)

    text = report(
        args,
        result,
        urls,
        (rss_before, each_before),
        (rss_after, each_after),
        max(samples, default=rss_after),
        server,
        wrk_argv,
        info,
        logged,
        answered,
        cache,
    )
    print(text)
    path = write_result("load-cache" if cache is not None else "load", text)
    print(f"wrote {path.relative_to(ROOT)}", file=sys.stderr)
    return 1 if result.errors else 0


def nginx_cache(folder: Path, upstream: int) -> Server:
    """deploy/nginx/nginx.conf in front of the service on `upstream`, unpinned like it."""
    port = free_port()
    conf = folder / "nginx.conf"
    conf.write_text(nginx_cache_config(folder, port, upstream), encoding="utf-8")
    argv = ["nginx", "-c", str(conf), "-e", "stderr"]
    log = str(folder / "access.log")
    return Server("nginx cache", argv, port, "/health", stdout=log, stderr=str(folder / "err"))


def cache_answers(folder: Path) -> dict[str, str]:
    """How nginx answered the requests it logged (not /health): HIT, MISS, ... counts."""
    counts: dict[str, int] = {}
    for line in (folder / "access.log").read_text(encoding="utf-8").splitlines():
        if line.startswith("{") and '"uri":"/health"' not in line:
            status = json.loads(line)["cache"] or "not cacheable"
            counts[status] = counts.get(status, 0) + 1
    total = sum(counts.values())
    return {
        f"answered by nginx: {status}": f"{count:,} ({count / total:.1%})"
        for status, count in sorted(counts.items(), key=lambda item: -item[1])
    }


def access_lines(log: Path) -> int:
    """Access-log lines the server wrote, the readiness polls of /health left out."""
    with log.open(encoding="utf-8", errors="replace") as lines:
        return sum(
            1
            for line in lines
            if '"logger":"tahaluf.access"' in line and '"path":"/health"' not in line
        )


def report(
    args: argparse.Namespace,
    result: WrkResult,
    urls: list[Url],
    before: tuple[int, dict[int, int]],
    after: tuple[int, dict[int, int]],
    peak: int,
    server: Server,
    wrk_argv: list[str],
    info: dict[str, str],
    logged: int,
    answered: dict[str, str],
    cache: Server | None,
) -> str:
    sock = result.socket_errors
    rows = [
        ["total requests", f"{result.requests:,} in {result.seconds:.2f} s"],
        ["requests/s", f"{result.rps:,.0f}"],
        ["non-2xx/3xx responses", str(result.non_2xx_3xx)],
        [
            "socket errors",
            f"{sum(sock.values())} (connect {sock['connect']}, read {sock['read']}, "
            f"write {sock['write']}, timeout {sock['timeout']})",
        ],
        ["latency p50", f"{result.p50_ms:.2f} ms"],
        ["latency p90", f"{result.p90_ms:.2f} ms"],
        ["latency p99", f"{result.p99_ms:.2f} ms"],
        ["RSS before (master + workers)", f"{mib(before[0])} ({served(before[1])})"],
        ["RSS peak during the run (1 s samples)", mib(peak)],
        ["RSS after (master + workers)", f"{mib(after[0])} ({served(after[1])})"],
        ["RSS difference (after - before)", f"{(after[0] - before[0]) / 1024:+.1f} MiB"],
        [
            "access-log lines (not /health)",
            f"{logged:,}, for {result.requests:,} wrk requests + {len(urls) + 1} checks",
        ],
        *([name, value] for name, value in answered.items()),
        ["verdict", "PASS: no errors" if not result.errors else "FAIL: errors above"],
    ]
    per_process = "; ".join(
        f"{name} (pid {pid}): {mib(kib)} -> {mib(after[1].get(pid, ('', 0))[1])}"
        for pid, (name, kib) in before[1].items()
    )
    mix_rows = [
        [
            f"`{u.path}`",
            u.what,
            ", ".join(f"{k}: {v}" for k, v in u.headers.items()) or "",
            str(u.status),
        ]
        for u in urls
    ]
    lines = [
        "# Tahaluf soak",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC: `{invocation('load.py')}`",
        "",
        (
            "nginx running deploy/nginx/nginx.conf (one worker) in front of "
            if cache is not None
            else ""
        )
        + f"`tahaluf serve --workers {args.workers}` (access log on, stderr to a file), wrk with "
        f"{args.connections} connections and {args.threads} threads for {args.seconds:g} s "
        "over the URL mix below, loopback, nothing pinned (server and wrk share the cores).",
        "",
        markdown_table(["measure", "value"], rows, right={1}),
        "",
        f"VmRSS per process, before -> after: {per_process}. The resource tracker is not "
        "counted; shared pages count once per process. 'Before' is read once every worker "
        "has started, before any data request; 'after' 1 s after wrk ends.",
        "",
        "## Commands",
        "",
        f"- server: `{server.command}`",
        *([f"- cache: `{cache.command}`"] if cache is not None else []),
        f"- wrk: `{shlex.join(wrk_argv)}`",
        "",
        f"## URL mix ({len(urls)} URLs, cycled in order; each checked once before the run)",
        "",
        markdown_table(["path", "what", "request headers", "status"], mix_rows),
        "",
        "## Machine",
        "",
    ]
    lines += [f"- {key}: {value}" for key, value in info.items()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
