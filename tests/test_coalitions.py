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
    assert c["founded"]["edtf"] == "2015-12-14"
    assert c["founded"]["uncertain"] is False
    assert c["initiator"] == "SA"
    assert c["headquarters"]["country"]["id"] == "SA"
    assert c["headquarters"]["city"]["en"] == "Riyadh"
    assert c["stated_member_count"] == c["member_count"] == 41
    assert len(c["objectives"]) == 6
    assert len(c["domains"]) == 4
    assert len(c["principles"]) == 9
    assert [leader["id"] for leader in c["leaders"]] == ["mohammed-al-moghedi"]
    assert c["leaders"][0]["title"]["en"].startswith("Secretary-General")
    assert c["member_coverage"] == "complete"
    assert c["slogan"]["ar"] == "متحالفون ضد الإرهاب"
    assert c["notes"]
    assert c["sources"]


def test_global_coalition_shape(client: Client) -> None:
    c = client.get("/coalitions/global-coalition").json()
    assert c["founded"]["edtf"] == "2014-09-10"
    assert c["initiator"] == "US"
    assert c["stated_member_count"] is None
    assert c["member_count"] == 34
    assert c["member_coverage"] == "partial"
    assert len(c["working_groups"]) == 5


def test_sub_collections_are_the_filtered_collections(client: Client) -> None:
    for sub, collection in [
        ("members", "/members"),
        ("working-groups", "/working-groups"),
        ("timeline", "/timeline"),
        ("people", "/people"),
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
    # An event known only to be on or before 2020-02-24 may fall in 2017 too.
    assert {e["date"]["edtf"] for e in r.json()["items"]} == {"2017-11-26", "../2020-02-24"}


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


def test_each_principle_and_domain_is_cited_by_its_own_quote(client: Client) -> None:
    c = client.get("/coalitions/imctc").json()
    for principle in c["principles"]:
        assert principle["sources"], principle["name"]["en"]
        assert principle["sources"][0]["quote"].startswith(principle["name"]["ar"])
    for domain in c["domains"]:
        assert domain["name"]["ar"] in domain["sources"][0]["quote"]


def test_what_the_site_says_the_coalition_is_and_does(client: Client) -> None:
    c = client.get("/coalitions/imctc").json()
    described = " ".join(t["ar"] for t in c["self_description"])
    assert "تحالف الراغبين" in described
    assert "منصّة رسميّة للتعاون العلني والشفاف" in described
    assert "بدعم الدول الصديقة" in described  # Sabq: support for friendly states
    assert [m["en"] for m in c["means"]][:3] == [
        "Information exchange",
        "Logistic support",
        "Training",
    ]
    centre = c["bodies"][0]
    assert "آلية تنفيذية" in centre["description"]["ar"]  # the executive mechanism
    assert {s["source"] for s in centre["sources"]} == {"moroccan-report", "imctc-site"}
    quoted = " ".join(q["quote"] for q in c["sources"])
    assert "تحالف الراغبين" in quoted
    assert "والدعم اللوجستي، والتدريب" in quoted


def test_what_the_audit_found_missing_from_the_timeline(client: Client) -> None:
    def event(event_id: str) -> dict:  # type: ignore[type-arg]
        r = client.get(f"/timeline/{event_id}")
        assert r.status_code == 200, r.text
        return r.json()  # type: ignore[no-any-return]

    final = event("imctc-decision-joint-effort")
    assert any(
        "ووضع حد لمن يسعى إلى تأجيج الصراعات والطائفية" in s["quote"] for s in final["sources"]
    )
    speech = event("imctc-crown-prince-opening-speech")
    assert any("تشويه عقيدتنا الإسلامية" in s["quote"] for s in speech["sources"])
    assert [p["id"] for p in speech["people"]] == ["mohammed-bin-salman"]
    for activity in (
        "imctc-social-media-content",
        "imctc-publications",
        "imctc-hosting-experts",
        "imctc-conferences",
    ):
        assert event(activity)["type"] == "activity"
    meeting = event("imctc-defence-ministers-first-meeting")
    closing = "يجب أن يؤتي اتحاد هذه الدول في مواجهة الإرهاب ثماره"
    assert any(
        s["source"] == "ministers-summary" and closing in s["quote"] for s in meeting["sources"]
    )
