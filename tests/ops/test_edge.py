"""The HTTP edge on a real server: a body that never fully arrives is answered 408 and
its connection closed; X-Forwarded-For counts only from the proxies named as trusted."""

from __future__ import annotations

import socket
import uuid
from pathlib import Path

import httpx
from tests.conftest import make_settings
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


def _failed_logins(base: str, addresses: list[str]) -> list[int]:
    statuses = []
    for address in addresses:
        response = httpx.post(
            f"{base}/api/auth/login",
            headers={"X-Forwarded-For": address},
            json={"email": f"nobody-{uuid.uuid4().hex[:6]}@example.com", "password": "wrong one"},
        )
        statuses.append(response.status_code)
    return statuses


def test_rotating_forwarded_for_does_not_escape_the_limit(tmp_path: Path) -> None:
    settings = _settings(tmp_path, login_limit_per_ip="3/15minutes")
    rotating = [f"203.0.113.{n}" for n in range(1, 7)]
    with live_server(settings, log=tmp_path / "server.log") as base:
        statuses = _failed_logins(base, rotating)
    assert statuses[:3] == [401, 401, 401]
    assert set(statuses[3:]) == {429}


def test_a_trusted_proxy_names_the_client(tmp_path: Path) -> None:
    settings = _settings(
        tmp_path, login_limit_per_ip="3/15minutes", trusted_proxies="127.0.0.1, ::1"
    )
    with live_server(settings, log=tmp_path / "server.log") as base:
        rotating = _failed_logins(base, [f"203.0.113.{n}" for n in range(1, 7)])
        same = _failed_logins(base, ["198.51.100.7"] * 5)
    assert set(rotating) == {401}  # six clients, one failure each
    assert same[:3] == [401, 401, 401]
    assert set(same[3:]) == {429}
