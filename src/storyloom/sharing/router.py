"""Share links: the owner's routes, and the public read-only routes a link opens."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Header, Path, Response, status

from storyloom.deps import SettingsDep
from storyloom.images.router import IMAGE_CSP
from storyloom.kit.cache import matches
from storyloom.kit.ranges import ranged
from storyloom.models import StoryShare
from storyloom.sharing.deps import OwnedShare, SharedReadLimit, ShareServiceDep
from storyloom.sharing.schemas import ShareCreated, SharedPage, SharedStory, ShareIn, ShareOut
from storyloom.sharing.service import ROBOTS, expired
from storyloom.stories.deps import OwnedStory
from storyloom.stories.narration import current_audio
from storyloom.stories.narration_router import AUDIO_RESPONSES, Version
from storyloom.stories.views import audio_out, audio_url

router = APIRouter(tags=["shares"])
public_router = APIRouter(prefix="/api/shared", tags=["shared"], dependencies=[SharedReadLimit])

Token = Annotated[str, Path(min_length=16, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


def share_out(share: StoryShare) -> ShareOut:
    return ShareOut(
        id=share.id,
        created_at=share.created_at,
        expires_at=share.expires_at,
        expired=expired(share),
    )


@router.post(
    "/api/stories/{story_id}/shares",
    status_code=status.HTTP_201_CREATED,
    response_model=ShareCreated,
)
async def create_share(
    body: ShareIn, story: OwnedStory, service: ShareServiceDep, settings: SettingsDep
) -> ShareCreated:
    """Make a read-only link to a story. The token is in the answer only this once (it
    is stored hashed); anyone with the link can read the story, without signing in, until
    it expires or is revoked."""
    share, token = await service.create(story, body)
    base = settings.public_url.rstrip("/")
    return ShareCreated(
        **share_out(share).model_dump(),
        token=token,
        url=f"{base}/shared/{token}",
        api_url=f"/api/shared/{token}",
    )


@router.get("/api/stories/{story_id}/shares", response_model=list[ShareOut])
async def list_shares(story: OwnedStory, service: ShareServiceDep) -> Sequence[ShareOut]:
    """The story's share links, newest first (without their tokens)."""
    return [share_out(share) for share in await service.list(story)]


@router.delete("/api/shares/{share_id}", status_code=status.HTTP_204_NO_CONTENT)
async def revoke_share(share: OwnedShare, service: ShareServiceDep) -> None:
    """Revoke a share link: it answers 404 from now on."""
    await service.revoke(share)


@public_router.get("/{token}", response_model=SharedStory)
async def read_shared(token: Token, service: ShareServiceDep, response: Response) -> SharedStory:
    """A shared story, read-only and without sign-in: its title and pages (text and
    picture links). Unknown, revoked and expired links answer 404. Rate limited per IP."""
    share, story = await service.open(token)
    response.headers.update(ROBOTS)
    pages = [
        SharedPage(
            number=page.number,
            text=page.text,
            image_url=f"/api/shared/{token}/images/{page.number}" if page.image_id else None,
            audio=audio_out(
                current_audio(page), audio_url(page, f"/api/shared/{token}/audio/{page.number}")
            ),
        )
        for page in await service.pages(story)
    ]
    has_cover = bool(pages) and await service.drawn_cover(story) is not None
    return SharedStory(
        title=story.title,
        cover_url=f"/api/shared/{token}/cover.svg" if has_cover else None,
        pages=pages,
        expires_at=share.expires_at,
    )


@public_router.get(
    "/{token}/cover.svg",
    response_class=Response,
    responses={
        200: {
            "description": "The book's drawn cover",
            "content": {"image/svg+xml": {"schema": {"type": "string"}}},
        },
        404: {"description": "No such link, or the book has no drawn cover"},
    },
)
async def read_shared_cover(token: Token, service: ShareServiceDep) -> Response:
    """The shared book's cover as the built-in illustrator draws it (no title on it: the
    page shows the title)."""
    svg = await service.cover(token)
    headers = {**ROBOTS, "X-Content-Type-Options": "nosniff", "Content-Security-Policy": IMAGE_CSP}
    return Response(svg, media_type="image/svg+xml", headers=headers)


@public_router.get(
    "/{token}/images/{number}",
    response_class=Response,
    responses={
        200: {
            "description": "The page's picture",
            "content": {
                "image/svg+xml": {"schema": {"type": "string"}},
                "image/png": {"schema": {"type": "string", "format": "binary"}},
            },
        }
    },
)
async def read_shared_picture(
    token: Token,
    number: Annotated[int, Path(ge=1, le=1000)],
    service: ShareServiceDep,
) -> Response:
    """The picture of page `number` of a shared story, as stored (SVG or PNG)."""
    picture = await service.picture(token, number)
    headers = {
        **ROBOTS,
        "ETag": picture.etag,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": IMAGE_CSP,
    }
    return Response(picture.data, media_type=picture.media_type, headers=headers)


@public_router.get("/{token}/audio/{number}", response_class=Response, responses=AUDIO_RESPONSES)
async def read_shared_audio(
    token: Token,
    number: Annotated[int, Path(ge=1, le=1000)],
    service: ShareServiceDep,
    range: Annotated[str | None, Header()] = None,
    if_none_match: Annotated[str | None, Header()] = None,
    v: Version = None,
) -> Response:
    """The narration of page `number` of a shared story (MP3, byte ranges supported;
    If-None-Match gives 304)."""
    audio = await service.audio(token, number)
    headers = {**ROBOTS, "ETag": audio.etag}
    if matches(if_none_match, audio.etag):
        return Response(status_code=304, headers=headers)
    return ranged(audio.data, audio.media_type, range, headers)
