"""Sessions this process checked a moment ago, so a signed-in read need not ask the
database who is calling.

A check is remembered per session for `session_cache_seconds`, tied to the user's
generation in the response cache (kit/cache.py), which every write by that user bumps
after it commits: signing out, revoking a session or changing the password makes the next
request, in any process, check the database again. With Redis the generation is shared by
every process; without it, it is this process's own, so `serve --workers N` without Redis
turns this memory off (with the response cache). Changes made outside the API (the CLI
disabling a user) apply within `session_cache_seconds`.

What is remembered are the rows' column values, in this process only; a hit rebuilds the
rows and attaches them to the request's unit of work, so a route can change them as if it
had loaded them.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta
from time import monotonic
from typing import Any, TypeVar

from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapper, make_transient_to_detached

from storyloom.kit.cache import ResponseCache
from storyloom.models import AuthSession, User

MAX_ENTRIES = 10_000
# In the last fifth of a remembered check, one caller renews it (`due_renewal`), so a
# session in steady use never lapses and sends a burst of requests to the database at once.
RENEW_SHARE = 0.2
# `last_used_at` is written at most this often (see AuthService.authenticate): an older
# one means the next check must go to the database and write it.
TOUCH_EVERY = timedelta(minutes=1)

Row = TypeVar("Row", User, AuthSession)


def _columns(row: User | AuthSession) -> dict[str, Any]:
    mapper: Mapper[Any] = inspect(type(row))
    return {attr.key: getattr(row, attr.key) for attr in mapper.column_attrs}


def _attach(db: AsyncSession, model: type[Row], columns: dict[str, Any]) -> Row:
    row = model(**columns)
    make_transient_to_detached(row)
    db.add(row)
    return row


@dataclass(frozen=True, slots=True)
class _Remembered:
    until: float
    generation: int
    user: dict[str, Any]
    session: dict[str, Any]


class SessionMemory:
    def __init__(self, cache: ResponseCache, seconds: int) -> None:
        self.cache = cache
        self.seconds = seconds
        self.enabled = seconds > 0 and cache.enabled
        self._entries: OrderedDict[str, _Remembered] = OrderedDict()
        self._renewing: dict[str, float] = {}  # session id -> when its renewal may retry

    async def generation(self, user_id: str) -> int:
        """Read before checking the database: a check that raced a write is then never
        trusted after it."""
        return await self.cache.generation(user_id) if self.enabled else 0

    async def recall(
        self, db: AsyncSession, user_id: str, session_id: str, now: datetime
    ) -> tuple[User, AuthSession] | None:
        """The user and session, attached to `db`, when a recent check still holds."""
        found = self._recent(user_id, session_id, now)
        if found is None:
            return None
        if await self.cache.generation(user_id) != found.generation:
            self._entries.pop(session_id, None)
            return None
        self._entries.move_to_end(session_id)
        return _attach(db, User, found.user), _attach(db, AuthSession, found.session)

    def vouches(self, user_id: str, session_id: str, generation: int, now: datetime) -> bool:
        """A recent check still holds for this session, given the user's current
        `generation` (read by the caller, with what it serves): the session was live and
        its user enabled then, nothing of theirs changed since, and it has not expired."""
        found = self._recent(user_id, session_id, now)
        return (
            found is not None
            and found.generation == generation
            and found.session["expires_at"] > now
        )

    def due_renewal(self, session_id: str) -> bool:
        """True for one caller when the session's remembered check is near its end: that
        caller checks the session again (AuthService.authenticate with `fresh`), which
        renews it or, if the session ended, forgets it."""
        found = self._entries.get(session_id)
        now = monotonic()
        window = self.seconds * RENEW_SHARE
        if found is None or found.until - now > window or self._renewing.get(session_id, 0) > now:
            return False
        self._renewing[session_id] = now + window
        while len(self._renewing) > MAX_ENTRIES:
            self._renewing.pop(next(iter(self._renewing)))
        return True

    def forget(self, session_id: str) -> None:
        self._entries.pop(session_id, None)
        self._renewing.pop(session_id, None)

    def _recent(self, user_id: str, session_id: str, now: datetime) -> _Remembered | None:
        if not self.enabled:
            return None
        found = self._entries.get(session_id)
        if found is None or found.until < monotonic() or found.user["id"] != user_id:
            return None
        if now - found.session["last_used_at"] > TOUCH_EVERY:
            return None  # due a touch: the database must be asked (and written)
        return found

    def remember(self, generation: int, user: User, session: AuthSession) -> None:
        if not self.enabled:
            return
        self._entries[session.id] = _Remembered(
            until=monotonic() + self.seconds,
            generation=generation,
            user=_columns(user),
            session=_columns(session),
        )
        self._entries.move_to_end(session.id)
        self._renewing.pop(session.id, None)
        while len(self._entries) > MAX_ENTRIES:
            self._entries.popitem(last=False)

    async def forget_user(self, user_id: str) -> None:
        """After a change to the user's sessions made outside a signed-in write (a reused
        refresh token ends its session)."""
        await self.cache.invalidate(user_id)
