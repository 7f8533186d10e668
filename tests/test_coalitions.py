from __future__ import annotations

import pytest

from tests.conftest import Client


def test_list(client: Client) -> None:
    r = client.get("/coalitions")
    assert r.status_code == 200, r.text
    assert [c["id"] for c in r.json()["items"]] == ["imctc", "global-coalition"]


def test_imctc_shape(client: Client) -> None:
    r = client.get("/coalitions/imctc")
    assert r.status_code == 200, r.text
    c = r.json()
    assert c["founded"] == {"date": "2015-12-14", "precision": "day"}
    assert c["initiator"] == "SA"
    assert c["headquarters"]["country"]["id"] == "SA"
    assert c["headquarters"]["city"]["en"] == "Riyadh"
    assert c["stated_member_count"] == c["member_count"] == 41
    assert len(c["objectives"]) == 6
    assert len(c["domains"]) == 4
    assert len(c["principles"]) == 9
    assert c["leaders"]
    assert c["slogan"]["ar"] == "متحالفون ضد الإرهاب"
    assert c["notes"]
    assert c["sources"]


def test_global_coalition_shape(client: Client) -> None:
    c = client.get("/coalitions/global-coalition").json()
    assert c["founded"] == {"date": "2014-09-10", "precision": "day"}
    assert c["initiator"] == "US"
    assert c["stated_member_count"] is None
    assert c["member_count"] == 34
    assert len(c["working_groups"]) == 5


def test_sub_collections_are_the_filtered_collections(client: Client) -> None:
    for sub, collection in [
        ("members", "/members"),
        ("working-groups", "/working-groups"),
        ("timeline", "/timeline"),
    ]:
        preset = client.get(f"/coalitions/global-coalition/{sub}?limit=500").json()
        filtered = client.get(f"{collection}?coalition=global-coalition&limit=500").json()
        assert preset["items"] == filtered["items"]
        assert preset["total"] > 0


def test_sub_collections_keep_their_filters(client: Client) -> None:
    r = client.get("/coalitions/global-coalition/members?type=organization")
    assert r.status_code == 200, r.text
    assert r.json()["total"] == 3
    r = client.get("/coalitions/imctc/timeline?from=2017&to=2017")
    assert {e["date"] for e in r.json()["items"]} == {"2017-11-26"}


def test_unknown_coalition_is_404_everywhere(client: Client) -> None:
    for url in ["/coalitions/nato", "/coalitions/nato/members", "/coalitions/nato/timeline"]:
        r = client.get(url)
        assert r.status_code == 404, r.text
        assert "/coalitions lists them" in r.json()["detail"]


def test_the_headquarters_is_a_point(client: Client) -> None:
    r = client.get("/coalitions/imctc")
    assert r.status_code == 200, r.text
    headquarters = r.json()["headquarters"]
    assert headquarters["city"]["en"] == "Riyadh"
    assert (headquarters["geonameid"], headquarters["country"]["id"]) == (108410, "SA")
    assert headquarters["lat"] == pytest.approx(24.69, abs=0.01)
    assert headquarters["lon"] == pytest.approx(46.72, abs=0.01)
