"""Export and import: a round trip keeps everything; a bad document changes nothing."""

from __future__ import annotations

import copy
from typing import Any

from tests.characters.helpers import CHILD, make, relate
from tests.conftest import Account

from storyloom.kit.pictures import SVG, reencode

STRIP = {"id", "created_at", "updated_at", "portrait_image_id"}


async def _export(account: Account, ids: list[str]) -> dict[str, Any]:
    response = await account.client.post(
        "/api/characters/export", headers=account.headers, json={"ids": ids}
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def _count(account: Account) -> int:
    response = await account.client.get(
        "/api/characters", headers=account.headers, params={"limit": 100}
    )
    return len(response.json()["items"])


async def test_round_trip(account: Account, other_account: Account) -> None:
    mia = await make(
        account, name="Mia", appearance=CHILD, traits=["brave"], likes=["kites"], age=6
    )
    granny = await make(account, name="Granny", appearance=CHILD, description="Bakes bread.")
    await relate(account, granny["id"], mia["id"], "grandparent")
    portraits = await account.client.post(
        f"/api/characters/{mia['id']}/portraits", headers=account.headers, json={"count": 2}
    )
    chosen = portraits.json()[1]["id"]
    await account.client.put(
        f"/api/characters/{mia['id']}/portrait", headers=account.headers, json={"image_id": chosen}
    )
    document = await _export(account, [mia["id"], granny["id"]])
    assert document["format"] == "storyloom.characters"
    assert document["relationships"] == [{"a": granny["id"], "b": mia["id"], "kind": "grandparent"}]
    [mia_doc] = [c for c in document["characters"] if c["name"] == "Mia"]
    assert mia_doc["portrait"]["media_type"] == "image/svg+xml"
    assert mia_doc["portrait"]["data"].startswith("<svg")

    imported = await other_account.client.post(
        "/api/characters/import", headers=other_account.headers, json=document
    )
    assert imported.status_code == 201, imported.text
    ids = imported.json()["ids"]
    new_mia = (
        await other_account.client.get(
            f"/api/characters/{ids[mia['id']]}", headers=other_account.headers
        )
    ).json()
    assert {k: v for k, v in new_mia.items() if k not in STRIP} == {
        k: v for k, v in mia.items() if k not in STRIP
    }
    assert new_mia["portrait_image_id"]
    picture = await other_account.client.get(
        f"/api/images/{new_mia['portrait_image_id']}", headers=other_account.headers
    )
    # What came in is stored as our own re-encoding: the same drawing, written by us.
    assert picture.content == reencode(mia_doc["portrait"]["data"].encode(), SVG).data
    assert picture.text.startswith("<svg")
    again = await _export(other_account, [ids[mia["id"]], ids[granny["id"]]])
    assert again["relationships"] == [
        {"a": ids[granny["id"]], "b": ids[mia["id"]], "kind": "grandparent"}
    ]


async def test_import_is_all_or_nothing(account: Account) -> None:
    a, b = await make(account, name="Ann"), await make(account, name="Bo")
    document = await _export(account, [a["id"], b["id"]])
    before = await _count(account)

    unsafe = copy.deepcopy(document)
    unsafe["characters"][1]["description"] = "He likes to shoot people with his gun."
    response = await account.client.post(
        "/api/characters/import", headers=account.headers, json=unsafe
    )
    assert response.status_code == 422
    assert response.json()["code"] == "unsafe_content"
    assert response.json()["field"] == "characters.1.description"

    dangling = copy.deepcopy(document)
    dangling["relationships"] = [{"a": a["id"], "b": "nobody", "kind": "friend"}]
    response = await account.client.post(
        "/api/characters/import", headers=account.headers, json=dangling
    )
    assert response.status_code == 422

    active = copy.deepcopy(document)
    active["characters"][1]["portrait"] = {
        "media_type": "image/svg+xml",
        "data": '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    }
    response = await account.client.post(
        "/api/characters/import", headers=account.headers, json=active
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"][:4] == ["body", "characters", "1", "portrait"]
    assert await _count(account) == before

    response = await account.client.post(
        "/api/characters/import", headers=account.headers, json=document
    )
    assert response.status_code == 201
    assert await _count(account) == before + 2
