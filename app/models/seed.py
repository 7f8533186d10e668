"""The shape of the curated seed files: one JSON list of records per file.

These models are the single definition of a valid seed; `seed/schema/*.json` is
generated from them (`tahaluf schema`) so that editors can complete and check them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated, Any, Generic, Literal, Self, TypeVar, overload

from pydantic import Field, StringConstraints, model_validator

from app.models.common import (
    Basis,
    BasisOf,
    Citation,
    DateSeed,
    Derivable,
    EventType,
    MemberId,
    MemberType,
    NonEmpty,
    Role,
    Slug,
    Strict,
    Text,
    basis_among_sources,
)

Sources = Annotated[
    list[Citation],
    Field(min_length=1, description="At least one citation: no fact without a document."),
]
Notes = Annotated[
    list[NonEmpty],
    Field(
        default_factory=list,
        description="How a conflict or flaw in the documents was resolved, for the analyst.",
    ),
]


class Record(Strict):
    notes: Notes
    sources: Sources


class DerivedLink(Strict):
    """A value a record takes from another event rather than from its own quotes."""

    field: Derivable = Field(description="`date` or `location`.")
    event: Slug = Field(description="The id of the event the value comes from.")


class SourceSeed(Strict):
    """A source document. It is cited by file name and fingerprinted by sha256."""

    id: Slug
    file: Annotated[str, StringConstraints(pattern=r"^[\w.-]+\.txt$")]
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    title: Text
    publisher: Text | None = None
    published: DateSeed | None = None
    derived_from: list[DerivedLink] = Field(
        default_factory=list,
        description="Where `published` is taken from an event the document reports, "
        "not from a date it gives.",
    )
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")] = "ar"
    notes: Notes


class Place(Strict):
    city: Text | None = None
    country: MemberId | None = Field(default=None, description="A member id.")
    geonameid: int | None = Field(
        default=None,
        description="The GeoNames id of the city, only where several cities of the country "
        "share its English name (the build names them).",
    )


class Term(Strict):
    """A named item of a list (a domain, a principle) with what the document says of it."""

    name: Text
    description: Text | None = None
    sources: list[Citation] = Field(
        default_factory=list, description="The quotes that state this item itself."
    )


class Coverage(StrEnum):
    complete = "complete"
    partial = "partial"


class CoalitionSeed(Record):
    id: Slug
    name: Text
    abbreviation: str | None = None
    founded: DateSeed
    announced_by: Text
    initiator: MemberId
    headquarters: Place | None = None
    slogan: Text | None = None
    vision: Text | None = None
    objectives: list[Text] = Field(default_factory=list)
    domains: list[Term] = Field(default_factory=list)
    principles: list[Term] = Field(default_factory=list)
    leaders: list[Slug] = Field(
        default_factory=list, description="Person ids (people.json) of its leaders."
    )
    achievements: list[Text] = Field(default_factory=list)
    self_description: list[Text] = Field(
        default_factory=list, description="What the coalition says it is, in its own words."
    )
    means: list[Text] = Field(
        default_factory=list, description="The means by which it says it works."
    )
    bodies: list[Term] = Field(
        default_factory=list, description="Its organs (a centre, a council) and their tasks."
    )
    stated_member_count: int | None = Field(
        default=None, ge=1, description="The member count a document states, or null."
    )
    member_coverage: Coverage = Field(
        description="`complete` when the documents list every member (as many as a stated "
        "count), `partial` when they show only some."
    )


class MemberName(Strict):
    """A member's name. A country's English name comes from ISO 3166 (pycountry)."""

    ar: NonEmpty
    en: NonEmpty | None = None
    basis: Basis = Field(
        default=Basis.stated,
        description="`stated` where a document writes `ar` so; `inferred` where `ar` joins "
        "a document's words (say how in the member's notes).",
    )


class ArabicNameOverride(Strict):
    """An Arabic name that replaces pycountry's translation: reviewed, and saying why.

    The build refuses an override equal to the package's value, so a fixed package
    retires it.
    """

    field: Literal["formal", "iso"] = Field(description="Which of the member's `names`.")
    ar: NonEmpty
    reason: NonEmpty = Field(description="What is wrong with the package's Arabic.")
    sources: list[Citation] = Field(
        default_factory=list, description="Quotes of a document that writes the name so."
    )


class MembershipSeed(Record):
    coalition: Slug
    roles: list[Role] = Field(min_length=1)
    since: DateSeed | None = None
    basis: BasisOf

    @model_validator(mode="after")
    def _basis_is_cited(self) -> Self:
        basis_among_sources(self.basis, self.sources)
        return self


class MemberSeed(Record):
    id: MemberId
    type: MemberType
    name: MemberName
    aliases: list[NonEmpty] = Field(
        default_factory=list,
        description="Every other spelling the documents use, and common English names.",
    )
    memberships: list[MembershipSeed] = Field(default_factory=list)
    arabic_names: list[ArabicNameOverride] = Field(
        default_factory=list,
        description="A country's reviewed corrections of pycountry's Arabic names.",
    )

    @model_validator(mode="after")
    def _english_name_by_type(self) -> Self:
        if self.type is MemberType.organization and self.name.en is None:
            raise ValueError("an organization needs name.en")
        if self.type is MemberType.country and self.name.en is not None:
            raise ValueError("a country's English name comes from ISO 3166: remove name.en")
        return self


class WorkingGroupSeed(Record):
    id: Slug
    coalition: Slug
    name: Text
    description: Text
    chairs: list[MemberId] = Field(default_factory=list)
    established: DateSeed | None = None
    established_at: Slug | None = Field(
        default=None, description="The id of the timeline event at which it was created."
    )


class EventSeed(Record):
    id: Slug
    coalitions: list[Slug] = Field(min_length=1)
    date: DateSeed | None = Field(
        description="Null only where the documents give no date at all (say so in notes)."
    )
    type: EventType
    title: Text
    description: Text
    location: Place | None = None
    participants: list[MemberId] = Field(default_factory=list)
    people: list[Slug] = Field(
        default_factory=list, description="Ids of the people (people.json) who take part."
    )
    derived_from: list[DerivedLink] = Field(
        default_factory=list,
        description="The date or place taken from another event, not from this one's quotes.",
    )


class Body(Strict):
    """Whom a person acts for: a coalition, a member, or another organization or institution."""

    kind: Literal["coalition", "member", "other"] = Field(
        description="`other`: a state, organization or institution that is no record here."
    )
    id: str | None = Field(default=None, description="A coalition id or a member id.")
    name: Text | None = Field(default=None, description="The name of an `other` body.")

    @model_validator(mode="after")
    def _id_or_name(self) -> Self:
        if self.kind == "other":
            if self.name is None or self.id is not None:
                raise ValueError("an `other` body needs a name and no id")
        elif self.id is None or self.name is not None:
            raise ValueError(f"a {self.kind} body needs an id and no name")
        return self


class RoleSeed(Strict):
    """A title a person holds, for a body, as a document states it."""

    title: Text
    body: Body
    date: DateSeed | None = Field(
        default=None, description="When a document shows the person in this role, if it does."
    )
    derived_from: list[DerivedLink] = Field(
        default_factory=list,
        description="Where the date is taken from an event, not from the role's own quotes.",
    )
    basis: BasisOf
    notes: Notes
    sources: Sources

    @model_validator(mode="after")
    def _basis_is_cited(self) -> Self:
        basis_among_sources(self.basis, self.sources)
        return self


class PersonSeed(Record):
    id: Slug
    name: Text = Field(
        description="Arabic as the document writes it; English in its standard spelling."
    )
    aliases: list[NonEmpty] = Field(
        default_factory=list, description="Every other spelling the documents use."
    )
    roles: list[RoleSeed] = Field(min_length=1)
    honours: list[Text] = Field(
        default_factory=list, description="Decorations and degrees a document states."
    )


class SynonymSeed(Strict):
    """Words that mean the same to a searcher: a search for one finds the others."""

    id: Slug
    terms: list[NonEmpty] = Field(
        min_length=2,
        description="Arabic and English words or phrases; a record whose name or text holds "
        "one of them is found by any of them.",
    )
    notes: Notes


SEED_FILES: dict[str, type[Strict]] = {
    "sources.json": SourceSeed,
    "coalitions.json": CoalitionSeed,
    "members.json": MemberSeed,
    "working_groups.json": WorkingGroupSeed,
    "timeline.json": EventSeed,
    "synonyms.json": SynonymSeed,
    "people.json": PersonSeed,
}


@dataclass(frozen=True)
class SeedProblem:
    """One thing wrong in the seed, as the curator reads it: `file: json-path: reason`."""

    file: str
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.path}: {self.reason}"


M = TypeVar("M", bound=Strict)


class Records(Sequence[M], Generic[M]):
    """A file's valid records, each held as its JSON and validated again whenever it is read.

    The seed's models take about six times its compact JSON (orjson's bytes; at 100x 118
    MiB against 18 MiB), over a GiB at 1000x: the checker and the build read the records
    a few times over, one at a time, instead of holding them all. Validated from the same
    JSON values, a record is the model the checker validated (pydantic reads the JSON
    itself: a quarter faster than decoding it first)."""

    __slots__ = ("blobs", "model")

    def __init__(self, model: type[M], blobs: list[bytes]) -> None:
        self.model = model
        self.blobs = blobs

    def __len__(self) -> int:
        return len(self.blobs)

    def __iter__(self) -> Iterator[M]:
        validate = self.model.model_validate_json
        for blob in self.blobs:
            yield validate(blob)

    @overload
    def __getitem__(self, index: int) -> M: ...

    @overload
    def __getitem__(self, index: slice) -> list[M]: ...

    def __getitem__(self, index: int | slice) -> M | list[M]:
        if isinstance(index, slice):
            return [self._load(blob) for blob in self.blobs[index]]
        return self._load(self.blobs[index])

    def _load(self, blob: bytes) -> M:
        return self.model.model_validate_json(blob)


@dataclass
class Seed:
    """A seed that passed the checks, in file order (each kind a `Records` or a list)."""

    sources: Sequence[SourceSeed] = field(default_factory=list)
    coalitions: Sequence[CoalitionSeed] = field(default_factory=list)
    members: Sequence[MemberSeed] = field(default_factory=list)
    working_groups: Sequence[WorkingGroupSeed] = field(default_factory=list)
    timeline: Sequence[EventSeed] = field(default_factory=list)
    synonyms: Sequence[SynonymSeed] = field(default_factory=list)
    people: Sequence[PersonSeed] = field(default_factory=list)
    # The checker's reference join (`app.build.reference.join`), kept for the build so it
    # reads the records once less; not copied by `dataclasses.replace`.
    joined: Any = field(default=None, init=False, repr=False, compare=False)


class SeedError(Exception):
    """A seed the checker refused, with every problem it found."""

    def __init__(self, problems: list[SeedProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))

    def __reduce__(self) -> tuple[type[SeedError], tuple[list[SeedProblem]]]:
        # Raised in the build's child process (`app.store.database`), re-raised in the server's.
        return (SeedError, (self.problems,))
