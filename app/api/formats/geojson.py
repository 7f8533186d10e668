"""GeoJSON (RFC 7946) of the collections that have a point: a FeatureCollection per page.

Each Feature's properties are the record's list item (so `fields` chooses them); its
geometry is the record's point, taken from the whole record, whatever `fields` keeps.
Records without a point are left out, and the response says how many.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson

GEOJSON_TYPE = "application/geo+json"
OMITTED_HEADER = "X-Features-Omitted"

Doc = dict[str, Any]


def _place(key: str) -> Callable[[Doc], Doc | None]:
    def point(doc: Doc) -> Doc | None:
        value: Doc | None = doc.get(key)
        return value

    return point


# Where each collection's point is: a member's capital, a coalition's headquarters, an
# event's location. Keyed by collection path; a collection not here has no GeoJSON.
POINTS: dict[str, Callable[[Doc], Doc | None]] = {
    "/members": _place("point"),
    "/coalitions": _place("headquarters"),
    "/timeline": _place("location"),
}
OFFERED = ", ".join(POINTS)


def _geometry(place: Doc | None) -> Doc | None:
    if place is None or place.get("lat") is None or place.get("lon") is None:
        return None
    # RFC 7946: longitude first, WGS 84.
    return {"type": "Point", "coordinates": [place["lon"], place["lat"]]}


def feature_collection(path: str, docs: list[Doc], items: list[Doc]) -> tuple[bytes, int]:
    """The GeoJSON of a page (`docs` whole, `items` as `fields` trimmed them), and how many
    records it leaves out for lack of a point."""
    point = POINTS[path]
    features = []
    for doc, item in zip(docs, items, strict=True):
        geometry = _geometry(point(doc))
        if geometry is not None:
            features.append(
                {"type": "Feature", "id": doc["id"], "geometry": geometry, "properties": item}
            )
    body = {"type": "FeatureCollection", "features": features}
    return orjson.dumps(body), len(docs) - len(features)
