"""What clients receive. Related records are nested one level deep, as `{"id", "name"}`.

Each collection has two schemas: the record (`MemberPublic`, every field present) and
the list item (`MemberItem`), the same fields of which only `id` is required, because
`fields` may leave the others out of a page.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema

from app.models.common import (
    Basis,
    BasisOf,
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
    lat: float | None = Field(description="The city's latitude, WGS 84 (GeoNames).")
    lon: float | None = Field(description="The city's longitude, WGS 84 (GeoNames).")
    geonameid: int | None = Field(description="The city's GeoNames id.")


class Names(BaseModel):
    """A member's names beside the documents' spelling (`name`)."""

    formal: Text = Field(
        description="Country: the ISO 3166 official name and pycountry's Arabic translation, "
        "or its reviewed correction. Organization: the name the documents give."
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
    basis: Literal["capital"] = Field(
        description="Which point this is: the capital (a centroid would be a new value)."
    )


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
    basis: BasisOf = Field(description="Whether a document states the membership or it is read.")
    working_groups: list[Ref] = Field(description="The coalition's working groups it chairs.")


class MemberPublic(Cited):
    id: str
    url: str
    type: MemberType
    name: Text
    name_basis: Basis = Field(
        description="`stated`: a document writes `name.ar` so; `inferred`: it joins a "
        "document's words (the notes say how)."
    )
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
    basis: BasisOf = Field(description="Whether a document states the role or it is read.")


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
    derived_from: list[DerivedPublic] = Field(
        description="The event `published` is taken from, where the document gives no date."
    )
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
    person = "person"


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


class PersonItem(PersonPublic):
    __doc__ = f"A person in a page. {SPARSE_NOTE}"
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


class CoveragePublic(BaseModel):
    complete: bool = Field(description="False when any coalition filtered lists only some members.")
    partial: list[str] = Field(
        description="The coalitions filtered whose member lists are partial."
    )
    unknown: list[str] = Field(
        description="Ids in the filter that no coalition has: nothing says who their members "
        "are, so the list is not complete either."
    )
    note: str


class MemberPage(PagePublic):
    items: list[MemberItem]
    coverage: CoveragePublic = Field(
        description="Whether the coalitions filtered (all, unfiltered) list every member."
    )


class PersonPage(PagePublic):
    items: list[PersonItem]


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


class Licence(BaseModel):
    """How the code and the data may be reused."""

    code: str = Field(description="The code's licence (SPDX id).", examples=["MIT"])
    data: str = Field(description="The data's licence (SPDX id).", examples=["CC-BY-4.0"])
    data_url: str
    attribution: str = Field(description="The line to credit the data with.")
    quotes: str = Field(description="What the verbatim quotes remain.")


class Index(BaseModel):
    name: str
    description: str
    version: str
    data_version: str
    licence: Licence
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
