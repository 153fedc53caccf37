"""What follows from a page's event, made from the world at that moment.

A consequence names what this story holds: the thing the hero wants and whether it is
still lost, stuck or unfinished; the place they have come to and the one they started
from; the light at this hour; who is beside the hero and what they are to each other;
how many of them there are now. Each sentence is assembled from those parts (see
`moment.Moment` for the slots), so two books share a consequence only when their worlds
are alike, and a sentence never claims what the story has not made true.
"""

from __future__ import annotations

import random

from storyloom.engines.writer.moment import Moment
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.templates.base import Beat

B, Tm = Beat, Template
_JOURNEYS = frozenset({Tm.adventure, Tm.exploration})
_THINGS = frozenset({Tm.mystery, Tm.bedtime})

# What is still not done, by what the story is about ({aim} is what the hero wants).
_STILL: dict[Template, tuple[str, ...]] = {
    Tm.adventure: ("{Aim} was still a long way off", "{Aim} seemed no closer than before"),
    Tm.exploration: ("{Aim} was still a long way off", "{Aim} seemed no closer than before"),
    Tm.mystery: ("{Aim} was still nowhere to be found", "There was still no sign of {aim}"),
    Tm.bedtime: ("There was still no sign of {aim}",),
    Tm.rescue: ("{Aim} was still stuck", "{Aim} still could not get out"),
    Tm.celebration: ("{Aim} was still not ready", "{Aim} still did not look right"),
    Tm.friendship: ("{H} was still on {H:their} own", "{H} still had nobody to play with"),
}
_STILL_PLAIN: dict[Template, tuple[str, ...]] = {
    Tm.adventure: ("{Aim} was still far away",),
    Tm.exploration: ("{Aim} was still far away",),
    Tm.mystery: ("{Aim} was still lost",),
    Tm.bedtime: ("{Aim} was still lost",),
    Tm.rescue: ("{Aim} was still stuck",),
    Tm.celebration: ("{Aim} was not ready yet",),
    Tm.friendship: ("{H} was still on {H:their} own",),
}
# How the one beside the hero takes a try that failed, by what they are to the hero.
_SHRUG: dict[str, tuple[str, ...]] = {
    "pet": ("{F} looked up at {H} and waited", "{F} tilted {F:their} head"),
    "sibling": ('"Told you," said {F}, but not unkindly', "{F} sighed a very loud sigh"),
    "elder": ("{F} waited and said nothing", "{F} gave {H} a slow nod"),
    "friend": ("{F} scratched {F:their} head", "{F} shrugged"),
    "rival": ("{F} grinned, then stopped grinning", "{F} laughed, then looked away"),
}
_TAILS = (" {spot_here}.", ", and {light}.", ", and {weather}.")
_NTH = ("first", "second", "third", "fourth")


def _still(m: Moment, rng: random.Random) -> str | None:
    table = _STILL_PLAIN if m.plain else _STILL
    options = table.get(m.template)
    return rng.choice(options) if options else None


def _join(head: str, tails: tuple[str, ...], rng: random.Random) -> str:
    return head + rng.choice(tails)


def consequence(
    beat: Beat, m: Moment, rng: random.Random, *, bond: str | None, attempt_no: int
) -> str | None:
    """A consequence of this beat, as a template with slots, or None where the beat has no
    consequence the world can tell (the template's own lines are used then)."""
    journey = m.template in _JOURNEYS
    moved = m.place != m.start
    options: list[str] = []
    if m.plain:
        return _plain(beat, m, rng, bond=bond, journey=journey)
    still = _still(m, rng)
    if beat == B.attempt:
        if still:
            options.append(_join(still, _TAILS, rng))
            nth = _NTH[(attempt_no - 1) % len(_NTH)]
            lower = still.replace("{Aim}", "{aim}").replace("There was", "there was")
            options.append(f"That was the {nth} try, and {lower}.")
        if journey:
            options.append(
                _join("{Problem} [was still there|had not moved an inch]", _TAILS[:2], rng)
            )
        if bond in _SHRUG:
            options.append(_join(rng.choice(_SHRUG[bond]), _TAILS[:2], rng))
    elif beat == B.low:
        if still:
            options.append(_join(still, (", and {light}.", ", and nobody knew what to do."), rng))
        options.append("For a long while, nobody [spoke|said a word] {spot_here}, and {aim_low}.")
        if moved:
            options.append("{H} looked back the way they had come, all the way to {start}.")
        options.append("{Light}, and {H} felt [tired|very small] {spot_here}.")
    elif beat == B.turn:
        options.append(
            "{H} [took a deep breath|took a long breath|stood up tall|squared {H:their} "
            "shoulders] {spot_here} and [thought about|pictured|thought of|dreamed of] {aim}."
        )
        if bond is not None:
            options.append("{F} [nodded|leaned in close], and {H} felt braver {spot_here}.")
    elif beat == B.resolution:
        if journey and moved:
            options.append("From {place}, they could see all the way back to {start}.")
            options.append("{H} stood at {place} and looked all around, and {light}.")
        elif m.template in _THINGS:
            options.append("{H} held {aim} [tight|close] {spot_here}, and did not let go.")
        elif m.template == Tm.rescue:
            options.append("{Aim} was safe at last, {spot_here}, and {light}.")
        elif m.template == Tm.celebration:
            options.append("{Aim} was ready at last, and {light}.")
        options.append("{H} [laughed|grinned] {spot_here}, and {light}.")
    elif beat == B.echo:
        options.append("By the time they were back at {home}, {light}.")
        if journey:
            options.append(
                "{H} [thought about|went over|remembered] the whole day, from {start} all the "
                "way to {far}."
            )
        elif m.template in _THINGS or m.template == Tm.celebration:
            options.append("That night, {aim} stayed right where {H} could see it.")
        options.append(
            "At {home}, {light}, and {H} was [tired in the best way|happy and tired|sleepy and "
            "glad]."
        )
    elif beat == B.celebrate:
        if journey:
            options.append(
                "Everyone talked at once about {start}, {problem} and {far}, and nobody minded."
            )
        options.append("They [sang|danced|cheered] {spot_here} while {light}.")
        options.append("[Laughing|Singing], they went all the way back to {home}.")
    elif beat == B.pause:
        tail = " toward {far}." if journey else ", still thinking about {aim}."
        options.append(
            "After a [rest|little rest|drink] {spot_here}, they [set off|went "
            "on|started off] again" + tail
        )
        if m.tod.value in ("morning", "afternoon"):
            options.append(
                "{Spot_here}, {light}, and [there was still time|the day was not over yet|there "
                "were hours of day left]."
            )
    elif beat == B.meet and m.on_stage >= 1:
        options.append(
            "[Now there were|That made] {count} of them {spot_here}, and that [felt "
            "better|helped|made {H} smile]."
        )
        options.append("{H} told {F} all about {aim} [as they went|on the way].")
    elif beat == B.wonder:
        options.append(
            "They [stood and stared|stopped to look|gazed and gazed] {spot_here}, while {light}."
        )
        options.append(
            "{H} [meant|wanted] to [tell everyone at|show everyone at|tell them all at] {home} "
            "about it."
        )
    elif beat == B.want and journey:
        options.append("So {H} set off from {start}, while {weather}.")
    return rng.choice(options) if options else None


def _plain(
    beat: Beat, m: Moment, rng: random.Random, *, bond: str | None, journey: bool
) -> str | None:
    still = _still(m, rng)
    options: list[str] = []
    if beat == B.attempt:
        if still:
            options.append(still + " {spot_here}.")
        if bond is not None:
            options.append("{F} [sat down|looked at {H}] {spot_here}.")
    elif beat == B.low:
        options.append("{H} felt sad {spot_here}.")
        options.append("{H} sat down {spot_here}.")
        if still:
            options.append(still + " {spot_here}.")
    elif beat == B.turn:
        options.append("{H} [took a big breath|stood up tall] and looked at {aim}.")
    elif beat == B.resolution:
        if journey:
            options.append("They were at {place}!")
        elif m.template in _THINGS:
            options.append("{H} held {aim} tight.")
        options.append("[Everyone|They all] cheered [for|with] {H} {spot_here}.")
    elif beat == B.echo:
        options.append("Back at {home}, {light}.")
    elif beat == B.celebrate:
        options.append("Everyone danced {spot_here}.")
        options.append("They sang all the way back to {home}.")
    elif beat == B.pause:
        options.append("They sat {spot_here} for a bit.")
        if journey:
            options.append("Then they [went|walked] on toward {far}.")
    elif beat == B.meet and m.on_stage >= 1:
        options.append("[Now there were|That made] {count} of them {spot_here}.")
        options.append("{H} told {F} about {aim}.")
    return rng.choice(options) if options else None


def calm_consequence(beat: Beat, m: Moment, rng: random.Random, *, bond: str | None) -> str | None:
    """What follows at bedtime: the light going, the lost thing, sleep coming closer."""
    options: list[str] = []
    table: dict[Beat, tuple[str, ...]]
    if m.plain:
        table = {
            B.want: ("{Light}, but {H} was not sleepy.",),
            B.attempt: ("Still no {obj}, and {light}.",),
            B.low: ("{Light}, and {H} gave a big yawn.",),
            B.resolution: ("{H} held the {obj} close {spot_here}.",),
            B.echo: ("{Spot_here}, {light}, and all was still.",),
            B.meet: ("[Now there were|That made] {count} of them {spot_here}.",),
        }
        options += table.get(beat, ())
    else:
        table = {
            B.want: ("{Light}, but {H} was [wide awake|not one bit sleepy] {spot_here}.",),
            B.attempt: (
                "{Light}, and there was still no sign of the {obj}.",
                "Still no {obj}, and {light}.",
            ),
            B.low: ("{Light}, and {H:poss} eyes were getting heavy {spot_here}.",),
            B.turn: ("{H} held {H:their} breath and looked {spot_here} one more time.",),
            B.resolution: ("{H} held the {obj} close {spot_here}, and {light}.",),
            B.echo: ("{Spot_here}, {light}, and everyone was fast asleep.",),
            B.meet: (
                "[Now there were|That made] {count} of them {spot_here}, all a little sleepy.",
            ),
        }
        options += table.get(beat, ())
    if bond is not None and beat in (B.attempt, B.low) and not m.plain:
        options.append("{F} yawned {spot_here}, and {light}.")
    return rng.choice(options) if options else None


def scenery(m: Moment, rng: random.Random) -> str:
    """A line of scenery for the place the story has come to, in its light and weather."""
    options = ["{Spot_here}, {light}."]
    if m.weather_clause(0):
        options.append("{Spot_here}, {weather}.")
    return rng.choice(options)


__all__ = ["calm_consequence", "consequence", "scenery"]
