"""The home page's sample book: public, made by the built-in engines, the same each time."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
from PIL import Image
from tests.conftest import make_settings, running

from storyloom.app import create_app
from storyloom.engines.safety import check_offline
from storyloom.sample.book import SPEC, make_sample


async def test_sample_book_reads_without_an_account(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/sample")
    assert response.status_code == 200, response.text
    assert "public" in response.headers["cache-control"]
    book = response.json()
    assert book["title"]
    assert book["engine"] == "builtin"
    assert len(book["pages"]) == SPEC.pages
    texts = [page["text"] for page in book["pages"]]
    assert all(text.strip() for text in texts)
    # The sample is about its cast: the hero and her dog are in the story.
    story = " ".join(texts)
    assert "Mia" in story
    assert "Biscuit" in story
    for page in book["pages"]:
        picture = await client.get(page["image_url"])
        assert picture.status_code == 200
        assert picture.headers["content-type"].startswith("image/svg+xml")
        assert picture.content.lstrip().startswith((b"<svg", b"<?xml"))
        assert picture.headers["etag"]
    cover = await client.get(book["cover_url"])
    assert cover.status_code == 200
    assert cover.headers["content-type"].startswith("image/svg+xml")


async def test_pictures_differ_from_page_to_page(client: httpx.AsyncClient) -> None:
    first = await client.get("/api/sample/images/1")
    second = await client.get("/api/sample/images/2")
    assert first.content != second.content
    assert first.headers["etag"] != second.headers["etag"]


async def test_past_the_last_page_is_a_problem(client: httpx.AsyncClient) -> None:
    past = await client.get(f"/api/sample/images/{SPEC.pages + 1}")
    assert past.status_code == 404
    assert past.headers["content-type"].startswith("application/problem+json")
    assert past.json()["code"] == "not_found"
    for bad in ("0", "abc", "1001"):
        response = await client.get(f"/api/sample/images/{bad}")
        assert response.status_code == 422, bad
        assert response.headers["content-type"].startswith("application/problem+json")


async def test_each_art_style_has_a_small_preview(client: httpx.AsyncClient) -> None:
    previews = {}
    for style in ("storybook", "flat"):
        response = await client.get(f"/api/sample/styles/{style}")
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "image/webp"
        assert "public" in response.headers["cache-control"]
        with Image.open(io.BytesIO(response.content)) as picture:
            assert picture.format == "WEBP"
            assert picture.width == 320
            assert 150 < picture.height < 320
        assert len(response.content) < 30_000  # small enough for a choice on a slow phone
        previews[style] = response.content
    assert previews["storybook"] != previews["flat"]
    unknown = await client.get("/api/sample/styles/watercolour")
    assert unknown.status_code == 422
    assert unknown.headers["content-type"].startswith("application/problem+json")


async def test_every_process_makes_the_same_suitable_book() -> None:
    first, second = await make_sample(), await make_sample()
    assert first == second
    for text in [first.title, *first.texts]:
        assert check_offline(text, SPEC.band).ok, text


async def test_the_sample_never_uses_a_configured_provider(
    tmp_path: Path, database_url: str
) -> None:
    """Providers configured at an address that answers nothing: the sample is still made,
    by the built-in engines (a visitor's page view costs nothing)."""
    settings = make_settings(
        tmp_path,
        database_url,
        llm_base_url="http://127.0.0.1:9/v1",
        images_base_url="http://127.0.0.1:9/v1",
    )
    async with running(create_app(settings)) as client:
        response = await client.get("/api/sample")
        assert response.status_code == 200, response.text
        assert response.json()["engine"] == "builtin"
