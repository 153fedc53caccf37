"""Every main page on a phone (360x780) and a desktop (1280x900): the page's main action is
inside the first screen without scrolling, nothing is wider than the screen, and axe finds
nothing serious."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Locator, Page, expect
from tests.e2e.books import PASSWORD, new_email, ready_book
from tests.e2e.conftest import assert_accessible, screenshot

pytestmark = pytest.mark.e2e


def size_of(page: Page) -> str:
    return str(page.size)  # type: ignore[attr-defined]


def in_first_screen(page: Page, target: Locator, what: str) -> None:
    """`target` is wholly on the first screen (the page not scrolled) and no wider than it."""
    expect(target).to_be_visible()
    assert page.evaluate("() => window.scrollY") == 0
    box = target.bounding_box()
    assert box is not None
    viewport = page.viewport_size
    assert viewport is not None
    assert box["y"] >= 0, f"{what} is off the top: {box}"
    assert box["x"] >= 0, f"{what} is off the left: {box}"
    assert box["y"] + box["height"] <= viewport["height"], f"{what} is below the fold: {box}"
    assert box["x"] + box["width"] <= viewport["width"], f"{what} is off the right: {box}"
    width = page.evaluate("() => document.documentElement.scrollWidth")
    wide = page.evaluate(
        """(w) => [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > w)
            .slice(-3).map((e) => e.outerHTML.slice(0, 160))""",
        viewport["width"],
    )
    assert width <= viewport["width"], f"the page is {width}px wide: {wide}"


def sign_in(page: Page, server: str, email: str) -> None:
    """Signed in through the app's own form."""
    page.goto("/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Robin")


def test_main_actions_are_on_the_first_screen(sized: Page, server: str) -> None:
    page = sized
    size = size_of(page)
    email = new_email()
    story = ready_book(server, email)
    sign_in(page, server, email)

    # The navigation is one row (a tenth of a phone's screen, at most).
    box = page.get_by_role("banner").bounding_box()
    assert box is not None
    assert box["height"] <= (78 if size == "phone" else 100), box
    in_first_screen(page, page.get_by_role("link", name="Make a new story"), "Make a new story")
    assert_accessible(page, f"dashboard ({size})")
    screenshot(page, f"first-screen-dashboard-{size}", full_page=False)

    page.goto("/characters")
    in_first_screen(page, page.get_by_role("link", name="New character"), "New character")
    screenshot(page, f"first-screen-characters-{size}", full_page=False)

    page.goto("/stories")
    in_first_screen(page, page.get_by_role("link", name="New story"), "New story")
    screenshot(page, f"first-screen-stories-{size}", full_page=False)

    page.goto("/characters/new")
    in_first_screen(page, page.get_by_role("button", name="Next"), "the wizard's Next")
    assert_accessible(page, f"character wizard ({size})")
    screenshot(page, f"first-screen-wizard-{size}", full_page=False)

    page.goto("/stories/new")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    screenshot(page, f"first-screen-story-wizard-{size}", full_page=False)

    # The reader: the picture, the whole page's text and the page turn on one screen.
    page.goto(f"/stories/{story['id']}")
    picture = page.get_by_role("img", name=re.compile("^Picture for page 1"))
    in_first_screen(page, picture, "the picture")
    in_first_screen(page, page.get_by_test_id("page-text"), "the page's text")
    in_first_screen(page, page.get_by_role("button", name="Next page").first, "Next page")
    assert_accessible(page, f"reader ({size})")
    screenshot(page, f"first-screen-reader-{size}", full_page=False)

    # A shared book, opened by someone with the link.
    token = httpx.post(
        f"{server}/api/auth/login", json={"email": email, "password": PASSWORD}
    ).json()["access_token"]
    share = httpx.post(
        f"{server}/api/stories/{story['id']}/shares",
        headers={"Authorization": f"Bearer {token}"},
        json={},
    ).json()
    page.context.clear_cookies()
    page.goto("/shared/" + share["token"])
    in_first_screen(page, page.get_by_role("button", name="Next page").first, "shared Next page")
    in_first_screen(page, page.get_by_test_id("page-text"), "the shared page's text")
    assert_accessible(page, f"shared book ({size})")
    screenshot(page, f"first-screen-shared-{size}", full_page=False)
