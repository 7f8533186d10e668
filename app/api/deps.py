"""Dependencies shared by the routers, as `Annotated` aliases.

They are `async def` on purpose: a plain `def` dependency costs a hop to the thread
pool on every request.
"""

from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from fastapi import Depends, Query, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pydantic import AfterValidator

from app.api.columns import Csv
from app.api.formats.geojson import POINTS
from app.api.params import param_schema
from app.api.problems import ParameterProblem
from app.store.folding import SEARCHABLE_PATTERN
from app.store.query import Collection, ListParams, check_search
from app.store.records import Store


async def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]


class Format(StrEnum):
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


class MapFormat(StrEnum):
    """The formats of a list whose records have a point: GeoJSON besides the others."""

    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    geojson = "geojson"


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
    # The docs pages are not the API: a link to them may carry tracking parameters.
    if not isinstance(route, APIRoute) or not route.include_in_schema:
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


FormatParam = Annotated[
    Format | None,
    Query(
        description="`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; "
        "JSON by default.",
        json_schema_extra=param_schema(),
    ),
]
MapFormatParam = Annotated[
    MapFormat | None,
    Query(
        description="`csv` for CSV (as does `Accept: text/csv`); `xlsx` for a spreadsheet; "
        "`geojson` for GeoJSON, a feature per record with a point; JSON by default.",
        json_schema_extra=param_schema(),
    ),
]
BomParam = Annotated[
    bool,
    Query(
        description="With CSV: begin with a UTF-8 byte order mark, for Excel, which reads a "
        "file opened by double-click as the system's legacy code page without one."
    ),
]
SEARCH_EXAMPLE = "السعودية"


def search_query(*, required: bool = False) -> Any:
    """The `q` parameter's declaration, the same on every collection and on `/search`.

    Only a required `q` (on `/search`) has a parameter example, the value Swagger UI's
    "Try it out" fills in; an optional parameter's example is in its schema, shown but not
    filled in, so that trying a collection out lists it unfiltered.
    """
    return Query(
        min_length=1,
        max_length=200,
        description="Search in Arabic or English; insensitive to case, accents, diacritics "
        "and Arabic spelling variants (alef, ya, ta marbuta, hamza). It needs a letter or "
        "a digit.",
        json_schema_extra=param_schema(
            pattern=SEARCHABLE_PATTERN, **({} if required else {"examples": [SEARCH_EXAMPLE]})
        ),
        openapi_examples={"arabic": {"value": SEARCH_EXAMPLE}} if required else None,
    )


def wants_csv(request: Request, format: Format | MapFormat | None, bom: bool = False) -> Csv:
    if format == MapFormat.geojson:
        return Csv.geojson
    if format == Format.xlsx:
        return Csv.xlsx
    if format is not None:
        csv = format == Format.csv
    else:
        csv = "text/csv" in request.headers.get("accept", "")
    if not csv:
        return Csv.no
    return Csv.bom if bom else Csv.plain


def name_list(
    description: str,
    pattern: str,
    check: Callable[[str | None], str | None],
    example: str,
) -> tuple[Any, AfterValidator]:
    """An optional comma list of names: its pattern documented, `check` enforcing it."""
    query = Query(
        description=description,
        json_schema_extra=param_schema(pattern=pattern, examples=[example]),
    )
    return query, AfterValidator(check)


def page_query(collection: Collection) -> Any:
    """The dependency that reads a collection's paging, `sort`, `fields` and `format`.

    It is made per collection so that the document states each collection's own sort
    and field names, and a bad name is reported with every other bad parameter.
    """
    first = next(key for key in collection.sort_keys if key != "id")
    label = "name" if "name" in collection.fields else "title"
    sort_query, sort_check = name_list(
        "Comma-separated fields to sort by; `-` before a field for descending. By default, "
        "the collection's curated order.",
        collection.sort_pattern,
        collection.check_sort,
        f"-{first},id",
    )
    fields_query, fields_check = name_list(
        "Comma-separated top-level fields to return (`id` is always kept). By default, all "
        "of them.",
        collection.fields_pattern,
        collection.check_fields,
        f"id,{label}",
    )
    format_param = MapFormatParam if collection.path in POINTS else FormatParam

    async def page_params(
        request: Request,
        limit: Annotated[int, Query(ge=1, le=500, description="Page size, 1 to 500.")] = 100,
        offset: Annotated[
            int, Query(ge=0, le=1_000_000, description="How many records to skip.")
        ] = 0,
        sort: Annotated[str | None, sort_query, sort_check] = None,
        fields: Annotated[str | None, fields_query, fields_check] = None,
        format: format_param = None,  # type: ignore[valid-type]
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

    return page_params


def list_query(collection: Collection) -> Any:
    """`page_query` and an optional search `q`: what every collection takes."""
    PageParams = Annotated[ListParams, Depends(page_query(collection))]

    async def list_params(
        page: PageParams,
        q: Annotated[
            str | None,
            search_query(),
            AfterValidator(check_search),
        ] = None,
    ) -> ListParams:
        return replace(page, q=q)

    return list_params


async def record_format(request: Request, format: FormatParam = None, bom: BomParam = False) -> Csv:
    return wants_csv(request, format, bom)


CsvDep = Annotated[Csv, Depends(record_format)]
