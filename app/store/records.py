"""The store a serving process reads: one indexed query per request, no record in memory.

The database holds each record's finished JSON (`record.body`), so a page's body is
those bytes joined, and the columns filters, sorts and searches read (`app.build.rendered`).
The statements are SQLAlchemy Core, the same for SQLite and PostgreSQL.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import orjson
from rapidfuzz import fuzz
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    String,
    and_,
    bindparam,
    case,
    distinct,
    false,
    func,
    literal,
    select,
    union,
    union_all,
)
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression
from sqlalchemy.sql.selectable import ScalarSelect

from app.kinds import KINDS, SEARCH, Resource
from app.models.tables import (
    DictionaryRow,
    EventPieceDayRow,
    EventPieceRow,
    FacetCountRow,
    FacetRow,
    Meta,
    RecordKeyRow,
    RecordRow,
    SearchNameRow,
    SortKeyRow,
    SortRow,
    core_table,
)
from app.store import fulltext
from app.store.packing import Unpacker
from app.store.query import ListParams, Page, page_links, split_list

RECORD = core_table(RecordRow)
KEY = core_table(RecordKeyRow)
FACET = core_table(FacetRow)
SORT = core_table(SortRow)
FACET_COUNT = core_table(FacetCountRow)
PIECE = core_table(EventPieceRow)
PIECE_DAY = core_table(EventPieceDayRow)
SORT_KEY = core_table(SortKeyRow)
NAME = core_table(SearchNameRow)
META = core_table(Meta)
DICTIONARY = core_table(DictionaryRow)
# Beyond every character: `name < prefix + LAST` keeps the names that begin with it.
LAST = "\U0010ffff"
# Misspelt names: at most so many names sharing the query's first letters are compared,
# and those at least this similar (rapidfuzz's ratio, 0-100) are hits.
FUZZY_CANDIDATES = 2_000
FUZZY_RATIO = 80.0
FUZZY_HITS = 50
# Compiled statements kept per shape of request (kind, filters, sort; never a value):
# the shapes are finite, but sorts combine, so the least recently used go.
PLANS = 256
# A facet's values over a kind are kept in memory only when they are this few.
HELD_VALUES = 64


def key_of(given: str) -> str | None:
    """The stored spelling of an id in any case; ASCII only, as the OpenAPI patterns say
    (`"\\u017fa".upper()`, a long s, is `SA`)."""
    return given.upper() if given.isascii() else None


BODY = RECORD.c.body.label("body")
HIT = RECORD.c.hit.label("hit")


# The statements every request of their kind runs, with bound parameters: built and
# compiled once per process (`Store.run`), since building a statement costs more than
# SQLite takes to answer it.
BY_KEY = (
    select(BODY)
    .join(KEY, and_(KEY.c.kind == RECORD.c.kind, KEY.c.id == RECORD.c.id))
    .where(KEY.c.kind == bindparam("kind"), KEY.c.key == bindparam("key"))
)
KEY_ID = select(KEY.c.id).where(KEY.c.kind == bindparam("kind"), KEY.c.key == bindparam("key"))
FACET_VALUES = (
    select(FACET.c.id, FACET.c.value)
    .join(RECORD, and_(RECORD.c.kind == FACET.c.kind, RECORD.c.id == FACET.c.id))
    .where(FACET.c.kind == bindparam("kind"), FACET.c.name == bindparam("name"))
    .order_by(RECORD.c.position)
)
POSITIONS = (
    select(BODY)
    .where(
        RECORD.c.kind == bindparam("kind"),
        RECORD.c.position >= bindparam("start"),
        RECORD.c.position < bindparam("stop"),
    )
    .order_by(RECORD.c.position)
)


@dataclass(frozen=True)
class Filter:
    """A filter as data: `shape` says which statement it needs (a kind, a facet, how many
    values; never a value) and `values` are bound to it, so a statement is built and
    compiled once per shape of request (`Store.plans`), not once per request."""

    shape: tuple[str | int, ...]
    values: tuple[str, ...] = ()


# Matches nothing: an id no record has.
NOTHING = Filter(("nothing",))
Compiled = tuple[str, list[str] | None, dict[str, Any]]


def _param(index: int, at: int) -> Any:
    return bindparam(f"f{index}_{at}", type_=String)


def _values(filters: Sequence[Filter]) -> dict[str, Any]:
    """The filters' values by the names `_condition` binds them to."""
    return {f"f{i}_{j}": value for i, f in enumerate(filters) for j, value in enumerate(f.values)}


def _condition(f: Filter, index: int) -> ColumnElement[bool]:
    """The filter as SQL, its values bound as `f<index>_<n>`: a set of ids (or of the
    timeline's positions) the record is in."""
    tag, values = f.shape[0], [_param(index, at) for at in range(len(f.values))]
    if tag == "facet" and values:
        kind, name = str(f.shape[1]), str(f.shape[2])
        ids = _facet_ids(kind, FACET.c.name == name, FACET.c.value.in_(values))
    elif tag == "facet_in":
        ids = _facet_ids(str(f.shape[1]), FACET.c.name.in_(values[1:]), FACET.c.value == values[0])
    elif tag == "record":
        ref = select(KEY.c.id).where(KEY.c.kind == f.shape[3], KEY.c.key == values[0])
        ids = _facet_ids(str(f.shape[1]), FACET.c.name == f.shape[2], FACET.c.value.in_(ref))
    elif tag == "overlap":
        low, high = values
        runs = select(PIECE.c.position).where(
            PIECE.c.start <= high, PIECE.c.end >= low, PIECE.c.prev_end < low
        )
        return RECORD.c.position.in_(runs)
    else:
        return false()
    return RECORD.c.id.in_(ids)


def _facet_ids(kind: str, *where: ColumnElement[bool]) -> Select[Any]:
    return select(FACET.c.id).where(FACET.c.kind == kind, *where)


def _conditions(filters: Sequence[Filter]) -> list[ColumnElement[bool]]:
    return [_condition(f, index) for index, f in enumerate(filters)]


@dataclass(frozen=True)
class Store:
    engine: Engine
    data_version: str
    counts: dict[str, int]
    dialect: str
    # Each kind's first and last `seq` (records are numbered kind by kind): a search
    # within a collection reads only that range of the full-text index.
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    # A search's statements by (kind, has Latin words, Arabic terms: SQLite whether any,
    # PostgreSQL how many, at most `fulltext.PG_BOUND_GRAMS`): at most a few hundred.
    searches: dict[tuple[str, bool, int], Searches] = field(default_factory=dict)
    compiled: dict[int, Compiled] = field(default_factory=dict)
    # The statements of filtered and sorted pages and their totals, by shape (`PLANS`).
    plans: OrderedDict[tuple[Any, ...], Compiled] = field(default_factory=OrderedDict)
    held: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Every stored body and hit read is unpacked by `unpack` (`app.store.packing`).
    unpacker: Unpacker = field(default_factory=lambda: Unpacker([]))

    def unpack(self, stored: Any) -> bytes:
        """A record's JSON (or its hit's) from `record.body` (or `record.hit`)."""
        return self.unpacker.unpack(stored)

    def run(self, connection: Connection, stmt: Select[Any], **values: Any) -> Any:
        """One of the fixed statements (above, or a search's), compiled once, with these
        values for its named parameters (the others keep the values they were built with).
        Only statements that live as long as the process: they are known by `id`."""
        entry = self.compiled.get(id(stmt))
        if entry is None:
            entry = self.compiled[id(stmt)] = _compile(connection, stmt)
        return _execute(connection, entry, values)

    def planned(
        self,
        connection: Connection,
        shape: tuple[Any, ...],
        build: Callable[[], Select[Any]],
        values: dict[str, Any],
    ) -> Any:
        """The statement `build` makes for this shape of request, compiled the first time
        the shape is seen, run with `values`. At most `PLANS` shapes are kept."""
        with self.lock:  # a page may be read from a worker thread (exports)
            entry = self.plans.get(shape)
            if entry is not None:
                self.plans.move_to_end(shape)
        if entry is None:
            entry = _compile(connection, build())
            with self.lock:
                self.plans[shape] = entry
                while len(self.plans) > PLANS:
                    self.plans.popitem(last=False)
        return _execute(connection, entry, values)

    @classmethod
    def open(cls, engine: Engine) -> Store:
        with engine.connect() as connection:
            meta: dict[str, str] = dict(connection.execute(select(META.c.key, META.c.value)).all())
            dialect = connection.dialect.name
            counts: dict[str, int] = orjson.loads(meta["counts"])
            spans = {kind: _span(connection, kind, counts[kind]) for kind in KINDS}
            dictionaries = connection.execute(select(DICTIONARY.c.number, DICTIONARY.c.data))
            unpacker = Unpacker((int(n), bytes(d)) for n, d in dictionaries)
        return cls(engine, meta["data_version"], counts, dialect, spans, unpacker=unpacker)

    # -- lookups -------------------------------------------------------------------------

    def record(self, kind: str, given: str) -> bytes | None:
        """A record's JSON by its id in any case (a member by ISO alpha-3 as well)."""
        key = key_of(given)
        if key is None:
            return None
        with self.engine.connect() as connection:
            body = self.run(connection, BY_KEY, kind=kind, key=key).scalar_one_or_none()
        return None if body is None else self.unpack(body)

    def resolve(self, kind: str, given: Sequence[str]) -> dict[str, str]:
        """The canonical ids of the given ids (any case) that name a record."""
        found: dict[str, str] = {}
        if not given:
            return found
        with self.engine.connect() as connection:
            for value in dict.fromkeys(given):
                key = key_of(value)
                if key is None:
                    continue
                canonical = self.run(connection, KEY_ID, kind=kind, key=key).scalar_one_or_none()
                if canonical is not None:
                    found[value] = canonical
        return found

    def facet_values(self, kind: str, name: str) -> list[tuple[str, str]]:
        """(id, value) of a facet over a kind, in the kind's order: coalitions' coverage,
        which every member list reads. Kept when it is a few rows (`HELD_VALUES`): the
        snapshot never changes, and the names asked for are the code's."""
        held = self.held.get((kind, name))
        if held is not None:
            return held
        with self.engine.connect() as connection:
            rows = self.run(connection, FACET_VALUES, kind=kind, name=name).all()
        found = [(str(row[0]), str(row[1])) for row in rows]
        if len(found) <= HELD_VALUES:
            self.held[(kind, name)] = found
        return found

    # -- filters -------------------------------------------------------------------------

    @staticmethod
    def facet(kind: str, name: str, values: Sequence[str]) -> Filter:
        """Records with any of `values` for the facet."""
        return Filter(("facet", kind, name, len(values)), tuple(values))

    @staticmethod
    def facet_in(kind: str, names: Sequence[str], value: str) -> Filter:
        """Records with `value` under any of the facets `names`."""
        return Filter(("facet_in", kind, len(names)), (value, *names))

    @staticmethod
    def facet_record(kind: str, name: str, ref_kind: str, given: str) -> Filter:
        """Records whose facet names the record `given` (its id in any case)."""
        key = key_of(given)
        if key is None:
            return NOTHING
        return Filter(("record", kind, name, ref_kind), (key,))

    @staticmethod
    def overlapping(low: str, high: str) -> Filter:
        """Events one of whose date's readings meets the days from `low` to `high`."""
        return Filter(("overlap",), (low, high))

    # -- pages ---------------------------------------------------------------------------

    def page(self, kind: Resource, params: ListParams, filters: Sequence[Filter]) -> Page:
        """A page of a collection: `filters` from the router, then `q`, `sort` and paging."""
        return self._page(kind, params, list(filters), BODY)

    def search(self, params: ListParams, q: str) -> Page:
        """`/search`: the hits of every kind."""
        return self._page(SEARCH, replace(params, q=q), [], HIT)

    def _page(self, kind: Resource, params: ListParams, filters: list[Filter], body: Any) -> Page:
        if kind.name in KINDS and not filters and params.q is None and not params.sort:
            # The natural order is stored: a page is a range of positions, so the last
            # page costs what the first does.
            start, stop = params.offset, params.offset + params.limit
            with self.engine.connect() as connection:
                rows = self.run(connection, POSITIONS, kind=kind.name, start=start, stop=stop)
                bodies = rows.scalars().all()
            return _page(kind, params, [self.unpack(b) for b in bodies], self.counts[kind.name])
        with self.engine.connect() as connection:
            if params.q is None:
                total, found = self._filtered(connection, kind, params, filters, body)
            else:
                total, found = self._queried(connection, kind, params, params.q, filters, body)
        return _page(kind, params, found, total)

    def _filtered(
        self,
        connection: Connection,
        kind: Resource,
        params: ListParams,
        filters: list[Filter],
        body: Any,
    ) -> tuple[int, list[bytes]]:
        """A filtered or sorted page without `q`: its total and its page each one statement
        compiled once per shape (`planned`), the request's values bound to it."""
        values = _values(filters)
        shapes = tuple(f.shape for f in filters)
        total = self.counts[kind.name]
        if filters:
            key: tuple[Any, ...] = ("total", kind.name, shapes)
            count = self.planned(connection, key, lambda: _count(kind, filters), values)
            total = int(count.scalar_one())
        if params.offset >= total:
            return total, []
        size = self.counts[kind.name]
        walk = not params.sort and (params.offset + params.limit) * size < total * total
        key = ("page", kind.name, params.sort, shapes, walk, body.name)
        values |= {"offset": params.offset, "limit": params.limit}

        def build() -> Select[Any]:
            stmt: Select[Any] = _paged(kind, params.sort, filters, walk, body)
            return stmt

        rows = self.planned(connection, key, build, values)
        return total, [self.unpack(b) for b in rows.scalars().all()]

    def _queried(
        self,
        connection: Connection,
        kind: Resource,
        params: ListParams,
        q: str,
        filters: list[Filter],
        body: Any,
    ) -> tuple[int, list[bytes]]:
        """A page with `q`: in rank order, or sorted (the query's own statements)."""
        values = _values(filters)
        where = _conditions(filters)
        where = [RECORD.c.kind == kind.name, *where] if kind.name in KINDS else where
        if not params.sort:
            return self._searched(connection, kind, params, q, where, body, values)
        ranked = self._ranked(connection, q, where, self.spans.get(kind.name), values)
        if ranked is None:
            return 0, []
        count = select(func.count()).select_from(RECORD)
        count = count.join(ranked, ranked.c.seq == RECORD.c.seq).where(*where)
        total = int(connection.execute(count, values).scalar_one())
        if params.offset >= total:
            return total, []
        window = _window(kind, params.sort, where, ranked, params.offset, params.limit)
        stmt = select(body).join(window, window.c.seq == RECORD.c.seq)
        stmt = stmt.order_by(*[c for c in window.c if c.name != "seq"], window.c.seq)
        return total, [self.unpack(b) for b in connection.execute(stmt, values).scalars().all()]

    def _bodies(self, connection: Connection, seqs: list[int], body: Any) -> list[bytes]:
        """The stored JSON of these records, in this order."""
        if not seqs:
            return []
        rows = connection.execute(select(RECORD.c.seq, body).where(RECORD.c.seq.in_(seqs)))
        found = {int(seq): stored for seq, stored in rows}
        return [self.unpack(found[seq]) for seq in seqs]

    def _searched(
        self,
        connection: Connection,
        kind: Resource,
        params: ListParams,
        q: str,
        where: list[ColumnElement[bool]],
        body: Any,
        bound: dict[str, Any],
    ) -> tuple[int, list[bytes]]:
        """The total and the page's bodies of a search, in rank order (`bound`: the
        filters' values).

        Tiers 0-2 (a name is the query, begins with it, has every term) keep the records'
        order, so bm25 ranks only the text hits a page reaches beyond them: a first page
        of names never scores the rest. A search within a collection reads only the range
        of `seq` its kind holds. On SQLite without other filters, the statements take the
        query as parameters and are built once per kind and shape of query (SQLite and
        PostgreSQL alike, `fulltext.bound_shape`).
        """
        query = fulltext.parse(q)
        if query.empty:
            return 0, []
        span = self.spans.get(kind.name)
        filters = where[1:] if kind.name in KINDS else where
        wanted = params.offset + params.limit
        values: dict[str, Any] = {"wanted": wanted, "need": 0} | bound
        form = fulltext.bound_shape(query, self.dialect)
        if form is not None and not filters:
            shape = (kind.name, *form)
            statements = self.searches.get(shape)
            if statements is None:
                text = [
                    fulltext.bound_hits(self.dialect, form, t, span is not None) for t in (2, 3)
                ]
                statements = self.searches[shape] = _bound_search(body, text, span)
            values |= {"exact": query.folded, "upper": query.folded + LAST}
            values |= fulltext.bound_values(query, self.dialect) | _span_values(span)

            def run(stmt: Select[Any]) -> Any:
                return self.run(connection, stmt, **values)
        else:
            named = _named(query.folded, span)
            text = fulltext.matches(query, self.dialect, span)
            statements = _search(body, named, text, filters)

            def run(stmt: Select[Any]) -> Any:
                return connection.execute(stmt, values)

        total = int(run(statements.count).scalar_one())
        if total == 0:
            similar = self._similar(connection, query.folded, where, bound)
            seqs = [seq for seq, _, _ in similar][params.offset :][: params.limit]
            return len(similar), self._bodies(connection, seqs, body)
        rows = run(statements.early).all()
        if len(rows) < wanted and len(rows) < total and statements.late is not None:
            values["need"] = wanted - len(rows)
            rows += run(statements.late).all()
        return total, [self.unpack(stored) for _, stored in rows[params.offset :]]

    def _ranked(
        self,
        connection: Connection,
        q: str,
        where: list[ColumnElement[bool]],
        span: fulltext.Span,
        values: dict[str, Any],
    ) -> Any | None:
        """The hits of `q` as a subquery of (seq, tier, score), or None if it has no term.

        Tier 0: a name is the query; 1: a name begins with it; 2: the names have every
        term; 3: the text has every term (ordered by bm25). With no hit at all, names
        like the query (`Egipt`, `Jorden`) are tier 4, the most similar first.
        """
        query = fulltext.parse(q)
        if query.empty:
            return None
        ranked = _grouped(
            [*_named(query.folded, span), *fulltext.matches(query, self.dialect, span)]
        )
        found = select(func.count()).select_from(RECORD).join(ranked, ranked.c.seq == RECORD.c.seq)
        if connection.execute(found.where(*where), values).scalar_one():
            return ranked
        similar = self._similar(connection, query.folded, where, values)
        return fulltext.listed(similar).subquery("similar") if similar else ranked

    def _similar(
        self,
        connection: Connection,
        folded: str,
        where: list[ColumnElement[bool]],
        values: dict[str, Any],
    ) -> list[tuple[int, int, float]]:
        """Names sharing the query's first two letters, scored by rapidfuzz."""
        if len(folded) < 3:
            return []
        start = folded[:2]
        stmt = (
            select(NAME.c.seq, NAME.c.name)
            .join(RECORD, RECORD.c.seq == NAME.c.seq)
            .where(NAME.c.name >= start, NAME.c.name < start + LAST, *where)
            .limit(FUZZY_CANDIDATES)
        )
        best: dict[int, float] = {}
        for seq, name in connection.execute(stmt, values):
            score = fuzz.ratio(folded, name)
            if score >= FUZZY_RATIO and score > best.get(seq, 0.0):
                best[seq] = score
        ranked = sorted(best.items(), key=lambda hit: (-hit[1], hit[0]))[:FUZZY_HITS]
        return [(seq, 4, -score) for seq, score in ranked]

    # -- exports -------------------------------------------------------------------------

    def documents(self, kind: str, batch: int = 500) -> Iterator[dict[str, Any]]:
        """Every record of a kind in natural order, read a batch of positions at a time,
        so that an export never holds the collection."""
        start = 0
        while True:
            stmt = (
                select(RECORD.c.body)
                .where(
                    RECORD.c.kind == kind,
                    RECORD.c.position >= start,
                    RECORD.c.position < start + batch,
                )
                .order_by(RECORD.c.position)
            )
            with self.engine.connect() as connection:
                bodies = connection.execute(stmt).scalars().all()
            yield from (orjson.loads(self.unpack(body)) for body in bodies)
            if len(bodies) < batch:
                return
            start += batch


def _compile(connection: Connection, stmt: Select[Any]) -> Compiled:
    compiled = stmt.compile(dialect=connection.dialect)
    defaults = dict(compiled.construct_params(_check=False))
    return compiled.string, compiled.positiontup, defaults


def _execute(connection: Connection, entry: Compiled, values: dict[str, Any]) -> Any:
    string, order, defaults = entry
    merged = defaults | values
    params = tuple(merged[name] for name in order) if order is not None else merged
    return connection.exec_driver_sql(string, params)


def _span(connection: Connection, kind: str, count: int) -> tuple[int, int]:
    """The first and last `seq` of a kind: those at its first and last position."""
    ends = select(RECORD.c.seq).where(
        RECORD.c.kind == kind, RECORD.c.position.in_([0, max(count - 1, 0)])
    )
    seqs = [int(seq) for seq in connection.execute(ends).scalars()]
    return (min(seqs), max(seqs)) if seqs else (0, -1)


@dataclass(frozen=True)
class Searches:
    """A search's statements: its total, its tiers 0-2 in order, then its text hits by
    bm25 (None: no text to score); both of the last give (seq, body), at most `:wanted`
    and `:need` rows."""

    count: Select[Any]
    early: Select[Any]
    late: Select[Any] | None


def _search(
    body: Any, named: list[Select[Any]], text: list[Select[Any]], filters: list[Any]
) -> Searches:
    """`Searches` of these hits (`_named`, then tier 2 and tier 3 of `fulltext`), kept
    to the records that pass `filters`.

    Without filters, tiers 0-2 are read only as far as a page can reach: each keeps the
    records' order, so the first `wanted` of tiers 0 and 1 and the first `3 x wanted` of
    tier 2 (enough though some are in tier 0 or 1 too) hold the first `wanted` by best
    tier; a name common to thousands of records no longer reads them all.
    """

    def kept(seq: Any) -> list[ColumnElement[bool]]:
        if not filters:
            return []
        # Its own `record`, not the page's (which the bodies are read from).
        test = select(RECORD.c.seq).where(RECORD.c.seq == seq, *filters)
        return [test.correlate_except(RECORD).exists()]

    parts = [*named, *text[1:]]
    hits = union(*[part.with_only_columns(part.selected_columns[0]) for part in parts])
    counted = hits.subquery("hits")
    count = select(func.count()).select_from(counted).where(*kept(counted.c.seq))
    early_parts = [*named, *text[:1]]
    if not filters:
        early_parts = [
            _first(part, bindparam("wanted") * (3 if index == 2 else 1))
            for index, part in enumerate(early_parts)
        ]
    first = _grouped(early_parts)
    early = (
        select(first.c.seq, body)
        .join(RECORD, RECORD.c.seq == first.c.seq)
        .where(*kept(first.c.seq))
        .order_by(first.c.tier, first.c.seq)
        .limit(bindparam("wanted"))
    )
    if not text:
        return Searches(count, early, None)
    scored = text[1].subquery("scored")
    again = _grouped([*named, *text[:1]])
    late = (
        select(scored.c.seq, body)
        .join(RECORD, RECORD.c.seq == scored.c.seq)
        .where(scored.c.seq.not_in(select(again.c.seq)), *kept(scored.c.seq))
        .order_by(scored.c.score, scored.c.seq)
        .limit(bindparam("need"))
    )
    return Searches(count, early, late)


def _bound_search(body: Any, text: list[fulltext.Hits], span: fulltext.Span) -> Searches:
    """`_search` with the query as parameters: `exact`, `upper` (just past the names it
    begins), `lo` and `hi` (the kind's span) and `fulltext.bound_values` (`text`: tiers
    2 and 3 from `fulltext.bound_hits`)."""
    within = [] if span is None else [NAME.c.seq.between(bindparam("lo"), bindparam("hi"))]
    exact = select(NAME.c.seq, literal(0).label("tier"), literal(0.0).label("score"))
    prefix = select(NAME.c.seq, literal(1).label("tier"), literal(0.0).label("score"))
    named = [
        exact.where(NAME.c.name == bindparam("exact"), *within),
        prefix.where(NAME.c.name > bindparam("exact"), NAME.c.name < bindparam("upper"), *within),
    ]
    return _search(body, named, text, [])


def _span_values(span: fulltext.Span) -> dict[str, int]:
    return {} if span is None else {"lo": span[0], "hi": span[1]}


def _named(folded: str, span: fulltext.Span = None) -> list[Select[Any]]:
    exact = select(NAME.c.seq, literal(0).label("tier"), literal(0.0).label("score"))
    prefix = select(NAME.c.seq, literal(1).label("tier"), literal(0.0).label("score"))
    within = [] if span is None else [NAME.c.seq.between(*span)]
    return [
        exact.where(NAME.c.name == folded, *within),
        prefix.where(NAME.c.name > folded, NAME.c.name < folded + LAST, *within),
    ]


def _count(kind: Resource, filters: list[Filter]) -> Select[Any]:
    """`X-Total-Count` of a filtered collection: read from the build's counts when one
    filter has one value (`_read_total`). Else one filter is counted on its own index (the
    ids it selects are records of the kind), not joined with the records."""
    if len(filters) == 1:
        read = _read_total(kind.name, filters[0])
        if read is not None:
            return read
    where = [RECORD.c.kind == kind.name, *_conditions(filters)]
    ids = _ids_of(where[1]) if len(where) == 2 else None
    if ids is not None:
        selected = ids.subquery()
        column = next(iter(selected.c))
        return select(func.count(distinct(column))).select_from(selected)
    return select(func.count()).select_from(RECORD).where(*where)


def _read_total(kind: str, f: Filter) -> Select[Any] | None:
    """The total of one filter from `record_facet_count` or `event_piece_day`, or None
    when it must be counted (several values: a record may have more than one)."""
    tag, values = f.shape[0], [_param(0, at) for at in range(len(f.values))]
    total = func.coalesce(func.sum(FACET_COUNT.c.count), 0)
    read = select(total).where(FACET_COUNT.c.kind == kind)
    if tag == "facet" and len(values) == 1:
        return read.where(FACET_COUNT.c.name == f.shape[2], FACET_COUNT.c.value == values[0])
    if tag == "facet_in" and len(values) == 2:
        return read.where(FACET_COUNT.c.name == values[1], FACET_COUNT.c.value == values[0])
    if tag == "record":
        ref = select(KEY.c.id).where(KEY.c.kind == f.shape[3], KEY.c.key == values[0])
        return read.where(FACET_COUNT.c.name == f.shape[2], FACET_COUNT.c.value.in_(ref))
    if tag == "overlap":
        return _overlap_total(*values)
    return None


def _overlap_total(low: Any, high: Any) -> Select[Any]:
    """Events meeting the days `low` to `high`: the runs of days meeting them (all runs,
    less those ending before `low`, less those starting after `high`), less the gaps
    between two runs of one event that both meet them (`app.build.keys`)."""

    def running(side: str, *where: ColumnElement[bool], last: bool = False) -> Any:
        order = PIECE_DAY.c.day.desc() if last else PIECE_DAY.c.day
        found = select(PIECE_DAY.c.count).where(PIECE_DAY.c.side == side, *where)
        return func.coalesce(found.order_by(order).limit(1).scalar_subquery(), 0)

    gaps = select(func.count()).select_from(PIECE)
    gaps = gaps.where(PIECE.c.prev_end >= low, PIECE.c.start <= high)
    runs = running("start")
    ended = running("end", PIECE_DAY.c.day < low, last=True)
    later = running("start", PIECE_DAY.c.day > high)
    return select(runs - ended - later - gaps.scalar_subquery())


def _paged(kind: Resource, sort: str | None, filters: list[Filter], walk: bool, body: Any) -> Any:
    """A filtered or sorted page's bodies, `:offset` and `:limit` bound."""
    offset: Any = bindparam("offset")
    limit: Any = bindparam("limit")
    where = [RECORD.c.kind == kind.name, *_conditions(filters)]
    if not filters:
        # A sorted collection: the rank's index gives the order, SQLite reads the page's
        # rows alone.
        stmt, order = _sorted(select(body), kind, split_list(sort))
        stmt = stmt.where(*where).order_by(*order, RECORD.c.seq)
        return stmt.offset(offset).limit(limit)
    if not sort and [f.shape for f in filters] == [("overlap",)]:
        # The first run of each event that meets the range, in the timeline's order.
        low, high = _param(0, 0), _param(0, 1)
        # From the first event whose last day is not before the range (`reach`).
        first = select(PIECE.c.position).where(PIECE.c.reach >= low)
        first = first.order_by(PIECE.c.reach, PIECE.c.position).limit(1)
        runs = select(PIECE.c.position).where(
            PIECE.c.position >= first.scalar_subquery(),
            PIECE.c.start <= high,
            PIECE.c.end >= low,
            PIECE.c.prev_end < low,
        )
        window = runs.order_by(PIECE.c.position).offset(offset).limit(limit).subquery("runs")
        on = and_(RECORD.c.kind == kind.name, RECORD.c.position == window.c.position)
        return select(body).join(window, on).order_by(window.c.position)
    window = _window(kind, sort, where, None, offset, limit, walk)
    stmt = select(body).join(window, window.c.seq == RECORD.c.seq)
    return stmt.order_by(*[c for c in window.c if c.name != "seq"], window.c.seq)


def _window(
    kind: Resource,
    sort: str | None,
    where: list[ColumnElement[bool]],
    ranked: Any,
    offset: Any,
    limit: Any,
    walk: bool = False,
) -> Any:
    """The page's `seq`s with the columns they are ordered by, as a subquery, so that
    only the page's own records are read whole. `walk`: most records pass, so the kind
    is walked in its order, testing each one, until the page is full (far fewer tests
    than the filter has records)."""
    stmt = select(RECORD.c.seq)
    stmt, order = _sorted(stmt, kind, split_list(sort))
    if ranked is not None:
        stmt = stmt.join(ranked, ranked.c.seq == RECORD.c.seq)
        order += [ranked.c.tier, ranked.c.score]
    if walk and not order:
        where = [where[0], *(_probe(condition) for condition in where[1:])]
        order = [RECORD.c.position]
    columns = [column.label(f"k{index}") for index, column in enumerate(order)]
    stmt = stmt.add_columns(*columns).where(*where).order_by(*order, RECORD.c.seq)
    return stmt.offset(offset).limit(limit).subquery("window")


def _ids_of(condition: ColumnElement[bool]) -> Select[Any] | None:
    """The ids (or positions) a filter of this store selects (`record.id IN (<ids>)`),
    or None."""
    if (
        isinstance(condition, BinaryExpression)
        and (condition.left is RECORD.c.id or condition.left is RECORD.c.position)
        and condition.operator is operators.in_op
        and isinstance(condition.right, ScalarSelect)
        and isinstance(condition.right.element, Select)
    ):
        return condition.right.element
    return None


def _probe(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """A filter as a test of one record (`EXISTS`, an index probe), where it was a set."""
    ids = _ids_of(condition)
    if ids is None:
        return condition
    column = ids.selected_columns[0]
    assert isinstance(condition, BinaryExpression)
    probe: ColumnElement[bool] = ids.where(column == condition.left).exists()
    return probe


def _first(hits: Select[Any], count: Any) -> Select[Any]:
    """The first `count` of these hits in the records' order."""
    seq = hits.selected_columns[0]
    first = hits.order_by(seq).limit(count).subquery()
    return select(*first.c)


def _grouped(selects: list[Select[Any]]) -> Any:
    """A record's best tier; bm25 orders only the hits in other text than names, the
    others keep the order of kinds and records."""
    hits = union_all(*selects).subquery("hits")
    tier = func.min(hits.c.tier)
    score = case((tier < 3, 0.0), else_=func.min(hits.c.score))
    return (
        select(hits.c.seq, tier.label("tier"), score.label("score"))
        .group_by(hits.c.seq)
        .subquery("ranked")
    )


def _sorted(stmt: Select[Any], kind: Resource, spec: list[str]) -> tuple[Select[Any], list[Any]]:
    """Each sort field's rank joined from `record_sort` (every record has one)."""
    order: list[Any] = []
    for index, part in enumerate(spec):
        field = part.lstrip("-")
        rank = SORT.alias(f"sort{index}")
        # The field's number, looked up by the statement itself (once: it is a constant).
        number = select(SORT_KEY.c.number).where(SORT_KEY.c.name == f"{kind.name}:{field}")
        key = number.scalar_subquery()
        stmt = stmt.join_from(RECORD, rank, and_(rank.c.key == key, rank.c.seq == RECORD.c.seq))
        order.append(rank.c.down if part.startswith("-") else rank.c.up)
    return stmt, order


def _page(kind: Resource, params: ListParams, bodies: list[bytes], total: int) -> Page:
    field_list = split_list(params.fields)
    return Page(
        bodies=bodies,
        total=total,
        limit=params.limit,
        offset=params.offset,
        links=page_links(kind.path, params.params, total, params.limit, params.offset),
        columns=kind.columns,
        fields={"id", *field_list} if field_list else None,
        path=kind.path,
    )
