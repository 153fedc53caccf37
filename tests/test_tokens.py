"""Forged, broken and misused tokens never get in."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from tests.conftest import Account
from tests.test_health_and_errors import assert_problem

from storyloom.auth.router import REFRESH_COOKIE
from storyloom.auth.tokens import AUDIENCE, ISSUER, LEEWAY_SECONDS, InvalidToken, TokenCodec
from storyloom.config import Settings

RSA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
RSA_PUBLIC_PEM = RSA_KEY.public_key().public_bytes(
    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
)


def _b64(data: dict[str, Any] | bytes) -> str:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _claims(account: Account, **changes: Any) -> dict[str, Any]:
    real = jwt.decode(account.token, options={"verify_signature": False})
    now = datetime.now(UTC)
    claims = {**real, "iat": now, "nbf": now, "exp": now + timedelta(minutes=5)}
    claims.update(changes)
    return {k: v for k, v in claims.items() if v is not None}


Forger = Callable[[Account, str], str]


def _signed(**changes: Any) -> Forger:
    """Changed claims; a callable value is called at signing time (times are relative to now)."""

    def forge(account: Account, key: str) -> str:
        values = {k: v() if callable(v) else v for k, v in changes.items()}
        return jwt.encode(_claims(account, **values), key, algorithm="HS256")

    return forge


def _from_now(**delta: float) -> Callable[[], datetime]:
    return lambda: datetime.now(UTC) + timedelta(**delta)


def _alg_none(account: Account, _: str) -> str:
    payload = json.loads(json.dumps(_claims(account), default=lambda d: int(d.timestamp())))
    return f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(payload)}."


def _tampered(account: Account, _: str) -> str:
    header, payload, signature = account.token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    claims["sub"] = "someone-else"
    return f"{header}.{_b64(claims)}.{signature}"


def _rs256(account: Account, _: str) -> str:
    return jwt.encode(_claims(account), RSA_KEY, algorithm="RS256")


def _hs_with_public_key(account: Account, _: str) -> str:
    # Algorithm confusion: HMAC keyed with a public key a verifier might hold.
    header = _b64({"alg": "HS256", "typ": "JWT"})
    payload = _b64(json.loads(json.dumps(_claims(account), default=lambda d: int(d.timestamp()))))
    import hashlib
    import hmac

    sig = hmac.new(RSA_PUBLIC_PEM, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64(sig)}"


def _missing(claim: str) -> Forger:
    return _signed(**{claim: None})


FORGERIES: dict[str, Forger] = {
    "alg none": _alg_none,
    "wrong key": lambda a, _: jwt.encode(_claims(a), "another-key-" * 4, algorithm="HS256"),
    "RS256 instead of HS256": _rs256,
    "HS256 keyed with a public key": _hs_with_public_key,
    "tampered payload": _tampered,
    "expired": _signed(exp=_from_now(minutes=-1)),
    "not yet valid": _signed(nbf=_from_now(minutes=10), iat=_from_now(minutes=10)),
    "wrong audience": _signed(aud="another-api"),
    "wrong issuer": _signed(iss="not-storyloom"),
    "refresh type used as access": _signed(typ="refresh"),
    "missing sub": _missing("sub"),
    "missing exp": _missing("exp"),
    "missing jti": _missing("jti"),
    "missing session": _missing("sid"),
    "unknown session": _signed(sid="0" * 32),
    "HS512 with the right key": lambda a, key: jwt.encode(_claims(a), key, algorithm="HS512"),
    "garbage": lambda a, _: "this.is.not-a-token",
    "empty": lambda a, _: "",
    "only dots": lambda a, _: "..",
}


@pytest.mark.parametrize("name", list(FORGERIES))
async def test_forged_or_broken_tokens_are_401(
    name: str, account: Account, settings: Settings
) -> None:
    token = FORGERIES[name](account, settings.signing_key())
    response = await account.client.get("/api/me", headers={"Authorization": f"Bearer {token}"})
    assert_problem(response, 401, response.json()["code"])
    assert response.json()["code"] in {"invalid_token", "session_expired", "unauthorized"}
    assert "www-authenticate" in response.headers


async def test_the_genuine_token_passes(account: Account) -> None:
    # The forgeries above start from this token: prove it is valid, so each 401 means something.
    assert (await account.client.get("/api/me", headers=account.headers)).status_code == 200
    assert jwt.get_unverified_header(account.token)["alg"] == "HS256"
    claims = jwt.decode(account.token, options={"verify_signature": False})
    assert claims["iss"] == ISSUER
    assert claims["aud"] == AUDIENCE
    assert claims["exp"] - claims["iat"] == 15 * 60


async def test_refresh_token_is_not_an_access_token(account: Account) -> None:
    refresh = account.client.cookies[REFRESH_COOKIE]
    response = await account.client.get("/api/me", headers={"Authorization": f"Bearer {refresh}"})
    assert_problem(response, 401, "invalid_token")


def test_a_remembered_token_still_expires() -> None:
    """Verified tokens are remembered for speed, never past their expiry."""
    codec = TokenCodec("a-test-key-0123456789-abcdefghijklmnopqrstuvwxyz", timedelta(minutes=1))
    # Expires (with the leeway) a moment from now.
    issued = datetime.now(UTC) - timedelta(minutes=1, seconds=LEEWAY_SECONDS - 1.5)
    token = codec.issue("user-1", "session-1", now=issued)
    assert codec.decode(token).session_id == "session-1"
    assert codec.decode(token).session_id == "session-1"  # remembered
    time.sleep(2)
    with pytest.raises(InvalidToken):
        codec.decode(token)
