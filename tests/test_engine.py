"""The engine: records rendered at build time, queried with indexes, searched with FTS5.

Through the real app over a real database built from the real seed (and, for the query
plans, from the growth benchmark's 10x seed, where size makes a full scan show).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event
from sqlmodel import SQLModel

from app.build.builder import build_database
from app.config import Settings
from app.kinds import KINDS, SEARCH
from app.main import create_app
from app.models.common import date_intervals, interval
from app.store import packing
from app.store.packing import Unpacker
from app.store.records import PLANS
from tests.conftest import Client, serve
from tests.test_growth_seed import _growth_seed

HTTP = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def hits(client: Client, q: str, path: str = "/search") -> list[tuple[str, str]]:
    r = client.get(path, params={"q": q, "limit": 500})
    assert r.status_code == 200, r.text
    return [(h.get("kind", ""), h["id"]) for h in r.json()["items"]]


# --- what the build stores ----------------------------------------------------------------


def test_every_stored_document_is_its_public_model_exactly(database: Path) -> None:
    """Validated and dumped again, each stored record and hit is unchanged: no field the
    model lacks (extra fields forbidden), none missing, no value of another shape."""
    with closing(sqlite3.connect(database)) as db:
        rows = db.execute("SELECT kind, body, hit FROM record ORDER BY seq").fetchall()
        unpacker = Unpacker(db.execute("SELECT number, data FROM record_dictionary"))
    assert {kind for kind, _, _ in rows} == set(KINDS)
    for kind, body, hit in rows:
        for model, stored in ((KINDS[kind].model, body), (SEARCH.model, hit)):
            document = orjson.loads(unpacker.unpack(stored))
            assert model.model_validate(document).model_dump(mode="json") == document


def test_stored_documents_are_packed_with_dictionaries(database: Path) -> None:
    """The members' and events' bodies are packed with a trained dictionary (their first
    byte names it) and take a fraction of their JSON."""
    with closing(sqlite3.connect(database)) as db:
        rows = db.execute(
            "SELECT body FROM record WHERE kind IN ('members', 'timeline')"
        ).fetchall()
        unpacker = Unpacker(db.execute("SELECT number, data FROM record_dictionary"))
    assert all(body[0] != 0 for (body,) in rows)
    packed = sum(len(body) for (body,) in rows)
    assert packed * 3 < sum(len(unpacker.unpack(body)) for (body,) in rows)


def test_records_are_packed_block_by_block(database: Path) -> None:
    """A kind of more than a block's records gets a dictionary per block, each trained on
    its own block, and every record unpacks to its JSON."""
    with closing(sqlite3.connect(database)) as db:
        unpacker = Unpacker(db.execute("SELECT number, data FROM record_dictionary"))
        bodies = [unpacker.unpack(body) for (body,) in db.execute("SELECT body FROM record")]
    rows = [
        {"seq": index, "body": bodies[index % len(bodies)], "hit": b"{}"}
        for index in range(2 * packing.BLOCK + 5)
    ]
    stored: list[dict[str, Any]] = []
    dictionaries: list[tuple[int, bytes]] = []
    packer = packing.Packer(stored.append, lambda number, data: dictionaries.append((number, data)))
    for row in rows:
        packer.add(row)
    packer.finish()
    assert [number for number, _ in dictionaries] == [1, 2]  # the last 5 rows: too few
    assert [row["body"][0] for row in stored[:: packing.BLOCK]] == [1, 2, 0]
    unpack = Unpacker(dictionaries).unpack
    assert [unpack(row["body"]) for row in stored] == [row["body"] for row in rows]


def test_serving_holds_no_dataset(client: Client) -> None:
    """The app's state has the store (an engine and a few numbers), not the records."""
    r = client.get("/health")
    assert r.status_code == 200
    assert r.json()["counts"]["members"] == 62


# --- ids in any case (issue 19, item 3) -----------------------------------------------------


@pytest.mark.parametrize(
    ("path", "canonical"),
    [
        ("/coalitions/IMCTC", "imctc"),
        ("/coalitions/Global-Coalition", "global-coalition"),
        ("/timeline/IMCTC-ANNOUNCED", "imctc-announced"),
        ("/people/John-Godfrey", "john-godfrey"),
        ("/working-groups/GC-COUNTER-FINANCE", "gc-counter-finance"),
        ("/sources/SABQ-2020", "sabq-2020"),
        ("/members/sau", "SA"),
    ],
)
def test_a_path_id_in_any_case_gives_the_canonical_record(
    client: Client, path: str, canonical: str
) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text
    assert r.json()["id"] == canonical
    assert r.content == client.get(path.rsplit("/", 1)[0] + "/" + canonical).content


@pytest.mark.parametrize(
    ("path", "upper"),
    [
        ("/members?coalition=imctc", "/members?coalition=IMCTC"),
        ("/coalitions/imctc/members", "/coalitions/IMCTC/members"),
        ("/timeline?person=john-godfrey", "/timeline?person=JOHN-GODFREY"),
        ("/people?coalition=global-coalition", "/people?coalition=GLOBAL-COALITION"),
        (
            "/working-groups?coalition=global-coalition",
            "/working-groups?coalition=Global-Coalition",
        ),
    ],
)
def test_a_filter_id_in_any_case_filters_alike(client: Client, path: str, upper: str) -> None:
    lower, other = client.get(path), client.get(upper)
    assert lower.status_code == other.status_code == 200
    assert other.json()["items"] == lower.json()["items"]
    assert other.json()["total"] > 0


# --- search semantics -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("تحالف الراغبين", ("coalition", "imctc")),  # its self-description
        ("ماجستير", ("person", "mohammed-al-moghedi")),  # the secretary-general's degrees
        ("Egipt", ("member", "EG")),  # misspelt names
        ("Jorden", ("member", "JO")),
        ("Saudia Arabia", ("member", "SA")),
        ("سعود", ("member", "SA")),  # inside a word: السعودية
        ("Islamic State", ("coalition", "global-coalition")),
    ],
)
def test_search_finds_what_the_data_holds(
    client: Client, q: str, expected: tuple[str, str]
) -> None:
    assert hits(client, q)[0] == expected


def test_latin_words_match_whole_words_prefixes_with_a_star() -> None:
    from app.store.fulltext import parse

    query = parse('states* "islamic state" NEAR(x) a:b سعود')
    assert [t.fts5() for t in query.words] == [
        '"states"*',
        '"islamic state"',
        '"near"',
        '"x"',
        '"a"',
        '"b"',
    ]
    assert [t.fts5() for t in query.grams] == ['"سعود"']


def test_a_whole_word_is_not_a_prefix(client: Client) -> None:
    """`coalitio` is no word of the data; `coalitio*` finds every coalition."""
    assert hits(client, "coalitio") == []
    found = hits(client, "coalitio*")
    assert {("coalition", "imctc"), ("coalition", "global-coalition")} <= set(found)


def test_a_basis_quote_is_matched_as_whole_words(client: Client) -> None:
    """Iraq's Small Group basis quotes the run-together cell 'العراقالأردن': matched inside
    words, it would make Iraq a hit for Jordan. Like other quotes, it is whole words."""
    assert hits(client, "الاردن") == [("member", "JO")]
    iraq = client.get("/members/IQ").json()
    assert "العراقالأردن" in str(iraq["memberships"][0]["basis"])


def test_fts_operators_in_q_are_words(client: Client) -> None:
    """`OR` is a word to find, not an operator: Egypt alone does not match both."""
    assert ("member", "EG") not in hits(client, "Jordan OR Egypt")
    assert ("member", "JO") in hits(client, "Jordan")
    assert hits(client, "NOT Jordan") == hits(client, "not jordan")


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/members", {"coalition": "imctc", "q": "السعودية"}),
        ("/members", {"coalition": "imctc", "role": "member", "q": "saudi"}),
        ("/people", {"coalition": "imctc", "q": "السعودية"}),
        ("/timeline", {"coalition": "imctc", "q": "السعودية"}),
        ("/coalitions/global-coalition/members", {"q": "Jordan"}),
    ],
)
def test_a_search_within_a_filter_is_both(
    client: Client, path: str, params: dict[str, str]
) -> None:
    """`q` with a filter: the hits of `q` that pass the filter, in the search's order."""
    found = client.get(path, params={**params, "limit": 500})
    assert found.status_code == 200, found.text
    searched = client.get(path, params={"q": params["q"], "limit": 500})
    filtered = client.get(
        path, params={"limit": 500, **{k: v for k, v in params.items() if k != "q"}}
    )
    wanted = {item["id"] for item in filtered.json()["items"]}
    expected = [item["id"] for item in searched.json()["items"] if item["id"] in wanted]
    ids = [item["id"] for item in found.json()["items"]]
    assert ids, (path, params)
    assert ids == expected, (path, params)
    assert found.headers["x-total-count"] == str(len(ids))


@HTTP
@given(q=st.text(min_size=1, max_size=60))
def test_any_q_is_a_search_or_a_422_never_a_500(client: Client, q: str) -> None:
    for path in ("/search", "/members", "/timeline"):
        r = client.get(path, params={"q": q})
        assert r.status_code in (200, 422), (q, r.text)


FTS_SYNTAX = st.lists(
    st.sampled_from(
        [
            '"',
            "*",
            "^",
            ":",
            "(",
            ")",
            "NEAR(",
            "AND",
            "OR",
            "NOT",
            "names",
            "body",
            "+",
            "-",
            "{",
            "}",
        ]
    )
    | st.text(alphabet="abc سعود", min_size=1, max_size=5),
    min_size=1,
    max_size=8,
).map(" ".join)


@HTTP
@given(q=FTS_SYNTAX)
def test_fts_syntax_in_q_never_fails(client: Client, q: str) -> None:
    r = client.get("/search", params={"q": q})
    assert r.status_code in (200, 422), (q, r.text)


# --- query plans on a grown seed --------------------------------------------------------------

BENCH_URLS = [
    "/members?coalition=imctc",
    "/members?sort=-name.en&limit=20",
    "/timeline?from=2016&to=2018",
    "/search?q=سعود",
    "/people?q=godfrey",
    "/members/SA9",
    "/timeline/imctc-announced-x9",
    "/people/john-godfrey-x9",
    "/members?offset=600",
    "/timeline?offset=400",
    "/members?sort=name.ar,-id&coalition=global-coalition&limit=5",
    "/timeline?person=john-godfrey&sort=-date",
    "/timeline?dated=false&located=true",
    "/timeline?format=geojson&located=true&fields=id,date&limit=50",
    # Totals read from the build's counts, ranges walked from the first event reaching them.
    "/timeline?from=2017-03-05&to=2017-03-05",
    "/timeline?from=2021&offset=300",
    "/timeline?member=SA",
    "/members?role=member",
    "/members?coalition=imctc&coalition=global-coalition&type=country",
]
TABLES = set(SQLModel.metadata.tables)


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Path:
    module = _growth_seed()
    folder = tmp_path_factory.mktemp("grown")
    database = folder / "tahaluf.db"
    build_database(module.make_seed(10, folder / "seed"), database)
    return database


@pytest.fixture(scope="module")
def plans(grown: Path) -> Iterator[dict[str, list[str]]]:
    """Each benchmark URL's statements, as the app ran them, with SQLite's plan lines."""
    app = create_app(Settings(database_path=grown, build_on_start=False, access_log=False))
    found: dict[str, list[str]] = {}
    with serve(app) as client:
        engine = app.app.state.engine  # type: ignore[attr-defined]
        statements: list[tuple[str, Any]] = []

        @event.listens_for(engine, "before_cursor_execute")
        def record(_c: Any, _cur: Any, statement: str, parameters: Any, *_: Any) -> None:
            statements.append((statement, parameters))

        for url in BENCH_URLS:
            statements.clear()
            r = client.get(url)
            assert r.status_code == 200, (url, r.text)
            with closing(sqlite3.connect(grown)) as db:
                found[url] = [
                    line[-1]
                    for statement, parameters in statements
                    for line in db.execute("EXPLAIN QUERY PLAN " + statement, parameters)
                ]
        yield found


@pytest.mark.parametrize("url", BENCH_URLS)
def test_no_query_scans_a_table(plans: dict[str, list[str]], url: str) -> None:
    """`SCAN <table>` (a table or a whole index of it) is a full scan: it grows with the
    data. FTS5 tables answer MATCH from their index, and subqueries' results are small."""
    assert plans[url], url
    scans = [line for line in plans[url] if line.startswith("SCAN ") and line.split()[1] in TABLES]
    assert scans == [], (url, plans[url])


def test_the_last_page_is_a_range_of_positions(plans: dict[str, list[str]]) -> None:
    assert any("position>? AND position<?" in line for line in plans["/members?offset=600"])


@pytest.fixture(scope="module")
def grown_client(grown: Path) -> Iterator[Client]:
    app = create_app(Settings(database_path=grown, build_on_start=False, access_log=False))
    with serve(app) as client:
        yield client


def _all(client: Client, query: str) -> tuple[int, list[dict[str, Any]]]:
    """A filtered list's `X-Total-Count` and every item, page by page."""
    items: list[dict[str, Any]] = []
    while True:
        r = client.get(f"{query}&limit=500&offset={len(items)}")
        assert r.status_code == 200, (query, r.text)
        page = r.json()["items"]
        items += page
        if len(page) < 500:
            return int(r.headers["x-total-count"]), items


def _days(grown_client: Client) -> list[str]:
    """Days around every bound a reading of the grown seed has, and some years."""
    _, events = _all(grown_client, "/timeline?dated=true")
    readings = [reading for e in events for reading in date_intervals(e["date"])]
    bounds = {day for reading in readings for day in reading if day > "0001"}
    near = {str(date.fromisoformat(d) + timedelta(days=k)) for d in bounds for k in (-1, 0, 1)}
    return sorted(d for d in near if "2013" <= d <= "2024")


def test_a_range_total_and_pages_are_exact_to_the_day(grown_client: Client) -> None:
    """The range's total (read from running counts) and its pages (a walk of each event's
    first run of days) are what every reading of every event says, at any day."""
    _, everything = _all(grown_client, "/timeline?fields=id,date")
    days = _days(grown_client)
    ranges = [(d, d) for d in days[::7]] + list(zip(days[::11], days[5::11], strict=False))
    ranges += list(zip(days[::13], days[40::13], strict=False))
    ranges += [("2016", "2018"), ("2021", "2021-10"), ("2021", "2022"), ("2013", "2014-09-09")]
    for low, high in ranges:
        first, last = interval(low)[0], interval(high)[1]
        wanted = [
            e["id"]
            for e in everything
            if any(s <= last and e2 >= first for s, e2 in date_intervals(e["date"]))
        ]
        total, found = _all(grown_client, f"/timeline?from={low}&to={high}")
        assert (total, [e["id"] for e in found]) == (len(wanted), wanted), (low, high)


@pytest.mark.parametrize(
    "query",
    [
        "/members?coalition=imctc",
        "/members?coalition=imctc&coalition=global-coalition",
        "/members?type=organization",
        "/members?role=member",
        "/members?coalition=imctc&role=member",
        "/timeline?member=sa",
        "/timeline?person=john-godfrey",
        "/timeline?type=meeting",
        "/timeline?dated=false",
        "/timeline?from=2016&type=meeting",
        "/people?coalition=imctc",
        "/working-groups?chair=SA",
        "/members?coalition=nothing-of-that-name",
    ],
)
def test_a_read_total_is_the_items_counted(grown_client: Client, query: str) -> None:
    total, items = _all(grown_client, query)
    assert total == len(items) == len({item["id"] for item in items}), query


def test_statements_are_kept_per_shape_never_per_value_and_bounded(grown: Path) -> None:
    """Values are bound to a statement compiled once per shape of request; the shapes a
    client can ask for (sorts combine) are kept up to `PLANS`, so no request grows it."""
    app = create_app(Settings(database_path=grown, build_on_start=False, access_log=False))
    with serve(app) as client:
        store = app.app.state.store  # type: ignore[attr-defined]
        client.get("/members?coalition=imctc")
        client.get("/timeline?from=2016&to=2018")
        shapes = len(store.plans)
        for index in range(40):
            assert client.get(f"/members?coalition=c{index}&coalition=imctc").status_code == 200
            year = 2000 + index
            assert client.get(f"/timeline?from={year}-02&to={year + 1}").status_code == 200
        assert len(store.plans) <= shapes + 4  # the two-value shapes, walked or not
        keys = KINDS["members"].sort_keys
        pairs = [(a, b) for a in keys for b in keys]
        for one, two in [("", ""), ("-", ""), ("", "-"), ("-", "-")]:
            for first, second in pairs:
                r = client.get(f"/members?sort={one}{first},{two}{second}&limit=1&coalition=imctc")
                assert r.status_code == 200, r.text
        assert len(store.plans) == PLANS
