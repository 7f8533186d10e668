"""Speed comparison: Tahaluf's warm responses against baselines measured in the same run.

Every single-process server is pinned to core 0 (`taskset -c 0`); wrk runs pinned to core 1
(`taskset -c 1 wrk -t1 -c<connections> -d<seconds>s --latency URL`), loopback only.
Targets: a bare Starlette route, a raw ASGI callable and a FastAPI route, each serving the
exact bytes of our warm `GET /members?coalition=imctc` body, under uvicorn (and the
Starlette route under granian too); an RSGI callable under granian sending the same bytes
and all our headers, granian's ceiling; nginx serving the same bytes as a static file, the
physical limit of the machine; nginx with deploy/nginx/nginx.conf sending the same bytes as a
static file with our headers and its access log (n': what row h costs but for the cache's
own work); our service under uvicorn (access log off; access log on,
written to a file; a 304 revalidation) and under granian (access log on, written to a
file; one process pinned, and `--workers 2` unpinned, sharing core 1 with wrk) and behind
the nginx cache of deploy/nginx (h, warm: every request a hit); Datasette
answering the equivalent query. All servers are up together and the runs go round-robin
over the targets, so drift spreads evenly; the median of the runs is reported. For the nginx
rows (n, n', h) nginx's CPU time per request is read from /proc too. Then the
cold first-request latency of a fresh server over never-requested URLs.

The table is printed and written to bench/results/compare.md; `--readme` also rewrites the
speed table in docs/speed.md (between its `speed-table` markers) from this run. Exit status 1
when any wrk run saw non-2xx/3xx responses or socket errors.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psutil
from benchlib import (
    HOST,
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

SERVER_CORE = "0"
CLIENT_CORE = "1"
MEMBERS_PATH = "/members?coalition=imctc"
DATASETTE_SQL = (
    "select m.*, ms.roles, ms.since, ms.notes as membership_notes "
    "from member m join membership ms on ms.member_id = m.id "
    "where ms.coalition_id = 'imctc' order by m.position"
)
DATASETTE_PATH = "/tahaluf.json?" + urllib.parse.urlencode(
    {"sql": DATASETTE_SQL, "_shape": "array"}
)
ARABIC_QUERIES = ("السعودية", "التحالف", "الرياض", "داعش", "مصر")
# Targets that must send our body byte for byte.
SAME_BYTES = {"a", "a2", "a3", "b", "r", "c", "n", "n2", "d", "d2", "d3", "g", "g2", "h"}
README = ROOT / "docs" / "speed.md"  # the docs page that holds the speed table
README_START = "<!-- speed-table:start (written by bench/compare.py --readme) -->"
README_END = "<!-- speed-table:end -->"
# Rows whose server's CPU time per request is measured too: on a loaded machine the
# requests/s of two nginx rows swing with what else runs on their core, their CPU cost less.


@dataclass
class Target:
    key: str
    label: str
    server: Server
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 200
    body_bytes: int = 0
    runs: list[WrkResult] = field(default_factory=list)
    unrecorded: int = 0  # requests wrk counted in the warm-up
    cpu_us: list[float] = field(default_factory=list)  # server CPU per request, each run

    @property
    def cpu_per_request(self) -> float:
        """Median server CPU microseconds per request: on a shared machine, steadier than
        requests/s, since time the server waits for a core costs it no CPU."""
        return statistics.median(self.cpu_us)

    def wrk_argv(self, seconds: float, connections: int) -> list[str]:
        argv = ["taskset", "-c", CLIENT_CORE, "wrk", "-t1", f"-c{connections}"]
        argv += [f"-d{seconds:g}s", "--latency"]
        for name, value in self.headers.items():
            argv += ["-H", f"{name}: {value}"]
        return [*argv, self.server.base + self.path]

    @property
    def rps(self) -> float:
        return statistics.median(r.rps for r in self.runs)

    @property
    def p99(self) -> float:
        return statistics.median(r.p99_ms for r in self.runs)

    @property
    def errors(self) -> int:
        return sum(r.errors for r in self.runs)


def uvicorn_app(name: str, app: str, body_file: Path) -> Server:
    port = free_port()
    argv = ["taskset", "-c", SERVER_CORE, venv_script("uvicorn"), "--app-dir", "bench", app]
    argv += ["--host", HOST, "--port", str(port), "--workers", "1"]
    argv += ["--no-access-log", "--no-server-header", "--proxy-headers"]
    env = {"BENCH_BODY_FILE": str(body_file), "BENCH_HEADERS_FILE": str(headers_file(body_file))}
    return Server(name, argv, port, "/health", env=env)


def headers_file(body_file: Path) -> Path:
    """Where our warm answer's headers are saved beside its body, for baseline a3."""
    return body_file.with_suffix(".headers.json")


def granian_app(name: str, app: str, body_file: Path, interface: str = "asgi") -> Server:
    """A baseline under granian, configured as `tahaluf serve --server granian` runs ours."""
    port = free_port()
    argv = ["taskset", "-c", SERVER_CORE, venv_script("granian"), "--interface", interface]
    argv += ["--host", HOST, "--port", str(port), "--workers", "1", "--loop", "uvloop"]
    argv += ["--working-dir", "bench", "--log-level", "warning", app]
    env = {"BENCH_BODY_FILE": str(body_file), "BENCH_HEADERS_FILE": str(headers_file(body_file))}
    return Server(name, argv, port, "/health", env=env)


def tahaluf(
    name: str,
    *,
    access_log: bool,
    stderr: str | None = None,
    server: str = "uvicorn",
    workers: int = 1,
) -> Server:
    """`tahaluf serve`: one process pinned to the server core, or several on every core."""
    port = free_port()
    pin = ["taskset", "-c", SERVER_CORE] if workers == 1 else []
    argv = [*pin, venv_script("tahaluf"), "serve", "--server", server]
    argv += ["--host", HOST, "--port", str(port), "--workers", str(workers)]
    env = {"TAHALUF_ACCESS_LOG": "true" if access_log else "false"}
    return Server(name, argv, port, "/health", env=env, stderr=stderr)


def unguarded(name: str, stderr: str) -> Server:
    """Our app under plain `uvicorn app.main:app --http httptools`, access log on: d2 without
    the head guard of `app.edge.http11`, so d2 / d3 is what the guard costs."""
    port = free_port()
    argv = ["taskset", "-c", SERVER_CORE, venv_script("uvicorn"), "app.main:app"]
    argv += ["--host", HOST, "--port", str(port), "--workers", "1", "--http", "httptools"]
    argv += ["--no-access-log", "--no-server-header"]
    return Server(name, argv, port, "/health", env={"TAHALUF_ACCESS_LOG": "true"}, stderr=stderr)


NGINX_CONF = """daemon off;
master_process off;
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    server_tokens off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path {work}/nginx-body;
    proxy_temp_path {work}/nginx-proxy;
    fastcgi_temp_path {work}/nginx-fastcgi;
    uwsgi_temp_path {work}/nginx-uwsgi;
    scgi_temp_path {work}/nginx-scgi;
    server {{
        listen {host}:{port};
        location = /members {{ default_type application/json; alias {body}; }}
        location = /health {{ default_type application/json; return 200 '{{"status":"ok"}}'; }}
    }}
}}
"""


def nginx(body_file: Path) -> Server:
    """nginx, one process pinned to the server core, sending the body as a static file."""
    port = free_port()
    work = body_file.parent
    conf = work / "nginx.conf"
    conf.write_text(
        NGINX_CONF.format(work=work, host=HOST, port=port, body=body_file), encoding="utf-8"
    )
    argv = ["taskset", "-c", SERVER_CORE, "nginx", "-p", str(work), "-c", str(conf)]
    argv += ["-e", str(work / "nginx-error.log")]
    return Server("nginx", argv, port, "/health")


def nginx_cache(upstream: Server, work: Path) -> Server:
    """deploy/nginx/nginx.conf in front of `upstream`, pinned as nginx (n) is: its master,
    its one worker and its cache processes on the server core; its access log on, to a
    file, as in production (n's is off)."""
    port = free_port()
    folder = world_readable_folder(str(work / "nginx-cache-"))  # in `work`, made 0755
    conf = folder / "nginx.conf"
    conf.write_text(nginx_cache_config(folder, port, upstream.port), encoding="utf-8")
    argv = ["taskset", "-c", SERVER_CORE, "nginx", "-c", str(conf), "-e", "stderr"]
    return Server(
        "nginx cache", argv, port, "/health", stdout=str(folder / "access.log"), stderr=None
    )


def nginx_static_like_cache(upstream: Server, work: Path, body_file: Path) -> Server:
    """Row n': deploy/nginx/nginx.conf as row h runs it, plus a location that sends our body
    as a static file with our headers (nginx's own `Server` instead of ours, and its
    `Last-Modified`): what h costs but for the cache's own work."""
    ours = json.loads(headers_file(body_file).read_text(encoding="utf-8"))
    lines = [f"default_type application/json; alias {body_file};"]
    lines += ["etag off; max_ranges 0; open_file_cache max=256 inactive=30s;"]
    for name, value in ours:
        if name.lower() not in ("server", "x-request-id"):
            quoted = value.replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'add_header {name} "{quoted}";')
    lines.append("add_header X-Request-ID $tahaluf_request_id always;")
    static = "location = /members { " + " ".join(lines) + " }\n        location / {"
    port = free_port()
    folder = world_readable_folder(str(work / "nginx-static-"))
    conf = folder / "nginx.conf"
    text = nginx_cache_config(folder, port, upstream.port, {"location / {": static})
    conf.write_text(text, encoding="utf-8")
    argv = ["taskset", "-c", SERVER_CORE, "nginx", "-c", str(conf), "-e", "stderr"]
    return Server("nginx like the cache", argv, port, "/health", stdout=str(folder / "access.log"))


def datasette() -> Server:
    port = free_port()
    # The same server stack as ours: uvicorn picks httptools and uvloop when installed.
    argv = ["taskset", "-c", SERVER_CORE, "uv", "run", "--with", "datasette"]
    argv += ["--with", "httptools", "--with", "uvloop", "datasette"]
    argv += ["serve", "--immutable", "data/tahaluf.db", "-h", HOST, "-p", str(port)]
    return Server("datasette", argv, port, "/-/versions.json")


def check(target: Target, expected_body: bytes | None) -> None:
    """One request before loading: the right status, and the right bytes for baselines."""
    headers = {"Accept-Encoding": "identity", **target.headers}  # as wrk asks: no gzip
    response = httpx.get(target.server.base + target.path, headers=headers, timeout=30)
    if response.status_code != target.status:
        raise RuntimeError(f"{target.label}: status {response.status_code}, not {target.status}")
    target.body_bytes = len(response.content)
    if expected_body is not None and response.content != expected_body:
        raise RuntimeError(f"{target.label}: body differs from ours ({len(response.content)} B)")


def cold_urls(count: int) -> list[str]:
    kinds = [
        lambda k: f"/members?coalition=imctc&limit={k}",
        lambda k: f"/timeline?limit={k}",
        lambda k: f"/members?coalition=global-coalition&limit={k}",
        lambda k: f"/coalitions?limit={k}",
        lambda k: f"/working-groups?limit={k}",
        lambda k: f"/sources?limit={k}",
        lambda k: (
            "/search?"
            + urllib.parse.urlencode({"q": ARABIC_QUERIES[k % len(ARABIC_QUERIES)], "limit": k})
        ),
        lambda k: f"/coalitions/imctc/timeline?limit={k}",
    ]
    return [kinds[i % len(kinds)](i + 1) for i in range(count)]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def measure_cold(count: int) -> dict[str, object]:
    """A fresh server (access log off); each never-requested URL timed on first request."""
    server = tahaluf("tahaluf cold", access_log=False)
    server.start()
    try:
        server.wait_ready()
        urls = cold_urls(count)
        first: list[float] = []
        again: list[float] = []
        plain = {"Accept-Encoding": "identity"}
        with httpx.Client(base_url=server.base, headers=plain, timeout=30) as client:
            client.get("/health")  # open the keep-alive connection; /health is never cached
            for times in (first, again):
                for url in urls:
                    started = time.perf_counter()
                    response = client.get(url)
                    elapsed = (time.perf_counter() - started) * 1000
                    if response.status_code != 200:
                        raise RuntimeError(f"cold {url}: status {response.status_code}")
                    times.append(elapsed)
        return {
            "command": server.command,
            "urls": urls,
            "first_ever_ms": first[0],
            "median_ms": statistics.median(first),
            "p95_ms": percentile(first, 95),
            "max_ms": max(first),
            "warm_median_ms": statistics.median(again),
            "warm_p95_ms": percentile(again, 95),
        }
    finally:
        server.stop()


def probe_access_log() -> tuple[int, int]:
    """How many access-log lines reach stderr for 3 requests with the log on."""
    with tempfile.NamedTemporaryFile(prefix="tahaluf-stderr-", suffix=".log") as handle:
        server = tahaluf("tahaluf log probe", access_log=True, stderr=handle.name)
        server.start()
        try:
            server.wait_ready()
            for _ in range(3):
                httpx.get(server.base + MEMBERS_PATH, timeout=30)
            time.sleep(0.5)  # lines leave in batches within 50 ms
            text = Path(handle.name).read_text(errors="replace")
            logged = text.count('"logger":"tahaluf.access"') - text.count('"path":"/health"')
        finally:
            server.stop()
    return 3, logged


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=10, help="wrk duration per run")
    parser.add_argument("--runs", type=int, default=5, help="runs per target (median taken)")
    parser.add_argument("--connections", type=int, default=50, help="wrk connections")
    parser.add_argument("--warmup", type=float, default=2, help="unrecorded wrk warm-up seconds")
    parser.add_argument("--cold", type=int, default=50, help="never-requested URLs to time")
    parser.add_argument("--targets", help="comma list of target keys (default: all)")
    parser.add_argument(
        "--readme", action="store_true", help="rewrite docs/speed.md's speed table from this run"
    )
    args = parser.parse_args()
    if os.cpu_count() is None or os.cpu_count() < 2:  # type: ignore[operator]
        print("needs 2 cores (server on core 0, wrk on core 1)", file=sys.stderr)
        return 2
    raise_on_sigterm()
    info = machine_info()  # before pinning this process, or nproc would say 1
    os.sched_setaffinity(0, {int(CLIENT_CORE)})  # this script's own requests: core 1 too

    servers: list[Server] = []
    body_dir = tempfile.TemporaryDirectory(prefix="tahaluf-bench-")
    work = Path(body_dir.name)
    work.chmod(0o755)  # nginx's workers run as nobody when started as root (row h)
    try:
        ours = tahaluf("tahaluf", access_log=False)
        servers.append(ours)
        ours.start()
        ours.wait_ready()
        plain = {"Accept-Encoding": "identity"}  # wrk sends no Accept-Encoding either
        warm = httpx.get(ours.base + MEMBERS_PATH, headers=plain, timeout=30)
        warm = httpx.get(ours.base + MEMBERS_PATH, headers=plain, timeout=30)  # a cache hit
        if warm.status_code != 200 or "content-encoding" in warm.headers:
            raise RuntimeError(f"our {MEMBERS_PATH}: status {warm.status_code}, {warm.headers}")
        body, etag = warm.content, warm.headers["etag"]
        body_file = work / "members-imctc.json"
        body_file.write_bytes(body)
        # Those the route sets itself, and the per-process date, left out.
        ours_headers = [
            [name, value]
            for name, value in warm.headers.multi_items()
            if name not in ("content-type", "content-length", "date")
        ]
        headers_file(body_file).write_text(json.dumps(ours_headers), encoding="utf-8")

        def logged(name: str, **kwargs: Any) -> Server:
            """Ours with the access log on, its stderr written to a file as in production."""
            log = work / (name.replace(" ", "-") + ".log")
            return tahaluf(name, access_log=True, stderr=str(log), **kwargs)

        starlette = uvicorn_app("bare Starlette", "baselines:starlette_app", body_file)
        starlette_g = granian_app("bare Starlette granian", "baselines:starlette_app", body_file)
        starlette_ours = uvicorn_app(
            "Starlette with our headers", "baselines:starlette_headers_app", body_file
        )
        raw = uvicorn_app("raw ASGI", "baselines:raw_app", body_file)
        rsgi = granian_app("RSGI constant", "baselines:rsgi_app", body_file, interface="rsgi")
        fastapi = uvicorn_app("FastAPI bytes", "baselines:fastapi_app", body_file)
        static = nginx(body_file)
        cached = nginx_cache(ours, work)
        like_cache = nginx_static_like_cache(ours, work, body_file)
        ours_log = logged("tahaluf log on")
        ours_plain = unguarded("tahaluf plain httptools", str(work / "tahaluf-plain.log"))
        ours_granian = logged("tahaluf granian log on", server="granian")
        ours_granian2 = logged("tahaluf granian 2 workers log on", server="granian", workers=2)
        ds = datasette()
        every = {
            "a": Target("a", "a. bare Starlette route (same bytes)", starlette, "/members"),
            "a2": Target(
                "a2", "a2. bare Starlette route (same bytes), granian", starlette_g, "/members"
            ),
            "a3": Target(
                "a3",
                f"a3. Starlette route (same bytes) with our {len(ours_headers)} other headers",
                starlette_ours,
                "/members",
            ),
            "b": Target("b", "b. raw ASGI callable (same bytes)", raw, "/members"),
            "r": Target(
                "r",
                "r. granian's ceiling: an RSGI callable sending the same bytes and all our "
                "headers, no app code",
                rsgi,
                "/members",
            ),
            "c": Target("c", "c. FastAPI route returning cached bytes", fastapi, "/members"),
            "n": Target("n", "n. nginx, the same bytes as a static file", static, "/members"),
            "n2": Target(
                "n2",
                "n'. nginx as the cache is configured (deploy/nginx: our headers, its access "
                "log, no tcp_nopush), the same bytes as a static file: h without the cache",
                like_cache,
                "/members",
            ),
            "h": Target(
                "h",
                f"h. Tahaluf `{MEMBERS_PATH}` behind the nginx cache (deploy/nginx), warm: "
                "every request a hit",
                cached,
                MEMBERS_PATH,
            ),
            "d": Target(
                "d", f"d. Tahaluf warm `{MEMBERS_PATH}`, access log off", ours, MEMBERS_PATH
            ),
            "d2": Target(
                "d2",
                f"d2. Tahaluf warm `{MEMBERS_PATH}`, access log on, to a file",
                ours_log,
                MEMBERS_PATH,
            ),
            "d3": Target(
                "d3",
                "d3. d2 under plain `uvicorn app.main:app` (httptools without our head guard)",
                ours_plain,
                MEMBERS_PATH,
            ),
            "e": Target(
                "e",
                f"e. Tahaluf 304 revalidation (`If-None-Match: {etag}`)",
                ours,
                MEMBERS_PATH,
                headers={"If-None-Match": etag},
                status=304,
            ),
            "g": Target(
                "g",
                f"g. Tahaluf warm `{MEMBERS_PATH}` under granian, access log on, to a file",
                ours_granian,
                MEMBERS_PATH,
            ),
            "g2": Target(
                "g2",
                f"g2. the same, granian `--workers 2`, unpinned (shares core {CLIENT_CORE} "
                "with wrk)",
                ours_granian2,
                MEMBERS_PATH,
            ),
            "f": Target(
                "f", "f. Datasette 0.x, SQL join query, `_shape=array`", ds, DATASETTE_PATH
            ),
        }
        wanted = args.targets.split(",") if args.targets else list(every)
        unknown = set(wanted) - set(every) | ({"a", "d"} - set(wanted))
        if unknown:
            parser.error(f"--targets: unknown or missing {sorted(unknown)} (a and d are needed)")
        targets = [every[key] for key in every if key in wanted]
        for target in targets:
            if target.server is not ours:
                servers.append(target.server)
                target.server.start()
        for target in targets:
            target.server.wait_ready()
        for target in targets:
            check(target, body if target.key in SAME_BYTES else None)
        ds_note = ""
        if "f" in wanted:
            our_ids = [item["id"] for item in json.loads(body)["items"]]
            ds_rows = httpx.get(ds.base + DATASETTE_PATH, timeout=30).json()
            ds_ids = [row["id"] for row in ds_rows]
            same = "the same" if ds_ids == our_ids else "NOT the same"
            ds_note = (
                f"{len(ds_ids)} rows, {same} member ids in the same order as our {len(our_ids)}"
            )
            versions = httpx.get(ds.base + "/-/versions.json", timeout=30).json()
            ds_version = versions.get("datasette", {}).get("version", "?")
            every["f"].label = f"f. Datasette {ds_version}, SQL join query, `_shape=array`"
        load_before = os.getloadavg()

        total = len(targets) * (args.runs * args.seconds + (args.warmup or 0))
        print(
            f"measuring {len(targets)} targets x {args.runs} runs (~{total:.0f}s)", file=sys.stderr
        )
        if args.warmup > 0:
            for target in targets:
                warmup = run_wrk(target.wrk_argv(args.warmup, args.connections), args.warmup)
                target.unrecorded += warmup.requests
        for run in range(args.runs):
            for target in targets:
                cpu = cpu_seconds(target.server)
                result = run_wrk(target.wrk_argv(args.seconds, args.connections), args.seconds)
                cpu = cpu_seconds(target.server) - cpu
                target.runs.append(result)
                target.cpu_us.append(cpu * 1e6 / max(1, result.requests))
                print(
                    f"run {run + 1}/{args.runs} {target.key}: {result.rps:,.0f} req/s, "
                    f"p99 {result.p99_ms:.2f} ms, errors {result.errors}, "
                    f"server CPU {target.cpu_us[-1]:.1f} us/request",
                    file=sys.stderr,
                )
        load_after = os.getloadavg()
        for server in servers:
            server.stop()
        lines = {t.key: access_lines(t.server) for t in targets if t.server.stderr}
        hits = {t.key: cache_hits(t.server) for t in targets if t.key == "h"}

        print("measuring cold first requests", file=sys.stderr)
        cold = measure_cold(args.cold)
        print("probing the access log", file=sys.stderr)
        probe_requests, probe_lines = probe_access_log()
    finally:
        for server in servers:
            server.stop()
        body_dir.cleanup()

    info["load average (1, 5, 15 min)"] = (
        f"{' / '.join(f'{x:.2f}' for x in load_before)} before the runs, "
        f"{' / '.join(f'{x:.2f}' for x in load_after)} after"
    )
    text = report(
        args, targets, cold, (probe_requests, probe_lines), body, servers, ds_note, info, lines
    )
    for hit, requests in hits.values():
        text = text.replace(
            "\n## Commands\n",
            f"- Row h: {hit:,} of the {requests:,} requests nginx logged were cache hits (the "
            "rest: the checks and warm-up that filled the entry, and refills after its "
            "max-age).\n\n## Commands\n",
            1,
        )
    print(text)
    path = write_result("compare", text)
    print(f"wrote {path.relative_to(ROOT)}", file=sys.stderr)
    if args.readme:
        update_readme(readme_block(args, targets, body, info, cold))
        print(f"rewrote the speed table in {README.relative_to(ROOT)}", file=sys.stderr)
    return 1 if any(t.errors for t in targets) else 0


def cache_hits(server: Server) -> tuple[int, int]:
    """(hits, requests) in the nginx cache's access log, its readiness polls left out."""
    assert server.stdout is not None
    entries = [
        json.loads(line)
        for line in Path(server.stdout).read_text(encoding="utf-8").splitlines()
        if line.startswith("{") and '"uri":"/health"' not in line
    ]
    return sum(1 for entry in entries if entry["cache"] == "HIT"), len(entries)


def access_lines(server: Server) -> int:
    """Access-log lines a server wrote to its stderr file, the readiness polls left out."""
    assert server.stderr is not None
    with open(server.stderr, encoding="utf-8", errors="replace") as handle:
        return sum(
            1
            for line in handle
            if '"logger":"tahaluf.access"' in line and '"path":"/health"' not in line
        )


def cpu_seconds(server: Server) -> float:
    """User and system CPU seconds of a server process and its children so far."""
    assert server.proc is not None
    root = psutil.Process(server.proc.pid)
    times = [p.cpu_times() for p in [root, *root.children(recursive=True)]]
    return sum(t.user + t.system for t in times)


def cpu_ratio(targets: list[Target], top: str, bottom: str) -> float | None:
    """How many `top` requests the CPU of one `bottom` request pays for."""
    by_key = {t.key: t for t in targets}
    if top in by_key and bottom in by_key and by_key[top].cpu_us and by_key[bottom].cpu_us:
        return by_key[bottom].cpu_per_request / by_key[top].cpu_per_request
    return None


def ratio(targets: list[Target], top: str, bottom: str) -> float | None:
    by_key = {t.key: t for t in targets}
    if top in by_key and bottom in by_key:
        return by_key[top].rps / by_key[bottom].rps
    return None


def verdicts(targets: list[Target]) -> list[str]:
    """The issue's targets, each met or missed, from this run's medians."""
    by_key = {t.key: t for t in targets}
    found = []

    def add(what: str, top: str, bottom: str, at_least: float) -> None:
        value = ratio(targets, top, bottom)
        if value is not None:
            verdict = "met" if value >= at_least else "MISSED"
            found.append(f"{what}: **{value:.2f}x** (target >= {at_least:g}x, {verdict})")

    def note(what: str, top: str, bottom: str, tail: str) -> None:
        """A ratio with no target, and what it says."""
        value = ratio(targets, top, bottom)
        if value is not None:
            found.append(f"{what}: **{value:.2f}x**{tail}")

    add("access log on, to a file (d2) vs bare Starlette (a), both uvicorn", "d2", "a", 1.0)
    for top, bottom in (("d2", "a"), ("d2", "d3")):
        value = cpu_ratio(targets, top, bottom)
        if value is not None:
            found.append(
                f"server CPU per request, {bottom} / {top}: **{value:.2f}x** "
                f"({by_key[bottom].cpu_per_request:.1f} / {by_key[top].cpu_per_request:.1f} us; "
                "what requests/s would be with a core each to itself)"
            )
    if "d2" in by_key:
        p99 = by_key["d2"].p99
        verdict = "met" if p99 < 10 else "MISSED"
        found.append(f"its p99 at 50 connections: **{p99:.2f} ms** (target < 10 ms, {verdict})")
    note(
        "`tahaluf serve` (d2) vs plain `uvicorn app.main:app` (d3), both httptools, log on",
        "d2",
        "d3",
        " (no target: what the head guard of `app.edge.http11` costs)",
    )
    note(
        "access log on (d2) vs the Starlette route sending our headers too (a3), both uvicorn",
        "d2",
        "a3",
        " (no target: what the server's work per header leaves)",
    )
    add("granian (g) vs nginx (n)", "g", "n", 0.5)
    add("behind the nginx cache (h) vs nginx's static file (n)", "h", "n", 0.8)
    note("behind the nginx cache (h) vs granian (g)", "h", "g", " (no target)")
    cpu = {key: statistics.median(t.cpu_us) for key, t in by_key.items() if t.cpu_us}
    if "n" in cpu and "h" in cpu:
        found.append(
            f"nginx's CPU per request (all its processes, median of the runs): h "
            f"**{cpu['h']:.1f} us**, n {cpu['n']:.1f} us, so by CPU h costs "
            f"**{cpu['h'] / cpu['n']:.2f}x** n (no target: the same comparison without the "
            "waits another process on the core adds)"
        )
    add("behind the nginx cache (h) vs nginx configured as the cache (n')", "h", "n2", 0.8)
    if "n2" in cpu and "h" in cpu:
        found.append(
            f"by CPU: n' {cpu['n2']:.1f} us a request, h costs **{cpu['h'] / cpu['n2']:.2f}x** "
            f"n' and n' costs {cpu['n2'] / cpu['n']:.2f}x n"
            if "n" in cpu
            else f"by CPU: n' {cpu['n2']:.1f} us a request, h {cpu['h'] / cpu['n2']:.2f}x n'"
        )
    add("granian (g) vs uvicorn (d2), both with the access log on", "g", "d2", 1.8)
    note(
        "granian's ceiling (r) vs uvicorn (d2)",
        "r",
        "d2",
        " (no target: the most any app under granian could reach here against d2)",
    )
    note("granian (g) vs its ceiling (r)", "g", "r", " (no target)")
    note(
        "granian `--workers 2` (g2) vs one pinned process (g)",
        "g2",
        "g",
        f", with wrk taking part of core {CLIENT_CORE} (no target)",
    )
    return found


def readme_block(
    args: argparse.Namespace,
    targets: list[Target],
    body: bytes,
    info: dict[str, str],
    cold: dict[str, Any],
) -> str:
    base = next(t for t in targets if t.key == "a")
    rows = [
        [
            f"**{t.label}**" if t.key in ("d2", "g") else t.label,
            f"{t.rps:,.0f}",
            f"{t.p99:.2f} ms",
            f"{t.rps / base.rps:.2f}",
        ]
        for t in targets
    ]
    table = markdown_table(
        ["target", "requests/s", "p99", "vs bare Starlette"], rows, right={1, 2, 3}
    )
    lines = [
        f"The run of {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, `{invocation('compare.py')}`, "
        f"{args.runs} x {args.seconds:g} s a target, {args.connections} connections; "
        f"{info['nproc'].split()[0]} cores of an {info['cpu']}, load average "
        f"{info['load average (1, 5, 15 min)']}. The baselines serve the exact bytes of our "
        f"`{MEMBERS_PATH}` body (**{len(body):,} bytes**).",
        "",
        table,
        "",
        *[f"- {line}" for line in verdicts(targets)],
    ]
    by_key = {t.key: t for t in targets}
    if "f" in by_key:
        lines.append(
            f"- warm, access log off (d) vs Datasette (f): "
            f"**{by_key['d'].rps / by_key['f'].rps:.2f}x** the requests per second"
        )
    lines.append(
        f"- cold first requests for {len(cold['urls'])} never-requested URLs on a fresh "
        f"server (uvicorn, from an httpx client): median **{cold['median_ms']:.2f} ms** "
        f"(p95 {cold['p95_ms']:.2f} ms); the same URLs again: median "
        f"{cold['warm_median_ms']:.2f} ms"
    )
    return "\n".join(lines)


def update_readme(block: str) -> None:
    text = README.read_text(encoding="utf-8")
    start, end = text.index(README_START), text.index(README_END)
    README.write_text(
        text[: start + len(README_START)] + "\n" + block + "\n" + text[end:], encoding="utf-8"
    )


def report(
    args: argparse.Namespace,
    targets: list[Target],
    cold: dict[str, object],
    probe: tuple[int, int],
    body: bytes,
    servers: list[Server],
    ds_note: str,
    info: dict[str, str],
    lines_written: dict[str, int],
) -> str:
    probe_requests, probe_lines = probe
    body_len = len(body)
    base = next(t for t in targets if t.key == "a")
    ours = next(t for t in targets if t.key == "d")
    ds = next((t for t in targets if t.key == "f"), None)
    rows = []
    for t in targets:
        rows.append(
            [
                t.label,
                f"{t.rps:,.0f}",
                f"{t.p99:.2f}",
                f"{t.rps / base.rps:.2f}",
                f"{t.body_bytes:,}",
                str(t.errors),
                " / ".join(f"{r.rps:,.0f}" for r in t.runs),
            ]
        )
    table = markdown_table(
        [
            "target",
            "requests/s (median)",
            "p99 ms (median)",
            "vs bare Starlette",
            "body bytes",
            "errors",
            "each run req/s",
        ],
        rows,
        right={1, 2, 3, 4, 5},
    )
    wrk_example = " ".join(ours.wrk_argv(args.seconds, args.connections))
    lines = [
        "# Tahaluf speed comparison",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC: `{invocation('compare.py')}`",
        "",
        f"Each target: {args.runs} run(s) of {args.seconds:g} s after a {args.warmup:g} s "
        f"unrecorded warm-up, round-robin over the targets; medians reported. "
        f"Every server but g2 is one process pinned to core {SERVER_CORE}; g2 is granian with "
        f"two workers on both cores; wrk runs on core {CLIENT_CORE}; loopback. Every uvicorn "
        "(ours, the baselines, Datasette's) runs with httptools and uvloop, every granian "
        "with uvloop. wrk sends no `Accept-Encoding`, so every 200 is the plain body.",
        "",
        table,
        "",
        *[f"- {line}" for line in verdicts(targets)],
    ]
    for key, count in lines_written.items():
        target = next(t for t in targets if t.key == key)
        counted = target.unrecorded + sum(r.requests for r in target.runs) + 1
        lines.append(
            f"- Access-log lines of {key}: {count:,} written for {counted:,} requests wrk "
            f"counted (and the check); wrk leaves uncounted the requests in flight when "
            f"it stops, at most {args.connections} a run."
        )
    if ds is not None:
        lines += [
            f"- Tahaluf warm vs Datasette: **{ours.rps / ds.rps:.2f}x** the requests/s "
            f"({ours.rps:,.0f} vs {ds.rps:,.0f}); p99 {ours.p99:.2f} ms vs {ds.p99:.2f} ms.",
            f"- Datasette answers `GET {ds.path}` — SQL: `{DATASETTE_SQL}`. Closest "
            f"equivalent of `/members?coalition=imctc`: {ds_note}, each with its imctc "
            "membership; its rows carry no citations or nested coalition names, so its "
            f"body is {ds.body_bytes:,} bytes against our {body_len:,}. Datasette logs each "
            "request (its uvicorn access log), sent to /dev/null here.",
        ]
    lines += [
        f"- Cold first requests (fresh server, access log off, {len(cold['urls'])} "  # type: ignore[arg-type]
        f"never-requested URLs over one keep-alive httpx connection, no gzip asked): median "
        f"**{cold['median_ms']:.2f} ms**, p95 {cold['p95_ms']:.2f} ms, max "
        f"{cold['max_ms']:.2f} ms (the very first: {cold['first_ever_ms']:.2f} ms); the same "
        f"URLs again (cache hits): median {cold['warm_median_ms']:.2f} ms, p95 "
        f"{cold['warm_p95_ms']:.2f} ms.",
        f"- Access-log probe (`tahaluf serve`, TAHALUF_ACCESS_LOG=true, stderr to a file): "
        f"{probe_lines} JSON access-log line(s) on stderr for {probe_requests} requests "
        "(the readiness polls of /health left out)."
        + (" Row d2 measured no logging at all." if probe_lines == 0 else ""),
        "",
        "## Commands",
        "",
        f"- wrk, e.g. row d: `{wrk_example}` (row e adds `-H 'If-None-Match: <etag>'`)",
    ]
    seen = set()
    for server in servers:
        if server.name in seen:
            continue
        seen.add(server.name)
        lines.append(f"- {server.name}: `{server.command}`")
    lines.append(
        f"- cold: `{cold['command']}`; URLs like `{cold['urls'][0]}`, `{cold['urls'][-1]}`"
    )  # type: ignore[index]
    lines += ["", "## Machine", ""]
    lines += [f"- {key}: {value}" for key, value in info.items()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
