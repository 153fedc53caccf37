"""Beats every template shares: openings, interludes, sounds, thoughts and morals."""

from __future__ import annotations

from storyloom.engines.writer.story_spec import Lesson
from storyloom.engines.writer.templates.base import Beat, Lines

OPENING = Lines(
    tod=(
        "This is {H} {at}[| today| this morning].",
        "Here is {H}, {at}[| today].",
        "Look, it is {H} {at}[| again]!",
    ),
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
        "{H} loved {like} very much.",
        "Most of all, {H} loved {like}.",
    ),
    rich=(
        "More than anything in the world, {H} loved {like}.",
        "{H} loved {like}, and thought about it at least [ten times a day|a hundred times a "
        "week|every single day].",
    ),
)

LIKE_ECHO = Lines(
    tod=("{H} thinks of {like}.",),
    pre=("{H} thought about {like} and smiled.", "Tomorrow, {H} would think about {like} again."),
    rich=(
        "As {H:they} drifted off to sleep that night, {H} thought about {like}, and about "
        "everything {spot_here}.",
        "That night at {home}, {H} thought about {like} [and smiled|one more time].",
        "{H} fell asleep thinking about {like} and {aim}, [in that order|or the other way round].",
    ),
)

INTERLUDES: dict[Beat, Lines] = {
    Beat.journey: Lines(
        tod=("Off they go.", "On and on they go.", "Step, step, step."),
        pre=(
            "They walked on and on, toward {far}.",
            "On and on they went, until they were {spot}.",
            "The way went up, then down, then round and round.",
            "They set off together toward {far}.",
            "Step by step, they went on.",
        ),
        rich=(
            "The way wound on and on, and then, without warning, it turned toward {far}.",
            "They followed the [path|way] for a long while, talking about [everything and "
            "nothing|this and that|nothing much].",
            "Every few steps, the view changed, and {here} showed them something new.",
            "The [journey|way] was longer than they had [expected|thought], but nobody wanted "
            "to turn back.",
        ),
    ),
    Beat.pause: Lines(
        tod=("They sit and rest.", "Time for a snack.", "They sit down. Ahh."),
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
            "They played a quick game of I spy, and [somebody|someone] spied something nobody "
            "else could "
            "see.",
            "It was good to sit for a [moment|minute|little while] and let the tired feeling "
            "drain away.",
        ),
    ),
    Beat.wonder: Lines(
        tod=("Look, {wonder}!", "Wow, {wonder}!"),
        pre=(
            "On the way, they found {wonder}.",
            "Then they saw {wonder}!",
            '"Look!" said {H}. It was {wonder}.',
        ),
        rich=(
            "Halfway there, they came upon {wonder}, and stood still to stare.",
            "Just around the bend, they discovered {wonder}, which nobody had ever mentioned.",
            '"Look at that!" breathed {H}, and pointed at {wonder}.',
        ),
    ),
    Beat.celebrate: Lines(
        tod=("Everyone is happy.", "What fun!"),
        pre=(
            "They had a little party right there[| and then| on the spot].",
            "Everyone danced a happy dance.",
            "They sang all the way back.",
        ),
        rich=(
            "They had a [little|small|happy] party right there, with [songs|a song or two] "
            "and a dance that made no sense at "
            "all.",
            "All the way back, they sang the [silliest|sillier|funniest] songs they knew, "
            "each one [louder|sillier] than the "
            "last.",
        ),
    ),
}

SOUND = Lines(
    tod=("{Sound}, {sound_now} {source}.",),
    pre=("{Sound}, {sound_past} {source} {spot_here}.",),
    rich=("{Sound}, {sound_past} {source}, somewhere close by.",),
)

# Inner thoughts for readers of seven and up, by beat.
THOUGHTS: dict[Beat, tuple[str, ...]] = {
    Beat.setup: (
        "{H} had a feeling that today would not be an ordinary day.",
        "{H} did not know it yet, but everything was about to change.",
    ),
    Beat.want: (
        "{H} could think of nothing else all morning.",
        "{H} wondered what it would feel like when it was done.",
        "The idea sat in {H:poss} head and would not leave.",
        "{H} felt a fizz of excitement right down to {H:their} toes.",
    ),
    Beat.obstacle: (
        "{H:poss} tummy did a little flip.",
        "For a moment, {H} did not know what to do.",
        "This was going to be harder than {H} had thought.",
    ),
    Beat.attempt: (
        "Maybe this time, {H} thought.",
        "{H} tried not to think about how many tries it might take.",
        "{H} bit {H:their} lip and kept trying.",
        "It has to work eventually, {H} told {H:themself}.",
        "{H} made a list in {H:their} head of everything left to try.",
        "Each try taught {H} something, even the ones that went wrong.",
        "{H} wondered what a grown-up would do, then decided that did not matter.",
        "That is two things that do not work, {H} thought. Two fewer to try.",
    ),
    Beat.low: (
        "{H} wondered if it had all been a [silly|hopeless] idea [from the start|all along].",
        "Inside, {H} felt [small and tired|as flat as a puddle].",
        "{H} wanted to give up, just for a [minute|moment or two].",
        "{H} kicked at a pebble and watched it roll away, which did not help [at all|one bit].",
        "Maybe some problems were just [too big|too tricky] for anyone to fix, {H} thought.",
        "{H} remembered how sure {H:they} had felt that morning, and it seemed [a long time "
        "ago|like another day].",
    ),
    Beat.turn: (
        "Something inside {H} [said|whispered|kept saying]: not yet.",
        "{H:poss} heart [beat fast|began to thump].",
        "Why had nobody thought of it [before|sooner]?",
        "For the first time all day, {H} felt a [flicker|tingle] of real hope.",
        "{H} hardly dared to breathe, in case the idea [flew away|slipped away].",
        "It was such a [simple|small] thing, {H} thought. How had they missed it?",
    ),
    Beat.resolution: (
        "{H} felt warm from the inside out.",
        "{H} felt ten feet tall.",
        "It had been worth every [try|single try], even the muddy ones.",
        "{H} could not stop smiling, and did not [try|want to].",
        "All the wobbly, [worried|tired] feelings of the day floated away at once.",
        "{H} would tell this story [for years|again and again], and it would get better every "
        "time.",
    ),
    Beat.echo: (
        "It had been the best kind of [day|day of all|day there is].",
        "{H} would remember this for a [long time|long, long time|very long time].",
        "{H} smiled at nothing in particular, and then at everything.",
        "Some days end [ordinary|in the usual way|like any other]. This one ended "
        "[well|happily|the best way of all].",
        "{H} was tired all the way through, the [good|best|happy] kind of tired.",
    ),
    Beat.meet: (
        "{H} had not expected company, but {H:they} liked it [very much|more than {H:they} "
        "could say].",
        "Two heads, {H} thought, [really are|might just be] better than one.",
        "{H} wondered whether everyone felt this much better with a friend nearby.",
        "It was good, {H} decided, to have someone to [share|split] the worry with.",
    ),
    Beat.journey: (
        "{H} tried to remember every turn since {start}, so they could find their way back.",
        "{H:poss} legs were tired, but {H:their} mind was on {aim}.",
    ),
    Beat.pause: (
        "{H} wondered what was still ahead, and whether they would be ready for it.",
        "It felt good to stop, if only for a moment, and let the tired feeling drain away.",
        "{H} went over the plan again in {H:their} head, just to be sure of it.",
    ),
    Beat.celebrate: (
        "{H} wanted to keep this moment [forever|in a jar], like a firefly.",
        "{H} looked around at everyone and felt [lucky|very lucky] to have them.",
    ),
    Beat.wonder: (
        "{H} wanted to remember it exactly, so as to tell everyone later.",
        "It was the kind of thing you only [see|find|spot] if you go looking[| for it].",
    ),
}

# What follows a beat no template writes its own consequence for.
FOLLOW: dict[Beat, Lines] = {
    Beat.celebrate: Lines(
        pre=("Everyone was smiling.", "It was the best part of the day."),
        rich=(
            "There was laughing and [clapping|cheering], and somebody did a very silly dance.",
            "Everyone was talking at once, telling the story of the day [from the start|in "
            "the wrong order], and nobody minded.",
            "It was the kind of happy that makes your cheeks ache from smiling.",
        ),
    ),
    Beat.pause: Lines(
        pre=("Then it was time to go on.", "Soon they were ready again."),
        rich=(
            "After a while, {H} stood up, brushed off {H:their} knees, and said it was time to "
            "go on.",
            "When everyone had caught their breath, they [got up|set off] again, feeling "
            "[stronger|better|ready].",
            "{H} looked at the sky, worked out how much of the day was left, and decided it "
            "was enough.",
        ),
    ),
    Beat.meet: Lines(
        pre=(
            "Now there were more of them. That felt better.",
            "{H} was glad of the company.",
            "It is always easier with a friend.",
        ),
        rich=(
            "Now there were more of them, and everything felt a little less [big|scary|far].",
            "{H} did not say so, but {H:they} {H:were} [very|secretly] glad of the company.",
            "It is surprising how much braver you feel with someone [beside you|at your side].",
            "They set off side by side, talking about [everything at once|nothing much].",
            "With an extra pair of eyes, {H} thought, they were [bound|sure] to find a way.",
            "The path seemed [shorter|friendlier] already, the way paths do when you are not "
            "alone.",
            "They walked on together, [swapping stories|comparing the best and worst bits of the "
            "week], and {H} felt the worry shrink.",
            "{H} told the whole story from the start, and it sounded less [hopeless|impossible] "
            "said out loud.",
            "There was a lot of catching up to do, and they did it [on the way|as they walked].",
        ),
    ),
    Beat.echo: Lines(
        pre=("And that was the end of a very good day.", "Everything was just as it should be."),
        rich=(
            "And that was the end of a very good day, the kind you keep.",
            "Everything was back where it belonged, and so was {H}[| at last].",
            "Outside, the light faded slowly, the way it does at the end of a good day.",
        ),
    ),
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
