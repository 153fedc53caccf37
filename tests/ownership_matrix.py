"""Every route with a path parameter, and how to make an item of user A for it.

`test_ownership` fails when a route is missing here. Each entry makes an item owned by A
and returns the path parameters naming it; B must get 404 for it on that route, and A's
item must be untouched. LISTS name list routes and how to read the ids out of a response.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from tests.conftest import PASSWORD, Account

Maker = Callable[[Account], Awaitable[dict[str, str]]]


async def a_session(owner: Account) -> dict[str, str]:
    login = await owner.client.post(
        "/api/auth/login", json={"email": owner.email, "password": PASSWORD}
    )
    assert login.status_code == 200
    sessions = (await owner.client.get("/api/me/sessions", headers=owner.headers)).json()
    return {"session_id": next(s["id"] for s in sessions if not s["current"])}


OWNED: dict[tuple[str, str], Maker] = {
    ("DELETE", "/api/me/sessions/{session_id}"): a_session,
}


def ids(body: Any) -> set[str]:
    items = body["items"] if isinstance(body, dict) and "items" in body else body
    return {item["id"] for item in items}


# list route -> how A makes an item that must never show in B's list
LISTS: dict[str, Maker] = {
    "/api/me/sessions": a_session,
}

# Routes with path parameters that are not user data (static assets, the SPA).
NOT_OWNED = {"/api/docs-assets", "/{path:path}"}
