"""The built app is served with history-mode fallback and immutable hashed assets."""

from __future__ import annotations

import gzip
from pathlib import Path

import httpx
from fastapi import FastAPI

from storyloom.spa import SpaFallback


async def test_spa_fallback_and_caching(tmp_path: Path) -> None:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<!doctype html><div id=root></div>")
    (tmp_path / "assets" / "app-3f2a.js").write_text("console.log(1)")
    (tmp_path / "manifest.webmanifest").write_text("{}")
    app = FastAPI()

    @app.get("/api/ping")
    async def ping() -> dict[str, str]:
        return {"pong": "yes"}

    app.add_middleware(SpaFallback, dist=tmp_path)

    @app.get("/late")  # added after the fallback: routes always win
    async def late() -> dict[str, str]:
        return {"late": "yes"}

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        assert (await c.get("/late")).json() == {"late": "yes"}
        assert (await c.get("/healthz")).status_code == 404
        deep = await c.get("/stories/123/read")
        assert deep.status_code == 200
        assert "root" in deep.text
        assert deep.headers["cache-control"] == "no-cache"
        asset = await c.get("/assets/app-3f2a.js")
        assert "immutable" in asset.headers["cache-control"]
        assert (await c.get("/assets/missing.js")).status_code == 404
        assert (await c.get("/api/unknown")).status_code == 404
        assert (await c.get("/api/ping")).json() == {"pong": "yes"}
        assert (await c.get("/manifest.webmanifest")).text == "{}"
        assert (await c.get("/../../etc/passwd")).status_code in (200, 404)
        assert "root:" not in (await c.get("/..%2F..%2Fetc%2Fpasswd")).text


async def test_precompressed_copies_go_to_browsers_that_accept_them(tmp_path: Path) -> None:
    script = "console.log('a picture book');" * 50
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<!doctype html><div id=root></div>")
    (tmp_path / "assets" / "app-9c1d.js").write_text(script)
    (tmp_path / "assets" / "app-9c1d.js.br").write_bytes(brotli_stand_in := b"br-bytes")
    (tmp_path / "assets" / "app-9c1d.js.gz").write_bytes(gzip.compress(script.encode()))
    (tmp_path / "assets" / "lone-77aa.css").write_text("body{}")  # no copies: sent as it is
    app = FastAPI()
    app.add_middleware(SpaFallback, dist=tmp_path)

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        url = "/assets/app-9c1d.js"
        async with c.stream("GET", url, headers={"Accept-Encoding": "gzip, br"}) as br:
            assert br.headers["content-encoding"] == "br"
            assert br.headers["content-type"].startswith("text/javascript")
            assert br.headers["vary"] == "Accept-Encoding"
            assert "immutable" in br.headers["cache-control"]
            assert b"".join([part async for part in br.aiter_raw()]) == brotli_stand_in
        gz = await c.get(url, headers={"Accept-Encoding": "gzip"})
        assert gz.headers["content-encoding"] == "gzip"
        assert gz.text == script  # httpx decodes gzip
        refused = await c.get(url, headers={"Accept-Encoding": "gzip;q=0, identity"})
        assert "content-encoding" not in refused.headers
        assert refused.text == script
        plain = await c.get("/assets/lone-77aa.css", headers={"Accept-Encoding": "br, gzip"})
        assert "content-encoding" not in plain.headers
        assert plain.text == "body{}"
