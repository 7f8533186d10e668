"""Only a verified snapshot is served: a digest recorded at build, checked at start-up."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.config import PROJECT_ROOT, Settings
from app.main import create_app
from app.store.database import ensure_database
from app.store.snapshot import SnapshotError, is_sound, open_verified
from tests.conftest import SEED, serve


@pytest.fixture
def copy(database: Path, tmp_path: Path) -> Path:
    target = tmp_path / "tahaluf.db"
    shutil.copy(database, target)
    return target


def damage(path: Path, old: bytes, new: bytes) -> None:
    data = path.read_bytes()
    assert old in data
    path.write_bytes(data.replace(old, new, 1))


def serve_cli(path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.endswith("DATABASE_URL")}
    environment |= {"TAHALUF_DATABASE_PATH": str(path), "TAHALUF_BUILD_ON_START": "false", **env}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "serve", "--port", "0"],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_built_database_verifies(database: Path) -> None:
    os.close(open_verified(database))


def test_a_changed_letter_is_refused_naming_the_file_and_reason(copy: Path) -> None:
    damage(copy, b"Saudi Arabia", b"Saudi Arabiz")
    with pytest.raises(SnapshotError) as refused:
        open_verified(copy)
    assert str(copy) in str(refused.value)
    assert "does not match its digest" in str(refused.value)
    result = serve_cli(copy)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(copy) in lines[0]
    assert "digest" in lines[0]


def test_a_damaged_page_is_refused(copy: Path) -> None:
    data = bytearray(copy.read_bytes())
    page = 4096
    data[3 * page + 100 : 3 * page + 164] = os.urandom(64)
    copy.write_bytes(bytes(data))
    assert not is_sound(copy)


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_what_is_no_database_is_refused(copy: Path, content: bytes) -> None:
    copy.write_bytes(content)
    with pytest.raises(SnapshotError, match=str(copy)):
        open_verified(copy)


def test_build_on_start_rebuilds_a_damaged_database(copy: Path) -> None:
    damage(copy, b"Saudi Arabia", b"Saudi Arabiz")
    ensure_database(Settings(database_path=copy, seed_dir=SEED, build_on_start=True))
    assert is_sound(copy)
    assert b"Saudi Arabiz" not in copy.read_bytes()


def test_the_download_is_the_snapshot_served_after_the_file_is_replaced(copy: Path) -> None:
    served = copy.read_bytes()
    settings = Settings(database_path=copy, build_on_start=False, access_log=False)
    with serve(create_app(settings)) as client:
        version = client.get("/health").json()
        # A build replaces the file under the running server (a different snapshot).
        other = copy.with_name("other.db")
        shutil.copy(copy, other)
        damage(other, b"Saudi Arabia", b"Saudi Arabiy")
        os.replace(other, copy)
        r = client.get("/downloads/tahaluf.db")
        assert r.status_code == 200
        assert r.content == served
        assert client.get("/health").json() == version
        assert "Saudi Arabia" in client.get("/members/SA").text
