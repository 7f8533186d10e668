"""The SQLModel layer on a real PostgreSQL server, through `DATABASE_URL`.

The same `write_rows` builds the seed into PostgreSQL, and the app reading it answers
exactly as it does from the SQLite file: same documents, same ETags (same data version).
The server is Debian's (`apt-get install postgresql`), started here in a temporary
directory; where none can start the tests are skipped, saying why, unless
TAHALUF_REQUIRE_POSTGRES=1 (CI) turns that into a failure.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel, create_engine

from app.build.builder import write_rows
from app.build.checker import load_checked
from app.cli import main
from app.config import Settings
from app.main import create_app
from app.store.database import open_engine, read_only_sqlite
from tests.conftest import SEED, Client, serve
from tests.postgres import Server, Unavailable, throwaway_server

URLS = [
    "/coalitions",
    "/members?coalition=imctc",
    "/members/SA",
    "/working-groups",
    "/timeline?from=2016&to=2018",
    "/timeline?from=2021-12&person=john-godfrey",
    "/people",
    "/people/mohammed-al-moghedi",
    "/coalitions/global-coalition/people",
    "/members?coalition=global-coalition&match=all",
    "/sources",
    "/search?q=الاردن",
]


@pytest.fixture(scope="module")
def postgres() -> Iterator[Server]:
    try:
        with throwaway_server() as server:
            yield server
    except Unavailable as reason:
        if os.environ.get("TAHALUF_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required (TAHALUF_REQUIRE_POSTGRES=1): {reason}")
        pytest.skip(f"no PostgreSQL server can start here: {reason}")


@pytest.fixture(scope="module")
def postgres_url(postgres: Server) -> str:
    """A database holding the real seed, built by `write_rows` as the SQLite file is."""
    url = postgres.create_database("tahaluf")
    engine = create_engine(url)
    try:
        write_rows(engine, load_checked(SEED))
    finally:
        engine.dispose()
    return url


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in SQLModel.metadata.sorted_tables
        }


def rows(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, in primary-key order."""
    with engine.connect() as connection:
        return {
            table.name: [
                tuple(row)
                for row in connection.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in SQLModel.metadata.sorted_tables
        }


@pytest.fixture(scope="module")
def sqlite_engine(database: Path) -> Iterator[Engine]:
    engine = read_only_sqlite(database)
    try:
        yield engine
    finally:
        engine.dispose()


def test_write_rows_builds_the_seed_into_postgresql(
    postgres: Server, sqlite_engine: Engine
) -> None:
    url = postgres.create_database("build_check")
    engine = create_engine(url)
    try:
        assert engine.dialect.name == "postgresql"
        write_rows(engine, load_checked(SEED))
        built = counts(engine)
        # The SQLite file also holds its own content digest (`app.store.snapshot`), one meta row.
        assert built == {**counts(sqlite_engine), "meta": counts(sqlite_engine)["meta"] - 1}
        assert all(built.values()), built
        sqlite_rows = rows(sqlite_engine)
        sqlite_rows["meta"] = [row for row in sqlite_rows["meta"] if row[0] != "content_digest"]
        assert rows(engine) == sqlite_rows
        # A rebuild drops and recreates the tables: the same rows again, not twice.
        write_rows(engine, load_checked(SEED))
        assert counts(engine) == built
    finally:
        engine.dispose()


def test_database_url_wins_over_the_sqlite_file(postgres_url: str, tmp_path: Path) -> None:
    settings = Settings(
        database_url=postgres_url,
        database_path=tmp_path / "absent.db",
        build_on_start=False,
        access_log=False,
    )
    engine = open_engine(settings)
    try:
        assert engine.dialect.name == "postgresql"
        assert engine.url.render_as_string(hide_password=False) == postgres_url
    finally:
        engine.dispose()
    assert not settings.database_path.exists()


def test_database_url_is_read_from_the_environment(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", postgres_url)
    assert Settings().database_url == postgres_url


@pytest.fixture(scope="module")
def postgres_client(postgres_url: str) -> Iterator[Client]:
    settings = Settings(database_url=postgres_url, build_on_start=False, access_log=False)
    with serve(create_app(settings)) as test_client:
        yield test_client


@pytest.mark.parametrize("url", URLS)
def test_the_app_answers_the_same_from_postgresql(
    url: str, postgres_client: Client, client: Client
) -> None:
    from_postgres = postgres_client.get(url)
    from_sqlite = client.get(url)
    assert from_postgres.status_code == 200, from_postgres.text
    assert from_sqlite.status_code == 200, from_sqlite.text
    assert from_postgres.json() == from_sqlite.json()
    assert from_postgres.headers["etag"] == from_sqlite.headers["etag"]
    assert from_postgres.content == from_sqlite.content


def test_build_url_loads_postgresql_and_a_bad_seed_leaves_it_untouched(
    postgres: Server, seed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`tahaluf build --url` is the curator's way in; a bad seed must not empty the tables."""
    url = postgres.create_database("cli_build")
    assert main(["build", "--seed", str(SEED), "--url", url]) == 0
    engine = create_engine(url)
    try:
        before = rows(engine)
        assert all(before.values())
        members = seed_copy / "members.json"
        members.write_text(members.read_text(encoding="utf-8").replace('"SA"', '"S"', 1))
        assert main(["build", "--seed", str(seed_copy), "--url", url]) == 1
        assert "members.json: " in capsys.readouterr().err
        assert rows(engine) == before
    finally:
        engine.dispose()


def test_write_rows_is_one_transaction(postgres: Server) -> None:
    """A failure half-way (a chair that is no member) rolls back the dropped, half-filled tables."""
    url = postgres.create_database("atomic_check")
    engine = create_engine(url)
    try:
        seed = load_checked(SEED)
        write_rows(engine, seed)
        before = rows(engine)
        group = seed.working_groups[0].model_copy(update={"chairs": ["ZZ"]})
        broken = dataclasses.replace(seed, working_groups=[group, *seed.working_groups[1:]])
        with pytest.raises(IntegrityError):
            write_rows(engine, broken)
        assert rows(engine) == before
    finally:
        engine.dispose()
