"""`/downloads`: the whole dataset as a Frictionless Data Package, and as SQLite."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import time
import zipfile
from pathlib import Path

import pytest

from app.api.bulk import datapackage_zip
from app.edge.asgi import representation_etag
from tests.conftest import Client
from tests.servers import tahaluf_serve


@pytest.fixture(scope="module")
def package(client: Client) -> bytes:
    r = client.get("/downloads/datapackage.zip")
    assert r.status_code == 200, r.text
    return r.content


def test_the_package_is_a_zip_with_a_csv_per_collection(client: Client, package: bytes) -> None:
    archive = zipfile.ZipFile(io.BytesIO(package))
    assert archive.namelist() == [
        "datapackage.json",
        "data/coalitions.csv",
        "data/members.csv",
        "data/working-groups.csv",
        "data/timeline.csv",
        "data/sources.csv",
        "data/people.csv",
    ]
    descriptor = json.loads(archive.read("datapackage.json"))
    version = client.get("/").json()["data_version"]
    assert descriptor["version"] == version
    members = list(csv.DictReader(io.StringIO(archive.read("data/members.csv").decode())))
    assert len(members) == client.get("/members").json()["total"]
    # The same columns as the API's CSV.
    api = client.get("/members?format=csv&limit=500")
    assert archive.read("data/members.csv") == api.content
    people = list(csv.DictReader(io.StringIO(archive.read("data/people.csv").decode())))
    assert len(people) == client.get("/people").json()["total"]


def test_the_package_carries_its_version_name_and_etag(client: Client) -> None:
    r = client.get("/downloads/datapackage.zip")
    version = client.get("/").json()["data_version"]
    assert r.headers["content-type"] == "application/zip"
    assert r.headers["content-disposition"] == f'attachment; filename="tahaluf-{version}.zip"'
    etag = r.headers["etag"]
    again = client.get("/downloads/datapackage.zip", headers={"If-None-Match": etag})
    assert again.status_code == 304


def test_the_package_bytes_depend_on_the_data_alone(database: Path, package: bytes) -> None:
    """Built again from a database of the same seed, as another replica would: same bytes."""
    from app.store.database import read_only_sqlite
    from app.store.records import Store

    engine = read_only_sqlite(database)
    try:
        assert datapackage_zip(Store.open(engine)) == package
    finally:
        engine.dispose()


def test_frictionless_validates_the_package(package: bytes, tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    zipfile.ZipFile(io.BytesIO(package)).extractall(tmp_path)
    report = frictionless.validate(tmp_path / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    resources = frictionless.Package(tmp_path / "datapackage.json").resources
    assert [r.name for r in resources] == [
        "coalitions",
        "members",
        "working-groups",
        "timeline",
        "sources",
        "people",
    ]
    rows = resources[1].read_rows()
    saudi = next(row for row in rows if row["id"] == "SA")
    assert saudi["name.ar"] == "المملكة العربية السعودية"
    assert float(saudi["point.lat"]) == pytest.approx(24.69, abs=0.01)
    assert "السعودية" in saudi["aliases"]


def test_the_sqlite_file_is_the_database(client: Client, tmp_path: Path) -> None:
    r = client.get("/downloads/tahaluf.db")
    assert r.status_code == 200, r.text
    version = client.get("/").json()["data_version"]
    assert r.headers["content-type"] == "application/vnd.sqlite3"
    assert r.headers["content-disposition"] == f'attachment; filename="tahaluf-{version}.db"'
    assert r.headers["etag"]
    path = tmp_path / "copy.db"
    path.write_bytes(r.content)
    with sqlite3.connect(path) as connection:
        stored = connection.execute("select value from meta where key='data_version'").fetchone()
        count = connection.execute("select count(*) from member").fetchone()
    assert stored == (version,)
    assert count == (62,)


def test_downloads_take_no_parameters(client: Client) -> None:
    r = client.get("/downloads/datapackage.zip?format=csv")
    assert r.status_code == 422, r.text


def test_the_sqlite_download_is_validated_by_the_hash_of_its_bytes(client: Client) -> None:
    r = client.get("/downloads/tahaluf.db")
    assert r.status_code == 200, r.text
    assert r.headers["content-length"] == str(len(r.content))
    assert "content-encoding" not in r.headers
    assert "last-modified" not in r.headers
    sent = [(name.encode(), value.encode()) for name, value in r.headers.items()]
    assert r.headers["etag"] == representation_etag(sent, r.content).decode()
    again = client.get("/downloads/tahaluf.db", headers={"If-None-Match": r.headers["etag"]})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == r.headers["etag"]


@pytest.mark.parametrize("server", ["uvicorn", "granian"])
def test_the_sqlite_download_streams_the_file_under_both_servers(
    server: str, database: Path, tmp_path: Path
) -> None:
    process, _ = tahaluf_serve(server, database, tmp_path)
    try:
        process.wait_until_healthy(time.monotonic() + 120)  # a loaded machine starts slowly
        with process.client.stream("GET", "/downloads/tahaluf.db") as r:
            body = b"".join(r.iter_bytes())
        assert r.status_code == 200
        assert body == database.read_bytes()
        head = process.client.head("/downloads/tahaluf.db")
        assert head.status_code == 200
        assert head.headers["etag"] == r.headers["etag"]
        assert head.content == b""
    finally:
        process.stop()
