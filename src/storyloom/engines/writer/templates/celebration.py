"""Celebration: getting ready for a special day, something goes wrong, the party happens."""

from __future__ import annotations

import random

from storyloom.engines.illustrator.spec import Prop, Setting
from storyloom.engines.writer.idea import find_word
from storyloom.engines.writer.settings import SettingData
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.templates.base import Beat, Lines, PropState, TemplateDef

_DAYS = ("birthday", "party", "big day", "first snow day", "spring party", "summer fair")


def _slots(setting: SettingData, rng: random.Random) -> dict[str, str]:
    day = "first snow day" if setting.here == "the village" else rng.choice(_DAYS)
    return {"day": day, "problem": "the wobbly {obj}"}


def _idea_slots(idea: str) -> dict[str, str]:
    """An idea that names the day ("a birthday party") picks it."""
    found = find_word(idea, {"birthday": "birthday", "fair": "summer fair", "party": "party"})
    return {"day": found} if found else {}


_FOLLOW = {
    Beat.setup: Lines(
        pre=("There was so much to do for the {day}!", "Everyone {at} was busy getting ready."),
        rich=(
            "There was a list as long as {H:poss} arm of things to [get ready|do|make].",
            "Everyone {at} was rushing about with ribbons and chairs and plates.",
        ),
    ),
    Beat.want: Lines(
        pre=("{H} got to work on the {obj}.", "It would be the best {obj} ever."),
        rich=(
            "{H} rolled up {H:their} sleeves and got to work straight away.",
            "The {obj} would be big, and bright, and everyone at the {day} would say ooh.",
        ),
    ),
    Beat.obstacle: Lines(
        pre=(
            "{H} looked at the fallen {obj}. The {day} was soon!",
            "What could they do about the {obj} now?",
        ),
        rich=(
            "{H} looked at what was left of the {obj}. The {day} was only a few hours away.",
            '"Oh no," said {H} quietly. "Oh no, not the {obj}."',
        ),
    ),
    Beat.attempt: Lines(
        pre=(
            "The {obj} still looked wobbly.",
            "The {obj} was better, but not right.",
            "And the {day} was getting closer.",
            "Oops. Not like that.",
            "It leaned to one side.",
            "That made it worse!",
        ),
        rich=(
            "It was better, but it still leaned to one side like a tired tree.",
            "The clock on the wall seemed to be ticking faster than usual.",
            "Somehow, that made it worse, which {H} had not thought was possible.",
            "{H} stood back to look. It looked back, lopsided.",
            "Everyone else was nearly ready. The {obj} was nowhere near.",
            "Bits of tape stuck to {H:poss} fingers, {H:poss} hair and, somehow, {H:poss} ear.",
        ),
    ),
    Beat.low: Lines(
        pre=("{H} sat down. Maybe there would be no {obj} at all.",),
        rich=("{H} sat down among the mess. Maybe there just would not be a {obj} this year.",),
    ),
    Beat.turn: Lines(
        pre=("Snip, stick, fold. It was working!",),
        rich=("Snip, stick, fold, press. Bit by bit, it was working.",),
    ),
    Beat.resolution: Lines(
        pre=("Everyone said ooh.", "There was music and cake and games."),
        rich=(
            "Everyone said ooh, exactly as {H} had hoped.",
            "There was music and games and far too much cake.",
        ),
    ),
}

_MAKE = {
    Beat.journey: Lines(
        pre=("They went to get more things for the party.", "They carried chairs out, one by one."),
        rich=(
            "They dashed off to fetch more [paper|string], more tape and more of everything.",
            "They carried out [chairs and plates|plates and cups] and a very long table, one "
            "end each.",
        ),
    ),
    Beat.pause: Lines(
        pre=("They stopped for a drink and a biscuit.", "They sat down to make a plan."),
        rich=(
            "They stopped for a drink and a biscuit, and looked at the list again.",
            "They sat down to make a new plan, with arrows.",
        ),
    ),
    Beat.wonder: Lines(
        pre=("Then they found {wonder}. Could it help with the {obj}[| at all]?",),
        rich=("Then they found {wonder}, which gave {H} an idea for the party.",),
    ),
}


CELEBRATION = TemplateDef(
    name=Template.celebration,
    lines={
        Beat.setup: Lines(
            tod=("Today is a big day!", "It is the {day}!"),
            pre=(
                "Today was the {day}!",
                "{H} woke up and jumped out of bed. It was the {day}!",
                "At last, the {day} had come.",
            ),
            rich=(
                "{H} woke up before anyone else, because today was the {day}.",
                "The {day} had taken forever to come, and now, at last, it was here.",
            ),
        ),
        Beat.want: Lines(
            tod=("{H} makes {a_obj}.", "{H} wants {a_obj}."),
            pre=(
                "{H} wanted to make the best {obj} ever for the party.",
                '"We need {a_obj}!" said {H}.',
            ),
            rich=(
                "{H} had a plan: the best {obj} anyone had ever seen, ready in time for the party.",
            ),
        ),
        Beat.obstacle: Lines(
            tod=("Oh no, the wind takes the {obj}!",),
            pre=(
                "But then, whoosh! The wind blew everything over.",
                "But then the {obj} fell down, splat!",
            ),
            rich=(
                "But then, whoosh, a gust of wind swept across {here} and tipped everything over.",
            ),
        ),
        **_MAKE,
        Beat.attempt: Lines(
            tod=("{H} tries again.", "{H} fixes [it|the {obj}].", "{H} holds [it|the {obj}] up."),
            pre=(
                "{H} tried to fix the {obj} with both hands, but it fell down.",
                "{H} held the {obj} up with a stick. Wobble, wobble.",
                "{H} tried to make a new {obj}, but it was too small!",
                "{H} looked for help {spot}.",
            ),
            rich=(
                "{H} patched it up with tape, but the tape gave up before {H} did.",
                "{H} propped it up with a stick, and it wobbled like a jelly.",
                "{H} started a new one from scratch, but it came out far too small.",
                "{H} ran to look for glue {spot}.",
            ),
        ),
        Beat.low: Lines(
            tod=("The {day} is soon, and the {obj} is not ready!",),
            pre=("The {day} was soon, and the {obj} was not ready.",),
            rich=("The {day} was nearly here, and the {obj} was nowhere near ready.",),
        ),
        Beat.turn: Lines(
            tod=("Everyone helps with the {obj}!",),
            pre=("Then {helpers} came to help, and the {obj} took shape.",),
            rich=("Then {helpers} came to help, and the {obj} began to take shape.",),
        ),
        Beat.resolution: Lines(
            tod=("Hooray, it is time for the {day}!", "The {obj} is ready!"),
            pre=(
                "Hooray, the {obj} was ready, and the party began!",
                "Just in time, the {obj} was done. Time for the {day}!",
            ),
            rich=(
                "Just in time, the {obj} was finished, a little crooked and absolutely perfect, "
                "and the party began.",
            ),
        ),
        Beat.echo: Lines(
            tod=("What a happy {day}, {H}!", '"Best day ever!" says {H}.'),
            pre=(
                'Back at {home}, {H} said, "Best {day} ever."',
                "That night, {H} still had a big[| happy| sleepy] smile.",
            ),
            rich=(
                "That night, back at {home}, {H} decided it had been the best {day} in the "
                "history of the world.",
            ),
        ),
    },
    refrains=(
        (
            "Wobble, wobble, went the {obj}.",
            "Wobble, wobble, bump, went the {obj}!",
            "Wobble, wobble, crash!",
            "No more wobble for the {obj}!",
        ),
        (
            '"Oh no, the {obj}!" said {H}.',
            '"Oh no, no, the {obj}!" said {H}.',
            '"Oh no, no, no!" said {H}.',
        ),
    ),
    titles=(
        "{H:poss} Big {Day}",
        "Happy {Day}, {H}!",
        "The Best {Day} Ever",
        "{H} and the {Obj}",
        "A {Day} to Remember",
        "Party Time for {H}",
        "Hooray for the {Day}",
    ),
    goals={
        Setting.snowy_village: (Prop.snowman, Prop.cake),
        Setting.beach: (Prop.sandcastle, Prop.cake),
    },
    default_goals=(Prop.cake, Prop.present, Prop.balloon),
    goal_states={Beat.obstacle: PropState.ground, Beat.resolution: PropState.held},
    start_state=PropState.held,
    extra_slots=_slots,
    follow=_FOLLOW,
    idea_goals=(Prop.kite, Prop.drum, Prop.flower, Prop.sandcastle, Prop.snowman, Prop.lantern),
    idea_slots=_idea_slots,
)
