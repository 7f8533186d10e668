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
    lat: float | None = Field(description="The city's latitude, WGS 84 (GeoNames).")
    lon: float | None = Field(description="The city's longitude, WGS 84 (GeoNames).")
    geonameid: int | None = Field(description="The city's GeoNames id.")


class Names(BaseModel):
    """A member's names beside the documents' spelling (`name`)."""

    formal: Text = Field(
        description="Country: the ISO 3166 official name and pycountry's Arabic translation. "
        "Organization: the name the documents give."
    )
    short: Text = Field(
        description="Country: the CLDR short name (Babel). Organization: the documents' name."
    )


class RepresentativePoint(BaseModel):
    """Where to put a country on a map: its capital, from the GeoNames gazetteer."""

    lat: float = Field(description="Latitude, WGS 84.")
    lon: float = Field(description="Longitude, WGS 84.")
    geonameid: int = Field(description="The GeoNames id of the place.")
    name: str = Field(description="The place's GeoNames name.")
    basis: str = Field(description="Which point this is: always `capital` today.")


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
    names: Names
    aliases: list[str] = Field(description="Other spellings in the documents; common names.")
    iso_alpha2: str | None
    iso_alpha3: str | None
    iso_numeric: str | None = Field(description="ISO 3166-1 numeric, three digits (pycountry).")
    region: str | None = Field(description="UN M49 region, as country_converter names it.")
    subregion: str | None = Field(description="UN M49 sub-region (country_converter).")
    point: RepresentativePoint | None
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
