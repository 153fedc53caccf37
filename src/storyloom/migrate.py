"""Running Alembic from code: used by `storyloom db ...` and by `serve` on the embedded default."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from storyloom.config import Settings
from storyloom.db import Base, is_model_table, make_engine

T = TypeVar("T")

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(settings: Settings) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", settings.sqlalchemy_url)
    config.set_main_option("file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s")
    return config


def _prepare(settings: Settings) -> None:
    if settings.is_embedded_database:
        settings.data_dir.mkdir(parents=True, exist_ok=True)


def upgrade(settings: Settings, revision: str = "head") -> None:
    _prepare(settings)
    command.upgrade(alembic_config(settings), revision)


def downgrade(settings: Settings, revision: str) -> None:
    command.downgrade(alembic_config(settings), revision)


def head_revision(settings: Settings) -> str | None:
    return ScriptDirectory.from_config(alembic_config(settings)).get_current_head()


def _inspect(settings: Settings, read: Callable[[Connection], T]) -> T:
    async def run() -> T:
        engine = make_engine(settings.sqlalchemy_url)
        try:
            async with engine.connect() as connection:
                return await connection.run_sync(read)
        finally:
            await engine.dispose()

    _prepare(settings)
    return asyncio.run(run())


def current_revision(settings: Settings) -> str | None:
    return _inspect(settings, lambda c: MigrationContext.configure(c).get_current_revision())


def model_drift(settings: Settings) -> list[Any]:
    """Differences between the migrated schema and the models (empty when they agree)."""
    import storyloom.models  # noqa: F401  (registers every table)

    def compare(connection: Connection) -> list[Any]:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "render_as_batch": True, "include_name": is_model_table},
        )
        return list(compare_metadata(context, Base.metadata))

    return _inspect(settings, compare)
