"""The family's idea said on the page, built from its parts (who, the goal's verb, the
thing in the family's words, the place), in the band's tense.

A want is said where the story sets it and answered where the story resolves it, so the
idea is the plot's spine, not a sticker on it.
"""

from __future__ import annotations

import random
import re

from storyloom.engines.bands import AgeBand
from storyloom.engines.writer.grammar import Ref, render, with_article
from storyloom.engines.writer.idea import Goal, Idea
from storyloom.engines.writer.templates.base import Beat

_WANTS_PAST = ("wanted to", "wished {H:they} could", "made up {H:their} mind to", "hoped to")
_WANTS_NOW = ("wants to", "would like to")
_DONE = ("At last", "And so", "In the end", "So, at last")
_PAST = {
    **{v: v + "ed" for v in ("play", "sail", "climb", "paint")},
    **{v: v + "d" for v in ("use", "bake")},
    **{"fly": "flew", "ride": "rode", "read": "read", "swim": "swam", "draw": "drew"},
    **{"build": "built", "sing": "sang", "catch": "caught"},
}


def idea_said(idea: Idea, texts: list[str]) -> bool:
    """Whether these sentences already name the idea's thing (or place)."""
    word = idea.noun or (idea.place or "").split(" ")[-1]
    return bool(word) and any(re.search(rf"\b{re.escape(word)}", t, re.IGNORECASE) for t in texts)


def idea_due(beats: list[Beat], pages_so_far: int) -> bool:
    """The want's page, the resolution's, and the last page if the idea is not yet on two."""
    return beats[0] in (Beat.want, Beat.resolution) or (beats[-1] == Beat.echo and pages_so_far < 2)


def _want(idea: Idea, goal: Goal, young: bool) -> str | None:
    """The want, as what follows "Mia wanted to"."""
    thing = "the " + idea.thing if idea.thing else None
    where = f" in {idea.place}" if idea.place and thing else ""
    if goal == Goal.learn and idea.doing and thing:
        return f"learn to {idea.doing} {thing}"
    if goal == Goal.overcome and idea.fear:
        return f"be brave about {idea.fear}"
    if goal == Goal.reach and idea.place:
        return f"reach {idea.place}" + (f" with {thing}" if thing and not young else "")
    if thing is None:
        return None
    if goal == Goal.make:
        return f"make {with_article(idea.thing or '')}{where}"
    if goal == Goal.help and idea.animal:
        return f"help {thing}{where}"
    return f"find {thing}{where}"


def _done(idea: Idea, goal: Goal, young: bool) -> str | None:
    """The answer, as a whole sentence with {H} for the hero."""
    thing = "the " + idea.thing if idea.thing else None
    if goal == Goal.learn and idea.doing and thing:
        if young:
            return f"{{H}} can {idea.doing} {thing}!"
        return f"{{H}} {_PAST[idea.doing]} {thing}, all by {{H:themself}}."
    if goal == Goal.overcome and idea.fear:
        return f"{{H}} {'is' if young else 'was'} not scared of {idea.fear} any more."
    if goal == Goal.reach and idea.place:
        if young:
            return f"{{H}} is at {idea.place}!"
        return f"{{H}} reached {idea.place}" + (f" with {thing}." if thing else ".")
    if thing is None:
        return None
    if goal == Goal.help and idea.animal:
        return f"{thing[0].upper()}{thing[1:]} {'is' if young else 'was'} safe."
    if goal == Goal.make:
        return f"{{H}} made {thing}!" if not young else f"Look at {thing}!"
    return f"{{H}} has {thing}!" if young else f"{{H}} found {thing}."


def idea_line(idea: Idea, beat: Beat, band: AgeBand, hero: Ref, rng: random.Random) -> str | None:
    """One sentence that carries the idea on this beat, or None if it has nothing to say."""
    goal = idea.goal or Goal.find
    if idea.thing is not None and goal == Goal.overcome and idea.fear is None:
        goal = Goal.find  # "can't sleep without her teddy": the want is the teddy
    young = band == AgeBand.toddler
    ctx: dict[str, Ref | str] = {"H": hero}
    if beat == Beat.want:
        want = _want(idea, goal, young)
        if want is None:
            return None
        wants = rng.choice(_WANTS_NOW if young else _WANTS_PAST)
        return render(f"{{H}} {wants} {want}.", ctx)
    if beat in (Beat.resolution, Beat.echo):
        done = _done(idea, goal, young)
        if done is None:
            return None
        if young:
            return render(done, ctx)
        if not done.startswith("{H}"):
            done = done[0].lower() + done[1:]
        return render(rng.choice(_DONE) + ", " + done, ctx)
    return None


__all__ = ["idea_due", "idea_line", "idea_said"]
