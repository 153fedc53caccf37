"""Operations wiring of the app: the response cache, request figures, safety blocks and
/metrics. `install(app)` at construction, `start(app, resources)` and `stop(app)` from the
lifespan; `invalidate_after_writes` is an app-wide dependency.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import structlog
from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from storyloom.auth.session_memory import SessionMemory
from storyloom.deps import ResourcesDep
from storyloom.errors import problem_response
from storyloom.kit.cache import ResponseCache
from storyloom.observability import metrics
from storyloom.observability.recent import RecentFigures, block_fields
from storyloom.observability.shared import SharedFigures
from storyloom.resources import Resources
from storyloom.safety_gate import UnsafeContent

log = structlog.get_logger(__name__)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
UNSAMPLED = ("/metrics", "/healthz", "/readyz")

metrics_router = APIRouter()


@metrics_router.get("/metrics", include_in_schema=False)
async def prometheus_metrics(resources: ResourcesDep) -> Response:
    """Prometheus exposition: HTTP, jobs, steps, providers, cache, safety; with several
    server processes, the sum of all of them."""
    try:
        figures = await metrics.db_figures(resources.sessions)
    except Exception:  # a scrape must answer even while the database is down
        log.warning("metrics_db_figures_failed", exc_info=True)
        figures = None
    return Response(metrics.render(figures), media_type=CONTENT_TYPE_LATEST)


class RequestSampler:
    """Pure ASGI: feeds every API request's status and latency to the recent figures and,
    with `prometheus`, to the HTTP metrics, labelled by the route template the router
    matched (`none` when no route did)."""

    def __init__(self, app: ASGIApp, *, prometheus: bool) -> None:
        self.app = app
        self.prometheus = prometheus

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in UNSAMPLED:
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            seconds = time.perf_counter() - started
            figures: RecentFigures | None = getattr(scope["app"].state, "recent", None)
            if figures is not None:
                figures.observe_request(status, seconds * 1000)
            if self.prometheus:
                route = scope.get("route")
                handler = getattr(route, "path", None) or "none"
                metrics.record_request(handler, scope["method"], status, seconds)


async def _unsafe_content(request: Request, exc: Exception) -> JSONResponse:
    """UnsafeContent is answered as before (422 problem+json) and also counted."""
    assert isinstance(exc, UnsafeContent)
    details = block_fields(exc.extra)
    category = details.pop("category") or "unsafe"
    user_id = structlog.contextvars.get_contextvars().get("user_id")
    metrics.record_safety_block(
        category, "input", user_id=user_id, path=request.url.path, **details
    )
    return problem_response(
        exc.status, exc.code, exc.title, exc.detail, headers=exc.headers, **exc.extra
    )


def _user_from_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("bearer "):
        return None
    resources: Resources | None = getattr(request.app.state, "resources", None)
    if resources is None:
        return None
    try:
        return resources.tokens.decode(header[7:].strip()).user_id
    except Exception:  # an invalid token: the route answers 401 and nothing changes
        return None


async def invalidate_after_writes(request: Request) -> AsyncIterator[None]:
    """App-wide: after any write by a signed-in user (once its unit of work committed,
    before the response leaves), that user's cached responses are retired.

    Entered before every other dependency, so it exits after the session's commit."""
    if request.method in SAFE_METHODS:
        yield
        return
    user_id = _user_from_token(request)
    try:
        yield
    finally:
        cache: ResponseCache | None = getattr(request.app.state, "response_cache", None)
        if user_id is not None and cache is not None:
            try:
                await cache.invalidate(user_id)
            except Exception:  # Redis down: entries expire by TTL; the write stands
                log.warning("cache_invalidation_failed", user_id=user_id, exc_info=True)


def install(app: FastAPI, *, prometheus: bool) -> None:
    """At construction: the sampler middleware, the safety handler and /metrics."""
    app.add_middleware(RequestSampler, prometheus=prometheus)
    app.add_exception_handler(UnsafeContent, _unsafe_content)
    if prometheus:
        app.include_router(metrics_router)  # HTTP, jobs, providers, cache, safety


def make_cache(resources: Resources) -> ResponseCache:
    settings = resources.settings
    return ResponseCache(
        resources.redis,
        prefix=settings.redis_prefix,
        ttl_seconds=settings.cache_ttl_seconds,
        max_bytes=settings.cache_memory_bytes,
        listener=lambda hit: metrics.record_cache("response", hit),
    )


def start(app: FastAPI, resources: Resources) -> None:
    """From the lifespan, once resources are open (before the job runtime)."""
    settings = resources.settings
    app.state.response_cache = cache = make_cache(resources)
    app.state.session_memory = SessionMemory(cache, settings.session_cache_seconds)
    app.state.shared_figures = shared = SharedFigures(resources)
    app.state.recent = shared.figures
    app.state.started_at = time.time()
    shared.start()


async def stop(app: FastAPI) -> None:
    shared: SharedFigures | None = getattr(app.state, "shared_figures", None)
    if shared is not None:
        await shared.stop()
