"""The licences: MIT for the code, CC BY 4.0 for the data, the quotes their publishers'."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from tests.conftest import PROJECT_ROOT, Client


def test_the_code_is_mit() -> None:
    text = (PROJECT_ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "Permission is hereby granted, free of charge" in text
    assert "CC BY 4.0" in text  # and it says what covers the data


def test_the_openapi_document_names_the_data_licence_and_no_security(
    document: dict[str, Any],
) -> None:
    assert document["info"]["license"] == {
        "name": "Creative Commons Attribution 4.0 International",
        "identifier": "CC-BY-4.0",
    }
    assert document["security"] == []


def test_the_data_package_and_the_index_carry_it(client: Client) -> None:
    archive = zipfile.ZipFile(io.BytesIO(client.get("/downloads/datapackage.zip").content))
    [licence] = json.loads(archive.read("datapackage.json"))["licenses"]
    assert licence["name"] == "CC-BY-4.0"
    assert licence["path"] == "https://creativecommons.org/licenses/by/4.0/"
    index = client.get("/").json()["licence"]
    assert (index["code"], index["data"]) == ("MIT", "CC-BY-4.0")
    assert "CC BY 4.0" in index["attribution"]
    assert "quotations" in index["quotes"]


def test_the_readme_and_the_docs_state_it() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Licence", 1)[1].split("\n## ", 1)[0]
    for words in ("MIT", "CC BY 4.0", "quotations", "Tahaluf: counter-terrorism coalitions"):
        assert words in section, words
    assert "CC BY 4.0" in (PROJECT_ROOT / "docs" / "licence.md").read_text(encoding="utf-8")
