from __future__ import annotations

import pytest

from tests.conftest import Client


def hits(client: Client, q: str) -> list[tuple[str, str]]:
    r = client.get("/search", params={"q": q})
    assert r.status_code == 200, r.text
    return [(h["kind"], h["id"]) for h in r.json()["items"]]


@pytest.mark.parametrize("q", ["الاردن", "الأردن", "الأُرْدُن", "JORDAN", "jordan"])
def test_jordan_under_every_spelling(client: Client, q: str) -> None:
    assert ("member", "JO") in hits(client, q)


@pytest.mark.parametrize("q", ["تركيا", "الجمهورية التركية", "turkey", "Türkiye", "TURKIYE"])
def test_turkey_under_every_name(client: Client, q: str) -> None:
    assert ("member", "TR") in hits(client, q)


def test_hamza_carriers_and_ta_marbuta_fold(client: Client) -> None:
    assert ("member", "EG") in hits(client, "جمهوريه مصر العربيه")
    assert ("member", "SA") in hits(client, "السعوديه")


def test_hits_carry_kind_name_and_url(client: Client) -> None:
    r = client.get("/search?q=داعش")
    assert r.status_code == 200, r.text
    kinds = {h["kind"] for h in r.json()["items"]}
    assert {"coalition", "working-group", "event"} <= kinds
    for hit in r.json()["items"]:
        assert client.get(hit["url"]).status_code == 200


def test_collections_take_the_same_q(client: Client) -> None:
    r = client.get("/members?q=الامارات")
    assert [m["id"] for m in r.json()["items"]] == ["AE"]


@pytest.mark.parametrize("query", ["", "?q=", "?q=%20%20", "?q=!!!"])
def test_an_empty_search_is_422(client: Client, query: str) -> None:
    r = client.get(f"/search{query}")
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["name"] == "q"


@pytest.mark.parametrize("q", ["؟", "«»", "ـ", "ء"])
def test_a_search_of_what_folding_drops_finds_nothing(client: Client, q: str) -> None:
    """Punctuation beyond ASCII, a tatweel, a lone hamza: valid, and without a term."""
    for path in ("/search", "/members"):
        r = client.get(path, params={"q": q})
        assert r.status_code == 200, r.text
        assert r.json()["items"] == []


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("الولايات المتحدة الأمريكية", ("member", "US")),  # ISO formal name, other spelling
        ("أميركا", ("member", "US")),  # a synonym of the documents' أمريكا
        ("المملكة المتحدة", ("member", "GB")),  # CLDR short name
        ("Arab Republic of Egypt", ("member", "EG")),  # ISO official name
        ("ISIS", ("coalition", "global-coalition")),  # synonym of داعش / Daesh
        ("saud", ("member", "SA")),  # a name prefix
        ("Marrakech", ("event", "gc-2022-ministerial-marrakesh")),  # a gazetteer spelling
        ("مصر", ("member", "EG")),
    ],
)
def test_the_right_record_comes_first(client: Client, q: str, expected: tuple[str, str]) -> None:
    assert hits(client, q)[0] == expected


def test_hits_are_ranked_exact_then_prefix_then_text(client: Client) -> None:
    """`السعودية` is Saudi Arabia's name; other records only mention it."""
    found = hits(client, "saudi arabia")
    assert found[0] == ("member", "SA")
    assert len(found) > 1
    prefix = hits(client, "saud")
    assert prefix[0] == ("member", "SA")
    # An explicit sort reorders the hits.
    r = client.get("/search", params={"q": "saud", "sort": "-id"})
    ids = [h["id"] for h in r.json()["items"]]
    assert ids == sorted(ids, key=str.casefold, reverse=True)


def test_an_exact_name_beats_a_member_listed_earlier(client: Client) -> None:
    """Jordan comes before the UAE's text match in curated order, but the exact name wins."""
    r = client.get("/members", params={"q": "United Arab Emirates", "fields": "id"})
    assert r.status_code == 200, r.text
    assert r.json()["items"][0]["id"] == "AE"


@pytest.mark.parametrize("q", ["ISIS", "ISIL", "Daesh", "داعش", "تنظيم الدولة"])
def test_every_name_of_daesh_finds_the_same_records(client: Client, q: str) -> None:
    assert set(hits(client, q)) == set(hits(client, "داعش"))


def test_synonyms_come_from_the_seed(client: Client) -> None:
    import json

    from app.config import PROJECT_ROOT

    groups = json.loads((PROJECT_ROOT / "seed" / "synonyms.json").read_text(encoding="utf-8"))
    daesh = next(group for group in groups if group["id"] == "daesh")
    assert {"ISIS", "ISIL", "Daesh", "داعش"} <= set(daesh["terms"])


@pytest.mark.parametrize(
    ("q", "member"),
    [
        ("Kingdom of Saudi Arabia", "SA"),
        ("Czechia", "CZ"),  # CLDR English
        ("الأراضي الفلسطينية", "PS"),  # CLDR Arabic
        ("Hashemite Kingdom of Jordan", "JO"),  # ISO official name
        ("جمهورية مصر العربية", "EG"),  # the documents' spelling
    ],
)
def test_every_kind_of_name_is_searched(client: Client, q: str, member: str) -> None:
    assert hits(client, q)[0] == ("member", member)
