"""Exploration: set out with a tool, make three discoveries, find the biggest wonder."""

from __future__ import annotations

from storyloom.engines.illustrator.spec import Prop, Setting
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.templates.base import Beat, Lines, PropState, TemplateDef

_FOLLOW = {
    Beat.setup: Lines(
        pre=(
            "Who knew what they would find [today|out there|on the way]?",
            "It was a [good|fine|perfect] day for finding things.",
        ),
        rich=(
            "Every explorer starts somewhere, and {H} was starting right here.",
            "The morning was bright, and the whole of {here} was waiting.",
        ),
    ),
    Beat.want: Lines(
        pre=("Was it real? {H} had to find out.", "{H} tucked the {obj} under one arm."),
        rich=(
            "Nobody {H} knew had ever seen it. That only made {H:them} want to see it more.",
            "{H} checked the {obj} was working, twice, and set off.",
        ),
    ),
    Beat.obstacle: Lines(
        pre=("Which way was {far}?",),
        rich=("They would have to find the way to {far} themselves, one turn at a time.",),
    ),
    Beat.attempt: Lines(
        pre=(
            "{H} drew it in a little book.",
            "It was good, but was there more at {far}?",
            "On they went toward {far}.",
            "{H} marked it with a star.",
            "But {far} was still far away.",
            "It was lovely. But not the biggest.",
        ),
        rich=(
            "{H} drew it carefully in the notebook, with a note: not the biggest.",
            "It was wonderful, but {H} had a feeling the best was still ahead.",
            "They stayed to look for a while, then pressed on toward {far}.",
            "{H} gave it a star in the notebook. Three stars, really.",
            "Every wonder made the next one harder to imagine.",
            "{far} still looked a long way off, but a little less than before.",
        ),
    ),
    Beat.low: Lines(
        pre=("Should they go back to {home}?",),
        rich=("Perhaps it was time to turn back. Perhaps.",),
    ),
    Beat.turn: Lines(
        pre=("Something was shining at {far}. What was it?",),
        rich=("Far off at {far}, something caught the light and glittered.",),
    ),
    Beat.resolution: Lines(
        pre=("Nobody said a word. It was too good for words.",),
        rich=(
            "For a long moment, nobody said anything at all. Some things are too big for words.",
        ),
    ),
    Beat.journey: Lines(
        pre=("Where did this path go?", "What was round the next bend?"),
        rich=("Where did this path go? There was only one way to know.",),
    ),
    Beat.wonder: Lines(
        pre=("{H} drew it in the book, with the {obj} next to it.",),
        rich=("{H} drew it quickly in the notebook, tongue poking out.",),
    ),
}

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
            pre=("But {far} was a long, long way off.", "But nobody knew the way to {far}."),
            rich=("But {far} was a long way off, and nobody had drawn a map of the way.",),
        ),
        Beat.attempt: Lines(
            tod=("{H} finds {wonder}!", "Look, {wonder}!", "Wow, {wonder}!"),
            pre=(
                "First, {H} found {wonder}, but it was not the biggest wonder in {here}.",
                "Next, they found {wonder}. It was nice, but {far} was still ahead.",
                "Then they saw {wonder} {spot}, but {far} was still ahead.",
                "{H} spotted {wonder} {spot}.",
            ),
            rich=(
                "First they came upon {wonder}, which was lovely, but surely not the greatest "
                "wonder.",
                "Next they found {wonder}, and {H} drew it in the notebook with a star beside it.",
                "After that came {wonder}, which was amazing, but {H} felt {far} held more.",
                "{H} spotted {wonder} {spot} and stopped to look through the {obj}.",
            ),
        ),
        Beat.low: Lines(
            tod=("{H} is tired.",),
            pre=("{H:poss} legs were tired, and {far} was still so far away.",),
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
            tod=("Wow, look at {far}!", "There it is, at {far}!"),
            pre=(
                "There it was, at {far}: the biggest wonder of all, shining bright!",
                "At {far}, everything sparkled. It was the [best|biggest] wonder of all!",
            ),
            rich=(
                "And there, at {far}, was the greatest wonder of all, glowing and enormous and "
                "real.",
            ),
        ),
        Beat.echo: Lines(
            tod=(
                "{H} goes back to {home}. What a [day|big day|fun day]!",
                "{H} waves bye[| bye] to {here}.",
            ),
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
        (
            '"Wow, look at that!" said {H}.',
            '"Wow, wow, look at that!" said {H}.',
            '"Wow, wow, wow!" said {H}.',
        ),
        (
            "What will we find [here|out here|today]?",
            "What will we find next?",
            "What will we find now?",
            "Look what we found[| here| today]!",
        ),
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
    follow=_FOLLOW,
    idea_goals=(Prop.magnifying_glass, Prop.treasure_map, Prop.boat, Prop.rocket),
)
