from __future__ import annotations

import pytest

from tests.conftest import Client


def ids(r) -> list[str]:  # type: ignore[no-untyped-def]
    return [item["id"] for item in r.json()["items"]]


@pytest.mark.parametrize("key", ["SA", "sa", "SAU", "sau", "Sau"])
def test_a_country_by_alpha2_or_alpha3_in_any_case(client: Client, key: str) -> None:
    r = client.get(f"/members/{key}")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["id"] == "SA"
    assert body["iso_alpha3"] == "SAU"
    assert body["name"]["en"] == "Saudi Arabia"


def test_an_organization_by_acronym(client: Client) -> None:
    r = client.get("/members/nato")
    assert r.status_code == 200, r.text
    assert r.json()["type"] == "organization"
    assert r.json()["iso_alpha2"] is None


def test_memberships_show_roles_and_chaired_groups(client: Client) -> None:
    body = client.get("/members/SA").json()
    by_coalition = {m["coalition"]["id"]: m for m in body["memberships"]}
    assert set(by_coalition) == {"imctc", "global-coalition"}
    assert {"member", "initiator", "headquarters-host"} <= set(by_coalition["imctc"]["roles"])
    gc = by_coalition["global-coalition"]
    assert {"small-group", "working-group-chair"} <= set(gc["roles"])
    assert [g["id"] for g in gc["working_groups"]] == ["gc-counter-finance"]
    assert all(m["sources"] for m in body["memberships"])


def test_meeting_host_only_where_a_document_says_who_hosted(client: Client) -> None:
    """Jeddah's 2014 meeting names a city, not a host; Brussels 2021 names its two hosts."""
    hosts = client.get("/members?coalition=global-coalition&role=meeting-host&fields=id").json()
    assert sorted(item["id"] for item in hosts["items"]) == ["BE", "US"]
    jeddah = client.get("/timeline/gc-2014-ministerial-jeddah").json()
    assert jeddah["participants"] == []


def test_unknown_member_is_404(client: Client) -> None:
    r = client.get("/members/XX")
    assert r.status_code == 404, r.text
    assert r.headers["content-type"] == "application/problem+json"


def test_any_case_is_ascii_case(client: Client) -> None:
    # "\u017f" (long s) upper-cases to "S"; the document's pattern of ids is ASCII.
    assert client.get("/members/\u017fa").status_code == 404
    r = client.get("/working-groups", params={"chair": "\u017fa"})
    assert r.status_code == 200, r.text
    assert r.json()["total"] == 0


@pytest.mark.parametrize("query", ["coalition=unknown", "coalition=imctc&coalition=unknown"])
def test_an_unknown_coalition_matches_nothing(client: Client, query: str) -> None:
    """Ids are data, not contract: an id no coalition has (yet, or any more) is a filter
    that matches nothing, so a client keeps working as coalitions come and go."""
    r = client.get(f"/members?{query}&match=all")
    assert r.status_code == 200, r.text
    assert r.json()["total"] == 0


def test_filter_by_coalition(client: Client) -> None:
    r = client.get("/members", params={"coalition": "imctc", "limit": 500})
    assert r.status_code == 200, r.text
    assert r.json()["total"] == 41
    assert "NATO" not in ids(r)


def test_match_all_is_the_intersection(client: Client) -> None:
    every = {"imctc", "global-coalition"}
    both = client.get("/members?coalition=imctc&coalition=global-coalition&match=all&limit=500")
    either = client.get("/members?coalition=imctc&coalition=global-coalition&limit=500")
    imctc = set(ids(client.get("/members?coalition=imctc&limit=500")))
    gc = set(ids(client.get("/members?coalition=global-coalition&limit=500")))
    assert set(ids(both)) == imctc & gc
    assert set(ids(either)) == imctc | gc
    assert len(every) == 2
    assert {"SA", "TR", "MA"} <= set(ids(both))


def test_filter_by_type_and_role(client: Client) -> None:
    organizations = ids(client.get("/members?type=organization"))
    assert sorted(organizations) == ["EU", "INTERPOL", "NATO"]
    chairs = ids(client.get("/members?role=working-group-chair&coalition=global-coalition"))
    assert sorted(chairs) == sorted(["AE", "DE", "US", "GB", "NL", "TR", "SA", "IT", "MA", "NE"])
    assert ids(client.get("/members?role=initiator&coalition=imctc")) == ["SA"]


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("type=club", "type"),
        ("role=king", "role"),
        ("match=some", "match"),
        ("coaliton=imctc", "coaliton"),
    ],
)
def test_bad_filters_are_422(client: Client, query: str, name: str) -> None:
    r = client.get(f"/members?{query}")
    assert r.status_code == 422, r.text
    assert [e["name"] for e in r.json()["errors"]] == [name]


def test_a_country_carries_reference_data_from_the_packages(client: Client) -> None:
    r = client.get("/members/SA")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["iso_numeric"] == "682"
    assert (body["region"], body["subregion"]) == ("Asia", "Western Asia")
    assert body["names"]["formal"]["en"] == "Kingdom of Saudi Arabia"
    assert body["names"]["short"] == {"ar": "المملكة العربية السعودية", "en": "Saudi Arabia"}
    point = body["point"]
    assert (point["name"], point["basis"], point["geonameid"]) == ("Riyadh", "capital", 108410)
    assert point["lat"] == pytest.approx(24.69, abs=0.01)
    assert point["lon"] == pytest.approx(46.72, abs=0.01)


def test_reference_data_agrees_with_the_packages_for_every_country(client: Client) -> None:
    """Each value is the package's own, not a copy typed into the seed."""
    import country_converter
    import pycountry
    from babel import Locale

    data = country_converter.CountryConverter().data
    r = client.get("/members", params={"type": "country", "limit": 500})
    assert r.status_code == 200, r.text
    for member in r.json()["items"]:
        country = pycountry.countries.get(alpha_2=member["id"])
        assert member["iso_numeric"] == country.numeric
        assert member["names"]["short"]["ar"] == Locale("ar").territories[member["id"]]
        row = data[data["ISO3"].eq(country.alpha_3)].iloc[0]
        assert (member["region"], member["subregion"]) == (row.continent, row.UNregion)
        assert -90 <= member["point"]["lat"] <= 90
        assert -180 <= member["point"]["lon"] <= 180


def test_an_organization_has_its_documents_names_and_no_point(client: Client) -> None:
    body = client.get("/members/NATO").json()
    assert body["names"]["short"] == {"ar": "الناتو", "en": "NATO"}
    assert body["names"]["formal"] == body["names"]["short"]
    assert body["iso_numeric"] is None
    assert body["region"] is None
    assert body["point"] is None


def test_washington_is_the_capital_among_its_namesakes(client: Client) -> None:
    point = client.get("/members/US").json()["point"]
    assert (point["geonameid"], point["name"]) == (4140963, "Washington")


def test_sort_by_arabic_name(client: Client) -> None:
    r = client.get("/members", params={"sort": "name.ar", "fields": "id,name", "limit": 500})
    assert r.status_code == 200, r.text
    from app.store.folding import fold

    names = [fold(item["name"]["ar"]) for item in r.json()["items"]]
    assert names == sorted(names)
    down = client.get("/members", params={"sort": "-name.ar", "fields": "id", "limit": 500})
    assert ids(down) == list(reversed(ids(r)))


@pytest.mark.parametrize("field", ["names", "iso_numeric", "region", "subregion", "point"])
def test_fields_select_the_reference_data(client: Client, field: str) -> None:
    r = client.get("/members", params={"fields": field, "limit": 1})
    assert r.status_code == 200, r.text
    assert set(r.json()["items"][0]) == {"id", field}


def test_sort_by_region_then_arabic_name(client: Client) -> None:
    r = client.get("/members", params={"sort": "region,name.ar", "type": "country", "limit": 500})
    assert r.status_code == 200, r.text
    regions = [item["region"] for item in r.json()["items"]]
    assert regions == sorted(regions)


def test_the_openapi_document_shows_the_reference_fields_with_a_real_example(
    client: Client,
) -> None:
    document = client.get("/openapi.json").json()
    schema = document["components"]["schemas"]["MemberPublic"]["properties"]
    assert {"names", "iso_numeric", "region", "subregion", "point"} <= set(schema)
    operation = document["paths"]["/members/{member_id}"]["get"]
    example = operation["responses"]["200"]["content"]["application/json"]["example"]
    assert example == client.get(f"/members/{example['id']}").json()
    assert example["point"]["basis"] == "capital"
    assert example["names"]["short"]["ar"]


def test_coverage_of_a_complete_member_list(client: Client) -> None:
    r = client.get("/members?coalition=imctc&limit=1")
    assert r.status_code == 200, r.text
    assert r.json()["coverage"] == {
        "complete": True,
        "partial": [],
        "unknown": [],
        "note": "Complete: the documents list every member of the coalitions filtered.",
    }
    assert r.headers["x-member-coverage"] == "complete"


def test_a_partial_member_list_says_so_in_the_envelope(client: Client) -> None:
    for url in (
        "/members?coalition=global-coalition",
        "/coalitions/global-coalition/members",
        "/members",  # unfiltered: every coalition, one of them partial
        "/members?coalition=imctc&coalition=global-coalition&match=all",
        "/members?coalition=imctc&coalition=global-coalition&match=any",
    ):
        r = client.get(url)
        assert r.status_code == 200, r.text
        coverage = r.json()["coverage"]
        assert coverage["complete"] is False, url
        assert coverage["partial"] == ["global-coalition"], url
        assert "global-coalition" in coverage["note"]
        assert r.headers["x-member-coverage"] == "partial; coalitions=global-coalition"


@pytest.mark.parametrize("query", ["coalition=nope", "coalition=imctc&coalition=no%0Ape"])
def test_an_unknown_coalition_is_never_called_complete(client: Client, query: str) -> None:
    r = client.get(f"/members?{query}")
    assert r.status_code == 200, r.text
    coverage = r.json()["coverage"]
    assert coverage["complete"] is False
    assert coverage["unknown"] in (["nope"], ["no\npe"])
    assert coverage["note"].startswith("Unknown:")
    # The header says so without echoing what the client sent.
    assert r.headers["x-member-coverage"] == "unknown"


def test_a_csv_member_list_carries_the_caveat_in_a_header(client: Client) -> None:
    r = client.get("/members?coalition=global-coalition&format=csv&fields=id")
    assert r.status_code == 200, r.text
    assert r.headers["x-member-coverage"] == "partial; coalitions=global-coalition"
    # The body stays a plain table: a header row, then one row per member.
    lines = r.text.splitlines()
    assert lines[0] == "id"
    assert len(lines) == 1 + 34


def test_a_browser_may_read_the_coverage_header(client: Client) -> None:
    r = client.get("/members?coalition=global-coalition", headers={"Origin": "https://x.test"})
    exposed = [h.strip().lower() for h in r.headers["access-control-expose-headers"].split(",")]
    assert "x-member-coverage" in exposed


def test_burkina_faso_joined_on_either_reading_of_the_brussels_date(client: Client) -> None:
    member = client.get("/members/BF").json()
    [gc] = [ms for ms in member["memberships"] if ms["coalition"]["id"] == "global-coalition"]
    assert gc["since"]["edtf"] == "[2021-09-02,2021-12-02]"
    assert gc["since"]["uncertain"] is True
