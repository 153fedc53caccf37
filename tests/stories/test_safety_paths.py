"""Every path where a person's words reach a book goes through the safety gate for that
book's band: the refusal names the field, points at the words (span) and suggests
something else, and nothing changes. The harmful sentences carry no trigger words."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from tests.characters.helpers import character_body, make
from tests.conftest import Account
from tests.stories.helpers import finished, story_body

# A harmful situation per path, each without a word a lexicon would catch.
GROOMING = "A man tells Mia to keep their special secret from her parents."
LURE = "A stranger offers the girl sweets to get into his van."
CARER = "Her stepmother locks her in the cupboard for days without food."
SELF = "She makes herself throw up after dinner so she stays small."
GROUP = "People from the valley are dirty and stupid."
STARVING = "starving herself to be thin"
IMITABLE = "Sam eats the pills because they look like sweets."
# No rule knows this wording: the learned model refuses it.
UNRULED = "We had lunch at home. She goes to the bathroom after every meal to get rid of the food."


def refused(response: Any, field: str, words: str, text: str) -> dict[str, Any]:
    assert response.status_code == 422, response.text
    body: dict[str, Any] = response.json()
    assert body["code"] == "unsafe_content"
    assert body["field"] == field
    start, end = body["span"]
    assert 0 <= start < end <= len(text)
    # The span lies on the harmful words a parent would recognise.
    assert set(text[start:end].lower().split()) & set(words.lower().split()), body
    assert body["suggestion"]
    assert body["category"]
    return body


async def test_character_words_are_gated(account: Account) -> None:
    response = await account.client.post(
        "/api/characters", headers=account.headers, json=character_body(description=LURE)
    )
    refused(response, "description", "offers sweets van", LURE)
    response = await account.client.post(
        "/api/characters", headers=account.headers, json=character_body(likes=["cake", STARVING])
    )
    refused(response, "likes.1", "starving herself", STARVING)
    fern = await make(account, name="Fern")
    response = await account.client.patch(
        f"/api/characters/{fern['id']}", headers=account.headers, json={"description": GROUP}
    )
    refused(response, "description", "people dirty stupid", GROUP)
    listed = (await account.client.get("/api/characters", headers=account.headers)).json()
    assert [c["description"] for c in listed["items"]] == [fern["description"]]


async def test_imports_are_gated(account: Account) -> None:
    fern = await make(account, name="Fern")
    exported = await account.client.post(
        "/api/characters/export", headers=account.headers, json={"ids": [fern["id"]]}
    )
    document = copy.deepcopy(exported.json())
    document["characters"][0]["description"] = CARER
    response = await account.client.post(
        "/api/characters/import", headers=account.headers, json=document
    )
    refused(response, "characters.0.description", "locks cupboard days food", CARER)


async def test_ideas_and_presets_are_gated(account: Account) -> None:
    body = await story_body(account, idea=IMITABLE)
    response = await account.client.post("/api/stories", headers=account.headers, json=body)
    refused(response, "idea", "eats pills", IMITABLE)
    unruled = await story_body(account, idea=UNRULED)
    response = await account.client.post("/api/stories", headers=account.headers, json=unruled)
    refused(response, "idea", "bathroom meal rid food", UNRULED)
    response = await account.client.post(
        "/api/presets", headers=account.headers, json={"name": "Bedtime", "config": body}
    )
    refused(response, "config.idea", "eats pills", IMITABLE)
    clean = await story_body(account)
    response = await account.client.post(
        "/api/presets", headers=account.headers, json={"name": GROOMING[:60], "config": clean}
    )
    refused(response, "name", "keep secret parents", GROOMING[:60])
    assert (await account.client.get("/api/presets", headers=account.headers)).json() == []
    stories = (await account.client.get("/api/stories", headers=account.headers)).json()
    assert stories["items"] == []


@pytest.mark.parametrize("band", ["toddler", "independent"])
async def test_a_books_own_words_are_gated_for_its_band(account: Account, band: str) -> None:
    story = await finished(account, band=band, pages=None)
    base = f"/api/stories/{story['id']}"
    page = story["pages"][0]
    response = await account.client.patch(
        f"{base}/pages/{page['id']}", headers=account.headers, json={"text": GROOMING}
    )
    refused(response, "text", "keep secret parents", GROOMING)
    response = await account.client.post(
        f"{base}/pages", headers=account.headers, json={"text": LURE}
    )
    refused(response, "text", "offers sweets van", LURE)
    title = "The day she makes herself throw up"
    response = await account.client.patch(base, headers=account.headers, json={"title": title})
    refused(response, "title", "makes herself throw up", title)
    response = await account.client.get(
        f"{base}/export.epub", headers=account.headers, params={"dedication": CARER}
    )
    refused(response, "dedication", "locks cupboard days food", CARER)
    after = (await account.client.get(base, headers=account.headers)).json()
    assert after["title"] == story["title"]
    assert [p["text"] for p in after["pages"]] == [p["text"] for p in story["pages"]]
