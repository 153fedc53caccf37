"""Browser tests: Debian's Chromium (never a downloaded browser) driving the built app on a
real `storyloom serve` with a fresh database."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright
from tests.conftest import make_settings
from tests.live import live_server

from storyloom import migrate

ROOT = Path(__file__).resolve().parents[2]
DIST_INDEX = ROOT / "frontend" / "dist" / "index.html"
AXE = ROOT / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not DIST_INDEX.is_file():
        pytest.fail(
            f"{DIST_INDEX.relative_to(ROOT)} is missing: build the app first "
            "(cd frontend && npm ci && npm run build)",
            pytrace=False,
        )
    if not AXE.is_file():
        pytest.fail("frontend/node_modules/axe-core is missing: run `npm ci` in frontend/")
    data = tmp_path_factory.mktemp("e2e")
    settings = make_settings(data, f"sqlite+aiosqlite:///{data / 'storyloom.db'}")
    migrate.upgrade(settings)
    with live_server(settings, log=data / "server.log") as base:
        yield base


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Browser]:
    # After `server`: Playwright's sync API keeps an event loop running in this thread, and
    # the migration above runs its own.
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium", pytrace=False)
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def context(browser: Browser, server: str) -> Iterator[BrowserContext]:
    # bypass_csp lets axe-core be injected as a script tag; test_csp checks the app runs
    # under the server's real CSP.
    ctx = browser.new_context(
        base_url=server, bypass_csp=True, viewport={"width": 1280, "height": 900}
    )
    ctx.set_default_timeout(10_000)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


def new_email() -> str:
    return f"parent-{uuid.uuid4().hex[:10]}@example.com"


def csp_violations(page: Page) -> list[str]:
    """The Content Security Policy violations the page reports from now on (filled in as
    they happen)."""
    violations: list[str] = []
    page.on(
        "console",
        lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None,
    )
    return violations


def screenshot(page: Page, name: str, *, full_page: bool = True) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


def assert_accessible(page: Page, name: str) -> None:
    """axe-core on the current screen: no serious or critical violations."""
    page.add_script_tag(path=str(AXE))
    results: dict[str, Any] = page.evaluate(
        "() => axe.run(document, { resultTypes: ['violations'] })"
    )
    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    summary = [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"][:5]],
        }
        for v in bad
    ]
    assert not bad, f"axe found serious problems on {name}:\n{json.dumps(summary, indent=2)}"


# The two screens every flow is checked on: a phone and a desktop.
SIZES = {"phone": (360, 780), "desktop": (1280, 900)}


@pytest.fixture(params=list(SIZES))
def sized(request: pytest.FixtureRequest, browser: Browser, server: str) -> Iterator[Page]:
    width, height = SIZES[request.param]
    phone = request.param == "phone"
    ctx = browser.new_context(
        base_url=server,
        bypass_csp=True,
        viewport={"width": width, "height": height},
        has_touch=phone,
        is_mobile=phone,
    )
    ctx.set_default_timeout(15_000)
    page = ctx.new_page()
    page.size = request.param  # type: ignore[attr-defined]
    yield page
    ctx.close()
