"""The kinds of record, declared once: where each lives, its public model, how a search
hit names it, and the fields its pages sort by.

The builder renders and indexes every kind from this registry, and the routers and the
store read it, so a sort field or a kind cannot exist on one side only.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.public import (
    CoalitionPublic,
    EventPublic,
    MemberPublic,
    PersonPublic,
    SearchHit,
    SourcePublic,
    WorkingGroupPublic,
)
from app.query import Collection


@dataclass(frozen=True)
class Resource(Collection):
    """A collection of records of one kind: `name` as in `Dataset` and `record.kind`,
    `hit` as a search hit's `kind`."""

    name: str = ""
    hit: str = ""


def _bilingual(name: str) -> tuple[str, str]:
    return (f"{name}.ar", f"{name}.en")


KINDS: dict[str, Resource] = {
    kind.name: kind
    for kind in (
        Resource(
            name="coalitions",
            path="/coalitions",
            hit="coalition",
            model=CoalitionPublic,
            sort_keys=("id", "name", "founded", "member_count", *_bilingual("name")),
        ),
        Resource(
            name="members",
            path="/members",
            hit="member",
            model=MemberPublic,
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
        ),
        Resource(
            name="working_groups",
            path="/working-groups",
            hit="working-group",
            model=WorkingGroupPublic,
            sort_keys=("id", "name", "coalition", "established", *_bilingual("name")),
        ),
        Resource(
            name="timeline",
            path="/timeline",
            hit="event",
            model=EventPublic,
            sort_keys=("date", "id", "type", "title", *_bilingual("title")),
        ),
        Resource(
            name="sources",
            path="/sources",
            hit="source",
            model=SourcePublic,
            sort_keys=("id", "file", "published", "citation_count"),
        ),
        Resource(
            name="people",
            path="/people",
            hit="person",
            model=PersonPublic,
            sort_keys=("id", "name", *_bilingual("name")),
        ),
    )
}
# A search hit sorts by these, whatever its kind; they are stored beside each kind's own.
SEARCH = Resource(
    name="search",
    path="/search",
    model=SearchHit,
    sort_keys=("id", "kind", "name", *_bilingual("name")),
)
# The registry's former name, which `app.rendered` and `app.store.records` (changed on other
# branches today) still import: the lead removes it after merging them.
Kind = Resource
