"""What clients receive. Related records are nested one level deep, as `{"id", "name"}`."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.models.common import (
    Citation,
    EventType,
    MemberType,
    PartialDate,
    Precision,
    Role,
    Text,
)
from app.models.seed import Leader, Term


class Ref(BaseModel):
    id: str
    name: Text


class PlacePublic(BaseModel):
    city: Text | None
    country: Ref | None


class Cited(BaseModel):
    notes: list[str] = Field(description="How the curators resolved conflicts in the documents.")
    sources: list[Citation]


class CoalitionPublic(Cited):
    id: str
    url: str
    name: Text
    abbreviation: str | None
    founded: PartialDate
    announced_by: Text
    initiator: str = Field(description="Member id of the initiating state.")
    headquarters: PlacePublic | None
    slogan: Text | None
    vision: Text | None
    objectives: list[Text]
    domains: list[Term]
    principles: list[Term]
    leaders: list[Leader]
    achievements: list[Text]
    stated_member_count: int | None = Field(
        description="The member count the documents state (null where none does)."
    )
    member_count: int = Field(description="How many members the data holds.")
    working_groups: list[Ref]


class MembershipPublic(Cited):
    coalition: Ref
    roles: list[Role]
    since: PartialDate | None = Field(description="Where a document says since when.")
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
    established: PartialDate | None
    established_at: str | None = Field(description="Timeline event at which it was created.")


class EventPublic(Cited):
    id: str
    url: str
    coalitions: list[str]
    date: str | None = Field(description="ISO 8601, reduced to what the documents state.")
    precision: Precision | None
    type: EventType
    title: Text
    description: Text
    location: PlacePublic | None
    participants: list[str] = Field(description="Member ids.")


class SourcePublic(BaseModel):
    id: str
    url: str
    file: str = Field(description="Its file name among the seed documents.")
    title: Text
    publisher: Text | None
    published: PartialDate | None
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


class MemberPage(PagePublic):
    items: list[MemberPublic]


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
