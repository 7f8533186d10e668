"""The real consumers the tests run: Node tools from `package.json`, and Debian's Chromium.

Where a tool is missing the tests that need it are skipped, naming it and how to get
it; `.ci/run` installs them all and sets TAHALUF_REQUIRE_TOOLS=1, which turns those
skips into failures, so CI cannot pass without them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from app.config import PROJECT_ROOT

NODE_BIN = PROJECT_ROOT / "node_modules" / ".bin"


def missing(what: str) -> None:
    """Skip, or fail where CI requires every tool."""
    if os.environ.get("TAHALUF_REQUIRE_TOOLS") == "1":
        pytest.fail(f"required tool missing (TAHALUF_REQUIRE_TOOLS=1): {what}")
    pytest.skip(f"missing tool: {what}")


def node_tool(name: str) -> Path:
    """A command installed by `npm ci` from the checked-in `package.json` and lock file."""
    path = NODE_BIN / name
    if shutil.which("node") is None:
        missing("node (Debian: apt-get install nodejs npm)")
    if not path.exists():
        missing(f"{name} (run `npm ci` in {PROJECT_ROOT})")
    return path


def chromium() -> str:
    """Debian's Chromium: Playwright's own browser download cannot work here."""
    path = shutil.which("chromium")
    if path is None:
        missing("chromium (Debian: apt-get install chromium)")
    assert path is not None
    return path


def run(
    argv: list[str | Path], cwd: Path, *, timeout: float = 300, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a consumer to the end; its whole output is the assertion message on failure."""
    return subprocess.run(
        [str(arg) for arg in argv],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
