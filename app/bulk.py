"""The whole dataset in one download: a Frictionless Data Package, and the SQLite file.

The package is a zip of `datapackage.json` and one CSV per collection, the same CSV the
API serves (`app.columns`): the same columns, each typed in the package's Table Schema
(a list is an `array` field, its cell a JSON array). It is built from the loaded data
once per process, on first request, and its bytes depend on the data alone (fixed entry
order and timestamps), so every replica serves the same bytes under the same ETag.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import orjson
from pydantic import BaseModel

from app import licence
from app.columns import Column, columns_of
from app.dataset import Dataset
from app.formats import xlsx
from app.models.public import (
    CoalitionPublic,
    EventPublic,
    MemberPublic,
    PersonPublic,
    SourcePublic,
    WorkingGroupPublic,
)
from app.render import to_csv

# Resource name, the dataset's list of entries, and the public model of its records.
RESOURCES: tuple[tuple[str, str, type[BaseModel]], ...] = (
    ("coalitions", "coalitions", CoalitionPublic),
    ("members", "members", MemberPublic),
    ("working-groups", "working_groups", WorkingGroupPublic),
    ("timeline", "timeline", EventPublic),
    ("sources", "sources", SourcePublic),
    ("people", "people", PersonPublic),
)
# A fixed time for every entry: the zip's bytes must not depend on when it was made.
EPOCH = (1980, 1, 1, 0, 0, 0)
DESCRIPTION = (
    "What five public Arabic documents say about two counter-terrorism coalitions (IMCTC "
    "and the Global Coalition against Daesh): their members, working groups, timeline and "
    "the people named, every record with verbatim citations. Lists are JSON arrays in their cells."
)


def _field(column: Column) -> dict[str, Any]:
    return {"name": column.header, "type": column.type}


def descriptor(dataset: Dataset) -> dict[str, Any]:
    """`datapackage.json`: the package, its sources and a typed schema per CSV."""
    return {
        "profile": "tabular-data-package",
        "name": "tahaluf",
        "title": "Tahaluf: counter-terrorism coalitions in public Arabic documents",
        "description": DESCRIPTION,
        "version": dataset.data_version,
        "licenses": licence.datapackage_licenses(),
        "sources": [{"title": source.doc["title"]["en"]} for source in dataset.sources],
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": name,
                "path": f"data/{name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [_field(column) for column in columns_of(model)],
                    "primaryKey": ["id"],
                },
            }
            for name, _, model in RESOURCES
        ],
    }


def _write(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=EPOCH)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, whatever the platform
    info.external_attr = 0o644 << 16
    archive.writestr(info, data, compresslevel=9)


def datapackage_zip(dataset: Dataset) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        document = orjson.dumps(descriptor(dataset), option=orjson.OPT_INDENT_2)
        _write(archive, "datapackage.json", document + b"\n")
        for name, kind, model in RESOURCES:
            docs = [entry.doc for entry in getattr(dataset, kind)]
            _write(archive, f"data/{name}.csv", to_csv(docs, columns_of(model)))
    return buffer.getvalue()


def workbook(dataset: Dataset) -> bytes:
    """`tahaluf.xlsx`: one sheet per collection, with the columns of the API's CSV."""
    sheets = [
        xlsx.Sheet(name, [entry.doc for entry in getattr(dataset, kind)], columns_of(model))
        for name, kind, model in RESOURCES
    ]
    return xlsx.to_xlsx(sheets)
