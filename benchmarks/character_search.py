"""Character search p95 at 100k vs 1k characters (SQLite and PostgreSQL), and the SQL
statements one list request runs (constant whatever the page size).

Rows are bulk-inserted straight into the migrated schema (100 characters per owner, as a
busy family account might have), so the FTS triggers and the GIN index do their real work.
Each search is the repository's own query for a random owner and a random word prefix.
PostgreSQL runs in a scratch database on 127.0.0.1 that is dropped afterwards.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import httpx
from sqlalchemy import event, insert
from sqlalchemy.engine import make_url

from storyloom import migrate
from storyloom.app import create_app
from storyloom.characters.repository import CharacterQuery, CharacterRepository
from storyloom.characters.search import search_text, trait_tags
from storyloom.config import Settings
from storyloom.db import make_engine, make_sessionmaker
from storyloom.engines.writer.story_spec import Trait
from storyloom.models import Character, User

PG_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
PER_OWNER = 100
SEARCHES = 400
SYLLABLES = ["ma", "lo", "ri", "ben", "ta", "zu", "pip", "ro", "sa", "ki", "nel", "do"]
WORDS = [
    "garden",
    "kite",
    "river",
    "castle",
    "dragon",
    "pancake",
    "biscuit",
    "rocket",
    "puddle",
    "forest",
    "lantern",
    "meadow",
    "tractor",
    "violin",
    "pebble",
    "comet",
    "button",
    "thunder",
    "marble",
    "rainbow",
    "harbour",
    "cottage",
    "jelly",
    "dinosaur",
    "seashell",
    "snowflake",
    "whistle",
    "blanket",
    "acorn",
    "teapot",
]
KEY = "benchmark-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ"


def _settings(data_dir: Path, url: str | None) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        env="test",
        data_dir=data_dir,
        database_url=url,
        secret_key=KEY,
        log_level="WARNING",
        metrics_enabled=False,
    )


def _rows(
    count: int, rng: random.Random
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    now = datetime.now(UTC)
    owners = [uuid.uuid4().hex for _ in range(max(1, count // PER_OWNER))]
    users = [
        {
            "id": o,
            "email": f"{o}@example.com",
            "display_name": "Bench",
            "password_hash": "x",
            "role": "user",
            "disabled": False,
            "created_at": now,
            "updated_at": now,
        }
        for o in owners
    ]
    characters = []
    for i in range(count):
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        description = " ".join(rng.choice(WORDS) for _ in range(8))
        traits = rng.sample([t.value for t in Trait], 2)
        likes = rng.sample(WORDS, 2)
        stamp = now - timedelta(seconds=i)
        characters.append(
            {
                "id": uuid.uuid4().hex,
                "owner_id": owners[i % len(owners)],
                "name": name,
                "kind": "fox",
                "pronouns": "they",
                "age": None,
                "appearance": {"kind": "fox", "body_color": "#e8742a", "accent_color": "#ffffff"},
                "traits": traits,
                "likes": likes,
                "dislikes": [],
                "description": description,
                "trait_tags": trait_tags(traits),
                "search_text": search_text(name, description, traits, likes),
                "portrait_image_id": None,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    return users, characters


async def _search_p95(url: str, count: int) -> float:
    rng = random.Random(count)
    users, characters = _rows(count, rng)
    engine = make_engine(url)
    async with engine.begin() as connection:
        await connection.execute(insert(User), users)
        for start in range(0, len(characters), 5000):
            await connection.execute(insert(Character), characters[start : start + 5000])
        if engine.dialect.name == "postgresql":
            await connection.exec_driver_sql("ANALYZE characters")
        else:
            await connection.exec_driver_sql("ANALYZE")
    sessions = make_sessionmaker(engine)
    owners = [u["id"] for u in users]
    times = []
    async with sessions() as session:
        repository = CharacterRepository(session)
        for i in range(SEARCHES + 20):
            q = rng.choice(WORDS)[: rng.randint(3, 6)]
            if i % 4 == 0:
                q += " " + rng.choice(WORDS)[:3]
            query = CharacterQuery(q=q, limit=20)
            owner = str(rng.choice(owners))
            started = time.perf_counter()
            await repository.page(owner, query)
            if i >= 20:  # the first few warm caches and plans
                times.append((time.perf_counter() - started) * 1000)
    await engine.dispose()
    return statistics.quantiles(times, n=20)[-1]


async def _create_pg(name: str) -> str:
    conn = await asyncpg.connect("postgresql://postgres@127.0.0.1:5432/postgres")
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


async def _drop_pg(name: str) -> None:
    conn = await asyncpg.connect("postgresql://postgres@127.0.0.1:5432/postgres")
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


def _measure(backend: str, count: int) -> float:
    with tempfile.TemporaryDirectory(prefix="storyloom-search-") as data:
        if backend == "sqlite":
            url = f"sqlite+aiosqlite:///{Path(data) / 'bench.db'}"
            migrate.upgrade(_settings(Path(data), url))
            return asyncio.run(_search_p95(url, count))
        name = f"storyloom_bench_{uuid.uuid4().hex[:8]}"
        url = asyncio.run(_create_pg(name))
        try:
            migrate.upgrade(_settings(Path(data), url))
            return asyncio.run(_search_p95(url, count))
        finally:
            asyncio.run(_drop_pg(name))


async def _statements_per_list(page_sizes: list[int]) -> list[int]:
    """SQL statements behind GET /api/characters at several page sizes."""
    with tempfile.TemporaryDirectory(prefix="storyloom-list-") as data:
        settings = _settings(Path(data), None)
        await asyncio.to_thread(migrate.upgrade, settings)
        app = create_app(settings)
        counts = []
        async with app.router.lifespan_context(app):
            statements = 0

            def count(*_: object) -> None:
                nonlocal statements
                statements += 1

            engine = app.state.resources.engine
            event.listen(engine.sync_engine, "before_cursor_execute", count)
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
                token = (
                    await client.post(
                        "/api/auth/register",
                        json={
                            "email": "bench@example.com",
                            "display_name": "Bench",
                            "password": "a long benchmark password",
                        },
                    )
                ).json()["access_token"]
                headers = {"Authorization": f"Bearer {token}"}
                for i in range(100):
                    await client.post(
                        "/api/characters",
                        headers=headers,
                        json={
                            "name": f"Pip {chr(65 + i % 26)}",
                            "pronouns": "they",
                            "appearance": {
                                "kind": "fox",
                                "body_color": "#e8742a",
                                "accent_color": "#ffffff",
                            },
                            "traits": ["brave"],
                        },
                    )
                for size in page_sizes:
                    statements = 0
                    response = await client.get(
                        "/api/characters",
                        headers=headers,
                        params={"limit": size, "trait": "brave", "q": "pip"},
                    )
                    assert response.status_code == 200
                    assert len(response.json()["items"]) == size
                    counts.append(statements)
        return counts


def main() -> None:
    backends = ["sqlite", "postgresql"] if "--sqlite-only" not in sys.argv else ["sqlite"]
    ratios = {}
    for backend in backends:
        small = _measure(backend, 1_000)
        large = _measure(backend, 100_000)
        ratios[backend] = large / small
        print(f"{backend}: search p95 {small:.2f} ms at 1k, {large:.2f} ms at 100k")
    counts = asyncio.run(_statements_per_list([5, 20, 100]))
    print(f"list statements per request at page sizes 5/20/100: {counts}")
    constant = "constant" if len(set(counts)) == 1 else "NOT constant"
    figures = ", ".join(f"{b} {r:.2f}" for b, r in ratios.items())
    print(
        f"search p95 ratio 100k/1k: {figures}; "
        f"list statements per request: {counts[-1]} ({constant})"
    )


if __name__ == "__main__":
    main()
