"""Password policy and hashing (argon2id through pwdlib)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

MIN_LENGTH = 8
MAX_LENGTH = 128


@lru_cache
def common_passwords() -> frozenset[str]:
    text = files("storyloom.auth").joinpath("common_passwords.txt").read_text()
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())


def password_problem(password: str, *, email: str = "") -> str | None:
    """Why a new password is refused, or None. NIST 800-63B: length and blocklist, no rules."""
    if len(password) < MIN_LENGTH:
        return f"Use at least {MIN_LENGTH} characters."
    if len(password) > MAX_LENGTH:
        return f"Use at most {MAX_LENGTH} characters."
    lowered = password.lower()
    if lowered in common_passwords() or len(set(lowered)) < 3:
        return "This password is too common; choose a less guessable one."
    if email and lowered == email.lower():
        return "Your password must not be your email address."
    return None


class PasswordHasher:
    """argon2id with p=1 and the configured memory and time costs; rehash when they rise."""

    def __init__(self, memory_kib: int, iterations: int) -> None:
        self._hash = PasswordHash(
            (Argon2Hasher(time_cost=iterations, memory_cost=memory_kib, parallelism=1),)
        )
        # Verifying an unknown email against this costs the same as a real check.
        self._dummy = self._hash.hash("storyloom-timing-equaliser")

    def hash(self, password: str) -> str:
        return self._hash.hash(password)

    def verify(self, password: str, hashed: str | None) -> tuple[bool, str | None]:
        """(valid, new hash when the stored one used weaker parameters)."""
        if hashed is None:
            self._hash.verify(password, self._dummy)
            return False, None
        return self._hash.verify_and_update(password, hashed)
