"""Cached signed-in reads answered before the router: pure ASGI, no dependency solving.

A read route that declares `CACHED_READ` keeps its answers in the response cache
(kit/cache.py), per user and URL. Most of the cost of a hit is then the framework's
(matching, validation, about ten dependencies), not the read. `CachedReads` serves such a
hit itself, only when everything the route would have checked is already known:

- the access token verifies (`TokenService.decode`, which remembers verified tokens);
- the session memory vouches for the session (auth/session_memory.py): this process
  checked it moments ago, it was live and its user enabled, and the user's generation,
  read in the same round trip as the entry, has not moved since. Near the end of that
  memory, one hit starts a fresh check in the background, so a session in steady use is
  never due everywhere at once;
- an entry for this exact path and query string is current in that user's scope. Only
  the route itself stores one, after validating that URL and checking ownership.

Anything else (no token, an unknown session, a miss, Redis failing) goes on to the app,
which answers as it always does. Outer middleware still adds the request id, security
headers and the access log; the request figures label a hit with its route.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

import structlog
from fastapi import APIRouter
from fastapi.routing import APIRoute
from starlette.types import ASGIApp, Receive, Scope, Send

from storyloom.auth.service import AuthService
from storyloom.auth.session_memory import SessionMemory
from storyloom.auth.tokens import InvalidToken
from storyloom.db import session_scope, utcnow
from storyloom.errors import AppError
from storyloom.kit.cache import CACHED_READ, ResponseCache, response_of, url_name
from storyloom.resources import Resources

log = structlog.get_logger(__name__)


def cached_routes(routers: Iterable[APIRouter]) -> list[APIRoute]:
    """The GET routes of `routers` that declare `CACHED_READ`."""
    marker = next(iter(CACHED_READ))
    return [
        route
        for router in routers
        for route in router.routes
        if isinstance(route, APIRoute)
        and "GET" in (route.methods or ())
        and marker in route.responses
    ]


def _headers(scope: Scope) -> tuple[str | None, str | None]:
    authorization = if_none_match = None
    for name, value in scope["headers"]:
        if name == b"authorization":
            authorization = value.decode("latin-1")
        elif name == b"if-none-match":
            if_none_match = value.decode("latin-1")
    return authorization, if_none_match


class CachedReads:
    def __init__(self, app: ASGIApp, routes: list[APIRoute]) -> None:
        self.app = app
        self.routes = [(route.path_regex, route) for route in routes]
        self._renewals: set[asyncio.Task[None]] = set()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            route = self._route(scope)
            if route is not None and await self._answer(scope, receive, send, route):
                return
        await self.app(scope, receive, send)

    def _route(self, scope: Scope) -> APIRoute | None:
        path: str = scope["path"]
        return next((route for regex, route in self.routes if regex.match(path)), None)

    async def _answer(self, scope: Scope, receive: Receive, send: Send, route: APIRoute) -> bool:
        state = scope["app"].state
        cache: ResponseCache | None = getattr(state, "response_cache", None)
        memory: SessionMemory | None = getattr(state, "session_memory", None)
        if cache is None or memory is None or not memory.enabled:
            return False
        authorization, if_none_match = _headers(scope)
        if authorization is None or authorization[:7].lower() != "bearer ":
            return False
        resources: Resources = state.resources
        token = authorization[7:].strip()
        try:
            claims = resources.tokens.decode(token)
        except InvalidToken:
            return False  # the route answers 401
        try:
            generation, entry = await cache.lookup(claims.user_id, url_name(scope), observe=False)
        except Exception:  # Redis hiccup: the route decides what to answer
            log.warning("cached_read_lookup_failed", exc_info=True)
            return False
        if entry is None or not memory.vouches(
            claims.user_id, claims.session_id, generation, utcnow()
        ):
            return False
        cache.observe(True)
        if memory.due_renewal(claims.session_id):
            self._renew(resources, memory, token, claims.session_id)
        structlog.contextvars.bind_contextvars(user_id=claims.user_id)
        scope["route"] = route  # the request figures' label, as if the router matched it
        await response_of(entry, "HIT", if_none_match)(scope, receive, send)
        return True

    def _renew(
        self, resources: Resources, memory: SessionMemory, token: str, session_id: str
    ) -> None:
        """Check the session again in the background (the hit is served meanwhile)."""

        async def renew() -> None:
            try:
                async with session_scope(resources.sessions) as db:
                    await AuthService(db, resources, memory).authenticate(token, fresh=True)
            except AppError:  # ended, expired or disabled: no more hits on its word
                memory.forget(session_id)
            except Exception:  # the database is down: the check lapses by itself
                log.warning("session_renewal_failed", exc_info=True)

        task = asyncio.create_task(renew())
        self._renewals.add(task)
        task.add_done_callback(self._renewals.discard)
