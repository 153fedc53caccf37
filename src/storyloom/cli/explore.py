"""`storyloom db explore`: browse tables in the terminal, read-only, a page at a time.

The connection itself is read-only (SQLite opened with mode=ro, PostgreSQL with
default_transaction_read_only), so nothing typed here can change data. Commands are read
line by line from stdin, so the explorer can also be driven by a script or a pipe.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.table import Table
from sqlalchemy import MetaData, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from storyloom.config import Settings

HELP = (
    "commands: <number or name> open a table · n next page · p previous page · "
    "g <page> go to page · t tables · ? help · q quit"
)
CELL = 40


def read_only_engine(settings: Settings) -> AsyncEngine:
    url = make_url(settings.sqlalchemy_url)
    if settings.is_embedded_database:
        path = url.database
        return create_async_engine(f"sqlite+aiosqlite:///file:{path}?mode=ro&uri=true")
    return create_async_engine(
        url,
        connect_args={"server_settings": {"default_transaction_read_only": "on"}},
    )


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\n", " ")
    return text if len(text) <= CELL else text[: CELL - 1] + "…"


@dataclass
class Explorer:
    engine: AsyncEngine
    console: Console
    page_size: int
    metadata: MetaData = field(default_factory=MetaData)
    counts: dict[str, int] = field(default_factory=dict)
    table: str | None = None
    page: int = 1

    async def load(self) -> None:
        async with self.engine.connect() as conn:
            await conn.run_sync(self.metadata.reflect)
            for name, table in self.metadata.tables.items():
                count = (await conn.execute(select(func.count()).select_from(table))).scalar()
                self.counts[name] = int(count or 0)

    @property
    def names(self) -> list[str]:
        return sorted(self.metadata.tables)

    def show_tables(self) -> None:
        table = Table("#", "table", "rows", title="Tables (read-only)")
        for number, name in enumerate(self.names, start=1):
            table.add_row(str(number), name, str(self.counts[name]))
        self.console.print(table)

    @property
    def pages(self) -> int:
        rows = self.counts.get(self.table or "", 0)
        return max(1, -(-rows // self.page_size))

    async def show_page(self) -> None:
        assert self.table is not None
        table = self.metadata.tables[self.table]
        order = list(table.primary_key.columns) or list(table.columns)[:1]
        query = (
            select(table)
            .order_by(*order)
            .limit(self.page_size)
            .offset((self.page - 1) * self.page_size)
        )
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        view = Table(
            *[c.name for c in table.columns],
            title=f"{self.table}: page {self.page} of {self.pages} "
            f"({self.counts[self.table]} rows)",
        )
        for row in rows:
            view.add_row(*[_cell(v) for v in row])
        self.console.print(view)

    async def handle(self, line: str) -> bool:
        """Act on one command; False to quit."""
        command = line.strip()
        if command in ("q", "quit", "exit"):
            return False
        if command in ("?", "h", "help", ""):
            self.console.print(HELP)
        elif command == "t":
            self.table = None
            self.show_tables()
        elif command in ("n", "p") or command.startswith("g "):
            if self.table is None:
                self.console.print("open a table first (its number or name)")
                return True
            if command == "n":
                target = self.page + 1
            elif command == "p":
                target = self.page - 1
            else:
                arg = command[2:].strip()
                target = int(arg) if arg.isdigit() else 0
            if not 1 <= target <= self.pages:
                self.console.print(f"no page {target}; pages 1 to {self.pages}")
                return True
            self.page = target
            await self.show_page()
        else:
            name = self._table_named(command)
            if name is None:
                self.console.print(f"no table {command!r}. {HELP}")
                return True
            self.table, self.page = name, 1
            await self.show_page()
        return True

    def _table_named(self, text: str) -> str | None:
        if text.isdigit() and 1 <= int(text) <= len(self.names):
            return self.names[int(text) - 1]
        return text if text in self.metadata.tables else None


def explore(settings: Settings, console: Console, *, page_size: int, table: str | None) -> None:
    async def run() -> None:
        engine = read_only_engine(settings)
        explorer = Explorer(engine, console, page_size)
        try:
            await explorer.load()
            if table is not None:
                if not await explorer.handle(table):
                    return
            else:
                explorer.show_tables()
            console.print(HELP)
            loop = asyncio.get_running_loop()
            while True:
                try:
                    line = await loop.run_in_executor(None, input, "explore> ")
                except EOFError:
                    break
                if not await explorer.handle(line):
                    break
        finally:
            await engine.dispose()

    asyncio.run(run())
