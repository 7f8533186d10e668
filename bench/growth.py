"""Growth benchmark: build and serve the seed grown 1x to 1000x; what each size costs.

For each size, a synthetic seed (`bench/growth_seed.py`) is built with `tahaluf build` and
served as production serves it (the image's `tahaluf serve --server granian`, one worker,
`TAHALUF_BUILD_ON_START=false`, the access log on and written to a file), on 127.0.0.1 at
a free port. Recorded: build time and peak RSS (psutil, the whole process tree, sampled
every 20 ms); database size; start-up from spawning the server to its first 200 `/health`;
RSS of the serving process (granian's worker) and the PSS of the server's whole process
tree (its parent included: near what a pod's limit counts) after start-up and after the
query set; cold latency of each query with the response cache off
(`TAHALUF_CACHE_ENTRIES=0`, `TAHALUF_CACHE_BYTES=0`),
timed by this script over one keep-alive connection, the queries taken round-robin and the
first answer of each left out of the percentiles; and warm requests/s with the cache on
(wrk over the query set, one thread and 8 connections, or a bounded single-connection
loop where wrk is missing: the results say which), the median of 3 runs alternating
between the servers of that size.

The baseline commit (`--baseline`, by default the one before the engine change) is checked
out with `git worktree add` into a temporary folder, `uv sync`ed and measured in the same
run at the sizes `--baseline-sizes` names (1x by default: the old code takes minutes to
build 1000x), and only built (not served) at `--baseline-build-sizes`, which gives the
database-size target its baseline; its worktree is removed afterwards. At a size both
run, both are built, then both served at once and their cold requests interleaved,
request by request, so the machine's drift falls evenly on both; their warm runs follow
one after the other.
`--postgres-sizes` adds rows of ours served from PostgreSQL (`DATABASE_URL`, a throwaway
cluster started as the tests start theirs); the targets are judged on SQLite's rows.

The targets of issue 15 are evaluated and printed, one verdict a line; the tables go to
bench/results/growth.md and everything measured to bench/results/growth.json.
Exit status 1 when a build, a server or a request failed; targets only print verdicts.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import hashlib
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
from benchlib import (
    HOST,
    RESULTS,
    ROOT,
    Server,
    free_port,
    invocation,
    machine_info,
    markdown_table,
    raise_on_sigterm,
    run_wrk,
    venv_script,
    write_result,
)
from growth_seed import FACTORS, counts, make_seed

BASELINE = "a655cc8"  # the commit before the engine change of issue 15
MIB = 1024 * 1024
PAGE = 100  # the collections' default page size
WARM_ROUNDS = 3  # alternating warm runs a server, the median reported
# (label, path); `{member}`, `{event}`, `{person}`, `{members_last}`, `{timeline_last}`
# are filled in per size from the seed and from X-Total-Count.
QUERIES = (
    ("members imctc", "/members?coalition=imctc"),
    ("members sorted", "/members?sort=-name.en&limit=20"),
    ("timeline 2016-2018", "/timeline?from=2016&to=2018"),
    ("search سعود", "/search?q=سعود"),
    ("people q=godfrey", "/people?q=godfrey"),
    ("member by id", "/members/{member}"),
    ("event by id", "/timeline/{event}"),
    ("person by id", "/people/{person}"),
    ("members last page", f"/members?limit={PAGE}&offset={{members_last}}"),
    ("timeline last page", f"/timeline?limit={PAGE}&offset={{timeline_last}}"),
)
SEARCH = {"search سعود"}  # held to the search target, the others to the query target
# Issue 15's targets.
BIG, SMALL = 1000, 1
STARTUP_MAX_S, STARTUP_SPREAD_S = 3.0, 0.5
RSS_MAX_MIB = 150.0
P95_MAX_MS, SEARCH_P95_MAX_MS = 10.0, 25.0
P50_OVER_BASELINE_MS = 0.5
BUILD_MAX_S, BUILD_PEAK_MAX_MIB, DB_MAX_OVER_BASELINE = 180.0, 1024.0, 2.0
README = ROOT / "README.md"
README_START = "<!-- growth-table:start (written by bench/growth.py --readme) -->"
README_END = "<!-- growth-table:end -->"


@dataclass
class Code:
    """A checkout whose code is measured: this one, or the baseline's worktree."""

    label: str
    root: Path
    commit: str
    tahaluf: str


@dataclass
class Latency:
    path: str
    samples_ms: list[float] = field(default_factory=list)
    first_ms: float = 0.0
    errors: int = 0

    @property
    def p50(self) -> float:
        return statistics.median(self.samples_ms) if self.samples_ms else float("nan")

    @property
    def p95(self) -> float:
        return percentile(self.samples_ms, 95)


@dataclass
class Row:
    """What one size of one code cost."""

    code: str
    commit: str
    factor: int
    records: dict[str, int]
    backend: str = "sqlite"
    build_s: float = float("nan")
    build_peak_mib: float = float("nan")
    db_mib: float = float("nan")
    startup_s: float = float("nan")
    rss_started_mib: float = float("nan")  # of the serving process (granian's worker)
    rss_after_queries_mib: float = float("nan")
    tree_pss_started_mib: float = float("nan")  # of all the server's processes
    tree_pss_after_queries_mib: float = float("nan")
    latency: dict[str, Latency] = field(default_factory=dict)
    warm_rps: float = float("nan")
    warm_tool: str = ""
    errors: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        base = f" {self.code} ({self.commit})" if self.code != "ours" else ""
        return f"{self.factor}x" + base + (f" {self.backend}" if self.backend != "sqlite" else "")


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile: a value that was measured, never an interpolation."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


def tree(pid: int) -> list[psutil.Process]:
    """A process and all its descendants, the process first."""
    try:
        root = psutil.Process(pid)
        return [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def tree_rss(pid: int) -> int:
    """Resident bytes of a process tree (pages shared by its processes counted in each)."""
    total = 0
    for proc in tree(pid):
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            total += proc.memory_info().rss
    return total


def served_memory(pid: int) -> tuple[float, float]:
    """(the serving process's RSS, the whole tree's PSS) in MiB.

    The serving process is the server's worker: granian's child, or uvicorn's one process.
    PSS shares each page among the processes mapping it, so the tree's sum counts a
    page its processes share once, as a pod's memory limit does (RSS where PSS is denied).
    """
    procs = tree(pid)
    worker, total = 0, 0
    for proc in procs:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            info = proc.memory_full_info()
            total += getattr(info, "pss", info.rss)
            if proc is not procs[0] or len(procs) == 1:
                worker = max(worker, info.rss)
    return worker / MIB, total / MIB


def run_measured(argv: list[str], env: dict[str, str], log: Path) -> tuple[float, int, int]:
    """Run a command to its end: (seconds, peak tree RSS in bytes, exit status)."""
    started = time.perf_counter()
    with log.open("wb") as out:
        proc = subprocess.Popen(
            argv, env={**os.environ, **env}, stdin=subprocess.DEVNULL, stdout=out, stderr=out
        )
        peak = 0
        while proc.poll() is None:
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.02)
    return time.perf_counter() - started, peak, proc.returncode


class Client:
    """One keep-alive HTTP/1.1 connection to the server: the least a client can add."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.conn = http.client.HTTPConnection(HOST, port, timeout=120)

    def get(self, path: str) -> tuple[int, dict[str, str], bytes, float]:
        started = time.perf_counter()
        try:
            self.conn.request("GET", path, headers={"Accept-Encoding": "identity"})
            response = self.conn.getresponse()
            body = response.read()
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = http.client.HTTPConnection(HOST, self.port, timeout=120)
            raise
        took = (time.perf_counter() - started) * 1000
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body, took

    def close(self) -> None:
        self.conn.close()


def wait_health(server: Server, started: float, timeout: float) -> float:
    """Seconds from spawning the server to its first 200 `/health`, polled every 10 ms."""
    assert server.proc is not None
    deadline = started + timeout
    while time.perf_counter() < deadline:
        if server.proc.poll() is not None:
            raise RuntimeError(f"server exited with {server.proc.returncode}: {server.command}")
        with contextlib.suppress(OSError, http.client.HTTPException):
            conn = http.client.HTTPConnection(HOST, server.port, timeout=5)
            try:
                conn.request("GET", "/health")
                if conn.getresponse().status == 200:
                    return time.perf_counter() - started
            finally:
                conn.close()
        time.sleep(0.01)
    raise RuntimeError(f"no 200 /health after {timeout:.0f} s: {server.command}")


@dataclass
class Subject:
    """One code at one size: what it is built from and into, and its row of results."""

    code: Code
    seed: Path
    db: Path
    row: Row
    url: str | None = None  # a PostgreSQL database instead of the SQLite file `db`
    prebuilt: bool = False  # `db` was built before the run (`--prebuilt`): served, kept
    build_only: bool = False  # built and measured, not served (`--baseline-build-sizes`)
    pid: int = 0  # the server's, while it serves
    client: Client = field(init=False)

    @classmethod
    def make(
        cls, code: Code, factor: int, seed: Path, work: Path, url: str | None = None
    ) -> Subject:
        row = Row(code.label, code.commit, factor, seed_counts(seed))
        if url is not None:
            row.backend = "postgresql"
        name = f"{code.label}-{factor}x-{row.backend}.db"
        return cls(code, seed, work / name, row, url)

    @property
    def work(self) -> Path:
        return self.db.parent


@contextlib.contextmanager
def serving(
    subject: Subject, cache: bool, args: argparse.Namespace
) -> Iterator[tuple[Server, float]]:
    """The subject's server, up, with its start-up time; stopped afterwards."""
    code, db, seed, work = subject.code, subject.db, subject.seed, subject.work
    env = {
        "TAHALUF_DATABASE_PATH": str(db),
        "TAHALUF_SEED_DIR": str(seed),
        "TAHALUF_BUILD_ON_START": "false",
        "TAHALUF_ACCESS_LOG": "true",
    }
    if not cache:
        env |= {"TAHALUF_CACHE_ENTRIES": "0", "TAHALUF_CACHE_BYTES": "0"}
    for name in ("DATABASE_URL", "TAHALUF_DATABASE_URL"):
        os.environ.pop(name, None)  # no URL from the caller's shell
    if subject.url is not None:
        env["DATABASE_URL"] = subject.url
    port = free_port()
    argv = [code.tahaluf, "serve", "--host", HOST, "--port", str(port), "--server", args.server]
    log = work / f"serve-{code.label}-{db.stem}-{'warm' if cache else 'cold'}.log"
    server = Server(code.label, argv, port, "/health", env=env, stderr=str(log))
    started = time.perf_counter()
    server.start()
    try:
        yield server, wait_health(server, started, args.startup_timeout)
    finally:
        server.stop()


@functools.cache
def seed_counts(seed: Path) -> dict[str, int]:
    """Records per copied file; once a seed (reading 1000x's 166 MB takes seconds)."""
    return counts(seed)


@functools.cache
def seed_ids(seed: Path) -> dict[str, str]:
    """The last member, event and person of the seed: the last copy, the deepest look-up."""
    last = {}
    for key, name in (("member", "members"), ("event", "timeline"), ("person", "people")):
        records = json.loads((seed / f"{name}.json").read_text(encoding="utf-8"))
        last[key] = urllib.parse.quote(records[-1]["id"], safe="")
    return last


def query_paths(client: Client, seed: Path, row: Row) -> dict[str, str]:
    """The query set's paths for this size, the last pages found from X-Total-Count."""
    values: dict[str, Any] = dict(seed_ids(seed))
    for collection in ("members", "timeline"):
        status, headers, _, _ = client.get(f"/{collection}?limit=1")
        total = int(headers.get("x-total-count", "-1"))
        if status != 200 or total < 0:
            raise RuntimeError(f"/{collection}?limit=1: status {status}, no X-Total-Count")
        expected = row.records["timeline" if collection == "timeline" else "members"]
        if total != expected:
            raise RuntimeError(f"/{collection} holds {total} records, the seed {expected}")
        values[f"{collection}_last"] = max(0, (total - 1) // PAGE * PAGE)
    return {label: quote(path.format(**values)) for label, path in QUERIES}


def quote(path: str) -> str:
    """A path as sent: non-ASCII (Arabic) percent-encoded, the query's syntax kept."""
    return urllib.parse.quote(path, safe="/?&=,.-_~")


def time_queries(live: list[Subject], args: argparse.Namespace) -> None:
    """Each query `args.runs` times within `args.budget` seconds (3 times at least).

    Round-robin over the queries, and for each query over the codes served at this size,
    in alternating order, so the machine's drift falls evenly on the baseline and on ours.
    """
    deadline = time.perf_counter() + args.budget
    for run in range(args.runs + 1):
        if run > 3 and time.perf_counter() > deadline:
            break
        for number, (label, _) in enumerate(QUERIES):
            # Who goes first swaps every time: the one behind waits out the other's logging.
            for subject in live if (run + number) % 2 == 0 else live[::-1]:
                latency = subject.row.latency[label]
                try:
                    status, _, body, took = subject.client.get(latency.path)
                except (OSError, http.client.HTTPException):
                    latency.errors += 1
                    continue
                if status != 200 or not body:
                    latency.errors += 1
                elif run == 0:
                    latency.first_ms = took
                else:
                    latency.samples_ms.append(took)


def wrk_script(paths: list[str], work: Path) -> Path:
    script = work / "growth_mix.lua"
    listed = ",\n".join(f"  {json.dumps(path)}" for path in paths)
    script.write_text(
        f"local paths = {{\n{listed}\n}}\nlocal i = 0\n"
        "request = function()\n  i = i % #paths + 1\n"
        '  return wrk.format("GET", paths[i])\nend\n',
        encoding="utf-8",
    )
    return script


def warm_once(server: Server, paths: list[str], work: Path, seconds: float) -> tuple[float, str]:
    """Requests/s over the query set, its answers cached, and the tool that measured it."""
    if shutil.which("wrk"):
        script = str(wrk_script(paths, work))
        argv = ["wrk", "-t1", "-c8", f"-d{seconds:g}s", "--latency", "-s", script, server.base]
        result = run_wrk(argv, seconds)
        if result.errors:
            raise RuntimeError(f"wrk saw {result.errors} errors:\n{result.output}")
        return result.rps, "wrk -t1 -c8"
    client = Client(server.port)
    try:
        done, started = 0, time.perf_counter()
        while time.perf_counter() < started + seconds and done < 1_000_000:
            client.get(paths[done % len(paths)])
            done += 1
        return done / (time.perf_counter() - started), "http.client loop, 1 connection"
    finally:
        client.close()


def warm_run_seconds(total: float) -> int:
    """One warm run's length: wrk takes whole seconds."""
    return max(1, round(total / WARM_ROUNDS))


def measure_warm(live: list[Subject], args: argparse.Namespace) -> None:
    """Warm requests/s with the cache on: the median of alternating runs of each server."""
    with contextlib.ExitStack() as stack:
        up: list[tuple[Subject, Server, list[str]]] = []
        for subject in live:
            try:
                server, _ = stack.enter_context(serving(subject, True, args))
                paths = [lat.path for lat in subject.row.latency.values()]
                client = Client(server.port)
                for path in paths:  # into the cache
                    client.get(path)
                client.close()
                up.append((subject, server, paths))
            except FAILURES as exc:
                subject.row.errors.append(f"warm: {type(exc).__name__}: {exc}")
        runs: dict[int, list[float]] = {id(subject): [] for subject, _, _ in up}
        for number in range(WARM_ROUNDS):
            for subject, server, paths in up if number % 2 == 0 else up[::-1]:
                try:
                    rps, subject.row.warm_tool = warm_once(
                        server, paths, subject.work, warm_run_seconds(args.warm)
                    )
                    runs[id(subject)].append(rps)
                except FAILURES as exc:
                    subject.row.errors.append(f"warm: {type(exc).__name__}: {exc}")
        for subject, _, _ in up:
            if runs[id(subject)]:
                subject.row.warm_rps = statistics.median(runs[id(subject)])


def build(subject: Subject) -> bool:
    """`tahaluf build` of the subject's seed, timed and its memory sampled."""
    code, db, row = subject.code, subject.db, subject.row
    if subject.prebuilt:  # build time and memory not measured: left blank
        if not db.is_file():
            row.errors.append(f"no prebuilt database {db}")
            return False
        row.db_mib = db.stat().st_size / MIB
        return True
    log = subject.work / f"build-{code.label}-{db.stem}.log"
    into = ["--url", subject.url] if subject.url else ["--out", str(db)]
    argv = [code.tahaluf, "build", "--seed", str(subject.seed), *into]
    # A grown seed's files outgrow the checker's default limit on one file (16 MiB).
    seconds, peak, status = run_measured(argv, {"TAHALUF_SEED_MAX_BYTES": str(1 << 30)}, log)
    if status != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
        row.errors.append(f"build exited {status}: {tail}")
        return False
    row.build_s, row.build_peak_mib = seconds, peak / MIB
    if subject.url:
        row.db_mib = postgres_size(subject.url) / MIB
    else:
        row.db_mib = sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / MIB
    return True


def postgres_size(url: str) -> int:
    """`pg_database_size`: the database's files, its indexes and TOAST included."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            size = connection.execute(text("select pg_database_size(current_database())"))
            return int(size.scalar_one())
    finally:
        engine.dispose()


@contextlib.contextmanager
def postgres_cluster(wanted: bool) -> Iterator[Any]:
    """A throwaway PostgreSQL server (the tests' own, `tests/postgres.py`), or None."""
    if not wanted:
        yield None
        return
    sys.path.insert(0, str(ROOT))
    from tests.postgres import throwaway_server

    with throwaway_server() as server:
        print(f"PostgreSQL {server.bin_dir} on port {server.port}", flush=True)
        yield server


FAILURES = (RuntimeError, ValueError, OSError, http.client.HTTPException)


def serve_cold(subject: Subject, stack: contextlib.ExitStack, args: argparse.Namespace) -> None:
    """Start the subject's server with the cache off; record start-up; find its paths."""
    row = subject.row
    server, startup = stack.enter_context(serving(subject, False, args))
    assert server.proc is not None
    subject.pid = server.proc.pid
    row.startup_s = startup
    row.rss_started_mib, row.tree_pss_started_mib = served_memory(subject.pid)
    subject.client = Client(server.port)
    stack.callback(subject.client.close)
    paths = query_paths(subject.client, subject.seed, row)
    row.latency = {label: Latency(path) for label, path in paths.items()}


def measure(subjects: list[Subject], args: argparse.Namespace) -> None:
    """Build one size with each code, serve it cold then warm, and record what it cost."""
    for subject in subjects:
        print(f"  {subject.row.label}: building {subject.row.records}", flush=True)
    live = [s for s in subjects if build(s) and not s.build_only]
    with contextlib.ExitStack() as stack:
        for subject in list(live):
            try:
                serve_cold(subject, stack, args)
            except FAILURES as exc:
                subject.row.errors.append(f"{type(exc).__name__}: {exc}")
                live.remove(subject)
        time_queries(live, args)
        for subject in live:
            row = subject.row
            row.rss_after_queries_mib, row.tree_pss_after_queries_mib = served_memory(subject.pid)
    measure_warm(live, args)
    for subject in subjects:
        row = subject.row
        row.errors += [
            f"{k}: {lat.errors} failed requests" for k, lat in row.latency.items() if lat.errors
        ]
        if not subject.prebuilt:
            with contextlib.suppress(OSError):
                subject.db.unlink()
        print(f"  {row.label}: {summary(row)}", flush=True)


def summary(row: Row) -> str:
    if row.errors:
        return "FAILED: " + "; ".join(row.errors)
    return (
        f"build {row.build_s:.1f} s / {row.build_peak_mib:.0f} MiB, db {row.db_mib:.1f} MiB, "
        f"start-up {row.startup_s:.2f} s, RSS {row.rss_started_mib:.0f} -> "
        f"{row.rss_after_queries_mib:.0f} MiB, warm {row.warm_rps:.0f}/s"
    )


def git(*argv: str, cwd: Path = ROOT) -> str:
    done = subprocess.run(["git", *argv], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def this_code() -> Code:
    commit = git("rev-parse", "--short", "HEAD")
    if git("status", "--porcelain", "--untracked-files=no"):
        commit += "+changes"
    return Code("ours", ROOT, commit, venv_script("tahaluf"))


@contextlib.contextmanager
def baseline_code(rev: str, work: Path) -> Iterator[Code]:
    """The baseline commit in a temporary worktree with its own environment; removed after."""
    commit = git("rev-parse", "--short", f"{rev}^{{commit}}")
    tree = work / f"baseline-{commit}"
    git("worktree", "add", "--detach", str(tree), commit)
    try:
        env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
        env.pop("UV_PROJECT_ENVIRONMENT", None)
        # Its packages compiled at install, as ours are (`compile-bytecode` in pyproject.toml)
        # and as the image does: neither start-up pays for compiling every module it imports.
        env["UV_COMPILE_BYTECODE"] = "1"
        print(f"baseline {commit}: uv sync in {tree}", flush=True)
        subprocess.run(
            ["uv", "sync", "--frozen", "--no-dev", "--quiet"], cwd=tree, env=env, check=True
        )
        yield Code("baseline", tree, commit, str(tree / ".venv" / "bin" / "tahaluf"))
    finally:
        git("worktree", "remove", "--force", str(tree))


def seed_digest(seed: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(seed.glob("*.json")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class Seeds:
    """Grown seeds, made once per (seed folder contents, factor) and shared by the codes."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.made: dict[tuple[str, int], Path] = {}

    def get(self, code: Code, factor: int) -> Path:
        source = code.root / "seed"
        key = (seed_digest(source), factor)
        if key not in self.made:
            out = self.work / f"seed-{len(self.made)}-{factor}x"
            started = time.perf_counter()
            self.made[key] = make_seed(factor, out, source)
            took = time.perf_counter() - started
            print(f"  seed {factor}x from {source} in {took:.1f} s", flush=True)
        return self.made[key]


def row_for(rows: list[Row], code: str, factor: int) -> Row | None:
    found = [
        r
        for r in rows
        if r.code == code and r.factor == factor and r.backend == "sqlite" and not r.errors
    ]
    return found[0] if found else None


def build_targets(rows: list[Row]) -> list[tuple[str, str, str]]:
    """Issue 15 item 7: the build's time, its memory and the database's size at 1000x."""
    big, base = row_for(rows, "ours", BIG), row_for(rows, "baseline", BIG)
    ratio = big and base and big.db_mib / base.db_mib
    return [
        verdict(f"build at {BIG}x < {BUILD_MAX_S:g} s", big and big.build_s, BUILD_MAX_S, "s"),
        verdict(
            f"build's peak RSS at {BIG}x < {BUILD_PEAK_MAX_MIB:g} MiB",
            big and big.build_peak_mib,
            BUILD_PEAK_MAX_MIB,
            "MiB",
        ),
        verdict(
            f"database at {BIG}x < {DB_MAX_OVER_BASELINE:g}x the baseline's",
            ratio,
            DB_MAX_OVER_BASELINE,
            "x",
        ),
    ]


def verdict(
    name: str, measured: float | None, limit: float, unit: str, at_most: bool = False
) -> tuple[str, str, str]:
    """A target's line: PASS below the limit (or at it, for an "at most" target)."""
    if measured is None or measured != measured:  # not run, or NaN
        return name, "not measured", "NOT MEASURED"
    passed = measured <= limit if at_most else measured < limit
    return name, f"{measured:.2f} {unit} (limit {limit:g})", "PASS" if passed else "FAIL"


def targets(rows: list[Row]) -> list[tuple[str, str, str]]:
    """Issue 15's targets, each with its measured value and a verdict."""
    big, small = row_for(rows, "ours", BIG), row_for(rows, "ours", SMALL)
    base = row_for(rows, "baseline", SMALL)
    out = [
        *build_targets(rows),
        verdict(
            f"start-up at {BIG}x < {STARTUP_MAX_S:g} s", big and big.startup_s, STARTUP_MAX_S, "s"
        ),
        verdict(
            f"start-up at {BIG}x at most {STARTUP_SPREAD_S} s over {SMALL}x",
            big and small and big.startup_s - small.startup_s,
            STARTUP_SPREAD_S,
            "s",
            at_most=True,
        ),
        verdict(
            f"RSS after the query set at {BIG}x < {RSS_MAX_MIB:g} MiB (serving process)",
            big and big.rss_after_queries_mib,
            RSS_MAX_MIB,
            "MiB",
        ),
    ]
    for label, _ in QUERIES:
        limit = SEARCH_P95_MAX_MS if label in SEARCH else P95_MAX_MS
        p95 = big.latency[label].p95 if big and label in big.latency else None
        out.append(verdict(f"cold p95 `{label}` at {BIG}x < {limit:g} ms", p95, limit, "ms"))
    for label, _ in QUERIES:
        over, paired = None, ""
        if small and base and label in small.latency and label in base.latency:
            ours, theirs = small.latency[label], base.latency[label]
            over = ours.p50 - theirs.p50
            pairs = [a - b for a, b in zip(ours.samples_ms, theirs.samples_ms, strict=False)]
            if pairs:
                paired = f"; median of paired differences {statistics.median(pairs):.2f} ms"
        name, measured, result = verdict(
            f"cold p50 `{label}` at {SMALL}x at most {P50_OVER_BASELINE_MS} ms over baseline",
            over,
            P50_OVER_BASELINE_MS,
            "ms over",
            at_most=True,
        )
        out.append((name, measured + paired, result))
    return out


def fmt(value: float, spec: str) -> str:
    return "-" if value != value else format(value, spec)


def mib_pair(first: float, second: float) -> str:
    return f"{fmt(first, '.0f')} ({fmt(second, '.0f')}) MiB"


def table(rows: list[Row]) -> str:
    header = ["", *(r.label for r in rows)]
    lines: list[list[str]] = [
        ["members / events / people"]
        + [
            f"{r.records['members']} / {r.records['timeline']} / {r.records['people']}"
            for r in rows
        ],
        ["`tahaluf build` time / peak RSS"]
        + [f"{fmt(r.build_s, '.1f')} s / {fmt(r.build_peak_mib, '.0f')} MiB" for r in rows],
        ["database size"] + [f"{fmt(r.db_mib, '.1f')} MiB" for r in rows],
        ["start-up to the first `/health`"] + [f"{fmt(r.startup_s, '.2f')} s" for r in rows],
        ["RSS after start-up (all processes' PSS)"]
        + [mib_pair(r.rss_started_mib, r.tree_pss_started_mib) for r in rows],
        ["RSS after the query set (all processes' PSS)"]
        + [mib_pair(r.rss_after_queries_mib, r.tree_pss_after_queries_mib) for r in rows],
    ]
    for label, path in QUERIES:
        cells = []
        for r in rows:
            lat = r.latency.get(label)
            cells.append(f"{fmt(lat.p50, '.2f')} / {fmt(lat.p95, '.2f')}" if lat else "-")
        shown = re.sub(
            r"\{\w+_last\}", "{last}", re.sub(r"\{(member|event|person)\}", "{id}", path)
        )
        lines.append([f"cold p50 / p95 ms `{shown}`", *cells])
    lines.append(["warm requests/s (cache on)"] + [fmt(r.warm_rps, ",.0f") for r in rows])
    return markdown_table(header, lines, right=set(range(1, len(header))))


def report(rows: list[Row], meta: dict[str, Any]) -> str:
    verdicts = targets(rows)
    tools = sorted({r.warm_tool for r in rows if r.warm_tool})
    samples = sorted({len(lat.samples_ms) for r in rows for lat in r.latency.values()})
    lines = [
        "# Growth benchmark",
        "",
        f"Written by `{meta['invocation']}` on {meta['date']}: code {meta['commit']}, "
        f"baseline {meta['baseline'] or 'not run'}; server `{meta['server']}`.",
        f"Load average (1, 5, 15 min) before: {meta['load_before']}, after: {meta['load_after']}"
        f"; {meta['machine']['nproc']} cores, {meta['machine']['cpu']}.",
        f"Cold latency: {', '.join(map(str, samples))} timed requests per query (cache off), "
        f"client-side over one keep-alive connection. Warm requests/s: {', '.join(tools)}, "
        f"the median of {WARM_ROUNDS} runs of {warm_run_seconds(meta['warm_seconds'])} s over "
        "the query set, cache on.",
        "",
        table(rows),
        "",
        "## Targets (issue 15)",
        "",
        markdown_table(["target", "measured", "verdict"], [list(v) for v in verdicts]),
    ]
    failed = [f"- {r.label}: {'; '.join(r.errors)}" for r in rows if r.errors]
    if failed:
        lines += ["", "## Failures", "", *failed]
    return "\n".join(lines) + "\n"


def as_json(rows: list[Row], meta: dict[str, Any]) -> dict[str, Any]:
    out = []
    for r in rows:
        data = asdict(r)
        for label, lat in r.latency.items():
            data["latency"][label] |= {"p50_ms": lat.p50, "p95_ms": lat.p95}
        out.append(data)
    verdicts = [dict(zip(("target", "measured", "verdict"), v, strict=True)) for v in targets(rows)]
    return {**meta, "rows": out, "targets": verdicts}


def load_average() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def run(args: argparse.Namespace, work: Path, meta: dict[str, Any]) -> list[Row]:
    """Every size in turn; the results written after each, so a cut-short run leaves some."""
    ours, seeds, rows = this_code(), Seeds(work), []
    meta["commit"] = ours.commit
    with contextlib.ExitStack() as stack:
        base = stack.enter_context(baseline_code(args.baseline, work)) if args.baseline else None
        meta["baseline"] = base.commit if base else ""
        postgres = stack.enter_context(postgres_cluster(bool(args.postgres_sizes)))
        for factor in args.sizes:
            print(f"{factor}x", flush=True)
            built_only = bool(base) and factor in args.baseline_build_sizes
            codes = [base] if base and (factor in args.baseline_sizes or built_only) else []
            subjects = [
                Subject.make(code, factor, seeds.get(code, factor), work) for code in [*codes, ours]
            ]
            if built_only and factor not in args.baseline_sizes:
                subjects[0].build_only = True
            if factor in args.prebuilt:
                subjects[-1].db, subjects[-1].prebuilt = args.prebuilt[factor], True
            if postgres is not None and factor in args.postgres_sizes:
                url = postgres.create_database(f"growth_{factor}x")
                subjects.append(Subject.make(ours, factor, seeds.get(ours, factor), work, url))
            measure(subjects, args)
            rows += [subject.row for subject in subjects]
            for path in seeds.made.values():  # a size's seeds only while it runs
                shutil.rmtree(path, ignore_errors=True)
            seeds.made.clear()
            publish(rows, meta, args.name, final=factor == args.sizes[-1])
    return rows


def publish(rows: list[Row], meta: dict[str, Any], name: str, final: bool) -> None:
    """Write the results so far to bench/results/<name>.md and .json."""
    meta = {**meta, "load_after": load_average()}
    if not final:
        meta["date"] += " (cut short: sizes still to run)"
    text = report(rows, meta)
    path = write_result(name, text)
    (RESULTS / f"{name}.json").write_text(
        json.dumps(as_json(rows, meta), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    if final:
        print("\n" + text)
        print(f"wrote {path} and {name}.json")
        if meta.get("readme"):
            update_readme(readme_table(rows, meta))
            print(f"rewrote the growth table in {README.relative_to(ROOT)}")


def readme_table(rows: list[Row], meta: dict[str, Any]) -> str:
    """The README's short table: what each size costs, from this run's rows."""
    shown = [r for r in rows if r.backend == "sqlite" and r.startup_s == r.startup_s]
    worst = [label for label, _ in QUERIES if label not in SEARCH]

    def slowest(r: Row) -> str:
        label = max(worst, key=lambda k: r.latency[k].p95 if k in r.latency else 0.0)
        return f"{fmt(r.latency[label].p95, '.1f')} ({label})" if label in r.latency else "-"

    def search(r: Row) -> str:
        found = [r.latency[k].p95 for k in SEARCH if k in r.latency]
        return fmt(found[0], ".1f") if found else "-"

    lines = [
        ["build time / peak RSS"]
        + [f"{fmt(r.build_s, '.0f')} s / {fmt(r.build_peak_mib, '.0f')} MiB" for r in shown],
        ["database"] + [f"{fmt(r.db_mib, '.0f')} MiB" for r in shown],
        ["start-up"] + [f"{fmt(r.startup_s, '.1f')} s" for r in shown],
        ["RSS after the queries"] + [f"{fmt(r.rss_after_queries_mib, '.0f')} MiB" for r in shown],
        ["slowest cold p95, ms"] + [slowest(r) for r in shown],
        ["`/search?q=سعود` cold p95, ms"] + [search(r) for r in shown],
    ]
    note = (
        f"One run of `{meta['invocation']}`, {meta['date']}, load average "
        f"{meta['load_before']} before and {meta['load_after']} after, on "
        f"{meta['machine']['nproc']} cores; the whole table and every target: "
        "[the growth benchmark](docs/growth.md)."
    )
    header = ["", *(r.label for r in shown)]
    table_text = markdown_table(header, lines, right=set(range(1, len(header))))
    return note + "\n\n" + table_text


def update_readme(block: str) -> None:
    text = README.read_text(encoding="utf-8")
    start, end = text.index(README_START), text.index(README_END)
    README.write_text(
        text[: start + len(README_START)] + "\n" + block + "\n" + text[end:], encoding="utf-8"
    )


def prebuilt(text: str) -> dict[int, Path]:
    found: dict[int, Path] = {}
    for part in filter(None, text.split(",")):
        factor, _, file = part.partition("=")
        if not factor.isdigit() or not file:
            raise argparse.ArgumentTypeError(f"FACTOR=FILE, not {part!r}")
        found[int(factor)] = Path(file)
    return found


def sizes(text: str) -> list[int]:
    values = [int(part) for part in text.split(",") if part.strip()]
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError(f"a comma list of factors >= 1, not {text!r}")
    return values


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    factors = ",".join(map(str, FACTORS))
    parser.add_argument("--sizes", type=sizes, default=list(FACTORS), help=f"e.g. {factors}")
    parser.add_argument("--runs", type=int, default=50, help="timed requests per query")
    parser.add_argument(
        "--budget", type=float, default=60, help="seconds of cold requests per size at most"
    )
    parser.add_argument(
        "--warm", type=float, default=6, help="seconds of warm load a server, in 3 runs"
    )
    parser.add_argument(
        "--baseline", default=BASELINE, help="baseline git revision ('' to skip it)"
    )
    parser.add_argument(
        "--baseline-sizes", type=sizes, default=[1], help="sizes the baseline runs at"
    )
    parser.add_argument(
        "--baseline-build-sizes",
        type=sizes,
        default=[],
        help="sizes the baseline is only built at (its database size: item 7's target)",
    )
    parser.add_argument(
        "--readme", action="store_true", help="rewrite README.md's growth table from this run"
    )
    parser.add_argument(
        "--postgres-sizes",
        type=sizes,
        default=[],
        help="sizes ours also runs on PostgreSQL at (a throwaway cluster, tests/postgres.py)",
    )
    parser.add_argument(
        "--prebuilt",
        type=prebuilt,
        default={},
        help="FACTOR=FILE,...: serve this database, built by `tahaluf build` of the grown "
        "seed before the run, at that size (its build is not measured; the file is kept)",
    )
    parser.add_argument("--server", choices=("granian", "uvicorn"), default="granian")
    parser.add_argument("--startup-timeout", type=float, default=300, help="seconds")
    parser.add_argument(
        "--name", default="growth", help="results file name under bench/results (.md, .json)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the work folder (logs)")
    return parser.parse_args()


def main() -> int:
    args = arguments()
    raise_on_sigterm()
    meta: dict[str, Any] = {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}
    meta |= {"invocation": invocation("growth.py"), "load_before": load_average()}
    meta |= {"server": args.server, "warm_seconds": args.warm, "machine": machine_info()}
    meta["readme"] = args.readme
    work = Path(tempfile.mkdtemp(prefix="tahaluf-growth-"))
    try:
        rows = run(args, work, meta)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 1 if any(r.errors for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
