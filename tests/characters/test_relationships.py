"""Relationships: symmetric kinds read alike from both sides, one-way kinds show the inverse."""

from __future__ import annotations

from typing import Any

from tests.characters.helpers import CHILD, make, relate
from tests.conftest import Account


async def _rels(account: Account, character_id: str) -> list[dict[str, Any]]:
    response = await account.client.get(
        f"/api/characters/{character_id}/relationships", headers=account.headers
    )
    assert response.status_code == 200, response.text
    body: list[dict[str, Any]] = response.json()
    return body


async def test_symmetric_kinds_are_consistent(account: Account) -> None:
    a, b = await make(account, name="Ann"), await make(account, name="Ben")
    made = await relate(account, b["id"], a["id"], "best_friend")
    assert made["role"] == made["other_role"] == "best_friend"
    [from_a] = await _rels(account, a["id"])
    [from_b] = await _rels(account, b["id"])
    assert from_a["id"] == from_b["id"]
    assert (from_a["other_name"], from_a["role"]) == ("Ben", "best_friend")
    assert (from_b["other_name"], from_b["role"]) == ("Ann", "best_friend")
    # The same pair from the other side is the same relationship.
    again = await account.client.post(
        f"/api/characters/{a['id']}/relationships",
        headers=account.headers,
        json={"other_id": b["id"], "role": "best_friend"},
    )
    assert again.status_code == 409
    assert again.json()["code"] == "relationship_exists"


async def test_one_way_kinds_show_the_inverse(account: Account) -> None:
    granny = await make(account, name="Granny", appearance=CHILD)
    mia = await make(account, name="Mia", appearance=CHILD)
    rex = await make(account, name="Rex")
    made = await relate(account, granny["id"], mia["id"], "grandparent")
    assert made["kind"] == "grandparent"
    await relate(account, rex["id"], mia["id"], "pet")
    [from_granny] = await _rels(account, granny["id"])
    assert (from_granny["role"], from_granny["other_role"]) == ("grandparent", "grandchild")
    mia_view = {r["other_name"]: r for r in await _rels(account, mia["id"])}
    assert mia_view["Granny"]["role"] == "grandchild"
    assert mia_view["Granny"]["other_role"] == "grandparent"
    assert mia_view["Rex"]["role"] == "owner"
    assert mia_view["Rex"]["kind"] == "pet"
    [from_rex] = await _rels(account, rex["id"])
    assert from_rex["role"] == "pet"
    # Recording the same thing from the junior side is a duplicate.
    dup = await account.client.post(
        f"/api/characters/{mia['id']}/relationships",
        headers=account.headers,
        json={"other_id": granny["id"], "role": "grandchild"},
    )
    assert dup.status_code == 409
    # ...and the reverse direction would contradict it.
    contradiction = await account.client.post(
        f"/api/characters/{mia['id']}/relationships",
        headers=account.headers,
        json={"other_id": granny["id"], "role": "grandparent"},
    )
    assert contradiction.status_code == 409


async def test_only_own_characters_and_not_self(account: Account, other_account: Account) -> None:
    mine = await make(account)
    theirs = await make(other_account)
    response = await account.client.post(
        f"/api/characters/{mine['id']}/relationships",
        headers=account.headers,
        json={"other_id": theirs["id"], "role": "friend"},
    )
    assert response.status_code == 404
    response = await account.client.post(
        f"/api/characters/{mine['id']}/relationships",
        headers=account.headers,
        json={"other_id": mine["id"], "role": "friend"},
    )
    assert response.status_code == 422


async def test_delete_cascades_and_remove(account: Account) -> None:
    a, b, c = await make(account), await make(account), await make(account)
    await relate(account, a["id"], b["id"], "sibling")
    ac = await relate(account, a["id"], c["id"], "teacher")
    await account.client.delete(f"/api/characters/{b['id']}", headers=account.headers)
    assert [r["other_id"] for r in await _rels(account, a["id"])] == [c["id"]]
    removed = await account.client.delete(
        f"/api/characters/{c['id']}/relationships/{ac['id']}", headers=account.headers
    )
    assert removed.status_code == 204
    assert await _rels(account, a["id"]) == []
    again = await account.client.delete(
        f"/api/characters/{c['id']}/relationships/{ac['id']}", headers=account.headers
    )
    assert again.status_code == 404
