"""Dependencies every router shares, as Annotated aliases.

Dependencies here and in each domain's deps.py are `async def` even when they only build
an object: FastAPI runs a plain `def` dependency in a worker thread, a hop per dependency
per request that showed up as a large share of a simple authenticated read.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from storyloom.config import Settings
from storyloom.db import session_scope
from storyloom.engines.safety.gate import SafetyGate
from storyloom.jobs.engines import Engines
from storyloom.resources import Resources


async def get_resources(request: Request) -> Resources:
    resources: Resources = request.app.state.resources
    return resources


ResourcesDep = Annotated[Resources, Depends(get_resources)]


async def get_settings_dep(resources: ResourcesDep) -> Settings:
    return resources.settings


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]


async def get_session(resources: ResourcesDep) -> AsyncIterator[AsyncSession]:
    async with session_scope(resources.sessions) as session:
        yield session


# scope="function": commit before the response is sent, so "saved" is never a lie.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]


async def get_engines(request: Request) -> Engines:
    """The process's engines, assembled once by jobs/engines.py at startup."""
    engines: Engines = request.app.state.jobs.engines
    return engines


EnginesDep = Annotated[Engines, Depends(get_engines)]


async def get_safety(request: Request) -> SafetyGate:
    """The safety gate assembled with the engines (offline checker, + moderation, + judge)."""
    gate: SafetyGate = request.app.state.jobs.engines.safety
    return gate


SafetyDep = Annotated[SafetyGate, Depends(get_safety)]


async def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


ClientIP = Annotated[str, Depends(client_ip)]
