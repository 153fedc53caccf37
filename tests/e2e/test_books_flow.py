"""The book-making journey in a real browser: characters through the wizard (visual picker,
portrait candidates, relationships), a story from the wizard watched live until it is
finished, the reader, logging out and in; plus privacy between accounts, a session that
expires mid-wizard, and a blocked (unsafe) input. Screenshots and axe on the main screens."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Page, expect
from tests.e2e.books import start_book
from tests.e2e.conftest import assert_accessible, new_email, screenshot

pytestmark = pytest.mark.e2e

PASSWORD = "a quiet owl reads at night"


def register(page: Page, email: str, name: str = "Robin Quill") -> None:
    page.goto("/register")
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(name)


def log_in(page: Page, email: str) -> None:
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def pick(page: Page, group: str, option: str) -> None:
    """Choose a swatch or tile (a visually hidden radio) inside a labelled group."""
    page.get_by_role("group", name=re.compile(f"^{re.escape(group)}")).get_by_label(
        option, exact=True
    ).check(force=True)


def basics(page: Page, name: str, kind: str, pronouns: str, age: str = "") -> None:
    page.get_by_label("Name", exact=True).fill(name)
    page.get_by_role("radio", name=kind, exact=True).check(force=True)
    if age:
        page.get_by_label("Age (optional)").fill(age)
    page.get_by_role("radio", name=pronouns).check(force=True)
    page.get_by_role("button", name="Next").click()


def make_character(page: Page, name: str, kind: str, pronouns: str, *, shots: bool) -> str:
    page.goto("/characters/new")
    expect(page.get_by_role("heading", level=1)).to_have_text("The basics")
    basics(page, name, kind, pronouns, age="6")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Looks · {name}")
    if kind == "Child":  # animals are offered markings, not hair, and start undressed
        pick(page, "Hair colour", "ginger")
        page.get_by_role("radio", name="Afro").check(force=True)
        pick(page, "Outfit colour", "sunshine")
    else:
        pick(page, "Eyes", "amber")
    page.get_by_role("checkbox", name="Glasses").check(force=True)
    preview = page.get_by_role("img", name=re.compile(f"Preview of {name}"))
    expect(preview).to_be_visible()
    expect(page.get_by_text(f"{name}, as drawn in your books")).to_be_visible()
    if shots:
        assert_accessible(page, "wizard looks step")
        screenshot(page, "20-character-wizard-looks")
    page.get_by_role("button", name="Next").click()
    page.get_by_role("checkbox", name="Curious").check(force=True)
    page.get_by_role("checkbox", name="Brave").check(force=True)
    page.get_by_label("Likes", exact=True).fill("puddles")
    page.keyboard.press("Enter")
    page.get_by_label("Anything else? (optional)").fill(f"{name} loves splashing in puddles.")
    if shots:
        assert_accessible(page, "wizard personality step")
    page.get_by_role("button", name="Save and choose a portrait").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Portrait · {name}")
    page.get_by_role("button", name="Draw 4 portraits").click()
    page.get_by_role("button", name="Choose option 2").click()
    expect(page.get_by_role("button", name="Option 2 chosen")).to_be_visible()
    expect(page.get_by_text("Portrait chosen.")).to_be_visible()
    if shots:
        screenshot(page, "21-character-wizard-portrait")
        assert_accessible(page, "wizard portrait step")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Friends & family · {name}")
    return page.url


def test_characters_story_reader_logout_login(page: Page, server: str) -> None:
    email = new_email()
    register(page, email)

    make_character(page, "Maya", "Child", "She / her", shots=True)
    page.get_by_role("button", name="Finish").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Maya")

    make_character(page, "Biscuit", "Dog", "He / him", shots=False)
    page.get_by_label("Who").select_option(label="Maya")
    page.get_by_label("Biscuit is Maya's…").select_option(label="Pet")
    page.get_by_role("button", name="Add relationship").click()
    expect(page.get_by_text("Maya is Biscuit's owner")).to_be_visible()
    screenshot(page, "22-character-relationships")
    page.get_by_role("button", name="Finish").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Biscuit")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Characters").click()
    grid = page.get_by_role("list", name="Your characters")
    expect(grid.get_by_role("listitem")).to_have_count(2)
    expect(page.get_by_role("img", name="Maya, a child")).to_be_visible()
    page.get_by_label("Search").fill("bisc")
    expect(grid.get_by_role("listitem")).to_have_count(1)
    page.get_by_label("Search").fill("")
    expect(grid.get_by_role("listitem")).to_have_count(2)
    page.get_by_label("Select Maya").check()
    expect(page.get_by_text("1 selected")).to_be_visible()
    assert_accessible(page, "characters grid")
    screenshot(page, "23-characters-grid")
    page.get_by_label("Select Maya").uncheck()

    # The story wizard: every field checked, then a summary.
    page.goto("/stories/new")
    page.get_by_role("button", name="Review my choices").click()
    expect(page.get_by_text("Choose a kind of story.")).to_be_visible()
    page.get_by_role("checkbox", name="Maya").check()
    page.get_by_role("checkbox", name="Biscuit").check()
    page.get_by_role("radio", name=re.compile("^Adventure")).check(force=True)
    page.get_by_label("Where does it happen?").select_option(label="Forest")
    page.get_by_label("A gentle lesson").select_option(label="Kindness")
    page.get_by_role("radio", name="Preschool (3-5)").check(force=True)
    page.get_by_label("Your idea (optional)").fill("finding a lost kite")
    page.get_by_role("button", name="Review my choices").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ready to make your book?")
    assert_accessible(page, "story summary")
    screenshot(page, "24-story-wizard-summary")
    page.get_by_role("button", name="Make my book").click()

    expect(page).to_have_url(re.compile(r"/stories/\w+/progress"))
    expect(page.get_by_role("progressbar", name="Book progress")).to_be_visible()
    expect(page.get_by_role("link", name="Read it now")).to_be_visible(timeout=60_000)
    expect(page.get_by_text(re.compile(r"(\d+) of \1 pages done"))).to_be_visible()
    assert_accessible(page, "progress")
    screenshot(page, "25-story-progress")

    page.get_by_role("link", name="Read it now").click()
    expect(page.get_by_text(re.compile(r"^Page 1 of \d+$"))).to_be_visible()
    expect(page.get_by_role("img", name=re.compile("^Picture for page 1"))).to_be_visible()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_text(re.compile(r"^Page 2 of \d+$"))).to_be_visible()
    page.get_by_role("button", name="Next page").click()
    expect(page.get_by_text(re.compile(r"^Page 3 of \d+$"))).to_be_visible()
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_text(re.compile(r"^Page 2 of \d+$"))).to_be_visible()
    expect(page.get_by_role("img", name=re.compile("^Picture for page 2"))).to_be_visible()
    assert_accessible(page, "reader")
    screenshot(page, "26-reader")

    page.get_by_role("button", name="Edit text").click()
    page.get_by_label("Page text").fill("Maya and Biscuit ran up the hill to find the kite.")
    page.get_by_role("button", name="Save page").click()
    expect(page.get_by_test_id("page-text")).to_contain_text("ran up the hill to find the kite.")
    page.get_by_role("button", name="Edit text").click()
    page.get_by_label("Page text").fill("Maya said shit.")
    page.get_by_role("button", name="Save page").click()
    expect(page.get_by_text(re.compile("isn't right for a children's book"))).to_be_visible()
    assert_accessible(page, "reader with an edit error")
    screenshot(page, "27-reader-edit-blocked")
    page.get_by_role("button", name="Cancel").click()

    page.get_by_role("navigation", name="Main").get_by_role("button", name="Log out").click()
    expect(page).to_have_url(f"{server}/login")
    log_in(page, email)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Robin Quill")
    expect(page.get_by_role("region", name="Characters")).to_contain_text("2")
    expect(page.get_by_role("region", name="Latest books")).to_contain_text("pages")
    assert_accessible(page, "dashboard with books")
    screenshot(page, "28-dashboard-with-books")


def _api_story(server: str) -> str:
    """Another parent's character and story, made through the API."""
    email = new_email()
    token = httpx.post(
        f"{server}/api/auth/register",
        json={"email": email, "display_name": "Other", "password": PASSWORD},
    ).json()["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    created = start_book(server, auth)
    return str(created["story"]["id"])


def test_another_parent_sees_nothing_of_yours(page: Page, server: str) -> None:
    story_id = _api_story(server)
    register(page, new_email(), name="Second Parent")
    page.goto("/characters")
    expect(page.get_by_text("No characters yet")).to_be_visible()
    page.goto("/stories")
    expect(page.get_by_text("No stories yet")).to_be_visible()
    page.goto(f"/stories/{story_id}")
    expect(page.get_by_role("heading", level=1)).to_have_text("We couldn't find that story")
    assert_accessible(page, "story not found")


def test_session_expiry_keeps_the_wizard_draft(page: Page, server: str) -> None:
    email = new_email()
    register(page, email)
    page.goto("/characters/new")
    basics(page, "Pip", "Fox", "They / them")
    expect(page.get_by_role("heading", level=1)).to_have_text("Looks · Pip")
    pick(page, "Eyes", "green")

    token = httpx.post(
        f"{server}/api/auth/login", json={"email": email, "password": PASSWORD}
    ).json()["access_token"]
    httpx.post(f"{server}/api/auth/logout-all", headers={"Authorization": f"Bearer {token}"})

    # Redraws the preview: 401, the refresh is refused, and the app goes to log in.
    page.get_by_role("group", name=re.compile("^Eyes")).get_by_label("blue", exact=True).click(
        force=True
    )
    expect(page).to_have_url(f"{server}/login?next=%2Fcharacters%2Fnew")
    log_in(page, email)
    expect(page).to_have_url(f"{server}/characters/new")
    expect(page.get_by_role("heading", level=1)).to_have_text("Looks · Pip")
    expect(
        page.get_by_role("group", name=re.compile("^Eyes")).get_by_label("blue", exact=True)
    ).to_be_checked()


def test_unsafe_description_is_explained(page: Page, server: str) -> None:
    register(page, new_email())
    page.goto("/characters/new")
    basics(page, "Maya", "Child", "She / her")
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Anything else? (optional)").fill("She says shit a lot.")
    page.get_by_role("button", name="Save and choose a portrait").click()
    expect(page.get_by_role("alert").first).to_contain_text("Let's pick different words")
    field = page.get_by_label("Anything else? (optional)")
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_text(re.compile("isn't right for a children's book")).first).to_be_visible()
    assert_accessible(page, "wizard with a blocked description")
    screenshot(page, "29-character-unsafe-description")
