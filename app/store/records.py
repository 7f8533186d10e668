"""The store a serving process reads: one indexed query per request, no record in memory.

The database holds each record's finished JSON (`record.body`), so a page's body is
those bytes joined, and the columns filters, sorts and searches read (`app.rendered`).
The statements are SQLAlchemy Core, the same for SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import orjson
from rapidfuzz import fuzz
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    Table,
    and_,
    bindparam,
    case,
    false,
    func,
    literal,
    select,
    union_all,
)
from sqlmodel import SQLModel

from app.kinds import KINDS, SEARCH, Kind
from app.models.tables import (
    FacetRow,
    IntervalRow,
    Meta,
    RecordKeyRow,
    RecordRow,
    SearchNameRow,
    SortRow,
)
from app.query import ListParams, Page, page_links, split_list
from app.store import fulltext


def _table(model: type[SQLModel]) -> Table:
    return SQLModel.metadata.tables[str(model.__tablename__)]


RECORD = _table(RecordRow)
KEY = _table(RecordKeyRow)
FACET = _table(FacetRow)
SORT = _table(SortRow)
INTERVAL = _table(IntervalRow)
NAME = _table(SearchNameRow)
META = _table(Meta)
# Beyond every character: `name < prefix + LAST` keeps the names that begin with it.
LAST = "\U0010ffff"
# Misspelt names: at most so many names sharing the query's first letters are compared,
# and those at least this similar (rapidfuzz's ratio, 0-100) are hits.
FUZZY_CANDIDATES = 2_000
FUZZY_RATIO = 80.0
FUZZY_HITS = 50


def key_of(given: str) -> str | None:
    """The stored spelling of an id in any case; ASCII only, as the OpenAPI patterns say
    (`"\\u017fa".upper()`, a long s, is `SA`)."""
    return given.upper() if given.isascii() else None


# The statements every request of their kind runs, with bound parameters: built and
# compiled once per process (`Store.run`), since building a statement costs more than
# SQLite takes to answer it.
BY_KEY = (
    select(RECORD.c.body)
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
    select(RECORD.c.body)
    .where(
        RECORD.c.kind == bindparam("kind"),
        RECORD.c.position >= bindparam("start"),
        RECORD.c.position < bindparam("stop"),
    )
    .order_by(RECORD.c.position)
)


@dataclass(frozen=True)
class Store:
    engine: Engine
    data_version: str
    counts: dict[str, int]
    dialect: str
    compiled: dict[int, Any] = field(default_factory=dict)

    def run(self, connection: Connection, stmt: Select[Any], **values: Any) -> Any:
        """One of the fixed statements above, compiled once, with these values."""
        compiled = self.compiled.get(id(stmt))
        if compiled is None:
            compiled = self.compiled[id(stmt)] = stmt.compile(dialect=connection.dialect)
        order = compiled.positiontup
        params = tuple(values[name] for name in order) if order is not None else values
        return connection.exec_driver_sql(compiled.string, params)

    @classmethod
    def open(cls, engine: Engine) -> Store:
        with engine.connect() as connection:
            meta: dict[str, str] = dict(connection.execute(select(META.c.key, META.c.value)).all())
            dialect = connection.dialect.name
        return cls(engine, meta["data_version"], orjson.loads(meta["counts"]), dialect)

    # -- lookups -------------------------------------------------------------------------

    def record(self, kind: str, given: str) -> bytes | None:
        """A record's JSON by its id in any case (a member by ISO alpha-3 as well)."""
        key = key_of(given)
        if key is None:
            return None
        with self.engine.connect() as connection:
            body = self.run(connection, BY_KEY, kind=kind, key=key).scalar_one_or_none()
        return None if body is None else str(body).encode()

    def resolve(self, kind: str, given: Sequence[str]) -> dict[str, str]:
        """The canonical ids of the given ids (any case) that name a record."""
        found: dict[str, str] = {}
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
        """(id, value) of a facet over a kind, in the kind's order: coalitions' coverage."""
        with self.engine.connect() as connection:
            rows = self.run(connection, FACET_VALUES, kind=kind, name=name).all()
        return [(str(row[0]), str(row[1])) for row in rows]

    # -- filters -------------------------------------------------------------------------

    @staticmethod
    def facet(kind: str, name: str, values: Sequence[str]) -> ColumnElement[bool]:
        """Records with any of `values` for the facet."""
        ids = select(FACET.c.id).where(
            FACET.c.kind == kind, FACET.c.name == name, FACET.c.value.in_(values)
        )
        condition: ColumnElement[bool] = RECORD.c.id.in_(ids)
        return condition

    @staticmethod
    def facet_in(kind: str, names: Sequence[str], value: str) -> ColumnElement[bool]:
        """Records with `value` under any of the facets `names`."""
        ids = select(FACET.c.id).where(
            FACET.c.kind == kind, FACET.c.name.in_(names), FACET.c.value == value
        )
        condition: ColumnElement[bool] = RECORD.c.id.in_(ids)
        return condition

    @staticmethod
    def facet_record(kind: str, name: str, ref_kind: str, given: str) -> ColumnElement[bool]:
        """Records whose facet names the record `given` (its id in any case)."""
        key = key_of(given)
        if key is None:
            return false()
        ref = select(KEY.c.id).where(KEY.c.kind == ref_kind, KEY.c.key == key)
        ids = select(FACET.c.id).where(
            FACET.c.kind == kind, FACET.c.name == name, FACET.c.value.in_(ref)
        )
        condition: ColumnElement[bool] = RECORD.c.id.in_(ids)
        return condition

    @staticmethod
    def overlapping(low: str, high: str) -> ColumnElement[bool]:
        """Events one of whose date's readings meets the days from `low` to `high`."""
        ids = select(INTERVAL.c.event_id).where(INTERVAL.c.start <= high, INTERVAL.c.end >= low)
        condition: ColumnElement[bool] = RECORD.c.id.in_(ids)
        return condition

    # -- pages ---------------------------------------------------------------------------

    def page(self, kind: Kind, params: ListParams, where: Sequence[ColumnElement[bool]]) -> Page:
        """A page of a collection: `where` from the router, then `q`, `sort` and paging."""
        return self._page(kind, params, [RECORD.c.kind == kind.name, *where], RECORD.c.body)

    def search(self, params: ListParams, q: str) -> Page:
        """`/search`: the hits of every kind."""
        return self._page(SEARCH, replace(params, q=q), [], RECORD.c.hit)

    def _page(
        self, kind: Kind, params: ListParams, where: list[ColumnElement[bool]], body: Any
    ) -> Page:
        unfiltered = kind.name in KINDS and len(where) == 1 and params.q is None
        if unfiltered and not params.sort:
            # The natural order is stored: a page is a range of positions, so the last
            # page costs what the first does.
            start, stop = params.offset, params.offset + params.limit
            with self.engine.connect() as connection:
                rows = self.run(connection, POSITIONS, kind=kind.name, start=start, stop=stop)
                bodies = rows.scalars().all()
            return _page(kind, params, [str(b).encode() for b in bodies], self.counts[kind.name])
        with self.engine.connect() as connection:
            ranked: Any = None
            if params.q is not None:
                ranked = self._ranked(connection, params.q, where)
                if ranked is None:
                    return _page(kind, params, [], 0)
            stmt = select(body).select_from(RECORD)
            count = select(func.count()).select_from(RECORD)
            if ranked is not None:
                stmt = stmt.join(ranked, ranked.c.seq == RECORD.c.seq)
                count = count.join(ranked, ranked.c.seq == RECORD.c.seq)
            stmt, order = _sorted(stmt, kind, split_list(params.sort))
            if ranked is not None:
                order += [ranked.c.tier, ranked.c.score]
            stmt = stmt.where(*where).order_by(*order, RECORD.c.seq).offset(params.offset)
            bodies = connection.execute(stmt.limit(params.limit)).scalars().all()
            if unfiltered:
                total = self.counts[kind.name]
            else:
                total = connection.execute(count.where(*where)).scalar_one()
        return _page(kind, params, [b.encode() for b in bodies], total)

    def _ranked(
        self, connection: Connection, q: str, where: list[ColumnElement[bool]]
    ) -> Any | None:
        """The hits of `q` as a subquery of (seq, tier, score), or None if it has no term.

        Tier 0: a name is the query; 1: a name begins with it; 2: the names have every
        term; 3: the text has every term (ordered by bm25). With no hit at all, names
        like the query (`Egipt`, `Jorden`) are tier 4, the most similar first.
        """
        query = fulltext.parse(q)
        if query.empty:
            return None
        ranked = _grouped([*_named(query.folded), *fulltext.matches(query, self.dialect)])
        found = select(func.count()).select_from(RECORD).join(ranked, ranked.c.seq == RECORD.c.seq)
        if connection.execute(found.where(*where)).scalar_one():
            return ranked
        similar = self._similar(connection, query.folded, where)
        return fulltext.listed(similar).subquery("similar") if similar else ranked

    def _similar(
        self, connection: Connection, folded: str, where: list[ColumnElement[bool]]
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
        for seq, name in connection.execute(stmt):
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
            yield from (orjson.loads(body) for body in bodies)
            if len(bodies) < batch:
                return
            start += batch


def _named(folded: str) -> list[Select[Any]]:
    exact = select(NAME.c.seq, literal(0).label("tier"), literal(0.0).label("score"))
    prefix = select(NAME.c.seq, literal(1).label("tier"), literal(0.0).label("score"))
    return [
        exact.where(NAME.c.name == folded),
        prefix.where(NAME.c.name > folded, NAME.c.name < folded + LAST),
    ]


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


def _sorted(stmt: Select[Any], kind: Kind, spec: list[str]) -> tuple[Select[Any], list[Any]]:
    """Each sort field's rank joined from `record_sort` (every record has one)."""
    order: list[Any] = []
    for index, part in enumerate(spec):
        field = part.lstrip("-")
        rank = SORT.alias(f"sort{index}")
        name = f"{kind.name}:{field}"
        stmt = stmt.join(rank, and_(rank.c.key == name, rank.c.seq == RECORD.c.seq))
        order.append(rank.c.down if part.startswith("-") else rank.c.up)
    return stmt, order


def _page(kind: Kind, params: ListParams, bodies: list[bytes], total: int) -> Page:
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
