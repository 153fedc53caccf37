"""Exports of a story: a cached file when the story has not changed, else a new one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial

from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.config import Settings
from storyloom.engines.bands import AgeBand
from storyloom.engines.safety.gate import SafetyGate
from storyloom.errors import Conflict, NotFound
from storyloom.export.book import PNG, BookRows, drawn_cover, load_book, load_rows
from storyloom.export.cache import ExportFiles
from storyloom.export.epub import write_epub
from storyloom.export.layout import placed_width_inches
from storyloom.export.pdf import write_pdf
from storyloom.export.schemas import BookOptions, PdfOptions
from storyloom.kit.cache import matches
from storyloom.kit.ratelimit import RateLimits
from storyloom.media import MediaNotFound, MediaStore
from storyloom.models import Story, StoryStatus
from storyloom.safety_gate import ensure_safe
from storyloom.stories.errors import StoryBusy

PRINT_DPI = 300


@dataclass
class Export:
    data: bytes | None  # None: the caller's If-None-Match matched (304)
    etag: str  # the file's content hash
    size: int
    filename: str
    cached: bool
    headers: dict[str, str] = field(default_factory=dict)


def filename(title: str, ext: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower()[:60]
    return f"{slug or 'story'}.{ext}"


def resolution(rows: BookRows, options: PdfOptions) -> dict[str, str]:
    """Headers naming raster pictures printed below 300 dpi at this trim size.

    Provider pictures are placed across the page's full width like the vector ones (the
    layout stays the same on every page); the headers tell the caller which would print
    soft, so the app can say so before the book goes to a printer.
    """
    width = placed_width_inches(options)
    low: list[tuple[int, int]] = []
    for page in rows.pages:
        image = rows.images.get(page.image_id or "")
        if image is not None and image.media_type == PNG:
            dpi = int(image.width / width)
            if dpi < PRINT_DPI:
                low.append((page.number, dpi))
    if not low:
        return {}
    return {
        "X-Image-Min-DPI": str(min(dpi for _, dpi in low)),
        "X-Image-Low-DPI-Pages": ",".join(str(number) for number, _ in low),
    }


class ExportService:
    def __init__(
        self,
        session: AsyncSession,
        store: MediaStore,
        settings: Settings,
        limits: RateLimits,
        gate: SafetyGate,
    ) -> None:
        self.session = session
        self.gate = gate
        self.store = store
        self.settings = settings
        self.limits = limits
        self.files = ExportFiles(session, store, settings.export_cache_per_story)

    async def _rows(self, story: Story, options: BookOptions) -> BookRows:
        if story.status == StoryStatus.generating:
            raise StoryBusy("The story is still being made; export it when it is finished.")
        fields: dict[tuple[str, ...], str] = {
            ("query", name): value
            for name, value in (("for_name", options.for_name), ("dedication", options.dedication))
            if value
        }
        await ensure_safe(self.gate, fields, AgeBand(story.band))
        rows = await load_rows(self.session, story)
        if not rows.pages:
            raise Conflict("This story has no pages to export.", code="story_empty")
        return rows

    async def _file(
        self, rows: BookRows, options: BookOptions, ext: str, if_none_match: str | None
    ) -> tuple[str, int, bytes | None, bool]:
        """(key, size, bytes or None when `if_none_match` names them, from the store)."""
        story, revision, digest = rows.story, rows.revision, options.digest()
        found = await self.files.find(story.id, revision, digest, ext)
        if found is not None:
            if matches(if_none_match, f'"{found.key}"'):
                return found.key, found.size, None, True  # no read from the store
            try:
                return found.key, found.size, await self.store.get(found.key), True
            except MediaNotFound:
                await self.files.drop([found])  # lost from the store: made again
        rule = self.limits.parse(self.settings.export_limit_per_user)
        await self.limits.enforce(rule, "export", story.owner_id)
        book = await load_book(
            rows, self.store, for_name=options.for_name, dedication=options.dedication
        )
        if isinstance(options, PdfOptions):
            writer = partial(write_pdf, book, options)
        else:
            writer = partial(write_epub, book)
        row, data = await self.files.make(
            story_id=story.id,
            owner_id=story.owner_id,
            revision=revision,
            options=digest,
            fmt=ext,
            write=writer,
            concurrency=self.settings.export_concurrency,
        )
        await self.files.prune(story.id, revision)
        return row.key, row.size, data, False

    async def _export(
        self, story: Story, options: BookOptions, ext: str, if_none_match: str | None
    ) -> Export:
        rows = await self._rows(story, options)
        key, size, data, cached = await self._file(rows, options, ext, if_none_match)
        headers = resolution(rows, options) if isinstance(options, PdfOptions) else {}
        return Export(data, f'"{key}"', size, filename(story.title, ext), cached, headers)

    async def cover(self, story: Story, aspect: float) -> bytes:
        """The drawn cover as SVG, `aspect` (width / height) wide, no title on it."""
        rows = await load_rows(self.session, story)
        cover = drawn_cover(rows) if rows.pages else None
        if cover is None:
            raise NotFound("This book has no drawn cover (no pages, or pictures from outside).")
        return cover.art(aspect).data

    async def pdf(
        self, story: Story, options: PdfOptions, if_none_match: str | None = None
    ) -> Export:
        return await self._export(story, options, "pdf", if_none_match)

    async def epub(
        self, story: Story, options: BookOptions, if_none_match: str | None = None
    ) -> Export:
        return await self._export(story, options, "epub", if_none_match)
