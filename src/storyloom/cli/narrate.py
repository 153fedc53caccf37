"""`storyloom narrate STORY`: narrate an existing story's pages with the configured voice.

Only pages whose narration is missing or stale (text, voice or a name's pronunciation
changed) are narrated; run it again and nothing is redone."""

from __future__ import annotations

import asyncio
import time

import typer

from storyloom.cli.common import console, fail, load_settings, print_json


def narrate(
    story_id: str = typer.Argument(..., help="The story's id."),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Narrate a story's pages (offline Piper voice by default) for the reader and EPUB."""
    from storyloom.db import session_scope
    from storyloom.jobs.engines import narrator_from_settings
    from storyloom.resources import Resources
    from storyloom.stories.narration import narrate_story
    from storyloom.stories.repository import StoryRepository

    settings = load_settings()
    narrator, name = narrator_from_settings(settings)
    if narrator is None:
        fail("no voice is configured (STORYLOOM_NARRATOR=none, or the voice was not found)")

    async def run() -> dict[str, object]:
        resources = Resources.open(settings)
        try:
            async with session_scope(resources.sessions) as session:
                story = await StoryRepository(session).get_any(story_id)
                if story is None:
                    fail(f"no story {story_id}")

            async def step(done: int, total: int) -> None:
                if not json_output:
                    console.print(f"narrated page {done} of {total}")

            started = time.perf_counter()
            result = await narrate_story(
                resources.sessions, resources.media, narrator, story_id, progress=step
            )
            return {
                "story_id": story_id,
                "voice": name,
                "narrated": result.made,
                "kept": result.kept,
                "failed": result.failed,
                "seconds": round(time.perf_counter() - started, 2),
            }
        finally:
            await resources.close()

    summary = asyncio.run(run())
    if json_output:
        print_json(summary)
    else:
        console.print(
            f"{summary['narrated']} pages narrated, {summary['kept']} already current, "
            f"{summary['failed']} failed ({summary['seconds']} s, {name})"
        )
    if summary["failed"]:
        raise typer.Exit(1)
