from __future__ import annotations

import csv
import io

import pytest

from tests.conftest import Client


def events(client: Client, query: str = "") -> list[dict]:  # type: ignore[type-arg]
    r = client.get(f"/timeline?limit=500&{query}")
    assert r.status_code == 200, r.text
    return r.json()["items"]  # type: ignore[no-any-return]


def test_events_come_in_date_order_undated_last(client: Client) -> None:
    # An uncertain date sorts by its earliest reading, which `date.date` repeats.
    dates = [e["date"]["date"] if e["date"] else None for e in events(client)]
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
    # Events known only by a latest bound (`../2020-02-24`) may fall on any earlier day.
    def edtf(query: str) -> list[str]:
        return [e["date"]["edtf"] for e in events(client, query) if not e["date"]["open_start"]]

    assert edtf("from=2015-12-14&to=2015-12-14") == ["2015", "2015-12-14"]
    assert edtf("from=2015-12-15&to=2015-12-31") == ["2015"]
    assert edtf("from=2013&to=2014-09-09") == ["2014", "2014"]
    assert edtf("from=2013&to=2013-12-31") == []


def test_a_latest_bound_covers_every_day_up_to_it(client: Client) -> None:
    bounded = [e["id"] for e in events(client) if e["date"] and e["date"]["open_start"]]
    assert len(bounded) == 17  # what Sabq reports undated, bounded by its own date
    assert {e["date"]["edtf"] for e in events(client) if e["id"] in bounded} == {"../2020-02-24"}
    for query in ("to=2013", "from=2020-02-24&to=2020-02-24"):
        assert {e["id"] for e in events(client, query)} >= set(bounded), query
    assert not {e["id"] for e in events(client, "from=2020-02-25")} & set(bounded)


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
    assert event["date"] == {
        "edtf": "2015-12-14",
        "date": "2015-12-14",
        "precision": "day",
        "readings": [{"date": "2015-12-14", "precision": "day"}],
        "uncertain": False,
        "open_start": False,
        "note": None,
    }
    assert event["people"] == [
        {
            "id": "mohammed-bin-salman",
            "name": {"ar": "محمد بن سلمان آل سعود", "en": "Mohammed bin Salman Al Saud"},
        }
    ]
    assert event["coalitions"] == ["imctc"]
    assert client.get("/timeline/nothing").status_code == 404


def test_an_unknown_member_matches_nothing(client: Client) -> None:
    r = client.get("/timeline?member=ZZ")
    assert r.status_code == 200, r.text
    assert r.json()["total"] == 0


def test_sort_by_arabic_title(client: Client) -> None:
    from app.store.folding import fold

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


BRUSSELS = [
    "gc-2021-brussels-small-group-meeting",
    "gc-2021-burkina-faso-joins",
    "gc-2021-africa-focus-group-established",
]


def test_an_ambiguous_date_keeps_every_reading(client: Client) -> None:
    for event_id in BRUSSELS:
        date = client.get(f"/timeline/{event_id}").json()["date"]
        assert date["edtf"] == "[2021-09-02,2021-12-02]"
        assert date["readings"] == [
            {"date": "2021-09-02", "precision": "day"},
            {"date": "2021-12-02", "precision": "day"},
        ]
        assert date["uncertain"] is True
        assert (date["date"], date["precision"]) == ("2021-09-02", "day")  # the earliest
        assert "كانون الأول/سبتمبر" in date["note"]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("from=2021-09-02&to=2021-09-02", True),  # the first reading
        ("from=2021-12&to=2021-12", True),  # the second
        ("from=2021-10&to=2021-11", False),  # between the two readings: neither overlaps
        ("from=2021-09-03&to=2021-12-01", False),
        ("from=2022", False),
    ],
)
def test_a_range_matches_when_any_reading_overlaps(client: Client, query: str, found: bool) -> None:
    ids = {e["id"] for e in events(client, query)}
    assert set(BRUSSELS) <= ids if found else not set(BRUSSELS) & ids


def test_an_uncertain_date_sorts_by_its_earliest_reading(client: Client) -> None:
    ids = [e["id"] for e in events(client, "from=2021&to=2022&sort=date")]
    # 2021 (a year, from 2021-01-01), then the three of 2021-09-02, then 2022.
    assert ids == ["gc-2021-ministerial-rome", *BRUSSELS, "gc-2022-ministerial-marrakesh"]


def test_the_csv_shows_an_uncertain_date_and_why(client: Client) -> None:
    r = client.get("/timeline?format=csv&fields=id,date&from=2021-09-02&to=2021-09-02")
    assert r.status_code == 200, r.text
    rows = [row for row in csv.DictReader(io.StringIO(r.text)) if row["id"] in BRUSSELS]
    assert [row["id"] for row in rows] == BRUSSELS
    for row in rows:
        assert row["date.edtf"] == "[2021-09-02,2021-12-02]"
        assert row["date.uncertain"] == "true"
        assert "December" in row["date.note"]
        assert "September" in row["date.note"]


def test_every_date_of_the_api_has_one_shape(client: Client) -> None:
    keys = {"edtf", "date", "precision", "readings", "uncertain", "open_start", "note"}
    dates = [e["date"] for e in events(client)]
    coalitions = client.get("/coalitions").json()["items"]
    dates += [c["founded"] for c in coalitions]
    dates += [s["published"] for s in client.get("/sources").json()["items"]]
    dates += [g["established"] for g in client.get("/working-groups").json()["items"]]
    members = client.get("/members?limit=500").json()["items"]
    dates += [ms["since"] for m in members for ms in m["memberships"]]
    people = client.get("/people").json()["items"]
    dates += [r["date"] for p in people for r in p["roles"]]
    present = [d for d in dates if d is not None]
    assert len(present) > 30
    assert all(set(d) == keys for d in present)


def test_decisions_say_their_date_comes_from_the_meeting(client: Client) -> None:
    decisions = events(client, "type=decision")
    assert len(decisions) == 7
    meeting = client.get("/timeline/imctc-defence-ministers-first-meeting").json()
    for decision in decisions:
        links = {link["field"]: link["event"] for link in decision["derived_from"]}
        assert links["date"]["id"] == meeting["id"]
        assert links["date"]["name"] == meeting["title"]
        assert decision["date"] == meeting["date"]
        if "location" in links:
            assert decision["location"] == meeting["location"]
    assert client.get("/timeline/imctc-announced").json()["derived_from"] == []
