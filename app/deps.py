"""Dependencies shared by the routers, as `Annotated` aliases.

They are `async def` on purpose: a plain `def` dependency costs a hop to the thread
pool on every request.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from fastapi import Depends, Query, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from app.columns import Csv
from app.dataset import Dataset
from app.problems import ParameterProblem
from app.query import ListParams


async def get_dataset(request: Request) -> Dataset:
    dataset: Dataset = request.app.state.dataset
    return dataset


DatasetDep = Annotated[Dataset, Depends(get_dataset)]


class Format(StrEnum):
    json = "json"
    csv = "csv"


_ALLOWED: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _declared(route: APIRoute) -> tuple[frozenset[str], frozenset[str]]:
    """The route's query parameter names, and those of them that may repeat."""
    known = _ALLOWED.get(id(route))
    if known is None:
        params = _query_fields(route.dependant)
        names = frozenset(p.alias for p in params)
        repeatable = frozenset(p.alias for p in params if _is_list(p.field_info.annotation))
        known = _ALLOWED[id(route)] = (names, repeatable)
    return known


def _query_fields(dependant: Dependant) -> list[Any]:
    fields = list(dependant.query_params)
    for sub in dependant.dependencies:
        fields.extend(_query_fields(sub))
    return fields


def _is_list(annotation: object) -> bool:
    if get_origin(annotation) is list:
        return True
    return get_origin(annotation) in (Union, UnionType) and any(
        _is_list(arg) for arg in get_args(annotation)
    )


async def strict_query(request: Request) -> None:
    """Unknown or repeated parameters are errors: a typo must not silently widen a result."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    names, repeatable = _declared(route)
    seen: set[str] = set()
    for key, _ in request.query_params.multi_items():
        if key not in names:
            allowed = ", ".join(sorted(names)) or "none"
            raise ParameterProblem(key[:60], f"unknown parameter; allowed here: {allowed}")
        if key in seen and key not in repeatable:
            raise ParameterProblem(key, "given more than once")
        seen.add(key)


async def page_params(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=500, description="Page size, 1 to 500.")] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="How many records to skip.")] = 0,
    sort: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Comma-separated fields to sort by; `-` before a field for descending.",
            examples=["-date,id"],
        ),
    ] = None,
    fields: Annotated[
        str | None,
        Query(
            max_length=500,
            description="Comma-separated top-level fields to return (`id` is always kept).",
            examples=["id,name"],
        ),
    ] = None,
    format: Annotated[
        Format | None,
        Query(description="`csv` for CSV (as does `Accept: text/csv`); JSON by default."),
    ] = None,
    bom: BomParam = False,
) -> ListParams:
    return ListParams(
        limit=limit,
        offset=offset,
        sort=sort,
        fields=fields,
        q=None,
        as_csv=wants_csv(request, format, bom),
        params=request.query_params.multi_items(),
    )


BomParam = Annotated[
    bool,
    Query(
        description="With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a "
        "file opened by double-click as the system's legacy code page without one."
    ),
]


def wants_csv(request: Request, format: Format | None, bom: bool = False) -> Csv:
    if format is not None:
        csv = format is Format.csv
    else:
        csv = "text/csv" in request.headers.get("accept", "")
    if not csv:
        return Csv.no
    return Csv.bom if bom else Csv.plain


async def record_format(
    request: Request,
    format: Annotated[
        Format | None,
        Query(description="`csv` for CSV (as does `Accept: text/csv`); JSON by default."),
    ] = None,
    bom: BomParam = False,
) -> Csv:
    return wants_csv(request, format, bom)


PageDep = Annotated[ListParams, Depends(page_params)]


async def list_params(
    page: PageDep,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="Search in Arabic or English; insensitive to case, accents, "
            "diacritics and Arabic spelling variants (alef, ya, ta marbuta, hamza).",
            examples=["الاردن"],
        ),
    ] = None,
) -> ListParams:
    return replace(page, q=q)


ListDep = Annotated[ListParams, Depends(list_params)]
CsvDep = Annotated[Csv, Depends(record_format)]
