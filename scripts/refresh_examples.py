"""Rewrite every shown output of the README and the docs from the running service.

    uv run python scripts/refresh_examples.py          # rewrite in place, list what changed
    uv run python scripts/refresh_examples.py --check  # exit 1 if anything would change

It builds the database from `seed/` into a temporary folder, serves the app over httpx
and runs each `$ curl ...` example as `tests/examples.py` does for `tests/test_examples.py`;
the output under each command is replaced by what the service answers now, ETags and the
data version included. Commands and prose are never touched, and an example shown
without output stays without. Run it after a change to the data or the API, then read
the diff: a changed output is a changed contract or changed data, and the prose around
it may need to say so.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.build.builder import build_database
from app.config import PROJECT_ROOT, Settings
from app.main import create_app
from tests.conftest import SEED, Client, serve
from tests.examples import SOURCES, Example, Shell, blocks


def refreshed(path: Path, client: Client, scratch: Path) -> tuple[str, list[Example]]:
    """The file's text with every shown output replaced, and the examples that changed."""
    lines = path.read_text(encoding="utf-8").split("\n")
    changed: list[Example] = []
    replacements: list[tuple[Example, list[str]]] = []
    for block in blocks(path):
        if not any(example.is_service for example in block):
            continue
        shell = Shell(lambda request: client.portal.call(client.client.send, request), scratch)
        for example in block:
            text = shell.run(example.command)
            output = text.split("\n") if text else []
            if example.shown and output != example.shown:
                replacements.append((example, output))
                changed.append(example)
    for example, output in sorted(replacements, key=lambda r: r[0].line, reverse=True):
        start = example.line + 1
        lines[start : start + len(example.shown)] = output
    return "\n".join(lines), changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tahaluf-examples-") as directory:
        scratch = Path(directory)
        build_database(SEED, scratch / "tahaluf.db")
        settings = Settings(
            database_path=scratch / "tahaluf.db", build_on_start=False, access_log=False
        )
        stale = 0
        with serve(create_app(settings)) as client:
            for path in SOURCES:
                text, changed = refreshed(path, client, scratch)
                for example in changed:
                    print(f"{example.where}: $ {example.command}")
                stale += len(changed)
                if changed and not args.check:
                    path.write_text(text, encoding="utf-8")
    verb = "are stale" if args.check else "rewritten"
    print(f"{stale} shown output(s) {verb} in {len(SOURCES)} file(s) under {PROJECT_ROOT}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
