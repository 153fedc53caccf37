"""User B can never reach user A's items: 404 on every route, absent from every list."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from tests.conftest import Account
from tests.ownership_matrix import LISTS, NOT_OWNED, OWNED, ids


def routes_with_path_parameters(app: FastAPI) -> set[tuple[str, str]]:
    """From the app's own OpenAPI document, which every API route is part of."""
    return {
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        if "{" in path and path not in NOT_OWNED
        for method in operations
    }


def test_every_parametrised_route_is_in_the_matrix(app: FastAPI) -> None:
    missing = routes_with_path_parameters(app) - OWNED.keys()
    assert not missing, f"add these routes to tests/ownership_matrix.py: {sorted(missing)}"
    stale = OWNED.keys() - routes_with_path_parameters(app)
    assert not stale, f"the matrix names routes that no longer exist: {sorted(stale)}"


@pytest.mark.parametrize(("method", "path"), sorted(OWNED))
async def test_other_users_items_are_404(
    method: str, path: str, account: Account, other_account: Account
) -> None:
    params = await OWNED[(method, path)](account)
    url = path.format(**params)
    response = await other_account.client.request(method, url, headers=other_account.headers)
    assert response.status_code == 404, f"{method} {url}: {response.status_code} {response.text}"
    assert response.json()["code"] == "not_found"
    # And A's item survived the attempt.
    again = await OWNED[(method, path)](account)
    assert again


@pytest.mark.parametrize("path", sorted(LISTS))
async def test_lists_never_show_other_users_items(
    path: str, account: Account, other_account: Account
) -> None:
    await LISTS[path](account)
    mine = ids((await account.client.get(path, headers=account.headers)).json())
    theirs = ids((await other_account.client.get(path, headers=other_account.headers)).json())
    assert mine
    assert not mine & theirs
