"""Two tiers of tests: markers given by what a test uses, and the fast tier's coverage.

`uv run pytest -m "not slow"` is the fast tier, for the edit-test loop; `uv run pytest`
(and `.ci/run`) runs everything. The markers are given here, from the module a test
lives in and the fixtures it asks for, so no test file carries them and a new test that
starts a browser or a server is marked by using the fixture:

- `browser`: drives Chromium; `image`: builds and runs the container image;
  `postgres`: starts a PostgreSQL server. Each of these is `slow` too.
- `slow`: anything else that starts processes or runs an external consumer (servers on
  sockets, Node tools, LibreOffice, generated clients, the CLI), builds a database of its
  own, or runs for long (Schemathesis). A test whose own code names `subprocess`, a
  Python process, a server process, an optional consumer (`importorskip`),
  `build_database` or an app of its own (`create_app`) is `slow` by that alone, so a new
  one needs no list.

At the end of a run of the whole suite (either tier), every route of every router must
have answered a request made by a test that is not `slow`, so the fast tier cannot
silently stop covering a router. Requests are seen where every in-process test sends
them, at httpx's ASGI transport.

`tests/conftest.py` imports the four hooks below; nothing else uses this module.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.routing import Match, Route

import app.routers

# Marker -> the test modules that need it whole, and the fixtures that bring it.
MODULES = {
    "browser": {"test_browser"},
    "image": {"test_image"},
    "postgres": {"test_postgres"},
    "slow": {
        "test_replicas",  # three servers on sockets, 169 URLs each
        "test_logs",  # uvicorn and granian processes
        "test_schemathesis",  # every check over the whole document
        "test_openapi_consumers",  # Node tools, tsc, a generated Python client
        "test_properties",  # Hypothesis: many examples a test
        "test_failures",  # the CLI in processes, on full and read-only disks
        "test_snapshot",  # servers started on damaged and replaced files
    },
}
FIXTURES = {
    "browser": {"browser", "frontend"},
    "postgres": {"postgres", "postgres_url", "postgres_client"},
    "slow": {"live_url", "replicas"},
}
# What a test's own code names that makes it slow: a process started, a database built.
SLOW_CALLS = (
    "subprocess.",
    "sys.executable",
    "ServerProcess(",
    "_serve(",  # tahaluf_serve( too: the service in a process of its own
    "nginx_binary(",  # nginx in front of it
    "soffice",
    "importorskip(",  # an optional consumer (frictionless), imported when the test runs
    "build_database(",
    "create_app(",  # an app of its own: another load of the whole dataset
    "build_url(",
)
SLOW_KINDS = ("browser", "image", "postgres")


@functools.cache
def _function_source(function: Any) -> str:
    try:
        return inspect.getsource(function)
    except (OSError, TypeError):
        return ""


def _source(item: pytest.Item) -> str:
    function = getattr(item, "function", None)
    return _function_source(function) if function is not None else ""


def _own_fixtures_source(item: pytest.Item) -> str:
    """The source of the fixtures the test's own module defines (a server it starts, say);
    the shared ones of conftest.py are not counted: every test uses them."""
    info = getattr(item, "_fixtureinfo", None)
    module = getattr(getattr(item, "module", None), "__name__", None)
    if info is None or module is None:
        return ""
    return "".join(
        _function_source(fixturedef.func)
        for fixturedefs in info.name2fixturedefs.values()
        for fixturedef in fixturedefs
        if getattr(fixturedef.func, "__module__", None) == module
    )


def markers_for(item: pytest.Item) -> set[str]:
    module = item.nodeid.split("::")[0].rsplit("/", 1)[-1].removesuffix(".py")
    fixtures = set(getattr(item, "fixturenames", ()))
    found = {mark for mark, modules in MODULES.items() if module in modules}
    found |= {mark for mark, names in FIXTURES.items() if names & fixtures}
    if any(call in _source(item) + _own_fixtures_source(item) for call in SLOW_CALLS):
        found.add("slow")
    if found & set(SLOW_KINDS):
        found.add("slow")
    return found


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        for mark in sorted(markers_for(item)):
            item.add_marker(mark)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Under `-m "not slow"`, a module whose every test is slow is not even imported
    (Schemathesis, Playwright, Hypothesis and psycopg cost seconds to import here)."""
    if config.getoption("markexpr") != "not slow" or collection_path.suffix != ".py":
        return None
    whole = set().union(*MODULES.values())
    return True if collection_path.stem in whole else None


# -- what the fast tier's requests reach --------------------------------------------------

_state: dict[str, Any] = {"fast": False, "hits": set()}


def _routes() -> dict[str, list[Route]]:
    """Each router module's routes, by module name."""
    found: dict[str, list[Route]] = {}
    for info in pkgutil.iter_modules(app.routers.__path__):
        module = importlib.import_module(f"app.routers.{info.name}")
        router = getattr(module, "router", None)
        if router is not None:
            found[info.name] = [r for r in router.routes if isinstance(r, Route)]
    return found


_send = httpx.ASGITransport.handle_async_request


async def _recording(self: httpx.ASGITransport, request: httpx.Request) -> httpx.Response:
    if _state["fast"]:
        _state["hits"].add((request.method, request.url.path))
    return await _send(self, request)


httpx.ASGITransport.handle_async_request = _recording  # type: ignore[method-assign]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    _state["fast"] = item.get_closest_marker("slow") is None
    try:
        return (yield)
    finally:
        _state["fast"] = False


def unreached(hits: set[tuple[str, str]]) -> list[str]:
    """`router: METHOD path` for every route no fast test's request matched."""
    missing = []
    for name, routes in _routes().items():
        for route in routes:
            for method in sorted(route.methods or {"GET"}):
                if method == "HEAD":
                    continue
                scopes = ({"type": "http", "method": m, "path": p} for m, p in hits)
                if not any(
                    route.matches(s)[0] == Match.FULL for s in scopes if s["method"] == method
                ):
                    missing.append(f"app/routers/{name}.py: {method} {route.path}")
    return missing


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail a whole-suite run whose fast tests leave a route of a router unexercised."""
    whole_suite = not session.config.args or session.config.args == ["tests"]
    tier = session.config.getoption("markexpr") in ("", "not slow")
    selected = session.config.getoption("keyword") or session.config.getoption("deselect")
    ran = session.testscollected and not session.config.getoption("collectonly")
    if not (whole_suite and tier) or selected or not ran or exitstatus:
        return
    missing = unreached(_state["hits"])
    if missing:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_sep("=", "routes no fast (not slow) test requests", red=True)
            for line in missing:
                reporter.write_line(f"  {line}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
