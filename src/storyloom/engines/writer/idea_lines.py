"""The family's idea said on the page: built from its parts (who, the goal's verb, the
thing in the family's words, the place), in the band's tense.

A want is said where the story sets it, and answered where the story resolves it, so the
idea is the plot's spine, not a sticker on it.
"""

from __future__ import annotations

import random
import re

from storyloom.engines.bands import AgeBand
from storyloom.engines.writer.grammar import Ref, render
from storyloom.engines.writer.idea import Goal, Idea
from storyloom.engines.writer.templates.base import Beat

# The verb of each goal (present, past), and the answer once it is done (past, present).
_VERBS: dict[Goal, tuple[str, str]] = {
    Goal.find: ("find", "found"),
    Goal.make: ("make", "made"),
    Goal.help: ("help", "helped"),
    Goal.reach: ("reach", "reached"),
    Goal.overcome: ("be brave about", "was brave about"),
    Goal.learn: ("learn about", "learned about"),
}
_WANTS_PAST = ("wanted to", "wished {H:they} could", "made up {H:their} mind to", "hoped to")
_WANTS_NOW = ("wants to", "would like to")
_DONE_OPENERS = ("At last", "And so", "In the end", "So, at last")


def _object(idea: Idea) -> str | None:
    if idea.thing is not None:
        return "the " + idea.thing
    return idea.place


def idea_said(idea: Idea, texts: list[str]) -> bool:
    """Whether these sentences already name the idea's thing (or place)."""
    word = idea.noun or (idea.place or "").split(" ")[-1]
    return bool(word) and any(re.search(rf"\b{re.escape(word)}", t, re.IGNORECASE) for t in texts)


def idea_due(beats: list[Beat], pages_so_far: int) -> bool:
    """The want's page, the resolution's, and the last page if the idea is not yet on two."""
    return beats[0] in (Beat.want, Beat.resolution) or (beats[-1] == Beat.echo and pages_so_far < 2)


def idea_line(idea: Idea, beat: Beat, band: AgeBand, hero: Ref, rng: random.Random) -> str | None:
    """One sentence that carries the idea on this beat, or None if it has nothing to say."""
    what = _object(idea)
    goal = idea.goal or Goal.find
    if idea.thing is not None and goal in (Goal.overcome, Goal.learn):
        goal = Goal.find  # "can't sleep without her teddy": the want is the teddy
    if what is None:
        return None
    verb_now, verb_past = _VERBS[goal]
    if goal == Goal.reach and idea.thing is not None and idea.place is None:
        verb_now, verb_past = "get to", "got to"
    where = f" in {idea.place}" if idea.place and idea.thing else ""
    young = band == AgeBand.toddler
    ctx: dict[str, Ref | str] = {"H": hero}
    if beat == Beat.want:
        if young:
            return render(f"{{H}} {rng.choice(_WANTS_NOW)} {verb_now} {what}.", ctx)
        wants = rng.choice(_WANTS_PAST)
        return render(f"{{H}} {wants} {verb_now} {what}{where}.", ctx)
    if beat in (Beat.resolution, Beat.echo):
        if young:
            return render(f"{{H}} has {what}!" if idea.thing else f"Here is {what}!", ctx)
        opener = rng.choice(_DONE_OPENERS)
        if idea.thing is None:
            return render(f"{opener}, {{H}} {verb_past} {what}.", ctx)
        return render(f"{opener}, {{H}} {verb_past} {what}.", ctx)
    return None


__all__ = ["idea_due", "idea_line", "idea_said"]
