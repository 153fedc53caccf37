"""Listing: keyset pagination, filters and full-text search, scoped to the owner."""

from __future__ import annotations

from typing import Any

from tests.characters.helpers import CHILD, make
from tests.conftest import Account


async def _list(account: Account, **params: Any) -> dict[str, Any]:
    response = await account.client.get("/api/characters", headers=account.headers, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def _names(account: Account, **params: Any) -> set[str]:
    return {c["name"] for c in (await _list(account, limit=100, **params))["items"]}


async def test_pagination_is_stable_and_complete(account: Account) -> None:
    made = [await make(account, name=f"Pip {chr(65 + i)}") for i in range(7)]
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 3}
        if cursor:
            params["cursor"] = cursor
        page = await _list(account, **params)
        seen += [c["id"] for c in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
        # A character created mid-way (newest, so first) does not shift later pages.
        if len(seen) == 3:
            await make(account, name="Late Comer")
    assert seen == [c["id"] for c in reversed(made)]


async def test_limit_and_cursor_are_validated(account: Account) -> None:
    for params in ({"limit": 101}, {"limit": 0}, {"cursor": "not-a-cursor"}):
        response = await account.client.get(
            "/api/characters", headers=account.headers, params=params
        )
        assert response.status_code == 422, params


async def test_search_by_name_description_traits_likes(account: Account) -> None:
    await make(account, name="Rosa", description="Loves building sandcastles by the sea.")
    await make(account, name="Bruno", traits=["stubborn", "funny"], likes=["pancakes"])
    await make(account, name="Olu", appearance=CHILD, likes=["dinosaur books"])
    assert await _names(account, q="rosa") == {"Rosa"}
    assert await _names(account, q="sandcastle") == {"Rosa"}
    assert await _names(account, q="stubborn") == {"Bruno"}
    assert await _names(account, q="pancake") == {"Bruno"}
    assert await _names(account, q="dino book") == {"Olu"}
    assert await _names(account, q="dino pancakes") == set()
    assert await _names(account, q="BRU") == {"Bruno"}
    assert await _names(account, q="'\" OR 1=1 --") == set()
    assert await _names(account, q="   ") == {"Rosa", "Bruno", "Olu"}


async def test_search_never_crosses_owners(account: Account, other_account: Account) -> None:
    await make(account, name="Secret", description="zebra crossing")
    await make(other_account, name="Zed", description="zebra stripes")
    assert await _names(account, q="zebra") == {"Secret"}
    assert await _names(other_account, q="zebra") == {"Zed"}
    # The owner's own id is not a search word.
    assert await _names(account, q=account.user_id[:6]) == set()


async def test_filters(account: Account) -> None:
    await make(account, name="Kit", traits=["brave"])
    await make(account, name="Ada", appearance=CHILD, traits=["kind", "brave"])
    await make(account, name="Moss", traits=["shy"])
    assert await _names(account, kind="child") == {"Ada"}
    assert await _names(account, trait="brave") == {"Kit", "Ada"}
    assert await _names(account, trait="brave", kind="fox") == {"Kit"}
    assert await _names(account, has_portrait=True) == set()
    assert await _names(account, has_portrait=False) == {"Kit", "Ada", "Moss"}


async def test_updates_reach_the_index(account: Account) -> None:
    made = await make(account, name="Tumble", likes=["kites"])
    assert await _names(account, q="kites") == {"Tumble"}
    await account.client.patch(
        f"/api/characters/{made['id']}", headers=account.headers, json={"likes": ["boats"]}
    )
    assert await _names(account, q="kites") == set()
    assert await _names(account, q="boats") == {"Tumble"}
    await account.client.delete(f"/api/characters/{made['id']}", headers=account.headers)
    assert await _names(account, q="boats") == set()


async def test_paginated_search(account: Account) -> None:
    for i in range(5):
        await make(account, name=f"Comet {chr(65 + i)}", description="a shooting star")
    await make(account, name="Other")
    first = await _list(account, q="shoot", limit=2)
    second = await _list(account, q="shoot", limit=2, cursor=first["next_cursor"])
    third = await _list(account, q="shoot", limit=2, cursor=second["next_cursor"])
    ids = [c["id"] for page in (first, second, third) for c in page["items"]]
    assert len(ids) == len(set(ids)) == 5
    assert third["next_cursor"] is None
