"""Print the OpenAPI document the service serves for a built database, so CI can generate
the explorer's TypeScript types from the live contract (`.ci/run`), without a server:
the app, its lifespan and its edge are called in-process over httpx.

    uv run python explorer/openapi_document.py path/to/tahaluf.db > openapi.json
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import httpx

from app.config import Settings
from app.main import create_app


async def served_document(database: Path) -> bytes:
    edge = create_app(Settings(database_path=database, build_on_start=False, access_log=False))
    api = edge.app
    async with api.router.lifespan_context(api):  # type: ignore[attr-defined]
        transport = httpx.ASGITransport(app=edge)
        async with httpx.AsyncClient(transport=transport, base_url="http://tahaluf") as client:
            response = await client.get("/openapi.json")
            response.raise_for_status()
            return response.content


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: openapi_document.py DATABASE")
    sys.stdout.buffer.write(asyncio.run(served_document(Path(sys.argv[1]))))
