"""What every CLI command shares: settings, a unit of work, clear failures, JSON output."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import typer
from pydantic import ValidationError
from rich.console import Console

from storyloom.config import Settings

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from storyloom.resources import Resources

T = TypeVar("T")
console = Console()
err_console = Console(stderr=True)


def fail(message: str, code: int = 1) -> NoReturn:
    err_console.print(f"[bold red]error:[/] {message}", soft_wrap=True)
    raise typer.Exit(code)


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'settings'}: {e['msg']}" for e in exc.errors()
        )
        fail(f"invalid settings: {problems}")


def with_session(
    work: Callable[[AsyncSession, Resources], Awaitable[T]],
    after: Callable[[T, Resources], Awaitable[None]] | None = None,
) -> T:
    """Run `work` in one unit of work against the configured database, then `after` (once
    it committed) with its result; AppErrors exit 1."""

    from storyloom.db import session_scope
    from storyloom.errors import AppError
    from storyloom.resources import Resources

    async def run() -> T:
        resources = Resources.open(load_settings())
        try:
            async with session_scope(resources.sessions) as session:
                result = await work(session, resources)
            if after is not None:
                await after(result, resources)
            return result
        finally:
            await resources.close()

    try:
        return asyncio.run(run())
    except AppError as exc:
        fail(exc.detail)


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, default=str))
