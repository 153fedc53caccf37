"""Offline reading: the service worker keeps the app and every book the user opened (with
its pictures and its narration), so after the server is gone and the browser is offline a
reload still opens the book, reads it aloud with its words lit, and the stories page lists
what is saved. This module runs its own server, so it
can stop it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from tests.conftest import make_settings
from tests.e2e.books import log_in, new_email, ready_book
from tests.e2e.conftest import (
    AXE,
    CHROMIUM,
    CHROMIUM_ARGS,
    DIST_INDEX,
    assert_accessible,
    screenshot,
)
from tests.live import live_server

from storyloom import migrate

pytestmark = pytest.mark.e2e


def expect_picture_shown(page: Page, number: int) -> None:
    """The page's picture is an <img> that has loaded (not the placeholder, not the panel
    shown when it could not load). Polled: React may swap the element while it loads."""
    page.wait_for_function(
        """(n) => [...document.querySelectorAll('img')].some((img) => img.complete
              && img.naturalWidth > 0 && img.alt.startsWith(`Picture for page ${n}`))""",
        arg=number,
    )


class Server:
    def __init__(self, base: str, stack: ExitStack) -> None:
        self.base = base
        self._stack = stack

    def stop(self) -> None:
        self._stack.close()


@pytest.fixture
def stoppable(tmp_path: Path) -> Iterator[Server]:
    if not DIST_INDEX.is_file() or not AXE.is_file():
        pytest.fail("build the app first (cd frontend && npm ci && npm run build)", pytrace=False)
    settings = make_settings(
        tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'storyloom.db'}", narrator="piper"
    )
    # Its own thread: Playwright's sync API may already run an event loop in this one.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(migrate.upgrade, settings).result()
    with ExitStack() as stack:
        base = stack.enter_context(live_server(settings, log=tmp_path / "server.log"))
        yield Server(base, stack)


@pytest.fixture
def own_browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_an_opened_book_reads_offline(stoppable: Server, own_browser: Browser) -> None:
    email = new_email()
    story = ready_book(stoppable.base, email)
    count = len(story["pages"])
    context = own_browser.new_context(
        base_url=stoppable.base, bypass_csp=True, viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    log_in(page, email)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    manifest = page.evaluate("() => fetch('/manifest.webmanifest').then((r) => r.json())")
    assert manifest["name"] == "Storyloom"
    assert {"192x192", "512x512"} <= {icon["sizes"] for icon in manifest["icons"]}

    page.goto(f"/stories/{story['id']}")
    expect(page.get_by_text(f"Page 1 of {count}")).to_be_visible()
    # Every page's picture (not only its thumbnail) is in the service worker's cache, whole:
    # a picture still arriving when the server stops would never be stored.
    page.wait_for_load_state("networkidle")
    page.wait_for_function(
        """(ids) => caches.open('storyloom-pictures').then((cache) => Promise.all(
              ids.map((id) => cache.match(`/api/images/${id}`, { ignoreVary: true })
                .then((r) => (r ? r.arrayBuffer().then((b) => b.byteLength > 0) : false)))))
            .then((whole) => whole.every(Boolean))""",
        arg=[p["image_id"] for p in story["pages"]],
    )
    # And every page's narration, whole.
    assert all(p["audio"] for p in story["pages"]), "the server made no narration"
    page.wait_for_function(
        """(urls) => caches.open('storyloom-narration').then((cache) => Promise.all(
              urls.map((url) => cache.match(url, { ignoreVary: true })
                .then((r) => (r ? r.arrayBuffer().then((b) => b.byteLength > 0) : false)))))
            .then((whole) => whole.every(Boolean))""",
        arg=[p["audio"]["url"] for p in story["pages"]],
    )

    stoppable.stop()
    context.set_offline(True)
    page.reload()
    expect(page.get_by_text("You're offline.")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text(story["title"])
    expect(page.get_by_text(f"Page 1 of {count}")).to_be_visible()
    expect_picture_shown(page, 1)
    # The narration plays from the kept copy, and lights the words as it goes.
    page.get_by_role("button", name="Read to me").click()
    page.wait_for_function(
        """() => { const a = document.querySelector('[data-testid="narration"]');
                   return a && a.currentTime > 0.3 && !a.paused; }"""
    )
    lit = page.get_by_test_id("page-text").locator('mark[aria-current="true"]')
    expect(lit).to_have_count(1)
    page.get_by_role("button", name="Pause").click()
    page.keyboard.press("End")
    expect(page.get_by_text(f"Page {count} of {count}")).to_be_visible()
    expect_picture_shown(page, count)
    expect(page.get_by_test_id("page-text")).to_have_text(
        re.compile(story["pages"][-1]["text"].split()[0])
    )
    expect(page.get_by_role("button", name="Edit text")).to_be_disabled()
    screenshot(page, "35-reader-offline")

    page.get_by_role("link", name="All stories").click()
    saved = page.get_by_role("list", name="Books saved for offline")
    expect(saved.get_by_role("link", name=story["title"])).to_be_visible()
    assert_accessible(page, "stories offline")
    screenshot(page, "36-saved-for-offline")
    context.close()
