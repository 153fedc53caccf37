"""Forgot password, end to end in the browser: the email goes through a real SMTP server
on loopback, the link in it opens the reset page, and the new password signs in."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Page, expect
from tests.conftest import make_settings
from tests.e2e.conftest import assert_accessible, new_email, screenshot
from tests.live import live_server
from tests.smtp import Inbox, body_of, smtp_server

from storyloom import migrate

pytestmark = pytest.mark.e2e

PASSWORD = "a quiet owl reads at night"
NEW_PASSWORD = "a lantern by the sea"
LINK = re.compile(r"https?://\S+/reset\?token=[A-Za-z0-9_-]+")


@pytest.fixture(scope="module")
def inbox() -> Iterator[Inbox]:
    with smtp_server() as server:
        yield server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, inbox: Inbox) -> Iterator[str]:
    """This module's own server, configured to send email to `inbox`."""
    data = tmp_path_factory.mktemp("e2e-reset")
    settings = make_settings(
        data,
        f"sqlite+aiosqlite:///{data / 'storyloom.db'}",
        smtp_host=inbox.host,
        smtp_port=inbox.port,
        smtp_tls="none",
    )
    migrate.upgrade(settings)
    with live_server(settings, log=data / "server.log") as base:
        yield base


def test_reset_by_email(page: Page, server: str, inbox: Inbox) -> None:
    email = new_email()
    registered = httpx.post(
        f"{server}/api/auth/register",
        json={"email": email, "display_name": "Robin Quill", "password": PASSWORD},
    )
    registered.raise_for_status()
    old_token = registered.json()["access_token"]

    page.goto("/login")
    page.get_by_role("link", name="Forgot password?").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Forgot your password?")
    assert_accessible(page, "forgot password")
    page.get_by_label("Email").fill(email)
    page.get_by_role("button", name="Email me a reset link").click()
    expect(page.get_by_text("Check your email")).to_be_visible()
    expect(page.get_by_text("If an account uses this email")).to_be_visible()
    screenshot(page, "reset-01-requested")

    message = inbox.wait_for(email)[-1]
    found = LINK.search(body_of(message))
    assert found, body_of(message)
    link = found.group(0)
    assert link.startswith("http://localhost:8000/reset?token=")  # the public URL setting
    page.goto(link.replace("http://localhost:8000", ""))
    expect(page.get_by_role("heading", level=1)).to_have_text("Choose a new password")
    assert_accessible(page, "reset password")

    # A too-common password is refused under its field; the link still works.
    page.get_by_label("New password", exact=True).fill("password")
    page.get_by_role("button", name="Set new password").click()
    expect(page.get_by_label("New password", exact=True)).to_have_attribute("aria-invalid", "true")
    page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    page.get_by_role("button", name="Set new password").click()
    expect(page.get_by_text("Your password is changed")).to_be_visible()
    screenshot(page, "reset-02-done")

    # Every session ended; the new password signs in.
    ended = httpx.get(f"{server}/api/me", headers={"Authorization": f"Bearer {old_token}"})
    assert ended.status_code == 401
    page.locator("#main").get_by_role("link", name="Log in").click()
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(f"{server}/")

    # The same link a second time explains itself and offers a new one.
    page.context.clear_cookies()
    page.goto(link.replace("http://localhost:8000", ""))
    page.get_by_label("New password", exact=True).fill("yet another calm evening")
    page.get_by_role("button", name="Set new password").click()
    expect(page.get_by_role("alert")).to_contain_text("This reset link doesn't work")
    expect(page.get_by_role("link", name="Ask for a new link")).to_be_visible()
    assert_accessible(page, "used reset link")
