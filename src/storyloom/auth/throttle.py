"""Sign-in throttling that warns before it pauses, and slows rather than refuses.

Per email: wrong passwords are counted over the window of STORYLOOM_LOGIN_LIMIT_PER_ACCOUNT.
Each wrong answer says how many tries are left; after the last one the email's sign-in
pauses for STORYLOOM_LOGIN_PAUSE_SECONDS, and each further wrong password doubles the pause
(up to the window). During a pause that email is answered 429 `login_paused` with the
wait; every other email is untouched. Unknown emails are counted the same, so the answers
say nothing about which emails have accounts.

Per client address: past STORYLOOM_LOGIN_LIMIT_PER_IP wrong passwords, each sign-in from
the address waits a little before it is checked (doubling from 0.5 s up to
STORYLOOM_LOGIN_SLOWDOWN_MAX_SECONDS). Nothing is refused for the address, so a family or
school behind one address still signs in with right passwords and still registers.

Counters live in the rate-limit storage (memory, or Redis shared by every process).
"""

from __future__ import annotations

import asyncio
import math
import time
from dataclasses import dataclass

from limits.aio.storage import Storage

from storyloom.config import Settings
from storyloom.errors import TooManyRequests
from storyloom.kit.ratelimit import RateLimits

IP_FIRST_DELAY = 0.5


class LoginPaused(TooManyRequests):
    code, title = "login_paused", "Sign-in for this email is paused"


@dataclass(frozen=True, slots=True)
class Failure:
    """What a wrong password leaves: tries before the pause, or the pause it started."""

    tries_left: int
    paused_for: int | None


class LoginThrottle:
    def __init__(self, limits: RateLimits, settings: Settings) -> None:
        self.storage: Storage = limits.storage
        account = limits.parse(settings.login_limit_per_account)
        ip = limits.parse(settings.login_limit_per_ip)
        self.account_limit, self.account_window = account.amount, account.get_expiry()
        self.ip_limit, self.ip_window = ip.amount, ip.get_expiry()
        self.first_pause = settings.login_pause_seconds
        self.max_slowdown = settings.login_slowdown_max_seconds

    @staticmethod
    def _keys(email: str, ip: str) -> tuple[str, str, str]:
        return f"login/fail/account/{email}", f"login/pause/account/{email}", f"login/fail/ip/{ip}"

    async def before(self, email: str, ip: str) -> None:
        """Refuse a paused email (429 with the wait); slow down a busy address."""
        pause = self._keys(email, ip)[1]
        if await self.storage.get(pause):
            wait = max(1, math.ceil(await self.storage.get_expiry(pause) - time.time()))
            raise LoginPaused(
                f"Too many wrong passwords for this email. Try again in {wait} seconds, "
                "or reset your password.",
                retry_after=wait,
            )
        delay = await self.slowdown(ip)
        if delay:
            await asyncio.sleep(delay)

    async def slowdown(self, ip: str) -> float:
        """Seconds each sign-in from `ip` waits now (0 below its limit)."""
        excess = await self.storage.get(self._keys("", ip)[2]) - self.ip_limit
        if excess < 0:
            return 0.0
        return float(min(self.max_slowdown, IP_FIRST_DELAY * 2**excess))

    async def failed(self, email: str, ip: str) -> Failure:
        fails, pause, ip_fails = self._keys(email, ip)
        await self.storage.incr(ip_fails, self.ip_window)
        count = await self.storage.incr(fails, self.account_window)
        left = self.account_limit - count
        if left > 0:
            return Failure(tries_left=left, paused_for=None)
        seconds = min(self.account_window, self.first_pause * 2 ** (-left))
        await self.storage.clear(pause)
        await self.storage.incr(pause, seconds)
        return Failure(tries_left=0, paused_for=seconds)

    async def succeeded(self, email: str, ip: str) -> None:
        fails, pause, _ = self._keys(email, ip)
        await self.storage.clear(fails)
        await self.storage.clear(pause)
