"""Bad and hostile input: always a fast 4xx problem, never a 5xx, never a write, never a leak."""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import orjson
import pytest
import sqlalchemy.exc
from sqlalchemy import text

from app.config import Settings
from app.edge.asgi import Edge
from app.main import create_app
from app.store.folding import terms
from tests.conftest import Client, serve
from tests.servers import (
    ServerProcess,
    conversation,
    exchange,
    flood_long_urls,
    long_urls,
    rss,
    slow_header,
    tahaluf_serve,
    under_endless_headers,
)

PROBLEM = "application/problem+json"
FAST = 0.5  # seconds: a sanity bound, not a benchmark
BIG = 10 * 1024


def timed(client: Client, url: str, method: str = "GET", **kwargs: Any) -> httpx.Response:
    started = time.perf_counter()
    r = client.request(method, url, **kwargs)
    elapsed = time.perf_counter() - started
    assert elapsed < FAST, f"{method} {url[:80]} took {elapsed:.3f} s"
    return r


def assert_problem(r: httpx.Response, status: int | None = None) -> dict[str, Any]:
    assert 400 <= r.status_code < 500, r.text[:500]
    if status is not None:
        assert r.status_code == status, r.text[:500]
    assert r.headers["content-type"] == PROBLEM, r.headers
    body: dict[str, Any] = r.json()
    assert body["status"] == r.status_code
    return body


def error_names(body: dict[str, Any]) -> list[str]:
    return [e["name"] for e in body.get("errors", [])]


# --- Size ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/search?q=" + "a" * BIG, "q"),
        ("/members?q=" + "a" * BIG, "q"),
        ("/members?" + "z" * BIG + "=1", None),
        ("/members?zz=" + "z" * BIG, "zz"),
        ("/timeline?from=" + "2" * BIG, "from"),
    ],
    ids=["search-q", "members-q", "unknown-name", "unknown-value", "from"],
)
def test_a_10kb_query_string_is_a_fast_422(client: Client, url: str, name: str | None) -> None:
    body = assert_problem(timed(client, url), 422)
    names = error_names(body)
    assert names
    if name is not None:
        assert names[0] == name
    assert len(names[0]) <= 100  # the echoed name is bounded


@pytest.mark.parametrize(
    "prefix", ["/members/", "/timeline/", "/sources/", "/coalitions/", "/people/"]
)
def test_a_10kb_path_segment_is_a_fast_4xx(client: Client, prefix: str) -> None:
    assert_problem(timed(client, prefix + "A" * BIG))


# --- NUL bytes and invalid UTF-8 ----------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/search?q=%00", "/members?q=%00%00", "/timeline?q=%00", "/people?q=%00"]
)
def test_a_nul_only_q_is_422(client: Client, url: str) -> None:
    body = assert_problem(timed(client, url), 422)
    assert error_names(body) == ["q"]


def test_a_nul_inside_q_is_a_separator_not_an_error(client: Client) -> None:
    r = timed(client, "/search?q=jor%00dan")
    assert r.status_code == 200, r.text
    same = client.get("/search?q=jor%20dan")
    assert r.json() == same.json()


@pytest.mark.parametrize("url", ["/members/S%00A", "/members/%00", "/timeline/imctc%00announced"])
def test_a_nul_in_a_path_id_is_404(client: Client, url: str) -> None:
    assert_problem(timed(client, url), 404)


@pytest.mark.parametrize("url", ["/members?li%00mit=1", "/search?q=a&%00=1", "/timeline?%00"])
def test_a_nul_in_a_parameter_name_is_422(client: Client, url: str) -> None:
    body = assert_problem(timed(client, url), 422)
    assert "\x00" in error_names(body)[0]


@pytest.mark.parametrize("escape", ["%ff%fe", "%c3%28", "%80", "%ed%a0%80"])
@pytest.mark.parametrize("path", ["/search", "/members", "/timeline", "/people"])
def test_invalid_utf8_in_q_is_422(client: Client, path: str, escape: str) -> None:
    body = assert_problem(timed(client, f"{path}?q={escape}"), 422)
    assert error_names(body) == ["q"]


@pytest.mark.parametrize("escape", ["%ff%fe", "%c3%28", "%80", "%ed%a0%80"])
@pytest.mark.parametrize(
    "prefix", ["/members/", "/timeline/", "/sources/", "/working-groups/", "/people/"]
)
def test_invalid_utf8_in_a_path_id_is_404(client: Client, prefix: str, escape: str) -> None:
    assert_problem(timed(client, prefix + escape), 404)


# --- SQL payloads -------------------------------------------------------------------------

SQL = ["' OR 1=1 --", "1; DROP TABLE member", '" OR ""="', "x' UNION SELECT * FROM meta --"]


@pytest.mark.parametrize("payload", SQL)
@pytest.mark.parametrize("path", ["/search", "/members", "/timeline", "/sources", "/people"])
def test_sql_in_q_is_only_text(client: Client, path: str, payload: str) -> None:
    r = timed(client, path, params={"q": payload, "limit": 500})
    assert r.status_code < 500, r.text
    if r.status_code != 200:
        assert_problem(r)
        return
    # The payload is a search for its words, nothing more: the same hits as its plain words.
    words = terms(payload)
    plain = client.get(path, params={"q": " ".join(words), "limit": 500})
    assert plain.status_code == 200, plain.text
    assert r.json() == plain.json()
    everything = client.get(path, params={"limit": 500}) if path != "/search" else None
    if everything is not None:
        assert r.json()["total"] < everything.json()["total"], "a payload matched every record"


def test_sql_payload_of_no_plain_words_finds_nothing(client: Client) -> None:
    r = timed(client, "/search", params={"q": "1; DROP TABLE member"})
    assert r.status_code == 200, r.text
    assert r.json()["total"] == 0


@pytest.mark.parametrize("payload", SQL)
@pytest.mark.parametrize(
    "prefix", ["/members/", "/timeline/", "/sources/", "/coalitions/", "/people/"]
)
def test_sql_in_an_id_is_404(client: Client, prefix: str, payload: str) -> None:
    r = timed(client, prefix + quote(payload, safe=""))
    assert_problem(r, 404)


# --- Path traversal -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/members/..%2f..%2fetc%2fpasswd",
        "/members/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "/static-offline-docs/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/static-offline-docs/..%2F..%2Fapp%2Fmain.py",
        "/static-offline-docs/%2e%2e/%2e%2e/etc/passwd",
        "/sources/..%2F..%2Fapp",
        "/sources/..%5c..%5capp",
    ],
)
def test_path_traversal_is_404(client: Client, url: str) -> None:
    r = timed(client, url)
    assert_problem(r, 404)
    assert "root:" not in r.text


@pytest.fixture(scope="module")
def own_app(settings: Settings) -> Iterator[tuple[Edge, Client]]:
    """A second instance of the real app, for raw ASGI requests and its engine."""
    app = create_app(settings)
    with serve(app) as client:
        yield app, client


async def raw_get(app: Edge, path: str) -> tuple[int, dict[bytes, bytes], bytes]:
    """GET with the path exactly as given: httpx would remove the dot segments itself."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver")],
        "client": ("127.0.0.1", 12345),
        "server": ("testserver", 80),
    }
    status = 0
    headers: dict[bytes, bytes] = {}
    chunks: list[bytes] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status, headers
        if message["type"] == "http.response.start":
            status = message["status"]
            headers = dict(message["headers"])
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)  # type: ignore[arg-type]
    return status, headers, b"".join(chunks)


@pytest.mark.parametrize(
    "path",
    [
        "/static-offline-docs/../../etc/passwd",
        "/static-offline-docs/../../../../../../etc/passwd",
        "/static-offline-docs/../app/main.py",
        "/members/../../etc/passwd",
    ],
)
def test_literal_dot_segments_are_404(own_app: tuple[Edge, Client], path: str) -> None:
    app, client = own_app
    started = time.perf_counter()
    status, headers, body = client.portal.call(raw_get, app, path)
    assert time.perf_counter() - started < FAST
    assert status == 404, body[:300]
    assert headers[b"content-type"] == PROBLEM.encode()
    assert b"root:" not in body


# --- Repeated parameters ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/members?limit=1&limit=2", "limit"),
        ("/members?offset=0&offset=0", "offset"),
        ("/search?q=a&q=b", "q"),
        ("/members?q=a&q=b", "q"),
        ("/timeline?from=2015&from=2016", "from"),
        ("/timeline?person=john-godfrey&person=barack-obama", "person"),
        ("/members?sort=id&sort=name", "sort"),
        ("/members/SA?format=json&format=json", "format"),
    ],
)
def test_a_repeated_scalar_parameter_is_422_naming_it(client: Client, url: str, name: str) -> None:
    body = assert_problem(timed(client, url), 422)
    assert error_names(body) == [name]
    assert name in body["detail"]


@pytest.mark.parametrize(
    "url",
    [
        "/members?coalition=imctc&coalition=global-coalition",
        "/timeline?coalition=imctc&coalition=global-coalition",
        "/timeline?type=meeting&type=decision",
        "/people?coalition=imctc&coalition=global-coalition",
    ],
)
def test_a_repeatable_filter_may_repeat(client: Client, url: str) -> None:
    r = timed(client, url)
    assert r.status_code == 200, r.text


# --- Odd values ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/members?limit=1e3", "limit"),
        ("/members?limit=0x10", "limit"),
        ("/members?limit=0", "limit"),
        ("/members?limit=501", "limit"),
        ("/members?limit=", "limit"),
        ("/members?offset=-1", "offset"),
        ("/members?offset=99999999999999999999", "offset"),
        ("/members?offset=" + "9" * 5000, "offset"),
        ("/members?sort=,,,", "sort"),
        ("/members?sort=-", "sort"),
        ("/members?sort=--name", "sort"),
        ("/members?sort=memberships", "sort"),
        ("/members?fields=%20", "fields"),
        ("/members?fields=,", "fields"),
        ("/members?fields=__class__", "fields"),
        ("/members?format=xml", "format"),
        ("/members/SA?format=xml", "format"),
        ("/members?match=some", "match"),
        ("/timeline?from=2016-1-1", "from"),
        ("/timeline?to=0000-00", "to"),
        ("/timeline?person=" + "x" * 65, "person"),
        ("/people?sort=roles", "sort"),
        ("/people?fields=__class__", "fields"),
    ],
)
def test_an_odd_value_is_422_naming_the_parameter(client: Client, url: str, name: str) -> None:
    body = assert_problem(timed(client, url), 422)
    assert name in error_names(body)


ARABIC_INDIC = str.maketrans(
    "0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
)
FULL_WIDTH = str.maketrans(
    "0123456789", "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19"
)


@pytest.mark.parametrize("digits", [ARABIC_INDIC, FULL_WIDTH], ids=["arabic-indic", "full-width"])
@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("from", "2015"),
        ("to", "2015"),
        ("from", "2015-12"),
        ("from", "2015-12-14"),
        ("to", "2015-12-14"),
        ("from", "2016-03-27"),
    ],
)
@pytest.mark.parametrize("part", ["all", "year", "last"])
def test_a_date_in_other_digits_is_refused_or_means_the_same_date(
    client: Client, digits: dict[int, str], name: str, value: str, part: str
) -> None:
    if part == "all":
        odd = value.translate(digits)
    elif part == "year":
        odd = value[:4].translate(digits) + value[4:]
    else:
        odd = value[:-1] + value[-1].translate(digits)
    r = timed(client, "/timeline", params={name: odd, "limit": 500})
    if r.status_code != 200:
        body = assert_problem(r, 422)
        assert error_names(body) == [name]
        return
    plain = client.get("/timeline", params={name: value, "limit": 500})
    assert plain.status_code == 200, plain.text
    got = [e["id"] for e in r.json()["items"]]
    assert got == [e["id"] for e in plain.json()["items"]], f"{name}={odd!r} is not {value}"


@pytest.mark.parametrize(
    ("url", "same_as"),
    [
        ("/members?offset=-0", "/members?offset=0"),
        ("/members?offset=+0", "/members?offset=0"),
        ("/members?offset=007", "/members?offset=7"),
        ("/members?limit=1.0", "/members?limit=1"),
    ],
)
def test_another_spelling_of_a_valid_integer_means_that_integer(
    client: Client, url: str, same_as: str
) -> None:
    # Pydantic's lax integers: `-0` is 0 (which `offset >= 0` allows), `1.0` is 1. Either
    # the service refuses the spelling with a problem, or it means exactly that integer.
    r = timed(client, url)
    if r.status_code != 200:
        assert_problem(r, 422)
        return
    plain = client.get(same_as)
    assert plain.status_code == 200, plain.text
    assert r.json() == plain.json()


@pytest.mark.parametrize("url", ["/members/XX", "/members?limit=0", "/nowhere", "/timeline/x"])
def test_accept_csv_on_an_error_is_still_a_problem(client: Client, url: str) -> None:
    assert_problem(timed(client, url, headers={"Accept": "text/csv"}))


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_writing_methods_are_405(client: Client, method: str) -> None:
    r = timed(client, "/members/SA", method=method, content=b'{"id": "SA"}')
    assert_problem(r, 405)
    assert r.headers["allow"] == "GET, HEAD, OPTIONS"


# --- The database cannot be written through the service ----------------------------------

WRITES = [
    "INSERT INTO meta(key, value) VALUES ('x', 'y')",
    "DELETE FROM member",
    "UPDATE member SET name_en = 'x'",
    "DROP TABLE member",
    "CREATE TABLE intruder(a)",
]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("sql", WRITES)
def test_the_service_connection_cannot_write(
    own_app: tuple[Edge, Client], database: Path, sql: str
) -> None:
    app, _ = own_app
    engine = app.app.state.engine  # type: ignore[attr-defined]
    before = sha256(database)
    with engine.connect() as connection:
        with pytest.raises(sqlalchemy.exc.OperationalError, match="readonly") as caught:
            connection.execute(text(sql))
        connection.rollback()
    assert "attempt to write a readonly database" in str(caught.value)
    assert sha256(database) == before


def test_switching_query_only_off_still_cannot_write(
    own_app: tuple[Edge, Client], database: Path
) -> None:
    # The second lock: the file is opened `mode=ro`, whatever the connection's pragmas say.
    app, _ = own_app
    engine = app.app.state.engine  # type: ignore[attr-defined]
    before = sha256(database)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA query_only = OFF")
        try:
            with pytest.raises(sqlalchemy.exc.OperationalError, match="readonly"):
                connection.execute(text(WRITES[0]))
            connection.rollback()
        finally:
            connection.exec_driver_sql("PRAGMA query_only = ON")
    assert sha256(database) == before


# --- Security headers ---------------------------------------------------------------------


def csp(r: httpx.Response) -> dict[str, list[str]]:
    policy = r.headers["content-security-policy"]
    directives = {}
    for part in policy.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def sample(client: Client) -> dict[str, httpx.Response]:
    ok = client.get("/members/SA")
    return {
        "200": ok,
        "304": client.get("/members/SA", headers={"If-None-Match": ok.headers["etag"]}),
        "404": client.get("/members/XX"),
        "405": client.request("POST", "/members"),
        "422": client.get("/members?limit=0"),
        "options": client.request("OPTIONS", "/members"),
        "openapi": client.get("/openapi.json"),
        "docs": client.get("/docs"),
        "redoc": client.get("/redoc"),
        "asset": client.get("/static-offline-docs/swagger-ui.css"),
    }


EXPECTED_STATUS = {"304": 304, "404": 404, "405": 405, "422": 422, "options": 204}


def test_security_headers_on_every_response(client: Client) -> None:
    for name, r in sample(client).items():
        assert r.status_code == EXPECTED_STATUS.get(name, 200), (name, r.text[:300])
        assert r.headers.get("x-content-type-options") == "nosniff", name
        assert r.headers.get("referrer-policy"), name
        assert csp(r), name
        assert "frame-ancestors" in csp(r), name


def test_api_responses_forbid_everything(client: Client) -> None:
    responses = sample(client)
    for name in ("200", "304", "404", "405", "422", "options", "openapi"):
        assert csp(responses[name])["default-src"] == ["'none'"], name


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_may_run_their_own_scripts_only(client: Client, page: str) -> None:
    r = client.get(page)
    assert r.status_code == 200, r.text
    policy = csp(r)
    scripts = policy.get("script-src", policy["default-src"])
    assert "'self'" in scripts
    assert not any(s.startswith(("http:", "https:")) or s == "*" for s in scripts)
    assert "'self'" in policy["default-src"]


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_load_only_local_assets(client: Client, page: str) -> None:
    html = client.get(page).text
    assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", html, re.IGNORECASE), html
    assets = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", html)
    assert assets
    for asset in assets:
        assert asset.startswith("/static-offline-docs/"), asset
        r = client.get(asset)
        assert r.status_code == 200, asset


# --- Attacks on real servers: `tahaluf serve` under each server, on loopback ---------------

SERVERS = ["uvicorn", "granian"]
MIB = 1024 * 1024


@pytest.fixture
def served(
    request: pytest.FixtureRequest, database: Path, tmp_path: Path
) -> Iterator[tuple[ServerProcess, int]]:
    """`tahaluf serve --server <param>` with its access log on, stopped afterwards."""
    process, port = tahaluf_serve(request.param, database, tmp_path)
    try:
        process.wait_until_healthy()
        yield process, port
    finally:
        process.stop()


@pytest.mark.parametrize("served", SERVERS, indirect=True)
def test_distinct_long_urls_grow_memory_no_more_than_the_cache_bound(
    served: tuple[ServerProcess, int],
) -> None:
    """4,000 distinct URLs of about 60 KB (404s, docs pages, cached list pages): the RSS grows
    by at most TAHALUF_CACHE_BYTES (32 MiB by default) plus 32 MiB, access log on."""
    process, port = served
    time.sleep(0.5)
    before = rss(process)
    statuses = flood_long_urls(port, long_urls(4000, 60_000))
    assert statuses == {404: 1334, 200: 2666}
    grown = rss(process) - before
    assert grown <= Settings().cache_bytes + 32 * MIB, f"RSS grew {grown / MIB:.1f} MiB"
    assert process.process.poll() is None


@pytest.fixture(scope="module", params=SERVERS)
def server(
    request: pytest.FixtureRequest, database: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, ServerProcess, int]]:
    """One `tahaluf serve` per server for the quick attacks, with a 2 s head deadline."""
    directory = tmp_path_factory.mktemp(f"hostile-{request.param}")
    process, port = tahaluf_serve(
        request.param, database, directory, env={"TAHALUF_HEAD_TIMEOUT": "2"}
    )
    try:
        process.wait_until_healthy()
        yield request.param, process, port
    finally:
        process.stop()


def test_endless_headers_stall_nobody(server: tuple[str, ServerProcess, int]) -> None:
    """Three connections stream an endless header for 10 s: `/health` from another client
    keeps a p95 under 100 ms, the RSS grows under 16 MiB, each attacker is cut off."""
    _, process, port = server
    attack = under_endless_headers(process, port, seconds=10, connections=3)
    assert attack["health_p95_s"] < 0.1, attack
    assert attack["rss_growth_bytes"] < 16 * MIB, attack
    assert attack["cut_off"] == 3, attack


def test_a_slow_header_is_cut_off(server: tuple[str, ServerProcess, int]) -> None:
    """A header sent a byte a second never ends the request: the server hangs up."""
    _, _, port = server
    stop = threading.Event()
    timer = threading.Timer(8.0, stop.set)
    timer.start()
    try:
        assert slow_header(port, stop), "the slow client was still connected after 8 s"
    finally:
        stop.set()
        timer.cancel()


def test_an_oversized_head_is_refused(server: tuple[str, ServerProcess, int]) -> None:
    """A request line and headers past TAHALUF_MAX_HEAD_BYTES (64 KiB) are refused."""
    _, _, port = server
    padding = b"".join(b"X-Pad-%d: %s\r\n" % (i, b"a" * 1000) for i in range(80))
    status, _, _ = exchange(port, b"GET /health HTTP/1.1\r\nHost: x\r\n" + padding + b"\r\n")
    assert status == 431


HOSTILE_HEADERS = (
    b"Host: evil.example\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Host: evil.example\r\n"
    b"X-Forwarded-For: 203.0.113.9\r\nConnection: close\r\n\r\n"
)


def test_a_trailing_slash_is_answered_not_redirected(
    server: tuple[str, ServerProcess, int],
) -> None:
    """`/members/` is `/members`, answered directly: no Location names the client's Host."""
    _, _, port = server
    status, head, body = exchange(port, b"GET /members/ HTTP/1.1\r\n" + HOSTILE_HEADERS)
    _, _, canonical = exchange(port, b"GET /members HTTP/1.1\r\nHost: x\r\n\r\n")
    assert status == 200, head
    assert b"evil" not in head.lower()
    assert b"location" not in head.lower()
    assert body == canonical


@pytest.mark.parametrize(
    "line",
    [b"CONNECT evil.example:443", b"TRACE /members", b"PROPFIND /", b"DELETE /members/SA"],
)
def test_other_methods_are_405_problems_that_echo_nothing(
    server: tuple[str, ServerProcess, int], line: bytes
) -> None:
    _, _, port = server
    status, head, body = exchange(port, line + b" HTTP/1.1\r\n" + HOSTILE_HEADERS)
    assert status == 405, head
    assert b"content-type: application/problem+json" in head.lower()
    assert b"allow: GET, HEAD, OPTIONS" in head
    assert b"evil" not in head.lower()
    assert orjson.loads(body)["status"] == 405


def test_raw_utf8_in_the_query_is_read_as_utf8(server: tuple[str, ServerProcess, int]) -> None:
    """curl sends `?q=السعودية` unencoded: both servers read it as UTF-8, as nginx does
    (under uvicorn, `app.edge.http11` percent-encodes it before httptools, which refuses it)."""
    _, _, port = server
    raw = "GET /search?q=السعودية HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode()
    status, head, body = exchange(port, raw)
    _, _, encoded = exchange(
        port, b"GET /search?q=" + quote("السعودية").encode() + b" HTTP/1.1\r\nHost: x\r\n\r\n"
    )
    assert status == 200, head
    assert body == encoded
    assert "SA" in [item["id"] for item in orjson.loads(body)["items"]]


# --- uvicorn's head guard (`app.edge.http11`), checked under granian too ------------------------

ARABIC_SEARCH = "GET /search?q=السعودية HTTP/1.1\r\nHost: x\r\n\r\n".encode()


def test_raw_utf8_split_across_reads_is_read_as_utf8(
    server: tuple[str, ServerProcess, int],
) -> None:
    """The request line arrives in three reads, cut inside an Arabic letter's two bytes."""
    _, _, port = server
    cut = ARABIC_SEARCH.index("ع".encode()) + 1
    answers, _ = conversation(
        port, [ARABIC_SEARCH[:10], ARABIC_SEARCH[10:cut], ARABIC_SEARCH[cut:] + CLOSE]
    )
    encoded = quote("السعودية").encode()
    _, _, expected = exchange(port, b"GET /search?q=%s HTTP/1.1\r\nHost: x\r\n\r\n" % encoded)
    assert [status for status, _, _ in answers] == [200, 200]
    assert answers[0][2] == expected


CLOSE = b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"


def test_pipelined_requests_with_raw_utf8_are_each_answered(
    server: tuple[str, ServerProcess, int],
) -> None:
    """Three requests in one write, the second with a raw UTF-8 target."""
    _, _, port = server
    answers, _ = conversation(
        port, [b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n" + ARABIC_SEARCH + CLOSE]
    )
    assert [status for status, _, _ in answers] == [200, 200, 200]
    assert "SA" in [item["id"] for item in orjson.loads(answers[1][2])["items"]]


def test_a_body_is_never_rewritten(server: tuple[str, ServerProcess, int]) -> None:
    """A body holding a blank line and UTF-8, then a pipelined GET: percent-encoding the
    body would change its length and desynchronise the requests that follow it."""
    _, _, port = server
    body = b"\r\n\r\n" + "السعودية".encode()
    post = b"POST /members HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % len(body)
    answers, _ = conversation(port, [post + body + CLOSE])
    assert [status for status, _, _ in answers] == [405, 200]


def test_a_head_near_the_limit_in_small_reads_is_served(
    server: tuple[str, ServerProcess, int],
) -> None:
    """56 KB of headers, 2 KB a read: under the 64 KiB limit, so answered."""
    _, _, port = server
    headers = [b"X-Pad-%d: %s\r\n" % (i, b"a" * 2000) for i in range(28)]
    answers, _ = conversation(
        port, [b"GET /health HTTP/1.1\r\nHost: x\r\n", *headers, b"Connection: close\r\n\r\n"]
    )
    assert [status for status, _, _ in answers] == [200]


def test_each_request_on_a_connection_has_a_head_deadline(
    server: tuple[str, ServerProcess, int],
) -> None:
    """After an answered request, a second head that never ends is cut off (2 s here),
    rather than held: the keep-alive timer stops once its first bytes arrive."""
    _, _, port = server
    answers, closed_after = conversation(
        port, [b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n", b"GET /health HTTP/1.1\r\nHo"]
    )
    assert [status for status, _, _ in answers] == [200]
    assert closed_after is not None, "the incomplete second head was still open after 8 s"


def test_a_silent_connection_is_closed_at_the_head_deadline(
    server: tuple[str, ServerProcess, int],
) -> None:
    name, _, port = server
    if name == "granian":
        pytest.skip("granian's header_read_timeout starts at a request's first byte")
    answers, closed_after = conversation(port, [])
    assert answers == []
    assert closed_after is not None, "a connection that sent nothing was still open after 8 s"


def test_what_the_parser_refuses_is_a_400(server: tuple[str, ServerProcess, int]) -> None:
    """A malformed request line: under uvicorn a problem naming the commonest fix (granian
    answers its own empty 400)."""
    name, _, port = server
    status, head, body = exchange(port, b"GET /a b HTTP/1.1\r\nHost: x\r\n\r\n")
    assert status == 400, head
    if name == "uvicorn":
        assert b"content-type: application/problem+json" in head.lower()
        assert "--data-urlencode" in orjson.loads(body)["detail"]
