"""The admin area in a real browser, on a server whose model providers are the stand-in:
an admin (made with `storyloom users create --role admin`) sees the health of every
component, a job that failed for real (the stand-in writes an unsafe story), retries it
once the stand-in behaves, and sees users, safety blocks and charts; a plain user is told
kindly that the area is not for them. Screenshots and axe on both screens."""

from __future__ import annotations

import re
import subprocess
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from playwright.sync_api import Page, expect
from tests.conftest import TEST_REDIS_URL
from tests.e2e.books import PASSWORD, SHEET, log_in, new_email, start_book
from tests.e2e.conftest import AXE, DIST_INDEX, assert_accessible, screenshot
from tests.live import CLI, settings_env
from tests.providers.standin import Reply, StandIn, running_standin, standin_settings, unsafe_page

from storyloom import migrate
from storyloom.config import Settings
from storyloom.kit.serverproc import running_server

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def standin() -> Iterator[StandIn]:
    with running_standin() as server:
        yield server


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory, standin: StandIn) -> Settings:
    data = tmp_path_factory.mktemp("e2e-admin")
    return standin_settings(
        standin,
        data,
        database_url=f"sqlite+aiosqlite:///{data / 'storyloom.db'}",
        redis_url=TEST_REDIS_URL,
        redis_prefix=f"storyloom-test-{uuid.uuid4().hex[:8]}",
        login_limit_per_ip="10000/minute",
        log_json=True,
        moderation_enabled=False,
        # A retried story must ask the stand-in again, not reuse its unsafe answer.
        provider_cache_ttl_seconds=0,
    )


@pytest.fixture(scope="module")
def server(settings: Settings) -> Iterator[str]:
    """Replaces the package's `server`: the same app, with every provider the stand-in."""
    if not DIST_INDEX.is_file() or not AXE.is_file():
        pytest.fail("build the app first (cd frontend && npm ci && npm run build)", pytrace=False)
    migrate.upgrade(settings)
    env = settings_env(settings)
    with running_server(env, settings.data_dir / "server.log") as (base, _):
        yield base


def cli(settings: Settings, *args: str) -> None:
    done = subprocess.run(
        [CLI, *args],
        env=settings_env(settings),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def register(server: str, email: str, name: str) -> dict[str, str]:
    answer = httpx.post(
        f"{server}/api/auth/register",
        json={"email": email, "display_name": name, "password": PASSWORD},
    )
    assert answer.status_code == 201, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def wait_for_job(server: str, auth: dict[str, str], job_id: str, status: str) -> dict[str, Any]:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        job: dict[str, Any] = httpx.get(f"{server}/api/jobs/{job_id}", headers=auth).json()
        if job["status"] == status:
            return job
        assert job["status"] in ("queued", "running", status), job
        time.sleep(0.3)
    raise AssertionError(f"job {job_id} did not reach {status} in time")


def failed_story(server: str, standin: StandIn, auth: dict[str, str]) -> dict[str, Any]:
    """A story whose job fails for real: the stand-in model keeps writing an unsafe page, so
    the LLM writer asks again and then gives up (`provider_bad_output`)."""
    standin.always("chat", Reply(transform=unsafe_page))
    try:
        created = start_book(server, auth)
        return wait_for_job(server, auth, created["job"]["id"], "failed")
    finally:
        standin.always("chat", None)  # from now on the model writes a good story


def test_admin_sees_the_service_and_retries_a_failed_job(
    page: Page, server: str, settings: Settings, standin: StandIn
) -> None:
    parent = new_email()
    auth = register(server, parent, "Robin Quill")
    # A refused input, for the safety blocks.
    refused = httpx.post(
        f"{server}/api/characters",
        headers=auth,
        json={
            "name": "Pip",
            "pronouns": "he",
            "appearance": SHEET,
            "description": "He says shit a lot.",
        },
    )
    assert refused.status_code == 422, refused.text
    job = failed_story(server, standin, auth)

    admin = f"admin-{uuid.uuid4().hex[:8]}@example.com"
    cli(
        settings,
        "users",
        "create",
        admin,
        "--name",
        "Ada Admin",
        "--role",
        "admin",
        "--password",
        PASSWORD,
    )
    log_in(page, admin, "Ada Admin")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Admin").click()
    expect(page).to_have_url(re.compile(r"/admin$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Admin")

    health = page.get_by_role("region", name="Health")
    components = health.get_by_role("list", name="Components")
    expect(components.get_by_role("listitem").filter(has_text="Database")).to_contain_text(
        "Working"
    )
    expect(components.get_by_role("listitem").filter(has_text="Job runner")).to_contain_text(
        "Working"
    )
    expect(health).to_contain_text("checked at")

    jobs = page.get_by_role("region", name="Jobs")
    expect(jobs.get_by_role("tab", name=re.compile("^In flight"))).to_have_attribute(
        "aria-selected", "true"
    )
    jobs.get_by_role("tab", name=re.compile(r"^Failed \(1\)")).click()
    failed = jobs.get_by_role("list", name="Failed jobs")
    expect(failed.get_by_role("listitem")).to_have_count(1)
    expect(failed).to_contain_text(parent)
    expect(failed).to_contain_text("not suitable for this age")

    users = page.get_by_role("region", name="Users")
    row = users.get_by_role("row").filter(has_text=parent)
    expect(row).to_contain_text("Robin Quill")
    expect(users.get_by_role("row").filter(has_text=admin)).to_contain_text("Admin")

    safety = page.get_by_role("region", name="Safety blocks")
    typed = safety.get_by_role("list", name="Recent blocks").get_by_role("listitem")
    expect(typed.filter(has_text="Typed by a user").first).to_contain_text("profanity")

    charts = page.get_by_role("region", name="The last hours")
    for name in ("Requests", "Latency", "Jobs", "Cost"):
        expect(charts.get_by_role("img", name=re.compile(f"^{name}"))).to_be_visible()
    expect(charts.get_by_role("img", name=re.compile("^Jobs"))).to_have_accessible_name(
        re.compile(r"^Jobs 1 job started, 0 finished and 1 failed in the last 6 hours\.$")
    )
    expect(charts.get_by_role("img", name=re.compile("^Requests"))).to_have_accessible_name(
        re.compile(r"^Requests [1-9]\d* requests? in the last 6 hours")
    )
    assert_accessible(page, "admin area")
    screenshot(page, "40-admin")

    failed.get_by_role("button", name=re.compile("^Retry")).click()
    expect(page.get_by_role("alertdialog")).to_contain_text("Job queued again")
    expect(jobs.get_by_text("No failed jobs. Nothing to retry.")).to_be_visible()
    wait_for_job(server, auth, job["id"], "succeeded")
    jobs.get_by_role("tab", name=re.compile("^All")).click()
    done = jobs.get_by_role("list", name="All jobs").get_by_role("listitem")
    expect(done.filter(has_text=parent)).to_contain_text("Done")

    page.set_viewport_size({"width": 360, "height": 780})
    page.reload()
    expect(page.get_by_role("list", name="Components")).to_be_visible()
    expect(page.get_by_role("img", name=re.compile("^Cost"))).to_be_visible()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
    assert_accessible(page, "admin area at 360px")
    screenshot(page, "41-admin-360px")


def test_a_plain_user_is_told_kindly(page: Page, server: str) -> None:
    email = new_email()
    register(server, email, "Robin Quill")
    log_in(page, email)
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Account")).to_be_visible()
    expect(nav.get_by_role("link", name="Admin")).to_have_count(0)
    page.goto("/admin")
    expect(page.get_by_role("heading", level=1)).to_have_text("This area is for administrators")
    expect(page.get_by_role("link", name="Go to your dashboard")).to_be_visible()
    expect(page.get_by_role("region", name="Health")).to_have_count(0)
    assert_accessible(page, "admin area refused")
    screenshot(page, "42-admin-refused")
