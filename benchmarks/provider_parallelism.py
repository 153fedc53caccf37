"""How close a 12-page book on slow providers comes to its critical path.

A real `storyloom serve` (SQLite, in-process jobs) talks to the loopback stand-in
OpenAI-compatible server (tests/providers/standin.py), started in this process, which
answers the story text after 2 s and each picture after 1 s. One 12-page book is made
through the API and followed to `succeeded`. Its critical path is the text plus the
pictures in rounds of the illustration concurrency (STORYLOOM_ILLUSTRATE_CONCURRENCY):
2 + ceil(12 / concurrency) x 1 seconds. Wall time over critical path shows what the
pipeline adds (database writes, progress, scheduling, the stand-in's own work); goal:
at most 1.2. Measured at concurrency 6 and at 1 (the serial baseline, 14 s), each on a
fresh server after one warm-up book with instant answers.

Bounded: two servers, two books each, every wait capped. Prints both ratios last.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from harness import register, server


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


_standin = _load_standin()
Reply = _standin.Reply
StandIn = _standin.StandIn
running_standin = _standin.running_standin

PAGES = 12
TEXT_SECONDS = 2.0
IMAGE_SECONDS = 1.0
GOAL = 1.2
FOX = {"kind": "fox", "body_color": "#e8742a", "accent_color": "#fff8ee"}
CHILD = {"kind": "child", "body_color": "#d9a066", "accent_color": "#fff4e6"}


def provider_env(standin: StandIn, **extra: str) -> dict[str, str]:
    """Server settings pointing both providers at the stand-in (its key is test-key)."""
    return {
        "STORYLOOM_LLM_BASE_URL": standin.base_url,
        "STORYLOOM_LLM_API_KEY": "test-key",
        "STORYLOOM_IMAGES_BASE_URL": standin.base_url,
        "STORYLOOM_IMAGES_API_KEY": "test-key",
        "STORYLOOM_PROVIDER_FALLBACK": "none",  # a failure must show, not be drawn around
        **extra,
    }


class Author:
    """An account on a server with a small cast, able to make books and follow them."""

    def __init__(self, base: str, email: str = "bench@example.com") -> None:
        self.client = httpx.Client(
            base_url=base, headers={"Authorization": f"Bearer {register(base, email)}"}
        )
        hero = self._character("Mia", CHILD)
        friend = self._character("Fern", FOX)
        self.cast = [
            {"character_id": hero, "role": "hero"},
            {"character_id": friend, "role": "friend"},
        ]

    def _character(self, name: str, appearance: dict[str, str]) -> str:
        body = {"name": name, "pronouns": "she", "appearance": appearance}
        response = self.client.post("/api/characters", json=body)
        response.raise_for_status()
        character_id: str = response.json()["id"]
        return character_id

    def start(self, pages: int = PAGES) -> str:
        body = {
            "cast": self.cast,
            "template": "adventure",
            "setting": "forest",
            "band": "preschool",
            "pages": pages,
        }
        response = self.client.post("/api/stories", json=body)
        response.raise_for_status()
        job_id: str = response.json()["job"]["id"]
        return job_id

    def follow(self, job_id: str, timeout: float = 120) -> dict[str, Any]:
        """The job's final state, read from its event stream (no polling delay)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.client.stream("GET", f"/api/jobs/{job_id}/events", timeout=timeout) as events:
                name = ""
                for line in events.iter_lines():
                    if line.startswith("event: "):
                        name = line[7:]
                    elif line.startswith("data: ") and name in {"done", "gone"}:
                        final: dict[str, Any] = json.loads(line[6:])
                        return final
        raise TimeoutError(f"job {job_id} did not finish in {timeout} s")

    def close(self) -> None:
        self.client.close()


@contextmanager
def author_on(standin: StandIn, **env: str) -> Iterator[Author]:
    with server(env=provider_env(standin, **env)) as base:
        author = Author(base)
        try:
            yield author
        finally:
            author.close()


def warm_up(standin: StandIn, author: Author) -> None:
    """One book with instant answers first, so one-time costs (imports, the hyphenation
    dictionary of the readability check, connection set-up) stay out of the figure."""
    standin.reset()
    author.follow(author.start())
    standin.reset()
    standin.always("chat", Reply(delay=TEXT_SECONDS))
    standin.always("images", Reply(delay=IMAGE_SECONDS))


def measure(standin: StandIn, concurrency: int) -> float:
    """Wall time over critical path of one book at this illustration concurrency."""
    with author_on(standin, STORYLOOM_ILLUSTRATE_CONCURRENCY=str(concurrency)) as author:
        warm_up(standin, author)
        began = time.perf_counter()
        final = author.follow(author.start())
        wall = time.perf_counter() - began
    if final.get("status") != "succeeded":
        raise RuntimeError(f"the book did not succeed: {final}")
    if not str(final.get("image_engine", "")).startswith("images:"):
        raise RuntimeError(f"the pictures were not drawn by the stand-in: {final}")
    critical = TEXT_SECONDS + math.ceil(PAGES / concurrency) * IMAGE_SECONDS
    ratio = wall / critical
    print(
        f"concurrency {concurrency}: wall {wall:.2f} s, critical path {critical:.0f} s "
        f"(text {TEXT_SECONDS:.0f} s + {math.ceil(PAGES / concurrency)} rounds of "
        f"{IMAGE_SECONDS:.0f} s), ratio {ratio:.2f}, "
        f"stand-in calls: chat {standin.calls('chat')}, images {standin.calls('images')}"
    )
    return ratio


def main() -> None:
    ratios: dict[int, float] = {}
    with running_standin() as standin:
        for concurrency in (6, 1):
            ratios[concurrency] = measure(standin, concurrency)
    verdict = "met" if ratios[6] <= GOAL else "MISSED"
    print(f"goal: at most {GOAL} at concurrency 6 ({verdict})")
    print(
        f"{PAGES}-page book wall/critical path: {ratios[6]:.2f} at concurrency 6, "
        f"{ratios[1]:.2f} at concurrency 1"
    )


if __name__ == "__main__":
    main()
