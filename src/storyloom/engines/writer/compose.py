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
            (".", ", though nothing had happened yet."),
        ),
    ),
    B.want: (
        (
            ("{H} [kept thinking|could not stop thinking]",),
            ("about {aim}", "about the moment {H:they} would see {aim}"),
            (" [all the way|with every step].", "."),
        ),
        (("{H} dreamed", "{H} thought"), ("of {aim}",), (", and smiled.", " and grinned.")),
    ),
    B.obstacle: (
        (
            ("{H} [stared at|frowned at|looked hard at]", "{H} did not like the look of"),
            ("{problem}",),
            (".", ", and swallowed.", " for a long, long moment.", ", and thought hard."),
        ),
        (
            ("{H} had not [expected|counted on]", "Nobody had warned {H} about"),
            ("this", "anything like this"),
            (".", ", not for a moment."),
        ),
    ),
    B.attempt: (
        (
            ("{H} [wondered|asked {H:themself}]", "{H} [tried to work out|puzzled over]"),
            ("what had gone wrong", "why {problem} was so [hard|stubborn]", "what to try next"),
            (".", ", and tried not to mind.", ", [biting|chewing] {H:their} lip."),
        ),
        (
            ("{H} thought about", "{H} kept thinking about"),
            ("{aim}", "how far away {aim} still was"),
            (", and tried again.", ", and did not give up.", "."),
        ),
    ),
    B.low: (
        (
            ("{H} thought about", "{H} [remembered|thought back to]"),
            ("{home}", "how [easy|simple] it had all seemed that morning"),
            (".", ", and felt small.", ", and sighed.", " for a while."),
        ),
    ),
    B.meet: (
        (
            ("{H} [looked at|glanced at] {F}", "{F} looked at {H}"),
            (" and [grinned|smiled]", " and nodded"),
            (".", ", and on they went.", " {spot_here}."),
        ),
        (
            ("Now {H} had {F} [beside|next to] {H:them}",),
            (" {spot_here}", ""),
            (", and {aim} did not seem so far.", ".", ", and that changed everything."),
        ),
    ),
    B.resolution: (
        (("{H} could hardly believe",), ("it", "{H:poss} eyes"), (".", ", not for a moment.")),
        (
            ("{H} wanted to remember", "{H} would always remember"),
            ("this moment", "the look on {F:poss} face"),
            (".", ", every bit of it."),
        ),
    ),
    B.journey: (
        (
            ("{H} [kept an eye on|kept looking toward]", "{H} wondered how far it was to"),
            ("{far}",),
            (".", ", step after step.", ", and walked a little faster."),
        ),
        (
            ("{H} [looked all around|took it all in]", "{H} [stopped|paused] to look"),
            ("{spot_here}",),
            (" as they went.", ", thinking about {aim}.", "."),
        ),
    ),
    B.wonder: (
        (
            ("{H} had never seen", "{H} had never even heard of"),
            ("a thing like it", "anything quite so [strange|lovely]"),
            (".", ", not in all {H:their} life.", " before."),
        ),
    ),
    B.pause: (
        (
            ("{H} [rested|sat]", "{H} stretched out"),
            ("{spot_here}", "for a moment"),
            (" and thought about {aim}.", " and listened.", ", glad of the rest."),
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
    return text.replace(" .", ".").replace(" ,", ",").replace(" !", "!").replace(" :", ":")


# What a companion does, by bond: a pet follows and finds, a sibling teases and then
# helps, an elder tells and comforts, a friend helps, a rival races and then waits.
# Frames of (what they do, how it ends); `{spot_here}` is where they are now.
_DEEDS: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
    "pet": (
        (
            ("{F} [sniffed|nosed|poked] about {spot_here}", "{F} ran on ahead {spot_here}"),
            (", then looked back at {H}.", ' as if to say, "This way!"', ", then waited."),
        ),
        (
            ("{F} [stayed close to|kept near] {H}", "{F} followed {H} [step for step|closely]"),
            (", watching everything.", " {spot_here}.", ", ears up."),
        ),
    ),
    "sibling": (
        (
            ('"[Slowcoach|Too slow|Come on]!" teased {F}', "{F} rolled {F:their} eyes"),
            (", but held out a hand.", ", but waited for {H}.", ", then helped anyway."),
        ),
    ),
    "elder": (
        (
            ("{F} told {H} about a time [long ago|when {F:they} {F:were} small]",),
            (", and {H} felt braver.", ", and it helped.", " {spot_here}."),
        ),
        (
            ("{F} [squeezed|held] {H:poss} hand", "{F} gave {H} a [smile|nod]"),
            (".", ", and {H} felt braver.", " {spot_here}."),
        ),
    ),
    "friend": (
        (
            ("{F} [held out a hand|gave {H} a boost]", '"We can do this," said {F}'),
            (".", ", and {H} felt better.", " {spot_here}."),
        ),
        (
            ("{F} [had a look|looked around] {spot_here}", "{F} [helped|pitched in]"),
            (", and {H} smiled.", " without being asked.", "."),
        ),
    ),
    "rival": (
        (
            ("{F} [hurried|raced] ahead {spot_here}", '"I\'ll be first," said {F}'),
            (", but then waited for {H}.", ", then stopped to look back.", "."),
        ),
    ),
}


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


def compose_moral(lesson: Lesson, rng: random.Random) -> str | None:
    """The lesson, once, gently, as a template."""
    return rng.choice(_MORALS[lesson]) if lesson in _MORALS else None


# At the low point a companion comforts; at the end they are glad. By bond again.
_COMFORT: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
    "pet": ((("{F} [pressed close to|leaned against] {H}",), (".", ", warm and still.")),),
    "sibling": ((("For once, {F} did not tease",), (".", ", and sat down next to {H}.")),),
    "elder": ((("{F} put an arm around {H}",), (".", ' and said, "We will try again."')),),
    "friend": ((("{F} sat down next to {H}",), (" without a word.", ", and waited.", ".")),),
    "rival": ((("{F} stopped and came back",), (".", " to sit with {H}.")),),
}
_CHEER: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
    "pet": ((("{F} [ran round and round|jumped up] {spot_here}",), (".", " with joy.")),),
    "sibling": ((('"Not bad," said {F}, grinning',), (".", ", and gave {H} a hug.")),),
    "elder": ((("{F} [smiled a big smile|clapped]",), (".", " and hugged {H}.")),),
    "friend": ((("{F} [cheered|clapped and clapped]",), (".", " {spot_here}.")),),
    "rival": ((('"You did it," said {F}',), (".", ", and meant it.")),),
}
_ROLES = {"help": _DEEDS, "comfort": _COMFORT, "cheer": _CHEER}


def compose_deed(bond: str, rng: random.Random, role: str = "help") -> str | None:
    """A companion's deed for a page, as a template, or None for a bond with none."""
    frames = _ROLES.get(role, {}).get(bond)
    if not frames:
        return None
    doing, ending = rng.choice(frames)
    return rng.choice(doing) + rng.choice(ending)


__all__ = ["compose", "compose_deed", "compose_moral", "compose_opening"]
