"""Live previews for the character and scene pickers: drawn, never stored."""

from __future__ import annotations

from fastapi import APIRouter, Response

from storyloom.auth.deps import CurrentUser
from storyloom.deps import ResourcesDep
from storyloom.illustrations.schemas import PreviewIn
from storyloom.illustrations.service import render_preview

router = APIRouter(prefix="/api/illustrations", tags=["illustrations"])

SVG = "image/svg+xml"


@router.post(
    "/preview",
    response_class=Response,
    responses={200: {"content": {SVG: {"schema": {"type": "string"}}}, "description": "SVG"}},
)
async def preview(body: PreviewIn, user: CurrentUser, resources: ResourcesDep) -> Response:
    """Draw an unsaved character sheet (portrait) or scene spec as SVG, for live previews.

    Nothing is stored. Rate limited per user (429 with Retry-After).
    """
    svg = await render_preview(body, user_id=user.id, resources=resources)
    return Response(svg, media_type=SVG, headers={"Cache-Control": "no-store"})
