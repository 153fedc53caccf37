"""Portrait candidates with the built-in illustrator, selection and expiry."""

from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI
from sqlalchemy import func, select
from tests.characters.helpers import make
from tests.conftest import Account

from storyloom.db import session_scope, utcnow
from storyloom.images.service import cleanup_expired_candidates
from storyloom.models import Image, ImageKind
from storyloom.resources import Resources


async def test_candidates_differ_and_one_is_selected(account: Account, app: FastAPI) -> None:
    fern = await make(account)
    base = f"/api/characters/{fern['id']}"
    response = await account.client.post(
        f"{base}/portraits", headers=account.headers, json={"count": 6, "style": "storybook"}
    )
    assert response.status_code == 201, response.text
    candidates = response.json()
    assert len(candidates) == 6
    assert {c["kind"] for c in candidates} == {"portrait_candidate"}
    assert all(c["expires_at"] for c in candidates)
    pictures = {
        (await account.client.get(c["url"], headers=account.headers)).text for c in candidates
    }
    assert len(pictures) == 6
    assert all(p.startswith("<svg") for p in pictures)

    chosen = candidates[2]["id"]
    selected = await account.client.put(
        f"{base}/portrait", headers=account.headers, json={"image_id": chosen}
    )
    assert selected.status_code == 200, selected.text
    assert selected.json()["portrait_image_id"] == chosen
    listed = (await account.client.get(f"{base}/portraits", headers=account.headers)).json()
    by_id = {i["id"]: i for i in listed}
    assert by_id[chosen]["kind"] == "portrait"
    assert by_id[chosen]["expires_at"] is None
    has = await account.client.get(
        "/api/characters", headers=account.headers, params={"has_portrait": True}
    )
    assert [c["id"] for c in has.json()["items"]] == [fern["id"]]

    # Choosing another one sends the first back to the candidates.
    other = candidates[0]["id"]
    await account.client.put(f"{base}/portrait", headers=account.headers, json={"image_id": other})
    listed = (await account.client.get(f"{base}/portraits", headers=account.headers)).json()
    by_id = {i["id"]: i for i in listed}
    assert by_id[chosen]["kind"] == "portrait_candidate"
    assert by_id[other]["kind"] == "portrait"


async def test_count_limits_and_foreign_images(account: Account) -> None:
    fern, moss = await make(account), await make(account, name="Moss")
    for count in (0, 9):
        response = await account.client.post(
            f"/api/characters/{fern['id']}/portraits",
            headers=account.headers,
            json={"count": count},
        )
        assert response.status_code == 422
    default = await account.client.post(
        f"/api/characters/{moss['id']}/portraits", headers=account.headers, json={}
    )
    assert len(default.json()) == 4
    # Moss's candidate cannot become Fern's portrait.
    response = await account.client.put(
        f"/api/characters/{fern['id']}/portrait",
        headers=account.headers,
        json={"image_id": default.json()[0]["id"]},
    )
    assert response.status_code == 404


async def test_cleanup_removes_only_expired_unselected_candidates(
    account: Account, app: FastAPI
) -> None:
    resources: Resources = app.state.resources
    fern = await make(account)
    made = await account.client.post(
        f"/api/characters/{fern['id']}/portraits", headers=account.headers, json={"count": 3}
    )
    ids = [c["id"] for c in made.json()]
    await account.client.put(
        f"/api/characters/{fern['id']}/portrait", headers=account.headers, json={"image_id": ids[0]}
    )
    async with session_scope(resources.sessions) as session:
        keys = {
            i.id: i.key for i in (await session.scalars(select(Image).where(Image.id.in_(ids))))
        }
    later = utcnow() + timedelta(hours=resources.settings.portrait_candidates_retention_hours + 1)
    async with session_scope(resources.sessions) as session:
        removed = await cleanup_expired_candidates(session, resources.media, later)
    assert removed >= 2
    async with session_scope(resources.sessions) as session:
        left = set(await session.scalars(select(Image.id).where(Image.id.in_(ids))))
        assert left == {ids[0]}
        assert (
            await session.scalar(
                select(func.count())
                .select_from(Image)
                .where(Image.kind == ImageKind.portrait_candidate, Image.expires_at <= later)
            )
            == 0
        )
    assert await resources.media.exists(keys[ids[0]])
    for image_id in ids[1:]:
        assert not await resources.media.exists(keys[image_id])
        gone = await account.client.get(f"/api/images/{image_id}", headers=account.headers)
        assert gone.status_code == 404
    portrait = await account.client.get(f"/api/images/{ids[0]}", headers=account.headers)
    assert portrait.status_code == 200
