"""Friendship: someone new and shy, three tries to play together, and a shared game."""

from __future__ import annotations

from storyloom.engines.illustrator.spec import Prop, Setting
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.templates.base import Beat, Lines, PropState, TemplateDef

FRIENDSHIP = TemplateDef(
    name=Template.friendship,
    lines={
        Beat.setup: Lines(
            tod=("{H} has {a_obj}.", "{H} plays with {H:their} {obj}."),
            pre=(
                "{H} loved to play with {H:their} {obj} {at}.",
                "{H} had a bright new {obj}.",
                "Every day, {H} played with the {obj} alone.",
            ),
            rich=(
                "{H} had a bright new {obj}, but a game for one is only half a game.",
                "Every day {H} played {at} with {H:their} {obj}, and every day {H:they} played "
                "alone.",
            ),
        ),
        Beat.want: Lines(
            tod=("{H} wants a friend.", "Who will play?"),
            pre=(
                '"I wish I had someone to play with," said {H}.',
                "{H} wanted a friend to play with.",
            ),
            rich=('"It would be more fun with someone else," {H} said to nobody in particular.',),
        ),
        Beat.obstacle: Lines(
            tod=("Everyone is busy.",),
            pre=("But everyone was busy with their own games.", "But nobody looked up."),
            rich=("But everyone seemed busy with their own games, and nobody looked up.",),
        ),
        Beat.attempt: Lines(
            tod=("{H} says hello.", "{H} waves.", "{H} shows the {obj}."),
            pre=(
                "{H} said hello, but it came out too quiet.",
                "{H} waved, but nobody saw.",
                "{H} showed off the {obj}, but it rolled away {spot}.",
                "{H} tried to join a game {spot}.",
            ),
            rich=(
                "{H} tried saying hello, but the word came out so small that nobody heard.",
                "{H} waved both arms, just as everyone turned the other way.",
                "{H} showed off the {obj}, but it bounced off and rolled away {spot}.",
                "{H} tried to join a game {spot}, but it had already finished.",
            ),
        ),
        Beat.low: Lines(
            tod=("{H} sits alone.",),
            pre=("{H} sat down alone with the {obj}.", "{H} felt very small."),
            rich=("{H} sat down alone with the {obj} and watched everyone else having fun.",),
        ),
        Beat.turn: Lines(
            tod=('"Can I play?" asks {F}.',),
            pre=('Then {F} came over. "Can I play too?"',),
            rich=('Then a voice said, "Is that your {obj}? Can I have a go?" It was {F}.',),
        ),
        Beat.resolution: Lines(
            tod=("They play and play!", "Two friends play."),
            pre=(
                "{H} and {F} played with the {obj} all afternoon.",
                "They took turns with the {obj}. It was twice the fun!",
            ),
            rich=(
                "{H} and {F} played until the sun went low, taking turns and inventing new rules.",
            ),
        ),
        Beat.echo: Lines(
            tod=("{H} and {F}: two friends, one {obj}.", '"See you soon!" says {H}.'),
            pre=(
                "Back at {home}, {H:poss} {obj} had a new place: in the middle, between two "
                "friends.",
                "Now {H} never played alone.",
            ),
            rich=(
                "Back at {home}, {H} put the {obj} by the door, ready for tomorrow, and for two.",
            ),
        ),
    },
    refrains=(
        ('"Hello?" said {H}.', '"Hello!" said {H}.', '"HELLO!" said {H}.'),
        ("Nobody came.", "Still nobody came.", "Nobody came at all."),
    ),
    titles=(
        "{H} Makes a Friend",
        "A Friend for {H}",
        "{H} and the {Obj}",
        "Two Can Play",
        "Will You Play With Me?",
        "{H:poss} New Friend",
        "The Best Game {at}",
    ),
    goals={
        Setting.beach: (Prop.ball, Prop.kite, Prop.bucket),
        Setting.classroom: (Prop.drum, Prop.book),
    },
    default_goals=(Prop.ball, Prop.kite, Prop.balloon, Prop.drum),
    goal_states={Beat.resolution: PropState.shared},
    start_state=PropState.held,
)
