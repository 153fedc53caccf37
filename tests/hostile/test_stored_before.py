"""Pictures stored before imports were re-encoded (an older installation's data): they
are cleaned again before any renderer sees them, so a hostile one answers 4xx and is left
out of exports; the PDF renderer reads no file but our fonts."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from tests.characters.helpers import CHILD, make
from tests.conftest import Account
from tests.export.helpers import download, reader
from tests.stories.helpers import follow

from storyloom.export.layout import FONTS
from storyloom.export.pdf import OwnFilesOnly
from storyloom.models import Character, Image, ImageKind

HOSTILE = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
    '<image href="/etc/passwd" width="10" height="10"/>' + "<g>" * 300 + "</g>" * 300 + "</svg>"
).encode()


async def _legacy_portrait(app: FastAPI, account: Account, character_id: str) -> str:
    resources = app.state.resources
    key = await resources.media.put(HOSTILE, "image/svg+xml")
    async with resources.sessions() as session:
        image = Image(
            owner_id=account.user_id,
            character_id=character_id,
            key=key,
            media_type="image/svg+xml",
            width=512,
            height=512,
            kind=ImageKind.portrait.value,
            details={"imported": True},
        )
        session.add(image)
        await session.flush()
        character = await session.get(Character, character_id)
        assert character is not None
        character.portrait_image_id = image.id
        await session.commit()
        return image.id


async def test_a_hostile_picture_stored_before_is_not_drawn(app: FastAPI, account: Account) -> None:
    hero = await make(account, name="Mia", appearance=CHILD)
    image_id = await _legacy_portrait(app, account, hero["id"])
    png = await account.client.get(
        f"/api/images/{image_id}", params={"format": "png"}, headers=account.headers
    )
    assert png.status_code == 422, png.text
    assert png.json()["code"].startswith("picture_")
    story = await account.client.post(
        "/api/stories",
        headers=account.headers,
        json={
            "cast": [{"character_id": hero["id"], "role": "hero"}],
            "template": "adventure",
            "setting": "forest",
            "band": "toddler",
            "pages": 6,
        },
    )
    assert story.status_code == 202, story.text
    events = await follow(account, story.json()["job"]["id"])
    assert events[-1][1]["status"] == "succeeded"
    pdf = await download(account, story.json()["story"]["id"], "pdf")
    assert len(reader(pdf).pages) >= 6
    ready = await account.client.get("/readyz")
    assert ready.status_code == 200


def test_the_pdf_renderer_reads_only_our_fonts_and_embedded_pictures() -> None:
    fetcher = OwnFilesOnly()
    font_path = next(FONTS.iterdir())
    font = font_path.as_uri()
    for url, expected in (
        (font, font_path.read_bytes()),
        ("data:image/png;base64,iVBORw0KGgo=", b"\x89PNG\r\n\x1a\n"),
    ):
        response = fetcher.fetch(url)
        try:
            assert response.read() == expected
        finally:
            response.close()
    for outside in (
        "file:///etc/passwd",
        "file:///dev/zero",
        f"{font}/../../../../etc/hosts",
        "http://127.0.0.1:9/x.png",
        "https://example.com/a.svg",
    ):
        with pytest.raises(ValueError, match="only the book's own"):
            fetcher.fetch(outside)
