"""Error translation at the boundary: every error leaves as JSON `{"detail": ...}`.

FastAPI already answers HTTPException that way. Validation errors keep FastAPI's
shape (`detail` is a list of `{type, loc, msg, input}`), but the echoed `input` is
made safe first: it can hold a lone surrogate that no UTF-8 encoder accepts, or
bytes that are not UTF-8 (the default handler fails on either with a 500), or a
whole 256 KiB program. The catch-all
logs an unexpected exception in full but shows the client nothing of the internals.
Messages for common client mistakes live here so they read the same everywhere.
"""

import logging
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

log = logging.getLogger(__name__)

ECHO_LIMIT = 200
"""Longest input string echoed back in a validation error, in characters."""


def unknown_exercise(exercise_id: str) -> HTTPException:
    return HTTPException(
        status_code=404,
        detail=f"unknown exercise '{exercise_id}'; "
        "GET /api/v1/exercises lists the available exercise ids",
    )


def unknown_submission(submission_id: str) -> HTTPException:
    return HTTPException(
        status_code=404,
        detail=f"unknown submission '{submission_id}'; "
        "submission ids are returned by POST /api/v1/submissions",
    )


def code_too_large(size: int, limit: int) -> HTTPException:
    return HTTPException(
        status_code=413,
        detail=f"code is {size} bytes (UTF-8); the limit is {limit} bytes",
    )


async def _invalid_request(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = jsonable_encoder([_safe(error, truncate=False) for error in exc.errors()])
    return JSONResponse({"detail": errors}, status_code=422)


def _safe(value: Any, *, truncate: bool) -> Any:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if isinstance(value, str):
        if truncate and len(value) > ECHO_LIMIT:
            value = value[:ECHO_LIMIT] + "…"
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, list):
        return [_safe(item, truncate=truncate) for item in value]
    if isinstance(value, dict):
        return {k: _safe(v, truncate=truncate or k == "input") for k, v in value.items()}
    return value


async def _unhandled(request: Request, exc: Exception) -> JSONResponse:
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse(
        {"detail": "internal server error; it has been logged on the server"}, status_code=500
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(Exception, _unhandled)
