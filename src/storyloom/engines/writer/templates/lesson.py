"""Lesson: one small plot per lesson, shown by what happens and said once at the end."""

from __future__ import annotations

from storyloom.engines.illustrator.spec import Prop
from storyloom.engines.writer.story_spec import Lesson, Template
from storyloom.engines.writer.templates.base import Beat, Lines, PropState, TemplateDef
from storyloom.engines.writer.templates.lesson_days import (
    ATTEMPT_FOLLOW,
    DAY,
    FOLLOW_SHARED,
    PROBLEM,
)

L = Lines
_SHARED: dict[Beat, Lines] = {
    Beat.setup: L(
        tod=("{H} is {at}.", "{H} has {a_obj}."),
        pre=(
            "{H} was playing {at} with {H:their} {obj}.",
            "It was a busy day {at}.",
            "{H} had a new {obj}, and it was the best thing ever.",
        ),
        rich=(
            "{H} had a new {obj}, and as far as {H} was concerned it was the best thing in the "
            "world.",
            "It was a busy, noisy, ordinary day {at}.",
        ),
    ),
    Beat.obstacle: L(
        tod=("Oh dear.",),
        pre=(
            "But something did not feel [right|quite right|right at all].",
            "{H:poss} tummy felt funny.",
        ),
        rich=(
            "But a [funny, wriggly|strange, wriggly|funny, fluttery] feeling had started in "
            "{H:poss} tummy and would not go away.",
        ),
    ),
    Beat.echo: L(
        tod=("{H} smiles a big[| big| happy] smile.", "What a [day|good day] for {H}!"),
        pre=(
            "Back at {home}, {H} smiled a big smile.",
            "That night, {H} felt [light and happy|happy and light|warm and happy].",
        ),
        rich=("That night, back at {home}, {H} felt lighter than {H:they} had in days.",),
    ),
}

_PLOTS: dict[Lesson, dict[Beat, Lines]] = {
    Lesson.sharing: {
        Beat.want: L(
            tod=('"Mine!" says {H}.',),
            pre=('"It\'s mine," said {H}, holding the {obj} tight.',),
            rich=('"It\'s mine," said {H}, hugging the {obj}, when {F} asked for a turn.',),
        ),
        Beat.attempt: L(
            tod=("{H} plays alone.", "{H} plays alone again."),
            pre=(
                "{H} played with the {obj} alone. It was a bit boring.",
                "{H} tried a new game alone. Nobody laughed.",
                "{H} played {spot}, all alone.",
            ),
            rich=(
                "{H} played alone with the {obj}, but the game felt thin and quiet.",
                "{H} invented a new game, but there was nobody to laugh at the funny bits.",
            ),
        ),
        Beat.low: L(
            tod=("It is no fun alone.",),
            pre=("It was no fun alone.",),
            rich=("It turned out that keeping something all to yourself was not much fun.",),
        ),
        Beat.turn: L(
            tod=('"Here," says {H}. "Your turn."',),
            pre=('"Here," said {H} to {F}. "Your turn."',),
            rich=('{H} held out the {obj} to {F}. "Here," {H:they} said. "Your turn."',),
        ),
        Beat.resolution: L(
            tod=("Now they both play!",),
            pre=("They took turns, and the game got bigger and better.",),
            rich=("They took turns, and the game grew bigger and sillier and better.",),
        ),
    },
    Lesson.honesty: {
        Beat.want: L(
            tod=("Oops! The {obj} breaks.",),
            pre=("Oops! {H} dropped {F:poss} {obj}, and it broke.",),
            rich=("Then, with a crack, {F:poss} {obj} slipped from {H:poss} hands and broke.",),
        ),
        Beat.attempt: L(
            tod=("{H} hides it.", "{H} hides it again."),
            pre=(
                "{H} hid the {obj} {spot}.",
                "{H} moved it {spot}, where nobody would look.",
                "{H} said nothing at all.",
            ),
            rich=(
                "{H} hid the broken {obj} {spot} and tried to look as if nothing had happened.",
                "{H} moved it {spot}, but the secret felt heavier each time.",
            ),
        ),
        Beat.low: L(
            tod=("{H} feels bad.",),
            pre=("{H} felt bad inside. The secret was too big.",),
            rich=("The secret sat in {H:poss} chest like a heavy stone.",),
        ),
        Beat.turn: L(
            tod=('"I broke it," says {H}.',),
            pre=('"I broke it," said {H}. "I\'m sorry."',),
            rich=('"It was me," said {H}. "I broke it, and I\'m really sorry."',),
        ),
        Beat.resolution: L(
            tod=("They fix it together.",),
            pre=('"Thank you for telling me," said {F}. They fixed it together.',),
            rich=('"Thank you for telling me," said {F}, and together they fixed it with glue.',),
        ),
    },
    Lesson.patience: {
        Beat.want: L(
            tod=("{H} plants a seed.",),
            pre=("{H} planted a seed and wanted a flower right now.",),
            rich=("{H} planted a seed and wanted a flower immediately, if not sooner.",),
        ),
        Beat.attempt: L(
            tod=("No flower yet.", "Still no flower."),
            pre=(
                "{H} looked at the pot. Nothing!",
                "{H} gave it water. Nothing!",
                "{H} sang to it. Still nothing!",
            ),
            rich=(
                "{H} checked the pot first thing in the morning. Nothing but soil.",
                "{H} gave it water, then a bit more water, just in case.",
            ),
        ),
        Beat.low: L(
            tod=("{H} is cross.",),
            pre=('"It will never grow," said {H}.',),
            rich=('"It is never going to grow," said {H}, and stomped off.',),
        ),
        Beat.turn: L(
            tod=("{H} waits and waits.",),
            pre=("So {H} waited, [day after day|one day, then the next|and waited some more].",),
            rich=(
                "So {H} waited, [day after day|one day, then the next], doing other things in "
                "between.",
            ),
        ),
        Beat.resolution: L(
            tod=("Look, a flower {spot_here}!",),
            pre=("Then one morning, there was a flower, red and bright!",),
            rich=(
                "Then one morning, there it was: a flower, red and bright, as if it had always "
                "been there.",
            ),
        ),
    },
    Lesson.kindness: {
        Beat.want: L(
            tod=("{F} is sad.",),
            pre=("{F} was sitting alone, looking sad.",),
            rich=("{F} was sitting all alone, looking sadder than {H} had ever seen.",),
        ),
        Beat.attempt: L(
            tod=("{H} makes a face.", "{H} sings a song."),
            pre=(
                "{H} made a funny face. {F} did not smile.",
                "{H} sang a song. {F} just sighed.",
                "{H} did a dance. Still no smile.",
            ),
            rich=(
                "{H} pulled a funny face, but {F} did not even look up.",
                "{H} sang a silly song, but {F} only sighed.",
            ),
        ),
        Beat.low: L(
            tod=("What can {H} do?",),
            pre=("{H} did not know what to do.",),
            rich=("{H} ran out of ideas completely, which did not happen very often.",),
        ),
        Beat.turn: L(
            tod=("{H} sits with {F}.",),
            pre=("So {H} just sat with {F} and listened.",),
            rich=("So {H} sat down quietly beside {F} and simply listened for a while.",),
        ),
        Beat.resolution: L(
            tod=("{F} smiles!",),
            pre=("Slowly, {F} began to smile.",),
            rich=("Slowly, a smile crept across {F:poss} face, small at first and then very big.",),
        ),
    },
    Lesson.trying_new_things: {
        Beat.want: L(
            tod=('"No!" says {H}.',),
            pre=('"I don\'t want to try it," said {H}.',),
            rich=('"I don\'t want to try it," said {H}, folding {H:their} arms.',),
        ),
        Beat.attempt: L(
            tod=("{H} looks at it.", "{H} sniffs it."),
            pre=(
                "{H} looked at it.",
                "{H} poked it with one finger.",
                "{H} took one small step closer.",
            ),
            rich=(
                "{H} looked at it from every side, the way you look at a strange bug.",
                "{H} poked it with one finger and jumped back.",
            ),
        ),
        Beat.low: L(
            tod=("{H} is not sure.",),
            pre=("{H} was not sure [at all|about it|one bit].",),
            rich=("{H} was not sure, and being not sure felt wobbly.",),
        ),
        Beat.turn: L(
            tod=("{H} tries it!",),
            pre=("Then {H} gave it a try.",),
            rich=("Then, very slowly and very carefully, {H} gave it a try.",),
        ),
        Beat.resolution: L(
            tod=("{H} loves it!",),
            pre=('"I love it!" said {H}. "Again!"',),
            rich=('"I love it!" said {H}. "Why didn\'t anyone tell me?"',),
        ),
    },
    Lesson.bravery: {
        Beat.want: L(
            tod=("The slide is so big!",),
            pre=("The big slide was very tall. {H} wanted to go down it.",),
            rich=(
                "The big slide was the tallest thing {H} had ever seen, and {H} wanted to go "
                "down it.",
            ),
        ),
        Beat.attempt: L(
            tod=("{H} climbs one step.", "{H} climbs two steps."),
            pre=(
                "{H} climbed one step, then stopped.",
                "{H} climbed two steps, then stopped.",
                "{H} climbed three steps and looked down.",
            ),
            rich=(
                "{H} climbed one step and stopped, holding on tight.",
                "{H} climbed two steps, then three, and made the mistake of looking down.",
            ),
        ),
        Beat.low: L(
            tod=("{H} is scared.",),
            pre=("{H} was scared.",),
            rich=("{H} was scared, and {H} decided that being scared was allowed.",),
        ),
        Beat.turn: L(
            tod=("Up, up, up!",),
            pre=("Up, up, up went {H}, to the very top.",),
            rich=("Up, up, up went {H}, all the way to the very top.",),
        ),
        Beat.resolution: L(
            tod=("Whee! Down goes {H}!",),
            pre=("Whee! Down went {H}, fast and fun!",),
            rich=("Whee! Down went {H}, faster than the wind, laughing all the way.",),
        ),
    },
    Lesson.teamwork: {
        Beat.want: L(
            tod=("{H} wants to build a den.",),
            pre=("{H} wanted to build a big den.",),
            rich=("{H} wanted to build the biggest den anyone had ever seen.",),
        ),
        Beat.attempt: L(
            tod=("It falls down!", "It falls down again!"),
            pre=(
                "{H} built it alone. It fell down!",
                "{H} tried again. It fell down again!",
                "{H} used a big stick. Crash!",
            ),
            rich=(
                "{H} built it alone, but halfway up it wobbled and fell down.",
                "{H} tried again, with bigger sticks, and it fell down faster.",
            ),
        ),
        Beat.low: L(
            tod=("{H} is tired.",),
            pre=("{H} was tired and cross.",),
            rich=("{H} was tired and cross and covered in leaves from head to toe.",),
        ),
        Beat.turn: L(
            tod=('"Help me?" asks {H}.',),
            pre=('"Will you help me?" {H} asked {F}.',),
            rich=('"Will you help me?" {H} asked {F}. "I can\'t do it by myself."',),
        ),
        Beat.resolution: L(
            tod=("Together they build it!",),
            pre=("Together they built the best den ever!",),
            rich=("Together they built a den with a roof, a door and a window.",),
        ),
    },
}


def lesson_template(lesson: Lesson) -> TemplateDef:
    plot = _PLOTS[lesson if lesson in _PLOTS else Lesson.sharing]
    problem = PROBLEM.get(lesson, "the {obj}")
    return TemplateDef(
        name=Template.lesson,
        lines={**_SHARED, **DAY, **plot},
        refrains=(
            ("Oh dear, the {obj}.", "Oh dear, oh dear, the {obj}.", "Oh dear, oh dear, oh dear."),
            (
                "Hmm, said {H} to the {obj}.",
                "Hmm, hmm, said {H} to the {obj}.",
                "Hmm, hmm, hmm, said {H}.",
            ),
        ),
        titles=(
            "{H} Learns Something New",
            "{H} and the {Obj}",
            "A Big Day for {H}",
            "{H:poss} Good Idea",
            "What {H} Found Out",
            "{H} Tries Again",
        ),
        goals={},
        default_goals=(Prop.ball, Prop.kite, Prop.drum, Prop.book, Prop.flower, Prop.paintbrush),
        goal_states={},
        start_state=PropState.held,
        follow={
            **FOLLOW_SHARED,
            Beat.attempt: ATTEMPT_FOLLOW.get(lesson, ATTEMPT_FOLLOW[Lesson.sharing]),
        },
        extra_slots=lambda setting, rng: {"problem": problem},
    )


LESSON_TEMPLATES = {lesson: lesson_template(lesson) for lesson in Lesson if lesson != Lesson.none}
LESSON = LESSON_TEMPLATES[Lesson.sharing]
