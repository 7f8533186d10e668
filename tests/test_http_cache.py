"""The shared HTTP cache in front (deploy/nginx/nginx.conf), run by Debian's nginx before
`tahaluf serve`, under both servers, on loopback: what it answers must be what the service
answers, for as long as the service's headers allow and no longer, within its bounds.
"""

from __future__ import annotations

import json
import re
import secrets
import socket
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from app.build.builder import build_database
from tests.nginx import NginxCache, nginx_binary
from tests.servers import ServerProcess, free_ports

SERVERS = ("uvicorn", "granian")
# Headers of the connection or the moment, not of the answer.
PER_RESPONSE = {"date", "x-request-id", "connection", "keep-alive"}
NGINX_REQUEST_ID = re.compile(r"^[0-9a-f]{32}$")
URLS = [
    "/",
    "/members?coalition=imctc",
    "/members/SA",
    "/coalitions/imctc/members?format=csv",
    "/search?q=%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6",
    "/downloads/datapackage.zip",
    "/openapi.json",
    "/docs",
    "/members/ZZ",
    "/members?limit=0",
]
VARIANTS = {
    "plain": {"Accept-Encoding": "identity"},
    "gzip": {"Accept-Encoding": "gzip"},
    "csv": {"Accept": "text/csv", "Accept-Encoding": "identity"},
}


@dataclass
class Answer:
    status: int
    headers: list[tuple[str, str]]
    body: bytes  # as sent, compressed or not

    @property
    def comparable(self) -> list[tuple[str, str]]:
        return sorted((k, v) for k, v in self.headers if k not in PER_RESPONSE)

    def header(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k == name]

    @property
    def normalized(self) -> tuple[int, list[tuple[str, str]], bytes]:
        """What must not differ: a problem's `request_id` is the one in its header, and
        left out."""
        body = self.body
        if self.header("content-type") == ["application/problem+json"] and body:
            problem = json.loads(body)
            assert [problem.pop("request_id")] == self.header("x-request-id")
            body = json.dumps(problem).encode()
        return self.status, self.comparable, body

    def cache_status(self, cache: NginxCache) -> str:
        """HIT, MISS, EXPIRED...: how the cache answered, from its access log."""
        [request_id] = self.header("x-request-id")
        return str(cache.entry(request_id)["cache"])


def fetch(client: httpx.Client, url: str, headers: dict[str, str], method: str = "GET") -> Answer:
    with client.stream(method, url, headers=headers) as r:
        body = b"".join(r.iter_raw())
        return Answer(r.status_code, [(k.lower(), v) for k, v in r.headers.multi_items()], body)


class Service:
    """`tahaluf serve` on a loopback port, its access log (JSON lines) on in a file."""

    def __init__(
        self, server: str, database: Path, directory: Path, port: int, max_age: int = 300
    ) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.process = ServerProcess(
            ["app.cli", "serve", "--port", str(port), "--server", server],
            database=database,
            directory=directory,
            port=port,
            env={"TAHALUF_ACCESS_LOG": "true", "TAHALUF_MAX_AGE": str(max_age)},
        )
        # Generous: on a machine shared with other builds, start-up can take a while.
        self.process.wait_until_healthy(time.monotonic() + 90)
        self.client = self.process.client

    def requests(self) -> list[dict[str, object]]:
        """The requests the service logged (its readiness polls of /health left out)."""
        time.sleep(0.2)  # the access log leaves in batches within 50 ms
        entries = [
            json.loads(line)
            for line in self.process.stderr.splitlines()
            if '"logger":"tahaluf.access"' in line
        ]
        return [entry for entry in entries if entry.get("path") != "/health"]

    def stop(self) -> None:
        self.process.stop()


@dataclass
class Pair:
    server: str
    service: Service
    cache: NginxCache


@pytest.fixture(scope="module", params=SERVERS)
def pair(
    request: pytest.FixtureRequest, database: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Pair]:
    nginx_binary()
    port, upstream = free_ports(2)
    service = Service(request.param, database, tmp_path_factory.mktemp("service"), upstream)
    cache = NginxCache(port, upstream)
    try:
        yield Pair(request.param, service, cache)
    finally:
        cache.stop()
        service.stop()


def test_the_cache_answers_as_the_service_does(pair: Pair) -> None:
    """Status, every header but Date and the request id, and the bytes as sent, for records,
    lists, CSV, search, a download, docs and errors, plain, gzip and CSV: the first answer
    through the cache, the repeat it serves itself, and a HEAD, all equal the service's.
    An error is never stored (`private`): its body names the request's own id."""
    differences = []
    for url in URLS:
        for variant, headers in VARIANTS.items():
            direct = fetch(pair.service.client, url, headers)
            first = fetch(pair.cache.client, url, headers)
            repeat = fetch(pair.cache.client, url, headers)
            stored = "MISS" if direct.status >= 400 else "HIT"
            assert repeat.cache_status(pair.cache) == stored, f"{url} {variant}"
            head = fetch(pair.cache.client, url, headers, method="HEAD")
            expected = direct.normalized
            for name, answer in (("first", first), ("repeat", repeat)):
                if answer.normalized != expected:
                    differences.append((url, variant, name))
            if (head.status, head.comparable, head.body) != (*expected[:2], b""):
                differences.append((url, variant, "HEAD"))
            for answer in (direct, first, repeat, head):
                assert answer.header("server") == ["tahaluf"], f"{url} {variant}"
    assert differences == []


def test_gzip_and_plain_variants_are_kept_apart(pair: Pair) -> None:
    url = "/members?coalition=global-coalition&sort=-id"  # asked nowhere else
    answers: dict[str, list[Answer]] = {name: [] for name in VARIANTS}
    statuses = []
    for _ in range(2):
        for name, headers in VARIANTS.items():
            answers[name].append(answer := fetch(pair.cache.client, url, headers))
            statuses.append(answer.cache_status(pair.cache))
    # Each variant stored on its first request, then served: none overwrote another.
    assert statuses == ["MISS"] * 3 + ["HIT"] * 3
    gzip, plain, csv = (answers[name][1] for name in ("gzip", "plain", "csv"))
    assert gzip.header("content-encoding") == ["gzip"]
    assert plain.header("content-encoding") == csv.header("content-encoding") == []
    assert plain.header("content-type") == ["application/json"]
    assert csv.header("content-type")[0].startswith("text/csv")
    assert len({gzip.header("etag")[0], plain.header("etag")[0], csv.header("etag")[0]}) == 3
    for name, headers in VARIANTS.items():
        assert answers[name][1].body == fetch(pair.service.client, url, headers).body


def test_if_none_match_gets_a_304_from_the_cache(pair: Pair) -> None:
    url = "/members?coalition=imctc&limit=5"
    for headers in VARIANTS.values():
        etag = fetch(pair.cache.client, url, headers).header("etag")[0]
        seen = len(pair.service.requests())
        answer = fetch(pair.cache.client, url, {**headers, "If-None-Match": etag})
        assert answer.status == 304
        assert answer.header("etag") == [etag]
        assert answer.body == b""
        assert answer.cache_status(pair.cache) == "HIT"
        assert len(pair.service.requests()) == seen, "the 304 did not come from the cache"
        stale = fetch(pair.cache.client, url, {**headers, "If-None-Match": '"0000"'})
        assert stale.status == 200


def test_preflights_pass_through_as_the_service_answers_them(pair: Pair) -> None:
    preflight = {
        "Origin": "https://example.org",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "content-type, x-request-id",
    }
    direct = fetch(pair.service.client, "/members", preflight, method="OPTIONS")
    seen = len(pair.service.requests())
    through = [fetch(pair.cache.client, "/members", preflight, method="OPTIONS") for _ in "ab"]
    assert direct.status == 204
    for answer in through:
        assert (answer.status, answer.comparable) == (direct.status, direct.comparable)
        assert answer.header("access-control-allow-origin") == ["*"]
    assert len(pair.service.requests()) == seen + 2, "a preflight is never answered from cache"
    # ...and a cached answer carries the CORS headers a browser reads.
    fetch(pair.cache.client, "/members", {"Origin": "https://example.org"})
    hit = fetch(pair.cache.client, "/members", {"Origin": "https://example.org"})
    assert hit.cache_status(pair.cache) == "HIT"
    assert hit.header("access-control-allow-origin") == ["*"]
    assert "X-Request-ID" in hit.header("access-control-expose-headers")[0]


def test_a_request_id_is_per_request_even_from_the_cache(pair: Pair) -> None:
    url = "/members/AE"
    miss = fetch(pair.cache.client, url, {})
    [miss_id] = miss.header("x-request-id")
    hits = [fetch(pair.cache.client, url, {}) for _ in range(3)]
    ids = [miss_id, *(hit.header("x-request-id")[0] for hit in hits)]
    assert hits[-1].cache_status(pair.cache) == "HIT"
    assert len(set(ids)) == 4, "a cached answer repeated another request's id"
    assert all(NGINX_REQUEST_ID.match(i) for i in ids)
    # The service logged the miss under the id the client received.
    assert miss_id in {entry["request_id"] for entry in pair.service.requests()}

    # A client's own sane id comes back, on a hit and on a miss (which the service logs).
    for path in (url, "/members/EG"):
        mine = f"client-{secrets.token_hex(8)}"
        answer = fetch(pair.cache.client, path, {"X-Request-ID": mine})
        assert answer.header("x-request-id") == [mine]
        assert pair.cache.entry(mine)["uri"] == path
    assert mine in {entry["request_id"] for entry in pair.service.requests()}
    # One that is not sane is replaced, never echoed.
    for bad in ("has space", "x" * 129, "semi;colon"):
        answer = fetch(pair.cache.client, url, {"X-Request-ID": bad})
        [given] = answer.header("x-request-id")
        assert NGINX_REQUEST_ID.match(given), bad


def test_health_is_never_answered_from_the_cache(pair: Pair) -> None:
    for _ in range(3):
        answer = fetch(pair.cache.client, "/health", {})
        assert answer.status == 200
        assert answer.header("cache-control") == ["no-store"]
        assert answer.cache_status(pair.cache) != "HIT"


@pytest.mark.parametrize("server", SERVERS)
def test_a_new_data_version_is_served_within_max_age(
    server: str, database: Path, seed_copy: Path, tmp_path: Path
) -> None:
    """A rebuilt database behind a restarted service: within `max-age` of its storing, the
    cache serves the new version; an error is kept no longer either; while the service is
    down the cache answers a problem, never stored."""
    max_age = 2
    members = seed_copy / "members.json"
    records = json.loads(members.read_text(encoding="utf-8"))
    records[0]["notes"].append("A note added by the test: a new data version.")
    members.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    rebuilt = tmp_path / "rebuilt.db"
    new_version = build_database(seed_copy, rebuilt)

    port, upstream = free_ports(2)
    service = Service(server, database, tmp_path / "old", upstream, max_age=max_age)
    cache = NginxCache(port, upstream)
    try:
        old = cache.client.get("/").json()["data_version"]
        stored = time.monotonic()
        assert old != new_version
        record = fetch(cache.client, "/members/AF", VARIANTS["plain"])
        assert fetch(cache.client, "/members/AF", VARIANTS["plain"]).cache_status(cache) == "HIT"
        for _ in range(2):  # an error: `private`, so never stored by the cache
            error = fetch(cache.client, "/members/ZZ", {})
            assert error.header("cache-control") == ["private, max-age=2"]
            assert error.cache_status(cache) == "MISS"

        service.stop()
        down = cache.client.get("/members?coalition=imctc&limit=1")
        assert down.status_code == 503
        assert down.headers["content-type"] == "application/problem+json"
        assert down.headers["cache-control"] == "no-store"
        assert down.json()["status"] == 503

        service = Service(server, rebuilt, tmp_path / "new", upstream, max_age=max_age)
        # nginx dates an entry in whole seconds (`valid_sec = ngx_time() + max-age`, expired
        # once the second after it has begun), so an entry stored early in a second lives up
        # to a second longer than max-age: seen when the new service takes 2.5 s to start.
        while (version := cache.client.get("/").json()["data_version"]) == old:
            assert time.monotonic() - stored <= max_age + 1.5, "old version beyond max-age"
            time.sleep(0.1)
        assert version == new_version
        # The record the new version changed, stored at the same moment: new bytes, new ETag.
        seen = len(service.requests())
        changed = fetch(cache.client, "/members/AF", VARIANTS["plain"])
        assert changed.cache_status(cache) in ("EXPIRED", "MISS")
        assert len(service.requests()) == seen + 1
        assert b"A note added by the test" in changed.body
        assert changed.header("etag") != record.header("etag")
        # And from the cache, which had the old answer's file open (open_file_cache): the
        # new file, not the old one it held.
        again = fetch(cache.client, "/members/AF", VARIANTS["plain"])
        assert again.cache_status(cache) == "HIT"
        assert (again.body, again.header("etag")) == (changed.body, changed.header("etag"))
    finally:
        cache.stop()
        service.stop()


def raw_get(port: int, target: str) -> tuple[int, bytes]:
    """One GET over a socket of its own: httpx takes longer to build a 60 KB URL than
    nginx to refuse it."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        answer = b"".join(iter(lambda: sock.recv(65536), b""))
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


def test_hostile_urls_leave_the_cache_within_its_size(pair: Pair) -> None:
    """The reliability issue's 4,000 distinct 60 KB URLs are refused at the door (414, a
    problem), so none reaches the service or the cache; 3,000 distinct short URLs the
    service answers `public` fill a cache of 4 MiB (the repo's 256 MiB, made small so
    that it must evict) and leave it within that size."""
    max_size = 4 * 1024 * 1024
    port = free_ports(1)[0]
    upstream = pair.service.client.base_url.port
    assert upstream is not None
    cache = NginxCache(port, upstream, replace={"max_size=256m": "max_size=4m"})
    try:
        seen = len(pair.service.requests())
        with ThreadPoolExecutor(max_workers=4) as pool:
            hostile = list(
                pool.map(
                    lambda i: (
                        raw_get(port, f"/members/{i:05d}" + "x" * 60_000)
                        if i % 2
                        else raw_get(port, f"/search?q={i:05d}" + "x" * 60_000)
                    ),
                    range(4000),
                )
            )
        assert {status for status, _ in hostile} == {414}
        assert json.loads(hostile[0][1])["status"] == 414
        assert len(pair.service.requests()) == seen, "a 60 KB URL reached the service"
        assert cache.cache_bytes() == 0

        with ThreadPoolExecutor(max_workers=4) as pool:
            stored = list(pool.map(lambda i: raw_get(port, f"/search?q=w{i}"), range(3000)))
        assert {status for status, _ in stored} == {200}
        entries = list(cache.cache_dir.rglob("*"))
        deadline = time.monotonic() + 10  # nginx's cache manager evicts in passes
        while (held := cache.cache_bytes()) > max_size and time.monotonic() < deadline:
            time.sleep(0.2)
        assert max_size // 2 < held <= max_size, f"{held:,} bytes in {len(entries)} files"
        assert cache.client.get("/health").status_code == 200
    finally:
        cache.stop()


def test_one_server_header_whichever_way_the_app_is_started(database: Path, tmp_path: Path) -> None:
    """`uvicorn app.main:app` names itself once; `tahaluf serve` names both servers ours."""
    (port,) = free_ports(1)
    server = ServerProcess(
        ["uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port)],
        database=database,
        directory=tmp_path,
        port=port,
        env={"TAHALUF_ACCESS_LOG": "false"},
    )
    try:
        server.wait_until_healthy()
        for url in ("/members/SA", "/members/SA", "/members/ZZ", "/docs"):
            answer = fetch(server.client, url, {})
            assert answer.header("server") == ["uvicorn"], url
    finally:
        server.stop()
    for name in SERVERS:
        (port,) = free_ports(1)
        service = Service(name, database, tmp_path / name, port)
        try:
            for url in ("/members/SA", "/members/SA", "/members/ZZ", "/docs", "/health"):
                assert fetch(service.client, url, {}).header("server") == ["tahaluf"], url
        finally:
            service.stop()
