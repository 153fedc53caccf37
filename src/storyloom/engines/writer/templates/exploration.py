"""Exploration: set out with a tool, make three discoveries, find the biggest wonder."""

from __future__ import annotations

from storyloom.engines.illustrator.spec import Prop, Setting
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.templates.base import Beat, Lines, PropState, TemplateDef

EXPLORATION = TemplateDef(
    name=Template.exploration,
    lines={
        Beat.setup: Lines(
            tod=("{H} has {a_obj}.", "{H} gets {H:their} {obj}."),
            pre=(
                "{H} packed a bag and picked up the {obj}.",
                "{H} had {a_obj} and a big question.",
                '"Today, we explore {here}," said {H}, holding the {obj}.',
            ),
            rich=(
                "{H} packed a bag with snacks, a notebook and the {obj}, and set out to explore "
                "{here}.",
                "There was so much of {here} that nobody had ever seen, and {H} meant to see it.",
            ),
        ),
        Beat.want: Lines(
            tod=("What is at {far}?", "{H} wants to see {far}."),
            pre=(
                "{H} wanted to find the biggest wonder in all of {here}.",
                '"What is at {far}?" wondered {H}.',
            ),
            rich=(
                "People said the greatest wonder of {here} was hidden near {far}, and {H} "
                "wanted to see it.",
            ),
        ),
        Beat.obstacle: Lines(
            tod=("It is a long way.",),
            pre=("But {far} was a long, long way off.", "But nobody knew the way."),
            rich=("But {far} was a long way off, and nobody had drawn a map of the way.",),
        ),
        Beat.attempt: Lines(
            tod=("{H} finds {wonder}!", "Look, {wonder}!", "Wow! {Wonder}!"),
            pre=(
                "First, {H} found {wonder}. But it was not the biggest wonder.",
                "Next, they found {wonder}. Nice, but not the biggest.",
                "Then they saw {wonder}. Was this it? Not yet.",
                "{H} spotted {wonder} {spot}.",
            ),
            rich=(
                "First they came upon {wonder}, which was lovely, but surely not the greatest "
                "wonder.",
                "Next they found {wonder}. {H} drew it in the notebook and marked it with a star.",
                "After that came {wonder}. Amazing, but {H} had a feeling there was more.",
                "{H} spotted {wonder} {spot} and stopped to look through the {obj}.",
            ),
        ),
        Beat.low: Lines(
            tod=("{H} is tired.",),
            pre=("{H:poss} legs were tired. Maybe there was no big wonder after all.",),
            rich=(
                "{H:poss} legs ached, and {H} began to wonder whether the greatest wonder was "
                "only a story.",
            ),
        ),
        Beat.turn: Lines(
            tod=("{H} looks with the {obj}.",),
            pre=("{H} looked through the {obj} one more time, toward {far}.",),
            rich=("{H} raised the {obj} one more time and looked toward {far}.",),
        ),
        Beat.resolution: Lines(
            tod=("Wow! Look at that!", "There it is! Wow!"),
            pre=(
                "There it was, at {far}: the biggest wonder of all, shining bright!",
                "At {far}, everything sparkled. It was the best wonder of all!",
            ),
            rich=(
                "And there, at {far}, was the greatest wonder of all, glowing and enormous and "
                "real.",
            ),
        ),
        Beat.echo: Lines(
            tod=("{H} goes home. What a day!", '"Bye, {here}!" says {H}.'),
            pre=(
                "Back at {home}, {H} drew every wonder in a book.",
                "That night, {H} dreamed of {here}.",
            ),
            rich=(
                "Back at {home}, {H} drew every wonder in the notebook, and saved a page for "
                "next time.",
            ),
        ),
    },
    refrains=(
        ('"Wow!" said {H}.', '"Wow, wow!" said {H}.', '"Wow, wow, wow!" said {H}.'),
        ("What will we find?", "What will we find next?", "What will we find now?"),
    ),
    titles=(
        "{H} Explores {Here_title}",
        "The Wonders of {here}",
        "{H:poss} Big Discovery",
        "What {H} Found",
        "{H} and the Greatest Wonder",
        "Off to {far}",
        "A Trip to {here}",
    ),
    goals={
        Setting.space: (Prop.telescope,),
        Setting.underwater: (Prop.boat, Prop.compass),
        Setting.beach: (Prop.boat, Prop.telescope),
    },
    default_goals=(Prop.telescope, Prop.compass, Prop.lantern),
    goal_states={},
    start_state=PropState.held,
)
