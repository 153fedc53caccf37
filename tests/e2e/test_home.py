"""The front door: a signed-out visitor sees what Storyloom makes, reads the sample book
and finds the way in, on a phone and on a desktop."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from tests.e2e.conftest import SIZES, assert_accessible, screenshot


def in_first_viewport(page: Page, selector_text: str) -> None:
    """The element is wholly inside the first screen, without scrolling."""
    box = page.get_by_role("link", name=selector_text).first.bounding_box()
    assert box is not None
    height = page.viewport_size["height"] if page.viewport_size else 0
    assert box["y"] >= 0
    assert box["y"] + box["height"] <= height, f"{selector_text!r} is below the fold"


@pytest.mark.parametrize("size", SIZES)
def test_home_shows_the_sample_book_and_the_way_in(page: Page, size: str) -> None:
    width, height = SIZES[size]
    page.set_viewport_size({"width": width, "height": height})
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Picture books")
    in_first_viewport(page, "Sign up free")
    in_first_viewport(page, "Sign in")
    sample = page.get_by_role("region", name=page.locator("#sample-title").inner_text())
    expect(sample.get_by_role("img").first).to_be_visible()
    screenshot(page, f"home-{size}", full_page=False)
    # The page turns: a new page with a new picture.
    page.get_by_role("button", name="Next page").first.click()
    expect(sample.get_by_role("img").first).to_have_attribute("src", "/api/sample/images/2")
    expect(page.get_by_role("heading", name="Three steps to your own book")).to_be_visible()
    assert_accessible(page, f"home ({size})")
    page.get_by_role("link", name="Sign up free").click()
    page.wait_for_url("**/register")
