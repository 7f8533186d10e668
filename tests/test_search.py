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
