"""PDF exports read back with pypdf and drawn with pdftoppm."""

from __future__ import annotations

import asyncio
import re
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from PIL import Image, ImageStat
from sqlalchemy import select
from tests.conftest import Account, register
from tests.export.helpers import download, reader, tool
from tests.stories.helpers import finished

from storyloom.media import content_key
from storyloom.models import StoryExport

BLEED_PT = 9.0  # 0.125 in
TRIM_PT = {
    "square8": (576.0, 576.0),
    "letter": (612.0, 792.0),
    "a4": (595.28, 841.89),
    "a5_landscape": (595.28, 419.53),
}
SUBSET = re.compile(r"^/[A-Z]{6}\+Andika")


def box(rect: Any) -> tuple[float, float, float, float]:
    return tuple(round(float(v), 1) for v in (rect.left, rect.bottom, rect.right, rect.top))  # type: ignore[return-value]


def fonts_of(page: Any) -> list[Any]:
    fonts = page["/Resources"].get("/Font", {})
    return [font.get_object() for font in fonts.values()]


@pytest.fixture(scope="module")
async def story(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
    """One finished story (and its owner under `_owner`) for the read-only checks."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        owner = await register(client)
        made = await finished(owner)
        made["_owner"] = owner
        yield made


@pytest.mark.parametrize(
    ("trim", "bleed", "marks"),
    [
        ("square8", "0.125", True),
        ("letter", "0", False),
        ("a4", "0.125", False),
        ("a5_landscape", "0", True),
    ],
)
async def test_pages_boxes_fonts_and_text(
    story: dict[str, Any], trim: str, bleed: str, marks: bool
) -> None:
    owner: Account = story["_owner"]
    data = await download(
        owner,
        story["id"],
        "pdf",
        trim=trim,
        bleed=bleed,
        crop_marks=str(marks).lower(),
        for_name="Mia",
        dedication="For Mia, who finds treasure everywhere.",
    )
    assert data.startswith(b"%PDF-")
    pdf = reader(data)
    pages = len(story["pages"])
    assert len(pdf.pages) == 1 + 1 + pages + 1  # cover, dedication, pages, back
    width, height = TRIM_PT[trim]
    grow = BLEED_PT if bleed == "0.125" else 0.0
    for page in pdf.pages:
        assert box(page.trimbox) == pytest.approx((0, 0, width, height), abs=0.2)
        assert box(page.bleedbox) == pytest.approx(
            (-grow, -grow, width + grow, height + grow), abs=0.2
        )
        media = box(page.mediabox)
        if marks:
            assert media[0] < -grow - 10  # room for the crop marks outside the bleed
        else:
            assert media == pytest.approx(box(page.bleedbox), abs=0.2)
        assert page.extract_text().strip(), "every page has text"
        for font in fonts_of(page):
            assert SUBSET.match(str(font["/BaseFont"])), font["/BaseFont"]
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor or "/FontFile3" in descriptor
    cover = pdf.pages[0].extract_text()
    assert story["title"].split()[0] in cover
    assert "written for Mia" in cover
    assert "treasure everywhere" in pdf.pages[1].extract_text()
    first_words = " ".join(story["pages"][0]["text"].split()[:3])
    assert first_words in " ".join(pdf.pages[2].extract_text().split())


async def test_built_in_pictures_stay_vector(story: dict[str, Any]) -> None:
    data = await download(story["_owner"], story["id"], "pdf")
    pdf = reader(data)
    for page in pdf.pages[1:-1]:
        objects = page["/Resources"]["/XObject"]
        kinds = {str(o.get_object()["/Subtype"]) for o in objects.values()}
        assert kinds == {"/Form"}, kinds  # drawn paths, no raster image


async def test_no_page_is_blank(story: dict[str, Any], tmp_path: Path) -> None:
    data = await download(story["_owner"], story["id"], "pdf", trim="a5_landscape")
    spreads = await asyncio.to_thread(draw, data, tmp_path)
    assert len(spreads) == len(reader(data).pages)
    for number, spread in enumerate(spreads, start=1):
        assert spread > 8, f"page {number} looks blank"


def draw(data: bytes, folder: Path) -> list[float]:
    """Each page drawn by pdftoppm: the spread of its grey levels (0 for a blank page)."""
    pdftoppm = tool("pdftoppm")
    source = folder / "book.pdf"
    source.write_bytes(data)
    subprocess.run([pdftoppm, "-r", "20", "-png", str(source), str(folder / "p")], check=True)
    spreads = []
    for path in sorted(folder.glob("p-*.png")):
        with Image.open(path) as picture:
            spreads.append(ImageStat.Stat(picture.convert("L")).stddev[0])
    return spreads


async def export_keys(app: FastAPI, story_id: str) -> dict[str, str]:
    """Export row id -> media key, for one story."""
    resources = app.state.resources
    async with resources.sessions() as session:
        found = await session.execute(
            select(StoryExport.id, StoryExport.key).where(StoryExport.story_id == story_id)
        )
        return {row.id: row.key for row in found}


async def test_kept_in_the_media_store_until_a_page_changes(app: FastAPI, account: Account) -> None:
    store = app.state.resources.media
    made = await finished(account)
    url = f"/api/stories/{made['id']}/export.pdf"
    first = await account.client.get(url, headers=account.headers, timeout=120)
    second = await account.client.get(url, headers=account.headers, timeout=120)
    assert first.headers["x-export-cache"] == "miss"
    assert second.headers["x-export-cache"] == "hit"
    assert first.content == second.content
    assert first.headers["cache-control"] == "private, no-cache"
    etag = first.headers["etag"]
    assert etag == f'"{content_key(first.content)}"' == second.headers["etag"]
    before = await export_keys(app, made["id"])
    assert list(before.values()) == [content_key(first.content)]
    assert await store.get(content_key(first.content)) == first.content
    assert not (app.state.resources.settings.data_dir / "exports").exists()  # no disk

    # Conditional: the held file is not sent again.
    held = await account.client.get(url, headers={**account.headers, "If-None-Match": etag})
    assert held.status_code == 304
    assert held.content == b""
    assert held.headers["etag"] == etag

    page = made["pages"][0]
    edit = await account.client.patch(
        f"/api/stories/{made['id']}/pages/{page['id']}",
        headers=account.headers,
        json={"text": "Mia waved to the moon, and the moon waved back."},
    )
    assert edit.status_code == 200, edit.text
    stale = await account.client.get(url, headers={**account.headers, "If-None-Match": etag})
    assert stale.status_code == 200, "a changed story is a new file, whatever the client holds"
    assert stale.headers["x-export-cache"] == "miss"
    assert stale.headers["etag"] != etag
    assert "waved to the moon" in reader(stale.content).pages[1].extract_text()
    after = await export_keys(app, made["id"])
    assert len(after) == 1
    assert not set(after) & set(before), "the old revision's row is removed"
    assert not await store.exists(content_key(first.content)), "and its file"

    # A file lost from the store is made again, not an error.
    await store.delete(content_key(stale.content))
    again = await account.client.get(url, headers=account.headers, timeout=120)
    assert again.status_code == 200
    assert again.headers["x-export-cache"] == "miss"
    assert await store.exists(content_key(again.content))

    deleted = await account.client.delete(f"/api/stories/{made['id']}", headers=account.headers)
    assert deleted.status_code == 204
    assert not await export_keys(app, made["id"]), "a deleted story's books are removed"
    assert not await store.exists(content_key(again.content))


async def test_options_are_checked(story: dict[str, Any]) -> None:
    owner: Account = story["_owner"]
    url = f"/api/stories/{story['id']}/export.pdf"
    unsafe = await owner.client.get(url, params={"for_name": "shit"}, headers=owner.headers)
    assert unsafe.status_code == 422
    assert unsafe.json()["code"] == "unsafe_content"
    long = await owner.client.get(url, params={"dedication": "x" * 301}, headers=owner.headers)
    assert long.status_code == 422
    trim = await owner.client.get(url, params={"trim": "poster"}, headers=owner.headers)
    assert trim.status_code == 422
    bleed = await owner.client.get(url, params={"bleed": "0.5"}, headers=owner.headers)
    assert bleed.status_code == 422


async def test_other_users_cannot_export(story: dict[str, Any], other_account: Account) -> None:
    for ext in ("pdf", "epub"):
        response = await other_account.client.get(
            f"/api/stories/{story['id']}/export.{ext}", headers=other_account.headers
        )
        assert response.status_code == 404


async def test_made_twice_at_once_keeps_one_row(app: FastAPI, account: Account) -> None:
    """Two requests that both find no file make it at the same time: both get the book,
    one row is kept (the unique row per story, revision, options and format)."""
    made = await finished(account)
    url = f"/api/stories/{made['id']}/export.epub"
    first, second = await asyncio.gather(
        account.client.get(url, headers=account.headers, timeout=180),
        account.client.get(url, headers=account.headers, timeout=180),
    )
    assert [first.status_code, second.status_code] == [200, 200], first.text + second.text
    rows = await export_keys(app, made["id"])
    assert len(rows) == 1
    assert set(rows.values()) <= {content_key(first.content), content_key(second.content)}
    assert await app.state.resources.media.exists(next(iter(rows.values())))
