"""The shape of the curated seed files: one JSON list of records per file.

These models are the single definition of a valid seed; `seed/schema/*.json` is
generated from them (`tahaluf schema`) so that editors can complete and check them.
"""

from __future__ import annotations

from typing import Annotated, Self

from pydantic import Field, StringConstraints, model_validator

from app.models.common import (
    Citation,
    EventType,
    MemberId,
    MemberType,
    NonEmpty,
    PartialDate,
    Role,
    Slug,
    Strict,
    Text,
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


class SourceSeed(Strict):
    """A source document. It is cited by file name and fingerprinted by sha256."""

    id: Slug
    file: Annotated[str, StringConstraints(pattern=r"^[\w.-]+\.txt$")]
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    title: Text
    publisher: Text | None = None
    published: PartialDate | None = None
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


class Leader(Strict):
    name: Text
    title: Text


class CoalitionSeed(Record):
    id: Slug
    name: Text
    abbreviation: str | None = None
    founded: PartialDate
    announced_by: Text
    initiator: MemberId
    headquarters: Place | None = None
    slogan: Text | None = None
    vision: Text | None = None
    objectives: list[Text] = Field(default_factory=list)
    domains: list[Term] = Field(default_factory=list)
    principles: list[Term] = Field(default_factory=list)
    leaders: list[Leader] = Field(default_factory=list)
    achievements: list[Text] = Field(default_factory=list)
    stated_member_count: int | None = Field(
        default=None, ge=1, description="The member count a document states, or null."
    )


class MemberName(Strict):
    """A member's name. A country's English name comes from ISO 3166 (pycountry)."""

    ar: NonEmpty
    en: NonEmpty | None = None


class MembershipSeed(Record):
    coalition: Slug
    roles: list[Role] = Field(min_length=1)
    since: PartialDate | None = None


class MemberSeed(Record):
    id: MemberId
    type: MemberType
    name: MemberName
    aliases: list[NonEmpty] = Field(
        default_factory=list,
        description="Every other spelling the documents use, and common English names.",
    )
    memberships: list[MembershipSeed] = Field(default_factory=list)

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
    established: PartialDate | None = None
    established_at: Slug | None = Field(
        default=None, description="The id of the timeline event at which it was created."
    )


class EventSeed(Record):
    id: Slug
    coalitions: list[Slug] = Field(min_length=1)
    date: PartialDate | None = Field(
        description="Null only where the documents give no date at all (say so in notes)."
    )
    type: EventType
    title: Text
    description: Text
    location: Place | None = None
    participants: list[MemberId] = Field(default_factory=list)


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
}
