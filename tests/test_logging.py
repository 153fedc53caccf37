"""Every log line of a request carries its request id, and the user id once signed in."""

from __future__ import annotations

import logging

import pytest
from tests.conftest import Account


async def test_request_lines_carry_request_and_user_ids(
    account: Account, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    response = await account.client.get("/api/me", headers=account.headers)
    rid = response.headers["x-request-id"]
    lines = [
        r.msg for r in caplog.records if isinstance(r.msg, dict) and r.msg.get("event") == "request"
    ]
    line = next(m for m in lines if m.get("path") == "/api/me")
    assert line["request_id"] == rid
    assert line["user_id"] == account.user_id
    assert line["status"] == 200
