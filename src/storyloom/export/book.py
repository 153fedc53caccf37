"""A story gathered for export: its rows (cheap, enough for the revision) and then the
picture bytes (only when a file has to be made)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.engines.illustrator import render_portrait
from storyloom.engines.illustrator.cover import COVER_W, cover_scene, render_cover
from storyloom.engines.illustrator.spec import ArtStyle, CharacterSheet, SceneSpec
from storyloom.engines.writer.story_spec import Role, StoryRequest
from storyloom.export.repository import ExportRepository
from storyloom.kit.pictures import RefusedPicture, reencode
from storyloom.media import MediaNotFound, MediaStore
from storyloom.models import Character, Image, Story, StoryPage
from storyloom.stories.narration import current_audio
from storyloom.stories.schemas import StoryConfig

# Bump when the layout of exported files changes, so cached files are made again.
FORMAT_VERSION = "3"  # 2: narration (EPUB media overlays); 3: the drawn cover
SVG = "image/svg+xml"
PNG = "image/png"
_VIEWBOX = re.compile(rb'viewBox="\s*[-\d.]+[ ,]+[-\d.]+[ ,]+([\d.]+)[ ,]+([\d.]+)\s*"')


@dataclass(frozen=True, slots=True)
class Art:
    """A picture's bytes and pixel size (an SVG's viewBox size)."""

    data: bytes
    media_type: str
    width: int
    height: int
    outside: bool = False  # not drawn by our illustrator: rendered only in isolation

    @property
    def is_vector(self) -> bool:
        return self.media_type == SVG

    @property
    def extension(self) -> str:
        return "svg" if self.is_vector else "png"


@dataclass(frozen=True, slots=True)
class Sound:
    """A page's narration: MP3 bytes, its length and word timings
    [start, end, text_start, text_end] (seconds; offsets into the page text)."""

    data: bytes
    media_type: str
    duration: float
    words: list[list[float]]


@dataclass(frozen=True, slots=True)
class Cover:
    """The book's cover scene, drawn by the built-in illustrator at whatever shape the
    format needs (a printed page with its bleed, an EPUB cover, a web page)."""

    spec: SceneSpec
    cast: Mapping[str, CharacterSheet]
    style: ArtStyle = ArtStyle.flat

    def art(self, aspect: float) -> Art:
        """The cover `aspect` (width / height) wide; its top is left calm for the title."""
        width = COVER_W
        height = round(width / max(0.4, min(aspect, 2.5)))
        svg = render_cover(self.spec, self.cast, style=self.style, w=width, h=height)
        return Art(svg.encode(), SVG, round(width), height)


def book_cover(
    request: StoryRequest, scenes: Sequence[SceneSpec], title: str, style: ArtStyle
) -> Cover | None:
    """The cover of a book written from `request`: its hero in its place with its key thing."""
    hero = next((m.id for m in request.cast if m.role is Role.hero), None)
    spec = cover_scene(scenes, hero, title)
    if spec is None or not spec.characters:
        return None
    return Cover(spec, {m.id: m.sheet for m in request.cast}, style)


@dataclass(frozen=True, slots=True)
class BookPage:
    number: int
    text: str
    art: Art | None
    sound: Sound | None = None


@dataclass(frozen=True, slots=True)
class Book:
    story_id: str
    title: str
    modified: datetime
    hero_name: str | None
    portrait: Art | None
    pages: list[BookPage]
    for_name: str | None = None
    dedication: str | None = None
    language: str = "en"
    cover: Cover | None = None  # the drawn cover; without one the cover shows `portrait`

    @property
    def has_outside_pictures(self) -> bool:
        arts = [self.portrait, *(page.art for page in self.pages)]
        return any(art is not None and art.outside for art in arts)


@dataclass(frozen=True, slots=True)
class BookRows:
    """What the database says about a story; enough to name its revision."""

    story: Story
    pages: Sequence[StoryPage]
    images: dict[str, Image]
    hero: Character | None
    portrait: Image | None

    @property
    def revision(self) -> str:
        """Changes whenever anything printed changes: title, page text, order or pictures,
        the hero's portrait or looks, or the export format itself."""
        parts: list[object] = [FORMAT_VERSION, self.story.title, self.story.updated_at.isoformat()]
        for page in self.pages:
            image = self.images.get(page.image_id or "")
            sound = page.audio_key if current_audio(page) is not None else None
            parts.append(
                [
                    page.id,
                    page.number,
                    page.text,
                    page.updated_at.isoformat(),
                    image and image.key,
                    sound,
                ]
            )
        if self.hero is not None:
            parts.append([self.hero.name, self.hero.updated_at.isoformat()])
        if self.portrait is not None:
            parts.append(self.portrait.key)
        raw = json.dumps(parts, default=str).encode()
        return hashlib.sha256(raw).hexdigest()[:16]


def hero_id(story: Story) -> str | None:
    for member in story.config.get("cast", []):
        if member.get("role") == "hero":
            return str(member.get("character_id"))
    return None


async def load_rows(session: AsyncSession, story: Story) -> BookRows:
    repository = ExportRepository(session)
    pages = await repository.pages(story.id)
    wanted = [p.image_id for p in pages if p.image_id]
    hero_key = hero_id(story)
    hero = await repository.character(story.owner_id, hero_key) if hero_key else None
    if hero is not None and hero.portrait_image_id:
        wanted.append(hero.portrait_image_id)
    images = await repository.images(story.owner_id, wanted)
    portrait = images.pop(hero.portrait_image_id, None) if hero and hero.portrait_image_id else None
    return BookRows(story, pages, images, hero, portrait)


def svg_size(data: bytes, fallback: tuple[int, int]) -> tuple[int, int]:
    match = _VIEWBOX.search(data[:2000])
    if match is None:
        return fallback
    return round(float(match.group(1))), round(float(match.group(2)))


async def _art(store: MediaStore, image: Image | None) -> Art | None:
    if image is None:
        return None
    try:
        data = await store.get(image.key)
    except MediaNotFound:
        return None  # a missing file prints as a page without a picture
    if not image.drawn_by_us:
        # Re-encoded when it came in; stored before that was so? Cleaned again here, and a
        # picture we would refuse today prints as a page without a picture.
        try:
            clean = reencode(data, image.media_type)
        except RefusedPicture:
            return None
        return Art(clean.data, clean.media_type, clean.width, clean.height, outside=True)
    if image.media_type == SVG:
        width, height = svg_size(data, (image.width, image.height))
        return Art(data, SVG, width, height)
    return Art(data, image.media_type, image.width, image.height)


async def _sound(store: MediaStore, page: StoryPage) -> Sound | None:
    audio = current_audio(page)
    if audio is None or page.audio_key is None:
        return None
    try:
        data = await store.get(page.audio_key)
    except MediaNotFound:
        return None  # a lost file reads as a page without narration
    return Sound(data, str(audio["media_type"]), float(audio["duration"]), list(audio["words"]))


def _drawn_portrait(hero: Character) -> Art | None:
    """The built-in illustrator's portrait of the hero, when none was chosen."""
    try:
        sheet = CharacterSheet.model_validate(hero.appearance).model_copy(update={"age": hero.age})
    except ValueError:
        return None
    svg = render_portrait(sheet).encode()
    width, height = svg_size(svg, (512, 512))
    return Art(svg, SVG, width, height)


async def load_book(
    rows: BookRows,
    store: MediaStore,
    *,
    for_name: str | None = None,
    dedication: str | None = None,
) -> Book:
    pages = [
        BookPage(
            p.number,
            p.text,
            await _art(store, rows.images.get(p.image_id or "")),
            await _sound(store, p),
        )
        for p in rows.pages
    ]
    portrait = await _art(store, rows.portrait)
    if portrait is None and rows.hero is not None:
        portrait = _drawn_portrait(rows.hero)
    if portrait is None:
        portrait = next((p.art for p in pages if p.art is not None), None)
    title = rows.story.title or "My Story"
    # Pages from an images API keep the portrait cover: a drawn cover would not match them.
    ours = all(p.art is None or p.art.is_vector for p in pages)
    return Book(
        story_id=rows.story.id,
        title=title,
        modified=rows.story.updated_at,
        hero_name=rows.hero.name if rows.hero else None,
        portrait=portrait,
        pages=pages,
        for_name=for_name,
        dedication=dedication,
        cover=_story_cover(rows, title) if ours else None,
    )


def drawn_cover(rows: BookRows) -> Cover | None:
    """The drawn cover of a stored story, when its pages are our own pictures."""
    if any(image.media_type != SVG for image in rows.images.values()):
        return None  # pages from an images API keep the portrait cover
    return _story_cover(rows, rows.story.title or "My Story")


def _story_cover(rows: BookRows, title: str) -> Cover | None:
    if rows.story.plan is None or not rows.pages:
        return None
    try:
        request = StoryRequest.model_validate(rows.story.plan)
        scenes = [SceneSpec.model_validate(p.scene) for p in rows.pages]
        style = StoryConfig.model_validate(rows.story.config).art_style
    except ValidationError:
        return None
    return book_cover(request, scenes, title, style)
