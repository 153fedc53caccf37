"""Characters CRUD through the API: validation, safety, ownership."""

from __future__ import annotations

import httpx
from tests.characters.helpers import CHILD, FOX, character_body, make
from tests.conftest import Account


async def test_create_read_update_delete(account: Account) -> None:
    created = await make(
        account,
        name="Mia Rose",
        age=5,
        appearance=CHILD,
        traits=["brave", "curious"],
        likes=["puddles", "big red buses"],
        dislikes=["soggy toast"],
        description="A little girl who collects shiny stones.",
    )
    assert created["kind"] == "child"
    assert created["appearance"]["hair_style"] == "curly"
    assert created["portrait_image_id"] is None
    path = f"/api/characters/{created['id']}"

    got = await account.client.get(path, headers=account.headers)
    assert got.json() == created

    patched = await account.client.patch(
        path, headers=account.headers, json={"age": None, "traits": ["kind"], "appearance": FOX}
    )
    assert patched.status_code == 200, patched.text
    body = patched.json()
    assert body["age"] is None
    assert body["traits"] == ["kind"]
    assert body["kind"] == "fox"
    assert body["name"] == "Mia Rose"

    assert (await account.client.delete(path, headers=account.headers)).status_code == 204
    gone = await account.client.get(path, headers=account.headers)
    assert gone.status_code == 404
    assert gone.json()["code"] == "not_found"


async def test_unknown_fields_are_refused(account: Account) -> None:
    response = await account.client.post(
        "/api/characters", headers=account.headers, json=character_body(owner_id="someone")
    )
    assert response.status_code == 422
    assert response.json()["code"] == "validation_failed"
    made = await make(account)
    patch = await account.client.patch(
        f"/api/characters/{made['id']}", headers=account.headers, json={"portrait_image_id": "x"}
    )
    assert patch.status_code == 422


async def test_limits(account: Account) -> None:
    cases = [
        {"name": ""},
        {"name": "x" * 41},
        {"name": "R2D2"},
        {"name": " Mia"},
        {"traits": ["brave", "kind", "shy", "funny", "clever", "patient"]},
        {"traits": ["brave", "brave"]},
        {"traits": ["grumpy"]},
        {"likes": ["a", "b", "c", "d", "e", "f"]},
        {"pronouns": "it"},
        {"age": -1},
        {"description": "x" * 501},
        {"appearance": {**FOX, "kind": "cow"}},
    ]
    for case in cases:
        response = await account.client.post(
            "/api/characters", headers=account.headers, json=character_body(**case)
        )
        assert response.status_code == 422, (case, response.text)
        assert response.headers["content-type"] == "application/problem+json"


async def test_unsafe_name_and_description_are_refused(account: Account) -> None:
    response = await account.client.post(
        "/api/characters", headers=account.headers, json=character_body(name="Shit Head")
    )
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "unsafe_content"
    assert problem["category"] == "profanity"
    assert problem["field"] == "name"
    assert problem["span"] == [0, 4]

    text = "She is kind and loves to kill spiders with a gun."
    response = await account.client.post(
        "/api/characters", headers=account.headers, json=character_body(description=text)
    )
    problem = response.json()
    assert response.status_code == 422
    assert problem["code"] == "unsafe_content"
    assert problem["field"] == "description"
    start, end = problem["span"]
    assert text[start:end].lower() in {"kill", "gun", "kill spiders"}

    made = await make(account)
    response = await account.client.patch(
        f"/api/characters/{made['id']}", headers=account.headers, json={"likes": ["beer"]}
    )
    assert response.status_code == 422
    assert response.json()["field"] == "likes.0"


async def test_word_boundaries_are_respected(account: Account) -> None:
    made = await make(account, name="Dick Whittington", description="He lives near Scunthorpe.")
    assert made["name"] == "Dick Whittington"


async def test_requires_sign_in(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/characters")
    assert response.status_code == 401


async def test_other_users_character_is_404_on_every_route(
    account: Account, other_account: Account
) -> None:
    mine = await make(account)
    theirs = other_account
    base = f"/api/characters/{mine['id']}"
    calls = [
        ("GET", base, None),
        ("PATCH", base, {"name": "Stolen"}),
        ("DELETE", base, None),
        ("GET", f"{base}/relationships", None),
        ("POST", f"{base}/relationships", {"other_id": mine["id"], "role": "friend"}),
        ("GET", f"{base}/portraits", None),
        ("POST", f"{base}/portraits", {"count": 1}),
        ("PUT", f"{base}/portrait", {"image_id": "abc"}),
    ]
    for method, url, body in calls:
        response = await theirs.client.request(method, url, headers=theirs.headers, json=body)
        assert response.status_code == 404, (method, url, response.text)
    for url in ("/api/characters/bulk-delete", "/api/characters/export"):
        response = await theirs.client.post(url, headers=theirs.headers, json={"ids": [mine["id"]]})
        assert response.status_code == 404, url
    still = await account.client.get(base, headers=account.headers)
    assert still.json()["name"] == "Fern"


async def test_bulk_delete_is_all_or_nothing(account: Account, other_account: Account) -> None:
    a, b = await make(account), await make(account)
    foreign = await make(other_account)
    response = await account.client.post(
        "/api/characters/bulk-delete",
        headers=account.headers,
        json={"ids": [a["id"], foreign["id"]]},
    )
    assert response.status_code == 404
    assert (
        await account.client.get(f"/api/characters/{a['id']}", headers=account.headers)
    ).is_success
    response = await account.client.post(
        "/api/characters/bulk-delete", headers=account.headers, json={"ids": [a["id"], b["id"]]}
    )
    assert response.json() == {"deleted": 2}


async def test_catalog_is_cacheable(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/catalog")
    assert response.status_code == 200
    catalog = response.json()
    assert catalog["enums"]["trait"]["brave"] == "Brave"
    assert catalog["enums"]["pronouns"]["they"] == "They / them"
    assert "grandparent" in catalog["enums"]["relationship_kind"]
    assert catalog["enums"]["relationship_role"]["grandchild"] == "Grandchild"
    assert catalog["enums"]["kind"]["fox"] == "Fox"
    assert catalog["swatches"]["skin"][0]["hex"].startswith("#")
    etag = response.headers["etag"]
    again = await client.get("/api/catalog", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.headers["etag"] == etag
    assert not again.content
