"""Benchmark fixtures on a live server: characters and a finished story (its job followed
to the end), made through the API like a user would."""

from __future__ import annotations

import time

import httpx

CHILD = {"kind": "child", "body_color": "#f1c9a5", "accent_color": "#ffffff"}
FOX = {"kind": "fox", "body_color": "#e8742a", "accent_color": "#fff8ee"}


def characters(base: str, headers: dict[str, str], count: int) -> list[str]:
    ids = []
    for n in range(count):
        made = httpx.post(
            f"{base}/api/characters",
            headers=headers,
            json={
                "name": f"Fern {chr(65 + n % 26)}",
                "pronouns": "she",
                "appearance": CHILD if n == 0 else FOX,
                "description": "a curious friend who likes maps and puddles",
            },
        )
        made.raise_for_status()
        ids.append(made.json()["id"])
    return ids


def start_story(base: str, headers: dict[str, str], hero: str, pages: int = 12) -> str:
    """Starts a story; returns its job id."""
    made = httpx.post(
        f"{base}/api/stories",
        headers=headers,
        json={
            "cast": [{"character_id": hero, "role": "hero"}],
            "template": "adventure",
            "setting": "forest",
            "band": "early_reader",
            "pages": pages,
        },
    )
    made.raise_for_status()
    job_id: str = made.json()["job"]["id"]
    return job_id


def wait_done(base: str, headers: dict[str, str], job_ids: list[str], timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    pending = set(job_ids)
    while pending:
        for job_id in list(pending):
            status = httpx.get(f"{base}/api/jobs/{job_id}", headers=headers).json()["status"]
            if status == "succeeded":
                pending.discard(job_id)
            elif status in ("failed", "cancelled"):
                raise RuntimeError(f"job {job_id} {status}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"jobs not done: {pending}")
        time.sleep(0.05)


def finished_story(base: str, headers: dict[str, str], hero: str) -> str:
    job_id = start_story(base, headers, hero)
    wait_done(base, headers, [job_id])
    story_id: str = httpx.get(f"{base}/api/jobs/{job_id}", headers=headers).json()["story_id"]
    return story_id


if __name__ == "__main__":
    # On its own: how long one finished 12-page story takes through a live server.
    from harness import register, server

    with server() as base:
        headers = {"Authorization": f"Bearer {register(base)}"}
        hero = characters(base, headers, 1)[0]
        started = time.perf_counter()
        finished_story(base, headers, hero)
        took = time.perf_counter() - started
    print(f"a finished 12-page story through the API (start to ready): {took:.2f} s")
