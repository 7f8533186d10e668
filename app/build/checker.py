"""The seed checker: every problem in the curated JSON, reported as `file: json-path: reason`.

It reports all problems in one run (a curator fixes them in one sitting), and it
never stops at the first bad record: each record is validated on its own.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import orjson
import pycountry
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from app.build.reference import join
from app.config import get_settings
from app.models.common import DATE_TAGS, Citation, MemberType, Strict
from app.models.seed import (
    SEED_FILES,
    CoalitionSeed,
    Coverage,
    EventSeed,
    MemberSeed,
    Records,
    SourceSeed,
    SynonymSeed,
    WorkingGroupSeed,
)

# Defined beside the seed models (the reference join needs them too, and a serving process
# catches `SeedError` without loading the checker); the build imports them from here.
from app.models.seed import Seed as Seed
from app.models.seed import SeedError as SeedError
from app.models.seed import SeedProblem as SeedProblem
from app.store.folding import fold

MAX_DEPTH = 32  # levels of nesting a seed file may have (its records need 6)


class UnreadableJson(Exception):
    """A seed file that cannot be kept as written: where in it, and why."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class _Object(dict[str, Any]):
    """A JSON object that remembers the keys it was given twice (the last value would win)."""

    duplicates: list[str]


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    value = _Object(pairs)
    counts = Counter(key for key, _ in pairs)
    value.duplicates = [key for key, count in counts.items() if count > 1]
    return value


def _check_tree(raw: Any) -> None:
    """Refuse duplicate keys and nesting past MAX_DEPTH, naming where (iteratively)."""
    stack: list[tuple[Any, list[int | str]]] = [(raw, [])]
    while stack:
        value, location = stack.pop()
        if len(location) > MAX_DEPTH:
            raise UnreadableJson(json_path(location), f"nested deeper than {MAX_DEPTH} levels")
        if isinstance(value, _Object):
            if value.duplicates:
                raise UnreadableJson(json_path(location), f'duplicate key "{value.duplicates[0]}"')
            stack.extend((item, [*location, key]) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((item, [*location, i]) for i, item in enumerate(value))


class _Refused(Exception):
    """The fast reading found a key given twice: read again, slowly, to say where."""


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    value = dict(pairs)
    if len(value) != len(pairs):
        raise _Refused
    return value


def _too_deep(raw: Any, depth: int = MAX_DEPTH) -> bool:
    """True when a value sits more than `depth` levels inside `raw`, walking containers
    level by level (the common case, cheaply: `_check_tree` then says where)."""
    level = [raw] if isinstance(raw, dict | list) else []
    for _ in range(depth):  # `level`: the containers at each depth up to `depth`
        nested: list[Any] = []
        for value in level:
            items = value.values() if type(value) is dict else value
            nested.extend([item for item in items if type(item) is dict or type(item) is list])
        level = nested
    return any(level)  # a non-empty container at `depth` holds a value deeper


def _parse(text: str) -> Any:
    """The JSON of a seed file as plain dicts and lists; a key given twice or nesting past
    MAX_DEPTH is refused by `_check_tree`, from a second, slower reading that says where."""
    try:
        raw = json.loads(text, object_pairs_hook=_unique)
        if not _too_deep(raw):
            return raw
    except _Refused:
        pass
    raw = json.loads(text, object_pairs_hook=_object)
    _check_tree(raw)
    return raw


def read_json(path: Path) -> Any:
    """A seed file's JSON, refused with `UnreadableJson` where it cannot be kept as written:
    a directory, too large, not UTF-8, invalid, nested too deep, or a key given twice."""
    return _decoded(read_text(path))


def _decoded(text: str) -> Any:
    """`_parse`, its errors as `UnreadableJson`."""
    try:
        return _parse(text)
    except json.JSONDecodeError as exc:
        reason = f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        raise UnreadableJson("$", reason) from exc
    except RecursionError as exc:
        raise UnreadableJson("$", f"nested deeper than {MAX_DEPTH} levels") from exc


def read_text(path: Path) -> str:
    """A seed file's text, refused with `UnreadableJson` where it is a directory, too large
    or not UTF-8."""
    if path.is_dir():
        raise UnreadableJson("$", "is a directory, not a JSON file")
    try:
        size, limit = path.stat().st_size, get_settings().seed_max_bytes
        if size > limit:
            raise UnreadableJson("$", f"too large: {size} bytes (the limit is {limit})")
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise UnreadableJson("$", f"cannot be read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise UnreadableJson("$", f"not UTF-8: {exc.reason} at byte {exc.start}") from exc


_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's white space, as the `json` module matches it


def _skip(text: str, at: int) -> int:
    """Where the white space starting at `at` ends."""
    space = _SPACE.match(text, at)
    return space.end() if space else at


def _list_items(text: str) -> Iterator[Any]:
    """The items of a JSON list, decoded one at a time by the `json` module (`raw_decode`)
    with the checks `_parse` makes: a grown seed's file is never decoded whole. Anything
    but a well-formed list of such items raises `_Refused`, and the caller reads the file
    as `read_json` does, which names the problem."""
    decoder = json.JSONDecoder(object_pairs_hook=_unique)
    at = _skip(text, 0)
    if not text.startswith("[", at):
        raise _Refused
    at = _skip(text, at + 1)
    closed = text.startswith("]", at)
    while not closed:
        try:
            item, at = decoder.raw_decode(text, at)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise _Refused from exc
        if _too_deep(item, MAX_DEPTH - 1):
            raise _Refused
        yield item
        at = _skip(text, at)
        if text.startswith(",", at):
            at = _skip(text, at + 1)
        elif text.startswith("]", at):
            closed = True
        else:
            raise _Refused
    if _skip(text, at + 1) != len(text):  # `at`: the closing bracket
        raise _Refused


def json_path(location: Iterable[int | str]) -> str:
    path = "$"
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def normalise_space(text: str) -> str:
    return " ".join(text.split())


class Valid:
    """A file's valid records with their indexes in it, read as (index, record) pairs."""

    def __init__(self, indexes: list[int], records: Records[Any]) -> None:
        self.indexes = indexes
        self.records = records

    def __iter__(self) -> Iterator[tuple[int, Any]]:
        return zip(self.indexes, self.records, strict=True)


def _read_records(
    seed_dir: Path, name: str, model: type[Strict], problems: list[SeedProblem]
) -> Valid | None:
    """The file's valid records with their indexes; None when the file cannot be read at all.

    The file is decoded a record at a time; where that meets anything but a well-formed
    list, it is decoded whole, as `read_json` does, to say what is wrong."""
    path = seed_dir / name
    try:
        text = read_text(path)
        found: list[SeedProblem] = []
        try:
            valid = _validated(name, model, enumerate(_list_items(text)), found)
        except _Refused:
            raw = _decoded(text)
        else:
            problems.extend(found)
            return valid
    except FileNotFoundError:
        problems.append(SeedProblem(name, "$", f"file not found: expected a JSON list at {path}"))
        return None
    except UnreadableJson as exc:
        problems.append(SeedProblem(name, exc.where, exc.reason))
        return None
    if not isinstance(raw, list):
        problems.append(SeedProblem(name, "$", f"expected a JSON list, got {type(raw).__name__}"))
        return None
    return _validated(name, model, _released(raw), problems)


def _released(raw: list[Any]) -> Iterator[tuple[int, Any]]:
    """The items of a decoded list with their indexes, each let go from it as it is read."""
    for index in range(len(raw)):
        item, raw[index] = raw[index], None
        yield index, item


def _validated(
    name: str, model: type[Strict], items: Iterable[tuple[int, Any]], problems: list[SeedProblem]
) -> Valid:
    """Each record validated on its own; the valid ones kept as their JSON (`Records`)."""
    valid = Valid([], Records(model, []))
    for index, item in items:
        try:
            model.model_validate(item)
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                # The tag of a date's shape (`partial`, `set`) is no key of the file.
                where = json_path([index, *(p for p in error["loc"] if p not in DATE_TAGS)])
                problems.append(SeedProblem(name, where, _reason(error)))
            continue
        valid.indexes.append(index)
        valid.records.blobs.append(orjson.dumps(item))
    return valid


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _reason(error: ErrorDetails) -> str:
    """Pydantic's message, in the curator's terms where it has a rule of ours behind it."""
    if error["type"] == "too_short" and error["loc"] and error["loc"][-1] == "sources":
        return "no citation: every record needs at least one {source, quote}"
    return error["msg"].removeprefix("Value error, ")


class _References:
    """Cross-record checks: unique ids and every reference resolving.

    `ids` holds each file's ids (None for an unreadable file, whose references go
    unchecked), `memberships` each member's coalitions.
    """

    KINDS: ClassVar[dict[str, str]] = {
        "coalitions.json": "coalition",
        "members.json": "member",
        "timeline.json": "event",
        "people.json": "person",
    }

    def __init__(self, problems: list[SeedProblem]) -> None:
        self.problems = problems
        self.ids: dict[str, set[str] | None] = {}
        self.memberships: dict[str, set[str]] = {}

    def problem(self, file: str, path: str, reason: str) -> None:
        self.problems.append(SeedProblem(file, path, reason))

    def unique(self, name: str, records: Valid | None) -> set[str] | None:
        """The file's ids; None for an unreadable file, whose references go unchecked."""
        if records is None:
            return None
        ids = [(index, record.id) for index, record in records]  # records read once
        counts = Counter(record_id for _, record_id in ids)
        for index, record_id in ids:
            if counts[record_id] > 1:
                self.problem(name, f"$[{index}].id", f"duplicate id {record_id!r}")
        return set(counts)

    def resolve(self, name: str, path: str, value: str | None, target: str) -> None:
        """`value`, at `path` in file `name`, is an id of the file `target`."""
        known = self.ids.get(target)
        if value is not None and known is not None and value not in known:
            hint = ", ".join(sorted(known)) if len(known) <= 8 else f"{len(known)} of them"
            kind = self.KINDS[target]
            self.problem(name, path, f"unknown {kind} {value!r} (known: {hint})")

    def member_of(self, file: str, path: str, member: str, coalition: str) -> None:
        """`member` is a member, with a membership of `coalition` (when that exists)."""
        members, coalitions = self.ids.get("members.json"), self.ids.get("coalitions.json")
        if members is None:
            return
        if member not in members:
            self.problem(file, path, f"unknown member {member!r}")
        elif (
            coalitions is not None
            and coalition in coalitions
            and coalition not in self.memberships.get(member, set())
        ):
            self.problem(file, path, f"member {member!r} has no membership of {coalition!r}")


def _citations(record: BaseModel, location: list[int | str]) -> Iterator[tuple[str, Citation]]:
    """Every citation inside a record, with its JSON path."""
    for key, value in record:
        if isinstance(value, Citation):
            yield json_path([*location, key]), value
        elif isinstance(value, BaseModel):
            yield from _citations(value, [*location, key])
        elif isinstance(value, list | tuple):
            for index, item in enumerate(value):
                if isinstance(item, Citation):
                    yield json_path([*location, key, index]), item
                elif isinstance(item, BaseModel):
                    yield from _citations(item, [*location, key, index])


FILES_WITH_IDS = (
    "sources.json",
    "coalitions.json",
    "members.json",
    "working_groups.json",
    "timeline.json",
    "people.json",
)


def check_seed(seed_dir: Path, documents_dir: Path | None = None) -> tuple[Seed, list[SeedProblem]]:
    """Validate a seed folder; with `documents_dir`, also every quote and fingerprint.

    Each kind of record is checked by its own function, in the order of its problems.
    """
    problems: list[SeedProblem] = []
    read = {
        name: _read_records(seed_dir, name, model, problems) for name, model in SEED_FILES.items()
    }
    refs = _References(problems)
    for name in FILES_WITH_IDS:
        refs.ids[name] = refs.unique(name, read[name])
    loaded = {
        name: records or Valid([], Records(SEED_FILES[name], [])) for name, records in read.items()
    }
    _check_people(loaded, refs)
    dates = _check_derived(loaded["timeline.json"], problems)
    _check_role_dates(loaded, dates, problems)
    if read["members.json"] is not None:
        _check_coverage(loaded, problems)
    _check_members(loaded["members.json"], refs)
    _check_coalitions(loaded["coalitions.json"], refs)
    _check_working_groups(loaded["working_groups.json"], refs)
    _check_events(loaded["timeline.json"], refs)
    documents = _documents(loaded["sources.json"], documents_dir, problems)
    _check_citations(loaded, refs.ids["sources.json"], documents, problems)
    refs.unique("synonyms.json", read["synonyms.json"])
    _check_synonyms(loaded["synonyms.json"], problems)

    seed = Seed(**{name.removesuffix(".json"): valid.records for name, valid in loaded.items()})
    if not problems:
        # Codes and cities the reference packages do not know (app/build/reference.py).
        seed.joined = join(seed)
        problems.extend(seed.joined[1])
    return seed, problems


def _check_members(records: Iterable[tuple[int, MemberSeed]], refs: _References) -> None:
    """A country's id is an ISO code and an organization's is not; one membership a coalition."""
    for index, member in records:
        is_code = pycountry.countries.get(alpha_2=member.id) is not None
        if member.type is MemberType.country and not is_code:
            refs.problem(
                "members.json", f"$[{index}].id", f"{member.id!r} is not an ISO 3166-1 alpha-2 code"
            )
        elif member.type is not MemberType.country and is_code:
            refs.problem(
                "members.json",
                f"$[{index}].id",
                f"organization id {member.id!r} is a country code; use the acronym",
            )
        seen: set[str] = set()
        for position, membership in enumerate(member.memberships):
            where = f"$[{index}].memberships[{position}].coalition"
            refs.resolve("members.json", where, membership.coalition, "coalitions.json")
            if membership.coalition in seen:
                refs.problem(
                    "members.json", where, f"second membership of {membership.coalition!r}"
                )
            seen.add(membership.coalition)
        refs.memberships[member.id] = seen


def _check_coalitions(records: Iterable[tuple[int, CoalitionSeed]], refs: _References) -> None:
    """Its initiator and its headquarters' country are members of it."""
    for index, coalition in records:
        refs.member_of(
            "coalitions.json", f"$[{index}].initiator", coalition.initiator, coalition.id
        )
        if coalition.headquarters and coalition.headquarters.country:
            refs.member_of(
                "coalitions.json",
                f"$[{index}].headquarters.country",
                coalition.headquarters.country,
                coalition.id,
            )


def _check_working_groups(
    records: Iterable[tuple[int, WorkingGroupSeed]], refs: _References
) -> None:
    """Its coalition and founding event exist, and its chairs are members of the coalition."""
    for index, group in records:
        where = f"$[{index}]"
        refs.resolve(
            "working_groups.json", f"{where}.coalition", group.coalition, "coalitions.json"
        )
        for position, chair in enumerate(group.chairs):
            refs.member_of(
                "working_groups.json", f"{where}.chairs[{position}]", chair, group.coalition
            )
        refs.resolve(
            "working_groups.json", f"{where}.established_at", group.established_at, "timeline.json"
        )


def _check_events(records: Iterable[tuple[int, EventSeed]], refs: _References) -> None:
    """An event's coalitions, participants and place's country exist."""
    for index, event in records:
        for position, coalition_id in enumerate(event.coalitions):
            where = f"$[{index}].coalitions[{position}]"
            refs.resolve("timeline.json", where, coalition_id, "coalitions.json")
        for position, participant in enumerate(event.participants):
            where = f"$[{index}].participants[{position}]"
            refs.resolve("timeline.json", where, participant, "members.json")
        if event.location:
            where = f"$[{index}].location.country"
            refs.resolve("timeline.json", where, event.location.country, "members.json")


def _check_citations(
    loaded: dict[str, Valid],
    source_ids: set[str] | None,
    documents: dict[str, str],
    problems: list[SeedProblem],
) -> None:
    """Every citation names a known source, and its quote is in that document, verbatim."""
    for name, records in loaded.items():
        for index, record in records:
            for where, citation in _citations(record, [index]):
                if source_ids is not None and citation.source not in source_ids:
                    reason = f"unknown source {citation.source!r}"
                    problems.append(SeedProblem(name, f"{where}.source", reason))
                elif (
                    citation.source in documents
                    and normalise_space(citation.quote) not in documents[citation.source]
                ):
                    reason = (
                        f"not found verbatim in {citation.source!r}: {_shorten(citation.quote)!r}"
                    )
                    problems.append(SeedProblem(name, f"{where}.quote", reason))


def _check_synonyms(
    records: Iterable[tuple[int, SynonymSeed]], problems: list[SeedProblem]
) -> None:
    """Each term searchable, and in one group only: a search expands it one way."""
    seen: dict[str, str] = {}
    for index, group in records:
        for position, term in enumerate(group.terms):
            where = f"$[{index}].terms[{position}]"
            key = fold(term)
            if not key:
                problems.append(
                    SeedProblem("synonyms.json", where, "no letters or digits to search")
                )
            elif key in seen:
                problems.append(
                    SeedProblem(
                        "synonyms.json",
                        where,
                        f"{term!r} is already a term of {seen[key]!r} (as spelled for search)",
                    )
                )
            else:
                seen[key] = group.id


def _check_people(loaded: dict[str, Valid], refs: _References) -> None:
    """Role bodies resolve; leaders and event people are people, leaders with a role there."""
    bodies: dict[str, set[str]] = {}
    for index, person in loaded["people.json"]:
        for position, role in enumerate(person.roles):
            where = f"$[{index}].roles[{position}].body.id"
            if role.body.kind == "coalition":
                refs.resolve("people.json", where, role.body.id, "coalitions.json")
            elif role.body.kind == "member":
                refs.resolve("people.json", where, role.body.id, "members.json")
            if role.body.kind == "coalition" and role.body.id:
                bodies.setdefault(person.id, set()).add(role.body.id)
    _check_leaders(loaded["coalitions.json"], refs, bodies)
    for index, event in loaded["timeline.json"]:
        for position, person_id in enumerate(event.people):
            refs.resolve(
                "timeline.json", f"$[{index}].people[{position}]", person_id, "people.json"
            )


def _check_leaders(
    coalitions: Iterable[tuple[int, CoalitionSeed]], refs: _References, bodies: dict[str, set[str]]
) -> None:
    """A coalition's leaders are people with a role in it (`bodies`: each person's)."""
    person_ids = refs.ids.get("people.json")
    for index, coalition in coalitions:
        for position, leader in enumerate(coalition.leaders):
            where = f"$[{index}].leaders[{position}]"
            refs.resolve("coalitions.json", where, leader, "people.json")
            if (
                person_ids is not None
                and leader in person_ids
                and coalition.id not in bodies.get(leader, set())
            ):
                reason = f"person {leader!r} has no role whose body is {coalition.id!r}"
                refs.problem("coalitions.json", where, reason)


def _check_derived(events: Valid, problems: list[SeedProblem]) -> dict[str, Any]:
    """A derived date or place names another event, and holds the same value as it.

    Returns each event's date by id (`_check_role_dates`): the events are read once, and
    only the values a link may take are kept of them."""
    values: dict[str, dict[str, Any]] = {}
    links: list[tuple[str, str, Any, Any]] = []
    for index, event in events:
        values[event.id] = {"date": event.date, "location": event.location}
        for position, link in enumerate(event.derived_from):
            where = f"$[{index}].derived_from[{position}].event"
            links.append((where, event.id, link, getattr(event, link.field)))
    for where, event_id, link, own in links:
        source = values.get(link.event)
        if source is None:
            problems.append(SeedProblem("timeline.json", where, f"unknown event {link.event!r}"))
        elif link.event == event_id:
            problems.append(
                SeedProblem("timeline.json", where, "an event cannot derive from itself")
            )
        elif source[link.field] != own:
            problems.append(
                SeedProblem(
                    "timeline.json",
                    where,
                    f"its {link.field} differs from that of {link.event!r}, which it says it takes",
                )
            )
    return {event_id: value["date"] for event_id, value in values.items()}


def _dated_by_events(loaded: dict[str, Valid]) -> Iterator[tuple[str, str, Any]]:
    """Each role and source whose date may be taken from an event: file, path, record."""
    for index, person in loaded["people.json"]:
        for position, role in enumerate(person.roles):
            yield "people.json", f"$[{index}].roles[{position}]", role
    for index, source in loaded["sources.json"]:
        yield "sources.json", f"$[{index}]", source


def _check_role_dates(
    loaded: dict[str, Valid], dates: dict[str, Any], problems: list[SeedProblem]
) -> None:
    """A role's or a source's date taken from an event names a known event with that date
    (`dates`: each event's, by id)."""
    for file, path, record in _dated_by_events(loaded):
        date = record.date if file == "people.json" else record.published
        kind = "role" if file == "people.json" else "source"
        for number, link in enumerate(record.derived_from):
            where = f"{path}.derived_from[{number}]"
            if link.field != "date":
                problems.append(SeedProblem(file, f"{where}.field", f"a {kind} has no place"))
            elif link.event not in dates:
                problems.append(
                    SeedProblem(file, f"{where}.event", f"unknown event {link.event!r}")
                )
            elif dates[link.event] != date:
                problems.append(
                    SeedProblem(
                        file,
                        f"{where}.event",
                        f"the {kind}'s date differs from that of {link.event!r}, "
                        "which it says it takes",
                    )
                )


def _check_coverage(loaded: dict[str, Valid], problems: list[SeedProblem]) -> None:
    """A member list called complete holds as many members as the count a document states."""
    held: Counter[str] = Counter(
        ms.coalition for _, member in loaded["members.json"] for ms in member.memberships
    )
    for index, coalition in loaded["coalitions.json"]:
        if coalition.member_coverage is not Coverage.complete:
            continue
        where = f"$[{index}].member_coverage"
        if coalition.stated_member_count is None:
            problems.append(
                SeedProblem(
                    "coalitions.json", where, "complete, but no stated_member_count says so"
                )
            )
        elif held[coalition.id] != coalition.stated_member_count:
            problems.append(
                SeedProblem(
                    "coalitions.json",
                    where,
                    f"complete, but {held[coalition.id]} members are recorded and "
                    f"{coalition.stated_member_count} stated",
                )
            )


def _documents(
    sources: Iterable[tuple[int, SourceSeed]],
    documents_dir: Path | None,
    problems: list[SeedProblem],
) -> dict[str, str]:
    """Each source's text, whitespace-normalised, once its fingerprint is verified."""
    if documents_dir is None:
        return {}
    texts: dict[str, str] = {}
    for index, source in sources:
        path = documents_dir / source.file
        try:
            data = path.read_bytes()
        except OSError as exc:
            problems.append(
                SeedProblem(
                    "sources.json", f"$[{index}].file", f"cannot read {path}: {exc.strerror}"
                )
            )
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest != source.sha256:
            problems.append(
                SeedProblem(
                    "sources.json",
                    f"$[{index}].sha256",
                    f"{source.file} has sha256 {digest}, not the recorded one",
                )
            )
            continue
        texts[source.id] = normalise_space(data.decode("utf-8"))
    return texts


def load_checked(seed_dir: Path, documents_dir: Path | None = None) -> Seed:
    """The seed, or SeedError with every problem."""
    seed, problems = check_seed(seed_dir, documents_dir)
    if problems:
        raise SeedError(problems)
    return seed
