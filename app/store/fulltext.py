"""Full-text search: SQLite FTS5 over each record's folded text, without a copy of it.

Two contentless FTS5 tables index the same folded text (`app.search.fold`, applied at
index and query time alike), keyed by `record.seq`:

- `search_words` (unicode61): whole words, for Latin script and digits; `*` after a
  word asks for a prefix and double quotes for a phrase, as FTS5 itself means them.
- `search_grams` (trigram): the Arabic words alone, matched anywhere inside a word,
  since the documents attach the article and conjunctions (`سعود` finds `السعودية`).

Each table has two columns, `names` and `body`, and bm25 weighs a name ten times as
much as other text. User text never reaches FTS5's syntax: every term is folded into
letters and digits and quoted here, so `AND`, `NEAR(` or `col:` are words like others.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Float, Integer, Select, func, literal, literal_column, select
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table
from sqlalchemy import text as sql_text

from app.search import fold

WORDS = "search_words"
GRAMS = "search_grams"
TABLES = (WORDS, GRAMS)
TOKENIZERS = {WORDS: "unicode61 remove_diacritics 2", GRAMS: "trigram"}
NAME_WEIGHT = 10.0
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# A phrase in double quotes (an unclosed quote runs to the end), or a bare word.
_PART = re.compile(r'"([^"]*)"?|([^\s"]+)')
TRIGRAM = 3


def arabic(token: str) -> bool:
    return _ARABIC.search(token) is not None


def arabic_only(folded: str) -> str:
    return " ".join(token for token in folded.split() if arabic(token))


class Indexer:
    """Build side: the full-text tables of a SQLite database, filled record by record."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.enabled = connection.dialect.name == "sqlite"
        self.rows: list[dict[str, object]] = []
        if self.enabled:
            for name, tokenizer in TOKENIZERS.items():
                connection.execute(
                    sql_text(
                        f"CREATE VIRTUAL TABLE {name} USING fts5"
                        f"(names, body, content='', tokenize='{tokenizer}')"
                    )
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
        words = sql_text(f"INSERT INTO {WORDS}(rowid, names, body) VALUES (:seq, :names, :body)")
        self.connection.execute(words, self.rows)
        grams = [
            {
                "seq": r["seq"],
                "names": arabic_only(str(r["names"])),
                "body": arabic_only(str(r["own"])),
            }
            for r in self.rows
        ]
        insert = sql_text(f"INSERT INTO {GRAMS}(rowid, names, body) VALUES (:seq, :names, :body)")
        self.connection.execute(insert, grams)
        self.rows = []

    def finish(self) -> None:
        self.flush()
        if self.enabled:
            for name in TABLES:  # one b-tree per index: smaller, and faster to query
                self.connection.execute(sql_text(f"INSERT INTO {name}({name}) VALUES ('optimize')"))


def _quote(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


@dataclass(frozen=True)
class Query:
    """A search as we build it: FTS5 expressions for each table, and the folded text that
    names are compared with. Empty expressions: the search has no term."""

    words: str
    grams: str
    folded: str

    @property
    def empty(self) -> bool:
        return not (self.words or self.grams)


def parse(q: str) -> Query:
    """Phrases in double quotes (whole words, in order) and bare words; a bare word
    ending in `*` is a prefix. Arabic bare words match inside words."""
    words: list[str] = []
    grams: list[str] = []
    for match in _PART.finditer(q):
        phrase, bare = match.groups()
        if phrase is not None:
            tokens = fold(phrase).split()
            if tokens:
                words.append(_quote(" ".join(tokens)))
            continue
        # A bare word may fold into several (`1=1`, `al-Qaeda`): each is a term.
        tokens = fold(bare).split()
        for index, token in enumerate(tokens):
            if arabic(token) and len(token) >= TRIGRAM:
                grams.append(_quote(token))
            else:
                # `*` asks for a prefix; an Arabic word too short for trigrams finds the
                # words it begins.
                last = index == len(tokens) - 1
                prefix = (last and bare.endswith("*")) or arabic(token)
                words.append(_quote(token) + ("*" if prefix else ""))
    return Query(" AND ".join(words), " AND ".join(grams), " ".join(fold(q).split()))


def _in_names(expression: str) -> str:
    return f"names : ({expression})" if expression else ""


def _matching(
    query: Query, tier: int, columns: Callable[[str], str]
) -> Select[tuple[int, int, float]]:
    """`seq`, `tier` and bm25 (lower is better) of the records with every term, where
    `columns` restricts each table's expression (to the names, say)."""
    words, grams = columns(query.words), columns(query.grams)
    main, expression = (WORDS, words) if words else (GRAMS, grams)
    fts = sql_table(main, sql_column("rowid", Integer))
    score = func.bm25(literal_column(main), NAME_WEIGHT, 1.0)
    found = select(
        fts.c.rowid.label("seq"), literal(tier, Integer).label("tier"), score.label("score")
    ).where(literal_column(main).op("MATCH")(expression))
    if words and grams:
        other = sql_table(GRAMS, sql_column("rowid", Integer))
        inner = select(other.c.rowid).where(literal_column(GRAMS).op("MATCH")(grams))
        found = found.where(fts.c.rowid.in_(inner))
    return found


def matches(query: Query) -> list[Select[tuple[int, int, float]]]:
    """Tier 2: records whose names have every term; tier 3: those whose text has."""
    return [_matching(query, 2, _in_names), _matching(query, 3, lambda e: e)]


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
