"""A member's own names rank before its region's: a rule of the API, whatever engine searches."""

from __future__ import annotations

import pytest

from tests.conftest import Client


def _ids(client: Client, path: str, query: str) -> list[str]:
    r = client.get(path, params={"q": query, "fields": "id", "limit": 100})
    assert r.status_code == 200, r.text
    return [item["id"] for item in r.json()["items"]]


@pytest.mark.parametrize("path", ["/members", "/search"])
@pytest.mark.parametrize("query", ["أمريكا", "امريكا", "America"])
def test_the_us_ranks_before_members_of_its_region(client: Client, path: str, query: str) -> None:
    # 'أمريكا' is what the documents call the United States; Canada lies in the Americas.
    found = _ids(client, path, query)
    assert found[0] == "US", found
    assert "CA" not in found or found.index("CA") > found.index("US")
