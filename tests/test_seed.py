"""The curated dataset against the documents it comes from."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.build.checker import check_seed, load_checked, normalise_space
from app.cli import schema_documents
from app.models.common import DateSet, PartialDate, Role
from tests.conftest import SEED


@pytest.fixture(scope="module")
def seed():  # type: ignore[no-untyped-def]
    return load_checked(SEED)


def test_the_seed_passes_every_check_against_the_documents(documents: Path) -> None:
    _, problems = check_seed(SEED, documents)
    assert problems == [], "\n".join(map(str, problems))


def test_every_quote_stands_verbatim_in_its_document(seed, documents: Path) -> None:  # type: ignore[no-untyped-def]
    texts = {
        s.id: normalise_space((documents / s.file).read_text(encoding="utf-8"))
        for s in seed.sources
    }
    quotes = [
        c
        for kind in ("coalitions", "members", "working_groups", "timeline", "people")
        for record in getattr(seed, kind)
        for c in [
            *record.sources,
            *(c for m in getattr(record, "memberships", []) for c in m.sources),
            *(c for r in getattr(record, "roles", []) for c in r.sources),
            *(
                c
                for key in ("domains", "principles", "bodies")
                for term in getattr(record, key, [])
                for c in term.sources
            ),
        ]
    ]
    assert len(quotes) > 300
    missing = [c for c in quotes if normalise_space(c.quote) not in texts[c.source]]
    assert missing == []


def test_every_person_is_named_as_a_document_writes_it(seed, documents: Path) -> None:  # type: ignore[no-untyped-def]
    texts = {
        s.id: normalise_space((documents / s.file).read_text(encoding="utf-8"))
        for s in seed.sources
    }
    for person in seed.people:
        cited = {c.source for c in person.sources}
        assert any(person.name.ar in texts[source] for source in cited), person.id
        # Each role's quotes name the person, in the document's spelling or an alias.
        spellings = [person.name.ar, *person.aliases]
        for role in person.roles:
            assert any(name in c.quote for c in role.sources for name in spellings), person.id


def test_every_document_is_cited(seed) -> None:  # type: ignore[no-untyped-def]
    cited = {
        c.source
        for kind in ("coalitions", "members", "working_groups", "timeline")
        for record in getattr(seed, kind)
        for c in record.sources
    }
    assert cited == {s.id for s in seed.sources}


def _members_of(seed, coalition: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        m.id
        for m in seed.members
        for ms in m.memberships
        if ms.coalition == coalition and Role.member in ms.roles
    ]


def test_imctc_holds_the_member_count_the_documents_state(seed, documents: Path) -> None:  # type: ignore[no-untyped-def]
    text = (documents / "001_f2c19069b7716a7b.txt").read_text(encoding="utf-8")
    stated = re.search(r"يضم التحالف \((\d+)\) دولة في عضويته", text)
    assert stated is not None
    imctc = next(c for c in seed.coalitions if c.id == "imctc")
    assert imctc.stated_member_count == int(stated.group(1)) == 41
    assert len(_members_of(seed, "imctc")) == imctc.stated_member_count


def test_the_imctc_list_splits_to_the_stated_count(documents: Path) -> None:
    """The list's comma-separated entries, Guinea and Bissau apart, number exactly 41."""
    text = (documents / "001_f2c19069b7716a7b.txt").read_text(encoding="utf-8")
    listed = text.split("في عضويته وهي:")[1].split("..")[0]
    assert len([part for part in listed.split("،") if part.strip()]) == 41


def test_every_stated_count_is_held(seed) -> None:  # type: ignore[no-untyped-def]
    for coalition in seed.coalitions:
        if coalition.stated_member_count is not None:
            assert len(_members_of(seed, coalition.id)) == coalition.stated_member_count


def test_the_small_group_table_is_complete(seed, documents: Path) -> None:  # type: ignore[no-untyped-def]
    """The run-together table, re-joined from the members' Arabic spellings, is the document's."""
    text = (documents / "004_fce76edd2a46ce5c.txt").read_text(encoding="utf-8")
    table = normalise_space(text.split("ويضم أعضاء المجموعة كلاً من:")[1]).replace(" ", "")
    small_group = [
        m
        for m in seed.members
        for ms in m.memberships
        if ms.coalition == "global-coalition" and Role.small_group in ms.roles
    ]
    spellings = [
        next(s for s in [m.name.ar, *m.aliases] if s.replace(" ", "") in table) for m in small_group
    ]
    assert len(small_group) == 32
    assert sum(len(s.replace(" ", "")) for s in spellings) == len(table)


def test_every_working_group_of_the_document_is_there(seed) -> None:  # type: ignore[no-untyped-def]
    groups = {g.id: g for g in seed.working_groups}
    assert len(groups) == 5
    chairs = {g.id: set(g.chairs) for g in seed.working_groups}
    assert {"AE", "DE"} in chairs.values()
    assert {"US", "IT", "MA", "NE"} in chairs.values()
    africa = next(g for g in seed.working_groups if g.established_at)
    assert africa.established_at in {e.id for e in seed.timeline}


def test_every_ministerial_meeting_is_there(seed) -> None:  # type: ignore[no-untyped-def]
    meetings = sorted(
        e.date.date
        for e in seed.timeline
        if e.type.value == "ministerial-meeting"
        and isinstance(e.date, PartialDate)
        and "global-coalition" in e.coalitions
    )
    assert meetings == [str(year) for year in range(2014, 2023)]


def test_the_two_month_date_keeps_both_readings(seed) -> None:  # type: ignore[no-untyped-def]
    dependent = [
        e for e in seed.timeline if any("كانون الأول/سبتمبر" in c.quote for c in e.sources)
    ]
    assert {e.id for e in dependent} == {
        "gc-2021-brussels-small-group-meeting",
        "gc-2021-burkina-faso-joins",
        "gc-2021-africa-focus-group-established",
    }
    for event in dependent:
        assert isinstance(event.date, DateSet), event.id
        assert [(r.date, r.precision.value) for r in event.date.one_of] == [
            ("2021-09-02", "day"),
            ("2021-12-02", "day"),
        ]
        assert "September" in event.date.note
        assert "December" in event.date.note


def test_schema_files_are_generated_from_the_models() -> None:
    for name, text in schema_documents().items():
        committed = (SEED / "schema" / name).read_text(encoding="utf-8")
        assert committed == text, f"seed/schema/{name} is stale: run `uv run tahaluf schema`"


def test_seed_files_are_lists_the_schema_describes() -> None:
    for name in ("sources", "coalitions", "members", "working_groups", "timeline", "people"):
        data = json.loads((SEED / f"{name}.json").read_text(encoding="utf-8"))
        assert isinstance(data, list)
        assert data
