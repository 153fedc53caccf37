"""Access tokens (short JWTs) and refresh tokens (opaque, stored only as a hash).

A token once verified is remembered (by its exact text, until it expires): a client sends
the same access token on every request for its lifetime, and checking the signature and
claims again each time was a large share of a signed-in read.
"""

from __future__ import annotations

import hashlib
import secrets
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta

import jwt

from storyloom.db import utcnow

ALGORITHM = "HS256"
ISSUER = "storyloom"
AUDIENCE = "storyloom-api"
ACCESS_TYPE = "access"
REQUIRED_CLAIMS = ["exp", "iat", "nbf", "iss", "aud", "jti", "sub", "typ", "sid"]
LEEWAY_SECONDS = 5
REMEMBERED = 10_000


@dataclass(frozen=True, slots=True)
class AccessClaims:
    user_id: str
    session_id: str


class InvalidToken(Exception):
    """The token is not one this server issued, or no longer valid."""


class TokenCodec:
    def __init__(self, key: str, lifetime: timedelta) -> None:
        self._key = key
        self.lifetime = lifetime
        self._verified: OrderedDict[str, tuple[AccessClaims, float]] = OrderedDict()

    def issue(self, user_id: str, session_id: str, *, now: datetime | None = None) -> str:
        now = now or utcnow()
        payload = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": user_id,
            "sid": session_id,
            "typ": ACCESS_TYPE,
            "jti": uuid.uuid4().hex,
            "iat": now,
            "nbf": now,
            "exp": now + self.lifetime,
        }
        return jwt.encode(payload, self._key, algorithm=ALGORITHM)

    def decode(self, token: str) -> AccessClaims:
        found = self._verified.get(token)
        if found is not None and time.time() < found[1]:
            return found[0]
        try:
            payload = jwt.decode(
                token,
                self._key,
                algorithms=[ALGORITHM],  # an allow-list: never trust the token's own header
                audience=AUDIENCE,
                issuer=ISSUER,
                options={"require": REQUIRED_CLAIMS},
                leeway=LEEWAY_SECONDS,
            )
        except jwt.PyJWTError as exc:
            raise InvalidToken(str(exc)) from exc
        if payload.get("typ") != ACCESS_TYPE:
            raise InvalidToken("not an access token")
        sub, sid = payload.get("sub"), payload.get("sid")
        if not isinstance(sub, str) or not isinstance(sid, str):
            raise InvalidToken("malformed subject")
        claims = AccessClaims(user_id=sub, session_id=sid)
        self._verified[token] = (claims, float(payload["exp"]) + LEEWAY_SECONDS)
        while len(self._verified) > REMEMBERED:
            self._verified.popitem(last=False)
        return claims


def new_refresh_token() -> tuple[str, str]:
    """(token for the client, its hash for the database)."""
    token = secrets.token_urlsafe(32)
    return token, hash_refresh_token(token)


def hash_refresh_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
