"""Serving the built single-page app: hashed assets cached forever, routes fall back to index."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

DEFAULT_DIST = Path(__file__).resolve().parents[2] / "frontend" / "dist"
IMMUTABLE = "public, max-age=31536000, immutable"


def mount_spa(app: FastAPI, dist: Path = DEFAULT_DIST) -> None:
    """Serve `dist` when it exists; /api/* and the probes are never shadowed."""
    index = dist / "index.html"
    if not index.is_file():
        return
    root = dist.resolve()

    @app.get("/{path:path}", include_in_schema=False)
    async def spa(path: str, request: Request) -> Response:
        if path.startswith("api/") or path == "api":
            raise StarletteHTTPException(404, "No such API route.")
        candidate = (root / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(root):
            headers = {"Cache-Control": IMMUTABLE} if path.startswith("assets/") else {}
            return FileResponse(candidate, headers=headers)
        if path.startswith("assets/"):
            raise StarletteHTTPException(404, "No such asset.")
        return FileResponse(index, headers={"Cache-Control": "no-cache"})
