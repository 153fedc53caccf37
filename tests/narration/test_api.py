"""Narration through the API: made by the story pipeline with the offline voice, served
to the owner (with byte ranges) and through a share link, made again only for pages
whose text changed."""

from __future__ import annotations

import asyncio
import io
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest_asyncio
from tests.characters.helpers import CHILD, make
from tests.conftest import Account, make_settings, register, running
from tests.export.helpers import download
from tests.export.test_epub import epubcheck
from tests.stories.helpers import finished

from storyloom.app import create_app


@pytest_asyncio.fixture
async def narrating(database_url: str, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(make_settings(tmp_path, database_url, narrator="piper"))
    async with running(app) as client:
        yield client


def check_timings(page: dict[str, Any]) -> None:
    audio = page["audio"]
    assert audio is not None, page
    assert audio["media_type"] == "audio/mpeg"
    assert audio["timing"] == "aligned"
    words = audio["words"]
    assert words
    starts = [w["start"] for w in words]
    assert starts == sorted(starts)
    for word in words:
        assert 0 <= word["start"] <= word["end"] <= audio["duration"] + 0.01
        assert page["text"][word["text_start"] : word["text_end"]].strip()


async def test_pipeline_narrates_and_serves(narrating: httpx.AsyncClient) -> None:
    account = await register(narrating)
    hero = await make(account, name="Siobhan", appearance=CHILD, pronunciation="shiv-AWN")
    assert hero["pronunciation"] == "shiv-AWN"
    fox = await make(account, name="Fern")
    cast = [
        {"character_id": hero["id"], "role": "hero"},
        {"character_id": fox["id"], "role": "friend"},
    ]
    story = await finished(account, cast=cast, band="toddler", pages=6)
    for page in story["pages"]:
        check_timings(page)

    first = story["pages"][0]
    url = first["audio"]["url"]
    assert url.startswith(f"/api/stories/{story['id']}/pages/{first['id']}/audio?v=")
    whole = await account.client.get(url, headers=account.headers)
    assert whole.status_code == 200
    assert whole.headers["content-type"] == "audio/mpeg"
    assert whole.content[:2] in (b"\xff\xf3", b"\xff\xfb", b"\xff\xf2")  # an MPEG audio frame
    assert whole.headers["accept-ranges"] == "bytes"
    part = await account.client.get(url, headers={**account.headers, "Range": "bytes=0-99"})
    assert part.status_code == 206
    assert part.content == whole.content[:100]
    assert part.headers["content-range"] == f"bytes 0-99/{len(whole.content)}"
    etag = whole.headers["etag"]
    held = await account.client.get(url, headers={**account.headers, "If-None-Match": etag})
    assert held.status_code == 304
    assert (held.content, held.headers["etag"]) == (b"", etag)

    stranger = await register(narrating)
    assert (await stranger.client.get(url, headers=stranger.headers)).status_code == 404
    assert (await narrating.get(url)).status_code == 401

    # A share link plays the same audio.
    made = await account.client.post(
        f"/api/stories/{story['id']}/shares", headers=account.headers, json={}
    )
    token = made.json()["token"]
    shared = (await narrating.get(f"/api/shared/{token}")).json()
    shared_audio = shared["pages"][0]["audio"]
    assert shared_audio["url"].startswith(f"/api/shared/{token}/audio/1?v=")
    assert shared_audio["words"] == first["audio"]["words"]
    played = await narrating.get(shared_audio["url"])
    assert played.status_code == 200
    assert played.content == whole.content
    kept = await narrating.get(
        shared_audio["url"], headers={"If-None-Match": played.headers["etag"]}
    )
    assert kept.status_code == 304

    # Editing a page drops its (now wrong) narration; narrating again remakes only it.
    etags = {
        p["id"]: (await account.client.get(p["audio"]["url"], headers=account.headers)).headers[
            "etag"
        ]
        for p in story["pages"]
    }
    edited = await account.client.patch(
        f"/api/stories/{story['id']}/pages/{first['id']}",
        headers=account.headers,
        json={"text": "Siobhan waves at the moon."},
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["audio"] is None
    assert (await account.client.get(url, headers=account.headers)).status_code == 404
    again = await account.client.post(
        f"/api/stories/{story['id']}/narration", headers=account.headers
    )
    assert again.status_code == 200, again.text
    pages = again.json()["pages"]
    for page in pages:
        check_timings(page)
        etag = (await account.client.get(page["audio"]["url"], headers=account.headers)).headers[
            "etag"
        ]
        assert (etag == etags[page["id"]]) == (page["id"] != first["id"])
    words = [pages[0]["text"][w["text_start"] : w["text_end"]] for w in pages[0]["audio"]["words"]]
    assert words == ["Siobhan", "waves", "at", "the", "moon"]


async def test_no_voice_says_so(account: Account) -> None:
    """The test app runs without a voice: pages carry no audio and asking for it is 409."""
    story = await finished(account, band="toddler", pages=6)
    assert all(page["audio"] is None for page in story["pages"])
    response = await account.client.post(
        f"/api/stories/{story['id']}/narration", headers=account.headers
    )
    assert response.status_code == 409
    assert response.json()["code"] == "no_voice"


async def test_pronunciation_is_checked(account: Account) -> None:
    bad = await account.client.post(
        "/api/characters",
        headers=account.headers,
        json={"name": "Bo", "pronouns": "he", "appearance": CHILD, "pronunciation": "<b>"},
    )
    assert bad.status_code == 422


async def test_narrated_epub_has_media_overlays(
    narrating: httpx.AsyncClient, tmp_path: Path
) -> None:
    account = await register(narrating)
    for band, pages in (("toddler", 6),):  # every band: benchmarks/narration.py
        story = await finished(account, band=band, pages=pages)
        data = await download(account, story["id"], "epub")
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        opf = archive.read("OEBPS/package.opf").decode()
        for page in story["pages"]:
            name = f"page-{page['number']:02d}"
            assert f"OEBPS/audio/{name}.mp3" in names
            smil = archive.read(f"OEBPS/smil/{name}.smil").decode()
            assert smil.count("<par ") == len(page["audio"]["words"])
            assert f'media-overlay="smil-{name}"' in opf
            xhtml = archive.read(f"OEBPS/{name}.xhtml").decode()
            assert f'id="p{page["number"]:02d}w001"' in xhtml
        assert 'property="media:active-class"' in opf
        report = await asyncio.to_thread(epubcheck, data, tmp_path)
        assert "0 errors / 0 warnings" in report, report
