"""Seed files the checker cannot keep as written: each refused in one `file: ...` line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.build.checker import MAX_DEPTH
from app.cli import main
from app.config import PROJECT_ROOT, Settings

MAX_SEED_BYTES = Settings().seed_max_bytes


def check(seed: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["check", "--seed", str(seed)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err.strip().splitlines()[:-1]  # the last line is the count


def test_a_duplicate_key_is_refused_naming_it(
    seed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    members = seed_copy / "members.json"
    text = members.read_text(encoding="utf-8")
    at = text.index('"notes"')
    members.write_text(text[:at] + '"notes": ["first"], ' + text[at:], encoding="utf-8")
    (line,) = check(seed_copy, capsys)
    assert line.startswith("members.json: $[")
    assert line.endswith(': duplicate key "notes"')


def test_deep_nesting_is_refused(seed_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (seed_copy / "members.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (line,) = check(seed_copy, capsys)
    assert line == f"members.json: $: nested deeper than {MAX_DEPTH} levels"
    (seed_copy / "members.json").write_text("[" * 40 + "]" * 40, encoding="utf-8")
    (line,) = check(seed_copy, capsys)
    assert f"nested deeper than {MAX_DEPTH} levels" in line


def test_a_too_large_file_is_refused_with_the_limit(
    seed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with (seed_copy / "timeline.json").open("wb") as file:
        file.truncate(MAX_SEED_BYTES + 1)
    lines = check(seed_copy, capsys)
    assert (
        f"timeline.json: $: too large: {MAX_SEED_BYTES + 1} bytes (the limit is {MAX_SEED_BYTES})"
    ) in lines


def test_the_limit_is_a_setting(seed_copy: Path) -> None:
    """`TAHALUF_SEED_MAX_BYTES` lets a grown seed (the growth benchmark's) through."""
    timeline = seed_copy / "timeline.json"
    with timeline.open("ab") as file:  # JSON allows trailing white space
        file.write(b" " * (MAX_SEED_BYTES + 1 - timeline.stat().st_size))

    def check_with(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, "-m", "app.cli", "check", "--seed", str(seed_copy)]
        return subprocess.run(
            argv, cwd=PROJECT_ROOT, env={**os.environ, **env}, capture_output=True, text=True
        )

    refused = check_with({})
    assert refused.returncode == 1
    assert "timeline.json: $: too large" in refused.stderr
    allowed = check_with({"TAHALUF_SEED_MAX_BYTES": str(2 * MAX_SEED_BYTES)})
    assert allowed.returncode == 0, allowed.stderr


def test_a_directory_is_refused(seed_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (seed_copy / "sources.json").unlink()
    (seed_copy / "sources.json").mkdir()
    lines = check(seed_copy, capsys)
    assert "sources.json: $: is a directory, not a JSON file" in lines


def test_non_utf8_bytes_are_refused(seed_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people = seed_copy / "people.json"
    data = json.dumps(json.loads(people.read_text(encoding="utf-8")), ensure_ascii=False)
    people.write_bytes(b"\xff" + data.encode())
    line = check(seed_copy, capsys)[0]
    assert line.startswith("people.json: $: not UTF-8: invalid start byte at byte 0")
