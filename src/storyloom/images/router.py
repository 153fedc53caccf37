"""Serving stored pictures to their owner."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response

from storyloom.auth.deps import CurrentUser
from storyloom.deps import ResourcesDep, SessionDep
from storyloom.images.service import ImageFormat, Served, serve_image
from storyloom.kit.cache import ResponseCacheDep, matches

router = APIRouter(prefix="/api/images", tags=["images"])

IMMUTABLE = "private, max-age=31536000, immutable"
# Pictures never run script or fetch anything, even if opened directly.
IMAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


@router.get(
    "/{image_id}",
    response_class=Response,
    responses={
        200: {
            "description": "The picture",
            "content": {
                "image/svg+xml": {"schema": {"type": "string"}},
                "image/png": {"schema": {"type": "string", "format": "binary"}},
            },
        },
        304: {"description": "Not modified (If-None-Match matched the ETag)"},
    },
)
async def get_image(
    image_id: str,
    user: CurrentUser,
    session: SessionDep,
    resources: ResourcesDep,
    format: Annotated[
        ImageFormat | None, Query(description="png renders a PNG; default: as stored.")
    ] = None,
    width: Annotated[
        int | None, Query(ge=16, le=2048, description="PNG width in pixels (default 512).")
    ] = None,
    if_none_match: Annotated[str | None, Header()] = None,
    *,
    cache: ResponseCacheDep,
    request: Request,
) -> Response:
    """A picture of yours, as stored (SVG or PNG) or as a PNG `width` pixels wide.

    Responses are immutable (the ETag is the content hash) and cached privately for a
    year; send If-None-Match to get 304.
    """
    if format == "png" or (format is None and width is not None):
        # PNG renders cost a rasterisation each: kept in the response cache (per owner,
        # so a deleted picture stops being served at once).

        async def render() -> tuple[str, str, bytes]:
            served = await serve_image(
                session,
                resources.media,
                owner_id=user.id,
                image_id=image_id,
                fmt=format,
                width=width,
                if_none_match=None,
            )
            assert served.data is not None
            return served.etag, served.media_type, served.data

        name = f"{request.url.path}?png={width or 0}"
        entry = await cache.entry(user.id, name, render)
        served = Served(entry.etag, entry.media_type, entry.body)
        if matches(if_none_match, entry.etag):
            served = Served(entry.etag, entry.media_type, None)
    else:
        served = await serve_image(
            session,
            resources.media,
            owner_id=user.id,
            image_id=image_id,
            fmt=format,
            width=width,
            if_none_match=if_none_match,
        )
    headers = {
        "ETag": served.etag,
        "Cache-Control": IMMUTABLE,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": IMAGE_CSP,
    }
    if served.data is None:
        return Response(status_code=304, headers=headers)
    return Response(served.data, media_type=served.media_type, headers=headers)
