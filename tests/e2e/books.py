"""Making a finished book through the API, so browser tests can start at the reader."""

from __future__ import annotations

import time
import uuid

import httpx
from playwright.sync_api import Page, expect

PASSWORD = "a quiet owl reads at night"

SHEET = {
    "kind": "child",
    "body_color": "#f3c6a5",
    "hair_color": "#6a3b1f",
    "hair_style": "curly",
    "eye_color": "#3b2a1a",
    "outfit": "dress",
    "outfit_color": "#e63946",
    "outfit_accent_color": "#fff4d6",
    "accent_color": "#f2c14e",
}


def new_email() -> str:
    return f"parent-{uuid.uuid4().hex[:10]}@example.com"


def start_book(server: str, auth: dict[str, str], sheet: dict | None = None) -> dict:
    """Make a character and start a toddler book about it; the 202 answer's body."""
    character = httpx.post(
        f"{server}/api/characters",
        headers=auth,
        json={"name": "Maya", "pronouns": "she", "appearance": sheet or SHEET},
    ).json()
    created = httpx.post(
        f"{server}/api/stories",
        headers=auth,
        json={
            "cast": [{"character_id": character["id"], "role": "hero"}],
            "template": "bedtime",
            "setting": "bedroom",
            "lesson": "none",
            "band": "toddler",
            "art_style": "flat",
        },
    )
    assert created.status_code == 202, created.text
    return dict(created.json())


def ready_book(server: str, email: str, *, name: str = "Robin Quill") -> dict:
    """Register `email`, make a character and a toddler book, and wait until it is ready."""
    token = httpx.post(
        f"{server}/api/auth/register",
        json={"email": email, "display_name": name, "password": PASSWORD},
    ).json()["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    created = start_book(server, auth)
    story_id = created["story"]["id"]
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        story = httpx.get(f"{server}/api/stories/{story_id}", headers=auth).json()
        if story["status"] == "ready":
            return story
        assert story["status"] != "failed", story
        time.sleep(0.5)
    raise AssertionError("the book was not ready in time")


def log_in(page: Page, email: str, name: str = "Robin Quill") -> None:
    page.goto("/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(name)
