"""The licences, declared once: the code's, the data's, and what the quotes remain.

The OpenAPI document (`info.license`), `datapackage.json` (`licenses`) and `/` all read
them from here, so they cannot disagree.
"""

from __future__ import annotations

from typing import Any

CODE = {"name": "MIT", "identifier": "MIT", "path": "LICENSE"}
DATA = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
ATTRIBUTION = "Tahaluf: counter-terrorism coalitions in public Arabic documents (CC BY 4.0)"
QUOTES = (
    "The quotes remain their publishers' work: they are cited as quotations, as short "
    "verbatim citations of the documents named in /sources, and are licensed by no one here."
)


def openapi_license() -> dict[str, str]:
    """`info.license` of the OpenAPI document: the data's licence (an SPDX identifier)."""
    return {"name": DATA["title"], "identifier": DATA["name"]}


def datapackage_licenses() -> list[dict[str, str]]:
    """Frictionless `licenses`: the data's licence, by name, path and title."""
    return [dict(DATA)]


def summary() -> dict[str, Any]:
    """What `/` says of reuse."""
    return {
        "code": CODE["name"],
        "data": DATA["name"],
        "data_url": DATA["path"],
        "attribution": ATTRIBUTION,
        "quotes": QUOTES,
    }
