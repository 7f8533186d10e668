"""Swagger UI, ReDoc and a cross-origin frontend, in a real browser.

Debian's Chromium, driven by Playwright (Playwright's own browser download cannot work
here), against the real service on a loopback port. A document can satisfy every
validator and still break a renderer, so the pages themselves are opened and read.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.tools import chromium

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - playwright is a dev dependency
        pytest.fail("playwright is not installed (uv sync)")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=ARGS)
        try:
            yield instance
        finally:
            instance.close()


# ReDoc's standalone bundle always asks cdn.redoc.ly for the logo of its "API docs by
# Redocly" link, whatever its options, and hides the image when that fails. The docs'
# CSP refuses every other host on purpose (they must work offline), so the browser
# reports this one refusal; it is the only message allowed.
REDOC_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"


class PageErrors:
    """Every script error and console error a page reports while it is open."""

    def __init__(self, page: Any) -> None:
        self.messages: list[str] = []
        page.on("pageerror", lambda error: self.messages.append(f"pageerror: {error}"))
        page.on("console", self._console)

    def _console(self, message: Any) -> None:
        if message.type == "error" and REDOC_LOGO not in message.text:
            self.messages.append(f"console: {message.text}")


def operations(live_url: str) -> dict[str, str]:
    """operationId -> `METHOD path`, from the document the service serves."""
    document = httpx.get(f"{live_url}/openapi.json").json()
    return {
        operation["operationId"]: f"{method.upper()} {path}"
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def test_redoc_renders_every_operation_without_error(browser: Any, live_url: str) -> None:
    page = browser.new_page()
    errors = PageErrors(page)
    page.goto(f"{live_url}/redoc")
    page.wait_for_selector("[data-section-id*='/operation/']", timeout=30_000)
    rendered = page.eval_on_selector_all(
        "[data-section-id*='/operation/']",
        "nodes => nodes.map(n => n.getAttribute('data-section-id').split('/operation/')[1])",
    )
    text = page.inner_text("body")
    page.close()
    assert "Something went wrong" not in text
    assert "Invalid reference" not in text
    assert set(rendered) == set(operations(live_url))
    assert errors.messages == []


def test_swagger_ui_expands_every_operation_without_error(browser: Any, live_url: str) -> None:
    page = browser.new_page()
    errors = PageErrors(page)
    page.goto(f"{live_url}/docs")
    page.wait_for_selector(".opblock-summary", timeout=30_000)
    summaries = page.query_selector_all(".opblock-summary")
    assert len(summaries) == len(operations(live_url))
    for summary in summaries:
        summary.click()
    page.wait_for_selector(
        ".opblock.is-open .parameters-container, .opblock.is-open .responses-wrapper"
    )
    page.wait_for_timeout(1000)  # resolution of the expanded operations is asynchronous
    assert len(page.query_selector_all(".opblock.is-open")) == len(summaries)
    text = page.inner_text("body")
    banners = page.query_selector_all(".errors-wrapper")
    page.close()
    assert "Resolver error" not in text
    assert "Could not resolve" not in text
    assert banners == []
    assert errors.messages == []


@pytest.mark.parametrize(("tag", "operation"), [("members", "listMembers"), ("search", "search")])
def test_swagger_ui_try_it_out_returns_200(
    browser: Any, live_url: str, tag: str, operation: str
) -> None:
    """ "Try it out" then Execute, without typing anything: Swagger UI fills in the defaults
    and the parameter examples (the required `q` of /search); the optional filters'
    examples are only shown, so trying a collection out lists it whole."""
    block_id = f"#operations-{tag}-{operation}"
    page = browser.new_page()
    errors = PageErrors(page)
    page.goto(f"{live_url}/docs#/{tag}/{operation}")
    block = page.wait_for_selector(block_id, timeout=30_000)
    assert block is not None
    if "is-open" not in (block.get_attribute("class") or ""):
        block.query_selector(".opblock-summary").click()
    page.click(f"{block_id} .try-out__btn")
    with page.expect_response(lambda response: "limit=100" in response.url) as sent:
        page.click(f"{block_id} .execute")
    response = sent.value
    status = page.wait_for_selector(
        f"{block_id} .live-responses-table .response .response-col_status"
    )
    assert status is not None
    shown = status.inner_text().strip()
    body = response.json()
    page.close()
    assert response.status == 200, response.url
    assert shown.startswith("200"), shown
    assert body["items"], response.url
    if operation == "listMembers":
        assert "q=" not in response.url
        assert body["total"] == len(body["items"])
    assert errors.messages == []


FRONTEND = """<!doctype html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>A frontend on another origin</title></head>
<body><p>Reads the Tahaluf API with fetch().</p></body></html>
"""

# What a frontend does: send the headers its HTTP wrapper adds, read the paging headers,
# then revalidate with the ETag.
FETCH_AND_REVALIDATE = """
async (api) => {
  const url = api + "/members?coalition=imctc&limit=5";
  const headers = {"Content-Type": "application/json", "Accept": "application/json"};
  const first = await fetch(url, {headers});
  const body = await first.json();
  const etag = first.headers.get("ETag");
  const second = await fetch(url, {headers: {...headers, "If-None-Match": etag}});
  return {
    status: first.status,
    etag: etag,
    link: first.headers.get("Link"),
    total: first.headers.get("X-Total-Count"),
    items: body.items.map((item) => item.id),
    revalidated: second.status,
    origin: location.origin,
  };
}
"""


@pytest.fixture(scope="module")
def frontend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A static page served from a second loopback origin."""
    root: Path = tmp_path_factory.mktemp("frontend")
    (root / "index.html").write_text(FRONTEND, encoding="utf-8")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_frontend_on_another_origin_reads_pages_and_revalidates(
    browser: Any, live_url: str, frontend: str
) -> None:
    page = browser.new_page()
    errors = PageErrors(page)
    page.goto(f"{frontend}/index.html")
    result = page.evaluate(FETCH_AND_REVALIDATE, live_url)
    page.close()
    assert result["origin"] != live_url
    assert result["status"] == 200
    assert result["etag"], "the ETag header is not exposed to the page"
    assert 'rel="next"' in (result["link"] or ""), result
    assert int(result["total"]) > len(result["items"]) == 5
    assert result["revalidated"] == 304
    assert errors.messages == []
