"""The sign-in journey in a real browser: register, restore on reload, account errors, log
out and back in, an ended session, rate limiting, 404 and the CSP; axe on every screen."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect
from tests.e2e.conftest import assert_accessible, csp_violations, new_email, screenshot

pytestmark = pytest.mark.e2e

PASSWORD = "a quiet owl reads at night"
NAME = "Robin Quill"


def register(page: Page, email: str, name: str = NAME) -> None:
    page.goto("/register")
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()


def log_in(page: Page, email: str, password: str = PASSWORD) -> None:
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def path_of(page: Page) -> str:
    return re.sub(r"^https?://[^/]+", "", page.url)


def test_register_reload_account_logout_login(page: Page, server: str) -> None:
    email = new_email()

    page.goto("/register")
    expect(page.get_by_role("heading", level=1)).to_have_text("Create your account")
    assert_accessible(page, "register")
    screenshot(page, "01-register")

    # Client-side checks before anything is sent.
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_text("Please tell us what to call you.")).to_be_visible()
    screenshot(page, "02-register-errors")
    assert_accessible(page, "register with errors")

    register(page, email)
    expect(page).to_have_url(f"{server}/")
    greeting = page.get_by_role("heading", level=1)
    expect(greeting).to_contain_text(f"{NAME}!")
    expect(page.get_by_text("device is signed in")).to_be_visible()
    # Counts come from the API: a new account has no characters or stories yet.
    expect(page.get_by_role("region", name="Characters")).to_contain_text("None yet")
    expect(page.get_by_role("region", name="Stories")).to_contain_text("None yet")
    assert_accessible(page, "dashboard")
    screenshot(page, "03-dashboard")

    # The token lives in memory only: a reload restores the session from the cookie. The
    # one stored item says whose books are saved for offline reading (no token in it).
    stored = page.evaluate(
        "() => ({ ...Object.fromEntries(Object.entries(localStorage)),"
        " ...Object.fromEntries(Object.entries(sessionStorage)) })"
    )
    assert set(stored) <= {"storyloom:offline-user"}, stored
    assert "token" not in "".join(stored.values()).lower()
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"{NAME}!")
    assert path_of(page) == "/"

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Account").click()
    expect(page).to_have_url(f"{server}/account")
    expect(page.get_by_text("This device")).to_be_visible()
    page.get_by_label("Current password").fill("not my password at all")
    page.get_by_label("New password").fill("a brand new bedtime story")
    page.get_by_role("button", name="Change password").click()
    current = page.get_by_label("Current password")
    expect(page.get_by_text("Not your current password.")).to_be_visible()
    expect(current).to_have_attribute("aria-invalid", "true")
    expect(current).to_be_focused()
    assert_accessible(page, "account with a field error")
    screenshot(page, "04-account-wrong-password")

    page.get_by_role("navigation", name="Main").get_by_role("button", name="Log out").click()
    expect(page).to_have_url(f"{server}/login")
    expect(page.get_by_text("You've logged out")).to_be_visible()
    assert_accessible(page, "login")
    screenshot(page, "05-login-after-logout")

    # A signed-out visit to a page goes through login and comes back to it.
    page.goto("/account")
    expect(page).to_have_url(f"{server}/login?next=%2Faccount")
    log_in(page, email)
    expect(page).to_have_url(f"{server}/account")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your account")
    expect(page.get_by_text(email)).to_be_visible()


def test_ended_session_returns_to_login_then_back(page: Page, server: str) -> None:
    email = new_email()
    register(page, email)
    expect(page.get_by_role("heading", level=1)).to_contain_text(NAME)
    page.goto("/account")
    expect(page.get_by_text("This device")).to_be_visible()

    def end_every_session() -> None:
        token = httpx.post(
            f"{server}/api/auth/login", json={"email": email, "password": PASSWORD}
        ).json()["access_token"]
        response = httpx.post(
            f"{server}/api/auth/logout-all", headers={"Authorization": f"Bearer {token}"}
        )
        assert response.status_code == 204

    # The session ends elsewhere; the next action here finds out (401, refresh refused).
    end_every_session()
    page.get_by_label("Current password").fill(PASSWORD)
    page.get_by_label("New password").fill("a brand new bedtime story")
    page.get_by_role("button", name="Change password").click()
    expect(page).to_have_url(f"{server}/login?next=%2Faccount")
    expect(page.get_by_text("Please log in again")).to_be_visible()
    assert_accessible(page, "login after the session ended")
    screenshot(page, "06-login-session-ended")
    log_in(page, email)
    expect(page).to_have_url(f"{server}/account")

    # An invalid session found on reload: to login, then back to the same page.
    end_every_session()
    page.reload()
    expect(page).to_have_url(f"{server}/login?next=%2Faccount")
    log_in(page, email)
    expect(page).to_have_url(f"{server}/account")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your account")


def test_wrong_passwords_warn_then_pause_one_email(page: Page, server: str) -> None:
    email = new_email()
    httpx.post(
        f"{server}/api/auth/register",
        json={"email": email, "display_name": NAME, "password": PASSWORD},
    ).raise_for_status()
    page.goto("/login")
    log_in(page, email, "not the right password")
    expect(page.get_by_role("alert")).to_contain_text("4 tries left")
    for left in (3, 2, 1):
        log_in(page, email, "not the right password")
        tries = "1 try" if left == 1 else f"{left} tries"
        expect(page.get_by_role("alert")).to_contain_text(f"{tries} left")
    # The last try says the pause it starts; the button waits for this email only.
    log_in(page, email, "not the right password")
    expect(page.get_by_role("alert")).to_contain_text("is now paused")
    expect(page.get_by_role("alert")).to_contain_text("You can try again at")
    expect(page.get_by_role("button", name="Log in")).to_be_disabled()
    assert_accessible(page, "login paused")
    screenshot(page, "07-login-paused")
    page.get_by_label("Email").fill(new_email())
    expect(page.get_by_role("button", name="Log in")).to_be_enabled()


def test_not_found_and_small_screen(page: Page, server: str) -> None:
    page.goto("/no/such/page")
    expect(page.get_by_role("heading", level=1)).to_have_text("This page isn't in our book")
    assert_accessible(page, "404")
    screenshot(page, "08-not-found")

    page.set_viewport_size({"width": 360, "height": 780})
    register(page, new_email(), name="Grandma Jo")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Grandma Jo!")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
    assert_accessible(page, "dashboard at 360px")
    screenshot(page, "09-dashboard-360px")
    page.goto("/account")
    expect(page.get_by_text("This device")).to_be_visible()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
    screenshot(page, "10-account-360px")


def test_keyboard_only_login(page: Page, server: str) -> None:
    email = new_email()
    httpx.post(
        f"{server}/api/auth/register",
        json={"email": email, "display_name": NAME, "password": PASSWORD},
    ).raise_for_status()
    page.goto("/login")
    # The app decides whether someone is signed in before it shows the form.
    expect(page.get_by_label("Email")).to_be_visible()
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    screenshot(page, "11-skip-link", full_page=False)
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Email")).to_be_focused()
    page.keyboard.type(email)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"{NAME}!")


def test_app_runs_under_the_servers_csp(browser: Browser, server: str) -> None:
    context = browser.new_context(base_url=server)
    try:
        page = context.new_page()
        violations = csp_violations(page)
        response = page.goto("/login")
        assert response is not None
        assert "default-src 'self'" in (response.headers.get("content-security-policy") or "")
        expect(page.get_by_role("heading", level=1)).to_have_text("Welcome back")
        font_ok = page.evaluate(
            "async () => { await document.fonts.ready; "
            "return document.fonts.check('18px Andika'); }"
        )
        assert font_ok, "the Andika reading font did not load from the app's own assets"
        assert violations == []
    finally:
        context.close()
