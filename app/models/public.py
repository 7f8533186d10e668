"""What clients receive. Related records are nested one level deep, as `{"id", "name"}`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from app.models.common import (
    Citation,
    DatePublic,
    Derivable,
    EventType,
    MemberType,
    Role,
    Text,
)
from app.models.seed import Coverage, Term


class Ref(BaseModel):
    id: str
    name: Text


class PlacePublic(BaseModel):
    city: Text | None
    country: Ref | None


class Cited(BaseModel):
    notes: list[str] = Field(description="How the curators resolved conflicts in the documents.")
    sources: list[Citation]


class LeaderPublic(BaseModel):
    id: str = Field(description="A person id.")
    name: Text
    title: Text = Field(description="The title of the person's role in this coalition.")


class CoalitionPublic(Cited):
    id: str
    url: str
    name: Text
    abbreviation: str | None
    founded: DatePublic
    announced_by: Text
    initiator: str = Field(description="Member id of the initiating state.")
    headquarters: PlacePublic | None
    slogan: Text | None
    vision: Text | None
    objectives: list[Text]
    domains: list[Term]
    principles: list[Term]
    leaders: list[LeaderPublic] = Field(description="People records (`/people/{id}`).")
    achievements: list[Text]
    self_description: list[Text] = Field(description="What it says it is, in its own words.")
    means: list[Text] = Field(description="The means by which it says it works.")
    bodies: list[Term] = Field(description="Its organs (a centre, a council) and their tasks.")
    stated_member_count: int | None = Field(
        description="The member count the documents state (null where none does)."
    )
    member_coverage: Coverage = Field(
        description="`complete`: the documents list every member (as many as they state); "
        "`partial`: they show only some, so `member_count` is a floor."
    )
    member_count: int = Field(description="How many members the data holds.")
    working_groups: list[Ref]


class MembershipPublic(Cited):
    coalition: Ref
    roles: list[Role]
    since: DatePublic | None = Field(description="Where a document says since when.")
    working_groups: list[Ref] = Field(description="The coalition's working groups it chairs.")


class MemberPublic(Cited):
    id: str
    url: str
    type: MemberType
    name: Text
    aliases: list[str] = Field(description="Other spellings in the documents; common names.")
    iso_alpha2: str | None
    iso_alpha3: str | None
    memberships: list[MembershipPublic]


class WorkingGroupPublic(Cited):
    id: str
    url: str
    coalition: Ref
    name: Text
    description: Text
    chairs: list[Ref]
    established: DatePublic | None
    established_at: str | None = Field(description="Timeline event at which it was created.")


class DerivedPublic(BaseModel):
    field: Derivable = Field(description="`date` or `location`.")
    event: Ref = Field(description="The event the value is taken from.")


class EventPublic(Cited):
    id: str
    url: str
    coalitions: list[str]
    date: DatePublic | None = Field(description="Null where no document dates the event.")
    type: EventType
    title: Text
    description: Text
    location: PlacePublic | None
    participants: list[str] = Field(description="Member ids.")
    people: list[Ref] = Field(description="The people (`/people/{id}`) who take part.")
    derived_from: list[DerivedPublic] = Field(
        description="The date or place this event takes from another, not from its own quotes."
    )


class BodyPublic(BaseModel):
    kind: Literal["coalition", "member", "other"]
    id: str | None = Field(description="The coalition or member id; null for `other`.")
    name: Text
    url: str | None


class RolePublic(Cited):
    title: Text
    body: BodyPublic = Field(description="Whom the person acts for.")
    date: DatePublic | None = Field(
        description="When a document shows the person in this role; null where none dates it."
    )
    derived_from: list[DerivedPublic] = Field(
        description="The event the date is taken from, where the role's own quotes lack it."
    )


class PersonPublic(Cited):
    id: str
    url: str
    name: Text = Field(
        description="Arabic as the document writes it; English in the standard spelling."
    )
    aliases: list[str] = Field(description="Other spellings, in the documents and in English.")
    roles: list[RolePublic]
    honours: list[Text] = Field(description="Decorations and degrees a document states.")
    coalitions: list[str] = Field(description="Coalitions of its roles and its events.")
    events: list[Ref] = Field(description="Timeline events the person takes part in.")


class SourcePublic(BaseModel):
    id: str
    url: str
    file: str = Field(description="Its file name among the seed documents.")
    title: Text
    publisher: Text | None
    published: DatePublic | None
    language: str
    sha256: str
    citation_count: int = Field(description="How many citations quote it.")
    notes: list[str]


class SearchHit(BaseModel):
    kind: str = Field(examples=["member"])
    id: str
    name: Text
    url: str


class PagePublic(BaseModel):
    total: int
    limit: int
    offset: int


class CoalitionPage(PagePublic):
    items: list[CoalitionPublic]


class CoveragePublic(BaseModel):
    complete: bool = Field(description="False when any coalition filtered lists only some members.")
    partial: list[str] = Field(
        description="The coalitions filtered whose member lists are partial."
    )
    note: str


class MemberPage(PagePublic):
    items: list[MemberPublic]
    coverage: CoveragePublic = Field(
        description="Whether the coalitions filtered (all, unfiltered) list every member."
    )


class PersonPage(PagePublic):
    items: list[PersonPublic]


class WorkingGroupPage(PagePublic):
    items: list[WorkingGroupPublic]


class EventPage(PagePublic):
    items: list[EventPublic]


class SourcePage(PagePublic):
    items: list[SourcePublic]


class SearchPage(PagePublic):
    items: list[SearchHit]


class Health(BaseModel):
    status: str = Field(examples=["ok"])
    version: str
    data_version: str
    counts: dict[str, int]


class Index(BaseModel):
    name: str
    description: str
    version: str
    data_version: str
    links: dict[str, str]


class ParameterError(BaseModel):
    name: str
    location: str = Field(alias="in", examples=["query"])
    reason: str


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str | None = None
    request_id: str | None = None
    errors: list[ParameterError] | None = None
