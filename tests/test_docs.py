"""Swagger UI and ReDoc work offline: every asset they load comes from this service.

The service is deployed where browsers may not reach a CDN (and its CSP forbids other
hosts anyway), so a page that pulled its script from cdn.jsdelivr.net would render blank.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from tests.conftest import Client

PAGES = ["/docs", "/redoc"]
CONTENT_TYPES = {
    ".js": ("text/javascript", "application/javascript"),
    ".css": ("text/css",),
    ".png": ("image/png",),
    ".json": ("application/json",),
}
# Which CSP directive governs each kind of reference, per CSP Level 3.
DIRECTIVES = {
    "script": "script-src",
    "style": "style-src",
    "img": "img-src",
    "fetch": "connect-src",
}


class References(HTMLParser):
    """The URLs a page makes the browser load, by kind, and whether it has inline code."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: dict[str, set[str]] = {kind: set() for kind in DIRECTIVES}
        self.inline: set[str] = set()
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script":
            if attributes.get("src"):
                self.urls["script"].add(str(attributes["src"]))
            else:
                self._open = "script"
        elif tag == "style":
            self._open = "style"
        elif tag == "link" and attributes.get("href"):
            rel = (attributes.get("rel") or "").split()
            self.urls["style" if "stylesheet" in rel else "img"].add(str(attributes["href"]))
        elif tag == "img" and attributes.get("src"):
            self.urls["img"].add(str(attributes["src"]))
        elif attributes.get("spec-url"):
            self.urls["fetch"].add(str(attributes["spec-url"]))

    def handle_endtag(self, tag: str) -> None:
        self._open = None

    def handle_data(self, data: str) -> None:
        if self._open and data.strip():
            self.inline.add(self._open)
            # Swagger UI's bootstrap script names the document it fetches.
            self.urls["fetch"].update(re.findall(r"\burl: '([^']+)'", data))


def references(client: Client, page: str) -> References:
    r = client.get(page)
    assert r.status_code == 200, r.text
    parser = References()
    parser.feed(r.text)
    return parser


def csp(client: Client, page: str) -> dict[str, list[str]]:
    header = client.get(page).headers["content-security-policy"]
    directives = (part.split() for part in header.split(";") if part.strip())
    return {name: sources for name, *sources in directives}


def allowed(policy: dict[str, list[str]], *directives: str) -> list[str]:
    """The sources a directive allows, through its fallbacks down to `default-src`."""
    for directive in (*directives, "default-src"):
        if directive in policy:
            return policy[directive]
    return []


@pytest.mark.parametrize("page", PAGES)
def test_page_is_html(client: Client, page: str) -> None:
    r = client.get(page)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("page", PAGES)
def test_page_names_no_other_host(client: Client, page: str) -> None:
    """Not even in inline code: any absolute URL there would be a request leaving the site."""
    html = client.get(page).text
    assert re.findall(r"(?:https?:)?//[\w.-]+", html) == []


@pytest.mark.parametrize("page", PAGES)
def test_page_loads_its_script_from_here(client: Client, page: str) -> None:
    """The UI is a script bundle; without one found here the page stays blank."""
    found = references(client, page)
    assert found.urls["script"], "the page loads no script bundle"
    assert found.urls["fetch"] == {"/openapi.json"}


@pytest.mark.parametrize("page", PAGES)
def test_every_referenced_asset_is_served_here(client: Client, page: str) -> None:
    found = references(client, page)
    urls = set().union(*found.urls.values())
    for url in urls:
        parts = urlsplit(url)
        assert not parts.scheme, url
        assert not parts.netloc, url
        assert parts.path.startswith("/"), url
        r = client.get(url)
        assert r.status_code == 200, f"{url}: {r.text[:200]}"
        assert r.content, url
        suffix = parts.path[parts.path.rfind(".") :]
        assert r.headers["content-type"].startswith(CONTENT_TYPES[suffix]), url


@pytest.mark.parametrize("page", PAGES)
def test_csp_lets_the_page_load_what_it_references(client: Client, page: str) -> None:
    """A browser enforces the header: each kind of asset must be allowed from 'self'."""
    policy = csp(client, page)
    found = references(client, page)
    for kind, urls in found.urls.items():
        if urls:
            assert "'self'" in allowed(policy, DIRECTIVES[kind]), (kind, policy)
    for kind in found.inline:
        assert "'unsafe-inline'" in allowed(policy, DIRECTIVES[kind]), (kind, policy)


def test_redoc_may_start_its_worker(client: Client) -> None:
    """ReDoc's standalone bundle runs its search index in a worker made from a blob: URL."""
    policy = csp(client, "/redoc")
    assert "blob:" in allowed(policy, "worker-src", "child-src", "script-src")


def test_openapi_document_is_served(client: Client) -> None:
    r = client.get("/openapi.json")
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/json"
    assert r.json()["openapi"].startswith("3.")


def test_swagger_oauth2_redirect_page_works(client: Client) -> None:
    """Swagger UI links this page for OAuth2 flows; a broken link is a broken button."""
    html = client.get("/docs").text
    linked = re.findall(r"oauth2RedirectUrl: window\.location\.origin \+ '([^']+)'", html)
    assert linked == ["/docs/oauth2-redirect"]
    r = client.get(linked[0])
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert re.findall(r"(?:https?:)?//[\w.-]+", r.text) == []


def test_swagger_ui_sends_the_document_nowhere(client: Client) -> None:
    """Left unset, Swagger UI posts the document to validator.swagger.io for a badge."""
    r = client.get("/docs")
    assert r.status_code == 200, r.text
    assert '"validatorUrl": null' in r.text
