"""The built app is served with history-mode fallback and immutable hashed assets."""

from __future__ import annotations

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
