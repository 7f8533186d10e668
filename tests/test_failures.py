"""Operational failures: one line naming the file and the cause, a non-zero exit, no litter.

A full disk and a read-only folder are real tmpfs mounts, so these tests need root (CI's
container has it); elsewhere they skip, saying why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import PROJECT_ROOT
from tests.conftest import SEED


@pytest.fixture
def mount(tmp_path: Path) -> Iterator[Path]:
    """A folder on which tests mount small or read-only file systems."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    folder = tmp_path / "mnt"
    folder.mkdir()
    yield folder
    subprocess.run(["umount", str(folder)], check=False, capture_output=True)


def tmpfs(folder: Path, options: str) -> None:
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode().strip()}")


def cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.endswith("DATABASE_URL")}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        cwd=PROJECT_ROOT,
        env=environment | env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_full_disk_leaves_the_old_database_and_no_litter(mount: Path, database: Path) -> None:
    tmpfs(mount, f"size={database.stat().st_size + 64 * 1024}")
    shutil.copy(database, mount / "tahaluf.db")
    before = (mount / "tahaluf.db").read_bytes()
    result = cli("build", "--seed", str(SEED), "--out", str(mount / "tahaluf.db"))
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line == f"tahaluf: {mount / 'tahaluf.db'}: database or disk is full"
    assert (mount / "tahaluf.db").read_bytes() == before
    assert sorted(p.name for p in mount.iterdir()) == ["tahaluf.db"]


def test_a_read_only_folder_is_one_line(mount: Path) -> None:
    tmpfs(mount, "ro,size=1m")
    result = cli("build", "--seed", str(SEED), "--out", str(mount / "tahaluf.db"))
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"tahaluf: {mount}/")
    assert line.endswith("Read-only file system")


def test_a_sound_stale_database_on_a_read_only_disk_is_served(
    mount: Path, database: Path, tmp_path: Path
) -> None:
    """It cannot be rebuilt, so `ensure_database` warns and serves what it has."""
    tmpfs(mount, "size=4m")
    shutil.copy(database, mount / "tahaluf.db")
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    seed = tmp_path / "seed"
    shutil.copytree(SEED, seed)
    for file in seed.glob("*.json"):
        file.touch()  # newer than the database: stale
    code = (
        "from app.config import Settings; from app.store.database import ensure_database;"
        f"ensure_database(Settings(database_path='{mount / 'tahaluf.db'}',"
        f" seed_dir='{seed}', build_on_start=True)); print('ok')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True
    )
    assert result.stdout.strip() == "ok", result.stderr
    assert "cannot be rebuilt" in result.stderr
