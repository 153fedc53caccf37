"""Real parts: a migrated SQLite file (or PostgreSQL, Redis when the STORYLOOM_TEST_* URLs are
set), the real app through its lifespan, and registered users."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
import pytest_asyncio
from fastapi import FastAPI
from sqlalchemy.engine import make_url
from tests.seaweed import Seaweed, SeaweedUnavailable, seaweed_server
from tests.services_selection import select_services_tests

from storyloom import migrate
from storyloom.app import create_app
from storyloom.config import Settings

TEST_DATABASE_URL = os.environ.get("STORYLOOM_TEST_DATABASE_URL")
TEST_REDIS_URL = os.environ.get("STORYLOOM_TEST_REDIS_URL")
PASSWORD = "a quiet owl reads at night"
IN_CI = os.environ.get("CI") == "true"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--only-services",
        action="store_true",
        help="Run only the tests that reach PostgreSQL or Redis (tests/services_selection.py).",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--only-services"):
        select_services_tests(config, items)


def missing_service(what: str) -> None:
    """A test needs a service or tool that is not here: a failure under CI, else a skip."""
    if IN_CI:
        pytest.fail(f"{what} is required under CI=true")
    pytest.skip(f"{what} is not available")


def require_redis() -> str:
    if not TEST_REDIS_URL:
        missing_service("STORYLOOM_TEST_REDIS_URL (a Redis server)")
    assert TEST_REDIS_URL
    return TEST_REDIS_URL


def _admin_dsn(url: str) -> tuple[str, str]:
    """(DSN of the server's postgres database for asyncpg, base name)."""
    parsed = make_url(url)
    return (
        parsed.set(drivername="postgresql", database="postgres").render_as_string(
            hide_password=False
        ),
        parsed.database or "storyloom",
    )


async def _create_pg_database(url: str) -> str:
    dsn, base = _admin_dsn(url)
    name = f"{base}_test_{uuid.uuid4().hex[:10]}"
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


async def _drop_pg_database(url: str) -> None:
    dsn, _ = _admin_dsn(url)
    name = make_url(url).database
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


@pytest.fixture(autouse=True)
def _services_marked_tests_need_redis(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("services") is not None:
        require_redis()


def make_settings(data_dir: Path, database_url: str | None, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "env": "test",
        "data_dir": data_dir,
        "database_url": database_url,
        "redis_url": TEST_REDIS_URL,
        "redis_prefix": f"storyloom-test-{uuid.uuid4().hex[:8]}",
        "secret_key": "test-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKL",
        "login_limit_per_ip": "10000/minute",
        "log_json": True,
        # The offline voice takes seconds a book: tests that listen turn it on.
        "narrator": "none",
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh, migrated database for the whole run."""
    if TEST_DATABASE_URL:
        url = asyncio.run(_create_pg_database(TEST_DATABASE_URL))
    else:
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('db') / 'storyloom.db'}"
    migrate.upgrade(make_settings(tmp_path_factory.mktemp("mig"), url))
    yield url
    if TEST_DATABASE_URL:
        asyncio.run(_drop_pg_database(url))


@pytest.fixture(scope="session")
def seaweed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seaweed]:
    """A real SeaweedFS S3 gateway for the session (started on first use, ~10 s)."""
    try:
        with seaweed_server(tmp_path_factory.mktemp("seaweed")) as server:
            yield server
    except SeaweedUnavailable as exc:
        missing_service(f"SeaweedFS: {exc}")


@pytest.fixture(scope="session")
def settings(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return make_settings(tmp_path_factory.mktemp("data"), database_url)


@asynccontextmanager
async def running(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """The app with its lifespan entered, and a client speaking to it in-process."""
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            yield c


@pytest_asyncio.fixture(scope="session")
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


@pytest_asyncio.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@dataclass
class Account:
    client: httpx.AsyncClient
    email: str
    password: str
    token: str
    user_id: str
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


async def register(client: httpx.AsyncClient, *, password: str = PASSWORD) -> Account:
    email = f"parent-{uuid.uuid4().hex[:12]}@example.com"
    response = await client.post(
        "/api/auth/register",
        json={"email": email, "display_name": "Test Parent", "password": password},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    return Account(client, email, password, body["access_token"], body["user"]["id"])


@pytest_asyncio.fixture
async def account(app: FastAPI) -> AsyncIterator[Account]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield await register(c)


@pytest_asyncio.fixture
async def other_account(app: FastAPI) -> AsyncIterator[Account]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield await register(c)
