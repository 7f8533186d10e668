"""Replicas started from the same checkout are interchangeable behind a load balancer.

Each replica is a real `tahaluf serve` process on loopback serving its own database file,
built separately from the seed: two under uvicorn, the default, and one under granian,
the production server, so the two servers must send the same bytes too. A client that
moves between replicas must see the same bytes and the same ETags, or its cached copies
and conditional requests stop working: a 304 from one replica has to be right for a body
fetched from the other.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from blake3 import blake3

from app.build.builder import build_database
from app.edge.asgi import ETAG_HEADERS
from tests.conftest import SEED
from tests.servers import START_TIMEOUT, ServerProcess, free_ports

REQUEST_ID = "replica-comparison"
COLLECTIONS = ["/coalitions", "/members", "/working-groups", "/timeline", "/sources", "/people"]
SUB_COLLECTIONS = ["members", "working-groups", "timeline", "people"]
FIXED_URLS = {
    "/": 200,
    "/openapi.json": 200,
    "/members?coalition=imctc&coalition=global-coalition&match=all&sort=-name": 200,
    "/members?type=organization&fields=id,name": 200,
    "/timeline?from=2016&to=2017&sort=-date,id": 200,
    "/members?limit=7&offset=14": 200,
    "/search?q=تركيا": 200,
    "/search?q=Turkey&format=csv": 200,
    "/members/SA?format=csv": 200,
    "/downloads/datapackage.zip": 200,
    "/downloads/tahaluf.db": 200,
    "/members/XX": 404,
    "/timeline?from=bad": 422,
}
# Headers that may honestly differ between two processes answering the same request.
PER_PROCESS_HEADERS = {"date"}


SERVERS = ("uvicorn", "uvicorn", "granian")


def replica(directory: Path, port: int, server: str) -> ServerProcess:
    """`tahaluf serve --server <server>` serving its own freshly built database."""
    database = directory / "tahaluf.db"
    build_database(SEED, database)
    return ServerProcess(
        ["app.cli", "serve", "--port", str(port), "--server", server],
        database=database,
        directory=directory,
        port=port,
        env={"TAHALUF_ACCESS_LOG": "false"},
        headers={"X-Request-ID": REQUEST_ID, "Accept-Encoding": "identity"},
    )


Pairs = list[tuple[ServerProcess, ServerProcess]]


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pairs]:
    """The first uvicorn replica paired with each other one."""
    with ExitStack() as stack:
        started = []
        for index, (server_name, port) in enumerate(
            zip(SERVERS, free_ports(len(SERVERS)), strict=True)
        ):
            directory = tmp_path_factory.mktemp(f"replica-{index}-{server_name}")
            server = replica(directory, port, server_name)
            stack.callback(server.stop)
            started.append(server)
        deadline = time.monotonic() + START_TIMEOUT
        for server in started:
            server.wait_until_healthy(deadline)
        first, *others = started
        yield [(first, other) for other in others]


@pytest.fixture(scope="module")
def urls(replicas: Pairs) -> dict[str, int]:
    """Every URL to compare, with the status it must have; ids come from the collections."""
    client = replicas[0][0].client
    found = dict(FIXED_URLS)
    for collection in COLLECTIONS:
        r = client.get(collection, params={"limit": 500})
        assert r.status_code == 200, r.text
        page = r.json()
        assert 0 < len(page["items"]) == page["total"], collection
        found |= {collection: 200, f"{collection}?limit=500": 200, f"{collection}?format=csv": 200}
        ids = [item["id"] for item in page["items"]]
        found |= {f"{collection}/{quote(item_id, safe='')}": 200 for item_id in ids}
        if collection == "/coalitions":
            found |= {f"/coalitions/{c}/{sub}": 200 for c in ids for sub in SUB_COLLECTIONS}
    return found


def _comparable_headers(response: httpx.Response) -> list[tuple[str, str]]:
    return [(k, v) for k, v in response.headers.multi_items() if k not in PER_PROCESS_HEADERS]


def _differing_parts(
    ra: httpx.Response, rb: httpx.Response, body_a: bytes, body_b: bytes
) -> list[str]:
    parts = {
        "status": (ra.status_code, rb.status_code),
        "headers": (_comparable_headers(ra), _comparable_headers(rb)),
        "body": (body_a, body_b),
    }
    return [name for name, (left, right) in parts.items() if left != right]


def test_replicas_send_the_same_status_headers_and_body(
    replicas: Pairs, urls: dict[str, int]
) -> None:
    """Same status, same ETag and Content-Type (every header but Date), same bytes, for the
    first answer and for the repeat, which the edge answers from its cache (under granian,
    in RSGI's one call rather than through the ASGI bridge)."""
    differences = []
    for a, b in replicas:
        for url, status in urls.items():
            for attempt in ("first", "repeat"):
                ra, rb = a.client.get(url), b.client.get(url)
                assert ra.status_code == status, f"{url}: {ra.text}"
                if parts := _differing_parts(ra, rb, ra.content, rb.content):
                    differences.append((url, attempt, parts))
    assert differences == []


def test_replicas_send_the_same_gzip_bytes(replicas: Pairs, urls: dict[str, int]) -> None:
    """The compressed bytes themselves match, so the `-gzip` ETags name one representation."""
    gzip = {"Accept-Encoding": "gzip"}
    differences = []
    for a, b in replicas:
        encoded = 0
        for url in urls:
            with (
                a.client.stream("GET", url, headers=gzip) as ra,
                b.client.stream("GET", url, headers=gzip) as rb,
            ):
                raw_a, raw_b = b"".join(ra.iter_raw()), b"".join(rb.iter_raw())
                encoded += ra.headers.get("content-encoding") == "gzip"
                if parts := _differing_parts(ra, rb, raw_a, raw_b):
                    differences.append((url, parts))
        assert encoded > len(COLLECTIONS), "large answers should have been compressed"
    assert differences == []


def test_an_etag_from_one_replica_is_current_on_the_other(
    replicas: Pairs, urls: dict[str, int]
) -> None:
    """A client revalidating against whichever replica it reaches gets 304, plain or gzip."""
    stale = []
    for a, b in replicas:
        for url, status in urls.items():
            if status != 200:
                continue
            for encoding in ("identity", "gzip"):
                headers = {"Accept-Encoding": encoding}
                etag = a.client.get(url, headers=headers).headers["etag"]
                r = b.client.get(url, headers={**headers, "If-None-Match": etag})
                if (r.status_code, r.headers.get("etag")) != (304, etag):
                    stale.append((url, encoding, r.status_code))
    assert stale == []


def test_replicas_answer_head_with_the_get_headers(replicas: Pairs, urls: dict[str, int]) -> None:
    """HEAD takes the general path under either server: the GET's headers, no body."""
    differences = []
    for a, b in replicas:
        for url, status in urls.items():
            get, ha, hb = a.client.get(url), a.client.head(url), b.client.head(url)
            assert (ha.status_code, ha.content) == (status, b""), url
            if parts := _differing_parts(ha, hb, ha.content, hb.content):
                differences.append((url, parts))
            if _comparable_headers(ha) != _comparable_headers(get):
                differences.append((url, ["headers of HEAD and GET"]))
    assert differences == []


def test_replicas_answer_preflights_and_refused_methods_alike(replicas: Pairs) -> None:
    """What the general path answers under either server: a CORS preflight, and a method
    a read-only service refuses, with its body read through granian's RSGI bridge."""
    preflight = {
        "Origin": "https://example.org",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "content-type",
    }
    requests = [
        ("OPTIONS", "/members", preflight, None, 204),
        ("POST", "/members", {"Content-Type": "application/json"}, b'{"id": "xx"}', 405),
        ("DELETE", "/members/SA", {}, None, 405),
    ]
    differences = []
    for a, b in replicas:
        for method, url, headers, body, status in requests:
            ra = a.client.request(method, url, headers=headers, content=body)
            rb = b.client.request(method, url, headers=headers, content=body)
            assert ra.status_code == status, f"{method} {url}: {ra.text}"
            if parts := _differing_parts(ra, rb, ra.content, rb.content):
                differences.append((method, url, parts))
    assert differences == []


def _expected_etag(response: httpx.Response, raw: bytes) -> str:
    """The hash the issue asks for, recomputed from what was received: BLAKE3 of the headers
    that give the bytes their meaning (`name: value` lines), a blank line, the raw body."""
    hasher = blake3()
    for name in ETAG_HEADERS:
        hasher.update(b"%s: %s\n" % (name, response.headers.get(name.decode(), "").encode()))
    hasher.update(b"\n" + raw)
    return f'"{hasher.hexdigest(16)}"'


def test_every_etag_is_a_hash_of_the_bytes_received(replicas: Pairs, urls: dict[str, int]) -> None:
    """For every URL of the replica set, plain and gzip, on every replica: the ETag is the
    hash of the body as it came over the wire, and a 304 comes only for those bytes."""
    wrong = []
    for server in [replicas[0][0], *(b for _, b in replicas)]:
        for url, status in urls.items():
            if status != 200:
                continue
            for encoding in ("identity", "gzip"):
                with server.client.stream("GET", url, headers={"Accept-Encoding": encoding}) as r:
                    raw = b"".join(r.iter_raw())
                if r.headers["etag"] != _expected_etag(r, raw):
                    wrong.append((url, encoding, "etag is not the hash of the bytes"))
                # A tag of other bytes (the other encoding's, or one digit off) is no match.
                forged = r.headers["etag"][:-2] + ("0" if r.headers["etag"][-2] != "0" else "1")
                again = server.client.get(
                    url, headers={"Accept-Encoding": encoding, "If-None-Match": forged + '"'}
                )
                if again.status_code != 200:
                    wrong.append((url, encoding, f"{again.status_code} for a forged tag"))
    assert wrong == []
