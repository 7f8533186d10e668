"""`tahaluf build`: atomic, deterministic, and a bad seed loses nothing."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from app.build.builder import build_database, is_stale
from app.build.checker import SeedError
from app.cli import main
from app.config import get_settings
from app.store.database import ensure_database
from tests.conftest import SEED


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_bad_seed_leaves_the_database_byte_for_byte(seed_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "tahaluf.db"
    build_database(seed_copy, out)
    before = digest(out)
    members = json.loads((seed_copy / "members.json").read_text(encoding="utf-8"))
    members[0]["memberships"][0]["coalition"] = "no-such-coalition"
    (seed_copy / "members.json").write_text(json.dumps(members), encoding="utf-8")
    with pytest.raises(SeedError) as error:
        build_database(seed_copy, out)
    assert "members.json: $[0].memberships[0].coalition: unknown coalition" in str(error.value)
    assert digest(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seed", "tahaluf.db"]


def test_the_command_reports_and_keeps_the_old_database(seed_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "tahaluf.db"
    build_database(seed_copy, out)
    before = digest(out)
    (seed_copy / "timeline.json").write_text("[", encoding="utf-8")
    result = subprocess.run(
        ["tahaluf", "build", "--seed", str(seed_copy), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "timeline.json: $: invalid JSON" in result.stderr
    assert "left as it was" in result.stderr
    assert digest(out) == before


def test_the_build_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    assert build_database(SEED, first) == build_database(SEED, second)
    assert digest(first) == digest(second)


def test_the_database_holds_the_seed(database: Path) -> None:
    with sqlite3.connect(database) as connection:
        counts = {
            table: connection.execute(f"select count(*) from {table}").fetchone()[0]
            for table in (
                "source",
                "coalition",
                "member",
                "membership",
                "event",
                "citation",
                "person",
                "person_role",
                "event_person",
                "coalition_leader",
            )
        }
    seed = {
        name: json.loads((SEED / f"{name}.json").read_text())
        for name in ("members", "timeline", "people")
    }
    assert counts["person"] == len(seed["people"]) == 11
    assert counts["person_role"] == sum(len(p["roles"]) for p in seed["people"])
    assert counts["event_person"] == sum(len(e.get("people", [])) for e in seed["timeline"])
    assert counts["coalition_leader"] == 1
    assert counts["member"] == len(seed["members"])
    assert counts["event"] == len(seed["timeline"])
    assert counts["membership"] == sum(len(m["memberships"]) for m in seed["members"])
    assert counts["source"] == 5
    assert counts["coalition"] == 2


def test_staleness_follows_the_seed(seed_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "tahaluf.db"
    assert is_stale(out, seed_copy)
    build_database(seed_copy, out)
    assert not is_stale(out, seed_copy)
    # Saved within the same clock tick as the build: it may be newer, so rebuild.
    same = out.stat().st_mtime
    os.utime(seed_copy / "members.json", (same, same))
    assert is_stale(out, seed_copy)
    later = out.stat().st_mtime + 10
    os.utime(seed_copy / "members.json", (later, later))
    assert is_stale(out, seed_copy)


def test_a_database_built_by_other_code_is_stale(seed_copy: Path, tmp_path: Path) -> None:
    """Code that adds a table must not read a database an older checkout built from the
    same seed: `tahaluf serve` would fail on the missing table."""
    out = tmp_path / "tahaluf.db"
    build_database(seed_copy, out)
    assert not is_stale(out, seed_copy)
    with closing(sqlite3.connect(out)) as db, db:
        db.execute("UPDATE meta SET value = 'older' WHERE key = 'schema_version'")
    assert is_stale(out, seed_copy)
    with closing(sqlite3.connect(out)) as db, db:
        db.execute("DROP TABLE meta")
    assert is_stale(out, seed_copy)
    out.write_bytes(b"not a database")
    assert is_stale(out, seed_copy)


@pytest.fixture
def serve_settings(
    seed_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """`tahaluf serve`'s settings from the environment: a scratch seed and database."""
    monkeypatch.setenv("TAHALUF_SEED_DIR", str(seed_copy))
    monkeypatch.setenv("TAHALUF_DATABASE_PATH", str(tmp_path / "serve.db"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    get_settings.cache_clear()
    yield seed_copy
    get_settings.cache_clear()


def test_serve_refuses_a_bad_seed_with_its_problems(
    serve_settings: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before any server starts: the problems as `check` gives them, then exit 1."""
    members = json.loads((serve_settings / "members.json").read_text(encoding="utf-8"))
    members[0]["memberships"][0]["coalition"] = "imtc"
    (serve_settings / "members.json").write_text(json.dumps(members), encoding="utf-8")
    assert main(["serve", "--port", "1"]) == 1
    err = capsys.readouterr().err
    assert "members.json: $[0].memberships[0].coalition: unknown coalition 'imtc'" in err
    assert "Traceback" not in err
    assert not (tmp_path / "serve.db").exists()


def test_serve_checks_quotes_when_the_documents_are_there(
    serve_settings: Path, documents: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The automatic build must not publish a quote that `build --documents` would refuse."""
    monkeypatch.setenv("TAHALUF_DOCUMENTS_DIR", str(documents))
    timeline = json.loads((serve_settings / "timeline.json").read_text(encoding="utf-8"))
    timeline[0]["sources"][0]["quote"] += " (invented)"
    (serve_settings / "timeline.json").write_text(json.dumps(timeline), encoding="utf-8")
    with pytest.raises(SeedError) as error:
        ensure_database(get_settings())
    assert "timeline.json: $[0].sources[0].quote: not found verbatim" in str(error.value)
