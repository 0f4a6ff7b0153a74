"""One exception type for every API error, and the handlers that render ErrorBody."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol import ErrorBody

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
        return ApiError(exc.status_code, "http_error", str(exc.detail)).response()

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.error("internal error: %s", type(exc).__name__)
        return ApiError(500, "internal_error", "internal server error").response()
