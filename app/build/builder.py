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
from itertools import islice
from pathlib import Path
from typing import Any

import orjson
import pycountry
from sqlalchemy import Connection, Engine
from sqlalchemy import event as sql_event
from sqlmodel import SQLModel, create_engine

from app.build.checker import Seed, SeedError, load_checked
from app.build.reference import POINT_BASIS, References, join, release
from app.build.rendered import compact, drop_fulltext, insert_rows, write_rendered
from app.models.common import Citation, DateSeed, MemberType, Role, date_intervals
from app.models.common import date_doc as parsed_date_doc
from app.models.seed import SEED_FILES, MemberSeed, PersonSeed
from app.store.snapshot import seal

BATCH = 5_000  # rows per insert


def data_version(seed: Seed) -> str:
    """A fingerprint of the data itself (not of the files' formatting), short enough for ETags.

    The digest of `{"<file>": [<record>, ...], ...}` with sorted keys, written record by
    record into the hash: a grown seed's JSON is never held whole."""
    digest = hashlib.sha256(b"{")
    for number, name in enumerate(sorted(_seed_names())):
        digest.update(b',"' if number else b'"')
        digest.update(name.encode() + b'":[')
        for index, record in enumerate(getattr(seed, name)):
            if index:
                digest.update(b",")
            digest.update(orjson.dumps(record.model_dump(mode="json"), option=orjson.OPT_SORT_KEYS))
        digest.update(b"]")
    digest.update(b"}")
    return digest.hexdigest()[:16]


def batched(rows: Iterator[Any], size: int) -> Iterator[list[Any]]:
    """`rows` in lists of at most `size` (`itertools.batched` is Python 3.12's)."""
    while batch := list(islice(rows, size)):
        yield batch


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


Row = dict[str, Any]


def _cite(record: str, sources: list[Citation]) -> Iterator[Row]:
    for citation in sources:
        yield {"record": record, "source_id": citation.source, "quote": citation.quote}


def _dump(value: object) -> Any:
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


def _member_names(member: MemberSeed, references: References) -> Row:
    """A member's names and the reference data joined to it (null for organizations)."""
    reference = references.countries.get(member.id)
    if member.type is MemberType.country:
        name_en, alpha3 = country_names(member.id)
        alpha2: str | None = member.id
    else:
        name_en, alpha2, alpha3 = member.name.en or member.id, None, None
    if reference is None:
        # An organization has the one name the documents give, formal and short alike.
        own = {"ar": member.name.ar, "en": name_en}
        return {
            "name_en": name_en,
            "iso_alpha2": alpha2,
            "iso_alpha3": alpha3,
            "names": {"formal": own, "short": own},
            "iso_numeric": None,
            "region": None,
            "subregion": None,
            "point": None,
        }
    return {
        "name_en": name_en,
        "iso_alpha2": alpha2,
        "iso_alpha3": alpha3,
        "names": {"formal": reference.formal, "short": reference.short, "iso": reference.iso},
        "iso_numeric": reference.iso_numeric,
        "region": reference.region,
        "subregion": reference.subregion,
        "point": {**reference.point.as_dict(), "basis": POINT_BASIS},
    }


def _role_row(person: PersonSeed, index: int) -> Row:
    role = person.roles[index]
    body = role.body
    return {
        "person_id": person.id,
        "position": index,
        "title": role.title.model_dump(),
        "body_kind": body.kind,
        "body_coalition": body.id if body.kind == "coalition" else None,
        "body_member": body.id if body.kind == "member" else None,
        "body_name": body.name.model_dump() if body.name else None,
        "date": date_doc(role.date),
        "derived_from": _dump(role.derived_from),
        "basis": _dump(role.basis),
        "notes": list(role.notes),
    }


class Curated:
    """The seed's rows, one generator of plain dicts per table (named as the table), each
    in a fixed order so that builds are deterministic. Written with Core in batches: no
    ORM object is made, and no table's rows are held at once."""

    def __init__(self, seed: Seed, references: References) -> None:
        self.seed = seed
        self.references = references
        self.version = data_version(seed)

    def rows(self, table: str) -> Iterator[Row]:
        """The rows of `table`; none for a table the seed does not fill (`app.build.rendered`'s)."""
        method = getattr(self, f"_{table}", None)
        return method() if method else iter(())

    def _meta(self) -> Iterator[Row]:
        yield {"key": "data_version", "value": self.version}
        yield {"key": "schema_version", "value": schema_version()}

    def _synonym(self) -> Iterator[Row]:
        for synonyms in self.seed.synonyms:
            for index, term in enumerate(synonyms.terms):
                yield {
                    "group_id": synonyms.id,
                    "position": index,
                    "term": term,
                    "notes": list(synonyms.notes),
                }

    def _source(self) -> Iterator[Row]:
        for source in self.seed.sources:
            yield {
                "id": source.id,
                "file": source.file,
                "sha256": source.sha256,
                "title": source.title.model_dump(),
                "publisher": source.publisher.model_dump() if source.publisher else None,
                "published": date_doc(source.published),
                "derived_from": _dump(source.derived_from),
                "language": source.language,
                "notes": list(source.notes),
            }

    def _member(self) -> Iterator[Row]:
        for position, member in enumerate(self.seed.members):
            yield {
                "id": member.id,
                "position": position,
                "type": member.type.value,
                "name_ar": member.name.ar,
                "name_basis": member.name.basis.value,
                "aliases": list(member.aliases),
                "notes": list(member.notes),
                **_member_names(member, self.references),
            }

    def _coalition(self) -> Iterator[Row]:
        for position, coalition in enumerate(self.seed.coalitions):
            row: Row = {"id": coalition.id, "position": position}
            for name in ("name", "announced_by"):
                row[name] = getattr(coalition, name).model_dump()
            for name in LISTED:
                row[name] = _dump(getattr(coalition, name))
            headquarters = _dump(coalition.headquarters)
            yield row | {
                "abbreviation": coalition.abbreviation,
                "founded": date_doc(coalition.founded) or {},
                "initiator": coalition.initiator,
                "headquarters": self.references.place(headquarters),
                "stated_member_count": coalition.stated_member_count,
                "member_coverage": coalition.member_coverage.value,
                "notes": list(coalition.notes),
            }

    def _person(self) -> Iterator[Row]:
        for position, person in enumerate(self.seed.people):
            yield {
                "id": person.id,
                "position": position,
                "name": person.name.model_dump(),
                "aliases": list(person.aliases),
                "honours": _dump(person.honours),
                "notes": list(person.notes),
            }

    def _person_role(self) -> Iterator[Row]:
        for person in self.seed.people:
            for index in range(len(person.roles)):
                yield _role_row(person, index)

    def _coalition_leader(self) -> Iterator[Row]:
        for coalition in self.seed.coalitions:
            for index, person_id in enumerate(coalition.leaders):
                yield {"coalition_id": coalition.id, "person_id": person_id, "position": index}

    def _membership(self) -> Iterator[Row]:
        roles = derived_roles(self.seed)
        for member in self.seed.members:
            for membership in member.memberships:
                derived = roles.get((member.id, membership.coalition), set())
                yield {
                    "member_id": member.id,
                    "coalition_id": membership.coalition,
                    "roles": sorted(role.value for role in set(membership.roles) | derived),
                    "since": date_doc(membership.since),
                    "basis": _dump(membership.basis),
                    "notes": list(membership.notes),
                }

    def _event(self) -> Iterator[Row]:
        for position, event in enumerate(self.seed.timeline):
            date = date_doc(event.date)
            yield {
                "id": event.id,
                "position": position,
                "date": date,
                "first_day": date_intervals(date)[0][0] if date else None,
                "type": event.type.value,
                "title": event.title.model_dump(),
                "description": event.description.model_dump(),
                "location": self.references.place(_dump(event.location)),
                "derived_from": _dump(event.derived_from),
                "notes": list(event.notes),
            }

    def _event_coalition(self) -> Iterator[Row]:
        for event in self.seed.timeline:
            for index, coalition_id in enumerate(event.coalitions):
                yield {"event_id": event.id, "coalition_id": coalition_id, "position": index}

    def _event_participant(self) -> Iterator[Row]:
        for event in self.seed.timeline:
            for index, member_id in enumerate(event.participants):
                yield {"event_id": event.id, "member_id": member_id, "position": index}

    def _event_person(self) -> Iterator[Row]:
        for event in self.seed.timeline:
            for index, person_id in enumerate(event.people):
                yield {"event_id": event.id, "person_id": person_id, "position": index}

    def _working_group(self) -> Iterator[Row]:
        for position, group in enumerate(self.seed.working_groups):
            yield {
                "id": group.id,
                "position": position,
                "coalition_id": group.coalition,
                "name": group.name.model_dump(),
                "description": group.description.model_dump(),
                "established": date_doc(group.established),
                "established_at": group.established_at,
                "notes": list(group.notes),
            }

    def _working_group_chair(self) -> Iterator[Row]:
        for group in self.seed.working_groups:
            for index, member_id in enumerate(group.chairs):
                yield {"working_group_id": group.id, "member_id": member_id, "position": index}

    def _citation(self) -> Iterator[Row]:
        """In the order the records were cited before (member, coalition, person and role,
        membership, event, working group), so that citation ids stay as they were."""
        seed = self.seed
        for member in seed.members:
            yield from _cite(f"member:{member.id}", member.sources)
        for coalition in seed.coalitions:
            yield from _cite(f"coalition:{coalition.id}", coalition.sources)
        for person in seed.people:
            yield from _cite(f"person:{person.id}", person.sources)
            for index, role in enumerate(person.roles):
                yield from _cite(f"role:{person.id}#{index}", role.sources)
        for member in seed.members:
            for ms in member.memberships:
                yield from _cite(f"membership:{member.id}@{ms.coalition}", ms.sources)
        for event in seed.timeline:
            yield from _cite(f"event:{event.id}", event.sources)
        for group in seed.working_groups:
            yield from _cite(f"working-group:{group.id}", group.sources)


# A coalition's lists and texts, stored as JSON as the seed gives them.
LISTED = (
    "slogan",
    "vision",
    "objectives",
    "domains",
    "principles",
    "achievements",
    "self_description",
    "means",
    "bodies",
)


def write_curated(connection: Connection, seed: Seed) -> str:
    """The seed's rows, table by table in foreign-key order (PostgreSQL's constraints
    find their targets), a batch at a time; returns the data version."""
    references, problems = seed.joined or join(seed)
    release()
    if problems:
        raise SeedError(problems)
    _DATES.clear()  # a cache of this build's dates, not the process's
    curated = Curated(seed, references)
    for table in SQLModel.metadata.sorted_tables:
        for batch in batched(curated.rows(table.name), BATCH):
            insert_rows(connection, table, batch)
    return curated.version


def write_rows(engine: Engine, seed: Seed) -> str:
    """Replace the tables with the seed's rows in one transaction: the same for any database.
    Returns the data version.

    On PostgreSQL, whose DDL is transactional, readers see the old data or the new, never
    a half-built database; a failure rolls everything back.
    """
    return _write(engine, [seed])


def _write(engine: Engine, checked: list[Seed]) -> str:
    """`write_rows` of the one seed in `checked`, taken out of it: where the caller keeps
    no other reference, the seed (its records' JSON) is let go once the curated rows are
    written, and rendering reuses its memory instead of adding to it."""
    with engine.begin() as connection:
        version = _fill(connection, checked.pop())
        # What serving reads, rendered kind by kind from the rows just written.
        write_rendered(connection)
    return version


def _fill(connection: Connection, seed: Seed) -> str:
    drop_fulltext(connection)
    SQLModel.metadata.drop_all(connection)
    SQLModel.metadata.create_all(connection)
    return write_curated(connection, seed)


def build_url(seed_dir: Path, url: str, documents_dir: Path | None = None) -> str:
    """Check the seed and replace the data in the database at `url` (PostgreSQL, say)."""
    checked = [load_checked(seed_dir, documents_dir)]
    engine = create_engine(url)
    try:
        return _write(engine, checked)
    finally:
        engine.dispose()


def _unjournaled(dbapi_connection: Any, _record: Any) -> None:
    """The temporary file needs no journal nor syncs: a failed build deletes it, and it is
    renamed into place only once complete and sealed (`seal` syncs it through its own
    connection)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = OFF")
    cursor.execute("PRAGMA synchronous = OFF")
    cursor.close()


def build_database(seed_dir: Path, out: Path, documents_dir: Path | None = None) -> str:
    """Check the seed and atomically replace `out`; returns the data version."""
    checked = [load_checked(seed_dir, documents_dir)]
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    remove_leftovers(out)
    try:
        engine = create_engine(f"sqlite:///{tmp}")
        sql_event.listen(engine, "connect", _unjournaled)
        try:
            version = _write(engine, checked)
        finally:
            engine.dispose()
        compact(tmp)
        seal(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
    return version


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
