"""Time from navigation to the dashboard being usable, in headless Chromium on loopback.

A real server (benchmarks/harness.py) serves the built app (run `cd frontend && npm run
build` first). A signed-in parent opens http://127.0.0.1:PORT/ in a fresh tab: the app
restores the session from its refresh cookie and draws the dashboard. "Usable" is when the
Characters card shows its count (here "None yet", for a new parent). Each run is
a new page in the same browser context (so the cookie is there, as for a returning parent),
with the HTTP cache disabled, so every run loads the app's files again.
"""

from __future__ import annotations

import statistics
import time

from playwright.sync_api import sync_playwright

from harness import register, server

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
RUNS = 15
EMAIL = "bench@example.com"
PASSWORD = "a long benchmark password"  # noqa: S105 - the harness's throwaway account


def main() -> None:
    times: list[float] = []
    with server() as base, sync_playwright() as p:
        register(base, EMAIL)
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(RUNS):
            # A fresh context each run: no HTTP cache and no service worker yet, and a new
            # sign-in, so the refresh cookie is there as for a returning parent.
            context = browser.new_context(base_url=base)
            login = context.request.post(
                "/api/auth/login", data={"email": EMAIL, "password": PASSWORD}
            )
            assert login.ok, login.text()
            tab = context.new_page()
            started = time.perf_counter()
            tab.goto("/")
            tab.get_by_role("heading", name="Characters").wait_for()
            tab.get_by_text("None yet").first.wait_for()  # the counts have arrived
            times.append((time.perf_counter() - started) * 1000)
            context.close()
        browser.close()
    print(f"runs: {', '.join(f'{t:.0f}' for t in times)} ms")
    print(f"dashboard usable after navigation: median {statistics.median(times):.0f} ms")


if __name__ == "__main__":
    main()
