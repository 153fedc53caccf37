"""Portraits through an OpenAI-compatible images API: a real HTTP server on loopback."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from tests.characters.helpers import CHILD, make
from tests.conftest import make_settings, register, running

from storyloom.app import create_app
from storyloom.config import Settings
from storyloom.engines.illustrator import render_png
from storyloom.kit.pictures.raster import reencode_raster

PNG = render_png('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>', 40)


class Provider(ThreadingHTTPServer):
    daemon_threads = True
    requests: list[dict[str, Any]]
    auth: list[str]


class Handler(BaseHTTPRequestHandler):
    server: Provider

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        mode, _, rest = self.path.lstrip("/").partition("/")
        if rest != "v1/images/generations":
            self._send(404, {"error": {"message": "no route"}})
            return
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append({"mode": mode, **body})
        self.server.auth.append(self.headers.get("Authorization", ""))
        if mode == "fail":
            self._send(500, {"error": {"message": "boom", "type": "server_error"}})
        elif mode == "auth":
            self._send(401, {"error": {"message": "bad key", "type": "invalid_api_key"}})
        elif mode == "slow":
            time.sleep(1.5)
            self._send(200, {"created": 1, "data": []})
        else:
            encoded = base64.b64encode(PNG).decode()
            self._send(200, {"created": 1, "data": [{"b64_json": encoded}]})


@pytest.fixture(scope="module")
def provider() -> Iterator[Provider]:
    server = Provider(("127.0.0.1", 0), Handler)
    server.requests, server.auth = [], []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


def _settings(settings: Settings, provider: Provider, mode: str, tmp: Path) -> Settings:
    host, port = provider.server_address[:2]
    return make_settings(
        tmp,
        settings.database_url,
        images_base_url=f"http://{host!s}:{port}/{mode}/v1",
        images_api_key="sk-test-key",
        images_model="dall-e-3",
        images_timeout_seconds=0.5,
        provider_attempts=2,
    )


@pytest_asyncio.fixture
async def with_provider(
    settings: Settings, provider: Provider, tmp_path: Path, request: pytest.FixtureRequest
) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(_settings(settings, provider, request.param, tmp_path))
    async with running(app) as client:
        yield client


@pytest.mark.parametrize("with_provider", ["ok"], indirect=True)
async def test_candidates_from_the_provider(
    with_provider: httpx.AsyncClient, provider: Provider
) -> None:
    account = await register(with_provider)
    mia = await make(account, name="Mia", appearance=CHILD)
    before = len(provider.requests)
    response = await with_provider.post(
        f"/api/characters/{mia['id']}/portraits",
        headers=account.headers,
        json={"count": 3, "style": "storybook"},
    )
    assert response.status_code == 201, response.text
    images = response.json()
    assert [(i["media_type"], i["width"], i["height"]) for i in images] == [
        ("image/png", 40, 30)
    ] * 3
    sent = provider.requests[before:]
    assert len(sent) == 3
    assert all(r["model"] == "dall-e-3" and r["response_format"] == "b64_json" for r in sent)
    # Colours by name (image models read hex codes poorly).
    assert all("golden tan skin" in r["prompt"] and "curly hair" in r["prompt"] for r in sent)
    assert not any("#d9a066" in r["prompt"] for r in sent)
    assert len({r["prompt"] for r in sent}) == 3
    assert provider.auth[-1] == "Bearer sk-test-key"
    picture = await with_provider.get(images[0]["url"], headers=account.headers)
    # Stored as our own re-encoding of the provider's answer: the same pixels.
    assert picture.content == reencode_raster(PNG).data
    assert picture.headers["content-type"] == "image/png"
    scaled = await with_provider.get(
        images[0]["url"], headers=account.headers, params={"format": "png", "width": 80}
    )
    assert scaled.status_code == 200
    assert scaled.content[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    ("with_provider", "status", "code", "calls"),
    [
        ("fail", 502, "provider_error", 2),
        ("auth", 502, "provider_auth", 1),
        ("slow", 504, "provider_timeout", 2),
    ],
    indirect=["with_provider"],
)
async def test_provider_failures_are_problems(
    with_provider: httpx.AsyncClient, provider: Provider, status: int, code: str, calls: int
) -> None:
    account = await register(with_provider)
    fern = await make(account)
    before = len(provider.requests)
    response = await with_provider.post(
        f"/api/characters/{fern['id']}/portraits", headers=account.headers, json={"count": 1}
    )
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == code
    assert "sk-test-key" not in response.text
    assert len(provider.requests) - before == calls  # 5xx, timeouts retried once; refusals not
    listed = await with_provider.get(
        f"/api/characters/{fern['id']}/portraits", headers=account.headers
    )
    assert listed.json() == []
