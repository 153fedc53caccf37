"""This process's recent figures (requests, safety blocks), shared through Redis.

Every process keeps one: the API processes and each `storyloom worker` (whose output
checks block what engines write); the admin API reads every process's figures there.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable

import structlog

from storyloom.observability import metrics
from storyloom.observability.recent import RecentFigures, SafetyBlock
from storyloom.resources import Resources

log = structlog.get_logger(__name__)
FLUSH_SECONDS = 5.0


async def _flusher(figures: RecentFigures, stopping: asyncio.Event) -> None:
    """Flush every few seconds, and once more when `stopping` is set. Stopped by the event,
    never cancelled: a cancel that lands inside a Redis call can be swallowed there and
    leave the loop running (and whoever awaits it waiting) for ever."""
    while True:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stopping.wait(), FLUSH_SECONDS)
        try:
            await figures.flush()
        except Exception:  # Redis hiccup: the figures wait for the next flush
            log.warning("recent_figures_flush_failed", exc_info=True)
        if stopping.is_set():
            return


class SharedFigures:
    """This process's request figures and safety blocks, flushed to Redis every few
    seconds when it is configured (the admin API reads every process's there). The API
    processes keep one, and so does each `storyloom worker`, whose output checks block
    what engines write."""

    def __init__(self, resources: Resources) -> None:
        settings = resources.settings
        self.figures = RecentFigures(
            resources.redis, settings.redis_prefix, settings.safety_log_size
        )
        self._undo: Callable[[], None] | None = None
        self._flusher: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()

    def start(self) -> None:
        figures = self.figures

        def on_block(**values: str | None) -> None:
            figures.record_block(SafetyBlock(at=time.time(), **values))  # type: ignore[arg-type]

        self._undo = metrics.on_safety_block(on_block)
        self._flusher = asyncio.create_task(_flusher(figures, self._stopping))

    async def stop(self) -> None:
        if self._flusher is not None:
            self._stopping.set()
            await self._flusher  # its last flush carries what is left
        if self._undo is not None:
            self._undo()


__all__ = ["FLUSH_SECONDS", "SharedFigures"]
