"""RFC 9457 problem details: the one shape of every error this service returns."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response

PROBLEM_TYPE = "application/problem+json"
log = logging.getLogger("tahaluf")


class ParameterProblem(Exception):
    """A query parameter the service cannot honour: answered with 422 and the parameter named."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.errors = [{"name": name, "in": "query", "reason": reason}]


class NotFound(Exception):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def problem_body(
    status: int,
    detail: str,
    instance: str,
    *,
    request_id: str | None = None,
    errors: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    """The body of a problem: what the service sends, and what the document shows."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": instance,
    }
    if request_id:
        body["request_id"] = request_id
    if errors is not None:
        body["errors"] = errors
    return body


def problem_response(
    request: Request,
    status: int,
    detail: str,
    *,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    request_id = request.scope.get("state", {}).get("request_id")
    body = problem_body(status, detail, request.url.path, request_id=request_id, errors=errors)
    return Response(
        orjson.dumps(body), status_code=status, media_type=PROBLEM_TYPE, headers=headers
    )


def _location(loc: tuple[Any, ...]) -> tuple[str, str]:
    where = str(loc[0]) if loc else "query"
    # A repeatable query parameter's error is located at its index (`type.0`); the
    # client sent `type`, and that is the name to give back.
    parts = [str(part) for part in loc[1:] if not (where == "query" and isinstance(part, int))]
    name = ".".join(parts) or where
    return name, where


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = []
    for error in exc.errors():
        name, where = _location(tuple(error.get("loc", ())))
        errors.append({"name": name, "in": where, "reason": str(error.get("msg", "invalid"))})
    names = ", ".join(sorted({e["name"] for e in errors}))
    return problem_response(request, 422, f"Invalid parameter: {names}.", errors=errors)


async def _parameter_problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ParameterProblem)
    names = ", ".join(e["name"] for e in exc.errors)
    return problem_response(request, 422, f"Invalid parameter: {names}.", errors=exc.errors)


async def _not_found(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, NotFound)
    return problem_response(request, 404, exc.detail)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"No resource at {request.url.path}; the index at / lists them."
    elif exc.status_code == 405:
        detail = f"{request.method} is not allowed: this service is read-only."
        headers = {**(exc.headers or {}), "Allow": "GET, HEAD, OPTIONS"}
        return problem_response(request, 405, detail, headers=headers)
    return problem_response(
        request, exc.status_code, detail, headers=dict(exc.headers) if exc.headers else None
    )


async def _server_error(request: Request, exc: Exception) -> Response:
    request_id = request.scope.get("state", {}).get("request_id")
    log.exception("unhandled error (request id %s)", request_id, exc_info=exc)
    return problem_response(
        request, 500, "An internal error occurred; it has been logged with the request id."
    )


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(ParameterProblem, _parameter_problem)
    app.add_exception_handler(NotFound, _not_found)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _server_error)
