"""Pure ASGI middleware: security headers, a request body cap, per-request log context."""

from __future__ import annotations

import asyncio
import re
import time

import structlog
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from storyloom.errors import problem_response

log = structlog.get_logger("storyloom.http")

# The SPA needs no inline script; SVG previews arrive as data and are drawn as <img>.
SPA_CSP = (
    "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; "
    "style-src 'self' 'unsafe-inline'; "
    "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
    "form-action 'self'; object-src 'none'"
)
# The API docs page is Swagger UI served from our own origin; it starts with an inline script.
DOCS_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"
)


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
                headers.setdefault("X-Frame-Options", "DENY")
                headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
                headers.setdefault(
                    "Content-Security-Policy", DOCS_CSP if path.startswith("/api/docs") else SPA_CSP
                )
            await send(message)

        await self.app(scope, receive, send_with_headers)


# A NUL character in text: raw, percent-encoded, or as a JSON escape that is not itself
# escaped. PostgreSQL cannot store it, and no child's book needs it.
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000", re.IGNORECASE)


def _has_nul(data: bytes) -> bool:
    return b"\x00" in data or _JSON_NUL.search(data) is not None


class RequestGuard:
    """Refuse oversized bodies (by Content-Length up front, else while reading), bodies
    that do not arrive in time (shorter than their Content-Length, or trickled), and NUL
    characters anywhere in the path, query or body, before the app sees the request.

    The body is read before the app sees it (bodies here are small JSON), because the
    framework turns an error raised from inside `receive` into a generic 400.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, body_timeout: float = 30.0) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.body_timeout = body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query: bytes = scope.get("query_string", b"")
        if "\x00" in scope["path"] or b"%00" in query or b"\x00" in query:
            await self._nul(scope, receive, send)
            return
        if scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        for name, value in scope["headers"]:
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await self._too_large(scope, receive, send)
                return
        chunks: list[bytes] = []
        size = 0
        deadline = time.monotonic() + self.body_timeout
        while True:
            try:
                message = await asyncio.wait_for(receive(), deadline - time.monotonic())
            except TimeoutError:
                await self._too_slow(scope, receive, send)
                return
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._too_large(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if _has_nul(body):
            await self._nul(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _nul(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem_response(
            422,
            "validation_failed",
            "Invalid request",
            "Text may not contain NUL characters.",
            errors=[{"loc": ["request"], "msg": "NUL character", "type": "value_error"}],
        )
        await response(scope, receive, send)

    async def _too_slow(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem_response(
            408,
            "body_timeout",
            "Request body too slow",
            f"The request body did not arrive within {self.body_timeout:g} seconds.",
            headers={"Connection": "close"},
        )
        await response(scope, receive, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem_response(
            413,
            "payload_too_large",
            "Request body too large",
            f"Requests may carry at most {self.max_bytes} bytes.",
        )
        await response(scope, receive, send)


class RequestLog:
    """One access line per request (with request id and user id), and the last-resort 500.

    Catching here, inside the request-id middleware, keeps the id on the 500 response too;
    Starlette's own server-error handler sits outside every middleware.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        structlog.contextvars.clear_contextvars()
        started = time.perf_counter()
        status = 500
        started_response = False

        async def capture(message: Message) -> None:
            nonlocal status, started_response
            if message["type"] == "http.response.start":
                status = message["status"]
                started_response = True
            await send(message)

        try:
            await self.app(scope, receive, capture)
        except Exception:
            log.exception("unhandled_error", path=scope["path"])
            if started_response:
                raise
            response = problem_response(
                500, "internal_error", "Something went wrong", "An unexpected error occurred."
            )
            await response(scope, receive, capture)
        finally:
            log.info(
                "request",
                method=scope["method"],
                path=scope["path"],
                status=status,
                ms=round((time.perf_counter() - started) * 1000, 1),
            )
