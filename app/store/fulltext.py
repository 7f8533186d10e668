"""Full-text search: SQLite FTS5 over each record's folded text, without a copy of it.

Two contentless FTS5 tables index the same folded text (`app.store.folding.fold`, applied at
index and query time alike), keyed by `record.seq`:

- `search_words` (unicode61): whole words, for Latin script and digits; `*` after a
  word asks for a prefix and double quotes for a phrase, as FTS5 itself means them.
- `search_grams` (trigram): the Arabic words alone, matched anywhere inside a word,
  since the documents attach the article and conjunctions (`سعود` finds `السعودية`).

Each table has two columns, `names` and `body`, and bm25 weighs a name ten times as
much as other text. User text never reaches FTS5's syntax: every term is folded into
letters and digits and quoted here, so `AND`, `NEAR(` or `col:` are words like others.

PostgreSQL has no FTS5: there `search_document` holds the same folded text, with GIN
indexes of its `simple` text search (whole words, prefixes, phrases) and of `pg_trgm`
(Arabic inside words), and the same tiers; within the last tier `ts_rank` stands in
for bm25.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Float,
    Integer,
    Select,
    String,
    bindparam,
    func,
    literal,
    literal_column,
    select,
)
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table
from sqlalchemy import text as sql_text

from app.store.folding import fold

log = logging.getLogger("tahaluf")
WORDS = "search_words"
GRAMS = "search_grams"
TABLES = (WORDS, GRAMS)
TOKENIZERS = {WORDS: "unicode61 remove_diacritics 2", GRAMS: "trigram"}
NAME_WEIGHT = 10.0
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# A phrase in double quotes (an unclosed quote runs to the end), or a bare word.
_PART = re.compile(r'"([^"]*)"?|([^\s"]+)')
TRIGRAM = 3
PG_DOCUMENT = "search_document"
PG_TABLE = (
    f"CREATE TABLE {PG_DOCUMENT} (seq integer PRIMARY KEY, names text NOT NULL, "
    "body text NOT NULL, arabic_names text NOT NULL, arabic_all text NOT NULL)"
)
# The expressions queries use, verbatim, so that the planner matches them to the indexes.
PG_NAMES = "to_tsvector('simple', names)"
PG_ALL = "to_tsvector('simple', names || ' ' || body)"
PG_INDEXES = (
    f"CREATE INDEX ix_search_document_names ON {PG_DOCUMENT} USING gin ({PG_NAMES})",
    f"CREATE INDEX ix_search_document_all ON {PG_DOCUMENT} USING gin ({PG_ALL})",
    f"CREATE INDEX ix_search_document_arabic_names ON {PG_DOCUMENT} "
    "USING gin (arabic_names gin_trgm_ops)",
    f"CREATE INDEX ix_search_document_arabic_all ON {PG_DOCUMENT} "
    "USING gin (arabic_all gin_trgm_ops)",
)


def arabic(token: str) -> bool:
    return _ARABIC.search(token) is not None


def arabic_only(folded: str) -> str:
    return " ".join(token for token in folded.split() if arabic(token))


class Indexer:
    """Build side: the full-text tables of a SQLite database, filled record by record."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.dialect = connection.dialect.name
        self.enabled = self.dialect in ("sqlite", "postgresql")
        self.rows: list[dict[str, object]] = []
        if self.dialect == "sqlite":
            for name, tokenizer in TOKENIZERS.items():
                connection.execute(
                    sql_text(
                        f"CREATE VIRTUAL TABLE {name} USING fts5"
                        f"(names, body, content='', tokenize='{tokenizer}')"
                    )
                )
        elif self.dialect == "postgresql":
            connection.execute(sql_text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            connection.execute(sql_text(PG_TABLE))
            if not connection.execute(sql_text("SELECT show_trgm('سعود') <> '{}'")).scalar():
                log.warning(
                    "this PostgreSQL database's LC_CTYPE has no Arabic letters: pg_trgm "
                    "cannot index Arabic, and an Arabic search reads every record; create "
                    "the database with LC_CTYPE 'C.UTF-8'"
                )

    def add(self, seq: int, names: str, own: str, cited: str) -> None:
        """A record's folded names, its own text, and its notes and quotes (whole words)."""
        if not self.enabled:
            return
        self.rows.append({"seq": seq, "names": names, "body": f"{own} {cited}", "own": own})
        if len(self.rows) >= 2_000:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        for row in self.rows:
            row["arabic_names"] = arabic_only(str(row["names"]))
            row["arabic_own"] = arabic_only(str(row["own"]))
        if self.dialect == "postgresql":
            insert = sql_text(
                f"INSERT INTO {PG_DOCUMENT}(seq, names, body, arabic_names, arabic_all) VALUES "
                "(:seq, :names, :body, :arabic_names, :arabic_names || ' ' || :arabic_own)"
            )
            self.connection.execute(insert, self.rows)
        else:
            for name, names, body in (
                (WORDS, "names", "body"),
                (GRAMS, "arabic_names", "arabic_own"),
            ):
                insert = sql_text(
                    f"INSERT INTO {name}(rowid, names, body) VALUES (:seq, :{names}, :{body})"
                )
                self.connection.execute(insert, self.rows)
        self.rows = []

    def finish(self) -> None:
        self.flush()
        if self.dialect == "sqlite":
            for name in TABLES:  # one b-tree per index: smaller, and faster to query
                self.connection.execute(sql_text(f"INSERT INTO {name}({name}) VALUES ('optimize')"))
        elif self.dialect == "postgresql":
            for index in PG_INDEXES:
                self.connection.execute(sql_text(index))


def drop(connection: Connection) -> None:
    """The full-text tables are no SQLModel tables: `drop_all` does not know them."""
    names = {"sqlite": TABLES, "postgresql": (PG_DOCUMENT,)}.get(connection.dialect.name, ())
    for name in names:
        connection.execute(sql_text(f"DROP TABLE IF EXISTS {name}"))


def _quote(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


@dataclass(frozen=True)
class SearchTerm:
    """A folded word or phrase; `inside`: matched inside words (Arabic), else whole words,
    the last one as a prefix when `prefix`."""

    tokens: tuple[str, ...]
    inside: bool = False
    prefix: bool = False

    def fts5(self) -> str:
        return _quote(" ".join(self.tokens)) + ("*" if self.prefix else "")

    def tsquery(self) -> str:
        words = [f"'{token}'" for token in self.tokens]
        if self.prefix:
            words[-1] += ":*"
        return " <-> ".join(words)


@dataclass(frozen=True)
class Query:
    """A search as we build it: its terms, and the folded text names are compared with.
    No term: the search finds nothing."""

    terms: tuple[SearchTerm, ...]
    folded: str

    @property
    def empty(self) -> bool:
        return not self.terms

    @property
    def words(self) -> list[SearchTerm]:
        return [term for term in self.terms if not term.inside]

    @property
    def grams(self) -> list[SearchTerm]:
        return [term for term in self.terms if term.inside]


def parse(q: str) -> Query:
    """Phrases in double quotes (whole words, in order) and bare words; a bare word
    ending in `*` is a prefix. Arabic bare words match inside words."""
    terms: list[SearchTerm] = []
    for match in _PART.finditer(q):
        phrase, bare = match.groups()
        if phrase is not None:
            tokens = fold(phrase).split()
            if tokens:
                terms.append(SearchTerm(tuple(tokens)))
            continue
        # A bare word may fold into several (`1=1`, `al-Qaeda`): each is a term.
        tokens = fold(bare).split()
        for index, token in enumerate(tokens):
            if arabic(token) and len(token) >= TRIGRAM:
                terms.append(SearchTerm((token,), inside=True))
            else:
                # `*` asks for a prefix; an Arabic word too short for trigrams finds the
                # words it begins.
                last = index == len(tokens) - 1
                prefix = (last and bare.endswith("*")) or arabic(token)
                terms.append(SearchTerm((token,), prefix=prefix))
    return Query(tuple(dict.fromkeys(terms)), " ".join(fold(q).split()))


Hits = Select[tuple[int, int, float]]
# The first and last `seq` of the records searched (one kind's), or None for all kinds.
Span = tuple[int, int] | None


def _fts5(query: Query, tier: int, names_only: bool, span: Span) -> Hits:
    """`seq`, `tier` and bm25 (lower is better) of the records with every term."""

    words, grams = _expressions(query, names_only)
    main, match = (WORDS, words) if words else (GRAMS, grams)
    fts = sql_table(main, sql_column("rowid", Integer))
    # Tier 2 is ordered by record, not by bm25: its score is not computed.
    score: Any = (
        literal(0.0, Float) if names_only else func.bm25(literal_column(main), NAME_WEIGHT, 1.0)
    )
    found = select(
        fts.c.rowid.label("seq"), literal(tier, Integer).label("tier"), score.label("score")
    ).where(literal_column(main).op("MATCH")(match))
    if span is not None:  # FTS5 reads only this range of its rowids
        found = found.where(fts.c.rowid.between(*span))
    if words and grams:
        other = sql_table(GRAMS, sql_column("rowid", Integer))
        inner = select(other.c.rowid).where(literal_column(GRAMS).op("MATCH")(grams))
        if span is not None:
            inner = inner.where(other.c.rowid.between(*span))
        found = found.where(fts.c.rowid.in_(inner))
    return found


def fts5_bound(words: bool, grams: bool, tier: int, span: bool) -> Hits:
    """`_fts5`'s statement with its text as parameters (`fts5_values`), so that a
    process builds and compiles it once per shape of query, not once per request."""
    names_only = tier == 2
    main = WORDS if words else GRAMS
    fts = sql_table(main, sql_column("rowid", Integer))
    score: Any = (
        literal(0.0, Float) if names_only else func.bm25(literal_column(main), NAME_WEIGHT, 1.0)
    )
    key = f"match{tier}" + ("w" if words else "g")
    found = select(
        fts.c.rowid.label("seq"), literal(tier, Integer).label("tier"), score.label("score")
    ).where(literal_column(main).op("MATCH")(bindparam(key)))
    if span:
        found = found.where(fts.c.rowid.between(bindparam("lo"), bindparam("hi")))
    if words and grams:
        other = sql_table(GRAMS, sql_column("rowid", Integer))
        inner = select(other.c.rowid).where(
            literal_column(GRAMS).op("MATCH")(bindparam(f"match{tier}g"))
        )
        if span:
            inner = inner.where(other.c.rowid.between(bindparam("lo"), bindparam("hi")))
        found = found.where(fts.c.rowid.in_(inner))
    return found


def fts5_values(query: Query) -> dict[str, str]:
    """The MATCH expressions `fts5_bound`'s statements take."""
    values: dict[str, str] = {}
    for tier in (2, 3):
        values[f"match{tier}w"], values[f"match{tier}g"] = _expressions(query, tier == 2)
    return values


def _expressions(query: Query, names_only: bool) -> tuple[str, str]:
    """FTS5 expressions of the whole words and of the Arabic terms, quoted by us."""

    def expression(terms: list[SearchTerm]) -> str:
        joined = " AND ".join(term.fts5() for term in terms)
        return f"names : ({joined})" if names_only and joined else joined

    return expression(query.words), expression(query.grams)


_PG_DOCUMENT = sql_table(
    PG_DOCUMENT,
    sql_column("seq", Integer),
    sql_column("arabic_names", String),
    sql_column("arabic_all", String),
)


def _postgresql(query: Query, tier: int, names_only: bool, span: Span) -> Hits:
    """The same on PostgreSQL: text search for whole words, pg_trgm inside words."""
    document = _PG_DOCUMENT
    score: Any = literal(0.0, Float)
    conditions: list[Any] = []
    if query.words:
        vector: Any = literal_column(PG_NAMES if names_only else PG_ALL)
        tsquery = func.to_tsquery(
            literal_column("'simple'"), " & ".join(f"({t.tsquery()})" for t in query.words)
        )
        conditions.append(vector.op("@@")(tsquery))
        score = score if names_only else -func.ts_rank(vector, tsquery)
    text = document.c.arabic_names if names_only else document.c.arabic_all
    conditions += [text.contains(" ".join(t.tokens), autoescape=True) for t in query.grams]
    if span is not None:
        conditions.append(document.c.seq.between(*span))
    return select(
        document.c.seq.label("seq"), literal(tier, Integer).label("tier"), score.label("score")
    ).where(*conditions)


# A PostgreSQL search binds one LIKE pattern per Arabic term: its statements are kept
# per number of terms up to this many (more are built per request), so they stay few.
PG_BOUND_GRAMS = 8


def bound_shape(query: Query, dialect: str) -> tuple[bool, int] | None:
    """What a search's statements with the query as parameters depend on, or None when
    they are built per request (a database without them, or too many Arabic terms)."""
    if dialect == "sqlite":
        return bool(query.words), int(bool(query.grams))
    if dialect == "postgresql" and len(query.grams) <= PG_BOUND_GRAMS:
        return bool(query.words), len(query.grams)
    return None


def bound_hits(dialect: str, shape: tuple[bool, int], tier: int, span: bool) -> Hits:
    """Tier 2 or 3 of `hits` with the query as parameters (`bound_values`)."""
    if dialect == "sqlite":
        return fts5_bound(shape[0], bool(shape[1]), tier, span)
    return _postgresql_bound(shape[0], shape[1], tier, span)


def bound_values(query: Query, dialect: str) -> dict[str, str]:
    if dialect == "sqlite":
        return fts5_values(query)
    values = {"tsquery": " & ".join(f"({term.tsquery()})" for term in query.words)}
    for index, term in enumerate(query.grams):
        escaped = " ".join(term.tokens).replace("/", "//").replace("%", "/%").replace("_", "/_")
        values[f"gram{index}"] = f"%{escaped}%"
    return values


def _postgresql_bound(words: bool, grams: int, tier: int, span: bool) -> Hits:
    """`_postgresql` with the tsquery as `:tsquery`, the LIKE patterns as `:gram<n>`."""
    names_only = tier == 2
    score: Any = literal(0.0, Float)
    conditions: list[Any] = []
    if words:
        vector: Any = literal_column(PG_NAMES if names_only else PG_ALL)
        tsquery = func.to_tsquery(literal_column("'simple'"), bindparam("tsquery", type_=String))
        conditions.append(vector.op("@@")(tsquery))
        score = score if names_only else -func.ts_rank(vector, tsquery)
    text = _PG_DOCUMENT.c.arabic_names if names_only else _PG_DOCUMENT.c.arabic_all
    for index in range(grams):
        conditions.append(text.like(bindparam(f"gram{index}", type_=String), escape="/"))
    if span:
        conditions.append(_PG_DOCUMENT.c.seq.between(bindparam("lo"), bindparam("hi")))
    seq = _PG_DOCUMENT.c.seq.label("seq")
    return select(seq, literal(tier, Integer).label("tier"), score.label("score")).where(
        *conditions
    )


def matches(query: Query, dialect: str, span: Span = None) -> list[Hits]:
    """Tier 2: records whose names have every term; tier 3: those whose text has."""
    if dialect not in ("sqlite", "postgresql"):
        return []
    return [hits(query, dialect, 2, span), hits(query, dialect, 3, span)]


def hits(query: Query, dialect: str, tier: int, span: Span = None) -> Hits:
    """Tier 2: the records whose names have every term (score 0: tier 2 keeps the
    records' order); tier 3: those whose text has, scored by bm25 (lower is better)."""
    build = {"sqlite": _fts5, "postgresql": _postgresql}[dialect]
    return build(query, tier, tier == 2, span)


def listed(hits: list[tuple[int, int, float]]) -> Select[tuple[int, int, float]]:
    """A few ranked hits found in Python (misspelt names) as a query to join with."""
    parts = [
        select(
            literal(seq, Integer).label("seq"),
            literal(tier, Integer).label("tier"),
            literal(score, Float).label("score"),
        )
        for seq, tier, score in hits
    ]
    union = parts[0].union_all(*parts[1:]) if len(parts) > 1 else parts[0]
    return select(
        sql_column("seq", Integer), sql_column("tier", Integer), sql_column("score", Float)
    ).select_from(union.subquery())
