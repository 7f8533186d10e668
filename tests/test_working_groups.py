from __future__ import annotations

from tests.conftest import Client


def test_chairs_are_embedded_as_id_and_name(client: Client) -> None:
    r = client.get("/working-groups/gc-stabilization")
    assert r.status_code == 200, r.text
    group = r.json()
    assert group["chairs"] == [
        {"id": "AE", "name": {"ar": "الإمارات العربية المتحدة", "en": "United Arab Emirates"}},
        {"id": "DE", "name": {"ar": "ألمانيا", "en": "Germany"}},
    ]
    assert group["coalition"]["id"] == "global-coalition"
    assert "FFIS" in group["description"]["en"]


def test_africa_focus_group_points_at_the_meeting_that_created_it(client: Client) -> None:
    group = client.get("/working-groups/gc-africa-focus").json()
    assert group["established"]["edtf"] == "[2021-09-02,2021-12-02]"
    assert group["established"]["uncertain"] is True
    event = client.get(f"/timeline/{group['established_at']}")
    assert event.status_code == 200, event.text
    assert event.json()["type"] == "establishment"
    assert {"MA", "NE", "US", "IT"} == set(event.json()["participants"])


def test_filter_by_chair_accepts_any_member_key(client: Client) -> None:
    by_alpha2 = client.get("/working-groups?chair=US").json()
    by_alpha3 = client.get("/working-groups?chair=usa").json()
    assert by_alpha2 == by_alpha3
    assert by_alpha2["total"] == 4


def test_unknown_chair_or_group(client: Client) -> None:
    r = client.get("/working-groups?chair=ZZ")
    assert r.status_code == 200, r.text
    assert r.json()["total"] == 0
    assert client.get("/working-groups/none").status_code == 404
