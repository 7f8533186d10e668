"""The resources, each declared once: everything the API, the build and the store need to
know about a kind of record.

The builder renders and indexes every kind from this registry; the store pages it; the
application includes each resource's router and tags it (`app.main`), the OpenAPI
document shows a real answer per path (`app.api.openapi`), search names its hits, the bulk
downloads write a table per resource (`app.api.bulk`) and `/` links it (`app.routers.meta`),
all from here, so a resource cannot exist on one side only. `docs/development.md` walks
through adding one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from app.api.filters import EventFilters, MemberFilters, PersonFilters, WorkingGroupFilters
from app.models.public import (
    CoalitionPage,
    CoalitionPublic,
    EventPage,
    EventPublic,
    MemberPage,
    MemberPublic,
    PersonPage,
    PersonPublic,
    SearchHit,
    SearchPage,
    SourcePage,
    SourcePublic,
    WorkingGroupPage,
    WorkingGroupPublic,
)
from app.models.public import Kind as HitKind
from app.store.query import Collection


@dataclass(frozen=True)
class Resource(Collection):
    """A collection of records of one kind. Beside `path`, `model` (the public model of a
    record, whose fields are the CSV columns) and `sort_keys` (`app.store.query.Collection`):

    - `name`: the kind as in `Dataset`, the stored rows' `kind` and the bulk downloads'
      tables; `hit`: a search hit's `kind`;
    - `tag` and `about`: its OpenAPI tag; `listed`: where its tag and routes come in the
      document (the registry's own order is the data's: search ties, downloads);
    - `page`: the public model of a page; `filters`: the dataclass of its list's filters
      (`app.api.filters`), None without any; `example`: the record id, with its name, that the
      document's examples and Swagger UI's "Try it out" use;
    - `router`: the module whose `router` serves it.
    """

    name: str = ""
    hit: str = ""
    tag: str = ""
    about: str = ""
    listed: int = 0
    page: type[BaseModel] = BaseModel
    filters: type[Any] | None = None
    example: tuple[str, str] = ("", "")
    router: str = ""

    @property
    def slug(self) -> str:
        """Its name in URLs and file names: `working-groups`."""
        return self.path.removeprefix("/")


def _bilingual(name: str) -> tuple[str, str]:
    return (f"{name}.ar", f"{name}.en")


KINDS: dict[str, Resource] = {
    resource.name: resource
    for resource in (
        Resource(
            name="coalitions",
            path="/coalitions",
            hit=HitKind.coalition.value,
            tag="coalitions",
            about="The coalitions and their sub-collections.",
            listed=0,
            model=CoalitionPublic,
            page=CoalitionPage,
            sort_keys=("id", "name", "founded", "member_count", *_bilingual("name")),
            example=("imctc", "imctc"),
            router="app.routers.coalitions",
        ),
        Resource(
            name="members",
            path="/members",
            hit=HitKind.member.value,
            tag="members",
            about="Countries and organizations.",
            listed=1,
            model=MemberPublic,
            page=MemberPage,
            sort_keys=(
                "id",
                "name",
                "type",
                "iso_alpha3",
                "iso_numeric",
                "region",
                "subregion",
                *_bilingual("name"),
            ),
            filters=MemberFilters,
            example=("saudi", "SA"),
            router="app.routers.members",
        ),
        Resource(
            name="working_groups",
            path="/working-groups",
            hit=HitKind.working_group.value,
            tag="working-groups",
            about="Working groups and their chairs.",
            listed=2,
            model=WorkingGroupPublic,
            page=WorkingGroupPage,
            sort_keys=("id", "name", "coalition", "established", *_bilingual("name")),
            filters=WorkingGroupFilters,
            example=("finance", "gc-counter-finance"),
            router="app.routers.working_groups",
        ),
        Resource(
            name="timeline",
            path="/timeline",
            hit=HitKind.event.value,
            tag="timeline",
            about="Dated events.",
            listed=3,
            model=EventPublic,
            page=EventPage,
            sort_keys=("date", "id", "type", "title", *_bilingual("title")),
            filters=EventFilters,
            example=("announced", "imctc-announced"),
            router="app.routers.timeline",
        ),
        Resource(
            name="sources",
            path="/sources",
            hit=HitKind.source.value,
            tag="sources",
            about="The cited documents.",
            listed=5,
            model=SourcePublic,
            page=SourcePage,
            sort_keys=("id", "file", "published", "citation_count"),
            example=("sabq", "sabq-2020"),
            router="app.routers.sources",
        ),
        Resource(
            name="people",
            path="/people",
            hit=HitKind.person.value,
            tag="people",
            about="People named in an official or public capacity.",
            listed=4,
            model=PersonPublic,
            page=PersonPage,
            sort_keys=("id", "name", *_bilingual("name")),
            filters=PersonFilters,
            example=("godfrey", "john-godfrey"),
            router="app.routers.people",
        ),
    )
}
# A search hit sorts by these, whatever its kind; they are stored beside each kind's own.
SEARCH = Resource(
    name="search",
    path="/search",
    model=SearchHit,
    page=SearchPage,
    sort_keys=("id", "kind", "name", *_bilingual("name")),
)


def listed() -> list[Resource]:
    """The resources in the order the API document shows them."""
    return sorted(KINDS.values(), key=lambda resource: resource.listed)
