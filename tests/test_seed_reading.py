"""The checker reads a seed file a record at a time: any JSON layout gives the same seed."""

from __future__ import annotations

import json
from pathlib import Path

from app.build.checker import check_seed, load_checked
from app.models.seed import SEED_FILES
from tests.conftest import SEED


def test_any_layout_of_the_files_gives_the_same_records(seed_copy: Path) -> None:
    for name in SEED_FILES:
        records = json.loads((SEED / name).read_text(encoding="utf-8"))
        compact = json.dumps(records, ensure_ascii=False, separators=(",", ":"))
        spaced = "\r\n \t" + compact.replace(",{", " ,\r\n\t{") + " \n"
        (seed_copy / name).write_text(spaced, encoding="utf-8")
    assert check_seed(seed_copy)[1] == []
    original, relaid = load_checked(SEED), load_checked(seed_copy)
    for name, model in SEED_FILES.items():
        kind = name.removesuffix(".json")
        expected = [model.model_validate(r) for r in json.loads((SEED / name).read_bytes())]
        assert list(getattr(relaid, kind)) == expected
        assert list(getattr(original, kind)) == expected


def test_a_problem_after_valid_records_is_the_only_one_reported(seed_copy: Path) -> None:
    """Records read before the file turns out unreadable are not reported on."""
    timeline = seed_copy / "timeline.json"
    records = json.loads(timeline.read_text(encoding="utf-8"))
    records[0]["type"] = "not-a-type"  # a record problem, then invalid JSON after it
    timeline.write_text(json.dumps(records, ensure_ascii=False)[:-1] + ", }]", encoding="utf-8")
    problems = [str(p) for p in check_seed(seed_copy)[1]]
    assert [p for p in problems if p.startswith("timeline.json")] == [
        p for p in problems if "timeline.json: $: invalid JSON" in p
    ]
    assert any("timeline.json: $: invalid JSON" in p for p in problems)
