"""Friendship: someone new and shy, three tries to play together, and a shared game."""

from __future__ import annotations

from storyloom.engines.illustrator.spec import Prop, Setting
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.templates.base import Beat, Lines, PropState, TemplateDef

_FOLLOW = {
    Beat.setup: Lines(
        pre=(
            "But playing with the {obj} alone was not much fun.",
            "Round and round went the {obj}, with only {H} to see.",
        ),
        rich=(
            "It was a good game, but it was a game for one, and that is only half a game.",
            "{H} played the same game again, because there was nobody to think up a new one.",
        ),
    ),
    Beat.want: Lines(
        pre=("But who would play with the {obj}, and how?", "{H} looked all around {here}."),
        rich=(
            "{H} looked around {here} at all the others and wondered how you start.",
            "Grown-ups made it sound so easy: take your {obj}, go over, say hello.",
        ),
    ),
    Beat.obstacle: Lines(
        pre=("{H} held the {obj} [tight|close] and did not know what to do[| next| now].",),
        rich=("{H} held the {obj} a little tighter and wondered what to do.",),
    ),
    Beat.attempt: Lines(
        pre=(
            "Nobody came.",
            "{H:poss} cheeks went pink.",
            "It did not work, and the {obj} sat still.",
            "{H} tried to smile anyway.",
            "Maybe next time, {H} told the {obj}.",
            "{H} looked down at {H:their} shoes.",
        ),
        rich=(
            "{H:poss} cheeks went hot, and {H:they} pretended to be very interested in a leaf.",
            "Nobody noticed, which was almost worse than if they had.",
            "That was not how it was supposed to go.",
            "{H} tried to look as if {H:they} had meant to do that all along.",
            "It was surprisingly hard, this making friends business.",
            "{H} counted to ten, took a breath, and got ready to try again.",
        ),
    ),
    Beat.low: Lines(
        pre=("Maybe nobody wanted to play with the {obj}.",),
        rich=("Maybe, {H} thought, nobody wanted to play with {H:them} at all.",),
    ),
    Beat.turn: Lines(
        pre=("{H} looked up. {F} was smiling.",),
        rich=("{H} looked up. {F} was smiling, a little shyly, and holding out a {F:hand}.",),
    ),
    Beat.resolution: Lines(
        pre=("The game was much better for two.", "They laughed so much their tummies hurt."),
        rich=(
            "The game was twice as good with two, and then three times as silly.",
            "They laughed so much that they had to sit down, and then they laughed some more.",
        ),
    ),
}

_PLAY = {
    Beat.journey: Lines(
        pre=("{H} walked all around {here} with the {obj}.",),
        rich=("{H} wandered from one game to the next with the {obj}, looking for a way in.",),
    ),
    Beat.pause: Lines(
        pre=("{H} sat and watched the others play.", "{H} had a drink and thought."),
        rich=(
            "{H} sat on the edge of things and watched the others [play|run about|have fun].",
            "{H} had a drink and thought hard about how to say [hello|hi|the first word].",
        ),
    ),
    Beat.wonder: Lines(
        pre=("Then {H} saw {wonder}. Would anyone {at} like to see it too?",),
        rich=("Then {H} spotted {wonder}, the kind of thing you want to show someone.",),
    ),
    Beat.celebrate: Lines(
        pre=("They played one more game, then one more.",),
        rich=("They played one more game, and then one more, and then the best one of all.",),
    ),
}

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
                "{H} wanted a friend to play with[| so much| more than anything].",
            ),
            rich=('"The {obj} would be more fun with someone else," {H} said to nobody.',),
        ),
        Beat.obstacle: Lines(
            tod=("Everyone is busy {at}.",),
            pre=(
                "But everyone {at} was busy with their own games.",
                "But nobody looked up from their [games|play|fun].",
            ),
            rich=("But everyone seemed busy with their own games, and nobody looked up.",),
        ),
        **_PLAY,
        Beat.attempt: Lines(
            tod=(
                "{H} says hello[| to all].",
                "{H} waves[| hello| and waves].",
                "{H} shows the {obj}.",
            ),
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
            pre=("{H} sat down alone with the {obj}.", "{H} felt very small {at}."),
            rich=("{H} sat down alone with the {obj} and watched everyone else having fun.",),
        ),
        Beat.turn: Lines(
            tod=('"Can I play[| too| with you]?" asks {F}.',),
            pre=('[Then|Just then|After a bit], {F} came over. "Can I play with the {obj} too?"',),
            rich=('Then a voice said, "Is that your {obj}? Can I have a go?" It was {F}.',),
        ),
        Beat.resolution: Lines(
            tod=("They play and play!", "Two friends play."),
            pre=(
                "{H} and {F} played with the {obj} all afternoon.",
                "They took turns with the {obj}, and it was twice the fun!",
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
                "Now {H} never played with the {obj} alone.",
            ),
            rich=(
                "Back at {home}, {H} put the {obj} by the door, ready for tomorrow, and for two.",
            ),
        ),
    },
    refrains=(
        ('"Hello?" said {H}.', '"Hello!" said {H}.', '"HELLO!" said {H}.'),
        ("Nobody came.", "Still nobody came.", "Nobody came at all.", "Now nobody was alone."),
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
    follow=_FOLLOW,
    idea_goals=(Prop.boat, Prop.sled, Prop.bucket, Prop.spade, Prop.book, Prop.paintbrush),
)
