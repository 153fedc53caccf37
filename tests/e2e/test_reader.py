"""The reader in a real browser: turning pages with touch swipes, reading aloud with the
current word highlighted, reordering pages (drag and keyboard) and the tools on a phone."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, Response, expect
from tests.e2e.books import log_in, new_email, ready_book
from tests.e2e.conftest import assert_accessible, screenshot

pytestmark = pytest.mark.e2e

# A stand-in for the browser's speech engine (window.speechSynthesis), installed before the
# app loads. Each step() sends the utterance speaking the next word's `boundary` event (with
# its charIndex, as a real voice does), and after the last word its `end`. The utterance
# and the events are Chromium's own (SpeechSynthesisUtterance, SpeechSynthesisEvent); only
# the engine that would fire them is replaced. See test_read_aloud_highlights_each_word.
SPEECH_STAND_IN = """
(() => {
  let current = null;
  const synth = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    getVoices: () => [],
    speak(utterance) {
      current = { utterance, words: [...utterance.text.matchAll(/\\S+/g)], next: 0 };
      synth.speaking = true;
      utterance.dispatchEvent(new SpeechSynthesisEvent("start", { utterance, charIndex: 0 }));
    },
    cancel() {
      if (!current) return;
      const { utterance } = current;
      current = null;
      synth.speaking = false;
      utterance.dispatchEvent(
        new SpeechSynthesisErrorEvent("error", { utterance, error: "interrupted" }),
      );
    },
    pause() {},
    resume() {},
  });
  window.__speech = {
    /** The next word's boundary (returns the word), or the end (returns null). */
    step() {
      if (!current) throw new Error("nothing is being read");
      const { utterance, words } = current;
      const word = words[current.next++];
      if (word) {
        utterance.dispatchEvent(new SpeechSynthesisEvent("boundary", {
          utterance, name: "word", charIndex: word.index, charLength: word[0].length,
        }));
        return word[0];
      }
      current = null;
      synth.speaking = false;
      utterance.dispatchEvent(
        new SpeechSynthesisEvent("end", { utterance, charIndex: utterance.text.length }),
      );
      return null;
    },
    get reading() { return current !== null; },
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
})();
"""


# The highlight behind the word being read (--color-sun, #f2b33d).
SUN = "rgb(242, 179, 61)"


@pytest.fixture
def phone(browser: Browser, server: str) -> Iterator[BrowserContext]:
    """A touch phone held upright (bypass_csp for axe, as in conftest's `context`)."""
    ctx = browser.new_context(
        base_url=server,
        bypass_csp=True,
        viewport={"width": 360, "height": 740},
        has_touch=True,
        is_mobile=True,
        device_scale_factor=2,
    )
    ctx.set_default_timeout(10_000)
    yield ctx
    ctx.close()


def open_book(page: Page, server: str) -> dict:
    email = new_email()
    story = ready_book(server, email)
    log_in(page, email)
    page.goto(f"/stories/{story['id']}")
    expect(page.get_by_text(f"Page 1 of {len(story['pages'])}", exact=True)).to_be_visible()
    return story


def swipe(page: Page, target: Locator, dx: float, dy: float = 0) -> None:
    """A finger drawn across `target` from its middle, as Chromium's touch input: the page
    gets touch and pointer events exactly as from a touch screen."""
    target.scroll_into_view_if_needed()
    box = target.bounding_box()
    assert box is not None
    x, y = box["x"] + box["width"] / 2 - dx / 2, box["y"] + box["height"] / 2 - dy / 2
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send(
            "Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]}
        )
        steps = 8
        for i in range(1, steps + 1):
            point = {"x": x + dx * i / steps, "y": y + dy * i / steps}
            cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [point]})
        cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    finally:
        cdp.detach()


def test_swiping_turns_pages(phone: BrowserContext, server: str) -> None:
    page = phone.new_page()
    story = open_book(page, server)
    count = len(story["pages"])
    assert page.evaluate("() => navigator.maxTouchPoints") > 0
    picture = page.get_by_role("img", name=re.compile("^Picture for page 1"))

    swipe(page, picture, dx=-220)  # right to left: forward, like turning a page
    expect(page.get_by_text(f"Page 2 of {count}", exact=True)).to_be_visible()
    expect(page).to_have_url(re.compile(r"\?page=2$"))
    expect(page.get_by_test_id("page-text")).to_contain_text(story["pages"][1]["text"].split()[0])

    # Mostly up and down is scrolling, not turning.
    swipe(page, page.get_by_test_id("page-text"), dx=-60, dy=-200)
    expect(page.get_by_text(f"Page 2 of {count}", exact=True)).to_be_visible()

    swipe(page, page.get_by_role("img", name=re.compile("^Picture for page 2")), dx=220)
    expect(page.get_by_text(f"Page 1 of {count}", exact=True)).to_be_visible()
    expect(page).to_have_url(re.compile(r"\?page=1$"))
    screenshot(page, "40-reader-swiped-back")


def test_read_aloud_highlights_each_word(context: BrowserContext, server: str) -> None:
    """Read aloud moves the highlight from word to word as the voice reaches it, and the
    button reads "Read aloud" again at the end.

    Why a stand-in for window.speechSynthesis: headless Chromium here has no voices
    (speechSynthesis.getVoices() is empty) and speak() fails at once with
    "synthesis-failed", never sending a `boundary` event, so the real engine cannot show
    the highlight moving. SPEECH_STAND_IN replaces only the engine, before the app loads;
    the test drives it a word at a time so every step can be checked."""
    context.add_init_script(SPEECH_STAND_IN)
    page = context.new_page()
    story = open_book(page, server)
    words = story["pages"][0]["text"].split()
    text = page.get_by_test_id("page-text")
    current = text.locator('mark[aria-current="true"]')

    page.get_by_role("button", name="Read aloud").click()
    stop = page.get_by_role("button", name="Stop reading")
    expect(stop).to_be_visible()
    expect(current).to_have_text(words[0])
    for word in words:
        assert page.evaluate("() => window.__speech.step()") == word
        expect(current).to_have_count(1)
        expect(current).to_have_text(word)
        expect(current).to_have_css("background-color", SUN)  # seen, not only announced
        if word == words[min(2, len(words) - 1)]:
            screenshot(page, "41-reader-read-aloud", full_page=False)
    assert page.evaluate("() => window.__speech.step()") is None  # the end
    expect(page.get_by_role("button", name="Read aloud")).to_be_visible()
    expect(current).to_have_count(0)

    # Stopping halfway, and turning the page, end the reading.
    page.get_by_role("button", name="Read aloud").click()
    page.evaluate("() => window.__speech.step()")
    stop.click()
    expect(page.get_by_role("button", name="Read aloud")).to_be_visible()
    expect(current).to_have_count(0)
    assert page.evaluate("() => window.__speech.reading") is False
    page.get_by_role("button", name="Read aloud").click()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_text(re.compile(r"^Page 2 of \d+$"))).to_be_visible()
    expect(page.get_by_role("button", name="Read aloud")).to_be_visible()
    assert page.evaluate("() => window.__speech.reading") is False


def numbered(texts: list[str]) -> list[str]:
    """The reorder list's lines for pages with these texts, in this order."""
    return [f"{i}. {text}" for i, text in enumerate(texts, start=1)]


def test_reordered_pages_stay_where_they_are_put(page: Page, server: str) -> None:
    story = open_book(page, server)
    texts = [p["text"] for p in story["pages"]]
    page.get_by_role("button", name="Reorder pages").click()
    panel = page.get_by_role("region", name="Reorder pages")
    items = panel.get_by_role("listitem")

    saves: list[Response] = []
    page.on("response", lambda r: saves.append(r) if r.url.endswith("/pages/order") else None)

    items.nth(0).drag_to(items.nth(2))
    moved = [texts[1], texts[2], texts[0], *texts[3:]]
    expect(panel.locator("li p")).to_have_text(numbered(moved))
    # The reader opens the moved page in its new place.
    expect(page).to_have_url(re.compile(r"\?page=3$"))

    # From the keyboard: focus stays on the moved page from move to move (on its other
    # button once it reaches the top).
    panel.get_by_role("button", name="Move page 3 up").focus()
    page.keyboard.press("Enter")
    expect(page.locator(":focus")).to_have_accessible_name("Move page 2 up")
    page.keyboard.press("Enter")
    expect(panel.locator("li p")).to_have_text(numbered(texts))
    expect(page.locator(":focus")).to_have_accessible_name("Move page 1 down")
    moved = [texts[1], texts[0], *texts[2:]]
    page.keyboard.press("Enter")
    expect(panel.locator("li p")).to_have_text(numbered(moved))
    expect(page.locator(":focus")).to_have_accessible_name("Move page 2 down")

    # Saved one after another, in order: the last answer has the last order.
    for _ in range(100):
        if len(saves) == 4:
            break
        page.wait_for_timeout(100)
    assert [r.status for r in saves] == [200] * 4
    ids = [p["id"] for p in story["pages"]]
    assert [p["id"] for p in saves[-1].json()["pages"]] == [ids[1], ids[0], *ids[2:]]

    # Saved: a fresh load shows the same order.
    page.reload()
    page.get_by_role("button", name="Reorder pages").click()
    expect(page.get_by_role("region", name="Reorder pages").locator("li p")).to_have_text(
        numbered(moved)
    )


def test_reader_tools_fit_a_phone(page: Page, server: str) -> None:
    story = open_book(page, server)
    page.set_viewport_size({"width": 360, "height": 740})

    def fits(name: str) -> None:
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 360, f"{name}: {width}px wide"

    tools = page.get_by_role("toolbar", name="Change and share this book")
    expect(tools).to_be_visible()
    expect(tools.get_by_role("button")).to_have_text(
        ["Edit text", "New picture", "Print or download", "More…"]
    )
    fits("reader")
    tools.scroll_into_view_if_needed()
    screenshot(page, "42-reader-tools-360px", full_page=False)

    # The rest, from the keyboard: More… opens a menu, arrows move, Enter chooses.
    more = tools.get_by_role("button", name="More…")
    expect(more).to_have_attribute("aria-haspopup", "true")  # its menu has loaded
    more.focus()
    page.keyboard.press("Enter")
    menu = page.get_by_role("menu", name="More…")
    expect(menu.get_by_role("menuitemradio")).to_have_text(
        ["Add page", "Remove page", "Reorder pages", "Share", "Rename, copy or delete"]
    )
    fits("the More… menu")
    assert_accessible(page, "reader tools menu at 360px")
    screenshot(page, "43-reader-more-menu-360px", full_page=False)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(menu).to_have_count(0)
    expect(more).to_be_focused()
    panel = page.get_by_role("region", name="Reorder pages")
    expect(panel.get_by_role("listitem")).to_have_count(len(story["pages"]))
    fits("reorder panel")
    # More… turns from outlined to filled (a panel of its menu is open): let that finish.
    page.evaluate("() => Promise.all(document.getAnimations().map((a) => a.finished))")
    assert_accessible(page, "reorder panel at 360px")
    screenshot(page, "44-reorder-360px")
