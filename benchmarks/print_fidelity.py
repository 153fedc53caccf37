"""Print fidelity of the PDF export: books written by the built-in writer (benchmark
sample requests, a spread of settings, times of day and both art styles, and a bedtime at
home) are exported to PDF; every page, rasterised by poppler and by PDFium at 72, 150 and
300 dpi, is compared with the same page whose pictures were rendered to PNG by resvg (see
`storyloom.export.fidelity`). Figure: the worst page's mean absolute difference of its
worst channel, out of 255 (goal < 8; a lost sky or sea is 40 and more).

The last line printed is the summary figure.
"""

from __future__ import annotations

import statistics
import sys
import uuid
from collections import defaultdict
from datetime import UTC, datetime

from storyloom.engines.bands import AgeBand
from storyloom.engines.illustrator import render_scene
from storyloom.engines.illustrator.spec import ArtStyle, Setting
from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.report import sample_requests
from storyloom.engines.writer.story_spec import StoryRequest, Template
from storyloom.export.book import SVG, Art, Book, BookPage, book_cover
from storyloom.export.fidelity import MAX_DIFFERENCE, page_differences

BOOKS = 6


def _requests(count: int) -> list[StoryRequest]:
    """The first sample request of each setting, `count` of them, then a bedtime at home:
    the rooms of the house and the moon at night."""
    seen: dict[object, StoryRequest] = {}
    for request in sample_requests(200):
        seen.setdefault(request.setting, request)
    home = seen[Setting.bedroom].model_copy(
        update={"template": Template.bedtime, "band": AgeBand.preschool, "pages": 12}
    )
    return [*list(seen.values())[:count], home]


def _book(n: int, request: StoryRequest) -> Book:
    draft = write_story(request)
    cast = {member.id: member.sheet for member in request.cast}
    style = ArtStyle.storybook if n % 2 else ArtStyle.flat
    scenes = [page.scene for page in draft.pages]
    pages = [
        BookPage(
            number,
            page.text,
            Art(render_scene(page.scene, cast, style=style, seed=number).encode(), SVG, 1200, 800),
        )
        for number, page in enumerate(draft.pages, start=1)
    ]
    print(
        f"book {n}: {request.setting.value}, {len(pages)} pages, {style.value}, "
        f"times {sorted({s.time_of_day.value for s in scenes})}",
        flush=True,
    )
    return Book(
        story_id=uuid.uuid4().hex,
        title=draft.title,
        modified=datetime.now(UTC),
        hero_name=None,
        portrait=None,
        pages=pages,
        cover=book_cover(request, scenes, draft.title, style),
    )


def main() -> None:
    books = int(sys.argv[1]) if len(sys.argv) > 1 else BOOKS
    by_view: dict[tuple[str, int], list[float]] = defaultdict(list)
    worst = None
    for n, request in enumerate(_requests(books)):
        for found in page_differences(_book(n, request)):
            by_view[(found.renderer, found.dpi)].append(found.difference)
            if worst is None or found.difference > worst.difference:
                worst = found
    for (renderer, dpi), values in sorted(by_view.items()):
        print(
            f"{renderer:8} {dpi:3} dpi: {len(values)} pages, mean {statistics.mean(values):.2f}, "
            f"worst {max(values):.2f}"
        )
    assert worst is not None
    pages = len(next(iter(by_view.values())))
    verdict = "within" if worst.difference < MAX_DIFFERENCE else "OVER"
    print(
        f"print fidelity: {pages} PDF pages x poppler+PDFium x 72/150/300 dpi vs resvg: worst "
        f"{worst.difference:.2f}/255 ({worst.renderer} {worst.dpi} dpi), {verdict} {MAX_DIFFERENCE}"
    )


if __name__ == "__main__":
    main()
