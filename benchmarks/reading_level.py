"""Model text held to its band: how often a too-hard first draft ends inside the band.

The LLM writer talks to the loopback stand-in OpenAI-compatible server
(tests/providers/standin.py), started in this process, told to answer each story's first
draft two grades above the top of its band (tests/providers/too_hard.py) and later drafts
normally. N stories over every band and template (`sample_requests`) are written; for each
we count the chat calls and read the kept draft with the writer's own band check
(engines/writer/llm/reading.py).

Prints, last: the share of stories that end inside their band and the mean number of
extra calls per story (calls beyond the first). Bounded: N stories, at most 3 calls each.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType

from storyloom.engines.writer.llm import LLMWriter
from storyloom.engines.writer.llm.reading import read_draft
from storyloom.engines.writer.report import sample_requests
from storyloom.providers.errors import ProviderBadOutput
from storyloom.providers.resilience import Breakers
from storyloom.providers.usage import InMemoryUsageSink

STORIES = 40
GRADES_TOO_HARD = 2.0


def _load_standin() -> ModuleType:
    # By path: tests/ is not a package, and site-packages holds an unrelated `tests`.
    path = Path(__file__).resolve().parent.parent / "tests" / "providers" / "standin.py"
    spec = importlib.util.spec_from_file_location("storyloom_bench_standin", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module


async def _run(standin: object, data_dir: Path) -> tuple[int, int, int, Counter[str]]:
    settings = _standin.standin_settings(standin, data_dir, llm_timeout_seconds=10.0)
    writer = LLMWriter.from_settings(settings, sink=InMemoryUsageSink(), breakers=Breakers())
    assert writer is not None
    inside = extra = unusable = 0
    by_band: Counter[str] = Counter()
    try:
        for request in sample_requests(STORIES):
            standin.reset()  # type: ignore[attr-defined]
            standin.too_hard(1, grades=GRADES_TOO_HARD)  # type: ignore[attr-defined]
            try:
                draft = await writer.write(request)
            except ProviderBadOutput:
                unusable += 1
                continue
            finally:
                extra += standin.calls("chat") - 1  # type: ignore[attr-defined]
            if read_draft(draft, request).fits and draft.reading_note is None:
                inside += 1
                by_band[request.band.value] += 1
    finally:
        await writer.close()
    return inside, extra, unusable, by_band


_standin = _load_standin()


def main() -> None:
    with _standin.running_standin() as standin, tempfile.TemporaryDirectory() as tmp:
        inside, extra, unusable, by_band = asyncio.run(_run(standin, Path(tmp)))
    bands = Counter(r.band.value for r in sample_requests(STORIES))
    for band, total in sorted(bands.items()):
        print(f"  {band}: {by_band[band]}/{total} inside the band")
    if unusable:
        # The stand-in's normal answer is the built-in writer's text; the offline safety
        # rules refuse a few of those outright (the same on the first try and the second).
        print(f"  {unusable} stories refused by the safety or shape checks twice (no draft)")
    written = STORIES - unusable
    print(
        f"reading level, first draft {GRADES_TOO_HARD:g} grades too hard, {STORIES} stories: "
        f"{inside / STORIES:.0%} end inside the band ({inside}/{written} of those written), "
        f"{extra / STORIES:.2f} extra calls per story"
    )


if __name__ == "__main__":
    main()
