"""What the documents say that an audit found missing (issue 19), read through the API."""

from __future__ import annotations

from httpx import Client


def _quoted(sources: list[dict[str, str]], source: str, words: str) -> bool:
    return any(s["source"] == source and words in s["quote"] for s in sources)


def test_the_islamic_world_as_terrorisms_first_victim(client: Client) -> None:
    c = client.get("/coalitions/imctc").json()
    assert any("الضحية الأولى للإرهاب" in t["ar"] for t in c["self_description"])
    assert _quoted(c["sources"], "imctc-site", "ويعد عالمنا الإسلامي الضحية الأولى للإرهاب")


def test_the_domains_sentence_is_whole(client: Client) -> None:
    c = client.get("/coalitions/imctc").json()
    [domains] = [t for t in c["self_description"] if t["ar"].startswith("تعدّ المجالات الأربعة")]
    assert domains["ar"].endswith("وإسهام الدول الإسلامية الرئيسة في الحرب العالمية ضد الإرهاب")
    assert _quoted(c["sources"], "imctc-site", "وتحقيق الفاعلية الشاملة في محاربة الإرهاب")


def test_the_purpose_of_information_sharing(client: Client) -> None:
    event = client.get("/timeline/imctc-decision-terrorist-financing").json()
    assert "إحكام الخناق على المتطرفين" in event["description"]["ar"]
    assert "tighten the noose" in event["description"]["en"]
    assert _quoted(event["sources"], "ministers-summary", "من أجل إحكام الخناق")
    assert _quoted(event["sources"], "ministers-summary", "وتطوير الأساليب الأمنية لمواكبتها")


def test_the_small_group_is_a_body_of_the_global_coalition(client: Client) -> None:
    c = client.get("/coalitions/global-coalition").json()
    [small_group] = c["bodies"]
    assert small_group["name"]["en"].startswith("Small Group")
    assert _quoted(small_group["sources"], "saudi-gov-coalition", "تم إنشاء المجموعة المصغرة")


def test_the_strategy_of_drying_up_terrorisms_funding(client: Client) -> None:
    c = client.get("/coalitions/imctc").json()
    assert any("لتجفيف منابع تمويل الإرهاب" in m["ar"] for m in c["means"])
    assert _quoted(c["sources"], "sabq-2020", "وتنص استراتيجية التحالف على بناء شراكة فاعلة")


def test_memberships_and_roles_say_how_they_stand(client: Client) -> None:
    def basis(member: str, coalition: str) -> dict[str, object]:
        record = client.get(f"/members/{member}").json()
        [found] = [m for m in record["memberships"] if m["coalition"]["id"] == coalition]
        assert found["basis"]["quote"] in found["sources"]
        return found["basis"]  # type: ignore[no-any-return]

    assert basis("SA", "imctc")["kind"] == "stated"
    assert basis("SA", "imctc")["reading"] is None
    for member, coalition in [("GN", "imctc"), ("GW", "imctc"), ("NE", "global-coalition")]:
        assert basis(member, coalition)["kind"] == "inferred", member
        assert basis(member, coalition)["reading"], member
    welcomed = basis("BF", "global-coalition")
    assert (welcomed["kind"], welcomed["quote"]) == (
        "inferred",
        {"source": "saudi-gov-coalition", "quote": "ورحّب كلا المسؤولين ببوركينا فاسو في التحالف"},
    )
    obama = client.get("/people/barack-obama").json()["roles"][0]
    assert obama["basis"]["kind"] == "stated"
    assert obama["basis"]["quote"] in obama["sources"]


def test_the_moroccan_reports_date_is_derived_and_says_so(client: Client) -> None:
    report = client.get("/sources/moroccan-report").json()
    assert report["published"]["edtf"] == "2017-11-26"
    [link] = report["derived_from"]
    assert (link["field"], link["event"]["id"]) == ("date", "imctc-defence-ministers-first-meeting")
    meeting = client.get("/timeline/imctc-defence-ministers-first-meeting").json()
    assert meeting["date"] == report["published"]
    assert client.get("/sources/sabq-2020").json()["derived_from"] == []  # dated in its text
