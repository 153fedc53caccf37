"""50 books while 30% of provider calls fail transiently: how many still succeed?

A real `storyloom serve` (SQLite, in-process jobs) uses the loopback stand-in
OpenAI-compatible server (tests/providers/standin.py) for text and pictures. The
stand-in fails a seeded random 30% of all calls, half with 503 and half with 429 and a
Retry-After of 0.2 s; every other call is answered at once. 50 preschool books of 12
pages are made through the API and followed to their end.

Failures are not drawn around: the fallback to the built-in engines is off
(STORYLOOM_PROVIDER_FALLBACK=none), so a book succeeds only if every call eventually
went through, and the benchmark checks the provider made its text and pictures.
The run's retry settings are tuned for a provider that is flaky rather than down:
ten attempts per call (0.3^10: about one call in 170,000 fails for good), and a circuit
breaker that opens only after 25 consecutive failures. To keep the run bounded (about
half a minute) the waits are short: backoff from 0.02 s up to 0.3 s with 0.05 s jitter,
Retry-After honoured up to 0.5 s. Production keeps its defaults (0.5 s up to 8 s).

Prints the share of books that succeeded and provider calls per book (failed calls
included) as its last line. Goal: 100%.
"""

from __future__ import annotations

import time

from provider_parallelism import PAGES, Author, Reply, author_on, running_standin

BOOKS = 50
FAILING = 0.3
SEED = 20261126
RETRY_AFTER = "0.2"
SETTINGS = {
    "STORYLOOM_PROVIDER_ATTEMPTS": "10",
    "STORYLOOM_PROVIDER_BACKOFF_INITIAL_SECONDS": "0.02",
    "STORYLOOM_PROVIDER_BACKOFF_MAX_SECONDS": "0.3",
    "STORYLOOM_PROVIDER_BACKOFF_JITTER_SECONDS": "0.05",
    "STORYLOOM_PROVIDER_RETRY_AFTER_MAX_SECONDS": "0.5",
    "STORYLOOM_PROVIDER_DEADLINE_SECONDS": "60",
    "STORYLOOM_PROVIDER_BREAKER_FAILURES": "25",
    "STORYLOOM_PROVIDER_BREAKER_RECOVERY_SECONDS": "1",
    "STORYLOOM_QUOTA_COST_USD_PER_MONTH": "1000000",
    "STORYLOOM_QUOTA_IMAGES_PER_MONTH": "1000000",
}


def succeeded(final: dict[str, object]) -> bool:
    return (
        final.get("status") == "succeeded"
        and str(final.get("text_engine", "")).startswith("llm:")
        and str(final.get("image_engine", "")).startswith("images:")
    )


def run(author: Author) -> list[dict[str, object]]:
    jobs = [author.start(PAGES) for _ in range(BOOKS)]  # all queued at once
    return [author.follow(job_id, timeout=180) for job_id in jobs]


def main() -> None:
    with running_standin() as standin, author_on(standin, **SETTINGS) as author:
        standin.reset()
        standin.flaky(
            FAILING,
            Reply(status=503),
            Reply(status=429, headers={"retry-after": RETRY_AFTER}),
            seed=SEED,
        )
        began = time.perf_counter()
        finals = run(author)
        seconds = time.perf_counter() - began
        calls = standin.calls("chat") + standin.calls("images")
    ok = sum(succeeded(final) for final in finals)
    for final in finals:
        if not succeeded(final):
            print(f"not succeeded: {final.get('status')} {final.get('error_code')}: ", end="")
            print(final.get("error") or final.get("image_engine"))
    print(f"{BOOKS} books in {seconds:.1f} s; {calls} provider calls")
    print(
        f"chaos: {ok}/{BOOKS} books succeeded ({ok / BOOKS:.0%}), "
        f"{calls / BOOKS:.1f} provider calls per book"
    )


if __name__ == "__main__":
    main()
