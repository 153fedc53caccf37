"""Lighthouse 12.2.3 scores (mobile) on four screens of the built app, in Debian's Chromium.

Builds nothing: run `make frontend` first. A real server (benchmarks/harness.py: embedded
default, own data folder, free port) serves the built app. Through the API a parent gets a
character and a finished book, so the dashboard, the story wizard and the reader have
something to show. Lighthouse runs on four pages: the front door (signed out), the
dashboard, the new-story wizard and the reader of the book.

The session lives in an HttpOnly refresh cookie that rotates on every use, so a fixed Cookie
header (Lighthouse's extraHeaders) would be stale after the first page. Instead Playwright
opens Chromium with a remote-debugging port and signs in in that browser; Lighthouse
connects to the same browser (`--port`), opens its tab beside it and so shares the cookie
jar, rotations included (Lighthouse clears caches and service workers between runs, never
cookies). Lighthouse itself is pinned in benchmarks/lighthouse/package.json (its own
lockfile, apart from the app's dependencies); `npm ci` there installs it.

Pass a folder to keep the JSON reports there: `python benchmarks/lighthouse.py out/lh`.

Goals (issue #21): accessibility 100, best practices >= 95, performance >= 90.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

from harness import server
from storyloom.kit.serverproc import free_port

HERE = Path(__file__).resolve().parent
TOOL = HERE / "lighthouse"
LIGHTHOUSE = TOOL / "node_modules" / ".bin" / "lighthouse"
DIST_INDEX = HERE.parent / "frontend" / "dist" / "index.html"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
CATEGORIES = ("accessibility", "best-practices", "performance", "seo")
SHORT = {"accessibility": "a11y", "best-practices": "bp", "performance": "perf", "seo": "seo"}
EMAIL = "lighthouse@example.com"
PASSWORD = "a long benchmark password"  # noqa: S105 - the benchmark's throwaway account
CHARACTER = {
    "name": "Maya",
    "pronouns": "she",
    "appearance": {
        "kind": "child",
        "body_color": "#f3c6a5",
        "hair_color": "#6a3b1f",
        "hair_style": "curly",
        "eye_color": "#3b2a1a",
        "outfit": "dress",
        "outfit_color": "#e63946",
        "outfit_accent_color": "#fff4d6",
        "accent_color": "#f2c14e",
    },
}
STORY = {
    "template": "adventure",
    "setting": "forest",
    "lesson": "none",
    "band": "early_reader",
    "art_style": "flat",
}


def _ensure_lighthouse() -> None:
    if not LIGHTHOUSE.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=TOOL, check=True)


def _book(base: str) -> str:
    """A parent with a character and a finished book; the book's id."""
    registered = httpx.post(
        f"{base}/api/auth/register",
        json={"email": EMAIL, "display_name": "Robin Quill", "password": PASSWORD},
    )
    registered.raise_for_status()
    auth = {"Authorization": f"Bearer {registered.json()['access_token']}"}
    character = httpx.post(f"{base}/api/characters", headers=auth, json=CHARACTER)
    character.raise_for_status()
    cast = [{"character_id": character.json()["id"], "role": "hero"}]
    created = httpx.post(f"{base}/api/stories", headers=auth, json={**STORY, "cast": cast})
    created.raise_for_status()
    story_id: str = created.json()["story"]["id"]
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        status = httpx.get(f"{base}/api/stories/{story_id}", headers=auth).json()["status"]
        if status == "ready":
            return story_id
        if status == "failed":
            raise SystemExit("the book failed")
        time.sleep(0.5)
    raise SystemExit("the book was not ready after 5 minutes")


def _audit(url: str, port: int, out: Path) -> dict[str, int]:
    """Lighthouse's mobile defaults (emulated phone, simulated slow 4G and CPU) on `url`
    in the browser listening on `port`; the category scores out of 100."""
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            f"--port={port}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--output=json",
            f"--output-path={out}",
            "--quiet",
        ],
        check=True,
    )
    report = json.loads(out.read_text())
    if report["finalDisplayedUrl"] != url:  # e.g. sent to /login: not the page we meant
        raise SystemExit(f"{url} ended at {report['finalDisplayedUrl']}")
    scores = {c: round((report["categories"][c]["score"] or 0) * 100) for c in CATEGORIES}
    failing = [
        f"{audit['id']} ({audit['score']})"
        for audit in report["audits"].values()
        if audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
        and audit.get("score") is not None
        and audit["score"] < 0.9
    ]
    print(f"{url}: {scores}; below 0.9: {', '.join(sorted(failing)) or 'none'}", flush=True)
    return scores


def main() -> None:
    if not DIST_INDEX.is_file():
        raise SystemExit("frontend/dist is missing: run `make frontend` first")
    _ensure_lighthouse()
    results: dict[str, dict[str, int]] = {}
    keep = Path(sys.argv[1]) if len(sys.argv) > 1 else None  # a folder for the JSON reports
    with (
        server() as base,
        tempfile.TemporaryDirectory(prefix="storyloom-lighthouse-") as tmp,
        sync_playwright() as p,
    ):
        story_id = _book(base)
        reports = keep or Path(tmp)
        reports.mkdir(parents=True, exist_ok=True)
        port = free_port()
        browser = p.chromium.launch_persistent_context(
            Path(tmp) / "profile",
            executable_path=CHROMIUM,
            args=[*ARGS, f"--remote-debugging-port={port}"],
        )
        try:
            results["home"] = _audit(f"{base}/", port, reports / "home.json")
            for name, path in (
                ("dashboard", "/"),
                ("wizard", "/stories/new"),
                ("reader", f"/stories/{story_id}"),
            ):
                # A fresh sign-in for each page: Lighthouse closes its tab as soon as it has
                # its figures, and a refresh answered after that rotated a cookie the jar
                # never received. Signing in through the browser's own request context puts
                # the cookie in the jar Lighthouse's tab uses.
                login = browser.request.post(
                    f"{base}/api/auth/login", data={"email": EMAIL, "password": PASSWORD}
                )
                if not login.ok:
                    raise SystemExit(f"login failed: {login.text()}")
                results[name] = _audit(f"{base}{path}", port, reports / f"{name}.json")
        finally:
            browser.close()
    print(
        "lighthouse mobile "
        + "/".join(SHORT[c] for c in CATEGORIES)
        + ": "
        + ", ".join(
            f"{name} " + "/".join(str(s[c]) for c in CATEGORIES) for name, s in results.items()
        )
    )


if __name__ == "__main__":
    main()
