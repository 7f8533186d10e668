"""A throwaway PostgreSQL server for the tests: Debian's binaries, a temporary cluster.

`initdb` a cluster in a temporary directory, start it on a free loopback port (its unix
socket in the same directory, so nothing outside is touched), and stop it afterwards.
PostgreSQL refuses to run as root, so as root (CI) the server commands run as the
`postgres` user of Debian's package (or `nobody`) through `runuser`.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg

SERVER_TOOLS = ("initdb", "pg_ctl", "postgres")
USER = "tahaluf"
START_TIMEOUT = 15  # seconds; a cold start takes about one


class Unavailable(Exception):
    """No server can run here; the message says what is missing."""


def find_bin_dir() -> Path:
    """The directory holding initdb, pg_ctl and postgres: PATH, then Debian's newest version."""
    candidates: list[Path] = []
    initdb = shutil.which("initdb")
    if initdb:
        # /usr/local/bin/initdb may be a link into /usr/lib/postgresql/N/bin.
        candidates.append(Path(initdb).resolve().parent)
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda path: int(path.parent.name) if path.parent.name.isdigit() else 0,
        reverse=True,
    )
    candidates.extend(versions)
    for directory in candidates:
        if all(os.access(directory / tool, os.X_OK) for tool in SERVER_TOOLS):
            return directory
    raise Unavailable(
        "no PostgreSQL server binaries (initdb, pg_ctl, postgres) on PATH or in "
        "/usr/lib/postgresql/*/bin: `apt-get install postgresql` provides them"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def server_account() -> pwd.struct_passwd | None:
    """The unprivileged account to run the server as, or None to run it as ourselves."""
    if os.geteuid() != 0:
        return None
    if shutil.which("runuser") is None:
        raise Unavailable("running as root and `runuser` (util-linux) is missing")
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise Unavailable("running as root and there is no `postgres` or `nobody` user")


@dataclass
class Server:
    bin_dir: Path
    root: Path
    port: int
    account: pwd.struct_passwd | None

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def url(self, database: str = "postgres", driver: str = "postgresql+psycopg") -> str:
        return f"{driver}://{USER}@127.0.0.1:{self.port}/{database}"

    def run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / tool), *args]
        if self.account is not None:
            command = ["runuser", "-u", self.account.pw_name, "--", *command]
        return subprocess.run(
            command,
            cwd=self.root,
            env={**os.environ, "LC_ALL": "C.UTF-8", "PGTZ": "UTC"},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def start(self) -> None:
        # UTF8 (the seed is Arabic and English) and the C collation, as SQLite compares;
        # character classes of Unicode (C.UTF-8), or pg_trgm finds no trigram in Arabic
        # and its index returns every row for the recheck to drop.
        initdb = self.run(
            "initdb",
            f"--pgdata={self.data}",
            f"--username={USER}",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--lc-ctype=C.UTF-8",
            "--no-sync",
            "--no-instructions",
        )
        if initdb.returncode != 0:
            raise Unavailable(f"initdb failed: {initdb.stderr.strip() or initdb.stdout.strip()}")
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.root}'",
            # A throwaway cluster: durability buys nothing.
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
        }
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        started = self.run(
            "pg_ctl",
            "start",
            f"--pgdata={self.data}",
            f"--log={self.log}",
            "--wait",
            f"--timeout={START_TIMEOUT}",
        )
        if started.returncode != 0:
            raise Unavailable(
                f"pg_ctl start failed: {started.stderr.strip() or started.stdout.strip()}\n"
                f"{self.log_tail()}"
            )

    def stop(self) -> None:
        if not (self.data / "postmaster.pid").exists():
            return
        stopped = self.run("pg_ctl", "stop", f"--pgdata={self.data}", "--mode=fast", "--wait")
        if stopped.returncode != 0:
            self.run("pg_ctl", "stop", f"--pgdata={self.data}", "--mode=immediate", "--wait")

    def create_database(self, name: str) -> str:
        """A new, empty UTF8 database; returns its SQLAlchemy URL."""
        with psycopg.connect(self.url(driver="postgresql"), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')  # a name of our own, not input
        return self.url(name)


@contextlib.contextmanager
def throwaway_server() -> Iterator[Server]:
    """A running server in a temporary directory, stopped and removed afterwards.

    Raises Unavailable, before anything is left behind, when no server can start.
    """
    bin_dir = find_bin_dir()
    account = server_account()
    # Not pytest's tmp_path: its parents are private to root, out of the server user's reach.
    root = Path(tempfile.mkdtemp(prefix="tahaluf-pg-"))
    server = Server(bin_dir=bin_dir, root=root, port=free_port(), account=account)
    try:
        if account is not None:
            os.chown(root, account.pw_uid, account.pw_gid)
        server.start()
        yield server
    finally:
        try:
            server.stop()
        finally:
            shutil.rmtree(root, ignore_errors=True)
