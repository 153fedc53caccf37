"""The safety gate's optional layers, wired into the running app and tried on the loopback
stand-in: the moderation endpoint when STORYLOOM_MODERATION_ENABLED, the model judge for
story ideas when STORYLOOM_SAFETY_JUDGE_ENABLED; a layer that cannot answer refuses
(503 `safety_unavailable`) rather than let words through unchecked."""

from __future__ import annotations

from typing import Any

from tests.characters.helpers import character_body
from tests.conftest import Account
from tests.providers.conftest import AppFor
from tests.providers.standin import Reply, StandIn
from tests.stories.helpers import story_body

pytest_plugins = ["tests.providers.conftest"]


async def _stories(account: Account) -> list[Any]:
    listed = await account.client.get("/api/stories", headers=account.headers)
    items: list[Any] = listed.json()["items"]
    return items


async def test_moderation_is_wired_into_every_path(app_for: AppFor, standin: StandIn) -> None:
    standin.flag("moonbeam", "violence")
    async with app_for(moderation_enabled=True) as account:
        idea = "a moonbeam comes to tea"
        body = await story_body(account, idea=idea)
        response = await account.client.post("/api/stories", headers=account.headers, json=body)
        assert response.status_code == 422, response.text
        problem = response.json()
        assert (problem["code"], problem["field"], problem["category"]) == (
            "unsafe_content",
            "idea",
            "violence",
        )
        assert problem["span"] == [0, len(idea)]
        response = await account.client.post(
            "/api/characters", headers=account.headers, json=character_body(name="Moonbeam")
        )
        assert response.status_code == 422
        assert response.json()["field"] == "name"
        assert standin.calls("moderations") >= 2
        assert await _stories(account) == []
        # Words the offline checker refuses never reach the paid endpoint.
        body = await story_body(account, idea="a stranger offers her sweets to get in his van")
        before = standin.calls("moderations")
        response = await account.client.post("/api/stories", headers=account.headers, json=body)
        assert response.status_code == 422
        assert standin.calls("moderations") == before


async def test_moderation_off_means_no_calls(app_for: AppFor, standin: StandIn) -> None:
    standin.flag("moonbeam", "violence")
    async with app_for(moderation_enabled=False) as account:
        body = await story_body(account, idea="a moonbeam comes to tea")
        response = await account.client.post("/api/stories", headers=account.headers, json=body)
        assert response.status_code == 202, response.text
        assert standin.calls("moderations") == 0


async def test_a_layer_that_cannot_answer_refuses(app_for: AppFor, standin: StandIn) -> None:
    async with app_for(moderation_enabled=True) as account:
        body = await story_body(account, idea="a picnic by the river")
        standin.always("moderations", Reply(status=503))
        response = await account.client.post("/api/stories", headers=account.headers, json=body)
        assert response.status_code == 503, response.text
        assert response.json()["code"] == "safety_unavailable"
        assert response.headers["retry-after"]
        assert await _stories(account) == []


async def test_the_model_judge_reads_ideas(app_for: AppFor, standin: StandIn) -> None:
    standin.judge_refuses("purple balloon", "dangerous_acts")
    async with app_for(moderation_enabled=False, safety_judge_enabled=True) as account:
        idea = "the friends float away under a purple balloon"
        body = await story_body(account, idea=idea)
        response = await account.client.post("/api/stories", headers=account.headers, json=body)
        assert response.status_code == 422, response.text
        problem = response.json()
        assert (problem["field"], problem["category"]) == ("idea", "dangerous_acts")
        assert problem["reason"] == "not for children"
        judged = [
            r for r in standin.requests("chat") if "safety-judge" in r["messages"][0]["content"]
        ]
        assert judged
        assert idea in judged[-1]["messages"][-1]["content"]
        # The judge is asked about ideas only; a harmless idea goes through it.
        body = await story_body(account, idea="a picnic by the river")
        response = await account.client.post("/api/stories", headers=account.headers, json=body)
        assert response.status_code == 202, response.text
        usage = (await account.client.get("/api/usage", headers=account.headers)).json()
        assert usage  # the judge's calls are metered like every provider call
