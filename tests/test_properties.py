"""Property tests: search folding, the date-range filter and the query language.

Everything that concerns HTTP goes through the real app over the real database; the
expected answers are computed here, independently of the app's own helpers.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.store.folding import fold
from tests.conftest import Client

HTTP = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# --- Arabic building blocks -------------------------------------------------------------

DIACRITICS = [chr(cp) for cp in range(0x064B, 0x0653)]  # fathatan .. sukun
TATWEEL = "\u0640"
# Alef with hamza above, hamza below, madda; alef wasla; bare alef.
ALEF_FORMS = ["\u0623", "\u0625", "\u0622", "\u0671", "\u0627"]
# Base letters hamza .. ya (U+0621..U+063A, U+0641..U+064A), without tatweel.
LETTERS = [chr(cp) for cp in [*range(0x0621, 0x063B), *range(0x0641, 0x064B)]]
PAIRS = [
    ("\u0629", "\u0647"),  # ta marbuta / ha
    ("\u0649", "\u064a"),  # alef maqsura / ya
    ("\u0624", "\u0648"),  # waw with hamza / waw
    ("\u0626", "\u064a"),  # ya with hamza / ya
]

arabic_word = st.text(alphabet=st.sampled_from(LETTERS), min_size=1, max_size=12)
arabic_text = st.text(
    alphabet=st.sampled_from([*LETTERS, *DIACRITICS, TATWEEL, *ALEF_FORMS, " ", "\u060c"]),
    max_size=40,
)
marks = st.lists(st.sampled_from([*DIACRITICS, TATWEEL]), max_size=3).map("".join)


@st.composite
def decorated(draw: st.DrawFn, word: str, *, swap_case: bool = False) -> str:
    """The word with random diacritics/tatweel after any character (and case swapped)."""
    out = [draw(marks)]
    for ch in word:
        out.append(ch.swapcase() if swap_case and draw(st.booleans()) else ch)
        out.append(draw(marks))
    return "".join(out)


@given(st.text())
@settings(max_examples=500)
def test_fold_is_idempotent_on_any_text(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@given(arabic_text)
@settings(max_examples=300)
def test_fold_is_idempotent_on_arabic_text(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@given(st.data(), arabic_word)
@settings(max_examples=300)
def test_diacritics_and_tatweel_do_not_change_a_word(data: st.DataObject, word: str) -> None:
    assert fold(data.draw(decorated(word))) == fold(word)


@given(arabic_word, arabic_word, st.integers(min_value=1, max_value=3))
@settings(max_examples=200)
def test_alef_forms_fold_the_same(before: str, after: str, times: int) -> None:
    folded = {fold(before + form * times + after) for form in ALEF_FORMS}
    assert len(folded) == 1, folded


@pytest.mark.parametrize(("one", "other"), PAIRS)
@given(before=arabic_word, after=arabic_word)
@settings(max_examples=100)
def test_spelling_variants_fold_the_same(one: str, other: str, before: str, after: str) -> None:
    assert fold(before + one + after) == fold(before + other + after)


def every_record(client: Client, path: str) -> list[dict[str, Any]]:
    """Every record of a collection, in one page."""
    r = client.get(f"{path}?limit=500")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == len(body["items"])
    return body["items"]  # type: ignore[no-any-return]


# --- Search finds every member under every name ------------------------------------------


@pytest.fixture(scope="module")
def members(client: Client) -> list[dict[str, Any]]:
    return every_record(client, "/members")


def names_of(member: dict[str, Any]) -> list[str]:
    return [member["name"]["ar"], member["name"]["en"], *member["aliases"]]


def member_hits(client: Client, q: str) -> set[str]:
    r = client.get("/search", params={"q": q, "limit": 500})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] <= 500
    return {h["id"] for h in body["items"] if h["kind"] == "member"}


def test_every_name_and_alias_finds_its_member(
    client: Client, members: list[dict[str, Any]]
) -> None:
    missed = [
        (member["id"], name)
        for member in members
        for name in names_of(member)
        if member["id"] not in member_hits(client, name)
    ]
    assert not missed


@given(data=st.data())
@HTTP
def test_a_decorated_alias_finds_its_member(
    client: Client,
    members: list[dict[str, Any]],
    data: st.DataObject,
) -> None:
    member = data.draw(st.sampled_from(members))
    name = data.draw(st.sampled_from(names_of(member)))
    q = data.draw(decorated(name, swap_case=True))
    assert member["id"] in member_hits(client, q), (member["id"], name, q)


# --- Search finds every person under every spelling ---------------------------------------


@pytest.fixture(scope="module")
def people(client: Client) -> list[dict[str, Any]]:
    return every_record(client, "/people")


def person_hits(client: Client, q: str) -> set[str]:
    r = client.get("/people", params={"q": q, "limit": 500, "fields": "id"})
    assert r.status_code == 200, r.text
    return {p["id"] for p in r.json()["items"]}


def test_every_spelling_finds_its_person(client: Client, people: list[dict[str, Any]]) -> None:
    missed = [
        (person["id"], name)
        for person in people
        for name in names_of(person)
        if person["id"] not in person_hits(client, name)
    ]
    assert not missed


@given(data=st.data())
@HTTP
def test_a_decorated_spelling_finds_its_person(
    client: Client, people: list[dict[str, Any]], data: st.DataObject
) -> None:
    person = data.draw(st.sampled_from(people))
    name = data.draw(st.sampled_from(names_of(person)))
    q = data.draw(decorated(name, swap_case=True))
    assert person["id"] in person_hits(client, q), (person["id"], name, q)


@given(data=st.data())
@HTTP
def test_the_person_filter_keeps_exactly_their_events(
    client: Client, people: list[dict[str, Any]], data: st.DataObject
) -> None:
    person = data.draw(st.sampled_from(people))
    r = client.get("/timeline", params={"person": person["id"], "limit": 500, "fields": "id"})
    assert r.status_code == 200, r.text
    assert [e["id"] for e in r.json()["items"]] == [e["id"] for e in person["events"]]


# --- The date-range filter over partial dates --------------------------------------------


def first_day(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_day(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return dt.date(parts[0], 12, 31)


SHAPES = ["%Y", "%Y-%m", "%Y-%m-%d"]
DAYS = st.dates(min_value=dt.date(2013, 1, 1), max_value=dt.date(2023, 12, 31))


def readings(event: dict[str, Any]) -> list[str]:
    """Every reading of an event's date: none when undated, several when uncertain."""
    date = event["date"]
    return [] if date is None else [r["date"] for r in date["readings"]]


def spans(event: dict[str, Any]) -> list[tuple[dt.date, dt.date]]:
    """The days each reading covers; a latest bound (`../date`) every day up to its date."""
    if event["date"] is not None and event["date"]["open_start"]:
        return [(dt.date.min, last_day(event["date"]["date"]))]
    return [(first_day(r), last_day(r)) for r in readings(event)]


def edges(events: list[dict[str, Any]]) -> list[dt.date]:
    """The first and last day of every dated event, and the days either side of them."""
    near = set()
    for event in events:
        for reading in readings(event):
            for day in (first_day(reading), last_day(reading)):
                near.update(day + dt.timedelta(days=step) for step in (-1, 0, 1))
    return sorted(near)


def partial_dates(events: list[dict[str, Any]]) -> st.SearchStrategy[str | None]:
    """No bound, or a year, month or day of 2013..2023, often one at an event's edge."""
    day = DAYS | st.sampled_from(edges(events))
    return st.none() | st.builds(lambda d, shape: d.strftime(shape), day, st.sampled_from(SHAPES))


@pytest.fixture(scope="module")
def timeline(client: Client) -> list[dict[str, Any]]:
    return every_record(client, "/timeline")


@given(data=st.data())
@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_date_range_keeps_exactly_the_overlapping_events(
    client: Client, timeline: list[dict[str, Any]], data: st.DataObject
) -> None:
    start = data.draw(partial_dates(timeline), label="from")
    end = data.draw(partial_dates(timeline), label="to")
    params = {"limit": 500, **({"from": start} if start else {}), **({"to": end} if end else {})}
    r = client.get("/timeline", params=params)
    low = first_day(start) if start else dt.date.min
    high = last_day(end) if end else dt.date.max
    assert r.status_code == 200, r.text
    if low > high:  # a range that ends before it starts holds no event
        assert r.json()["items"] == []
        return
    got = [e["id"] for e in r.json()["items"]]
    if start is None and end is None:
        expected = [e["id"] for e in timeline]
    else:
        expected = [
            e["id"]
            for e in timeline
            if any(start <= high and end >= low for start, end in spans(e))
        ]
    assert got == expected, (start, end)


# --- Paging, fields and sort -------------------------------------------------------------

PAGED = ["/members", "/timeline", "/members?coalition=imctc"]
COLLECTIONS = ["/members", "/timeline", "/coalitions", "/working-groups", "/sources", "/people"]


def url(path: str, **params: Any) -> str:
    sep = "&" if "?" in path else "?"
    return path + sep + "&".join(f"{k}={v}" for k, v in params.items())


@pytest.mark.parametrize("path", PAGED)
@given(limit=st.integers(min_value=1, max_value=50))
@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_pages_concatenate_to_the_whole_list(client: Client, path: str, limit: int) -> None:
    r = client.get(url(path, limit=500))
    assert r.status_code == 200, r.text
    whole = [item["id"] for item in r.json()["items"]]
    total = r.json()["total"]
    assert total == len(whole)
    assert r.headers["x-total-count"] == str(total)

    seen: list[str] = []
    offset = 0
    while True:
        page = client.get(url(path, limit=limit, offset=offset))
        assert page.status_code == 200, page.text
        body = page.json()
        assert body["total"] == total
        assert page.headers["x-total-count"] == str(total)
        assert (body["limit"], body["offset"]) == (limit, offset)
        assert len(body["items"]) == min(limit, max(0, total - offset))
        if not body["items"]:
            break
        seen.extend(item["id"] for item in body["items"])
        offset += limit
    assert offset >= total
    assert seen == whole
    assert len(set(seen)) == len(seen)


@st.composite
def collection_and_fields(draw: st.DrawFn, tops: dict[str, list[str]]) -> tuple[str, list[str]]:
    path = draw(st.sampled_from(sorted(tops)))
    chosen = draw(st.lists(st.sampled_from(tops[path]), min_size=1, unique=True))
    return path, chosen


@pytest.fixture(scope="module")
def top_fields(client: Client) -> dict[str, list[str]]:
    tops = {}
    for path in COLLECTIONS:
        r = client.get(url(path, limit=1))
        assert r.status_code == 200, r.text
        tops[path] = list(r.json()["items"][0])
    return tops


@given(data=st.data())
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_fields_returns_exactly_the_subset_and_id(
    client: Client, top_fields: dict[str, list[str]], data: st.DataObject
) -> None:
    path, chosen = data.draw(collection_and_fields(top_fields))
    r = client.get(url(path, limit=500, fields=",".join(chosen)))
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert items
    for item in items:
        assert set(item) == {*chosen, "id"}, (path, chosen)


MEMBER_SORT_KEYS = ["id", "name", "type", "iso_alpha3"]


def sort_value(item: dict[str, Any], key: str) -> Any:
    value = item[key]
    if key == "name":
        value = value["en"]
    return value.casefold() if isinstance(value, str) else value


def expected_order(items: list[dict[str, Any]], spec: list[tuple[str, bool]]) -> list[str]:
    """Lexicographic over the keys; None after every value whatever the direction; stable."""

    def compare(a: dict[str, Any], b: dict[str, Any]) -> int:
        for key, descending in spec:
            x, y = sort_value(a, key), sort_value(b, key)
            if x == y:
                continue
            if x is None or y is None:
                return 1 if x is None else -1
            result = (x > y) - (x < y)
            return -result if descending else result
        return 0

    return [item["id"] for item in sorted(items, key=functools.cmp_to_key(compare))]


@given(
    spec=st.lists(
        st.tuples(st.sampled_from(MEMBER_SORT_KEYS), st.booleans()),
        min_size=1,
        max_size=2,
        unique_by=lambda part: part[0],
    )
)
@HTTP
def test_members_sort_like_python(
    client: Client,
    members: list[dict[str, Any]],
    spec: list[tuple[str, bool]],
) -> None:
    sort = ",".join(("-" if descending else "") + key for key, descending in spec)
    r = client.get(url("/members", limit=500, sort=sort))
    assert r.status_code == 200, r.text
    assert [m["id"] for m in r.json()["items"]] == expected_order(members, spec), sort
