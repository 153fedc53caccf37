"""Serving the built single-page app: hashed assets cached forever, routes fall back to index.

The app is a fallback, not a route: a request reaches it only when no API route answered
(404), so routes added at any time always win and /api paths never get HTML. The build
leaves a brotli and a gzip copy beside each text file (frontend/scripts/compress.mjs); the
browser gets the smallest one it accepts, so no request pays for compressing.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from starlette.datastructures import Headers
from starlette.responses import FileResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from storyloom.errors import problem_response

DEFAULT_DIST = Path(__file__).resolve().parents[2] / "frontend" / "dist"
IMMUTABLE = "public, max-age=31536000, immutable"
NOT_APP = ("/api", "/healthz", "/readyz", "/metrics")
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))  # best first


class SpaFallback:
    def __init__(self, app: ASGIApp, dist: Path = DEFAULT_DIST) -> None:
        self.app = app
        self.root = dist.resolve()
        self.index = self.root / "index.html"

    def _eligible(self, scope: Scope) -> bool:
        if scope["type"] != "http":
            return False
        path: str = scope["path"]
        return (
            scope["method"] in ("GET", "HEAD")
            and self.index.is_file()
            and not any(path == p or path.startswith(p + "/") for p in NOT_APP)
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self._eligible(scope):
            await self.app(scope, receive, send)
            return
        missed = False

        async def send_unless_404(message: Message) -> None:
            nonlocal missed
            if message["type"] == "http.response.start" and message["status"] == 404:
                missed = True
            if not missed:
                await send(message)

        await self.app(scope, receive, send_unless_404)
        if missed:
            await self._serve(scope, receive, send)

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope["path"].lstrip("/")
        candidate = (self.root / path).resolve()
        response: Response
        if path and candidate.is_file() and candidate.is_relative_to(self.root):
            cache = IMMUTABLE if path.startswith("assets/") else "no-cache"
            response = _file(candidate, cache, Headers(scope=scope))
        elif path.startswith("assets/"):
            response = problem_response(404, "not_found", "Not found", "No such asset.")
        else:
            response = _file(self.index, "no-cache", Headers(scope=scope))
        await response(scope, receive, send)


def _accepted(header: str) -> set[str]:
    """The codings an Accept-Encoding header allows (q=0 refuses one)."""
    allowed = set()
    for part in header.split(","):
        name, _, params = part.strip().partition(";")
        q = params.strip().removeprefix("q=")
        if name and not (params and q.replace(".", "", 1).isdigit() and float(q) == 0):
            allowed.add(name.strip().lower())
    return allowed


def _file(path: Path, cache: str, request: Headers) -> FileResponse:
    """`path`, or its precompressed copy when the browser accepts that coding."""
    headers = {"Cache-Control": cache, "Vary": "Accept-Encoding"}
    media_type = mimetypes.guess_type(path.name)[0] or "text/plain"  # as FileResponse guesses
    accepted = _accepted(request.get("accept-encoding", ""))
    for coding, suffix in ENCODINGS:
        packed = path.with_name(path.name + suffix)
        if coding in accepted and packed.is_file():
            headers["Content-Encoding"] = coding
            return FileResponse(packed, headers=headers, media_type=media_type)
    return FileResponse(path, headers=headers, media_type=media_type)
