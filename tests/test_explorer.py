"""The explorer (`/explore`) through its real consumers: the edge over ASGI, tsc on the
types generated from the live document, and Debian's Chromium with every other host
blocked. Screenshots of both languages go to `bench-results/explorer/`.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from app.config import PROJECT_ROOT
from app.edge.asgi import EXPLORER_CSP
from app.routers.explore import STATIC
from tests.conftest import Client

# The module-scoped Chromium of the docs tests, launched once per module that uses it.
from tests.test_browser import PageErrors, browser  # noqa: F401
from tests.tools import node_tool, run

SCREENSHOTS = PROJECT_ROOT / "bench-results" / "explorer"
BUDGET = 300 * 1024  # gzipped JavaScript and CSS, beside the map data and the font
AXE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
BRUSSELS = "gc-2021-brussels-small-group-meeting"


def page_assets(html: str) -> list[str]:
    return re.findall(r'(?:href|src|data-world)="(/explore/static/[^"]+)"', html)


# --- served like the rest -----------------------------------------------------------------


def test_page_has_the_edge_headers_and_its_own_csp(client: Client) -> None:
    r = client.get("/explore?lang=ar&member=SA")
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    assert r.headers["content-security-policy"] == EXPLORER_CSP.decode()
    assert "'unsafe-inline'" not in r.headers["content-security-policy"]
    assert r.headers["cache-control"] == "public, max-age=300"
    again = client.get("/explore?lang=ar&member=SA", headers={"If-None-Match": r.headers["etag"]})
    assert again.status_code == 304
    assert client.get("/").json()["links"]["explore"] == "/explore"


def test_every_asset_the_page_names_is_served_compressed_with_an_etag(client: Client) -> None:
    html = client.get("/explore").text
    assets = page_assets(html)
    assert len(assets) == 3, assets  # the script, the stylesheet, the map
    for path in assets:
        r = client.get(path, headers={"Accept-Encoding": "gzip"})
        assert r.status_code == 200, path
        assert r.headers["etag"], path
        assert r.headers["content-encoding"] == "gzip", path
        assert r.headers["content-security-policy"] == EXPLORER_CSP.decode()
    css = client.get(next(a for a in assets if a.endswith(".css"))).text
    for font in re.findall(r'url\("?\./(fonts/[^")]+)', css):
        assert client.get(f"/explore/static/{font}").status_code == 200, font


@pytest.mark.parametrize("name", ["nope.js", "../main.py", "..%2Fmain.py", "%2e%2e/index.html"])
def test_an_unknown_asset_is_a_problem_not_a_file(client: Client, name: str) -> None:
    r = client.get(f"/explore/static/{name}")
    assert r.status_code == 404
    assert r.headers["content-type"] == "application/problem+json"


def test_the_page_routes_are_not_in_the_contract(document: dict[str, Any]) -> None:
    assert not [path for path in document["paths"] if path.startswith("/explore")]


def test_bundle_fits_the_budget() -> None:
    """JavaScript and CSS, gzipped, under 300 KB (the map data and the font aside)."""
    code = [*STATIC.glob("*.js"), *STATIC.glob("*.css")]
    assert len(code) == 2, code
    size = sum(len(gzip.compress(p.read_bytes(), 9)) for p in code)
    print(f"explorer bundle: {size} bytes of JS+CSS gzipped")
    assert size < BUDGET


# --- built on the contract -----------------------------------------------------------------


def test_page_type_checks_against_the_live_document(
    document: dict[str, Any], tmp_path: Path
) -> None:
    """`tsc --strict` over the page's sources, with types generated from what the service
    serves now: a contract change that breaks the page fails here (and in `.ci/run`)."""
    openapi_typescript, tsc = node_tool("openapi-typescript"), node_tool("tsc")
    work = tmp_path / "explorer"
    shutil.copytree(PROJECT_ROOT / "explorer", work, ignore=shutil.ignore_patterns("generated"))
    (tmp_path / "node_modules").symlink_to(PROJECT_ROOT / "node_modules")
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    generated = work / "src" / "generated" / "tahaluf.d.ts"
    result = run([openapi_typescript, spec, "-o", generated], PROJECT_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    result = run([tsc, "-p", work, "--strict"], PROJECT_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


# --- in Chromium ---------------------------------------------------------------------------


@dataclass
class Explorer:
    """A page of the explorer; every other host is blocked and recorded."""

    page: Any
    base: str
    errors: PageErrors
    foreign: list[str] = field(default_factory=list)
    requested: list[str] = field(default_factory=list)

    def open(self, query: str = "") -> None:
        self.page.goto(f"{self.base}/explore{query}")
        self.page.wait_for_selector("body[data-ready]", timeout=30_000)
        self.settle()

    def settle(self) -> None:
        self.page.wait_for_function("() => !document.querySelector('[aria-busy]')")

    def api(self, path: str) -> Any:
        return httpx.get(f"{self.base}{path}").json()


@pytest.fixture
def explorer(browser: Any, live_url: str) -> Iterator[Explorer]:  # noqa: F811
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    origin = urlsplit(live_url).netloc
    page = context.new_page()
    view = Explorer(page, live_url, PageErrors(page))

    def route(request_route: Any) -> None:
        url = request_route.request.url
        view.requested.append(url)
        if urlsplit(url).netloc == origin:
            request_route.continue_()
        else:
            view.foreign.append(url)
            request_route.abort()

    context.route("**/*", route)
    try:
        yield view
    finally:
        context.close()
    # Every test: no request left the service, and the page reported no error.
    assert view.foreign == []
    assert view.requested, "the page requested nothing at all"
    assert view.errors.messages == []


def ids_marked(page: Any, selector: str) -> set[str]:
    values = page.eval_on_selector_all(selector, "nodes => nodes.map(n => n.dataset.members)")
    return {member for value in values for member in value.split()}


def shape_point(page: Any, selector: str) -> tuple[float, float]:
    """A point where the shape itself, not a marker drawn over it, takes the click."""
    found = page.evaluate(
        """selector => {
        const shape = document.querySelector(selector);
        const box = shape.getBoundingClientRect();
        for (let fy = 0.5; fy < 1; fy += 0.05) for (const sign of [1, -1]) {
          const y = box.top + box.height * (0.5 + sign * (fy - 0.5));
          for (let fx = 0.1; fx < 0.95; fx += 0.05) {
            const x = box.left + box.width * fx;
            if (document.elementFromPoint(x, y) === shape) return [x, y];
          }
        }
        return null;
    }""",
        selector,
    )
    assert found is not None, f"no point of {selector} can be clicked"
    return found[0], found[1]


def test_map_draws_the_imctc_members_highlighted(explorer: Explorer) -> None:
    explorer.open()
    imctc = {m["id"] for m in explorer.api("/coalitions/imctc/members?limit=500")["items"]}
    assert len(imctc) == 41
    page = explorer.page
    drawn = ids_marked(page, ".map .imctc[data-members], .map .both[data-members]")
    assert drawn == imctc
    # A member's name shows on hover.
    page.mouse.move(*shape_point(page, ".map path[data-members='EG']"))
    assert page.inner_text(".tooltip") == explorer.api("/members/EG")["name"]["en"]
    # Organizations are listed beside the map.
    assert "NATO" in page.inner_text(".orgs")


def test_clicking_saudi_arabia_opens_its_card_with_a_quote(explorer: Explorer) -> None:
    explorer.open()
    page = explorer.page
    page.locator(".map path[data-members='SA']").scroll_into_view_if_needed()
    page.mouse.click(*shape_point(page, ".map path[data-members='SA']"))
    page.wait_for_selector("article.card-body.member[data-id='SA']")
    explorer.settle()
    assert page.inner_text("#card-title") == "Saudi Arabia"
    quotes = page.eval_on_selector_all(
        "#card blockquote[lang='ar']", "nodes => nodes.map(n => n.textContent)"
    )
    cited = {c["quote"] for c in explorer.api("/members/SA")["sources"]}
    assert cited <= set(quotes)
    captions = page.inner_text("#card figcaption")
    assert "Publisher" in captions
    assert "Document" in captions
    assert "member=SA" in page.url
    links = page.eval_on_selector_all("#card .formats a", "nodes => nodes.map(n => n.href)")
    assert [urlsplit(link).path + "?" + urlsplit(link).query for link in links] == [
        "/members/SA?",
        "/members/SA?format=csv",
        "/members/SA?format=geojson",
        "/members/SA?format=xlsx",
    ]


def test_timeline_shows_the_ministerial_meetings_and_both_readings(explorer: Explorer) -> None:
    explorer.open()
    page = explorer.page
    page.select_option("#tl-coalition", "global-coalition")
    explorer.settle()
    page.select_option("#tl-type", "ministerial-meeting")
    page.wait_for_url(re.compile("type=ministerial-meeting"))
    explorer.settle()
    rows = page.eval_on_selector_all("ol.events li.event", "nodes => nodes.map(n => n.dataset.id)")
    expected = explorer.api("/timeline?coalition=global-coalition&type=ministerial-meeting")
    assert len(rows) == 9 == expected["total"]
    assert rows == [e["id"] for e in expected["items"]]
    # Back to every event: the Brussels meeting shows each reading of its date.
    page.go_back()
    page.go_back()
    explorer.settle()
    readings = page.eval_on_selector_all(
        f"li.event[data-id='{BRUSSELS}'] .reading", "nodes => nodes.map(n => n.textContent)"
    )
    event = explorer.api(f"/timeline/{BRUSSELS}")
    assert readings == [r["date"] for r in event["date"]["readings"]]
    assert len(readings) == 2
    # Undated events are listed apart; a click opens the event's card.
    undated = page.eval_on_selector_all("ul.undated li.event", "nodes => nodes.length")
    assert (
        undated
        == explorer.api("/timeline?limit=1")["total"]
        - explorer.api("/timeline?from=0001&limit=1")["total"]
    )
    assert undated > 0
    page.click(f"li.event[data-id='{BRUSSELS}'] button")
    page.wait_for_selector(f"article.card-body.event[data-id='{BRUSSELS}']")
    explorer.settle()
    assert page.eval_on_selector_all("#card .reading", "n => n.length") == 2


@pytest.mark.parametrize(
    ("query", "kind", "record"),
    [("داعش", "coalition", "global-coalition"), ("Saudi", "member", "SA")],
)
def test_search_finds_in_arabic_and_english(
    explorer: Explorer, query: str, kind: str, record: str
) -> None:
    explorer.open()
    page = explorer.page
    page.fill("#q", query)
    page.press("#q", "Enter")
    hit = page.wait_for_selector(f"#results button[data-kind='{kind}'][data-id='{record}']")
    assert hit is not None
    hit.click()
    page.wait_for_selector(f"article.card-body[data-id='{record}']")
    explorer.settle()
    assert page.query_selector("#card blockquote") is not None


def test_arabic_is_right_to_left_and_a_permalink_restores_it(explorer: Explorer) -> None:
    explorer.open("?lang=ar&member=SA")
    page = explorer.page
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("html", "lang") == "ar"
    assert page.inner_text("#card-title") == explorer.api("/members/SA")["name"]["ar"]
    # Mirrored: the card, after the map in reading order, stands to its left.
    card = page.locator("#card").bounding_box()
    map_box = page.locator("#map-section").bounding_box()
    assert card["x"] < map_box["x"]
    # The Arabic font is ours, and it is used.
    assert page.evaluate("document.fonts.check('16px \"Noto Sans Arabic\"', 'عربي')")
    page.click("#lang")
    page.wait_for_function("() => document.documentElement.dir === 'ltr'")
    explorer.settle()
    assert "lang=" not in page.url
    assert "member=SA" in page.url
    assert page.inner_text("#card-title") == "Saudi Arabia"
    page.go_back()
    page.wait_for_function("() => document.documentElement.dir === 'rtl'")


def axe_problems(page: Any) -> list[str]:
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:5]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.fixture
def axe_installed() -> None:
    """axe-core from npm; checked before the page opens, so a skip leaves no page behind."""
    if not AXE.exists():
        node_tool("axe-core")  # skips or fails, naming npm ci


@pytest.mark.usefixtures("axe_installed")
def test_axe_finds_no_serious_violation_and_the_keyboard_reaches_every_control(
    explorer: Explorer,
) -> None:
    explorer.open("?member=SA&q=%D8%AF%D8%A7%D8%B9%D8%B4")
    page = explorer.page
    assert axe_problems(page) == []
    controls = page.evaluate(
        """() => {
        const all = [...document.querySelectorAll(
          'a[href], button:not([disabled]), input, select, [tabindex="0"]')]
          .filter(n => n.getClientRects().length > 0);
        all.forEach((n, i) => n.setAttribute('data-kbd', String(i)));
        return all.length;
    }"""
    )
    assert controls > 50
    reached: set[str] = set()
    page.focus("body")
    for _ in range(controls + 5):
        page.keyboard.press("Tab")
        index = page.evaluate("document.activeElement?.getAttribute('data-kbd')")
        if index is not None:
            reached.add(index)
    missed = page.evaluate(
        "ids => ids.map(i => document.querySelector(`[data-kbd='${i}']`).outerHTML.slice(0, 120))",
        [str(i) for i in range(controls) if str(i) not in reached],
    )
    assert missed == []
    explorer.open("?lang=ar&member=SA")
    assert axe_problems(page) == []


def test_screenshots_of_both_languages(explorer: Explorer) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    # Tall enough that the card, which scrolls on its own beside the page, shows whole.
    explorer.page.set_viewport_size({"width": 1400, "height": 2400})
    for lang, query in (("en", "?member=SA"), ("ar", "?lang=ar&member=SA")):
        explorer.open(query)
        path = SCREENSHOTS / f"explorer-{lang}.png"
        explorer.page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 20_000
        print(f"screenshot: {path}")
    if os.environ.get("GITHUB_STEP_SUMMARY"):  # pragma: no cover - CI's own summary
        Path(os.environ["GITHUB_STEP_SUMMARY"]).write_text(f"screenshots in {SCREENSHOTS}\n")
