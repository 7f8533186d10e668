"""The contract every collection shares: paging, sort, fields, CSV, caching headers, errors."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from app.config import Settings
from app.edge.cache import ENTRY_OVERHEAD, BoundedCache, CachedResponse
from app.main import create_app
from tests.conftest import Client, serve

COLLECTIONS = ["/coalitions", "/members", "/working-groups", "/timeline", "/sources", "/people"]


def links(header: str) -> dict[str, str]:
    return {rel: url for url, rel in re.findall(r'<([^>]+)>; rel="(\w+)"', header)}


@pytest.mark.parametrize("path", COLLECTIONS)
def test_envelope_and_total_header(client: Client, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text
    body = r.json()
    # A member list adds `coverage`: whether the documents list every member.
    extra = {"coverage"} if path == "/members" else set()
    assert set(body) == {"items", "total", "limit", "offset"} | extra
    assert (body["limit"], body["offset"]) == (100, 0)
    assert r.headers["x-total-count"] == str(body["total"])


def test_link_relations_walk_the_pages(client: Client) -> None:
    r = client.get("/members?coalition=imctc&limit=10&offset=10")
    rels = links(r.headers["link"])
    assert set(rels) == {"first", "prev", "next", "last"}
    assert rels["prev"] == "/members?coalition=imctc&limit=10&offset=0"
    assert rels["next"] == "/members?coalition=imctc&limit=10&offset=20"
    assert rels["last"] == "/members?coalition=imctc&limit=10&offset=40"
    seen: list[str] = []
    url: str | None = rels["first"]
    while url:
        page = client.get(url)
        seen += [m["id"] for m in page.json()["items"]]
        url = links(page.headers["link"]).get("next")
    assert len(seen) == len(set(seen)) == 41
    first = links(client.get("/members?limit=10").headers["link"])
    assert "prev" not in first


@pytest.mark.parametrize("limit", [0, 501, -1, "ten"])
def test_limit_out_of_range_is_422(client: Client, limit: object) -> None:
    r = client.get(f"/members?limit={limit}")
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0] == {
        "name": "limit",
        "in": "query",
        "reason": r.json()["errors"][0]["reason"],
    }


def test_sort_ascending_descending_and_several_keys(client: Client) -> None:
    names = [m["name"]["en"] for m in client.get("/members?sort=name&limit=500").json()["items"]]
    assert names == sorted(names, key=str.casefold)
    reverse = [m["id"] for m in client.get("/members?sort=-id&limit=500").json()["items"]]
    assert reverse == sorted(reverse, reverse=True)
    typed = client.get("/members?sort=-type,id&limit=500").json()["items"]
    assert [m["type"] for m in typed[:3]] == ["organization"] * 3
    assert [m["id"] for m in typed[:3]] == ["EU", "INTERPOL", "NATO"]


def test_fields_keep_id(client: Client) -> None:
    items = client.get("/members?fields=name&limit=3").json()["items"]
    assert all(set(item) == {"id", "name"} for item in items)


@pytest.mark.parametrize(
    "query",
    [
        "sort=height",
        "sort=-",
        "sort=-name,%20id",
        "sort=" + ",".join(["id"] * 12),
        "fields=secret",
        "fields=id,,name",
        "fields=id,name%20",
    ],
)
def test_unknown_sort_or_field_is_422(client: Client, query: str) -> None:
    r = client.get(f"/members?{query}")
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["name"] == query.split("=")[0]


def test_csv_by_parameter_and_by_accept(client: Client) -> None:
    by_param = client.get("/members?coalition=imctc&format=csv")
    by_accept = client.get("/members?coalition=imctc", headers={"Accept": "text/csv"})
    assert by_param.status_code == 200, by_param.text
    assert by_param.headers["content-type"] == "text/csv; charset=utf-8"
    assert by_param.text == by_accept.text
    rows = list(csv.DictReader(io.StringIO(by_param.text)))
    assert len(rows) == 41
    saudi = next(row for row in rows if row["id"] == "SA")
    assert saudi["name.en"] == "Saudi Arabia"
    assert saudi["name.ar"] == "المملكة العربية السعودية"
    memberships = json.loads(saudi["memberships"])
    assert [m["coalition"] for m in memberships] == ["imctc", "global-coalition"]


def test_csv_of_a_record(client: Client) -> None:
    r = client.get("/timeline/imctc-announced?format=csv")
    assert r.status_code == 200, r.text
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows[0]["date.edtf"] == "2015-12-14"


def test_etag_and_304(client: Client) -> None:
    first = client.get("/members?coalition=imctc")
    etag = first.headers["etag"]
    assert re.fullmatch(r'"[0-9a-f]{32}(-gzip)?"', etag)
    assert first.headers["cache-control"] == "public, max-age=300"
    again = client.get("/members?coalition=imctc", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    other = client.get("/members?coalition=global-coalition")
    assert other.headers["etag"] != etag
    assert (
        client.get("/members?coalition=imctc", headers={"If-None-Match": '"x"'}).status_code == 200
    )


def test_gzip_above_1kb_when_asked(client: Client) -> None:
    plain = client.get("/members", headers={"Accept-Encoding": "identity"})
    zipped = client.get("/members", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in plain.headers
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.json() == plain.json()
    assert zipped.headers["etag"] != plain.headers["etag"]
    small = client.get("/coalitions?fields=id", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers


def test_cached_and_fresh_answers_carry_the_same_headers(settings: Settings) -> None:
    with serve(create_app(settings)) as fresh:
        first = fresh.get("/timeline?type=meeting", headers={"Accept-Encoding": "gzip"})
        second = fresh.get("/timeline?type=meeting", headers={"Accept-Encoding": "gzip"})
    drop = {"x-request-id"}
    assert {k: v for k, v in first.headers.items() if k not in drop} == {
        k: v for k, v in second.headers.items() if k not in drop
    }
    assert first.content == second.content


def test_cors_and_security_headers_on_every_answer(client: Client) -> None:
    for r in [
        client.get("/members"),
        client.get("/members/none"),
        client.get("/members?limit=0"),
        client.get("/health"),
        client.request("DELETE", "/members"),
    ]:
        assert r.headers["access-control-allow-origin"] == "*"
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
        assert "content-security-policy" in r.headers
        assert r.headers["x-request-id"]


def test_preflight_and_options(client: Client) -> None:
    r = client.request(
        "OPTIONS",
        "/members",
        headers={"Origin": "https://example.org", "Access-Control-Request-Method": "GET"},
    )
    assert r.status_code == 204
    assert r.headers["access-control-allow-methods"] == "GET, HEAD, OPTIONS"
    assert r.headers["allow"] == "GET, HEAD, OPTIONS"


def test_preflight_allows_the_headers_clients_commonly_send(client: Client) -> None:
    """Generated clients and HTTP wrappers send `Content-Type: application/json` even on a
    GET; a browser then asks first, and a refusal blocks the request (test_browser.py
    shows a real page doing it)."""
    allowed = client.request(
        "OPTIONS",
        "/members",
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "content-type,if-none-match,x-request-id",
        },
    ).headers["access-control-allow-headers"]
    names = {name.strip().lower() for name in allowed.split(",")}
    for header in ["*", "content-type", "if-none-match", "x-request-id", "accept-language"]:
        assert header in names, allowed


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_writes_are_405_with_allow(client: Client, method: str) -> None:
    r = client.request(method, "/members/SA")
    assert r.status_code == 405, r.text
    assert r.headers["allow"] == "GET, HEAD, OPTIONS"
    assert r.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize("url", ["/health", "/docs", "/redoc", "/members/XX"])
def test_head_works_where_get_does(client: Client, url: str) -> None:
    """The answers FastAPI gives (not cached) allow HEAD too, as their Allow header says."""
    got, head = client.get(url), client.request("HEAD", url)
    assert head.status_code == got.status_code, head.text
    assert head.content == b""
    assert head.headers["content-length"] == got.headers["content-length"]


def test_a_repeatable_parameter_is_named_as_sent(client: Client) -> None:
    r = client.get("/timeline?type=meeting&type=xx")
    assert r.status_code == 422, r.text
    assert [e["name"] for e in r.json()["errors"]] == ["type"]


def test_head_has_the_headers_and_no_body(client: Client) -> None:
    get = client.get("/members/SA")
    head = client.request("HEAD", "/members/SA")
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["etag"] == get.headers["etag"]
    assert head.headers["content-length"] == get.headers["content-length"]


def test_request_id_is_echoed_or_created(client: Client) -> None:
    assert client.get("/", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"] == "abc-123"
    created = client.get("/", headers={"X-Request-ID": "bad id with spaces"}).headers[
        "x-request-id"
    ]
    assert re.fullmatch(r"[0-9a-f]{32}", created)


@pytest.mark.parametrize(
    "url",
    [
        "/members?limit=0",
        "/members?sort=x",
        "/members/XX",
        "/nowhere",
        "/timeline?from=2016-99",
        "/members?limit=1&limit=2",
        "/search",
    ],
)
def test_every_error_is_a_problem(client: Client, url: str) -> None:
    r = client.get(url)
    assert r.status_code in (404, 422), r.text
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert {"type", "title", "status", "detail", "instance", "request_id"} <= set(body)
    assert body["status"] == r.status_code
    assert body["request_id"] == r.headers["x-request-id"]
    if r.status_code == 422:
        assert body["errors"]
        assert all(set(e) == {"name", "in", "reason"} for e in body["errors"])


def test_a_failure_inside_is_a_logged_500_problem(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(settings)

    async def broken() -> None:
        raise RuntimeError("secret internals")

    app.app.add_api_route("/broken", broken)  # type: ignore[attr-defined]
    with serve(app) as c:
        r = c.get("/broken", headers={"X-Request-ID": "req-42"})
    assert r.status_code == 500
    assert r.headers["content-type"] == "application/problem+json"
    assert "secret" not in r.text
    assert "Traceback" not in r.text
    assert any("req-42" in record.getMessage() for record in caplog.records)


def test_the_cache_is_bounded_by_entries_and_bytes() -> None:
    unit = ENTRY_OVERHEAD + 100  # what an entry of a 100-byte body costs
    cache: BoundedCache[int] = BoundedCache(max_entries=3, max_bytes=10 * unit)

    def entry(size: int) -> CachedResponse:
        return CachedResponse(etag=b'"e"', headers=[], body=b"x" * size, gzip_body=None, common=[])

    for key in range(10):
        cache.put(key, entry(100))
    assert len(cache) == 3
    cache.put(99, entry(9 * unit))
    assert cache.bytes <= 10 * unit
    cache.put(100, entry(50 * unit))
    assert cache.get(100) is None
    # Keys count too: a long key takes the room of the bodies it displaces.
    cache = BoundedCache(max_entries=100, max_bytes=10 * unit)
    for key in range(10):
        cache.put(key, entry(100), key_bytes=3 * unit)
    assert len(cache) == 2
    assert cache.bytes <= 10 * unit


def test_a_flood_of_distinct_queries_keeps_the_cache_bounded(settings: Settings) -> None:
    small = settings.model_copy(update={"cache_entries": 16, "cache_bytes": 200_000})
    app = create_app(small)
    with serve(app) as c:
        for offset in range(60):
            assert c.get(f"/members?offset={offset}").status_code == 200
    assert len(app.cache) <= 16
    assert app.cache.bytes <= 200_000


def test_the_docs_pages_take_any_query(client: Client) -> None:
    """A link to the docs may carry tracking parameters; only the API is strict."""
    for page in ["/docs", "/redoc"]:
        r = client.get(f"{page}?utm_source=newsletter")
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith("text/html")
