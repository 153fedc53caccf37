"""Contact sheets of what the built-in engines make, to look at: pages of several books
written by the built-in writer and drawn by the built-in illustrator (with their covers),
and the "New picture" candidates of a few pages beside the picture they would replace.
`storyloom illustrate book-gallery` and `storyloom illustrate takes-sheet` write them."""

from __future__ import annotations

from storyloom.engines.illustrator import render_scene
from storyloom.engines.illustrator.cover import cover_scene, render_cover
from storyloom.engines.illustrator.gallery import grid
from storyloom.engines.illustrator.spec import ArtStyle, Setting
from storyloom.engines.illustrator.takes import takes
from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.report import sample_requests
from storyloom.engines.writer.story_spec import Role, StoryRequest

CELL_W, CELL_H = 480, 320
TAKES = 3  # what "New picture" offers by default
SEED_STEP = 7919  # the candidates' seeds step as the page service's do


def _books(count: int, seed: int) -> list[StoryRequest]:
    """`count` sample requests, each in a setting not used yet, templates mixed."""
    chosen: dict[Setting, StoryRequest] = {}
    for request in sample_requests(200, seed=seed):
        chosen.setdefault(request.setting, request)
        if len(chosen) == count:
            break
    return list(chosen.values())


def book_pages(books: int = 4, per_book: int = 5, seed: int = 0) -> tuple[str, int]:
    """(an SVG sheet, its column count): one row per book, its cover then `per_book` pages
    spread from first to last, so the rows read as the books do (a book without a cover
    shows one page more)."""
    cells: list[str] = []
    for n, request in enumerate(_books(books, seed)):
        draft = write_story(request)
        cast = {m.id: m.sheet for m in request.cast}
        style = ArtStyle.storybook if n % 2 else ArtStyle.flat
        scenes = [page.scene for page in draft.pages]
        hero = next((m.id for m in request.cast if m.role is Role.hero), None)
        cover = cover_scene(scenes, hero, draft.title)
        if cover is not None:
            cells.append(render_cover(cover, cast, style=style, w=CELL_W, h=CELL_H))
        wanted = per_book if cover is not None else per_book + 1
        last = len(scenes) - 1
        picks = [round(i * last / max(wanted - 1, 1)) for i in range(wanted)]
        cells += [render_scene(scenes[i], cast, style=style, seed=i) for i in picks]
    return grid(cells, per_book + 1, CELL_W, CELL_H), per_book + 1


def takes_sheet(sets: int = 3, seed: int = 0) -> str:
    """One row per page (from `sets` books): its picture, then the candidates "New
    picture" offers for it."""
    cells: list[str] = []
    for n, request in enumerate(_books(sets, seed + 1)):
        draft = write_story(request)
        cast = {m.id: m.sheet for m in request.cast}
        page = draft.pages[len(draft.pages) // 2 + n]
        cells.append(render_scene(page.scene, cast, seed=n))
        for k, take in enumerate(takes(page.scene, TAKES)):
            cells.append(render_scene(take, cast, seed=n + (k + 1) * SEED_STEP))
    return grid(cells, TAKES + 1, CELL_W, CELL_H)
