"""Sentences made from parts for the pages' inner thoughts and consequences.

A thought or a consequence is about this story: the thing the hero wants, what stands in
the way, the place they are headed, the one beside them. Each is assembled from a subject,
a verb of thinking or seeing, the story's own referent and a tail, so no two books share
a finished line; the grammar layer then renders the slots (`{H}`, `{aim}`, `{problem}`).
Used for readers of five and up; younger pages keep their short hand-made lines.
"""

from __future__ import annotations

import random

from storyloom.engines.writer.templates.base import Beat

B = Beat
# Each beat's thoughts: (how it starts, what it is about, how it ends). A part may hold
# `[a|b]` choices; `{aim}` is what the hero wants, `{problem}` what is in the way.
_THOUGHT: dict[Beat, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    B.setup: (
        ("{H} had a feeling that", "Something told {H} that", "{H} did not know yet that"),
        ("today would be different", "this day would be one to remember", "a big day was near"),
        (".", ", and {H:they} {H:were} right.", ", though nothing had happened yet."),
    ),
    B.want: (
        ("{H} [kept thinking|could not stop thinking|thought and thought]", "{H} dreamed"),
        ("about {aim}", "of {aim}", "about the moment {H:they} would reach {aim}"),
        (" [all the way|with every step].", ", and smiled.", " until {H:their} toes tingled.", "."),
    ),
    B.obstacle: (
        ("{H} [stared at|frowned at|looked hard at]", "{H} did not like the look of"),
        ("{problem}", "{problem} one bit", "{problem}, not even a little"),
        (".", ", and swallowed.", " for a long, long moment.", ", and thought hard."),
    ),
    B.attempt: (
        ("{H} [wondered|asked {H:themself}]", "{H} [tried to work out|puzzled over]"),
        (
            "what had gone wrong",
            "why {problem} was so [hard|stubborn]",
            "what {F} would try next",
            "how far away {aim} still was",
        ),
        (".", ", and tried not to mind.", ", [biting|chewing] {H:their} lip.", " as they went."),
    ),
    B.low: (
        ("{H} thought about", "{H} [missed|wished for]", "{H} [remembered|thought back to]"),
        ("{home}", "how [easy|simple] {aim} had seemed that morning", "the way things began"),
        (".", ", and felt small.", ", and sighed.", " for a while."),
    ),
    B.turn: (
        ("Something [inside|deep inside] {H} said:", "A little voice in {H:poss} head said:"),
        ("not yet", "try again", "look again"),
        (".", "!"),
    ),
    B.resolution: (
        ("{H} could hardly believe", "{H} wanted to remember", "{H} would always remember"),
        ("this moment", "how it felt to reach {aim}", "the look on {F:poss} face"),
        (".", " for ever.", ", every bit of it."),
    ),
    B.journey: (
        ("{H} [kept an eye on|kept looking toward]", "{H} wondered how far it was to"),
        ("{far}", "the way ahead"),
        (".", ", step after step.", ", and walked a little faster."),
    ),
    B.wonder: (
        ("{H} [wanted to remember|would tell everyone about]", "{H} had never seen"),
        ("a thing like it", "anything quite so [strange|lovely]"),
        (".", ", not in all {H:their} life.", " before."),
    ),
    B.pause: (
        ("{H} [rested|sat]", "{H} stretched out"),
        ("{spot_here}", "for a moment"),
        (" and thought about {aim}.", " and listened.", ", glad of the rest."),
    ),
}
# What happens because of a beat: a consequence that ends on a question or a change.
_FOLLOW: dict[Beat, tuple[tuple[str, ...], tuple[str, ...]]] = {
    B.attempt: (
        (
            "{Problem} was still there",
            "They were back where they had started",
            "{F} shook {F:their} head",
            "It had not worked",
            "{Problem} had not moved an inch",
        ),
        (
            ", so what else could they try?",
            ", and {aim} felt further away than ever.",
            ". There had to be another way.",
            ", but {H} was not ready to give up.",
            ", and the day was getting on.",
        ),
    ),
    B.obstacle: (
        ("{Problem} was [right|just] in the way", "Nobody had said anything about {problem}"),
        (", and {aim} was on the other side.", ". How would they ever get past?", "."),
    ),
    B.want: (
        ("So {H} got ready", "{H} made up {H:their} mind", "There was no time to lose"),
        (" to set off for {aim}.", ", and off {H:they} went.", ": today was the day."),
    ),
    B.low: (
        ("{Aim} had never [seemed|felt] so far", "Nobody said anything for a while"),
        (".", ", and the light was [changing|going gold].", ". Was this the end of it?"),
    ),
    B.journey: (
        ("The way [wound on|went on and on]", "They kept going toward {far}"),
        (", and {here} showed them something new.", ", one step at a time.", "."),
    ),
}


def compose(beat: Beat, rng: random.Random, *, follow: bool) -> str | None:
    """A thought (or a consequence) for this beat, as a template with slots and choices."""
    if follow:
        parts: tuple[tuple[str, ...], ...] | None = _FOLLOW.get(beat)
    else:
        parts = _THOUGHT.get(beat)
    if parts is None:
        return None
    text = "".join(
        rng.choice(p) + (" " if i < len(parts) - 1 and not follow else "")
        for i, p in enumerate(parts)
    )
    return text.replace(" .", ".").replace(" ,", ",").replace(" !", "!").replace(" :", ":")


__all__ = ["compose"]
