"""A whole book with no server and no database: the work behind `storyloom generate`.

The same parts the job pipeline uses, without its rows: the writer (the built-in engine
or the configured model), the safety check of every page for the band (rewritten with a
new seed, as the pipeline does), the illustrator for every page, then the exporters
(PDF, EPUB from storyloom.export) or a self-contained HTML file with inline SVG.
"""

from __future__ import annotations

import asyncio
import base64
import html
import random
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, model_validator

from storyloom.config import Settings
from storyloom.engines.bands import AgeBand
from storyloom.engines.illustrator.spec import ArtStyle, CharacterSheet, Kind, SceneSpec, Setting
from storyloom.engines.writer import StoryDraft
from storyloom.engines.writer.story_spec import (
    CastMember,
    Lesson,
    Pronouns,
    Relationship,
    RelationshipKind,
    Role,
    StoryRequest,
    Template,
    Trait,
)

if TYPE_CHECKING:
    from storyloom.engines.narrator import Narrator
    from storyloom.export.book import Cover, Sound

SAFETY_REWRITES = 2

Progress = Callable[[str, int], None]  # (what happened, how many steps it was worth)


class Format(StrEnum):
    pdf = "pdf"
    epub = "epub"
    html = "html"


class CharacterSpec(BaseModel):
    """One character of the cast; looks default to a pleasing random sheet for its kind."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=40)
    kind: Kind = Kind.child
    role: Role = Role.friend
    pronouns: Pronouns = Pronouns.they
    age: int | None = Field(default=None, ge=0, le=150)
    traits: list[Trait] = Field(default_factory=list, max_length=5)
    likes: list[str] = Field(default_factory=list, max_length=5)
    appearance: CharacterSheet | None = None


class RelationshipSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    a: str = Field(description="Name of the first character (the elder/owner when it matters).")
    b: str
    kind: RelationshipKind


class BookSpec(BaseModel):
    """Everything one book is made from (the JSON of `--cast-file` and `--batch`)."""

    model_config = ConfigDict(extra="forbid")

    cast: list[CharacterSpec] = Field(min_length=1, max_length=5)
    relationships: list[RelationshipSpec] = Field(default_factory=list)
    template: Template = Template.adventure
    setting: Setting = Setting.forest
    lesson: Lesson = Lesson.none
    band: AgeBand = AgeBand.preschool
    pages: int | None = Field(default=None, ge=4, le=20)
    style: ArtStyle = ArtStyle.flat
    idea: str | None = Field(default=None, max_length=500)
    seed: int | None = None
    formats: list[Format] = Field(default_factory=lambda: [Format.html])
    out: str | None = Field(default=None, description="File name without extension.")

    @model_validator(mode="after")
    def _one_hero(self) -> BookSpec:
        heroes = [c for c in self.cast if c.role is Role.hero]
        if not heroes:
            self.cast[0].role = Role.hero
        elif len(heroes) > 1:
            raise ValueError("the cast needs exactly one hero")
        return self


@dataclass
class MadeBook:
    title: str
    pages: list[tuple[str, bytes, str]]  # text, picture bytes, media type
    portrait: bytes
    engine: str
    files: dict[str, Path]
    # Per page, the narration for the EPUB (None: no voice, or not asked for).
    sounds: list[Sound | None] = field(default_factory=list)
    cover: Cover | None = None


class BookError(Exception):
    """The book cannot be made as asked; the message says why."""


def request_from(spec: BookSpec) -> StoryRequest:
    from storyloom.cli.looks import default_sheet

    seed = spec.seed if spec.seed is not None else random.randrange(2**31)
    ids = {c.name: uuid.uuid5(uuid.NAMESPACE_OID, c.name).hex for c in spec.cast}
    try:
        cast = [
            CastMember(
                id=ids[c.name],
                name=c.name,
                kind=c.kind,
                pronouns=c.pronouns,
                age=c.age,
                sheet=c.appearance or default_sheet(c.name, c.kind, c.pronouns, seed),
                traits=c.traits,
                likes=c.likes,
                role=c.role,
            )
            for c in spec.cast
        ]
        relationships = [
            Relationship(a=ids[r.a], b=ids[r.b], kind=r.kind)
            for r in spec.relationships
            if r.a in ids and r.b in ids
        ]
        return StoryRequest(
            cast=cast,
            relationships=relationships,
            template=spec.template,
            setting=spec.setting,
            lesson=spec.lesson,
            band=spec.band,
            pages=spec.pages,
            idea=spec.idea,
            seed=seed,
        )
    except ValueError as exc:
        raise BookError(f"the cast cannot be written: {exc}") from exc


def _unsafe(draft: StoryDraft, band: AgeBand) -> str | None:
    """Our own writer's text: the rules read it, as in the story pipeline (the people's
    words in it were checked with the learned model on the way in)."""
    from storyloom.engines.safety import check_text

    for text in [draft.title, *(p.text for p in draft.pages)]:
        verdict = check_text(text, band)
        if not verdict.ok:
            return verdict.category.value if verdict.category else "unsafe"
    return None


async def make_book(
    spec: BookSpec, settings: Settings, out_dir: Path, progress: Progress
) -> MadeBook:
    """Write, check, illustrate and export one book; `progress` hears every step."""
    from storyloom.engines.safety import check_offline
    from storyloom.export.book import book_cover
    from storyloom.jobs.engines import engines_from_settings
    from storyloom.providers.usage import InMemoryUsageSink

    request = request_from(spec)
    verdict = check_offline(spec.idea, spec.band) if spec.idea else None
    if verdict is not None and not verdict.ok:
        category = verdict.category.value if verdict.category else "unsafe"
        raise BookError(f"the idea is not suitable for a children's book ({category})")
    made = engines_from_settings(settings, InMemoryUsageSink())
    engines = made.engines
    try:
        for rewrite in range(SAFETY_REWRITES + 1):
            seeded = request.model_copy(update={"seed": request.seed + rewrite})
            produced = await engines.write(seeded, user_id="cli", story_id="cli")
            unsafe = _unsafe(produced.value, spec.band)
            if unsafe is None:
                break
            if rewrite == SAFETY_REWRITES:
                raise BookError(f"the writer kept producing unsuitable words ({unsafe})")
        draft = produced.value
        progress(f"wrote {len(draft.pages)} pages", 1)
        cast = {m.id: m.sheet for m in request.cast}
        limit = asyncio.Semaphore(settings.illustrate_concurrency)

        async def draw(number: int, scene: SceneSpec) -> tuple[bytes, str]:
            async with limit:
                picture = await engines.draw(
                    scene,
                    cast,
                    style=spec.style,
                    seed=request.seed + number,
                    user_id="cli",
                    story_id="cli",
                )
            progress(f"drew page {number}", 1)
            return picture.value.data, picture.value.media_type

        # The pages are read aloud (for the EPUB) while they are drawn.
        narrator = engines.narrator if Format.epub in spec.formats else None
        narrating = (
            asyncio.create_task(_narrate(narrator, draft, spec.band, progress))
            if narrator is not None
            else None
        )
        try:
            pictures = await asyncio.gather(
                *(draw(n, p.scene) for n, p in enumerate(draft.pages, start=1))
            )
            hero = next(m for m in request.cast if m.role is Role.hero)
            portrait = await engines.builtin_illustrator.portrait(hero.sheet, style=spec.style)
            sounds: list[Sound | None] = await narrating if narrating is not None else []
        finally:
            if narrating is not None and not narrating.done():
                narrating.cancel()
                await asyncio.gather(narrating, return_exceptions=True)
    finally:
        await made.close()
    pages = [(p.text, data, mt) for p, (data, mt) in zip(draft.pages, pictures, strict=True)]
    ours = all(mt == "image/svg+xml" for _, mt in pictures)
    scenes = [p.scene for p in draft.pages]
    cover = book_cover(request, scenes, draft.title, spec.style) if ours else None
    book = MadeBook(draft.title, pages, portrait.data, produced.engine, {}, sounds, cover)
    stem = spec.out or _slug(draft.title)
    await asyncio.to_thread(out_dir.mkdir, parents=True, exist_ok=True)
    for fmt in spec.formats:
        target = out_dir / f"{stem}.{fmt.value}"
        await asyncio.to_thread(write_file, book, hero.name, fmt, target)
        book.files[fmt.value] = target
        progress(f"wrote {target.name}", 1)
    return book


async def _narrate(
    narrator: Narrator, draft: StoryDraft, band: AgeBand, progress: Progress
) -> list[Sound | None]:
    """Each page read aloud with the offline voice, for the EPUB's media overlays."""
    from storyloom.engines.narrator import NarratorError
    from storyloom.export.book import Sound
    from storyloom.stories.narration import PACE, audio_details

    sounds: list[Sound | None] = []
    for number, page in enumerate(draft.pages, start=1):
        try:
            said = await narrator.narrate(page.text, pace=PACE[band])
        except NarratorError:
            sounds.append(None)
            continue
        details = audio_details(said, narrator.voice)
        sounds.append(Sound(said.data, said.media_type, said.duration, details["words"]))
        progress(f"narrated page {number}", 0)
    return sounds


def _slug(title: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower()[:60] or "story"


def write_file(book: MadeBook, hero_name: str, fmt: Format, target: Path) -> None:
    if fmt is Format.html:
        target.write_text(to_html(book))
        return
    from storyloom.export.book import SVG, Art, Book, BookPage, svg_size
    from storyloom.export.epub import write_epub
    from storyloom.export.pdf import write_pdf
    from storyloom.export.schemas import PdfOptions

    def art(data: bytes, media_type: str) -> Art:
        width, height = svg_size(data, (1200, 800)) if media_type == SVG else (1024, 1024)
        return Art(data, media_type, width, height)

    exported = Book(
        story_id=uuid.uuid4().hex,
        title=book.title,
        modified=datetime.now(UTC),
        hero_name=hero_name,
        portrait=art(book.portrait, SVG),
        pages=[
            BookPage(n, text, art(d, mt), book.sounds[n - 1] if book.sounds else None)
            for n, (text, d, mt) in enumerate(book.pages, 1)
        ],
        cover=book.cover,
    )
    if fmt is Format.pdf:
        write_pdf(exported, PdfOptions(), target)
    else:
        write_epub(exported, target)


def _scoped(svg: str, scope: str) -> str:
    """Prefix the SVG's ids (and references to them): inline SVGs share one document,
    where a second `#sky` gradient would resolve to the first picture's."""
    ids = set(re.findall(r'\bid="([^"]+)"', svg))
    for name in sorted(ids, key=len, reverse=True):
        svg = svg.replace(f'id="{name}"', f'id="{scope}-{name}"')
        svg = svg.replace(f"url(#{name})", f"url(#{scope}-{name})")
        svg = svg.replace(f'href="#{name}"', f'href="#{scope}-{name}"')
    return svg


def _inline(data: bytes, media_type: str, scope: str) -> str:
    if media_type == "image/svg+xml":
        svg = re.sub(r"^<\?xml[^>]*>\s*", "", data.decode())  # no XML prolog inside HTML
        return _scoped(svg, scope)
    encoded = base64.b64encode(data).decode()
    return f'<img alt="" src="data:{media_type};base64,{encoded}">'


def _cover_html(book: MadeBook, title: str) -> str:
    if book.cover is None:
        return (
            f'<section class="page cover"><h1>{title}</h1>'
            f"<figure>{_inline(book.portrait, 'image/svg+xml', 'cover')}</figure></section>"
        )
    drawn = book.cover.art(0.75).data
    return (
        f'<section class="page cover drawn"><figure>{_inline(drawn, "image/svg+xml", "cover")}'
        f"</figure><h1>{title}</h1></section>"
    )


def to_html(book: MadeBook) -> str:
    """One self-contained file: no script, no outside fetches, every picture inline."""
    title = html.escape(book.title)
    pages = "\n".join(
        f'<section class="page"><figure>{_inline(data, mt, f"p{n}")}</figure>'
        f"<p>{html.escape(text)}</p><footer>{n}</footer></section>"
        for n, (text, data, mt) in enumerate(book.pages, start=1)
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Storyloom ({html.escape(book.engine)})">
<title>{title}</title>
<style>
body {{ margin: 0; background: #f6f1e7; font: 1.4rem/1.5 "Andika", "Comic Neue", sans-serif;
  color: #2b2b2b; }}
.page {{ max-width: 52rem; margin: 2rem auto; background: #fff; border-radius: 1rem;
  box-shadow: 0 2px 10px #0002; overflow: hidden; page-break-after: always; }}
.page figure {{ margin: 0; }} .page svg, .page img {{ display: block; width: 100%;
  height: auto; }}
.page p {{ padding: 1rem 2rem 0; margin: 0; }} .page footer {{ text-align: center;
  color: #888; padding: .5rem 0 1rem; font-size: 1rem; }}
.cover {{ text-align: center; }} .cover h1 {{ padding: 1.5rem 2rem 0; margin: 0; }}
.cover figure {{ max-width: 24rem; margin: 1rem auto 2rem; }}
.drawn {{ position: relative; max-width: 36rem; }}
.drawn figure {{ max-width: none; margin: 0; }}
.drawn h1 {{ position: absolute; top: 4%; left: 6%; right: 6%; padding: .8rem 1rem;
  font-size: 2.4rem; line-height: 1.15; background: #fffaf0e0; border-radius: 1rem;
  border: 2px solid #2b254040; }}
</style></head><body>
{_cover_html(book, title)}
{pages}
</body></html>
"""
