"""`/people`: everyone the documents name in an official or public capacity."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from app.dataset import Dataset
from app.deps import CsvDep, DatasetDep, list_query, record_id
from app.models.common import ID_MAX_LENGTH
from app.models.public import PersonPage, PersonPublic
from app.problems import NotFound
from app.query import Collection, ListParams, doc_key, run, text_keys
from app.render import page_response, record_response
from app.routers import responses
from app.routers.members import CoalitionFilter

router = APIRouter(prefix="/people", tags=["people"])

COLLECTION = Collection(
    path="/people",
    model=PersonPublic,
    sort_keys={**{name: doc_key(name) for name in ("id", "name")}, **text_keys("name")},
)
PersonQuery = Annotated[ListParams, Depends(list_query(COLLECTION))]


def unknown_person(person_id: str) -> NotFound:
    return NotFound(f"No person has the id {person_id[:ID_MAX_LENGTH]!r}.")


def people_page(dataset: Dataset, params: ListParams, coalitions: list[str]) -> Response:
    """People with a role in, or an event of, any of `coalitions` (all, when empty)."""
    wanted = set(coalitions)
    entries = dataset.people
    if wanted:
        entries = [e for e in entries if wanted & e.facets["coalitions"]]
    return page_response(run(COLLECTION, entries, params), params.as_csv)


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
    dataset: DatasetDep, params: PersonQuery, coalition: CoalitionFilter = None
) -> Response:
    return people_page(dataset, params, coalition or [])


@router.get(
    "/{person_id}",
    summary="Get a person",
    response_model=PersonPublic,
    responses=responses.record("/people/xx", unknown_person("xx")),
)
async def get_person(
    dataset: DatasetDep,
    as_csv: CsvDep,
    person_id: Annotated[str, record_id("godfrey", "john-godfrey")],
) -> Response:
    entry = dataset.by_id("people", person_id)
    if entry is None:
        raise unknown_person(person_id)
    return record_response(entry.doc, as_csv, PersonPublic)
