"""`/people`: everyone the documents name in an official or public capacity."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from app.api import responses
from app.api.deps import CsvDep, StoreDep
from app.api.filters import PersonFilters
from app.api.pages import PersonQuery, people_page
from app.api.params import record_id
from app.api.problems import NotFound
from app.api.render import record_response
from app.kinds import KINDS
from app.models.common import ID_MAX_LENGTH
from app.models.public import PersonPage, PersonPublic

COLLECTION = KINDS["people"]
router = APIRouter(prefix=COLLECTION.path, tags=[COLLECTION.tag])


def unknown_person(person_id: str) -> NotFound:
    return NotFound(f"No person has the id {person_id[:ID_MAX_LENGTH]!r}.")


@router.get(
    "",
    summary="List people",
    description="People the documents name in an official or public capacity, with their "
    "roles (title, the body they act for, a date where a document gives one) and events. "
    "`q` finds them by any spelling; `coalition` keeps those with a role in, or an event "
    "of, any of the coalitions named.",
    response_model=PersonPage,
    responses=responses.listing("/people"),
)
async def list_people(
    store: StoreDep, filters: Annotated[PersonFilters, Depends()], params: PersonQuery
) -> Response:
    return people_page(store, params, filters.coalition or [])


@router.get(
    "/{person_id}",
    summary="Get a person",
    response_model=PersonPublic,
    responses=responses.record("/people/xx", unknown_person("xx")),
)
async def get_person(
    store: StoreDep,
    as_csv: CsvDep,
    person_id: Annotated[str, record_id(*COLLECTION.example)],
) -> Response:
    body = store.record("people", person_id)
    if body is None:
        raise unknown_person(person_id)
    return record_response(body, as_csv, PersonPublic)
