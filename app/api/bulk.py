"""The whole dataset in one download: a Frictionless Data Package, and the SQLite file.

The package is a zip of `datapackage.json` and one CSV per collection, the same CSV the
API serves (`app.api.columns`): the same columns, each typed in the package's Table Schema
(a list is an `array` field, its cell a JSON array). It is built from the loaded data
as it is sent, record by record from the database, so that no collection is held in
memory; its bytes depend on the data alone (fixed entry order and timestamps), so every
replica serves the same bytes under the same ETag.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

import orjson
from pydantic import BaseModel

from app.api import licence
from app.api.columns import Column, columns_of
from app.api.formats import xlsx
from app.api.render import csv_chunks
from app.kinds import KINDS
from app.store.records import Store

# Resource name, the dataset's list of entries, and the public model of its records:
# one table per resource of the registry, in its order.
RESOURCES: tuple[tuple[str, str, type[BaseModel]], ...] = tuple(
    (kind.slug, kind.name, kind.model) for kind in KINDS.values()
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


def descriptor(store: Store) -> dict[str, Any]:
    """`datapackage.json`: the package, its sources and a typed schema per CSV."""
    return {
        "profile": "tabular-data-package",
        "name": "tahaluf",
        "title": "Tahaluf: counter-terrorism coalitions in public Arabic documents",
        "description": DESCRIPTION,
        "version": store.data_version,
        "licenses": licence.datapackage_licenses(),
        "sources": [{"title": source["title"]["en"]} for source in store.documents("sources")],
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


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=EPOCH)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, whatever the platform
    info.external_attr = 0o644 << 16
    return info


class _Sink(io.RawIOBase):
    """Where the zip is written: chunks taken as they come. Not seekable, so `zipfile`
    writes each entry's sizes after its data, as a stream must."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.chunks.append(bytes(data))
        return len(data)

    def take(self) -> bytes:
        taken = b"".join(self.chunks)
        self.chunks.clear()
        return taken


def datapackage_chunks(store: Store) -> Iterator[bytes]:
    """The package's bytes, a piece at a time, each CSV read a batch of records at a time."""
    sink = _Sink()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        document = orjson.dumps(descriptor(store), option=orjson.OPT_INDENT_2)
        archive.writestr(_info("datapackage.json"), document + b"\n")
        for name, kind, model in RESOURCES:
            with archive.open(_info(f"data/{name}.csv"), "w") as entry:
                for chunk in csv_chunks(store.documents(kind), columns_of(model)):
                    entry.write(chunk)
                    yield sink.take()
    yield sink.take()


def datapackage_zip(store: Store) -> bytes:
    return b"".join(datapackage_chunks(store))


def workbook(store: Store) -> bytes:
    """`tahaluf.xlsx`: one sheet per collection, with the columns of the API's CSV, each
    read from the database a batch of records at a time as its rows are written."""
    sheets = [
        xlsx.Sheet(name, store.documents(kind), columns_of(model))
        for name, kind, model in RESOURCES
    ]
    return xlsx.to_xlsx(sheets)
