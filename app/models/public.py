"""What clients receive. Related records are nested one level deep, as `{"id", "name"}`.

Each collection has two schemas: the record (`MemberPublic`, every field present) and
the list item (`MemberItem`), the same fields of which only `id` is required, because
`fields` may leave the others out of a page.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema

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


class Kind(StrEnum):
    """What kind of record a search hit is."""

    coalition = "coalition"
    member = "member"
    working_group = "working-group"
    event = "event"
    source = "source"


class SearchHit(BaseModel):
    kind: Kind
    id: str
    name: Text
    url: str


def _sparse(schema: dict[str, Any]) -> None:
    """A list item may lack any field but `id`: `fields` chooses what a page carries."""
    schema["required"] = ["id"]


SPARSE = ConfigDict(json_schema_extra=_sparse)
SPARSE_NOTE = "Every field is present unless the request's `fields` names a subset; `id` always is."


class CoalitionItem(CoalitionPublic):
    __doc__ = f"A coalition in a page. {SPARSE_NOTE}"
    model_config = SPARSE


class MemberItem(MemberPublic):
    __doc__ = f"A member in a page. {SPARSE_NOTE}"
    model_config = SPARSE


class WorkingGroupItem(WorkingGroupPublic):
    __doc__ = f"A working group in a page. {SPARSE_NOTE}"
    model_config = SPARSE


class EventItem(EventPublic):
    __doc__ = f"A timeline event in a page. {SPARSE_NOTE}"
    model_config = SPARSE


class SourceItem(SourcePublic):
    __doc__ = f"A source in a page. {SPARSE_NOTE}"
    model_config = SPARSE


class SearchHitItem(SearchHit):
    __doc__ = f"A search hit in a page. {SPARSE_NOTE}"
    model_config = SPARSE


class PagePublic(BaseModel):
    total: int = Field(description="How many records match, on every page.")
    limit: int
    offset: int


class CoalitionPage(PagePublic):
    items: list[CoalitionItem]


class MemberPage(PagePublic):
    items: list[MemberItem]


class WorkingGroupPage(PagePublic):
    items: list[WorkingGroupItem]


class EventPage(PagePublic):
    items: list[EventItem]


class SourcePage(PagePublic):
    items: list[SourceItem]


class SearchPage(PagePublic):
    items: list[SearchHitItem]


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


class Location(StrEnum):
    query = "query"
    path = "path"
    header = "header"


class ParameterError(BaseModel):
    name: str = Field(description="The parameter as the request spelled it.")
    location: Location = Field(alias="in")
    reason: str


class Problem(BaseModel):
    """RFC 9457 problem details: the one shape of every error."""

    type: str = Field(description="Always `about:blank`: the status says what happened.")
    title: str = Field(description="The status's standard phrase.")
    status: int = Field(ge=400, le=599)
    detail: str = Field(description="What went wrong, for a person.")
    instance: str = Field(description="The path of the request.")
    request_id: str | SkipJsonSchema[None] = Field(
        default=None, description="The request's `X-Request-ID`, to quote in a report."
    )
    errors: list[ParameterError] | SkipJsonSchema[None] = Field(
        default=None, description="On a 422: each bad parameter, named."
    )
