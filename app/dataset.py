"""Rendering the curated tables into the public JSON shapes, at build time.

`tahaluf build` writes the curated rows, reads them back here in the same transaction,
and stores each record's finished document with the keys its filters, sorts and
searches need (`app.rendered`). A serving process never calls this: it queries those.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine
from sqlmodel import Session, col, select

from app.models.common import date_intervals
from app.models.tables import (
    ChairRow,
    CitationRow,
    CoalitionRow,
    EventCoalitionRow,
    EventPersonRow,
    EventRow,
    LeaderRow,
    MemberRow,
    MembershipRow,
    Meta,
    ParticipantRow,
    PersonRoleRow,
    PersonRow,
    SourceRow,
    SynonymRow,
    WorkingGroupRow,
)
from app.search import fold, synonym_variants, with_synonyms

Doc = dict[str, Any]


@dataclass
class Entry:
    """One record: its public document, its search key and the values filters look at."""

    doc: Doc
    search: str
    facets: dict[str, Any] = field(default_factory=dict)
    # Folded names (and their synonym variants), for ranking search hits.
    names: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return str(self.doc["id"])


@dataclass
class Dataset:
    data_version: str
    coalitions: list[Entry]
    members: list[Entry]
    working_groups: list[Entry]
    timeline: list[Entry]
    sources: list[Entry]
    member_keys: dict[str, Entry]
    people: list[Entry] = field(default_factory=list)
    synonyms: list[list[str]] = field(default_factory=list)


def _text_keys(*values: Any) -> str:
    """All strings inside the values, folded into one search key."""
    parts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for value in values:
        walk(value)
    return fold(" ".join(parts))


def _bilingual(*values: Any) -> list[str]:
    """The strings of names given as text, `{"ar", "en"}` dicts or lists of either."""
    found: list[str] = []
    for value in values:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            found.extend(v for v in value.values() if isinstance(v, str))
        elif isinstance(value, list):
            found.extend(_bilingual(*value))
    return found


def index(entry: Entry, names: list[str], groups: list[list[str]]) -> Entry:
    """Give an entry its ranked names and add its names and synonyms to its search key."""
    folded: list[str] = []
    for name in names:
        for variant in synonym_variants(fold(name), groups):
            if variant and variant not in folded:
                folded.append(variant)
    entry.names = tuple(folded)
    entry.search = with_synonyms(" ".join([entry.search, *folded]), groups)
    return entry


def load_dataset(engine: Engine | Connection) -> Dataset:
    with Session(bind=engine) as session:

        def rows(model: Any, *order: Any) -> list[Any]:
            return list(session.exec(select(model).order_by(*order)).all())

        version = session.exec(select(Meta.value).where(Meta.key == "data_version")).one()
        synonym_rows = rows(SynonymRow, col(SynonymRow.group_id), col(SynonymRow.position))
        citations: dict[str, list[Doc]] = defaultdict(list)
        for citation in rows(CitationRow, col(CitationRow.id)):
            citations[citation.record].append(
                {"source": citation.source_id, "quote": citation.quote}
            )
        sources = rows(SourceRow, col(SourceRow.id))
        coalitions = rows(CoalitionRow, col(CoalitionRow.position))
        members = rows(MemberRow, col(MemberRow.position))
        memberships = rows(
            MembershipRow, col(MembershipRow.member_id), col(MembershipRow.coalition_id)
        )
        groups = rows(WorkingGroupRow, col(WorkingGroupRow.position))
        chairs = rows(ChairRow, col(ChairRow.working_group_id), col(ChairRow.position))
        events = rows(EventRow, col(EventRow.position))
        event_coalitions = rows(
            EventCoalitionRow, col(EventCoalitionRow.event_id), col(EventCoalitionRow.position)
        )
        participants = rows(
            ParticipantRow, col(ParticipantRow.event_id), col(ParticipantRow.position)
        )
        persons = rows(PersonRow, col(PersonRow.position))
        roles = rows(PersonRoleRow, col(PersonRoleRow.person_id), col(PersonRoleRow.position))
        event_people = rows(
            EventPersonRow, col(EventPersonRow.event_id), col(EventPersonRow.position)
        )
        leaders = rows(LeaderRow, col(LeaderRow.coalition_id), col(LeaderRow.position))

    synonym_groups: dict[str, list[str]] = defaultdict(list)
    for synonym in synonym_rows:
        synonym_groups[synonym.group_id].append(fold(synonym.term))
    synonyms = [terms for terms in synonym_groups.values() if len(terms) > 1]
    member_ref = {m.id: {"id": m.id, "name": {"ar": m.name_ar, "en": m.name_en}} for m in members}
    coalition_ref = {c.id: {"id": c.id, "name": c.name} for c in coalitions}
    group_ref = {g.id: {"id": g.id, "name": g.name} for g in groups}
    chairs_of: dict[str, list[str]] = defaultdict(list)
    chaired: dict[tuple[str, str], list[Doc]] = defaultdict(list)
    for chair in chairs:
        chairs_of[chair.working_group_id].append(chair.member_id)
    for group in groups:
        for member_id in chairs_of[group.id]:
            chaired[(member_id, group.coalition_id)].append(group_ref[group.id])
    members_of: dict[str, list[MembershipRow]] = defaultdict(list)
    by_coalition: dict[str, int] = defaultdict(int)
    for membership in memberships:
        members_of[membership.member_id].append(membership)
        by_coalition[membership.coalition_id] += 1
    coalition_order = {c.id: c.position for c in coalitions}

    def place(value: Doc | None) -> Doc | None:
        if value is None:
            return None
        country = value.get("country")
        point = value.get("point") or {}
        return {
            "city": value.get("city"),
            "country": member_ref.get(country) if country else None,
            "lat": point.get("lat"),
            "lon": point.get("lon"),
            "geonameid": point.get("geonameid"),
        }

    person_ref = {p.id: {"id": p.id, "name": p.name} for p in persons}
    roles_of: dict[str, list[PersonRoleRow]] = defaultdict(list)
    for role in roles:
        roles_of[role.person_id].append(role)
    leaders_of: dict[str, list[Doc]] = defaultdict(list)
    for leader in leaders:
        title = next(
            r.title for r in roles_of[leader.person_id] if r.body_coalition == leader.coalition_id
        )
        leaders_of[leader.coalition_id].append({**person_ref[leader.person_id], "title": title})

    coalition_entries = [
        Entry(
            doc={
                "id": c.id,
                "url": f"/coalitions/{c.id}",
                "name": c.name,
                "abbreviation": c.abbreviation,
                "founded": c.founded,
                "announced_by": c.announced_by,
                "initiator": c.initiator,
                "headquarters": place(c.headquarters),
                "slogan": c.slogan,
                "vision": c.vision,
                "objectives": c.objectives,
                "domains": c.domains,
                "principles": c.principles,
                "leaders": leaders_of[c.id],
                "achievements": c.achievements,
                "self_description": c.self_description,
                "means": c.means,
                "bodies": c.bodies,
                "stated_member_count": c.stated_member_count,
                "member_coverage": c.member_coverage,
                "member_count": by_coalition[c.id],
                "working_groups": [group_ref[g.id] for g in groups if g.coalition_id == c.id],
                "notes": c.notes,
                "sources": citations[f"coalition:{c.id}"],
            },
            search=_text_keys(
                c.id,
                c.name,
                c.abbreviation,
                c.slogan,
                (c.headquarters or {}).get("gazetteer_names"),
            ),
            facets={"founded": c.founded["date"], "coverage": c.member_coverage},
        )
        for c in coalitions
    ]
    for entry, c in zip(coalition_entries, coalitions, strict=True):
        index(entry, _bilingual(c.name, c.abbreviation), synonyms)

    member_entries = []
    for m in members:
        own = sorted(members_of[m.id], key=lambda ms: coalition_order[ms.coalition_id])
        doc = {
            "id": m.id,
            "url": f"/members/{m.id}",
            "type": m.type,
            "name": {"ar": m.name_ar, "en": m.name_en},
            "name_basis": m.name_basis,
            "names": {"formal": m.names["formal"], "short": m.names["short"]},
            "aliases": m.aliases,
            "iso_alpha2": m.iso_alpha2,
            "iso_alpha3": m.iso_alpha3,
            "iso_numeric": m.iso_numeric,
            "region": m.region,
            "subregion": m.subregion,
            "point": m.point,
            "memberships": [
                {
                    "coalition": coalition_ref[ms.coalition_id],
                    "roles": ms.roles,
                    "since": ms.since,
                    "basis": ms.basis,
                    "working_groups": chaired[(m.id, ms.coalition_id)],
                    "notes": ms.notes,
                    "sources": citations[f"membership:{m.id}@{ms.coalition_id}"],
                }
                for ms in own
            ],
            "notes": m.notes,
            "sources": citations[f"member:{m.id}"],
        }
        entry = Entry(
            doc=doc,
            search=_text_keys(m.id, m.iso_alpha3, m.region, m.subregion),
            facets={
                "type": m.type,
                "coalitions": {ms.coalition_id for ms in own},
                "roles": {role for ms in own for role in ms.roles},
                "name": m.name_en,
            },
        )
        names = _bilingual(m.name_ar, m.name_en, list(m.names.values()), m.aliases)
        member_entries.append(index(entry, [*names, m.id, m.iso_alpha3 or ""], synonyms))
    member_keys: dict[str, Entry] = {}
    for entry in member_entries:
        member_keys[entry.id] = entry
        if entry.doc["iso_alpha3"]:
            member_keys[entry.doc["iso_alpha3"]] = entry

    group_entries = [
        Entry(
            doc={
                "id": g.id,
                "url": f"/working-groups/{g.id}",
                "coalition": coalition_ref[g.coalition_id],
                "name": g.name,
                "description": g.description,
                "chairs": [member_ref[m] for m in chairs_of[g.id]],
                "established": g.established,
                "established_at": g.established_at,
                "notes": g.notes,
                "sources": citations[f"working-group:{g.id}"],
            },
            search=_text_keys(g.id, [member_ref[m]["name"] for m in chairs_of[g.id]]),
            facets={
                "coalitions": {g.coalition_id},
                "chairs": set(chairs_of[g.id]),
                "name": g.name["en"],
            },
        )
        for g in groups
    ]
    for entry, g in zip(group_entries, groups, strict=True):
        index(entry, _bilingual(g.name), synonyms)

    coalitions_of: dict[str, list[str]] = defaultdict(list)
    for link in event_coalitions:
        coalitions_of[link.event_id].append(link.coalition_id)
    participants_of: dict[str, list[str]] = defaultdict(list)
    for link in participants:
        participants_of[link.event_id].append(link.member_id)
    people_of: dict[str, list[str]] = defaultdict(list)
    for person_link in event_people:
        people_of[person_link.event_id].append(person_link.person_id)
    event_ref = {e.id: {"id": e.id, "name": e.title} for e in events}
    event_entries = [
        Entry(
            doc={
                "id": e.id,
                "url": f"/timeline/{e.id}",
                "coalitions": coalitions_of[e.id],
                "date": e.date,
                "type": e.type,
                "title": e.title,
                "description": e.description,
                "location": place(e.location),
                "participants": participants_of[e.id],
                "people": [person_ref[p] for p in people_of[e.id]],
                "derived_from": [
                    {"field": link["field"], "event": event_ref[link["event"]]}
                    for link in e.derived_from or []
                ],
                "notes": e.notes,
                "sources": citations[f"event:{e.id}"],
            },
            search=_text_keys(
                e.id,
                e.description,
                (e.location or {}).get("city"),
                (e.location or {}).get("gazetteer_names"),
            ),
            facets={
                "coalitions": set(coalitions_of[e.id]),
                "participants": set(participants_of[e.id]),
                "people": set(people_of[e.id]),
                "type": e.type,
                "intervals": date_intervals(e.date),
                "position": e.position,
            },
        )
        for e in events
    ]
    for entry, e in zip(event_entries, events, strict=True):
        index(entry, _bilingual(e.title), synonyms)
    # The timeline's natural order is by the earliest reading of its date (an event known
    # only by a latest bound, by that bound; undated events last), then as curated.
    event_entries.sort(
        key=lambda e: (
            not e.facets["intervals"],
            min(
                date_intervals(e.doc["date"] and {**e.doc["date"], "open_start": False}),
                default=("", ""),
            )[0],
            e.facets["position"],
        )
    )

    cited: dict[str, int] = defaultdict(int)
    for record_citations in citations.values():
        for citation in record_citations:
            cited[citation["source"]] += 1
    for c in coalitions:  # items of a coalition's lists cite their own quotes
        for term in [*c.domains, *c.principles, *c.bodies]:
            for citation in term.get("sources", []):
                cited[citation["source"]] += 1
    source_entries = [
        Entry(
            doc={
                "id": s.id,
                "url": f"/sources/{s.id}",
                "file": s.file,
                "title": s.title,
                "publisher": s.publisher,
                "published": s.published,
                "derived_from": [
                    {"field": link["field"], "event": event_ref[link["event"]]}
                    for link in s.derived_from or []
                ],
                "language": s.language,
                "sha256": s.sha256,
                "citation_count": cited[s.id],
                "notes": s.notes,
            },
            search=_text_keys(s.id, s.file, s.publisher),
            facets={"published": (s.published or {}).get("date")},
        )
        for s in sources
    ]
    for entry, s in zip(source_entries, sources, strict=True):
        index(entry, _bilingual(s.title), synonyms)
    person_entries = _people(
        persons, roles_of, people_of, event_entries, coalition_ref, member_ref, citations, event_ref
    )
    for entry, person in zip(person_entries, persons, strict=True):
        index(entry, _bilingual(person.name, person.aliases), synonyms)
    return Dataset(
        data_version=version,
        coalitions=coalition_entries,
        members=member_entries,
        working_groups=group_entries,
        timeline=event_entries,
        sources=source_entries,
        member_keys=member_keys,
        people=person_entries,
        synonyms=synonyms,
    )


def _people(
    persons: list[PersonRow],
    roles_of: dict[str, list[PersonRoleRow]],
    people_of: dict[str, list[str]],
    events: list[Entry],
    coalition_ref: dict[str, Doc],
    member_ref: dict[str, Doc],
    citations: dict[str, list[Doc]],
    event_ref: dict[str, Doc],
) -> list[Entry]:
    """People, each with their roles (and the body each is held for) and their events."""
    events_of: dict[str, list[Entry]] = defaultdict(list)
    for event in events:  # already in timeline order
        for person_id in event.facets["people"]:
            events_of[person_id].append(event)

    def body(role: PersonRoleRow) -> Doc:
        if role.body_coalition:
            ref = coalition_ref[role.body_coalition]
            return {"kind": "coalition", **ref, "url": f"/coalitions/{ref['id']}"}
        if role.body_member:
            ref = member_ref[role.body_member]
            return {"kind": "member", **ref, "url": f"/members/{ref['id']}"}
        return {"kind": "other", "id": None, "name": role.body_name, "url": None}

    entries = []
    for p in persons:
        own = roles_of[p.id]
        coalitions = {r.body_coalition for r in own if r.body_coalition}
        coalitions |= {c for e in events_of[p.id] for c in e.facets["coalitions"]}
        doc = {
            "id": p.id,
            "url": f"/people/{p.id}",
            "name": p.name,
            "aliases": p.aliases,
            "roles": [
                {
                    "title": r.title,
                    "body": body(r),
                    "date": r.date,
                    "derived_from": [
                        {"field": link["field"], "event": event_ref[link["event"]]}
                        for link in r.derived_from or []
                    ],
                    "basis": r.basis,
                    "notes": r.notes,
                    "sources": citations[f"role:{p.id}#{r.position}"],
                }
                for r in own
            ],
            "honours": p.honours,
            "coalitions": [c for c in coalition_ref if c in coalitions],
            "events": [{"id": e.id, "name": e.doc["title"]} for e in events_of[p.id]],
            "notes": p.notes,
            "sources": citations[f"person:{p.id}"],
        }
        entries.append(
            Entry(
                doc=doc,
                search=_text_keys(p.id, p.name, p.aliases, [r.title for r in own]),
                facets={"coalitions": coalitions, "name": p.name["en"]},
            )
        )
    return entries
