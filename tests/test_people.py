"""`/people`, people on events and coalitions, the `person` filter, and search by any spelling."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import Client


def people(client: Client, query: str = "") -> list[dict]:  # type: ignore[type-arg]
    r = client.get(f"/people?limit=500&{query}")
    assert r.status_code == 200, r.text
    return r.json()["items"]  # type: ignore[no-any-return]


def test_every_person_the_documents_name_is_there(client: Client) -> None:
    assert {p["id"] for p in people(client)} == {
        "mohammed-bin-salman",
        "mohammed-al-moghedi",
        "barack-obama",
        "sophie-wilmes",
        "john-godfrey",
        "luca-franchetti-pardo",
        "abdellatif-loudiyi",
        "wubing",
        "ursula-von-der-leyen",
        "sergei-lavrov",
        "yousef-al-othaimeen",
    }


def test_a_person_record(client: Client) -> None:
    r = client.get("/people/john-godfrey")
    assert r.status_code == 200, r.text
    person = r.json()
    assert person["name"] == {"ar": "جون غودفري", "en": "John Godfrey"}
    [role] = person["roles"]
    assert role["title"]["en"] == "Acting US Special Envoy for the Global Coalition"
    assert role["body"] == {
        "kind": "member",
        "id": "US",
        "name": {"ar": "الولايات المتحدة", "en": "United States"},
        "url": "/members/US",
    }
    assert role["sources"]
    assert [e["id"] for e in person["events"]] == [
        "gc-2021-brussels-small-group-meeting",
        "gc-2021-burkina-faso-joins",
        "gc-2021-africa-focus-group-established",
    ]
    assert person["coalitions"] == ["global-coalition"]
    assert person["sources"]
    assert client.get("/people/nobody").status_code == 404


def test_every_person_and_role_is_cited(client: Client) -> None:
    for person in people(client):
        assert person["name"]["ar"]
        assert person["name"]["en"]
        assert person["sources"], person["id"]
        assert person["roles"], person["id"]
        for role in person["roles"]:
            assert role["sources"], person["id"]
            assert role["body"]["name"]["en"], person["id"]


def test_role_bodies_are_coalitions_members_or_other_bodies(client: Client) -> None:
    kinds = {p["id"]: {r["body"]["kind"] for r in p["roles"]} for p in people(client)}
    assert kinds["mohammed-al-moghedi"] == {"coalition"}
    assert kinds["sergei-lavrov"] == {"other"}  # Russia is no member of either coalition
    lavrov = client.get("/people/sergei-lavrov").json()
    assert lavrov["roles"][0]["body"]["name"]["en"] == "Russia"
    assert lavrov["roles"][0]["body"]["url"] is None


def test_a_role_keeps_the_date_a_document_gives(client: Client) -> None:
    crown_prince = client.get("/people/mohammed-bin-salman").json()
    # As Obama's title: a sentence that dates an announcement does not date the title.
    assert [r["date"] and r["date"]["edtf"] for r in crown_prince["roles"]] == [None, "2017-11-26"]
    assert all(r["derived_from"] == [] for r in crown_prince["roles"])  # dated by own quotes
    # The Brussels officials' roles are dated by the meeting's ambiguous date: both readings.
    wilmes = client.get("/people/sophie-wilmes").json()
    assert wilmes["roles"][0]["date"]["edtf"] == "[2021-09-02,2021-12-02]"
    assert any("كانون الأول/سبتمبر" in s["quote"] for s in wilmes["roles"][0]["sources"])
    assert client.get("/people/barack-obama").json()["roles"][0]["date"] is None


def test_a_role_date_taken_from_an_event_says_so(client: Client) -> None:
    loudiyi = client.get("/people/abdellatif-loudiyi").json()
    [dated] = [r for r in loudiyi["roles"] if r["date"] is not None]
    [link] = dated["derived_from"]
    assert (link["field"], link["event"]["id"]) == ("date", "imctc-defence-ministers-first-meeting")
    meeting = client.get(f"/timeline/{link['event']['id']}").json()
    assert dated["date"] == meeting["date"]


def test_a_name_cut_short_keeps_what_the_document_writes(client: Client) -> None:
    minister = client.get("/people/ursula-von-der-leyen").json()
    assert minister["name"] == {"ar": "أورسولا فون دي", "en": "Ursula von der Leyen"}
    assert any("cut short" in note for note in minister["notes"])


def test_the_secretary_general_has_his_decorations_and_degrees(client: Client) -> None:
    person = client.get("/people/mohammed-al-moghedi").json()
    assert [h["en"] for h in person["honours"]] == [
        "A number of decorations and medals",
        "Master's degree in military science",
        "Master's degree in national defence and strategic studies",
    ]


def test_coalition_leaders_are_people_records(client: Client) -> None:
    for coalition in client.get("/coalitions").json()["items"]:
        for leader in coalition["leaders"]:
            r = client.get(f"/people/{leader['id']}")
            assert r.status_code == 200, r.text
            assert any(
                role["body"]["id"] == coalition["id"] and role["title"] == leader["title"]
                for role in r.json()["roles"]
            )


def test_events_list_people_beside_participants(client: Client) -> None:
    event = client.get("/timeline/gc-2021-brussels-small-group-meeting").json()
    assert event["participants"] == ["BE", "US", "IT"]
    assert [p["id"] for p in event["people"]] == [
        "sophie-wilmes",
        "john-godfrey",
        "luca-franchetti-pardo",
    ]
    # Every event a person lists names that person, and the other way round.
    for person in people(client):
        for ref in person["events"]:
            named = client.get(f"/timeline/{ref['id']}").json()["people"]
            assert person["id"] in [p["id"] for p in named]


def test_timeline_filters_by_person(client: Client) -> None:
    r = client.get("/timeline?person=mohammed-bin-salman")
    assert r.status_code == 200, r.text
    ids = [e["id"] for e in r.json()["items"]]
    assert ids == [
        "imctc-announced",
        "imctc-defence-ministers-first-meeting",
        "imctc-crown-prince-opening-speech",
    ]
    both = client.get("/coalitions/imctc/timeline?person=mohammed-bin-salman").json()
    assert [e["id"] for e in both["items"]] == ids
    nobody = client.get("/timeline?person=nobody")  # an id is data: no error, no event
    assert (nobody.status_code, nobody.json()["total"]) == (200, 0)


def test_coalition_people_is_the_filtered_collection(client: Client) -> None:
    for coalition in ("imctc", "global-coalition"):
        preset = client.get(f"/coalitions/{coalition}/people?limit=500")
        assert preset.status_code == 200, preset.text
        filtered = client.get(f"/people?coalition={coalition}&limit=500").json()
        assert preset.json()["items"] == filtered["items"]
    gc = [p["id"] for p in people(client, "coalition=global-coalition")]
    assert gc == ["barack-obama", "sophie-wilmes", "john-godfrey", "luca-franchetti-pardo"]
    assert client.get("/coalitions/nato/people").status_code == 404


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("Godfrey", "john-godfrey"),
        ("غودفري", "john-godfrey"),
        ("Wilmes", "sophie-wilmes"),
        ("Wilmès", "sophie-wilmes"),
        ("ويلميس", "sophie-wilmes"),
        ("المغيدي", "mohammed-al-moghedi"),
        ("Moghedi", "mohammed-al-moghedi"),
        ("أورسولا فون دي", "ursula-von-der-leyen"),
        ("von der Leyen", "ursula-von-der-leyen"),
        ("Sergey Lavrov", "sergei-lavrov"),
        ("محمد بن سلمان", "mohammed-bin-salman"),
    ],
)
def test_search_finds_people_by_any_spelling(client: Client, q: str, expected: str) -> None:
    found = client.get("/people", params={"q": q, "fields": "id"}).json()["items"]
    assert expected in [p["id"] for p in found]
    hits = client.get("/search", params={"q": q}).json()["items"]
    assert {"kind": "person", "id": expected} in [{"kind": h["kind"], "id": h["id"]} for h in hits]


def test_people_speak_the_query_language(client: Client) -> None:
    r = client.get("/people?sort=-name&fields=id,name&limit=2&offset=1")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == 11
    assert [set(p) for p in body["items"]] == [{"id", "name"}] * 2
    assert r.headers["x-total-count"] == "11"
    csv = client.get("/people?format=csv&fields=id,name&limit=1")
    assert csv.status_code == 200, csv.text
    assert csv.text.splitlines()[0] == "id,name.en,name.ar"


def test_a_person_as_csv_reads_role_by_role(client: Client) -> None:
    r = client.get("/people/john-godfrey?format=csv")
    assert r.status_code == 200, r.text
    [row] = list(csv.DictReader(io.StringIO(r.text)))
    [role] = json.loads(row["roles"])  # a list is one cell holding a JSON array
    assert role["title"]["en"] == "Acting US Special Envoy for the Global Coalition"
    assert role["body"]["id"] == "US"
    assert role["date"]["edtf"] == "[2021-09-02,2021-12-02]"
