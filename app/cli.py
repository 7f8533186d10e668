"""`tahaluf check | build | schema | serve`: the curator's and operator's entry points."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from app.config import get_settings
from app.models.seed import SEED_FILES


def schema_documents() -> dict[str, str]:
    """The JSON Schema of each seed file, as committed under `seed/schema/`."""
    documents = {}
    for name, model in SEED_FILES.items():
        schema = TypeAdapter(list[model]).json_schema()  # type: ignore[valid-type]
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = f"Tahaluf seed: {name}"
        documents[name.replace(".json", ".schema.json")] = (
            json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        )
    return documents


def _report(problems: Sequence[object], outcome: str) -> None:
    """Every problem as `file: path: reason`, one a line, then what it meant."""
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(problems)} problem(s); {outcome}", file=sys.stderr)


def _documents_dir(value: str | None) -> Path | None:
    return Path(value) if value else None


def _check(args: argparse.Namespace) -> int:
    from app.build.checker import check_seed

    documents = _documents_dir(args.documents)
    _, problems = check_seed(Path(args.seed), documents)
    if problems:
        _report(problems, "the seed is not valid")
        return 1
    checked = "schema, ids, references, citations" + (
        ", quotes and fingerprints" if documents else " (no --documents: quotes not checked)"
    )
    print(f"seed ok: {checked}")
    return 0


def _build(args: argparse.Namespace) -> int:
    # Imported by the commands that need them, so that `serve` never loads the build.
    from app.build.builder import build_database, build_url
    from app.build.checker import SeedError

    target = make_url(args.url).render_as_string(hide_password=True) if args.url else args.out
    documents = _documents_dir(args.documents)
    try:
        if args.url:
            version = build_url(Path(args.seed), args.url, documents)
        else:
            version = build_database(Path(args.seed), Path(args.out), documents)
    except SeedError as exc:
        existed = args.url or Path(args.out).exists()
        _report(exc.problems, f"{target} left as it was" if existed else f"{target} not built")
        return 1
    print(f"built {target} (data version {version})")
    return 0


def _schema(args: argparse.Namespace) -> int:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, text in schema_documents().items():
        (out / name).write_text(text, encoding="utf-8")
        print(f"wrote {out / name}")
    return 0


SERVERS = ("uvicorn", "granian")  # as in Settings.server


def _serve(args: argparse.Namespace) -> int:
    from app.edge.logs import configure_logging, server_log_config
    from app.models.seed import SeedError
    from app.store.database import ensure_database
    from app.store.snapshot import SnapshotError, open_verified

    configure_logging()
    settings = get_settings()
    if settings.database_url is None:
        try:
            ensure_database(settings)
            os.close(_verified_while_importing(settings.database_path, open_verified))
        except SeedError as exc:
            _report(exc.problems, "not serving")
            return 1
        except SnapshotError as exc:
            # One line, as JSON like every line `serve` writes to stderr.
            logging.getLogger("tahaluf").error("%s; not serving", exc)
            return 1
    if args.server == "granian":
        _serve_granian(args, server_log_config("_granian"))
    else:
        _serve_uvicorn(args, server_log_config("uvicorn"))
    return 0


def _verified_while_importing(path: Path, open_verified: Callable[[Path], int]) -> int:
    """The database verified (its descriptor) while this process imports the application.

    Hashing and SQLite's quick_check release the GIL, so they run beside the import rather
    than after it; granian forks its workers from this process, which find the application
    imported and the file verified (`TAHALUF_VERIFIED_SNAPSHOTS`). At 1000x, verifying takes
    about as long as the import: start-up no longer grows by it."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        verified = pool.submit(open_verified, path)
        import app.main  # noqa: F401

        return verified.result()


def _serve_uvicorn(args: argparse.Namespace, log_config: dict[str, Any]) -> None:
    """The default and the development server: httptools and uvloop, with the head limits
    and the UTF-8 request targets of `app.edge.http11` (plain httptools has neither)."""
    import uvicorn

    from app.edge.asgi import SERVER_NAME
    from app.edge.http11 import GuardedHttpToolsProtocol

    settings = get_settings()
    uvicorn.run(
        "app.main:app",
        host=args.host,
        port=args.port,
        workers=args.workers,
        # A worker importing the app on a busy machine can take longer than uvicorn's 5 s
        # default to answer its supervisor, which then kills and restarts it, again and again.
        timeout_worker_healthcheck=30,
        access_log=False,
        log_config=log_config,
        http=GuardedHttpToolsProtocol,
        proxy_headers=bool(settings.trusted_proxies),
        forwarded_allow_ips=settings.trusted_proxies or None,
        server_header=False,
        headers=[("server", SERVER_NAME)],  # the one Server header, in place of uvicorn's
    )


def _serve_granian(args: argparse.Namespace, log_config: dict[str, Any]) -> None:
    """Granian: the HTTP layer in Rust (hyper), the same app over RSGI, our own access log.

    One runtime thread a worker and uvloop, as under uvicorn; its access log stays off
    (the app writes ours), its own records go out as our JSON lines.
    """
    from granian.constants import Interfaces, Loops
    from granian.http import HTTP1Settings
    from granian.log import LogLevels
    from granian.server import Server

    settings = get_settings()
    limits = HTTP1Settings(
        header_read_timeout=int(settings.head_timeout * 1000),
        max_buffer_size=settings.max_head_bytes,
    )
    Server(
        "app.main:app",
        address=args.host,
        port=args.port,
        interface=Interfaces.RSGI,
        workers=args.workers,
        loop=Loops.uvloop,
        log_level=LogLevels.info,
        log_dictconfig=log_config,
        log_access=False,
        http1_settings=limits,
    ).serve()


def parser() -> argparse.ArgumentParser:
    settings = get_settings()
    root = argparse.ArgumentParser(prog="tahaluf", description=__doc__)
    commands = root.add_subparsers(dest="command", required=True)
    defaults = argparse.ArgumentDefaultsHelpFormatter

    check = commands.add_parser(
        "check", help="validate the seed; exit 1 on any problem", formatter_class=defaults
    )
    check.add_argument("--seed", default=str(settings.seed_dir), help="the seed folder")
    check.add_argument("--documents", help="folder of the source documents: check every quote")
    check.set_defaults(run=_check)

    build = commands.add_parser(
        "build", help="check, then build the SQLite database atomically", formatter_class=defaults
    )
    build.add_argument("--seed", default=str(settings.seed_dir), help="the seed folder")
    build.add_argument("--documents", help="folder of the source documents: check every quote")
    build.add_argument("--out", default=str(settings.database_path), help="the SQLite file")
    build.add_argument(
        "--url", help="build into this SQLAlchemy database URL instead (PostgreSQL, say)"
    )
    build.set_defaults(run=_build)

    schema = commands.add_parser(
        "schema", help="write the seed files' JSON Schemas", formatter_class=defaults
    )
    schema.add_argument(
        "--out", default=str(settings.seed_dir / "schema"), help="folder for the schemas"
    )
    schema.set_defaults(run=_schema)

    serve = commands.add_parser(
        "serve", help="build the database if stale, then serve the API", formatter_class=defaults
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument(
        "--port", type=int, default=settings.port, help="port to listen on (TAHALUF_PORT)"
    )
    serve.add_argument("--workers", type=int, default=1, help="worker processes")
    serve.add_argument(
        "--server",
        choices=SERVERS,
        default=settings.server,
        help="HTTP server (TAHALUF_SERVER): uvicorn, for development, or granian",
    )
    serve.set_defaults(run=_serve)
    return root


def failure_line(exc: BaseException, default: object) -> str:
    """An operational failure as one line: the file it concerns, and the cause."""
    if isinstance(exc, DBAPIError):  # SQLite's own words, not the statement and its rows
        return f"tahaluf: {default}: {exc.orig}"
    if isinstance(exc, OSError):
        where = exc.filename if exc.filename is not None else default
        return f"tahaluf: {where}: {exc.strerror or exc}"
    return f"tahaluf: {default}: {exc}"


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except (OSError, SQLAlchemyError, sqlite3.Error) as exc:
        where = getattr(args, "out", None) or get_settings().database_path
        if args.command == "serve":  # serve's stderr is JSON lines
            logging.getLogger("tahaluf").error("%s", failure_line(exc, where))
        else:
            print(failure_line(exc, where), file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    raise SystemExit(main())
