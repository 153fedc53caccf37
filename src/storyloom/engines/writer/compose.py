"""Sentences made from parts for the pages' inner thoughts and consequences.

A thought or a consequence is about this story: the thing the hero wants, what stands in
the way, the place they are headed, the one beside them. Each is assembled from a subject,
a verb of thinking or seeing, the story's own referent and a tail, so no two books share
a finished line; the grammar layer then renders the slots (`{H}`, `{aim}`, `{problem}`).
Used for readers of five and up; younger pages keep their short hand-made lines.
"""

from __future__ import annotations

import random
import re

from storyloom.engines.writer.story_spec import Lesson, Template
from storyloom.engines.writer.templates.base import Beat

B = Beat
_JOURNEY = re.compile(r"\{(?:[Pp]roblem|far)\}")
# Each beat's thoughts: frames of (how it starts, what it is about, how it ends), one part
# of each picked. A part may hold `[a|b]` choices; `{aim}` is what the hero wants,
# `{problem}` what is in the way, `{far}` where a journey is headed.
Frame = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_THOUGHT: dict[Beat, tuple[Frame, ...]] = {
    B.setup: (
        (
            ("{H} had a feeling that", "Something told {H} that", "{H} did not know yet that"),
            ("today would be different", "this day would be one to remember"),
            (" {spot_here}.", ", and {light}.", ", though {weather}."),
        ),
    ),
    B.want: (
        (
            ("{H} [kept thinking|could not stop thinking]",),
            ("about {aim}", "about the moment {H:they} would see {aim}"),
            (" {spot_here}.", ", and {light}."),
        ),
        (("{H} dreamed", "{H} thought"), ("of {aim}",), (" {spot_here}, and smiled.",)),
    ),
    B.obstacle: (
        (
            ("{H} [stared at|frowned at|looked hard at]", "{H} did not like the look of"),
            ("{problem}",),
            (" {spot_here}.", ", and swallowed.", ", and thought hard."),
        ),
        (
            ("{H} had not [expected|counted on]", "Nobody had [warned|told] {H} about"),
            ("anything like this", "this"),
            (" {spot_here}.", ", not for a [moment|minute|second]."),
        ),
    ),
    B.attempt: (
        (
            ("{H} [wondered|asked {H:themself}]", "{H} [tried to work out|puzzled over]"),
            ("what had gone wrong", "why {problem} was so [hard|stubborn]", "what to try next"),
            (" {spot_here}.", ", while {weather}.", ", [biting|chewing] {H:their} lip."),
        ),
        (
            ("{H} [thought about|pictured|thought of|dreamed of]", "{H} kept thinking about"),
            ("{aim}", "{aim_distance}"),
            (", and tried again {spot_here}.", ", and did not give up.", ", while {light}."),
        ),
    ),
    B.low: (
        (
            ("{H} [thought of|pictured]", "{H} [remembered|thought back to]"),
            ("{home}", "how [easy|simple] it had all seemed at {start}"),
            (" {spot_here}.", ", and felt small.", ", while {light}."),
        ),
    ),
    B.meet: (
        (
            ("{H} [looked at|glanced at] {F}", "{F} looked at {H}"),
            (" and [grinned|smiled]", " and [nodded|gave a nod]"),
            (" {spot_here}.", ", and on they [went|walked|pressed] {toward_aim}."),
        ),
        (
            ("Now {H} had {F} [beside|next to] {H:them}",),
            ("{spot_here}",),
            (
                ", and {aim} [felt a little closer|seemed a bit nearer|felt nearer now].",
                ", and that [changed everything|made all the difference|made it easier].",
            ),
        ),
    ),
    B.turn: (
        (
            (
                "Something inside {H} [said|whispered]: not yet",
                "{H:poss} heart [beat fast|began to thump]",
            ),
            (" {spot_here}", ", there at {place}"),
            (".",),
        ),
        (
            ("For the first time since {start}, {H} felt", "All at once, {H} felt"),
            (" a [flicker|tingle] of real hope",),
            (" {spot_here}.", ", and {light}."),
        ),
    ),
    B.resolution: (
        (
            ("{H} could hardly believe", "{H} could not believe"),
            ("{H:their} eyes", "{H:their} luck"),
            (" {spot_here}.", ", and {light}."),
        ),
        (
            ("{H} wanted to remember", "{H} would always remember"),
            ("this moment at {place}", "the look on {F:poss} face"),
            (", and the way {light}.", ", every bit of it."),
        ),
    ),
    B.celebrate: (
        (
            ("{H} wanted to keep this moment [forever|in a jar]", "{H} looked around at them all"),
            (" {spot_here}",),
            (", while {light}.", ", and felt [lucky|glad|very lucky indeed]."),
        ),
    ),
    B.echo: (
        (
            ("{H} [thought about|pictured|thought of|dreamed of] {aim}", "{H} smiled about {aim}"),
            (" one last time",),
            (
                ", and {light}.",
                ", [tired in the best way|happy and tired|sleepy and glad], while {light}.",
            ),
        ),
    ),
    B.journey: (
        (
            ("{H} [kept an eye on|kept looking toward]", "{H} wondered how far it was to"),
            ("{far}",),
            (", while {light}.", ", step after step, from {start} onward."),
        ),
        (
            ("{H} [looked all around|took it all in]", "{H} [stopped|paused] to look"),
            ("{spot_here}",),
            (", thinking about {aim}.", ", while {weather}."),
        ),
    ),
    B.wonder: (
        (
            ("{H} had never seen", "{H} had never [even heard of|dreamed of]"),
            ("a thing like it", "anything quite so [strange|lovely]"),
            (", not at {place} or anywhere else.", ", not in all {H:their} days at {home}."),
        ),
    ),
    B.pause: (
        (
            ("{H} [rested|sat]", "{H} stretched out"),
            ("{spot_here}",),
            (
                " and [thought about|pictured|thought of|dreamed of] {aim}.",
                ", glad of the rest, while {light}.",
            ),
        ),
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
            ", so what else could they try {spot_here}?",
            ", and {aim} felt further away than ever.",
            ", and {light}.",
            ", but {H} was not ready to give up on {aim}.",
        ),
    ),
    B.obstacle: (
        ("{Problem} was [right|just] in the way", "Nobody had said anything about {problem}"),
        (", and {aim} was on the other side.", " {spot_here}, and there was no way round."),
    ),
    B.want: (
        ("So {H} got ready", "{H} made up {H:their} mind", "There was no time to lose"),
        (" to set off for {aim}.", " {spot_here}, while {light}."),
    ),
    B.low: (
        ("{Aim} had never [seemed|felt] so far", "Nobody said anything for a while"),
        (" {spot_here}.", ", and {light}."),
    ),
    B.journey: (
        ("The way [wound on|went on and on]", "They kept going toward {far}"),
        (", and {here} showed them something new.", ", one step at a time, while {light}."),
    ),
}


def compose(beat: Beat, rng: random.Random, *, follow: bool, template: Template) -> str | None:
    """A thought (or a consequence) for this beat, as a template with slots and choices.

    Only a journey story (adventure, exploration) has a `{problem}` that stands in the way
    and a far place to set off for; other stories leave those parts out."""
    journey = template in (Template.adventure, Template.exploration)
    if follow and not journey:
        return None
    frames: tuple[tuple[tuple[str, ...], ...], ...] = _THOUGHT.get(beat, ())
    if follow:
        frames = (_FOLLOW[beat],) if beat in _FOLLOW else ()
    if not journey:  # only a journey has a thing in the way and a far place to reach
        kept = (tuple(tuple(x for x in p if not _JOURNEY.search(x)) for p in f) for f in frames)
        frames = tuple(f for f in kept if all(f))
    if not frames:
        return None
    frame = rng.choice(frames)
    text = "".join(
        rng.choice(p) + (" " if i < len(frame) - 1 and not follow else "")
        for i, p in enumerate(frame)
    )
    text = re.sub(r"  +", " ", text)
    return text.replace(" .", ".").replace(" ,", ",").replace(" !", "!").replace(" :", ":")


# How a book begins, for readers of three and up: when, where, who.
_OPENINGS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (
        ("Once upon a time", "Not so long ago", "One [bright|fine|still] morning"),
        (", {at}, there lived", ", near {home}, there lived", ", there was"),
        (" {a_hero_noun} called {H}.", " {a_hero_noun} named {H}."),
    ),
    (
        ("{H} lived near {home}", "{H} lived {at}", "{H} was {a_hero_noun} who lived {at}"),
        (".", ", and every day was a little different.", ", where the days began early."),
    ),
)


def compose_opening(rng: random.Random) -> str:
    """The book's first sentence, as a template."""
    return "".join(rng.choice(part) for part in rng.choice(_OPENINGS))


# The lesson, said once near the end, about this story's own aim and place.
_MORALS: dict[Lesson, tuple[str, ...]] = {
    Lesson.sharing: (
        "Sharing {aim}, {H} found, made the fun [twice as big|go much further].",
        "{H} learned that even {aim} is more fun when it is shared.",
    ),
    Lesson.honesty: (
        "Telling the truth had been hard, but it felt [lighter|better] than hiding it.",
        "{H} was glad {H:they} had told the truth, [even though it was hard|hard as it was].",
    ),
    Lesson.patience: (
        "{Aim} had taken time, and that was all right.",
        "Some things, like {aim}, [just take|need] a little time.",
    ),
    Lesson.kindness: (
        "A little kindness [{spot_here}|that day] had [gone a long way|changed everything].",
        "{H} decided that being kind was [the best|a very good] way to be.",
    ),
    Lesson.trying_new_things: (
        "Trying something new had been scary, and then it had been [fun|the best part].",
        "{H} was glad {H:they} had tried, [wobbly knees and all|even the scary bits].",
    ),
    Lesson.bravery: (
        "Being brave, {H} decided, meant doing it [while a little scared|with wobbly knees].",
        "{H} had been scared, and {H:they} had done it anyway.",
    ),
    Lesson.teamwork: (
        "Nobody could have reached {aim} alone.",
        "{Aim} had needed all of them, [working together|side by side].",
    ),
}


_PLAIN_MORALS: dict[Lesson, tuple[str, ...]] = {
    Lesson.sharing: (
        "Sharing made the fun twice as big {spot_here}.",
        "{H} shared, and it was more fun {spot_here}.",
    ),
    Lesson.honesty: ("{H} told the truth {spot_here}, and it felt good.",),
    Lesson.patience: ("Waiting for {aim} had been hard, but it was worth it.",),
    Lesson.kindness: (
        "Being kind {spot_here} had made the day better.",
        "A little kindness went a long way {spot_here}.",
    ),
    Lesson.trying_new_things: (
        "Trying something new {spot_here} had been [fun|good fun|fun after all].",
    ),
    Lesson.bravery: ("{H} was scared {spot_here}, but {H:they} did it anyway.",),
    Lesson.teamwork: (
        "Together, they [did it|had done it|made it] {spot_here}.",
        "Nobody could have done it [alone|on their own|by themselves] {spot_here}.",
    ),
}


def compose_moral(lesson: Lesson, rng: random.Random, *, plain: bool = False) -> str | None:
    """The lesson, once, gently, as a template."""
    table = _PLAIN_MORALS if plain else _MORALS
    return rng.choice(table[lesson]) if lesson in table else None


__all__ = ["compose", "compose_moral", "compose_opening"]
