"""GeoJSON for maps: checked by geojson-pydantic and by the RFC 7946 schema (geojson/schema)."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from geojson_pydantic import FeatureCollection

from tests.conftest import PROJECT_ROOT, Client
from tests.tools import missing

SCHEMA = PROJECT_ROOT / "node_modules" / "geojson-schema" / "FeatureCollection.json"


def geojson(client: Client, url: str) -> tuple[dict[str, Any], int]:
    """A valid FeatureCollection, and how many records the response says it left out."""
    r = client.get(url)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/geo+json"
    body: dict[str, Any] = r.json()
    FeatureCollection.model_validate(body)  # geojson-pydantic: RFC 7946 types
    if not SCHEMA.exists():
        missing(f"geojson-schema (run `npm ci` in {PROJECT_ROOT})")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(body, schema, cls=jsonschema.Draft7Validator)
    return body, int(r.headers["x-features-omitted"])


def test_the_41_imctc_members_give_41_points(client: Client) -> None:
    body, omitted = geojson(client, "/members?coalition=imctc&format=geojson&limit=100")
    assert len(body["features"]) == 41
    assert omitted == 0
    saudi = next(f for f in body["features"] if f["id"] == "SA")
    lon, lat = saudi["geometry"]["coordinates"]  # RFC 7946: longitude first
    assert (lat, lon) == (saudi["properties"]["point"]["lat"], saudi["properties"]["point"]["lon"])
    assert saudi["properties"]["name"]["ar"] == "المملكة العربية السعودية"


def test_properties_honour_fields_and_the_point_stays(client: Client) -> None:
    body, _ = geojson(client, "/members?coalition=imctc&format=geojson&fields=name&limit=100")
    assert len(body["features"]) == 41
    assert all(set(f["properties"]) == {"id", "name"} for f in body["features"])


def test_coalitions_map_their_headquarters_and_count_what_has_none(client: Client) -> None:
    body, omitted = geojson(client, "/coalitions?format=geojson")
    assert [f["id"] for f in body["features"]] == ["imctc"]  # Riyadh
    assert omitted == 1  # the Global Coalition names no headquarters


def test_the_timeline_maps_located_events(client: Client) -> None:
    everything = client.get("/timeline?limit=500").json()
    body, omitted = geojson(client, "/timeline?format=geojson&limit=500")
    located = client.get("/timeline?located=true&limit=500").json()["items"]
    assert [f["id"] for f in body["features"]] == [e["id"] for e in located]
    assert omitted == everything["total"] - len(located)
    body, omitted = geojson(client, "/timeline?format=geojson&located=true&limit=500")
    assert omitted == 0


@pytest.mark.parametrize("value", [True, False])
def test_dated_and_located_split_the_timeline(client: Client, value: bool) -> None:
    def ids(query: str) -> set[str]:
        return {e["id"] for e in client.get(f"/timeline?limit=500&{query}").json()["items"]}

    every = ids("")
    flag = str(value).lower()
    dated = ids(f"dated={flag}")
    located = ids(f"located={flag}")
    undated = {
        e["id"] for e in client.get("/timeline?limit=500").json()["items"] if e["date"] is None
    }
    assert dated == (every - undated if value else undated)
    assert located
    assert located < every
    assert located | ids(f"located={str(not value).lower()}") == every


def test_geojson_is_refused_where_there_is_no_point(client: Client) -> None:
    for url in ("/sources?format=geojson", "/people?format=geojson", "/members/SA?format=geojson"):
        r = client.get(url)
        assert r.status_code == 422, url
        assert r.json()["errors"][0]["name"] == "format"
