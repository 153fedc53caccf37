"""The thing in the way of an adventure, as the picture draws it: a river, a wall of rock,
a thicket, a locked door, read from the words the story names it with."""

from __future__ import annotations

import re

from storyloom.engines.illustrator.spec import Obstacle
from storyloom.engines.writer.story_spec import Template

# Words of the thing in the way, and how the picture draws it: what it is made of first
# ("a tall wall of snow" is snow), then its shape ("a wall", "a heap").
_OBSTACLE_WORDS: tuple[tuple[Obstacle, str], ...] = (
    (Obstacle.deep_snow, "snow snowdrift snowdrifts ice icy frozen"),
    (Obstacle.broken_bridge, "bridge"),
    (Obstacle.bog, "bog mud swamp marsh puddle mire"),
    (Obstacle.stream, "river stream brook creek moat pool water rapids"),
    (Obstacle.thorn_bush, "bushes bush thorns thorny brambles hedge nettles vines creepers tangle"),
    (Obstacle.fallen_tree, "tree trunk log logs branch branches ditch"),
    (Obstacle.locked_door, "door gate fence"),
    (Obstacle.cave_mouth, "cave crack hole crater tunnel chasm"),
    (Obstacle.staircase, "staircase stairs steps"),
    (Obstacle.high_shelf, "shelf"),
    (Obstacle.rock_wall, "rocks rock boulder boulders stones cliff landslide coral wall"),
    (Obstacle.heap, "heap pile stack mountain toys books pillows boxes chairs desks seaweed dust"),
)
_OBSTACLES = tuple((word, o) for o, words in _OBSTACLE_WORDS for word in words.split())


def obstacle_for(problem: str, template: Template) -> Obstacle | None:
    """What stands in the way, if the story's problem is something a picture can show."""
    if template not in (Template.adventure, Template.exploration):
        return None
    # "a river with no bridge" is a river
    words = set(re.findall(r"[a-z]+", re.sub(r"\bwith no \w+", "", problem.lower())))
    return next((o for word, o in _OBSTACLES if word in words), None)


def names_obstacle(text: str, problem: str) -> bool:
    """Whether a page's text names the thing in the way ("the river", "the wall")."""
    # the head noun: "the big pile of snow" is a pile, "a crack in the rocks" a crack
    words = re.split(r" (?:of|in|on|across|over) ", problem.lower().strip())[0].split()
    head = words[-1].strip(",") if words else ""
    return bool(head) and re.search(rf"\b{re.escape(head)}\b", text.lower()) is not None
