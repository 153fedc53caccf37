"""Scaled out: job ids travel over a taskiq broker on Redis to `storyloom worker`s.

The broker only delivers work. A message lost with a dying worker (BRPOP already took
it) costs nothing: the job's row still says queued or running with a lease that will
expire, and every sweeper re-sends such jobs.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from typing import Any

import structlog
from taskiq import AsyncBroker
from taskiq.receiver import Receiver
from taskiq_redis import ListQueueBroker

from storyloom.config import Settings

log = structlog.get_logger(__name__)
TASK_NAME = "storyloom.run_job"
_executors: dict[int, Any] = {}


def make_broker(settings: Settings) -> AsyncBroker:
    assert settings.redis_url
    # socket_timeout=None: BRPOP blocks until work arrives; a read timeout would end it.
    broker = ListQueueBroker(
        settings.redis_url, queue_name=f"{settings.redis_prefix}:jobs", socket_timeout=None
    )

    async def run_job(job_id: str) -> None:
        executor = _executors.get(id(broker))
        if executor is None:  # not a worker process: nothing here runs jobs
            return
        await executor.execute(job_id)

    broker.register_task(run_job, task_name=TASK_NAME)
    return broker


async def open_broker(settings: Settings) -> AsyncBroker:
    broker = make_broker(settings)
    await broker.startup()
    return broker


async def send(broker: object, job_id: str) -> None:
    assert isinstance(broker, AsyncBroker)
    task = broker.find_task(TASK_NAME)
    assert task is not None
    await task.kiq(job_id)


async def close_broker(broker: object) -> None:
    assert isinstance(broker, AsyncBroker)
    await broker.shutdown()


async def run_worker(settings: Settings) -> None:
    """Consume job ids until SIGTERM/SIGINT; jobs in hand go back to the queue on the way
    out (a SIGKILLed worker's jobs are re-queued by the sweepers when their lease expires)."""
    from storyloom.jobs.runtime import JobRuntime
    from storyloom.observability.logging import configure_logging
    from storyloom.observability.shared import SharedFigures
    from storyloom.resources import Resources

    configure_logging(json=settings.json_logs, level=settings.log_level)
    resources = Resources.open(settings)
    runtime = JobRuntime(resources, run_jobs=True, role="worker")
    figures = SharedFigures(resources)  # safety blocks of output checks, for the admin API
    figures.start()
    await runtime.start()
    broker = runtime.broker
    assert isinstance(broker, AsyncBroker)
    broker.is_worker_process = True
    _executors[id(broker)] = runtime.executor
    finish = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, finish.set)

    async def listen() -> None:
        # A lost Redis connection ends the receiver; listen again until told to stop.
        while not finish.is_set():
            receiver = Receiver(
                broker,
                max_async_tasks=settings.job_concurrency,
                run_startup=False,
                propagate_exceptions=False,
            )
            try:
                await receiver.listen(finish)
            except Exception:
                log.exception("worker_receiver_failed")
                await asyncio.sleep(1)

    listening = asyncio.create_task(listen())
    log.info("worker_started", worker=runtime.executor.worker)
    try:
        await finish.wait()
    finally:
        listening.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await listening
        _executors.pop(id(broker), None)
        await runtime.stop()
        await figures.stop()
        await resources.close()
