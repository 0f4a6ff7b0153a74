"""One exception type for every API error, and the handlers that render ErrorBody."""

from __future__ import annotations

import logging
import traceback
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol import SERVER_TIME_HEADER, ErrorBody

log = logging.getLogger("fieldapp.server")

NOT_FOUND_MESSAGE = "not found"


class ApiError(Exception):
    """An error the client is meant to see: HTTP status, machine code, human message."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers

    def response(self) -> JSONResponse:
        body = ErrorBody(code=self.code, message=self.message, details=self.details)
        return JSONResponse(
            body.model_dump(mode="json"), status_code=self.status, headers=self.headers
        )


def not_found() -> ApiError:
    """The one answer for a missing object and for one the caller may not see."""
    return ApiError(404, "not_found", NOT_FOUND_MESSAGE)


def forbidden(message: str = "your role or access level does not allow this") -> ApiError:
    return ApiError(403, "forbidden", message)


def bad_request(message: str, code: str = "invalid_request") -> ApiError:
    return ApiError(400, code, message)


INTERNAL_CODE = "internal"
INTERNAL_MESSAGE = "internal server error"


def internal_error() -> ApiError:
    """The one answer to an unexpected failure: generic, nothing from the request in it."""
    return ApiError(500, INTERNAL_CODE, INTERNAL_MESSAGE)


def log_unexpected(exc: BaseException) -> None:
    """Log an unexpected exception by type and code location only: its message (and a
    database error's parameters) may hold ciphertext, ids or e-mail addresses."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("internal error: %s\n%s", type(exc).__name__, frames)


def is_unique_violation(exc: IntegrityError) -> bool:
    orig = exc.orig
    if getattr(orig, "sqlstate", None) == "23505":  # PostgreSQL unique_violation
        return True
    return "UNIQUE constraint failed" in str(orig)  # SQLite


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # Field locations and messages only: pydantic's "input" could echo a payload.
        errors = [
            {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))}
            for e in exc.errors()
        ]
        return ApiError(
            422,
            "invalid_request",
            "the request body or parameters are invalid",
            details={"errors": errors},
        ).response()

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return not_found().response()
        if exc.status_code == 405:
            return ApiError(405, "method_not_allowed", "method not allowed").response()
        if exc.status_code == 413:
            return ApiError(413, "too_large", "the request body is too large").response()
        return ApiError(exc.status_code, "http_error", str(exc.detail)).response()

    @app.exception_handler(IntegrityError)
    async def _integrity(_request: Request, exc: IntegrityError) -> JSONResponse:
        # Two requests inserting the same row at the same moment: the loser's insert fails
        # on the unique index. Routes that expect such a race answer a more precise code.
        if is_unique_violation(exc):
            log.info("concurrent insert refused: %s", type(exc.orig).__name__)
            return ApiError(
                409,
                "concurrent_update",
                "another request changed the same thing at the same moment: try again",
            ).response()
        log_unexpected(exc)
        return internal_error().response()

    @app.exception_handler(DataError)
    async def _data(_request: Request, exc: DataError) -> JSONResponse:
        # A value the database cannot hold (a NUL byte in a text, a number past its column):
        # the request's fault, so a 400 whatever field it came through. Type only in logs.
        log.info("value refused by the database: %s", type(exc.orig).__name__)
        return ApiError(
            400, "invalid_request", "a value in the request cannot be stored"
        ).response()

    # Unexpected exceptions are answered by ServerTimeMiddleware (sync.server.app), inside
    # the middleware stack so the 500 carries X-Server-Time; this is the last resort for
    # one raised outside it.
    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log_unexpected(exc)
        response = internal_error().response()
        server = getattr(request.app.state, "server", None)
        if server is not None:
            response.headers[SERVER_TIME_HEADER] = f"{server.settings.clock():.3f}"
        return response
