from __future__ import annotations

import pytest

from tests.conftest import Client


def events(client: Client, query: str = "") -> list[dict]:  # type: ignore[type-arg]
    r = client.get(f"/timeline?limit=500&{query}")
    assert r.status_code == 200, r.text
    return r.json()["items"]  # type: ignore[no-any-return]


def test_events_come_in_date_order_undated_last(client: Client) -> None:
    dates = [e["date"] for e in events(client)]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated)
    assert dates[: len(dated)] == dated


def test_a_month_is_inside_a_range_that_starts_within_it(client: Client) -> None:
    # The IMCTC page dates the chiefs of staff meeting to March 2016; the article to the 27th.
    found = {e["id"]: e for e in events(client, "from=2016-03-27&to=2016-12")}
    assert "imctc-chiefs-of-staff-meeting" in found
    assert "gc-2016-ministerial-rome" in found  # dated only to 2016
    assert all(e["date"] is not None for e in found.values())


def test_range_bounds_are_inclusive(client: Client) -> None:
    # The 2015 ministerial meeting is dated only to its year, so any day of 2015 may hold it.
    on_the_day = [e["date"] for e in events(client, "from=2015-12-14&to=2015-12-14")]
    assert on_the_day == ["2015", "2015-12-14"]
    assert [e["date"] for e in events(client, "from=2015-12-15&to=2015-12-31")] == ["2015"]
    assert [e["date"] for e in events(client, "from=2013&to=2014-09-09")] == ["2014", "2014"]
    assert events(client, "from=2013&to=2013-12-31") == []


def test_filters_by_type_member_and_coalition(client: Client) -> None:
    meetings = events(client, "type=ministerial-meeting&coalition=global-coalition")
    assert len(meetings) == 9
    assert all(e["type"] == "ministerial-meeting" for e in meetings)
    with_morocco = events(client, "member=MAR")
    assert with_morocco
    assert all("MA" in e["participants"] for e in with_morocco)


@pytest.mark.parametrize(
    "query",
    ["from=2016-13", "from=2016-02-30", "from=2015-02-29", "to=16", "type=party"],
)
def test_bad_dates_and_values_are_422(client: Client, query: str) -> None:
    r = client.get(f"/timeline?{query}")
    assert r.status_code == 422, r.text


def test_a_range_that_ends_before_it_starts_holds_no_event(client: Client) -> None:
    """Not an error: the OpenAPI document cannot state a rule that ties two parameters."""
    assert events(client, "from=2016-02-29&to=2014") == []
    assert events(client, "from=2016-06&to=2016-03") == []  # inside a year-dated event too


def test_event_record(client: Client) -> None:
    r = client.get("/timeline/imctc-announced")
    assert r.status_code == 200, r.text
    event = r.json()
    assert event["date"] == "2015-12-14"
    assert event["precision"] == "day"
    assert event["coalitions"] == ["imctc"]
    assert client.get("/timeline/nothing").status_code == 404


def test_an_unknown_member_matches_nothing(client: Client) -> None:
    r = client.get("/timeline?member=ZZ")
    assert r.status_code == 200, r.text
    assert r.json()["total"] == 0


def test_sort_by_arabic_title(client: Client) -> None:
    from app.search import fold

    r = client.get("/timeline", params={"sort": "title.ar", "fields": "id,title", "limit": 500})
    assert r.status_code == 200, r.text
    titles = [fold(item["title"]["ar"]) for item in r.json()["items"]]
    assert titles == sorted(titles)


def test_event_locations_carry_the_citys_point(client: Client) -> None:
    r = client.get("/timeline/gc-2017-ministerial-washington")
    assert r.status_code == 200, r.text
    location = r.json()["location"]
    assert location["geonameid"] == 4140963  # Washington, D.C., pinned in the seed
    assert location["lat"] == pytest.approx(38.895, abs=0.01)
    assert location["lon"] == pytest.approx(-77.036, abs=0.01)
    for event in client.get("/timeline", params={"limit": 500}).json()["items"]:
        if event["location"] and event["location"]["city"]:
            assert event["location"]["lat"] is not None, event["id"]
