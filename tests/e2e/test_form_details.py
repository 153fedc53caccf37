"""The small things a parent meets in the wizards' forms, on a phone (360x780) and a desktop
(1280x900): the name's letter counter and limit, errors that go once fixed, one toast at a
time, a kept draft announced with a way to start over, and a picture for each art style."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import Page, expect
from tests.e2e.books import PASSWORD, SHEET, log_in, new_email
from tests.e2e.conftest import assert_accessible, screenshot

pytestmark = pytest.mark.e2e

LIMIT = 40  # frontend/src/features/characters/schemas.ts NAME_LIMIT, the server's too
TOO_LONG = f"Names can have up to {LIMIT} letters."


def parent(server: str, page: Page, *, characters: int = 0) -> dict[str, str]:
    """A new parent with `characters` characters, signed in on `page`; the API's auth header."""
    email = new_email()
    token = httpx.post(
        f"{server}/api/auth/register",
        json={"email": email, "display_name": "Robin Quill", "password": PASSWORD},
    ).json()["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    for name in ["Maya", "Biscuit"][:characters]:
        made = httpx.post(
            f"{server}/api/characters",
            headers=auth,
            json={"name": name, "pronouns": "she", "appearance": SHEET},
        )
        assert made.status_code == 201, made.text
    log_in(page, email)
    return auth


def choose(page: Page, name: str) -> None:
    """Pick a choice the way a parent does: on its pill (the radio itself is visually hidden)."""
    page.get_by_role("radio", name=name).locator("xpath=ancestor::label[1]").click()


def test_the_name_counts_its_letters_and_refuses_too_many(sized: Page, server: str) -> None:
    page = sized
    parent(server, page)
    page.goto("/characters/new")
    name = page.get_by_label("Name", exact=True)
    name.press_sequentially("Pip")
    expect(page.get_by_text(f"3 of {LIMIT} letters")).to_be_visible()
    name.fill("Pip Longstocking " * 3)  # 51 letters, trimmed: before any Next
    expect(page.get_by_text(f"50 of {LIMIT} letters")).to_be_visible()
    expect(page.get_by_text(TOO_LONG)).to_be_visible()
    expect(name).to_have_attribute("aria-invalid", "true")
    choose(page, "They / them")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The basics")  # refused
    screenshot(page, f"form-name-limit-{page.size}")  # type: ignore[attr-defined]
    name.fill("Pippa Longstocking")
    expect(page.get_by_text(f"18 of {LIMIT} letters")).to_be_visible()
    expect(page.get_by_text(TOO_LONG)).to_have_count(0)
    expect(name).not_to_have_attribute("aria-invalid", "true")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Looks · Pippa Longstocking")


def test_an_error_goes_once_its_field_is_fixed(sized: Page, server: str) -> None:
    page = sized
    parent(server, page, characters=1)
    page.goto("/characters/new")
    page.get_by_role("button", name="Next").click()
    missing_name = page.get_by_text("Please give your character a name.")
    missing_pronouns = page.get_by_text("Please choose how to talk about them.")
    expect(missing_name).to_be_visible()
    expect(missing_pronouns).to_be_visible()
    page.get_by_label("Name", exact=True).fill("Maya")
    expect(missing_name).to_have_count(0)
    expect(missing_pronouns).to_be_visible()  # only the fixed field's message goes
    choose(page, "She / her")
    expect(missing_pronouns).to_have_count(0)

    page.goto("/stories/new")
    page.get_by_role("button", name="Review my choices").click()
    missing_kind = page.get_by_text("Choose a kind of story.")
    expect(missing_kind).to_be_visible()
    choose(page, "Mystery")
    expect(missing_kind).to_have_count(0)
    expect(page.get_by_text("Choose at least one character.")).to_be_visible()
    assert_accessible(page, f"story wizard with errors ({page.size})")  # type: ignore[attr-defined]


def test_a_new_toast_replaces_the_one_showing(sized: Page, server: str) -> None:
    page = sized
    auth = parent(server, page, characters=1)
    maya = httpx.get(f"{server}/api/characters", headers=auth).json()["items"][0]["id"]
    for name, template in (("Bedtime with Maya", "bedtime"), ("Maya's mystery", "mystery")):
        config = {
            "cast": [{"character_id": maya, "role": "hero"}],
            "template": template,
            "setting": "forest",
            "lesson": "none",
            "band": "toddler",
            "art_style": "flat",
        }
        saved = httpx.post(
            f"{server}/api/presets", headers=auth, json={"name": name, "config": config}
        )
        assert saved.status_code == 201, saved.text
    page.goto("/stories/new")
    toasts = page.get_by_role("region", name="Notifications")
    page.get_by_role("button", name="Use these choices: Bedtime with Maya").click()
    first = toasts.get_by_text("Choices from “Bedtime with Maya” filled in.")
    expect(first).to_be_visible()
    page.get_by_role("button", name="Use these choices: Maya's mystery").click()
    expect(toasts.get_by_text("Choices from “Maya's mystery” filled in.")).to_be_visible()
    expect(first).to_have_count(0)
    expect(toasts.get_by_role("button", name="Dismiss")).to_have_count(1)  # one toast
    screenshot(page, f"form-toast-{page.size}", full_page=False)  # type: ignore[attr-defined]


def test_a_kept_draft_is_announced_and_start_over_clears_it(sized: Page, server: str) -> None:
    page = sized
    parent(server, page, characters=1)
    page.goto("/stories/new")
    choose(page, "Mystery")
    page.get_by_label("Your idea (optional)").fill("a lost kite")
    notice = page.get_by_role("status").filter(has_text="We kept your unfinished story")
    expect(notice).to_have_count(0)  # choices made on this visit are not "kept"

    page.reload()  # the draft lives in this tab's sessionStorage
    expect(notice).to_be_visible()
    expect(page.get_by_label("Your idea (optional)")).to_have_value("a lost kite")
    screenshot(page, f"form-draft-kept-{page.size}", full_page=False)  # type: ignore[attr-defined]
    assert_accessible(page, f"story wizard with a kept draft ({page.size})")  # type: ignore[attr-defined]
    notice.get_by_role("button", name="Start over").click()
    expect(notice).to_have_count(0)
    expect(page.get_by_label("Your idea (optional)")).to_have_value("")
    expect(page.get_by_role("radio", name="Mystery")).not_to_be_checked()
    expect(page.get_by_role("heading", level=1)).to_be_focused()
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Plan your picture book")
    expect(notice).to_have_count(0)  # cleared for good, not just hidden

    page.goto("/characters/new")
    page.get_by_label("Name", exact=True).fill("Pip")
    page.reload()
    kept = page.get_by_role("status").filter(has_text="We kept your unfinished character")
    expect(kept).to_be_visible()
    expect(page.get_by_label("Name", exact=True)).to_have_value("Pip")
    kept.get_by_role("button", name="Start over").click()
    expect(page.get_by_label("Name", exact=True)).to_have_value("")
    expect(kept).to_have_count(0)


def test_each_picture_style_shows_a_small_picture_of_it(sized: Page, server: str) -> None:
    page = sized
    parent(server, page, characters=1)
    page.goto("/stories/new")
    group = page.get_by_role("group", name="Picture style")
    group.scroll_into_view_if_needed()
    pictures = group.locator("img")
    expect(pictures).to_have_count(2)
    sources = []
    for i in range(2):
        picture = pictures.nth(i)
        expect(picture).to_be_visible()
        picture.scroll_into_view_if_needed()  # lazily loaded
        loaded = "(img) => img.complete && img.naturalWidth > 0"
        page.wait_for_function(loaded, arg=picture.element_handle())
        box = picture.bounding_box()
        assert box is not None
        assert 100 <= box["width"] <= 320, box  # a small preview, not a page
        sources.append(picture.get_attribute("src"))
    assert sources == ["/api/sample/styles/storybook", "/api/sample/styles/flat"]
    storybook = page.get_by_role("radio", name="Storybook")
    flat = page.get_by_role("radio", name="Flat and bold")
    expect(storybook).to_be_checked()
    choose(page, "Flat and bold")
    expect(flat).to_be_checked()
    expect(storybook).not_to_be_checked()
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"]  # type: ignore[index]
    screenshot(page, f"form-art-style-{page.size}")  # type: ignore[attr-defined]
