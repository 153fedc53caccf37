"""The HTTP edge on a real server: a body that never fully arrives is answered 408 and
its connection closed; X-Forwarded-For counts only from the proxies named as trusted."""

from __future__ import annotations

import socket
import uuid
from pathlib import Path

import httpx
from tests.conftest import PASSWORD, make_settings
from tests.live import live_server

from storyloom import migrate
from storyloom.config import Settings


def _settings(tmp_path: Path, **overrides: object) -> Settings:
    settings = make_settings(
        tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'storyloom.db'}", **overrides
    )
    migrate.upgrade(settings)
    return settings


def _host_port(base: str) -> tuple[str, int]:
    host, port = base.removeprefix("http://").split(":")
    return host, int(port)


def test_a_body_shorter_than_its_length_is_answered_and_closed(tmp_path: Path) -> None:
    settings = _settings(tmp_path, body_timeout_seconds=2)
    with live_server(settings, log=tmp_path / "server.log") as base:
        with socket.create_connection(_host_port(base), timeout=120) as conn:
            conn.sendall(
                b"POST /api/auth/login HTTP/1.1\r\nHost: test\r\n"
                b"Content-Type: application/json\r\nContent-Length: 400\r\n\r\n"
                b'{"email": "a'
            )
            answer = b""
            while chunk := conn.recv(65536):  # ends when the server closes the connection
                answer += chunk
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 408"), answer[:200]
        assert b"application/problem+json" in head
        assert b'"code":"body_timeout"' in body.replace(b" ", b"")
        assert httpx.get(f"{base}/readyz").status_code == 200


def _signed_in_from(base: str, forwarded_for: str) -> str:
    """The client address the server records for a sign-in sent with this header."""
    email = f"edge-{uuid.uuid4().hex[:8]}@example.com"
    registered = httpx.post(
        f"{base}/api/auth/register",
        json={"email": email, "display_name": "Edge", "password": PASSWORD},
    )
    assert registered.status_code == 201, registered.text
    login = httpx.post(
        f"{base}/api/auth/login",
        headers={"X-Forwarded-For": forwarded_for},
        json={"email": email, "password": PASSWORD},
    )
    assert login.status_code == 200, login.text
    sessions = httpx.get(
        f"{base}/api/me/sessions",
        headers={"Authorization": f"Bearer {login.json()['access_token']}"},
    )
    assert sessions.status_code == 200, sessions.text
    (current,) = [s for s in sessions.json() if s["current"]]
    return str(current["ip"])


def test_a_forwarded_for_from_an_untrusted_peer_is_ignored(tmp_path: Path) -> None:
    """Without trusted proxies, a client cannot pick the address that sign-in throttling,
    rate limits and the session list count it under."""
    with live_server(_settings(tmp_path), log=tmp_path / "server.log") as base:
        seen = {_signed_in_from(base, f"203.0.113.{n}") for n in range(1, 4)}
    assert seen == {"127.0.0.1"}


def test_a_trusted_proxy_names_the_client(tmp_path: Path) -> None:
    settings = _settings(tmp_path, trusted_proxies="127.0.0.1, ::1")
    with live_server(settings, log=tmp_path / "server.log") as base:
        assert _signed_in_from(base, "198.51.100.7") == "198.51.100.7"
        assert _signed_in_from(base, "203.0.113.9, 127.0.0.1") == "203.0.113.9"
