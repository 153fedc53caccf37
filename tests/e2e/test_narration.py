"""The book's own narration in a real browser (Debian's Chromium): press play, the lit
word follows the <audio> element's current time through the word timings, and the page
turns when its narration ends. The server narrates with the offline Piper voice."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from tests.conftest import make_settings
from tests.e2e.books import PASSWORD, log_in, new_email, ready_book
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, DIST_INDEX, screenshot
from tests.live import live_server

from storyloom import migrate

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not DIST_INDEX.is_file():
        pytest.fail("frontend/dist is missing: build the app first", pytrace=False)
    data = tmp_path_factory.mktemp("e2e-narration")
    settings = make_settings(data, f"sqlite+aiosqlite:///{data / 'storyloom.db'}", narrator="piper")
    migrate.upgrade(settings)
    with live_server(settings, log=data / "server.log") as base:
        yield base


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Browser]:
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


SAMPLE = """() => {
  const audio = document.querySelector('[data-testid="narration"]');
  const mark = document.querySelector('[data-testid="page-text"] mark[aria-current="true"]');
  return { at: audio.currentTime, word: mark ? mark.textContent : null, paused: audio.paused };
}"""


def expected_word(text: str, words: list[dict], at: float) -> str | None:
    """The shown word (whitespace-separated) holding the last timed word started by `at`."""
    started = [w for w in words if w["start"] <= at]
    if not started:
        return None
    offset = started[-1]["text_start"]
    return next(m.group(0) for m in re.finditer(r"\S+", text) if offset < m.end())


def test_play_lights_words_in_step_and_turns_the_page(browser: Browser, server: str) -> None:
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    page: Page = context.new_page()
    email = new_email()
    story = ready_book(server, email)
    first = story["pages"][0]
    assert first["audio"] is not None, "the server made no narration"
    log_in(page, email)
    page.goto(f"/stories/{story['id']}")
    expect(page.get_by_text(f"Page 1 of {len(story['pages'])}", exact=True)).to_be_visible()

    play = page.get_by_role("button", name="Read to me")
    expect(play).to_be_enabled()
    play.click()
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    audio = page.get_by_test_id("narration")
    lit = page.get_by_test_id("page-text").locator('mark[aria-current="true"]')

    # Sample the audio clock and the lit word together, in the page, while it plays.
    checked = 0
    deadline = time.monotonic() + 60
    while checked < 4 and time.monotonic() < deadline:
        sample = page.evaluate(SAMPLE)
        if sample["at"] > 0 and not sample["paused"]:
            # The lit word may trail the clock by a frame: it is the word due now or the one
            # before it, never one ahead.
            now = expected_word(first["text"], first["audio"]["words"], sample["at"])
            before = expected_word(first["text"], first["audio"]["words"], sample["at"] - 0.25)
            assert sample["word"] in {now, before}, sample
            checked += 1
        time.sleep(0.15)
    assert checked >= 2, "the narration did not play"
    expect(lit).to_have_count(1)
    screenshot(page, "42-reader-narration", full_page=False)

    # Near the end: the page turns by itself and reading goes on.
    audio.evaluate("a => { a.currentTime = Math.max(0, a.duration - 0.3); }")
    expect(page.get_by_text(re.compile(r"^Page 2 of \d+$"))).to_be_visible()
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    page.get_by_role("button", name="Pause").click()
    expect(page.get_by_role("button", name="Read to me")).to_be_visible()
    context.close()


def test_shared_link_plays_the_same_narration(browser: Browser, server: str) -> None:
    email = new_email()
    story = ready_book(server, email)
    token = httpx.post(
        f"{server}/api/auth/login", json={"email": email, "password": PASSWORD}
    ).json()["access_token"]
    made = httpx.post(
        f"{server}/api/stories/{story['id']}/shares",
        headers={"Authorization": f"Bearer {token}"},
        json={},
    )
    assert made.status_code == 201, made.text
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.goto(f"/shared/{made.json()['token']}")
    play = page.get_by_role("button", name="Read to me")
    expect(play).to_be_enabled()
    play.click()
    audio = page.get_by_test_id("narration")
    deadline = time.monotonic() + 60
    while audio.evaluate("a => a.currentTime") <= 0.2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert audio.evaluate("a => a.currentTime") > 0.2, "the shared narration did not play"
    expect(page.get_by_test_id("page-text").locator('mark[aria-current="true"]')).to_have_count(1)
    context.close()
