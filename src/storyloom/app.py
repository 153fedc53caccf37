"""create_app(): lifespan, middleware, error handlers, routers and the SPA."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.routing import APIRoute
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES, GZipMiddleware

from storyloom import __version__
from storyloom.admin import ops
from storyloom.admin.router import router as admin_router
from storyloom.auth.router import account_router
from storyloom.auth.router import router as auth_router
from storyloom.cached_reads import CachedReads, cached_routes
from storyloom.characters.catalog import router as catalog_router
from storyloom.characters.router import router as characters_router
from storyloom.config import Settings, get_settings
from storyloom.docs import mount_docs
from storyloom.errors import PROBLEM_RESPONSES, install_error_handlers
from storyloom.export.router import EPUB, PDF
from storyloom.export.router import router as export_router
from storyloom.health import router as health_router
from storyloom.illustrations.router import router as illustrations_router
from storyloom.images.router import router as images_router
from storyloom.jobs.router import router as jobs_router
from storyloom.jobs.runtime import JobRuntime
from storyloom.kit.strict_query import reject_unknown_query_params
from storyloom.middleware import RequestGuard, RequestLog, SecurityHeaders
from storyloom.observability.logging import configure_logging
from storyloom.openapi import install_openapi
from storyloom.resources import Resources
from storyloom.sample.book import SampleShelf
from storyloom.sample.router import router as sample_router
from storyloom.sharing.router import public_router as shared_router
from storyloom.sharing.router import router as shares_router
from storyloom.spa import SpaFallback
from storyloom.stories.narration_router import router as narration_router
from storyloom.stories.presets_router import router as presets_router
from storyloom.stories.router import router as stories_router
from storyloom.usage.router import router as usage_router

ROUTERS = (
    health_router,
    auth_router,
    account_router,
    illustrations_router,
    catalog_router,
    characters_router,
    images_router,
    stories_router,
    presets_router,
    narration_router,
    jobs_router,
    usage_router,
    export_router,
    shares_router,
    shared_router,
    sample_router,
    admin_router,
)


def operation_id(route: APIRoute) -> str:
    """Operation ids are `tag-name`, the names the generated TypeScript client uses."""
    tag = str(route.tags[0]) if route.tags else "default"
    return f"{tag}-{route.name.replace('_', '-')}"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(json=settings.json_logs, level=settings.log_level)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        resources = Resources.open(settings)
        app.state.resources = resources
        ops.start(app, resources)  # response cache, request figures, safety ring
        # Generation jobs: run here (in-process) or sent to `storyloom worker`s (redis).
        app.state.jobs = jobs = JobRuntime(resources, changed=app.state.response_cache.invalidate)
        await jobs.start()
        # What start-up made lives as long as the process: keep it out of the collector's
        # full passes, which otherwise scan it all and stall every request (~100 ms).
        gc.freeze()
        try:
            yield
        finally:
            gc.unfreeze()
            await jobs.stop()
            await ops.stop(app)
            await resources.close()

    app = FastAPI(
        title="Storyloom",
        version=__version__,
        summary="Personalised, illustrated children's books.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        generate_unique_id_function=operation_id,
        responses=PROBLEM_RESPONSES,
        dependencies=[
            Depends(reject_unknown_query_params),
            # First in, last out: after the request's commit, retire the writer's cache.
            Depends(ops.invalidate_after_writes, scope="function"),
        ],
    )
    app.state.sample = SampleShelf()  # made on first request, then kept
    install_error_handlers(app)
    install_openapi(app)
    for router in ROUTERS:
        app.include_router(router)
    # Innermost: a cached read's hit is answered here, inside the request figures.
    app.add_middleware(CachedReads, routes=cached_routes(ROUTERS))
    ops.install(app, prometheus=settings.metrics_enabled)
    mount_docs(app)
    # API answers (a book's JSON, the catalogue) go gzipped to browsers that accept it; the
    # app's own files come precompressed (SpaFallback), progress streams and pictures
    # never. Downloads are left alone: they answer byte ranges. Small answers (a token)
    # are not worth it. Behind a proxy that compresses, the proxy does it.
    if settings.compress_responses:
        app.add_middleware(
            GZipMiddleware,
            minimum_size=1024,
            compresslevel=6,
            exclude_content_types=(*DEFAULT_EXCLUDED_CONTENT_TYPES, PDF, EPUB),
        )

    # Added last = outermost: the request id exists before anything else runs.
    app.add_middleware(SpaFallback)
    app.add_middleware(
        RequestGuard,
        max_bytes=settings.max_body_bytes,
        body_timeout=settings.body_timeout_seconds,
    )
    app.add_middleware(SecurityHeaders)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=True,
            allow_methods=["*"],
            allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
            expose_headers=["X-Request-ID", "Retry-After"],
        )
    app.add_middleware(RequestLog)
    app.add_middleware(CorrelationIdMiddleware, header_name="X-Request-ID")
    return app
