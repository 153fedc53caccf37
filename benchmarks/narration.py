"""Offline narration with the bundled Piper voice (en_US-joe-medium, CPU):

- speed: seconds to narrate a 12-page book (preschool and independent, the built-in
  writer's text) and the voice's real-time factor (synthesis seconds / audio seconds);
- size: MP3 bytes per book;
- timing sanity over 50 pages: every written word has a timing, timings are in order
  and inside the clip, and they cover it (speech starts within 0.6 s, the last word ends
  within 1 s of the end); how many pages were aligned from the voice's phonemes;
- with --epubcheck: a narrated EPUB of every age band through epubcheck (0 errors and
  0 warnings expected).

Narration runs one page at a time, as the pipeline does (each page's sentences side by
side on the voice's thread pool). Seconds are wall time; CPU seconds (all threads) are
printed beside them because on a shared machine the wall time mostly measures the other
processes: on an idle machine a book takes about its CPU seconds divided by the cores.
Prints the figure as its last line, with the load average and the cores used.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from storyloom.engines.bands import AgeBand
from storyloom.engines.illustrator import render_scene
from storyloom.engines.narrator import Narration, bundled_voice
from storyloom.engines.narrator.piper_voice import PiperNarrator, workers
from storyloom.engines.narrator.words import written_words
from storyloom.engines.writer.cast import random_cast
from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.story_spec import StoryDraft, StoryRequest, Template
from storyloom.export.book import SVG, Art, Book, BookPage, Sound, svg_size
from storyloom.export.epub import write_epub
from storyloom.stories.narration import PACE, audio_details

EPUBCHECK = Path("/usr/share/java/epubcheck.jar")


def story(band: AgeBand, seed: int, pages: int) -> tuple[StoryRequest, StoryDraft]:
    rng = random.Random(seed)
    cast, relationships = random_cast(rng)
    request = StoryRequest.model_validate(
        {
            "cast": cast,
            "relationships": relationships,
            "template": list(Template)[seed % len(Template)],
            "setting": "forest",
            "band": band.value,
            "pages": pages,
            "seed": seed,
        }
    )
    return request, write_story(request)


def sane(text: str, said: Narration) -> bool:
    words = written_words(text)
    if [(t.text_start, t.text_end) for t in said.words] != [(w.start, w.end) for w in words]:
        return False
    previous = 0.0
    for timing in said.words:
        if not previous <= timing.start <= timing.end <= said.duration + 0.01:
            return False
        previous = timing.start
    return said.words[0].start < 0.6 and said.words[-1].end > said.duration - 1.0


@dataclass(frozen=True)
class Timed:
    wall: float  # seconds
    cpu: float  # CPU seconds, every thread of the process
    audio: float  # seconds of audio
    size: int  # MP3 bytes


def narrate_book(
    voice: PiperNarrator, band: AgeBand, draft: StoryDraft
) -> tuple[Timed, list[tuple[str, Narration]]]:
    start, cpu = time.perf_counter(), time.process_time()
    said = [(p.text, voice.narrate_sync(p.text, {}, PACE[band])) for p in draft.pages]
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    audio = sum(n.duration for _, n in said)
    return Timed(wall, cpu, audio, sum(len(n.data) for _, n in said)), said


def epub_of(
    request: StoryRequest, draft: StoryDraft, said: list[tuple[str, Narration]], folder: Path
) -> Path:
    cast = {member.id: member.sheet for member in request.cast}
    pages = []
    for number, (page, (_, narration)) in enumerate(zip(draft.pages, said, strict=True), 1):
        svg = render_scene(page.scene, cast).encode()
        width, height = svg_size(svg, (1200, 800))
        words = audio_details(narration, "bench")["words"]
        sound = Sound(narration.data, narration.media_type, narration.duration, words)
        pages.append(BookPage(number, page.text, Art(svg, SVG, width, height), sound))
    book = Book(
        story_id=f"bench-{request.band.value}",
        title=draft.title,
        modified=datetime.now(UTC),
        hero_name=None,
        portrait=None,
        pages=pages,
    )
    target = folder / f"{request.band.value}.epub"
    write_epub(book, target)
    return target


def epubcheck(path: Path) -> str:
    result = subprocess.run(
        ["java", "-jar", str(EPUBCHECK), str(path)], capture_output=True, text=True, check=False
    )
    report = result.stdout + result.stderr
    for line in report.splitlines():
        if line.startswith("Messages:"):
            return line.removeprefix("Messages: ").strip()
    return "epubcheck gave no summary"


def main() -> None:
    check_epubs = "--epubcheck" in sys.argv
    voice = PiperNarrator(bundled_voice())
    start = time.perf_counter()
    voice.load()
    loaded = time.perf_counter() - start
    print(f"voice {bundled_voice().name} loaded in {loaded:.1f} s")
    results: dict[AgeBand, Timed] = {}
    pages: list[tuple[str, Narration]] = []
    books = {}
    for band in (AgeBand.preschool, AgeBand.independent):
        request, draft = story(band, 7, 12)
        timed, said = narrate_book(voice, band, draft)
        results[band] = timed
        pages.extend(said)
        books[band] = (request, draft, said)
        print(
            f"{band.value}: 12 pages, {sum(len(written_words(t)) for t, _ in said)} words, "
            f"{timed.audio:.1f} s of audio in {timed.wall:.1f} s, {timed.cpu:.1f} CPU s "
            f"(CPU RTF {timed.cpu / timed.audio:.3f}), {timed.size / 1024:.0f} KiB MP3"
        )
    seed = 100
    while len(pages) < 50:  # more pages of other bands for the timing check
        band = (AgeBand.toddler, AgeBand.early_reader)[seed % 2]
        request, draft = story(band, seed, 12 if band is AgeBand.early_reader else 6)
        _, said = narrate_book(voice, band, draft)
        books.setdefault(band, (request, draft, said))
        pages.extend(said)
        seed += 1
    pages = pages[:50]
    good = sum(sane(text, said) for text, said in pages)
    aligned = sum(said.timing == "aligned" for _, said in pages)
    print(f"timing sanity: {good}/50 pages pass; {aligned}/50 aligned from the voice's phonemes")
    checks = ""
    if check_epubs:
        with tempfile.TemporaryDirectory() as folder:
            verdicts = []
            for band in AgeBand:
                request, draft, said = books[band]
                verdict = epubcheck(epub_of(request, draft, said, Path(folder)))
                print(f"epubcheck {band.value}: {verdict}")
                verdicts.append(verdict.startswith("0 fatals / 0 errors / 0 warnings"))
            checks = f", epubcheck clean {sum(verdicts)}/{len(verdicts)} bands"
    load = os.getloadavg()[0]
    pre, ind = results[AgeBand.preschool], results[AgeBand.independent]

    def figure(t: Timed) -> str:
        return (
            f"{t.wall:.1f} s, {t.cpu:.1f} CPU s (RTF {t.wall / t.audio:.2f}, "
            f"CPU RTF {t.cpu / t.audio:.3f}, {t.size / 1024:.0f} KiB)"
        )

    print(
        f"narration 12-page book: preschool {figure(pre)}, independent {figure(ind)}; "
        f"timings sane {good}/50{checks}; {workers()} threads, load {load:.1f}"
    )


if __name__ == "__main__":
    main()
