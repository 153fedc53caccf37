"""A story on the built-in engines, end to end through the API."""

from __future__ import annotations

from tests.conftest import Account
from tests.stories.helpers import finished, follow, start


async def test_create_follow_read(account: Account) -> None:
    created = await start(account)
    assert created["job"]["status"] == "queued"
    assert created["story"]["status"] == "generating"
    assert created["story"]["job_id"] == created["job"]["id"]
    events = await follow(account, created["job"]["id"])
    names = [name for name, _ in events]
    assert names[-1] == "done"
    assert names.count("done") == 1
    assert "progress" in names
    final = events[-1][1]
    assert final["status"] == "succeeded"
    assert final["finished_step"] == "assemble"
    assert final["pages_done"] == final["pages_total"] == 10
    assert final["text_engine"] == "builtin"
    assert final["image_engine"] == "builtin"
    done_counts = [data["pages_done"] for _, data in events]
    assert done_counts == sorted(done_counts)

    story = (
        await account.client.get(f"/api/stories/{created['story']['id']}", headers=account.headers)
    ).json()
    assert story["status"] == "ready"
    assert story["job_id"] == created["job"]["id"]  # the app finds the job from the story
    assert story["title"]
    assert [p["number"] for p in story["pages"]] == list(range(1, 11))
    for page in story["pages"]:
        assert page["text"]
        image = await account.client.get(page["image_url"], headers=account.headers)
        assert image.status_code == 200
        assert image.headers["content-type"].startswith("image/svg+xml")

    polled = await account.client.get(f"/api/jobs/{created['job']['id']}", headers=account.headers)
    assert polled.json()["status"] == "succeeded"


async def test_listing_filters_and_search(account: Account) -> None:
    story = await finished(account, band="toddler", pages=6)
    other = await finished(account)
    items = (await account.client.get("/api/stories", headers=account.headers)).json()["items"]
    assert [s["id"] for s in items][:2] == [other["id"], story["id"]]
    by_band = await account.client.get(
        "/api/stories", params={"band": "toddler"}, headers=account.headers
    )
    assert [s["id"] for s in by_band.json()["items"]] == [story["id"]]
    hero = story["config"]["cast"][0]["character_id"]
    by_character = await account.client.get(
        "/api/stories", params={"character_id": hero}, headers=account.headers
    )
    assert [s["id"] for s in by_character.json()["items"]] == [story["id"]]
    word = story["title"].split()[-1]
    found = await account.client.get("/api/stories", params={"q": word}, headers=account.headers)
    assert story["id"] in {s["id"] for s in found.json()["items"]}
    nothing = await account.client.get(
        "/api/stories", params={"q": "zzyzx"}, headers=account.headers
    )
    assert nothing.json()["items"] == []
    first = await account.client.get("/api/stories", params={"limit": 1}, headers=account.headers)
    cursor = first.json()["next_cursor"]
    assert cursor
    second = await account.client.get(
        "/api/stories", params={"limit": 1, "cursor": cursor}, headers=account.headers
    )
    assert second.json()["items"][0]["id"] == story["id"]
    capped = await account.client.get(
        "/api/stories", params={"limit": 101}, headers=account.headers
    )
    assert capped.status_code == 422


async def test_unsafe_idea_is_refused(account: Account) -> None:
    from tests.stories.helpers import story_body

    body = await story_body(account, idea="a story about a gun fight")
    response = await account.client.post("/api/stories", headers=account.headers, json=body)
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "unsafe_content"
    assert problem["category"] == "weapons" or problem["category"] == "violence"
    assert problem["span"]


async def test_an_idea_the_setting_cannot_hold_is_refused_before_the_book(
    account: Account,
) -> None:
    from tests.stories.helpers import story_body

    body = await story_body(account, idea="fly a red kite", setting="underwater")
    response = await account.client.post("/api/stories", headers=account.headers, json=body)
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "idea_not_in_setting"
    assert "kite" in problem["detail"]
    fine = await story_body(account, idea="fly a red kite", setting="city_park")
    response = await account.client.post("/api/stories", headers=account.headers, json=fine)
    assert response.status_code == 202, response.text


async def test_cast_must_be_yours_and_have_one_hero(
    account: Account, other_account: Account
) -> None:
    from tests.stories.helpers import story_body

    theirs = await story_body(other_account)
    response = await account.client.post("/api/stories", headers=account.headers, json=theirs)
    assert response.status_code == 404
    body = await story_body(account)
    body["cast"][1]["role"] = "hero"
    response = await account.client.post("/api/stories", headers=account.headers, json=body)
    assert response.status_code == 422
