"""Rendering the curated tables into the public JSON shapes, at build time, kind by kind.

`tahaluf build` writes the curated rows, then reads them back here in the same
transaction, one kind at a time and a batch of records at a time: each batch reads the
rows it needs (memberships, citations, the names of the records it refers to) and is
rendered, stored (`app.build.rendered`) and let go, so the build's memory does not grow with
the data. A serving process never calls this: it queries what was stored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Row, Select, func, select

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
    ParticipantRow,
    PersonRoleRow,
    PersonRow,
    RecordRow,
    SourceRow,
    SynonymRow,
    WorkingGroupRow,
    core_table,
)
from app.store.folding import fold, synonym_variants, with_synonyms

Doc = dict[str, Any]
BATCH = 1_000  # records rendered per batch: the ids of one batch are one `IN` list


SOURCE = core_table(SourceRow)
COALITION = core_table(CoalitionRow)
MEMBER = core_table(MemberRow)
MEMBERSHIP = core_table(MembershipRow)
GROUP = core_table(WorkingGroupRow)
CHAIR = core_table(ChairRow)
EVENT = core_table(EventRow)
EVENT_COALITION = core_table(EventCoalitionRow)
PARTICIPANT = core_table(ParticipantRow)
EVENT_PERSON = core_table(EventPersonRow)
PERSON = core_table(PersonRow)
ROLE = core_table(PersonRoleRow)
LEADER = core_table(LeaderRow)
CITATION = core_table(CitationRow)
SYNONYM = core_table(SynonymRow)
RECORD = core_table(RecordRow)


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


# A grown seed repeats the same descriptions, quotes and places thousands of times:
# each distinct text is folded once (a bounded cache: the build's memory stays flat).
fold_cached = lru_cache(maxsize=1 << 15)(fold)


def fold_texts(parts: Iterable[str]) -> str:
    """`fold(" ".join(parts))`, folding each part once: folding keeps no character across
    a space, so the folded parts joined are the folded whole."""
    return " ".join(folded for part in parts if (folded := fold_cached(part)))


def strings(*values: Any) -> list[str]:
    """All strings inside the values, at any depth, in order."""
    parts: list[str] = []
    stack = list(reversed(values))
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, dict):
            stack.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend(reversed(value))
    return parts


def _text_keys(*values: Any) -> str:
    """All strings inside the values, folded into one search key."""
    return fold_texts(strings(*values))


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
        for variant in synonym_variants(fold_cached(name), groups):
            if variant and variant not in folded:
                folded.append(variant)
    entry.names = tuple(folded)
    entry.search = with_synonyms(" ".join([entry.search, *folded]), groups)
    return entry


def _grouped(rows: Iterable[Row[Any]], key: str = "") -> dict[Any, list[Any]]:
    """Rows by their first column (or `key`), in the order read."""
    found: dict[Any, list[Any]] = defaultdict(list)
    for row in rows:
        found[row._mapping[key] if key else row[0]].append(row)
    return found


class Reader:
    """The curated tables, read a batch at a time within the build's transaction; holds
    only what every kind refers to and stays small (coalitions, synonym groups)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        terms: dict[str, list[str]] = defaultdict(list)
        order = (SYNONYM.c.group_id, SYNONYM.c.position)
        for group_id, term in connection.execute(
            select(SYNONYM.c.group_id, SYNONYM.c.term).order_by(*order)
        ):
            terms[group_id].append(fold(term))
        self.synonyms = [group for group in terms.values() if len(group) > 1]
        coalitions = connection.execute(
            select(COALITION.c.id, COALITION.c.name).order_by(COALITION.c.position)
        ).all()
        self.coalition_ref: dict[str, Doc] = {
            c.id: {"id": c.id, "name": c.name} for c in coalitions
        }
        self.coalition_order = {c.id: position for position, c in enumerate(coalitions)}

    def batches(self, statement: Select[Any]) -> Iterator[list[Any]]:
        """The statement's rows, `BATCH` at a time (a server-side cursor on PostgreSQL)."""
        result = self.connection.execute(statement.execution_options(yield_per=BATCH))
        for partition in result.partitions():
            yield list(partition)

    def rows(self, statement: Select[Any]) -> list[Any]:
        return list(self.connection.execute(statement).all())

    def citations(self, records: Iterable[str]) -> dict[str, list[Doc]]:
        """The citations of the named records (`member:SA`...), each record's in order."""
        statement = (
            select(CITATION.c.record, CITATION.c.source_id, CITATION.c.quote)
            .where(CITATION.c.record.in_(list(records)))
            .order_by(CITATION.c.id)
        )
        found: dict[str, list[Doc]] = defaultdict(list)
        for record, source, quote in self.connection.execute(statement):
            found[record].append({"source": source, "quote": quote})
        return found

    def member_refs(self, ids: Iterable[str | None]) -> dict[str, Doc]:
        wanted = sorted({i for i in ids if i})
        statement = select(MEMBER.c.id, MEMBER.c.name_ar, MEMBER.c.name_en)
        return {
            m.id: {"id": m.id, "name": {"ar": m.name_ar, "en": m.name_en}}
            for m in self.rows(statement.where(MEMBER.c.id.in_(wanted)))
        }

    def person_refs(self, ids: Iterable[str]) -> dict[str, Doc]:
        statement = select(PERSON.c.id, PERSON.c.name).where(PERSON.c.id.in_(sorted(set(ids))))
        return {p.id: {"id": p.id, "name": p.name} for p in self.rows(statement)}

    def derived(self, rows: list[Row[Any]]) -> Callable[[list[Doc] | None], list[Doc]]:
        """`derived_from` links of the rows, each with its event's name."""
        wanted = sorted({link["event"] for row in rows for link in row.derived_from or []})
        statement = select(EVENT.c.id, EVENT.c.title).where(EVENT.c.id.in_(wanted))
        refs = {e.id: {"id": e.id, "name": e.title} for e in self.rows(statement)}

        def links(derived_from: list[Doc] | None) -> list[Doc]:
            return [
                {"field": link["field"], "event": refs[link["event"]]}
                for link in derived_from or []
            ]

        return links


def place(value: Doc | None, members: dict[str, Doc]) -> Doc | None:
    """A stored place as served: its country as a member reference, its point flattened."""
    if value is None:
        return None
    country = value.get("country")
    point = value.get("point") or {}
    return {
        "city": value.get("city"),
        "country": members.get(country) if country else None,
        "lat": point.get("lat"),
        "lon": point.get("lon"),
        "geonameid": point.get("geonameid"),
    }


def coalitions(reader: Reader) -> Iterator[Entry]:
    """The coalitions, each with its leaders, member count and working groups."""
    rows = reader.rows(select(COALITION).order_by(COALITION.c.position))
    counts: dict[str, int] = dict(
        reader.rows(
            select(MEMBERSHIP.c.coalition_id, func.count()).group_by(MEMBERSHIP.c.coalition_id)
        )
    )
    groups = _grouped(
        reader.rows(
            select(GROUP.c.coalition_id, GROUP.c.id, GROUP.c.name).order_by(GROUP.c.position)
        )
    )
    leaders = _leaders(reader)
    members = reader.member_refs((c.headquarters or {}).get("country") for c in rows)
    citations = reader.citations(f"coalition:{c.id}" for c in rows)
    for c in rows:
        doc = {
            "id": c.id,
            "url": f"/coalitions/{c.id}",
            "name": c.name,
            "abbreviation": c.abbreviation,
            "founded": c.founded,
            "announced_by": c.announced_by,
            "initiator": c.initiator,
            "headquarters": place(c.headquarters, members),
            "slogan": c.slogan,
            "vision": c.vision,
            "objectives": c.objectives,
            "domains": c.domains,
            "principles": c.principles,
            "leaders": leaders[c.id],
            "achievements": c.achievements,
            "self_description": c.self_description,
            "means": c.means,
            "bodies": c.bodies,
            "stated_member_count": c.stated_member_count,
            "member_coverage": c.member_coverage,
            "member_count": counts.get(c.id, 0),
            "working_groups": [{"id": g.id, "name": g.name} for g in groups[c.id]],
            "notes": c.notes,
            "sources": citations[f"coalition:{c.id}"],
        }
        hq_names = (c.headquarters or {}).get("gazetteer_names")
        search = _text_keys(c.id, c.name, c.abbreviation, c.slogan, hq_names)
        entry = Entry(doc=doc, search=search, facets={"coverage": c.member_coverage})
        yield index(entry, _bilingual(c.name, c.abbreviation), reader.synonyms)


def _leaders(reader: Reader) -> dict[str, list[Doc]]:
    """Each coalition's leaders, with the title of their role in it."""
    statement = (
        select(LEADER.c.coalition_id, PERSON.c.id, PERSON.c.name)
        .join(PERSON, PERSON.c.id == LEADER.c.person_id)
        .order_by(LEADER.c.coalition_id, LEADER.c.position)
    )
    found: dict[str, list[Doc]] = defaultdict(list)
    for coalition_id, person_id, name in reader.rows(statement):
        title = reader.connection.execute(
            select(ROLE.c.title)
            .where(ROLE.c.person_id == person_id, ROLE.c.body_coalition == coalition_id)
            .order_by(ROLE.c.position)
            .limit(1)
        ).scalar_one()
        found[coalition_id].append({"id": person_id, "name": name, "title": title})
    return found


def members(reader: Reader) -> Iterator[Entry]:
    """The members, each with its memberships (and the working groups it chairs in each)."""
    for batch in reader.batches(select(MEMBER).order_by(MEMBER.c.position)):
        ids = [m.id for m in batch]
        memberships = _grouped(
            reader.rows(select(MEMBERSHIP).where(MEMBERSHIP.c.member_id.in_(ids))), "member_id"
        )
        chaired = _chaired(reader, ids)
        keys = [f"member:{i}" for i in ids]
        keys += [
            f"membership:{ms.member_id}@{ms.coalition_id}" for v in memberships.values() for ms in v
        ]
        citations = reader.citations(keys)
        for m in batch:
            own = sorted(memberships[m.id], key=lambda ms: reader.coalition_order[ms.coalition_id])
            yield _member(reader, m, own, chaired, citations)


def _chaired(reader: Reader, ids: list[str]) -> dict[tuple[str, str], list[Doc]]:
    """The working groups each member chairs, by (member, coalition), in curated order."""
    statement = (
        select(CHAIR.c.member_id, GROUP.c.coalition_id, GROUP.c.id, GROUP.c.name)
        .join(GROUP, GROUP.c.id == CHAIR.c.working_group_id)
        .where(CHAIR.c.member_id.in_(ids))
        .order_by(GROUP.c.position, CHAIR.c.position)
    )
    found: dict[tuple[str, str], list[Doc]] = defaultdict(list)
    for member_id, coalition_id, group_id, name in reader.rows(statement):
        found[(member_id, coalition_id)].append({"id": group_id, "name": name})
    return found


def _member(
    reader: Reader,
    m: Row[Any],
    own: list[Row[Any]],
    chaired: dict[tuple[str, str], list[Doc]],
    citations: dict[str, list[Doc]],
) -> Entry:
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
                "coalition": reader.coalition_ref[ms.coalition_id],
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
        facets={"type": m.type, "coalitions": {ms.coalition_id for ms in own}},
    )
    names = _bilingual(m.name_ar, m.name_en, list(m.names.values()), m.aliases)
    return index(entry, [*names, m.id, m.iso_alpha3 or ""], reader.synonyms)


def working_groups(reader: Reader) -> Iterator[Entry]:
    """The working groups, each with its coalition and chairs."""
    for batch in reader.batches(select(GROUP).order_by(GROUP.c.position)):
        ids = [g.id for g in batch]
        chairs = _grouped(
            reader.rows(
                select(CHAIR.c.working_group_id, CHAIR.c.member_id)
                .where(CHAIR.c.working_group_id.in_(ids))
                .order_by(CHAIR.c.working_group_id, CHAIR.c.position)
            )
        )
        refs = reader.member_refs(c.member_id for rows in chairs.values() for c in rows)
        citations = reader.citations(f"working-group:{i}" for i in ids)
        for g in batch:
            chair_ids = [c.member_id for c in chairs[g.id]]
            doc = {
                "id": g.id,
                "url": f"/working-groups/{g.id}",
                "coalition": reader.coalition_ref[g.coalition_id],
                "name": g.name,
                "description": g.description,
                "chairs": [refs[i] for i in chair_ids],
                "established": g.established,
                "established_at": g.established_at,
                "notes": g.notes,
                "sources": citations[f"working-group:{g.id}"],
            }
            entry = Entry(
                doc=doc,
                search=_text_keys(g.id, [refs[i]["name"] for i in chair_ids]),
                facets={"coalitions": {g.coalition_id}, "chairs": set(chair_ids)},
            )
            yield index(entry, _bilingual(g.name), reader.synonyms)


def timeline_order(reader: Reader) -> list[str]:
    """The ids of the events in the timeline's natural order: by the earliest reading of
    the date (an event known only by a latest bound, by that bound; undated events
    last), then as curated."""
    keys: list[tuple[bool, str, int, str]] = []
    statement = select(EVENT.c.id, EVENT.c.position, EVENT.c.date)
    for batch in reader.batches(statement):
        for event_id, position, date in batch:
            earliest = date_intervals(date and {**date, "open_start": False})
            first = min(earliest, default=("", ""))[0]
            keys.append((not date_intervals(date), first, position, event_id))
    keys.sort()
    return [key[-1] for key in keys]


def timeline(reader: Reader) -> Iterator[Entry]:
    """The events in timeline order, each with its coalitions, participants and people."""
    order = timeline_order(reader)
    for start in range(0, len(order), BATCH):
        ids = order[start : start + BATCH]
        events = {e.id: e for e in reader.rows(select(EVENT).where(EVENT.c.id.in_(ids)))}
        links = _event_links(reader, ids)
        people = reader.person_refs(p for v in links["people"].values() for p in v)
        members = reader.member_refs((e.location or {}).get("country") for e in events.values())
        derived = reader.derived(list(events.values()))
        citations = reader.citations(f"event:{i}" for i in ids)
        for event_id in ids:
            e = events[event_id]
            doc = {
                "id": e.id,
                "url": f"/timeline/{e.id}",
                "coalitions": links["coalitions"][e.id],
                "date": e.date,
                "type": e.type,
                "title": e.title,
                "description": e.description,
                "location": place(e.location, members),
                "participants": links["participants"][e.id],
                "people": [people[p] for p in links["people"][e.id]],
                "derived_from": derived(e.derived_from),
                "notes": e.notes,
                "sources": citations[f"event:{e.id}"],
            }
            yield _event(reader, doc, e)


def _event_links(reader: Reader, ids: list[str]) -> dict[str, dict[str, list[str]]]:
    """The coalitions, participants and people of each event, in curated order."""
    found: dict[str, dict[str, list[str]]] = {}
    for name, table, other in (
        ("coalitions", EVENT_COALITION, "coalition_id"),
        ("participants", PARTICIPANT, "member_id"),
        ("people", EVENT_PERSON, "person_id"),
    ):
        statement = (
            select(table.c.event_id, table.c[other])
            .where(table.c.event_id.in_(ids))
            .order_by(table.c.event_id, table.c.position)
        )
        of: dict[str, list[str]] = defaultdict(list)
        for event_id, value in reader.rows(statement):
            of[event_id].append(value)
        found[name] = of
    return found


def _event(reader: Reader, doc: Doc, e: Row[Any]) -> Entry:
    location = e.location or {}
    entry = Entry(
        doc=doc,
        search=_text_keys(
            e.id, e.description, location.get("city"), location.get("gazetteer_names")
        ),
        facets={
            "coalitions": set(doc["coalitions"]),
            "participants": set(doc["participants"]),
            "people": {p["id"] for p in doc["people"]},
            "type": e.type,
            "intervals": date_intervals(e.date),
        },
    )
    return index(entry, _bilingual(e.title), reader.synonyms)


def sources(reader: Reader) -> Iterator[Entry]:
    """The source documents, each with the number of quotes that cite it."""
    cited: dict[str, int] = defaultdict(int)
    statement = select(CITATION.c.source_id, func.count()).group_by(CITATION.c.source_id)
    for source_id, count in reader.rows(statement):
        cited[source_id] += count
    terms = select(COALITION.c.domains, COALITION.c.principles, COALITION.c.bodies)
    for row in reader.rows(terms):  # items of a coalition's lists cite their own quotes
        for term in [*row.domains, *row.principles, *row.bodies]:
            for citation in term.get("sources", []):
                cited[citation["source"]] += 1
    rows = reader.rows(select(SOURCE).order_by(SOURCE.c.id))
    derived = reader.derived(rows)
    for s in rows:
        doc = {
            "id": s.id,
            "url": f"/sources/{s.id}",
            "file": s.file,
            "title": s.title,
            "publisher": s.publisher,
            "published": s.published,
            "derived_from": derived(s.derived_from),
            "language": s.language,
            "sha256": s.sha256,
            "citation_count": cited[s.id],
            "notes": s.notes,
        }
        entry = Entry(doc=doc, search=_text_keys(s.id, s.file, s.publisher))
        yield index(entry, _bilingual(s.title), reader.synonyms)


def people(reader: Reader) -> Iterator[Entry]:
    """People, each with their roles (and the body each is held for) and their events;
    after the timeline, whose stored order their events follow."""
    for batch in reader.batches(select(PERSON).order_by(PERSON.c.position)):
        ids = [p.id for p in batch]
        roles = _grouped(
            reader.rows(
                select(ROLE)
                .where(ROLE.c.person_id.in_(ids))
                .order_by(ROLE.c.person_id, ROLE.c.position)
            ),
            "person_id",
        )
        all_roles = [r for rows in roles.values() for r in rows]
        members = reader.member_refs(r.body_member for r in all_roles)
        derived = reader.derived(all_roles)
        events, via_events = _events_of(reader, ids)
        keys = [f"person:{i}" for i in ids] + [
            f"role:{r.person_id}#{r.position}" for r in all_roles
        ]
        citations = reader.citations(keys)
        for p in batch:
            own = roles[p.id]
            coalitions = {r.body_coalition for r in own if r.body_coalition} | via_events[p.id]
            doc = {
                "id": p.id,
                "url": f"/people/{p.id}",
                "name": p.name,
                "aliases": p.aliases,
                "roles": [_role(reader, r, members, derived, citations) for r in own],
                "honours": p.honours,
                "coalitions": [c for c in reader.coalition_ref if c in coalitions],
                "events": events[p.id],
                "notes": p.notes,
                "sources": citations[f"person:{p.id}"],
            }
            search = _text_keys(p.id, p.name, p.aliases, [r.title for r in own])
            entry = Entry(doc=doc, search=search, facets={"coalitions": coalitions})
            yield index(entry, _bilingual(p.name, p.aliases), reader.synonyms)


def _events_of(reader: Reader, ids: list[str]) -> tuple[dict[str, list[Doc]], dict[str, set[str]]]:
    """Each person's events in timeline order (as stored), and the coalitions of those:
    the links first, then their events by id (a join led by the timeline would visit
    every event for each batch of people)."""
    links = reader.rows(
        select(EVENT_PERSON.c.person_id, EVENT_PERSON.c.event_id).where(
            EVENT_PERSON.c.person_id.in_(ids)
        )
    )
    event_ids = sorted({event_id for _, event_id in links})
    order: dict[str, int] = dict(
        reader.rows(
            select(RECORD.c.id, RECORD.c.position).where(
                RECORD.c.kind == "timeline", RECORD.c.id.in_(event_ids)
            )
        )
    )
    titles = dict(reader.rows(select(EVENT.c.id, EVENT.c.title).where(EVENT.c.id.in_(event_ids))))
    coalitions = _grouped(
        reader.rows(
            select(EVENT_COALITION.c.event_id, EVENT_COALITION.c.coalition_id).where(
                EVENT_COALITION.c.event_id.in_(event_ids)
            )
        )
    )
    events: dict[str, list[Doc]] = defaultdict(list)
    via: dict[str, set[str]] = defaultdict(set)
    for person_id, event_id in sorted(links, key=lambda link: order[link[1]]):
        events[person_id].append({"id": event_id, "name": titles[event_id]})
        via[person_id].update(row.coalition_id for row in coalitions[event_id])
    return events, via


def _role(
    reader: Reader,
    role: Row[Any],
    members: dict[str, Doc],
    derived: Callable[[list[Doc] | None], list[Doc]],
    citations: dict[str, list[Doc]],
) -> Doc:
    if role.body_coalition:
        ref = reader.coalition_ref[role.body_coalition]
        body = {"kind": "coalition", **ref, "url": f"/coalitions/{ref['id']}"}
    elif role.body_member:
        ref = members[role.body_member]
        body = {"kind": "member", **ref, "url": f"/members/{ref['id']}"}
    else:
        body = {"kind": "other", "id": None, "name": role.body_name, "url": None}
    return {
        "title": role.title,
        "body": body,
        "date": role.date,
        "derived_from": derived(role.derived_from),
        "basis": role.basis,
        "notes": role.notes,
        "sources": citations[f"role:{role.person_id}#{role.position}"],
    }


# Each kind's records, rendered in the order `app.kinds.KINDS` stores them.
RENDERERS: dict[str, Callable[[Reader], Iterator[Entry]]] = {
    "coalitions": coalitions,
    "members": members,
    "working_groups": working_groups,
    "timeline": timeline,
    "sources": sources,
    "people": people,
}
