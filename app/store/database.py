"""Opening the database the service reads: SQLite read-only by default, or `DATABASE_URL`."""

from __future__ import annotations

import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from sqlalchemy import Engine, event
from sqlmodel import create_engine

from app.config import Settings
from app.store.snapshot import SnapshotError, held_path, is_sound, open_verified

log = logging.getLogger("tahaluf")


def ensure_database(settings: Settings) -> None:
    """Build the SQLite file from the seed when it is missing or older than the seed.

    The quotes are checked against the documents when their folder is there, as
    `tahaluf build --documents` would. A bad seed raises `SeedError`, naming every
    problem, and leaves the previous database in place. A database that fails its
    verification (`app.store.snapshot`) is rebuilt too.
    """
    if not settings.build_on_start:
        return
    path = settings.database_path
    documents = settings.documents_dir if settings.documents_dir.is_dir() else None
    # In a child process: the build's packages (pandas, babel, pycountry) stay out of the
    # serving process, whose memory would otherwise keep them for its whole life.
    spawn = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as child:
            version = child.submit(build_if_stale, settings.seed_dir, path, documents).result()
    except OSError as exc:
        # A read-only image: a sound database it holds is served, stale or not.
        if not is_sound(path):
            raise
        log.warning("serving %s as it is: it cannot be rebuilt (%s)", path, exc)
        return
    if version is None:
        return
    checked = "quotes checked" if documents else f"quotes not checked: no {settings.documents_dir}"
    log.info("built %s (data version %s, %s)", settings.database_path, version, checked)


def build_if_stale(seed_dir: Path, path: Path, documents: Path | None) -> str | None:
    """The data version of a fresh build, or None when the database at `path` is current
    and sound. What `ensure_database` runs in its child process."""
    from app.build.builder import build_database, is_stale

    if not is_stale(path, seed_dir) and is_sound(path):
        return None
    return build_database(seed_dir, path, documents)


def read_only_sqlite(path: Path) -> Engine:
    """The verified snapshot at `path`, held open for the process's life (`app.store.snapshot`).

    `mode=ro&immutable=1`: SQLite refuses writes, and skips locking a file that never
    changes; every connection opens the verified inode, even after a build replaced the
    file at `path`. A missing or damaged file raises `SnapshotError`, naming it and why.
    """
    if not path.exists():
        raise SnapshotError(path, "no database: run `tahaluf build`")
    fd = open_verified(path)
    engine = create_engine(
        f"sqlite:///file:{held_path(fd)}?mode=ro&immutable=1&uri=true",
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _query_only(connection, _record):  # type: ignore[no-untyped-def]
        connection.execute("PRAGMA query_only = ON")

    return engine


def open_engine(settings: Settings) -> Engine:
    if settings.database_url:
        return create_engine(settings.database_url)
    ensure_database(settings)
    return read_only_sqlite(settings.database_path)
