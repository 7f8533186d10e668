"""The tiny baseline apps `bench/compare.py` measures our service against.

Each serves, at `/members`, the exact bytes of our warm `GET /members?coalition=imctc`
response body, read once at start-up from the file named by `BENCH_BODY_FILE`, and
answers `/health` for the readiness poll. Served by uvicorn like our service, e.g.:

    BENCH_BODY_FILE=/tmp/body.json uvicorn --app-dir bench baselines:starlette_app \
        --host 127.0.0.1 --port 8100 --workers 1 --no-access-log --no-server-header
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

BODY = Path(os.environ["BENCH_BODY_FILE"]).read_bytes() if "BENCH_BODY_FILE" in os.environ else b""
MEDIA_TYPE = "application/json"
# Our warm answer's headers but content-type and -length (the route sets those), as
# `compare.py` saved them beside the body: [[name, value], ...].
OUR_HEADERS: dict[str, str] = (
    dict(json.loads(Path(os.environ["BENCH_HEADERS_FILE"]).read_text()))
    if "BENCH_HEADERS_FILE" in os.environ
    else {}
)


# a. A bare Starlette route.
async def _members(request: Request) -> Response:
    return Response(BODY, media_type=MEDIA_TYPE)


async def _health(request: Request) -> Response:
    return Response(b'{"status":"ok"}', media_type=MEDIA_TYPE)


starlette_app = Starlette(routes=[Route("/members", _members), Route("/health", _health)])


# a3. The same route sending our response headers too: what the HTTP server's work per
# header costs, apart from anything our code does.
async def _members_with_our_headers(request: Request) -> Response:
    return Response(BODY, media_type=MEDIA_TYPE, headers=OUR_HEADERS)


starlette_headers_app = Starlette(
    routes=[Route("/members", _members_with_our_headers), Route("/health", _health)]
)


# b. A raw ASGI callable: no framework at all.
_RAW_HEADERS = [
    (b"content-type", MEDIA_TYPE.encode()),
    (b"content-length", str(len(BODY)).encode()),
]


async def raw_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] != "http":
        return
    if scope["path"] in ("/members", "/health"):
        body = BODY if scope["path"] == "/members" else b'{"status":"ok"}'
        headers = (
            _RAW_HEADERS
            if scope["path"] == "/members"
            else [
                (b"content-type", MEDIA_TYPE.encode()),
                (b"content-length", str(len(body)).encode()),
            ]
        )
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})
        return
    await send(
        {"type": "http.response.start", "status": 404, "headers": [(b"content-length", b"0")]}
    )
    await send({"type": "http.response.body", "body": b""})


# c. A FastAPI route returning cached bytes.
fastapi_app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)


@fastapi_app.get("/members")
async def fastapi_members() -> Response:
    return Response(BODY, media_type=MEDIA_TYPE)


@fastapi_app.get("/health")
async def fastapi_health() -> Response:
    return Response(b'{"status":"ok"}', media_type=MEDIA_TYPE)


# r. Granian's ceiling here: an RSGI callable sending our bytes with every header of ours,
# no code of any framework or of ours in between (`granian --interface rsgi`).
_RSGI_HEADERS = [
    ("content-type", MEDIA_TYPE),
    ("content-length", str(len(BODY))),
    *OUR_HEADERS.items(),
]


class _RsgiConstant:
    async def __rsgi__(self, scope: Any, protocol: Any) -> None:
        if scope.path == "/members":
            protocol.response_bytes(200, _RSGI_HEADERS, BODY)
        else:
            protocol.response_bytes(200, [("content-type", MEDIA_TYPE)], b'{"status":"ok"}')


rsgi_app = _RsgiConstant()
