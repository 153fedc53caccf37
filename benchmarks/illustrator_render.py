"""Median render time and SVG size of the built-in illustrator.

Goals on a 2-core machine: portrait < 10 ms, page scene with three characters < 30 ms.
The last line printed is the summary figure.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from storyloom.engines.illustrator import random_sheet, render_portrait, render_scene
from storyloom.engines.illustrator.characters import forget_drawings
from storyloom.engines.illustrator.spec import (
    ArtStyle,
    Kind,
    Pose,
    Prop,
    SceneCharacter,
    SceneProp,
    SceneSpec,
    Setting,
    TimeOfDay,
    Weather,
)

ITERATIONS = 200


def median_ms(fn: Callable[[], str], cold: bool = True) -> tuple[float, int]:
    """Median time of `fn`; cold, every character is drawn afresh each time (a page whose
    cast is new), else the drawings of the call before are reused (a book's next page)."""
    size = len(fn().encode())  # warm-up, and the size of what we time
    samples = []
    for _ in range(ITERATIONS):
        if cold:
            forget_drawings()
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), size


def main() -> None:
    rng = random.Random(1)
    cast = {k.value: random_sheet(k, rng) for k in (Kind.child, Kind.fox, Kind.owl)}
    spec = SceneSpec(
        setting=Setting.forest,
        time_of_day=TimeOfDay.sunset,
        weather=Weather.wind,
        characters=[
            SceneCharacter(character_id="child", pose=Pose.waving),
            SceneCharacter(character_id="fox", pose=Pose.running),
            SceneCharacter(character_id="owl", pose=Pose.sitting),
        ],
        props=[SceneProp(prop=Prop.kite, held_by="child"), SceneProp(prop=Prop.basket)],
    )
    results: dict[str, tuple[float, int]] = {}
    for style in ArtStyle:
        results[f"portrait/{style}"] = median_ms(
            lambda style=style: render_portrait(cast["fox"], style=style, seed=3)
        )
        results[f"scene/{style}"] = median_ms(
            lambda style=style: render_scene(spec, cast, style=style, seed=3)
        )
        results[f"scene/{style}, cast drawn before"] = median_ms(
            lambda style=style: render_scene(spec, cast, style=style, seed=3), cold=False
        )
    for name, (ms, size) in results.items():
        print(f"{name:34s} median {ms:6.2f} ms  {size / 1000:6.1f} kB")
    portrait_ms = max(results[f"portrait/{s}"][0] for s in ArtStyle)
    scene_ms = max(results[f"scene/{s}"][0] for s in ArtStyle)
    portrait_kb = max(results[f"portrait/{s}"][1] for s in ArtStyle) / 1000
    scene_kb = max(results[f"scene/{s}"][1] for s in ArtStyle) / 1000
    print(
        f"portrait median {portrait_ms:.1f} ms, scene(3 chars) median {scene_ms:.1f} ms, "
        f"portrait {portrait_kb:.1f} kB, scene {scene_kb:.1f} kB"
    )


if __name__ == "__main__":
    main()
