"""How much the pictures of a book vary and how real the "New picture" choices are, on
books written by the built-in writer (benchmark sample requests, every template and band).

- poses: share of pages whose scene shows someone in a pose other than standing, and the
  number of distinct poses over all books;
- variety: distinct (place, framing) pairs per book of 12 or more pages (goal >= 6);
- choices: mean perceptual difference (mean absolute difference per channel, 0-255, of
  240-pixel renders) between each page's picture and each of its three candidate takes.

The last line printed is the summary figure.
"""

from __future__ import annotations

import io
import statistics

from PIL import Image, ImageChops, ImageStat

from storyloom.engines.illustrator import render_png, render_scene
from storyloom.engines.illustrator.spec import Pose, SceneSpec
from storyloom.engines.illustrator.takes import takes
from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.report import sample_requests

BOOKS = 60
CHOICE_PAGES = 24


def _png(spec: SceneSpec, cast: dict[str, object], seed: int) -> Image.Image:
    svg = render_scene(spec, cast, seed=seed)  # type: ignore[arg-type]
    return Image.open(io.BytesIO(render_png(svg, 240))).convert("RGB")


def _difference(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


def main() -> None:
    requests = sample_requests(BOOKS)
    acting = pages = 0
    poses: set[Pose] = set()
    variety: list[int] = []
    differences: list[float] = []
    for n, request in enumerate(requests):
        draft = write_story(request)
        cast = {member.id: member.sheet for member in request.cast}
        scenes = [page.scene for page in draft.pages]
        for scene in scenes:
            pages += 1
            shown = {c.pose for c in scene.characters}
            poses |= shown
            acting += any(p is not Pose.standing for p in shown)
        if len(scenes) >= 12:
            variety.append(len({(s.place, s.focus) for s in scenes}))
        if len(differences) < CHOICE_PAGES * 3:
            scene = scenes[len(scenes) // 2]
            current = _png(scene, cast, n)  # type: ignore[arg-type]
            for k, take in enumerate(takes(scene, 3)):
                differences.append(_difference(current, _png(take, cast, n + k + 1)))  # type: ignore[arg-type]
    print(f"pages with an action pose: {acting / pages:.2f} ({pages} pages, {len(poses)} poses)")
    print(f"distinct place x framing per 12+ page book: median {statistics.median(variety)}")
    reached = sum(v >= 6 for v in variety) / len(variety)
    print(f"12+ page books with >= 6 place x framing: {reached:.0%} of {len(variety)}")
    mean = statistics.mean(differences)
    print(f"candidate takes vs the page's picture: mean difference {mean:.1f}")
    print(
        f"pictures: {acting / pages:.2f} of pages in action, {len(poses)} poses; "
        f"place x framing per book median {statistics.median(variety)} (min {min(variety)}, "
        f"{reached:.0%} >= 6); "
        f"New picture difference {mean:.1f}/255"
    )


if __name__ == "__main__":
    main()
