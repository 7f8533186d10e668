"""Fixtures: the real seed, built into a real SQLite file, served by the real app."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import anyio.from_thread
import httpx
import pytest
from fastapi import FastAPI

from app.build.builder import build_database
from app.config import PROJECT_ROOT, Settings
from app.edge.asgi import Edge
from app.main import create_app
from tests.servers import ServerProcess, free_ports
from tests.tiers import (  # noqa: F401  (hooks: the markers of the two tiers)
    pytest_collection_modifyitems,
    pytest_ignore_collect,
    pytest_runtest_protocol,
    pytest_sessionfinish,
)

SEED = PROJECT_ROOT / "seed"
DOCUMENTS = PROJECT_ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def documents() -> Path:
    if not DOCUMENTS.is_dir():
        pytest.skip(f"the source documents are not at {DOCUMENTS} (../shared beside the repo)")
    return DOCUMENTS


@pytest.fixture(scope="session")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("db") / "tahaluf.db"
    build_database(SEED, path)
    return path


@pytest.fixture(scope="session")
def settings(database: Path) -> Settings:
    return Settings(database_path=database, build_on_start=False, access_log=False)


class Client:
    """httpx over ASGI, driven synchronously from a thread portal so tests stay plain functions."""

    def __init__(self, portal: anyio.from_thread.BlockingPortal, client: httpx.AsyncClient) -> None:
        self.portal = portal
        self.client = client

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self.portal.call(partial(self.client.request, method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)


@contextmanager
def serve(app: Edge) -> Iterator[Client]:
    """Run the app's lifespan, then hand out a client; the app's errors become responses."""
    api = app.app
    assert isinstance(api, FastAPI)
    with (
        anyio.from_thread.start_blocking_portal() as portal,
        portal.wrap_async_context_manager(api.router.lifespan_context(api)),
    ):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        client = httpx.AsyncClient(transport=transport, base_url="http://testserver")
        try:
            yield Client(portal, client)
        finally:
            portal.call(client.aclose)


@pytest.fixture(scope="session")
def client(settings: Settings) -> Iterator[Client]:
    with serve(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def document(client: Client) -> dict[str, Any]:
    """The OpenAPI document the service serves."""
    r = client.get("/openapi.json")
    assert r.status_code == 200, r.text
    openapi: dict[str, Any] = r.json()
    return openapi


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A writable copy of the real seed, for tests that break it on purpose."""
    target = tmp_path / "seed"
    shutil.copytree(SEED, target)
    return target


@pytest.fixture(scope="session")
def live_url(database: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real service on a loopback port, for consumers that need a socket: a generated
    client, a browser."""
    (port,) = free_ports(1)
    argv = ["uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port)]
    server = ServerProcess(
        [*argv, "--no-access-log"],
        database=database,
        directory=tmp_path_factory.mktemp("live"),
        port=port,
        env={"TAHALUF_ACCESS_LOG": "false"},
    )
    try:
        server.wait_until_healthy()
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()
