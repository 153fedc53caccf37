"""Storing pictures, serving them (original or a PNG at a chosen width) and removing
portrait candidates nobody picked."""

from __future__ import annotations

import atexit
import base64
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.concurrency import run_in_threadpool

from storyloom.engines.illustrator import render_png
from storyloom.engines.illustrator.images_api import image_size
from storyloom.errors import InvalidInput, NotFound
from storyloom.images.repository import ImageRepository
from storyloom.kit.isolated import Isolated, IsolatedFailure
from storyloom.kit.pictures import RefusedPicture, reencode
from storyloom.media import MediaNotFound, MediaStore
from storyloom.models import Image, ImageKind

SVG = "image/svg+xml"
PNG = "image/png"
DEFAULT_PNG_WIDTH = 512
CLEANUP_BATCH = 500

ImageFormat = Literal["svg", "png"]
# Pictures that did not come from our own illustrator are drawn in a child process: a
# crash or runaway in the native renderer costs that request, never the server.
ISOLATED = Isolated(memory_mb=1024, seconds=20.0)
atexit.register(ISOLATED.close)


class PictureRefused(InvalidInput):
    """A picture from outside that we will not store or draw; the code names the reason
    (`picture_dtd`, `picture_active_content`, `picture_dimensions`, ...)."""

    title = "Picture refused"

    def __init__(self, refused: RefusedPicture, loc: list[str] | None = None) -> None:
        errors = [{"loc": loc, "msg": refused.detail, "type": refused.code}] if loc else None
        super().__init__(refused.detail, code=refused.code, reason=refused.reason, errors=errors)


@dataclass(frozen=True, slots=True)
class NewPicture:
    data: bytes
    media_type: str
    details: dict[str, object]
    size: tuple[int, int] | None = None


def outside_picture(
    data: bytes, media_type: str | None, details: dict[str, object], loc: list[str]
) -> NewPicture:
    """Our own re-encoded copy of a picture from outside, ready to store; 422 if refused."""
    try:
        clean = reencode(data, media_type)
    except RefusedPicture as exc:
        raise PictureRefused(exc, loc) from exc
    return NewPicture(clean.data, clean.media_type, details, (clean.width, clean.height))


@dataclass(frozen=True, slots=True)
class Served:
    etag: str
    media_type: str
    data: bytes | None  # None when the client's copy is current (304)


async def store_pictures(
    session: AsyncSession,
    store: MediaStore,
    *,
    owner_id: str,
    character_id: str | None,
    kind: ImageKind,
    pictures: list[NewPicture],
    expires_at: datetime | None,
) -> list[Image]:
    """Files first, rows second: a failed write leaves no row; a failed commit leaves only
    content-addressed files that nothing points at."""
    images = []
    for picture in pictures:
        key = await store.put(picture.data, picture.media_type)
        images.append(
            picture_row(
                picture,
                key=key,
                owner_id=owner_id,
                kind=kind,
                character_id=character_id,
                expires_at=expires_at,
            )
        )
    await ImageRepository(session).add_all(images)
    return images


PAGE_SVG_SIZE = (1200, 800)  # the built-in page picture's viewBox


def picture_row(
    picture: NewPicture,
    *,
    key: str,
    owner_id: str,
    kind: ImageKind | str,
    character_id: str | None = None,
    expires_at: datetime | None = None,
    svg_size: tuple[int, int] = (512, 512),
) -> Image:
    """The one way a drawn (or re-encoded) picture, stored under `key`, becomes an image
    row: its size from the picture (`svg_size` for the built-in SVG drawings)."""
    if picture.size is not None:
        width, height = picture.size
    elif picture.media_type == SVG:
        width, height = svg_size
    else:
        width, height = image_size(picture.data)
    return Image(
        owner_id=owner_id,
        character_id=character_id,
        key=key,
        media_type=picture.media_type,
        width=width,
        height=height,
        kind=kind.value if isinstance(kind, ImageKind) else kind,
        details=picture.details,
        expires_at=expires_at,
    )


def _as_svg(data: bytes, media_type: str, width: int, height: int) -> str:
    if media_type == SVG:
        return data.decode()
    # A raster picture inside an SVG: resvg scales it like any other drawing.
    encoded = base64.b64encode(data).decode()
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><image href="data:{media_type};base64,{encoded}" '
        f'width="{width}" height="{height}"/></svg>'
    )


async def serve_image(
    session: AsyncSession,
    store: MediaStore,
    *,
    owner_id: str,
    image_id: str,
    fmt: ImageFormat | None,
    width: int | None,
    if_none_match: str | None,
) -> Served:
    image = await ImageRepository(session).get(owner_id, image_id)
    if image is None:
        raise NotFound("No such image.")
    wants_png = fmt == "png" or (fmt is None and width is not None)
    wants_svg = fmt == "svg" and image.media_type != SVG
    if wants_png:
        size = width or DEFAULT_PNG_WIDTH
        etag, media_type = f'"{image.key}-png-{size}"', PNG
    elif wants_svg:
        etag, media_type = f'"{image.key}-svg"', SVG
    else:
        etag, media_type = f'"{image.key}"', image.media_type
    if if_none_match and etag in {tag.strip() for tag in if_none_match.split(",")}:
        return Served(etag, media_type, None)
    try:
        data = await store.get(image.key)
    except MediaNotFound as exc:
        raise NotFound("The picture's file is gone.") from exc
    if wants_png:
        data = await run_in_threadpool(_png, image, data, width or DEFAULT_PNG_WIDTH)
    elif wants_svg:
        data = _as_svg(data, image.media_type, image.width, image.height).encode()
    return Served(etag, media_type, data)


def _png(image: Image, data: bytes, width: int) -> bytes:
    if image.drawn_by_us:
        return render_png(_as_svg(data, image.media_type, image.width, image.height), width)
    try:
        # Stored before pictures were re-encoded on the way in? Sanitised again here.
        clean = reencode(data, image.media_type)
        svg = _as_svg(clean.data, clean.media_type, clean.width, clean.height)
        return ISOLATED.run(render_png, svg, width)
    except RefusedPicture as exc:
        raise PictureRefused(exc) from exc
    except IsolatedFailure as exc:
        raise InvalidInput(
            "This picture could not be drawn.", code="picture_unrenderable", reason=exc.reason
        ) from exc


async def cleanup_expired_candidates(
    session: AsyncSession, store: MediaStore, now: datetime
) -> int:
    """Delete portrait candidates past their `expires_at`, and their files once no row
    points at them. Returns how many candidates went.

    Call it in a unit of work (the caller commits). Files are removed after the rows are
    flushed; should the commit then fail, a surviving row whose file is gone answers 404,
    which is harmless for a candidate nobody picked.
    """
    repository = ImageRepository(session)
    removed = 0
    while True:
        batch = await repository.expired_candidates(now, CLEANUP_BATCH)
        if not batch:
            return removed
        await repository.delete_ids([image.id for image in batch])
        keys = sorted({image.key for image in batch})
        still_used = await repository.referenced_keys(keys)
        for key in keys:
            if key not in still_used:
                await store.delete(key)
        removed += len(batch)


def candidate_expiry(now: datetime, hours: int) -> datetime:
    return now + timedelta(hours=hours)
