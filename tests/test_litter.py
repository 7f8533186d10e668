"""Killed builds leave nothing behind: the next build removes their leftovers."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.config import PROJECT_ROOT
from tests.conftest import SEED


def test_after_ten_killed_builds_and_one_good_build_only_the_database_remains(
    tmp_path: Path,
) -> None:
    out = tmp_path / "data" / "tahaluf.db"
    argv = [sys.executable, "-m", "app.cli", "build", "--seed", str(SEED), "--out", str(out)]
    rng = random.Random(16)
    for _ in range(10):
        build = subprocess.Popen(argv, cwd=PROJECT_ROOT, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 4.0))
        build.send_signal(signal.SIGKILL)
        build.wait()
    subprocess.run(argv, cwd=PROJECT_ROOT, check=True, capture_output=True, timeout=120)
    assert sorted(p.name for p in out.parent.iterdir()) == ["tahaluf.db"]
