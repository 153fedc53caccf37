"""Median time for the procedural writer to write a 12-page preschool story."""

from __future__ import annotations

import random
import statistics
import time

from storyloom.engines.writer.cast import random_cast
from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.story_spec import StoryRequest, Template


def main() -> None:
    requests = []
    for i in range(300):
        rng = random.Random(i)
        cast, rels = random_cast(rng)
        requests.append(
            StoryRequest.model_validate(
                {
                    "cast": cast,
                    "relationships": rels,
                    "template": list(Template)[i % len(Template)],
                    "setting": "forest",
                    "band": "preschool",
                    "pages": 12,
                    "seed": i,
                }
            )
        )
    write_story(requests[0])  # warm caches (word lists, hyphenation dictionary)
    times = []
    for request in requests:
        start = time.perf_counter()
        write_story(request)
        times.append(time.perf_counter() - start)
    print(f"writer 12-page preschool median {statistics.median(times) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
