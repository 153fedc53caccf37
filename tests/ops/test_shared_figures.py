"""Safety blocks seen by a `storyloom worker` (its output checks) reach the ring the admin
API reads, through Redis, like those of the API processes."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import make_settings

from storyloom.observability import metrics
from storyloom.observability.recent import RecentFigures
from storyloom.observability.shared import SharedFigures
from storyloom.resources import Resources


@pytest.mark.services
async def test_a_workers_blocks_reach_the_shared_ring(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'unused.db'}")
    worker = Resources.open(settings)
    try:
        shared = SharedFigures(worker)
        shared.start()
        metrics.record_safety_block("scary", "output", field="page 2")
        await shared.stop()  # flushes on the way out
        metrics.record_safety_block("scary", "output", field="page 3")  # not kept
        admin = RecentFigures(worker.redis, settings.redis_prefix, settings.safety_log_size)
        blocks = await admin.recent_blocks(10)
        assert [(b.category, b.source, b.field) for b in blocks] == [("scary", "output", "page 2")]
    finally:
        await worker.close()
