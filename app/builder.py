"""Builds the checked seed into a database through SQLModel.

SQLite is written to a temporary file beside the target and renamed into place, so a
reader never sees half a database and a bad seed leaves the old one byte-for-byte.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from itertools import groupby
from pathlib import Path
from typing import Any

import orjson
import pycountry
from sqlalchemy import Engine
from sqlmodel import Session, SQLModel, create_engine

from app.checker import Seed, SeedError, load_checked
from app.dataset import load_dataset
from app.models.common import Citation, DateSeed, MemberType, Role, date_intervals
from app.models.common import date_doc as parsed_date_doc
from app.models.seed import SEED_FILES, MemberSeed, PersonSeed
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
from app.reference import POINT_BASIS, References, join
from app.rendered import drop_fulltext, write_rendered
from app.snapshot import seal


def data_version(seed: Seed) -> str:
    """A fingerprint of the data itself (not of the files' formatting), short enough for ETags."""
    canonical = orjson.dumps(
        {name: [r.model_dump(mode="json") for r in getattr(seed, name)] for name in _seed_names()},
        option=orjson.OPT_SORT_KEYS,
    )
    return hashlib.sha256(canonical).hexdigest()[:16]


def schema_version() -> str:
    """A fingerprint of the tables this code reads and writes.

    A database built by an older checkout of the code lacks the tables or columns this
    one reads; the seed may not have changed, so its age alone cannot tell.
    """
    shape = sorted(
        (table.name, sorted(column.name for column in table.columns))
        for table in SQLModel.metadata.sorted_tables
    )
    return hashlib.sha256(orjson.dumps(shape)).hexdigest()[:16]


def _seed_names() -> list[str]:
    return [name.removesuffix(".json") for name in SEED_FILES]


def country_names(code: str) -> tuple[str, str]:
    """The ISO 3166 English short name (un-inverted) and alpha-3 code of a country."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        raise KeyError(code)
    name: str = getattr(country, "common_name", None) or country.name
    if ", " in name and getattr(country, "official_name", None):
        name = country.official_name.removeprefix("the ")
    return name, country.alpha_3


_DATES: dict[str, dict[str, Any] | None] = {}


def date_doc(value: DateSeed | None) -> dict[str, Any] | None:
    """`app.models.common.date_doc`, once per distinct date: parsing EDTF costs a tenth
    of a second, and a grown seed repeats the same few dates thousands of times."""
    if value is None:
        return None
    key = value.model_dump_json()
    if key not in _DATES:
        _DATES[key] = parsed_date_doc(value)
    return _DATES[key]


def _cite(record: str, sources: list[Citation]) -> Iterator[CitationRow]:
    for citation in sources:
        yield CitationRow(record=record, source_id=citation.source, quote=citation.quote)


def _dump(value: object) -> object:
    """Seed values as JSON-ready data, for JSON columns."""
    if isinstance(value, list):
        return [_dump(item) for item in value]
    dump = getattr(value, "model_dump", None)
    return dump(mode="json", exclude_none=False) if dump else value


def derived_roles(seed: Seed) -> dict[tuple[str, str], set[Role]]:
    """Roles that follow from coalition and working-group records, by (member, coalition)."""
    roles: dict[tuple[str, str], set[Role]] = {}
    for coalition in seed.coalitions:
        roles.setdefault((coalition.initiator, coalition.id), set()).add(Role.initiator)
        if coalition.headquarters and coalition.headquarters.country:
            key = (coalition.headquarters.country, coalition.id)
            roles.setdefault(key, set()).add(Role.headquarters_host)
    for group in seed.working_groups:
        for chair in group.chairs:
            roles.setdefault((chair, group.coalition), set()).add(Role.working_group_chair)
    return roles


def _member_rows(member: MemberSeed, position: int, references: References) -> MemberRow:
    reference = references.countries.get(member.id)
    if member.type is MemberType.country:
        name_en, alpha3 = country_names(member.id)
        alpha2: str | None = member.id
    else:
        name_en, alpha2, alpha3 = member.name.en or member.id, None, None
    if reference is None:
        # An organization has the one name the documents give, formal and short alike.
        own = {"ar": member.name.ar, "en": name_en}
        names: dict[str, object] = {"formal": own, "short": own}
    else:
        names = {"formal": reference.formal, "short": reference.short, "iso": reference.iso}
    return MemberRow(
        names=names,
        iso_numeric=reference.iso_numeric if reference else None,
        region=reference.region if reference else None,
        subregion=reference.subregion if reference else None,
        point={**reference.point.as_dict(), "basis": POINT_BASIS} if reference else None,
        id=member.id,
        position=position,
        type=member.type.value,
        name_ar=member.name.ar,
        name_en=name_en,
        name_basis=member.name.basis.value,
        iso_alpha2=alpha2,
        iso_alpha3=alpha3,
        aliases=list(member.aliases),
        notes=list(member.notes),
    )


def _person_rows(person: PersonSeed, position: int) -> Iterator[SQLModel]:
    yield PersonRow(
        id=person.id,
        position=position,
        name=person.name.model_dump(),
        aliases=list(person.aliases),
        honours=_dump(person.honours),  # type: ignore[arg-type]
        notes=list(person.notes),
    )
    yield from _cite(f"person:{person.id}", person.sources)
    for index, role in enumerate(person.roles):
        body = role.body
        yield PersonRoleRow(
            person_id=person.id,
            position=index,
            title=role.title.model_dump(),
            body_kind=body.kind,
            body_coalition=body.id if body.kind == "coalition" else None,
            body_member=body.id if body.kind == "member" else None,
            body_name=body.name.model_dump() if body.name else None,
            date=date_doc(role.date),
            derived_from=_dump(role.derived_from),  # type: ignore[arg-type]
            basis=_dump(role.basis),  # type: ignore[arg-type]
            notes=list(role.notes),
        )
        yield from _cite(f"role:{person.id}#{index}", role.sources)


def seed_rows(seed: Seed) -> Iterator[SQLModel]:
    """Every row of the database, in a fixed order (so that builds are deterministic)."""
    references, problems = join(seed)
    if problems:
        raise SeedError(problems)
    _DATES.clear()  # a cache of this build's dates, not the process's
    yield Meta(key="data_version", value=data_version(seed))
    yield Meta(key="schema_version", value=schema_version())
    for synonyms in seed.synonyms:
        for index, term in enumerate(synonyms.terms):
            yield SynonymRow(
                group_id=synonyms.id, position=index, term=term, notes=list(synonyms.notes)
            )
    for source in seed.sources:
        yield SourceRow(
            id=source.id,
            file=source.file,
            sha256=source.sha256,
            title=source.title.model_dump(),
            publisher=source.publisher.model_dump() if source.publisher else None,
            published=date_doc(source.published),
            derived_from=_dump(source.derived_from),  # type: ignore[arg-type]
            language=source.language,
            notes=list(source.notes),
        )
    # Members first: coalitions, chairs and participants refer to them.
    roles = derived_roles(seed)
    for position, member in enumerate(seed.members):
        yield _member_rows(member, position, references)
        yield from _cite(f"member:{member.id}", member.sources)
    for position, coalition in enumerate(seed.coalitions):
        yield CoalitionRow(
            id=coalition.id,
            position=position,
            name=coalition.name.model_dump(),
            abbreviation=coalition.abbreviation,
            founded=date_doc(coalition.founded) or {},
            announced_by=coalition.announced_by.model_dump(),
            initiator=coalition.initiator,
            headquarters=references.place(_dump(coalition.headquarters)),  # type: ignore[arg-type]
            slogan=_dump(coalition.slogan),  # type: ignore[arg-type]
            vision=_dump(coalition.vision),  # type: ignore[arg-type]
            objectives=_dump(coalition.objectives),  # type: ignore[arg-type]
            domains=_dump(coalition.domains),  # type: ignore[arg-type]
            principles=_dump(coalition.principles),  # type: ignore[arg-type]
            achievements=_dump(coalition.achievements),  # type: ignore[arg-type]
            self_description=_dump(coalition.self_description),  # type: ignore[arg-type]
            means=_dump(coalition.means),  # type: ignore[arg-type]
            bodies=_dump(coalition.bodies),  # type: ignore[arg-type]
            stated_member_count=coalition.stated_member_count,
            member_coverage=coalition.member_coverage.value,
            notes=list(coalition.notes),
        )
        yield from _cite(f"coalition:{coalition.id}", coalition.sources)
    # People after members and coalitions (their roles refer to both), before events.
    for position, person in enumerate(seed.people):
        yield from _person_rows(person, position)
    for coalition in seed.coalitions:
        for index, person_id in enumerate(coalition.leaders):
            yield LeaderRow(coalition_id=coalition.id, person_id=person_id, position=index)
    for member in seed.members:
        for membership in member.memberships:
            all_roles = set(membership.roles) | roles.get((member.id, membership.coalition), set())
            yield MembershipRow(
                member_id=member.id,
                coalition_id=membership.coalition,
                roles=sorted(role.value for role in all_roles),
                since=date_doc(membership.since),
                basis=_dump(membership.basis),  # type: ignore[arg-type]
                notes=list(membership.notes),
            )
            yield from _cite(f"membership:{member.id}@{membership.coalition}", membership.sources)
    for position, event in enumerate(seed.timeline):
        date = date_doc(event.date)
        yield EventRow(
            id=event.id,
            position=position,
            date=date,
            first_day=date_intervals(date)[0][0] if date else None,
            type=event.type.value,
            title=event.title.model_dump(),
            description=event.description.model_dump(),
            location=references.place(_dump(event.location)),  # type: ignore[arg-type]
            derived_from=_dump(event.derived_from),  # type: ignore[arg-type]
            notes=list(event.notes),
        )
        for index, coalition_id in enumerate(event.coalitions):
            yield EventCoalitionRow(event_id=event.id, coalition_id=coalition_id, position=index)
        for index, member_id in enumerate(event.participants):
            yield ParticipantRow(event_id=event.id, member_id=member_id, position=index)
        for index, person_id in enumerate(event.people):
            yield EventPersonRow(event_id=event.id, person_id=person_id, position=index)
        yield from _cite(f"event:{event.id}", event.sources)
    for position, group in enumerate(seed.working_groups):
        yield WorkingGroupRow(
            id=group.id,
            position=position,
            coalition_id=group.coalition,
            name=group.name.model_dump(),
            description=group.description.model_dump(),
            established=date_doc(group.established),
            established_at=group.established_at,
            notes=list(group.notes),
        )
        for index, member_id in enumerate(group.chairs):
            yield ChairRow(working_group_id=group.id, member_id=member_id, position=index)
        yield from _cite(f"working-group:{group.id}", group.sources)


def write_rows(engine: Engine, seed: Seed) -> None:
    """Replace the tables with the seed's rows in one transaction: the same for any database.

    On PostgreSQL, whose DDL is transactional, readers see the old data or the new, never
    a half-built database; a failure rolls everything back.
    """
    with engine.begin() as connection:
        drop_fulltext(connection)
        SQLModel.metadata.drop_all(connection)
        SQLModel.metadata.create_all(connection)
        with Session(bind=connection) as session:
            # Table by table in foreign-key order, so PostgreSQL's constraints find their targets.
            order = {table.name: i for i, table in enumerate(SQLModel.metadata.sorted_tables)}
            rows = sorted(seed_rows(seed), key=lambda row: order[str(row.__tablename__)])
            for _, table_rows in groupby(rows, key=lambda row: row.__tablename__):
                session.add_all(list(table_rows))
                session.flush()
        # What serving reads, rendered from the rows just written (`app.rendered`).
        write_rendered(connection, load_dataset(connection))


def build_url(seed_dir: Path, url: str, documents_dir: Path | None = None) -> str:
    """Check the seed and replace the data in the database at `url` (PostgreSQL, say)."""
    seed = load_checked(seed_dir, documents_dir)
    engine = create_engine(url)
    try:
        write_rows(engine, seed)
    finally:
        engine.dispose()
    return data_version(seed)


def build_database(seed_dir: Path, out: Path, documents_dir: Path | None = None) -> str:
    """Check the seed and atomically replace `out`; returns the data version."""
    seed = load_checked(seed_dir, documents_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    remove_leftovers(out)
    try:
        engine = create_engine(f"sqlite:///{tmp}")
        try:
            write_rows(engine, seed)
        finally:
            engine.dispose()
        seal(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
    return data_version(seed)


def remove_leftovers(out: Path) -> None:
    """Remove what killed builds of `out` left: `.tahaluf.db.<pid>.tmp` and its journal,
    unless the process `<pid>` still runs (a build going on beside this one)."""
    for leftover in out.parent.glob(f".{out.name}.*.tmp*"):
        pid = leftover.name.removeprefix(f".{out.name}.").split(".")[0]
        if pid.isdigit() and int(pid) != os.getpid() and _running(int(pid)):
            continue
        leftover.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def built_schema(database: Path) -> str | None:
    """The `schema_version` a SQLite file was built with; None if it has none or is no
    database at all."""
    try:
        with closing(sqlite3.connect(f"file:{database.resolve()}?mode=ro", uri=True)) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def is_stale(database: Path, seed_dir: Path) -> bool:
    """True when the database is missing, older than any seed file, or built by code
    whose tables differ from this code's."""
    if not database.exists():
        return True
    built = database.stat().st_mtime
    # `>=`: a seed saved within the file system's clock tick of the build may be newer.
    return built_schema(database) != schema_version() or any(
        (seed_dir / name).exists() and (seed_dir / name).stat().st_mtime >= built
        for name in SEED_FILES
    )
