"""Every output the README and the docs show is what the service answers.

Each fenced block runs in order, its shell variables and files kept (`etag=$(...)`,
`curl -o tahaluf.zip`), through `tests/examples.py`. The comparison is exact but for
the data version and ETags, which change with every data change by design: the test
would otherwise fail on every seed edit of every branch, and `scripts/refresh_examples.py`
rewrites them (and any other stale output) from the service in one run.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.config import PROJECT_ROOT
from tests.conftest import Client
from tests.examples import SOURCES, Example, Shell, blocks, normalize

# Shown outputs of commands that are not requests to the service, and what checks them.
CHECKED_ELSEWHERE = {
    "npx tsc ": "tests/test_openapi_consumers.py runs the TypeScript client example",
    "uv run tahaluf build --seed /tmp/broken-seed": "tests/test_checker.py, each message's form",
    "uv run tahaluf check --seed /tmp/bad-seed": "tests/test_checker.py, each message's form",
}

SERVICE_BLOCKS = [
    pytest.param(block, id=block[0].where)
    for path in SOURCES
    for block in blocks(path)
    if any(example.is_service for example in block)
]


@pytest.mark.parametrize("block", SERVICE_BLOCKS)
def test_shown_output_is_what_the_service_answers(
    block: list[Example], client: Client, tmp_path: Path
) -> None:
    shell = Shell(lambda request: client.portal.call(client.client.send, request), tmp_path)
    for example in block:
        output = shell.run(example.command)
        if example.shown:
            shown = "\n".join(example.shown)
            assert normalize(output) == normalize(shown), (
                f"{example.where}: $ {example.command}\n"
                "stale: run `uv run python scripts/refresh_examples.py` and read the diff"
            )


def test_every_shown_output_is_checked() -> None:
    """An example with output is a request to the service, or listed with what checks it."""
    unchecked = [
        f"{example.where}: $ {example.command}"
        for path in SOURCES
        for block in blocks(path)
        for example in block
        if example.shown
        and not example.is_service
        and not example.command.startswith(tuple(CHECKED_ELSEWHERE))
    ]
    assert unchecked == []


def test_the_readme_and_the_docs_show_service_outputs() -> None:
    """Guards the finder itself: a broken fence pattern would check nothing and pass."""
    shown = {
        example.path.name
        for path in SOURCES
        for block in blocks(path)
        for example in block
        if example.is_service and example.shown
    }
    assert {"README.md", "tour.md"} <= shown


def test_only_the_data_version_and_etags_are_ignored() -> None:
    assert normalize('"data_version":"3ac37f0cab9ab7a1"') == '"data_version":"<data-version>"'
    assert normalize('etag: "fca557b046540e7e82b28e7508c2d42d"') == 'etag: "<etag>"'
    stable = '"file":"000_21642cf20d19a8c2.txt","total":34,"content-length: 51298"'
    assert normalize(stable) == stable


def test_the_readme_links_resolve() -> None:
    """`mkdocs build --strict` checks the site's links; the README is outside it."""
    readme = PROJECT_ROOT / "README.md"
    targets = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", readme.read_text(encoding="utf-8"))
    local = [t for t in targets if "://" not in t]
    assert local, "the README links to no page of the docs"
    assert [t for t in local if not (PROJECT_ROOT / t).exists()] == []


def test_the_readme_stays_short() -> None:
    assert len((PROJECT_ROOT / "README.md").read_text(encoding="utf-8").splitlines()) <= 200


def test_the_emulation_prints_what_curl_and_jq_print(
    live_url: str, client: Client, tmp_path: Path
) -> None:
    """The real tools against a real server, where installed: the emulation must agree."""
    tools = ["bash", "curl", "jq", "grep", "head", "od", "unzip", "cut", "tr"]
    absent = [tool for tool in tools if shutil.which(tool) is None]
    if absent:
        pytest.skip(f"not installed, so the emulation is not compared: {', '.join(absent)}")
    host = live_url.removeprefix("http://")
    differing = []
    for index, param in enumerate(SERVICE_BLOCKS):
        (block,) = param.values
        real, emulated = tmp_path / f"real-{index}", tmp_path / f"emulated-{index}"
        real.mkdir()
        emulated.mkdir()
        shell = Shell(lambda request: client.portal.call(client.client.send, request), emulated)
        script = "\n".join(example.command for example in block).replace("localhost:8000", host)
        outputs = [shell.run(example.command) for example in block]
        marked = "\n".join(f"{line}\necho '@@'" for line in script.split("\n"))
        result = subprocess.run(
            ["bash", "-c", marked], cwd=real, capture_output=True, timeout=60, check=False
        )
        printed = result.stdout.decode().replace("\r", "").split("@@\n")[:-1]
        for example, mine, theirs in zip(block, outputs, printed, strict=True):
            if mine != theirs.rstrip("\n"):
                differing.append(f"{example.where}: {mine!r} != {theirs!r}")
    assert differing == []
