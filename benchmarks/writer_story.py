"""Whether the built-in writer's books hang together: ideas honoured, stock lines, things
pointed at before they exist, nouns foreign to the setting, variety between seeds, reading
level and page length in band, and the time per book. The last line is the summary."""

from __future__ import annotations

import statistics
import time

from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.report import run, sample_requests


def main() -> None:
    report = run(stories=400, seed=1)
    for measure, value, goal in report.rows():
        print(f"{measure:<48} {value:<24} goal {goal}")
    for sentence, books in report.stock_examples[:8]:
        print(f"  stock line in {books} books: {sentence}")
    requests = sample_requests(200, seed=2)
    write_story(requests[0])  # warm caches (word lists, hyphenation dictionary)
    times = []
    for request in requests:
        start = time.perf_counter()
        write_story(request)
        times.append(time.perf_counter() - start)
    pages = sum(f.pages for f in report.bands.values())
    in_band = sum(f.pages_in_range for f in report.bands.values())
    print(
        f"writer stories: idea honoured {report.idea_honoured or 0:.1%}, "
        f"stock-line rate {report.stock_line_rate:.1%}, "
        f"before they exist {report.before_they_exist}, "
        f"setting-foreign {report.setting_foreign}, "
        f"4-gram Jaccard {report.variety_jaccard:.3f}, "
        f"pages in band {in_band / max(pages, 1):.1%}, "
        f"median {statistics.median(times) * 1000:.1f} ms/book"
    )


if __name__ == "__main__":
    main()
