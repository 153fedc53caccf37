"""API answers worth compressing go gzipped to clients that accept gzip; small ones and
pictures do not."""

from __future__ import annotations

import gzip

import httpx
from tests.conftest import running

from storyloom.app import create_app
from storyloom.config import Settings


async def test_large_json_is_gzipped_for_clients_that_accept_it(client: httpx.AsyncClient) -> None:
    async with client.stream("GET", "/api/sample", headers={"Accept-Encoding": "gzip"}) as packed:
        assert packed.status_code == 200
        assert packed.headers["content-encoding"] == "gzip"
        assert "Accept-Encoding" in packed.headers["vary"]
        raw = b"".join([part async for part in packed.aiter_raw()])
    plain = await client.get("/api/sample", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert len(plain.content) > 1024
    assert gzip.decompress(raw) == plain.content
    assert len(raw) < len(plain.content) / 2


async def test_small_answers_and_pictures_are_sent_as_they_are(client: httpx.AsyncClient) -> None:
    small = await client.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers
    picture = await client.get("/api/sample/styles/flat", headers={"Accept-Encoding": "gzip"})
    assert picture.headers["content-type"] == "image/webp"
    assert "content-encoding" not in picture.headers


async def test_behind_a_compressing_proxy_the_app_leaves_it_to_the_proxy(
    settings: Settings,
) -> None:
    quiet = settings.model_copy(update={"compress_responses": False})
    async with running(create_app(quiet)) as client:
        answer = await client.get("/api/sample", headers={"Accept-Encoding": "gzip"})
    assert answer.status_code == 200
    assert len(answer.content) > 1024
    assert "content-encoding" not in answer.headers
