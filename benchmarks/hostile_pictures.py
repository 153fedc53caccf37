"""The hostile-picture corpus (tests/hostile/corpus.py) through every path a portrait
takes on a live `storyloom serve`: import, the picture as stored and as PNG, a story with
that character as hero exported as PDF (rasterised by poppler) and as EPUB. Counts server
deaths, 5xx answers and leaks (a byte of a file outside the media store in any output, or
a request to a web address). Then the cost of re-encoding a normal portrait on import:
the median over the built-in illustrator's portraits.

Prints the figure as its last line.
"""

from __future__ import annotations

import importlib.util
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from harness import server
from storyloom.engines.illustrator import gallery
from storyloom.kit.pictures import SVG, reencode

ROOT = Path(__file__).resolve().parents[1]


def _hostile_package() -> None:
    """tests/hostile as the package `hostile` (a dependency ships a top-level `tests`)."""
    folder = ROOT / "tests" / "hostile"
    spec = importlib.util.spec_from_file_location(
        "hostile", folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["hostile"] = module
    spec.loader.exec_module(module)


def sanitise_median_ms() -> float:
    portraits = [p.encode() for p in gallery.portrait_pictures()]
    times = []
    for data in portraits * 5:
        started = time.perf_counter()
        reencode(data, SVG)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    _hostile_package()
    from hostile.drive import drive  # importable after the line above

    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm is missing: apt-get install poppler-utils")
    with tempfile.TemporaryDirectory() as folder, server() as base:
        tally = drive(base, Path(folder), pdftoppm)
    for problem in tally.problems:
        print("problem:", problem)
    median = sanitise_median_ms()
    print(f"re-encoding a normal portrait on import: median {median:.2f} ms")
    print(f"hostile pictures: {tally.line()}; sanitising a portrait: median {median:.2f} ms")


if __name__ == "__main__":
    main()
