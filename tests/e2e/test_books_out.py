"""Books out of the app: PDF and EPUB downloads from the reader's export panel (with its
print preview: the PDF itself, drawn by pdf.js), share links opened by someone without an
account and revoked, and the page and book tools (add, remove, rename, copy, presets)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Locator, Page, expect
from tests.e2e.books import log_in, new_email, ready_book
from tests.e2e.conftest import assert_accessible, csp_violations, screenshot

pytestmark = pytest.mark.e2e


# How much of a canvas is drawn: its size, and the share of sampled pixels that differ from
# its top-left corner (a blank page: none; a page of words: about 1%; a picture: more).
CANVAS_INK = """(canvas) => {
  const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
  let samples = 0, differ = 0;
  for (let i = 0; i < data.length; i += 4 * 7) {
    samples += 1;
    if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1])
        + Math.abs(data[i + 2] - data[2]) > 24) differ += 1;
  }
  return { width: canvas.width, height: canvas.height, share: differ / samples };
}"""


def drawn(preview: Locator, name: str | re.Pattern[str]) -> dict:
    """The preview's page whose text alternative matches `name`, once drawn: its ink."""
    canvas = preview.get_by_role("img", name=name)
    expect(canvas).to_have_attribute("data-drawn", "true", timeout=60_000)
    ink: dict = canvas.evaluate(CANVAS_INK)
    assert ink["width"] > 100, ink
    assert ink["height"] > 100, ink
    assert ink["share"] > 0.003, f"the page looks blank: {ink}"
    return ink


def test_pdf_and_epub_downloads(page: Page, server: str) -> None:
    email = new_email()
    story = ready_book(server, email)
    log_in(page, email)
    page.goto(f"/stories/{story['id']}")
    expect(page.get_by_text(re.compile(r"^Page 1 of \d+$"))).to_be_visible()

    page.get_by_role("button", name="Print or download").click()
    panel = page.get_by_role("region", name="Print or download")
    preview = page.get_by_test_id("spread-preview")
    # The preview is the PDF itself: the cover (alone, on the right) drawn on a canvas.
    cover = drawn(preview, re.compile(f"^PDF page 1: .*{re.escape(story['title'])}"))
    assert abs(cover["width"] - cover["height"]) <= 2, cover  # square8
    assert cover["share"] > 0.05, cover  # the cover picture is there
    expect(page.get_by_text(re.compile(r"spread 1 of \d+"))).to_be_visible()
    expect(preview).to_have_attribute("data-state", "ready")

    panel.get_by_label("Page size").select_option("a5_landscape")
    panel.get_by_text("Bleed (⅛ in)").click()
    panel.get_by_text("Crop marks").click()
    panel.get_by_label("Written for (optional)").fill("Maya")
    panel.get_by_label("Dedication (optional)").fill("For Maya, who loves puddles.")
    cover = drawn(preview, re.compile("^PDF page 1: .*written for Maya"))
    assert cover["width"] > cover["height"] * 1.2, cover  # landscape now
    page.get_by_role("button", name="Next spread").click()
    drawn(preview, re.compile("^PDF page 2: .*For Maya, who loves puddles"))
    drawn(preview, re.compile("^PDF page 3: "))
    expect(preview).to_have_attribute("data-state", "ready")
    assert_accessible(page, "export panel")
    screenshot(page, "30-export-panel")

    with page.expect_download(timeout=60_000) as pdf_download:
        page.get_by_role("button", name="Download PDF").click()
    pdf = Path(pdf_download.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF"), pdf[:20]
    assert pdf_download.value.suggested_filename.endswith(".pdf")
    expect(page.get_by_text(re.compile("Your PDF is downloading"))).to_be_visible()

    with page.expect_download(timeout=60_000) as epub_download:
        page.get_by_role("button", name="Download EPUB").click()
    epub = Path(epub_download.value.path()).read_bytes()
    archive = zipfile.ZipFile(io.BytesIO(epub))
    first = archive.infolist()[0]
    assert first.filename == "mimetype"
    assert archive.read("mimetype") == b"application/epub+zip"

    # A refused dedication is explained under its field.
    panel.get_by_label("Dedication (optional)").fill("You little shit.")
    page.get_by_role("button", name="Download PDF").click()
    expect(panel.get_by_label("Dedication (optional)")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page, "export panel with a refused dedication")


def test_share_link_opens_without_login_and_revoking_ends_it(
    page: Page, browser: Browser, server: str
) -> None:
    email = new_email()
    story = ready_book(server, email)
    log_in(page, email)
    page.goto(f"/stories/{story['id']}")
    page.get_by_role("button", name="Share").click()
    panel = page.get_by_role("region", name=re.compile("^Share"))
    expect(panel.get_by_text("No links yet")).to_be_visible()
    panel.get_by_label("The link stops working").select_option(label="In a week")
    panel.get_by_role("button", name="Make a share link").click()
    link = panel.get_by_label("Share link", exact=True).input_value(timeout=10_000)
    assert re.fullmatch(rf"{re.escape(server)}/shared/[A-Za-z0-9_-]{{16,64}}", link), link
    links = panel.get_by_role("list", name="Share links")
    expect(links.get_by_role("listitem")).to_have_count(1)
    expect(links).to_contain_text("Works until")
    assert_accessible(page, "share panel")
    screenshot(page, "31-share-panel")

    # Someone else, with no account and no cookies.
    stranger = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    try:
        other = stranger.new_page()
        other.goto(link)
        expect(other.get_by_role("heading", level=1)).to_have_text(story["title"])
        expect(other.get_by_text(re.compile(r"^Page 1 of \d+$"))).to_be_visible()
        expect(other.get_by_test_id("page-text")).to_contain_text(
            story["pages"][0]["text"].split()[0]
        )
        expect(other.get_by_role("img", name=re.compile("^Picture for page 1"))).to_be_visible()
        # Visible is not loaded: wait (within the timeout) for every picture to arrive.
        other.wait_for_function(
            "() => [...document.querySelectorAll('img')]"
            ".every((i) => i.complete && i.naturalWidth > 0)"
        )
        other.keyboard.press("ArrowRight")
        expect(other.get_by_text(re.compile(r"^Page 2 of \d+$"))).to_be_visible()
        robots = other.locator('meta[name="robots"]')
        expect(robots).to_have_attribute("content", re.compile("noindex"))
        expect(other.get_by_role("navigation", name="Main")).to_have_count(0)
        assert_accessible(other, "shared reader")
        screenshot(other, "32-shared-reader")

        page.get_by_role("button", name=re.compile("^Revoke the link")).click()
        expect(page.get_by_text("Link revoked")).to_be_visible()
        expect(panel.get_by_text("No links yet")).to_be_visible()
        token = link.rsplit("/", 1)[1]
        assert httpx.get(f"{server}/api/shared/{token}").status_code == 404
        assert httpx.get(f"{server}/api/shared/{token}/images/1").status_code == 404

        other.reload()
        expect(other.get_by_role("heading", level=1)).to_have_text("This link no longer works")
        assert_accessible(other, "revoked link")
        screenshot(other, "33-shared-link-revoked")
    finally:
        stranger.close()


def test_add_remove_rename_copy_and_presets(page: Page, server: str) -> None:
    email = new_email()
    story = ready_book(server, email)
    count = len(story["pages"])
    log_in(page, email)
    page.goto(f"/stories/{story['id']}")
    expect(page.get_by_text(f"Page 1 of {count}")).to_be_visible()

    page.get_by_role("button", name="Add page").click()
    page.get_by_label("New page text").fill("Maya waved goodnight to the moon.")
    page.get_by_role("button", name="Add page").last.click()
    expect(page.get_by_text(f"Page 2 of {count + 1}")).to_be_visible()
    expect(page.get_by_test_id("page-text")).to_have_text(re.compile("waved goodnight to the moon"))

    page.get_by_role("button", name="Remove page").click()
    page.get_by_role("button", name="Yes, remove page 2").click()
    expect(page.get_by_text(f"Page 2 of {count}")).to_be_visible()
    expect(page.get_by_test_id("page-text")).not_to_contain_text("waved goodnight to the moon")

    page.get_by_role("button", name="Rename, copy or delete").click()
    settings = page.get_by_role("region", name="This book")
    settings.get_by_label("Title").fill("Maya Says Goodnight")
    settings.get_by_role("button", name="Rename").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Maya Says Goodnight")
    settings.get_by_label("Save its choices as a preset").fill("Bedtime with Maya")
    settings.get_by_role("button", name="Save preset").click()
    expect(page.get_by_text("Saved as “Bedtime with Maya”.")).to_be_visible()
    assert_accessible(page, "book settings")
    settings.get_by_role("button", name="Make a copy").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Maya Says Goodnight")
    expect(page).not_to_have_url(re.compile(story["id"]))
    expect(page.get_by_text(re.compile("^Made a copy"))).to_be_visible()
    page.get_by_role("button", name="Rename, copy or delete").click()
    page.get_by_role("button", name="Delete this book…").click()
    page.get_by_role("button", name="Yes, delete it").click()
    expect(page).to_have_url(f"{server}/stories")

    # The preset fills the wizard.
    page.goto("/stories/new")
    presets = page.get_by_role("region", name="Start from a preset")
    presets.get_by_role("button", name="Use these choices: Bedtime with Maya").click()
    expect(page.get_by_role("checkbox", name="Maya")).to_be_checked()
    expect(page.get_by_role("radio", name=re.compile("^Bedtime"))).to_be_checked()
    assert_accessible(page, "wizard with presets")
    screenshot(page, "34-story-wizard-presets")


def test_new_screens_at_360px(page: Page, browser: Browser, server: str) -> None:
    email = new_email()
    story = ready_book(server, email)
    log_in(page, email)
    page.set_viewport_size({"width": 360, "height": 780})

    def fits(name: str) -> None:
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 360, name

    page.goto("/")
    expect(
        page.get_by_role("region", name="Latest books").get_by_role("link", name=story["title"])
    ).to_be_visible()
    fits("dashboard")
    screenshot(page, "37-dashboard-360px")
    page.goto(f"/stories/{story['id']}/progress")
    expect(page.get_by_role("link", name="Read it now")).to_be_visible()
    expect(page.get_by_role("link", name="Read page 1")).to_be_visible()
    fits("progress")
    assert_accessible(page, "progress at 360px")
    screenshot(page, "38-progress-360px")
    page.goto(f"/stories/{story['id']}")
    page.get_by_role("button", name="Print or download").click()
    drawn(page.get_by_test_id("spread-preview"), re.compile("^PDF page 1: "))
    fits("export panel")
    assert_accessible(page, "export panel at 360px")
    screenshot(page, "39-export-360px")


def test_print_preview_draws_the_pdf_under_the_servers_csp(browser: Browser, server: str) -> None:
    """pdf.js and its worker come from the app's own origin, load only when the preview
    opens, and draw the book under the server's real CSP (no bypass_csp here)."""
    email = new_email()
    story = ready_book(server, email)
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    try:
        page = context.new_page()
        problems = csp_violations(page)
        page.on("pageerror", lambda e: problems.append(str(e)))
        scripts: list[str] = []
        page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
        workers: list[str] = []
        page.on("worker", lambda w: workers.append(w.url))
        log_in(page, email)
        response = page.goto(f"/stories/{story['id']}")
        assert response is not None
        assert "default-src 'self'" in (response.headers.get("content-security-policy") or "")
        expect(page.get_by_text(re.compile(r"^Page 1 of \d+$"))).to_be_visible()
        assert not [u for u in scripts if "pdf" in u], "pdf.js loaded before the preview opened"

        page.get_by_role("button", name="Print or download").click()
        drawn(page.get_by_test_id("spread-preview"), re.compile("^PDF page 1: "))
        page.get_by_role("button", name="Next spread").click()
        drawn(page.get_by_test_id("spread-preview"), re.compile("^PDF page 2: "))
        assert [u for u in scripts if "/assets/pdf-view-" in u], scripts
        assert len(workers) == 1, workers
        assert re.fullmatch(rf"{re.escape(server)}/assets/pdf\.worker[\w.-]*\.js", workers[0])
        assert all(u.startswith(server) for u in scripts), scripts
        assert problems == []
    finally:
        context.close()
