"""The growth benchmark's synthetic seed (bench/growth_seed.py) is a valid seed, grown."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from app.build.checker import check_seed
from app.config import PROJECT_ROOT

SEED = PROJECT_ROOT / "seed"
GROWN = ("members", "timeline", "people", "working_groups")


def _records(path: Path) -> list[Any]:
    records: list[Any] = json.loads(path.read_text(encoding="utf-8"))
    return records


def _growth_seed() -> ModuleType:
    path = PROJECT_ROOT / "bench" / "growth_seed.py"
    spec = importlib.util.spec_from_file_location("growth_seed", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_10x_seed_passes_the_checker_with_ten_times_the_records(tmp_path: Path) -> None:
    growth_seed = _growth_seed()
    out = growth_seed.make_seed(10, tmp_path / "10x")
    seed, problems = check_seed(out)
    assert problems == []
    real = {name: _records(SEED / f"{name}.json") for name in GROWN}
    for name in GROWN:
        assert len(getattr(seed, name)) == 10 * len(real[name]), name
    assert [c.id for c in seed.coalitions] == [c["id"] for c in _records(SEED / "coalitions.json")]
    # A copy refers into its own copy: copy 3 of an event names copy 3 of its participants.
    events = {event.id: event for event in seed.timeline}
    original = next(event for event in real["timeline"] if event["participants"])
    copied = events[f"{original['id']}-x3"]
    assert copied.participants == [f"{member}3" for member in original["participants"]]
    assert copied.title.en == f"{original['title']['en']} 3"


def test_the_same_factor_writes_the_same_bytes(tmp_path: Path) -> None:
    growth_seed = _growth_seed()
    first = growth_seed.make_seed(3, tmp_path / "a")
    second = growth_seed.make_seed(3, tmp_path / "b")
    names = sorted(path.name for path in first.glob("*.json"))
    assert names == sorted(path.name for path in SEED.glob("*.json"))
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    members = json.loads((first / "members.json").read_text(encoding="utf-8"))
    assert len({member["id"] for member in members}) == len(members)
