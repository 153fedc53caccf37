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


def test_weasyprint_progress_is_quiet_at_info(capsys: pytest.CaptureFixture[str]) -> None:
    from storyloom.observability.logging import configure_logging

    configure_logging(json=True, level="INFO")
    logging.getLogger("weasyprint.progress").info("Step 5 - Creating layout - Page 1")
    logging.getLogger("weasyprint").info("Step 6 - Creating PDF")
    logging.getLogger("weasyprint").warning("Ignored `gap: 1rem` at 1:1, unknown property.")
    logging.getLogger("storyloom.test").info("our own line")
    err = capsys.readouterr().err
    assert "Creating layout" not in err
    assert "Creating PDF" not in err
    assert "unknown property" in err
    assert "our own line" in err
