"""Start-up overhead of `storyloom generate`: the whole command's wall time minus the time the
same book takes inside a process that has already imported everything.

Both sides make the same book (same cast, seed and format) into a fresh folder; each side runs
three times and the medians are compared. The last line is the overhead in seconds.
"""

from __future__ import annotations

import asyncio
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARGS = ["--hero", "Mia:child:hero:she", "--with", "Rex:dog:pet:he", "--seed", "7", "-f", "html"]
RUNS = 3


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli_seconds() -> list[float]:
    """Wall seconds of each run; also prints the CPU seconds, steadier on a busy machine."""
    storyloom = Path(sys.executable).with_name("storyloom")
    times = []
    cpu_before = _children_cpu()
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            subprocess.run(
                [str(storyloom), "generate", *ARGS, "--out", out],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            times.append(time.perf_counter() - start)
    print(f"storyloom generate CPU {(_children_cpu() - cpu_before) / RUNS:.2f} s a run")
    return times


def in_process_seconds() -> list[float]:
    from storyloom.cli.bookmaker import BookSpec, CharacterSpec, make_book
    from storyloom.cli.common import load_settings
    from storyloom.engines.illustrator.spec import Kind
    from storyloom.engines.writer.story_spec import Pronouns, Role

    spec = BookSpec(
        cast=[
            CharacterSpec(name="Mia", kind=Kind.child, role=Role.hero, pronouns=Pronouns.she),
            CharacterSpec(name="Rex", kind=Kind.dog, role=Role.pet, pronouns=Pronouns.he),
        ],
        seed=7,
    )
    settings = load_settings()
    times = []
    for _ in range(RUNS + 1):  # the first book warms caches (fonts, word lists)
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            asyncio.run(make_book(spec, settings, Path(out), lambda _what, _n: None))
            times.append(time.perf_counter() - start)
    return times[1:]


def main() -> None:
    cli = statistics.median(cli_seconds())
    book = statistics.median(in_process_seconds())
    print(f"storyloom generate {cli:.2f} s; the same book in a warm process {book:.2f} s")
    print(f"generate start-up overhead {cli - book:.2f} s")


if __name__ == "__main__":
    main()
