"""Two builds of one seed hold the same database: every table's rows, hashed table by table.

    uv run python bench/same_build.py A.db B.db

Each table (the full-text indexes' shadow tables included, the virtual tables left out:
their rows are the shadow tables') is read in rowid order (a WITHOUT ROWID table in its
key order; ANALYZE's statistics, which it writes in no fixed order, sorted) and hashed
row by row; the `meta` row `content_digest` (the seal, a digest of
the file's bytes, which differ with page layout) is left out. Prints each table that
differs and exits 1 if any does. A speed change to the build must leave every hash alone.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from contextlib import closing


def tables(db: sqlite3.Connection) -> dict[str, str]:
    """Name -> the ORDER BY that reads the table in storage order."""
    found: dict[str, str] = {}
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
    for name, sql in rows.fetchall():
        if (sql or "").upper().startswith("CREATE VIRTUAL"):
            continue
        if "WITHOUT ROWID" in (sql or "").upper() or name.startswith("sqlite_stat"):
            columns = [row[1] for row in db.execute(f'PRAGMA table_info("{name}")')]
            found[name] = ", ".join(f'"{c}"' for c in columns)
        else:
            found[name] = "rowid"
    return found


def table_hashes(path: str) -> dict[str, tuple[int, str]]:
    """Each table's row count and SHA-256 of its rows (the seal's row left out)."""
    hashes: dict[str, tuple[int, str]] = {}
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        schema = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")
        hashes["(schema)"] = (0, hashlib.sha256(repr(schema.fetchall()).encode()).hexdigest())
        for name, order in tables(db).items():
            digest, count = hashlib.sha256(), 0
            for row in db.execute(f'SELECT * FROM "{name}" ORDER BY {order}'):
                if name == "meta" and row[0] == "content_digest":
                    continue
                digest.update(repr(row).encode())
                count += 1
            hashes[name] = (count, digest.hexdigest())
    return hashes


def main(first: str, second: str) -> int:
    a, b = table_hashes(first), table_hashes(second)
    differ = sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))
    for name in differ:
        print(f"{name}: {a.get(name)} != {b.get(name)}")
    print(f"{len(a)} tables, {sum(n for n, _ in a.values())} rows; {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
