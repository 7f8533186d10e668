"""The rules the routers enforce beyond the parameters' types, stated in the OpenAPI document.

FastAPI documents what a parameter's type enforces. The routers check more: the `sort`
and `fields` names of each collection, the coalition and member ids the data holds, real
dates and a search with a letter or a digit. Stated here, they make the document exact:
every request it allows is answered, every request it forbids is a 422. With `fields`,
the items of a page are records reduced to `id` and the fields named, which the
document states as well.
"""

from __future__ import annotations

import copy
from typing import Any

from app.dataset import Dataset
from app.query import Collection
from app.routers import coalitions, members, people, search, sources, timeline, working_groups
from app.search import SEARCHABLE_PATTERN

# The collection each list operation pages through, for its `sort` and `fields`.
COLLECTIONS: dict[str, Collection] = {
    "/coalitions": coalitions.COLLECTION,
    "/coalitions/{coalition_id}/members": members.COLLECTION,
    "/coalitions/{coalition_id}/working-groups": working_groups.COLLECTION,
    "/coalitions/{coalition_id}/timeline": timeline.COLLECTION,
    "/coalitions/{coalition_id}/people": people.COLLECTION,
    "/people": people.COLLECTION,
    "/members": members.COLLECTION,
    "/working-groups": working_groups.COLLECTION,
    "/timeline": timeline.COLLECTION,
    "/sources": sources.COLLECTION,
    "/search": search.COLLECTION,
}
COALITION_KEY = "CoalitionKey"
MEMBER_KEY = "MemberKey"
PERSON_KEY = "PersonKey"


def any_case(keys: list[str]) -> str:
    """A pattern of the keys in any ASCII case: `SA` as `[Ss][Aa]`."""

    def letters(key: str) -> str:
        return "".join(f"[{c}{c.lower()}]" if c.isalpha() else c for c in key)

    return "^(?:" + "|".join(letters(key) for key in sorted(keys)) + ")$"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _value(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema of a parameter's value: itself, or its non-null branch when optional."""
    branches: list[dict[str, Any]] = schema.get("anyOf", [schema])
    return next(branch for branch in branches if branch.get("type") != "null")


def _key_schemas(dataset: Dataset) -> dict[str, dict[str, Any]]:
    return {
        COALITION_KEY: {
            "type": "string",
            "enum": [entry.id for entry in dataset.coalitions],
            "title": COALITION_KEY,
            "description": "A coalition id.",
        },
        PERSON_KEY: {
            "type": "string",
            "enum": [entry.id for entry in dataset.people],
            "title": PERSON_KEY,
            "description": "A person id.",
        },
        MEMBER_KEY: {
            "type": "string",
            "pattern": any_case(list(dataset.member_keys)),
            "title": MEMBER_KEY,
            "description": "A member's id or ISO 3166-1 alpha-3 code, in any case "
            "(`SA`, `sa`, `SAU`, `nato`).",
        },
    }


def _pattern(schema: dict[str, Any], pattern: str, longest: int) -> None:
    """Constrain a string to a pattern; a `maxLength` the pattern already implies goes.

    Tools that test the document try strings of exactly `maxLength` characters, which
    such a pattern cannot produce (a date has 4, 7 or 10), so they would search in vain.
    """
    value = _value(schema)
    if longest > value.get("maxLength", longest):
        raise ValueError(f"{pattern!r} admits {longest} characters, more than the router")
    value.pop("maxLength", None)
    value["pattern"] = pattern


def _constrain(path: str, parameter: dict[str, Any]) -> None:
    schema = parameter["schema"]
    name = parameter["name"]
    if name == "sort":
        collection = COLLECTIONS[path]
        first = next(key for key in collection.sort_keys if key != "id")
        _pattern(schema, collection.sort_pattern, collection.sort_longest)
        schema["examples"] = [f"-{first},id"]
    elif name == "fields":
        collection = COLLECTIONS[path]
        label = "name" if "name" in collection.fields else "title"
        _pattern(schema, collection.fields_pattern, collection.fields_longest)
        schema["examples"] = [f"id,{label}"]
    elif name in ("from", "to"):
        _pattern(schema, timeline.DATE_PATTERN, len("YYYY-MM-DD"))
    elif name == "q":
        _value(schema)["pattern"] = SEARCHABLE_PATTERN
    elif name == "coalition":
        _value(schema)["items"] = _ref(COALITION_KEY)
    elif name == "person":
        value = _value(schema)
        value.clear()
        value.update(_ref(PERSON_KEY))
    elif name in ("chair", "member"):
        value = _value(schema)
        value.clear()
        value.update(_ref(MEMBER_KEY))


def _selections(schema: dict[str, Any]) -> None:
    components = schema["components"]["schemas"]
    for path in COLLECTIONS:
        content = schema["paths"][path]["get"]["responses"]["200"]["content"]
        page = components[content["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]]
        items = page["properties"]["items"]
        if "anyOf" in items["items"]:
            continue  # a page shared by two paths
        name = items["items"]["$ref"].rsplit("/", 1)[1]
        components[f"{name}Fields"] = copy.deepcopy(components[name]) | {
            "required": ["id"],
            "title": f"{name}Fields",
            "description": f"A {name} reduced by `fields` to `id` and the fields named.",
        }
        items["items"] = {"anyOf": [_ref(name), _ref(f"{name}Fields")]}


def add_rules(schema: dict[str, Any], dataset: Dataset) -> None:
    """State in the document what the routers enforce beyond the parameters' types."""
    schema["components"]["schemas"].update(_key_schemas(dataset))
    for path, operations in schema["paths"].items():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    _constrain(path, parameter)
    _selections(schema)
