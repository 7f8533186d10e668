from __future__ import annotations

import hashlib
from pathlib import Path

from tests.conftest import Client


def test_every_source_names_its_file_and_fingerprint(client: Client, documents: Path) -> None:
    r = client.get("/sources")
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert len(items) == 5
    for source in items:
        data = (documents / source["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == source["sha256"]
        assert source["citation_count"] > 0


def test_citation_counts_add_up(client: Client) -> None:
    total = sum(s["citation_count"] for s in client.get("/sources").json()["items"])
    cited = 0
    for path in ("/coalitions", "/members", "/working-groups", "/timeline", "/people"):
        for record in client.get(f"{path}?limit=500").json()["items"]:
            cited += len(record["sources"])
            cited += sum(len(m["sources"]) for m in record.get("memberships", []))
            cited += sum(len(r["sources"]) for r in record.get("roles", []))
            for key in ("domains", "principles", "bodies"):
                cited += sum(len(t["sources"]) for t in record.get(key, []))
    assert total == cited


def test_source_record(client: Client) -> None:
    r = client.get("/sources/sabq-2020")
    assert r.status_code == 200, r.text
    assert r.json()["published"]["edtf"] == "2020-02-24"
    assert r.json()["published"]["precision"] == "day"
    assert client.get("/sources/none").status_code == 404
