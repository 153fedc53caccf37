"""Beats every template shares: openings, interludes, sounds, thoughts and morals."""

from __future__ import annotations

from storyloom.engines.writer.story_spec import Lesson
from storyloom.engines.writer.templates.base import Beat, Lines

OPENING = Lines(
    tod=("This is {H}.", "Here is {H}.", "Look, it is {H}!"),
    pre=(
        "Once upon a time, there was {a_hero_noun} called {H}.",
        "{H} lived near {home}.",
        "Every morning, {H} woke up early.",
        "There was once {a_hero_noun} named {H}.",
    ),
    rich=(
        "Once upon a time, not so long ago, there lived {a_hero_noun} called {H}.",
        "{H} lived near {home}, where every day began with something new.",
        "If you had gone {at} that morning, you would have met {a_hero_noun} called {H}.",
    ),
)

LIKE = Lines(
    tod=("{H} loves {like}.", "{H} likes {like}."),
    pre=(
        "{H} loved {like} more than anything.",
        "{H:They} loved {like}.",
        "Most of all, {H} loved {like}.",
    ),
    rich=(
        "More than anything in the world, {H} loved {like}.",
        "{H} loved {like}, and thought about it at least ten times a day.",
    ),
)

LIKE_ECHO = Lines(
    tod=("{H} thinks of {like}.",),
    pre=("{H} thought about {like} and smiled.", "Tomorrow, {H} would think about {like} again."),
    rich=(
        "As {H:they} drifted home, {H} thought about {like}, and about how good the day had been.",
    ),
)

INTERLUDES: dict[Beat, Lines] = {
    Beat.journey: Lines(
        pre=(
            "They walked on and on, toward {far}.",
            "On and on they went, until they were {spot}.",
            "The way went up, then down, then round and round.",
            "They set off together toward {far}.",
            "Step by step, they went on.",
        ),
        rich=(
            "The way wound on and on, and then, without warning, it turned toward {far}.",
            "They followed the path for a long while, talking about everything and nothing.",
            "Every few steps, the view changed, and {here} showed them something new.",
            "The journey was longer than they had expected, but nobody wanted to turn back.",
        ),
    ),
    Beat.pause: Lines(
        pre=(
            "They stopped {spot} for a snack.",
            "Everyone sat down to rest for a bit.",
            "They had a drink of water and shared some apples.",
            "For a while, they just sat and looked.",
            "They played a quick game of tag to warm up.",
            "They rested and counted the clouds.",
        ),
        rich=(
            "They stopped {spot} to rest their legs and share a bag of apple slices.",
            "For a while, nobody said anything; they simply listened to {here}.",
            "They played a quick game of I spy, and somebody spied something nobody else could "
            "see.",
            "It was good to sit for a moment and let the tired feeling drain away.",
        ),
    ),
    Beat.wonder: Lines(
        pre=(
            "On the way, they found {wonder}.",
            "Then they saw {wonder}!",
            '"Look!" said {H}. It was {wonder}.',
        ),
        rich=(
            "Halfway there, they came upon {wonder}, and stood still to stare.",
            "Just around the bend, they discovered {wonder}, which nobody had ever mentioned.",
            '"Look at that!" breathed {H}. In front of them was {wonder}.',
        ),
    ),
    Beat.celebrate: Lines(
        pre=(
            "They had a little party right there.",
            "Everyone danced a happy dance.",
            "They sang all the way back.",
        ),
        rich=(
            "They had a little party right there, with songs and a dance that made no sense at "
            "all.",
            "All the way back, they sang the silliest songs they knew, each one louder than the "
            "last.",
        ),
    ),
}

CREATURE_JOIN = Lines(
    tod=("Look! {a_creature}!", "{H} meets {a_creature}."),
    pre=(
        'Then {H} met {a_creature}. "Hello," said {F}.',
        "{A_creature} popped out to say hello.",
        "Just then, {a_creature} came by.",
    ),
    rich=(
        "Just then, {a_creature} popped out and looked {H} up and down with bright eyes.",
        "{H} was not alone for long: {a_creature} came to see what was going on.",
    ),
)

SOUND = Lines(
    tod=("{Sound}! {Source} {sound_now}.",),
    pre=("{Sound}, {sound_past} {source}.",),
    rich=("{Sound}, {sound_past} {source}, somewhere close by.",),
)

THOUGHTS: dict[Beat, tuple[str, ...]] = {
    Beat.want: (
        "{H} could think of nothing else all morning.",
        "{H} wondered what it would feel like when it was done.",
        "The idea sat in {H:poss} head and would not leave.",
        "{H} felt a fizz of excitement right down to {H:their} toes.",
    ),
    Beat.obstacle: (
        "{H:poss} tummy did a little flip.",
        "For a moment, {H} did not know what to do.",
    ),
    Beat.attempt: (
        "Maybe this time, {H} thought.",
        "{H} tried not to think about how far there was to go.",
        "{H} bit {H:their} lip and kept trying.",
        "It has to work eventually, {H} told {H:themself}.",
        "{H} made a list in {H:their} head of everything left to try.",
        "Each try taught {H} something, even the ones that went wrong.",
    ),
    Beat.low: (
        "{H} wondered if it had all been a silly idea.",
        "Inside, {H} felt small and tired.",
    ),
    Beat.turn: ("Something inside {H} said: not yet.", "{H:poss} heart beat fast."),
    Beat.resolution: ("{H} felt warm from the inside out.", "{H} felt ten feet tall."),
    Beat.echo: ("It had been the best kind of day.", "{H} would remember this for a long time."),
}

# Said at most once, gently, near the end.
MORALS: dict[Lesson, Lines] = {
    Lesson.sharing: Lines(
        tod=("Sharing is fun.",),
        pre=("Sharing made the fun twice as big.",),
        rich=("It turned out that sharing made the fun twice as big, not half.",),
    ),
    Lesson.honesty: Lines(
        tod=("Telling the truth feels good.",),
        pre=("Telling the truth felt much better than hiding it.",),
        rich=("Telling the truth had been hard, but it felt lighter than hiding it.",),
    ),
    Lesson.patience: Lines(
        tod=("Good things come if you wait.",),
        pre=("Some good things take time.",),
        rich=("Some of the best things, it turned out, just took a little time.",),
    ),
    Lesson.kindness: Lines(
        tod=("Being kind feels good.",),
        pre=("A little kindness goes a long way.",),
        rich=("A little kindness, {H} decided, could go a very long way.",),
    ),
    Lesson.trying_new_things: Lines(
        tod=("New things can be fun.",),
        pre=("New things can turn out to be fun.",),
        rich=("New things, {H} learned, can turn into favourite things.",),
    ),
    Lesson.bravery: Lines(
        tod=("Being brave is hard, and good.",),
        pre=("Being brave does not mean you are not scared.",),
        rich=("Being brave, {H} decided, just meant doing it while a little scared.",),
    ),
    Lesson.teamwork: Lines(
        tod=("Friends help each other.",),
        pre=("Together, they could do it.",),
        rich=("Together, they had done what none of them could have done alone.",),
    ),
    Lesson.none: Lines(),
}

# Texture for pages that need more words: setting-neutral, so any story can use them.
AMBIENT = Lines(
    tod=("Look, look!", "Hooray!", "Oh my!"),
    pre=(
        "Nobody said a word.",
        "They kept going.",
        "{H} held on tight.",
        "Everyone felt a little bit excited.",
        "Their hearts went thump, thump.",
        "{F} gave {H} a big smile.",
        "It was a very big day.",
        "{H} took a big deep breath.",
        "{All} kept close together.",
        "{H} looked at {F}, and {F} looked at {H}.",
        "It was quiet for a moment.",
        "{H} felt a little tired, but happy.",
    ),
    rich=(
        "Neither of them said it out loud, but both of them were thinking the same thing.",
        "Time seemed to slow down, the way it does just before something important happens.",
        "{H} noticed how quiet {here} had become, as if it were waiting too.",
        "There was a feeling in the air, like the moment before a surprise.",
        "{F} glanced at {H}, and {H} gave a small nod back.",
        "{H} tucked the thought away for later and concentrated on the next step.",
        "It is funny how a place can look different once you really start to look at it.",
        "{H:poss} legs were tired, but {H:their} mind was wide awake.",
        "Somewhere inside, a small hopeful voice kept saying that it would all work out.",
        "{All} moved on together, a little closer than before.",
        "{H} wanted to remember every detail, so that {H:they} could tell the story later.",
        "{H} breathed in slowly, taking in the look and feel of {here}.",
        "{H} smiled to {H:themself}, thinking of {like}.",
        "For a moment, everything felt possible.",
        "{F} hummed a tune under {F:their} breath, and {H} joined in.",
        "The day kept unfolding, one surprise after another.",
    ),
)
