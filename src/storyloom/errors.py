"""Domain errors and their one rendering: RFC 9457 application/problem+json.

Services raise `AppError` subclasses; nothing below a router raises HTTPException. Every
problem carries a stable `code` clients can switch on and the request id for support.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from asgi_correlation_id import correlation_id
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

PROBLEM_JSON = "application/problem+json"


class FieldError(BaseModel):
    loc: list[str]
    msg: str
    type: str | None = None


class Problem(BaseModel):
    """RFC 9457 problem details, as every error of this API is answered."""

    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    detail: str
    code: str = Field(description="Stable, machine-readable error code.")
    request_id: str | None
    errors: list[FieldError] | None = None
    retry_after: int | None = None


def documented_problem(description: str) -> dict[str, Any]:
    return {"description": description, "model": Problem}


# Documented on every operation so clients (and the API fuzzer) know the error shape.
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: documented_problem("Bad request"),
    401: documented_problem("Not signed in, or the session ended"),
    403: documented_problem("Not allowed"),
    404: documented_problem("Not found (also for other users' items)"),
    409: documented_problem("Conflict"),
    413: documented_problem("Request body too large"),
    422: documented_problem("Invalid input, with field errors"),
    429: documented_problem("Rate limited; see Retry-After"),
    500: documented_problem("Unexpected error"),
}


class AppError(Exception):
    status: int = 400
    code: str = "bad_request"
    title: str = "Bad request"

    def __init__(
        self,
        detail: str | None = None,
        *,
        code: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        if code is not None:
            self.code = code
        self.headers = headers or {}
        self.extra = extra


class NotFound(AppError):
    status, code, title = 404, "not_found", "Not found"


class Conflict(AppError):
    status, code, title = 409, "conflict", "Conflict"


class Unauthorized(AppError):
    status, code, title = 401, "unauthorized", "Not signed in"

    def __init__(self, detail: str | None = None, *, code: str | None = None, **extra: Any) -> None:
        challenge = {"WWW-Authenticate": 'Bearer realm="storyloom"'}
        super().__init__(detail, code=code, headers=challenge, **extra)


class Forbidden(AppError):
    status, code, title = 403, "forbidden", "Not allowed"


class InvalidInput(AppError):
    status, code, title = 422, "invalid_input", "Invalid input"


class TooManyRequests(AppError):
    status, code, title = 429, "rate_limited", "Too many requests"

    def __init__(self, detail: str | None = None, *, retry_after: int, **extra: Any) -> None:
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after))}, **extra)
        self.extra["retry_after"] = max(1, retry_after)


class ServiceUnavailable(AppError):
    status, code, title = 503, "unavailable", "Service unavailable"


def problem_response(
    status: int,
    code: str,
    title: str,
    detail: str,
    *,
    headers: Mapping[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": f"https://storyloom.dev/problems/{code.replace('_', '-')}",
        "title": title,
        "status": status,
        "detail": detail,
        "code": code,
        "request_id": correlation_id.get(),
        **extra,
    }
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_JSON)


_HTTP_CODES: dict[int, tuple[str, str]] = {
    404: ("not_found", "Not found"),
    405: ("method_not_allowed", "Method not allowed"),
    413: ("payload_too_large", "Request body too large"),
}


async def _app_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return problem_response(
        exc.status, exc.code, exc.title, exc.detail, headers=exc.headers, **exc.extra
    )


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": [str(part) for part in err["loc"]], "msg": err["msg"], "type": err["type"]}
        for err in exc.errors()
    ]
    return problem_response(
        422,
        "validation_failed",
        "Invalid request",
        "Some fields are missing or not valid.",
        errors=errors,
    )


_METHODS = ("DELETE", "GET", "HEAD", "PATCH", "POST", "PUT")


def _allowed_methods(request: Request) -> str | None:
    """Every method some route takes at this path (Starlette names only the first route
    that matched the path, though several routes may share it)."""
    routes = request.app.router.routes

    def takes(method: str) -> bool:
        scope = {**request.scope, "method": method}
        return any(route.matches(scope)[0] is Match.FULL for route in routes)

    allowed = [method for method in _METHODS if takes(method)]
    return ", ".join(allowed) or None


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code, title = _HTTP_CODES.get(exc.status_code, ("http_error", "Request failed"))
    detail = exc.detail if isinstance(exc.detail, str) else title
    headers = dict(exc.headers or {})
    if exc.status_code == 405 and (allowed := _allowed_methods(request)):
        headers["Allow"] = allowed
    return problem_response(exc.status_code, code, title, detail, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
