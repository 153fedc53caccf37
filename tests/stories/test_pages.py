"""Editing a finished story: pages, pictures, duplicate, delete."""

from __future__ import annotations

import io
from pathlib import Path

from fastapi import FastAPI
from PIL import Image, ImageChops, ImageStat
from tests.conftest import Account
from tests.stories.helpers import finished, start


def media_path(app: FastAPI, key: str) -> Path:
    path: Path = app.state.resources.media.path(key)
    return path


async def test_edit_reorder_add_remove(account: Account) -> None:
    story = await finished(account)
    sid, pages = story["id"], story["pages"]
    base = f"/api/stories/{sid}/pages"

    edited = await account.client.patch(
        f"{base}/{pages[0]['id']}", headers=account.headers, json={"text": "Mia waves hello."}
    )
    assert edited.status_code == 200
    assert edited.json()["text"] == "Mia waves hello."
    unsafe = await account.client.patch(
        f"{base}/{pages[0]['id']}", headers=account.headers, json={"text": "Mia says shit."}
    )
    assert unsafe.status_code == 422
    assert unsafe.json()["code"] == "unsafe_content"
    assert unsafe.json()["category"] == "profanity"

    order = [p["id"] for p in reversed(pages)]
    reordered = await account.client.put(
        f"{base}/order", headers=account.headers, json={"page_ids": order}
    )
    assert reordered.status_code == 200
    assert [p["id"] for p in reordered.json()["pages"]] == order
    assert [p["number"] for p in reordered.json()["pages"]] == list(range(1, 11))
    bad = await account.client.put(
        f"{base}/order", headers=account.headers, json={"page_ids": order[:-1]}
    )
    assert bad.status_code == 422

    added = await account.client.post(
        base, headers=account.headers, json={"text": "The end, for now.", "position": 2}
    )
    assert added.status_code == 201
    assert added.json()["number"] == 2
    assert added.json()["image_id"] is None
    read = (await account.client.get(f"/api/stories/{sid}", headers=account.headers)).json()
    assert len(read["pages"]) == 11
    assert read["pages"][1]["id"] == added.json()["id"]

    removed = await account.client.delete(f"{base}/{order[0]}", headers=account.headers)
    assert removed.status_code == 204
    read = (await account.client.get(f"/api/stories/{sid}", headers=account.headers)).json()
    assert [p["number"] for p in read["pages"]] == list(range(1, 11))
    assert order[0] not in {p["id"] for p in read["pages"]}

    found = await account.client.get("/api/stories", params={"q": "waves"}, headers=account.headers)
    assert sid in {s["id"] for s in found.json()["items"]}

    rewritten = await account.client.post(f"{base}/{order[1]}/text", headers=account.headers)
    assert rewritten.status_code == 200
    assert rewritten.json()["text"]


async def test_redraw_and_choose_a_picture(account: Account) -> None:
    story = await finished(account)
    page = story["pages"][3]
    url = f"/api/stories/{story['id']}/pages/{page['id']}"
    drawn = await account.client.post(f"{url}/pictures", headers=account.headers, json={})
    assert drawn.status_code == 201
    candidates = drawn.json()
    assert len(candidates) == 3
    assert not any(c["selected"] for c in candidates)
    listed = (await account.client.get(f"{url}/pictures", headers=account.headers)).json()
    assert len(listed) == 4
    assert sum(c["selected"] for c in listed) == 1
    choice = candidates[1]["id"]
    chosen = await account.client.put(
        f"{url}/picture", headers=account.headers, json={"image_id": choice}
    )
    assert chosen.status_code == 200
    assert chosen.json()["image_id"] == choice
    assert (
        await account.client.get(chosen.json()["image_url"], headers=account.headers)
    ).status_code == 200
    stranger = await account.client.put(
        f"{url}/picture", headers=account.headers, json={"image_id": story["pages"][0]["image_id"]}
    )
    assert stranger.status_code == 404


async def _picture(account: Account, url: str) -> Image.Image:
    got = await account.client.get(
        url, headers=account.headers, params={"format": "png", "width": 240}
    )
    assert got.status_code == 200
    return Image.open(io.BytesIO(got.content)).convert("RGB")


async def test_new_pictures_are_real_choices(account: Account) -> None:
    """Each candidate frames the page's moment another way: they differ from the current
    picture and from each other by far more than a few pixels."""
    story = await finished(account)
    page = story["pages"][2]
    url = f"/api/stories/{story['id']}/pages/{page['id']}"
    drawn = await account.client.post(f"{url}/pictures", headers=account.headers, json={})
    assert drawn.status_code == 201
    current = await _picture(account, page["image_url"])
    takes = [await _picture(account, c["url"]) for c in drawn.json()]

    def difference(a: Image.Image, b: Image.Image) -> float:
        return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3

    assert all(difference(current, take) > 8 for take in takes)
    pairs = [(a, b) for i, a in enumerate(takes) for b in takes[i + 1 :]]
    assert all(difference(a, b) > 8 for a, b in pairs)


async def test_duplicate_then_delete_removes_pictures(app: FastAPI, account: Account) -> None:
    story = await finished(account)
    copy = await account.client.post(
        f"/api/stories/{story['id']}/duplicate", headers=account.headers
    )
    assert copy.status_code == 201
    duplicate = copy.json()
    assert duplicate["id"] != story["id"]
    assert [p["text"] for p in duplicate["pages"]] == [p["text"] for p in story["pages"]]
    assert {p["id"] for p in duplicate["pages"]}.isdisjoint({p["id"] for p in story["pages"]})

    images = [p["image_id"] for p in story["pages"]]
    keys = set()
    async with app.state.resources.sessions() as session:
        from storyloom.models import Image

        for image_id in images:
            image = await session.get(Image, image_id)
            assert image is not None
            keys.add(image.key)

    deleted = await account.client.delete(f"/api/stories/{story['id']}", headers=account.headers)
    assert deleted.status_code == 204
    assert (
        await account.client.get(f"/api/stories/{story['id']}", headers=account.headers)
    ).status_code == 404
    for image_id in images:
        gone = await account.client.get(f"/api/images/{image_id}", headers=account.headers)
        assert gone.status_code == 404
    # The copy's pictures share the files, so they stay until the copy goes too.
    for page in duplicate["pages"]:
        ok = await account.client.get(page["image_url"], headers=account.headers)
        assert ok.status_code == 200
    await account.client.delete(f"/api/stories/{duplicate['id']}", headers=account.headers)
    for key in keys:
        # Another test's identical picture could share a file; ours must have no row.
        async with app.state.resources.sessions() as session:
            from sqlalchemy import func, select

            from storyloom.models import Image

            rows = await session.scalar(
                select(func.count()).select_from(Image).where(Image.key == key)
            )
        assert rows or not media_path(app, key).exists()


async def test_editing_waits_for_generation(account: Account) -> None:
    created = await start(account)
    sid = created["story"]["id"]
    response = await account.client.post(
        f"/api/stories/{sid}/pages", headers=account.headers, json={"text": "Too soon."}
    )
    assert response.status_code in (201, 409)  # 409 while generating; it may already be done
    if response.status_code == 409:
        assert response.json()["code"] == "story_busy"
