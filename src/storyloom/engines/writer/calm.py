"""Bedtime versions of the trait moments and thoughts: slow, soft and quiet.

A bedtime story slows down, so even an energetic hero does not jump on the last pages:
the energy goes into wriggling toes and one slow stretch. Every line still carries its
trait's marker (see `traits.MARKERS`).
"""

from __future__ import annotations

from storyloom.engines.writer.story_spec import Trait
from storyloom.engines.writer.templates.base import Beat, Lines

T = Trait

CALM_ACTS: dict[Trait, Lines] = {
    T.brave: Lines(
        tod=("{H} steps into the dark hall.",),
        pre=(
            "{H} took a deep breath and stepped into the dark hall.",
            "{H} went first down the dim hall, step by small step.",
        ),
        rich=(
            "The hall was dim, but {H} took a deep breath and stepped into it first.",
            "{H} went first past the shadowy coats, which were only coats after all.",
        ),
    ),
    T.curious: Lines(
        tod=('"Why is it dark?" asks {H}.',),
        pre=(
            '"Why does the moon come out at night?" asked {H}.',
            '"What do stars do all day?" asked {H}.',
        ),
        rich=(
            '"Why does the sun go away at night?" asked {H}, who always had one more question.',
            '{H} wondered, "Do the stars get sleepy too?"',
        ),
    ),
    T.kind: Lines(
        tod=("{H} gives {F} a kiss.",),
        pre=("{H} gave {F} a goodnight kiss.", "{H} shared the blanket with {F}."),
        rich=(
            "{H} gave {F} the softest pillow and kept the lumpy one.",
            "{H} shared the warm end of the blanket with {F}, and took the chilly end for "
            "{H:themself}.",
        ),
    ),
    T.shy: Lines(
        tod=('"Night night," {H} says softly.',),
        pre=('"Goodnight," whispered {H}.', "{H} peeked out from under the blanket."),
        rich=(
            "{H} peeked out from under the blanket and whispered goodnight to the moon.",
            '"Will you stay a little?" {H} asked softly.',
        ),
    ),
    T.funny: Lines(
        tod=("{H} makes a silly, sleepy face.",),
        pre=("{H} made a silly, sleepy face.", "{H} told a very small, very silly joke."),
        rich=(
            "{H} whispered a silly joke about a sleepy sock, and the giggles were soft ones.",
            "{H} made a silly face, but it turned into a yawn halfway through.",
        ),
    ),
    T.clever: Lines(
        tod=("{H} thinks.",),
        pre=("{H} had an idea: count the stars.", "{H} thought about where to look."),
        rich=(
            "{H} thought about it carefully: where had the {obj} been last?",
            "{H} had a plan. A slow, sleepy plan, but a plan.",
        ),
    ),
    T.patient: Lines(
        tod=("{H} waits for the story.",),
        pre=("{H} waited for the bath to fill.", "{H} waited while the milk got warm."),
        rich=(
            "{H} waited quietly while the bath filled, watching the bubbles grow.",
            "{H} waited for the milk to cool, blowing on it gently.",
        ),
    ),
    T.energetic: Lines(
        tod=("{H} has one last little bounce.",),
        pre=(
            "{H} still had a little bounce left, so {H:they} wiggled {H:their} toes.",
            "{H} did one slow bounce, then stopped.",
        ),
        rich=(
            "{H} still had some bounce left, so {H:they} did ten slow stretches instead.",
            "{H:poss} legs wanted to bounce, but {H:they} wiggled {H:their} toes instead.",
        ),
    ),
    T.gentle: Lines(
        tod=("{H} pats the pillow gently.",),
        pre=("{H} gently patted the pillow.", "{H} stroked the blanket softly."),
        rich=(
            "{H} gently smoothed the blanket flat, the way you would stroke a sleepy cat.",
            "{H} softly tucked each toy into a row on the shelf.",
        ),
    ),
    T.stubborn: Lines(
        tod=('"Not yet," says {H}.',),
        pre=('"Not yet," said {H}. "One more story."', '"I will not give up looking," said {H}.'),
        rich=(
            '"Not yet," said {H}, though {H:their} eyes were already heavy.',
            '"Just one more," said {H}. "Then bed. Maybe."',
        ),
    ),
    T.creative: Lines(
        tod=("{H} makes shapes with {H:their} {H:hands}.",),
        pre=("{H} made shadow shapes on the wall.", "{H} drew a sleepy moon on the window."),
        rich=(
            "{H} made shadow animals on the wall: a rabbit, a bird, a very sleepy bear.",
            "{H} drew a moon with a finger on the misty window.",
        ),
    ),
    T.cheerful: Lines(
        tod=("{H} hums a soft song.",),
        pre=("{H} hummed a soft, slow song.", "{H} smiled a sleepy smile."),
        rich=(
            "{H} hummed a soft, slow song, the kind with no loud parts.",
            "{H} smiled a sleepy smile and hummed along, very quietly.",
        ),
    ),
    T.careful: Lines(
        tod=("{H} looks [slowly|so slowly].",),
        pre=("{H} looked slowly, left and right.", "{H} checked under the pillow carefully."),
        rich=(
            "{H} checked every corner slowly and carefully, the way a good finder does.",
            "{H} carefully lifted the pillow, then the blanket, then the rug.",
        ),
    ),
    T.adventurous: Lines(
        tod=("{H} explores under the bed.",),
        pre=("{H} explored under the blanket like a cave.", "{H} took a new way to bed."),
        rich=(
            "{H} turned the blanket into a cave and explored it with a torch.",
            "{H} explored the hall one last time, further than usual, on tiptoe.",
        ),
    ),
    T.caring: Lines(
        tod=("{H} hugs {F}.",),
        pre=("{H} gave {F} a big goodnight hug.", "{H} tucked the blanket around {F}."),
        rich=(
            "{H} tucked the blanket around {F}, right up to the chin.",
            "{H} gave {F} a long, warm goodnight hug that lasted nearly a minute.",
        ),
    ),
}

CALM_TURNS: dict[Trait, Lines] = {
    T.brave: Lines(
        tod=("{H} steps into the dark.",),
        pre=("{H} took a deep breath and looked in the dark corner.",),
        rich=("{H} took a deep breath and looked into the darkest corner, the one by the door.",),
    ),
    T.curious: Lines(
        tod=('"What is that bump?" asks {H}.',),
        pre=('"What is that little bump?" asked {H}, and went to see.',),
        rich=('"What is that little bump?" {H} wondered, and went to see.',),
    ),
    T.kind: Lines(
        tod=("{H} shares the pillow.",),
        pre=("{H} shared the pillow with {F}, and lifting it up, saw something.",),
        rich=("{H} kindly moved over to share the pillow, and underneath, something showed.",),
    ),
    T.shy: Lines(
        tod=('"Look," {H} says softly.',),
        pre=('"Look," whispered {H}, and pointed.',),
        rich=('"Look," whispered {H}, so softly that only the moon could hear.',),
    ),
    T.funny: Lines(
        tod=("{H} giggles.",),
        pre=("{H} giggled at a silly shadow, and then looked closer.",),
        rich=("{H} giggled at a shadow that looked like a sleepy elephant, then looked closer.",),
    ),
    T.clever: Lines(
        tod=("{H} has an idea.",),
        pre=("Then {H} had an idea: where had {H:they} been last?",),
        rich=("{H} thought back, step by step, to the last place {H:they} had been.",),
    ),
    T.patient: Lines(
        tod=("{H} waits and looks.",),
        pre=("{H} waited for the moon to come out, and in its light, {H:they} saw it.",),
        rich=("{H} waited quietly until the moon came out and lit the whole room silver.",),
    ),
    T.energetic: Lines(
        tod=("{H} gives one last bounce.",),
        pre=("{H} gave one last little bounce on the bed, and then, thump, something fell.",),
        rich=("{H} gave one last little bounce on the bed, and something soft slid out.",),
    ),
    T.gentle: Lines(
        tod=("{H} looks gently.",),
        pre=("{H} gently lifted the blanket.",),
        rich=("{H} gently lifted the corner of the blanket, as quiet as a moth.",),
    ),
    T.stubborn: Lines(
        tod=('"One more look," says {H}.',),
        pre=('"I will not give up," said {H}. "One more look."',),
        rich=('"Not yet," said {H}. "I will not give up. One more look."',),
    ),
    T.creative: Lines(
        tod=("{H} makes a shadow bunny.",),
        pre=("{H} made a shadow bunny on the wall, and it pointed the way.",),
        rich=("{H} made a shadow bunny on the wall, and its long ears pointed right at it.",),
    ),
    T.cheerful: Lines(
        tod=("{H} hums.",),
        pre=("{H} hummed a soft song, and smiled.",),
        rich=("{H} hummed the soft song {H:they} always sang, and smiled into the dark.",),
    ),
    T.careful: Lines(
        tod=("{H} looks [slowly|so slowly].",),
        pre=("{H} looked again, slowly, in every spot.",),
        rich=("{H} looked again, slowly and carefully, in the one place {H:they} had missed.",),
    ),
    T.adventurous: Lines(
        tod=("{H} explores.",),
        pre=("{H} explored one last place, further back.",),
        rich=("{H} explored one last place, further back than anyone ever looked.",),
    ),
    T.caring: Lines(
        tod=("{H} hugs the toys.",),
        pre=("{H} gave every toy a goodnight hug, one by one.",),
        rich=("{H} gave every toy a goodnight hug, one by one, and the last one was a surprise.",),
    ),
}

CALM_THOUGHTS: dict[Beat, tuple[str, ...]] = {
    Beat.setup: (
        "It had been a long, full day, and now it was nearly over.",
        "The day was folding itself up, slowly, like a blanket.",
    ),
    Beat.want: (
        "{H} did not feel one bit sleepy.",
        "The night felt very big and very long.",
        "{H} thought that sleep was a waste of a perfectly good night.",
    ),
    Beat.obstacle: (
        "{H} could not sleep without it. Not ever.",
        "Bed without it would feel all wrong.",
        "{H} tried to remember where it had been at lunchtime.",
    ),
    Beat.attempt: (
        "{H} counted the stars on the ceiling, and lost count somewhere around nine.",
        "[Somewhere nearby|Not far off|Somewhere close], [a drip dripped|a tap dripped|water "
        "dripped], slow as a clock.",
        "{H} tried very hard not to yawn, and nearly managed it.",
    ),
    Beat.low: (
        "Everything felt far away and soft, like sounds heard from under the bathwater.",
        "{H:poss} eyes kept closing all by themselves.",
        "Even worrying felt slow and sleepy now.",
    ),
    Beat.turn: (
        "{H} held {H:their} breath and hardly dared to hope.",
        "For a [moment|second], {H} thought it might be a shadow playing tricks[| again].",
    ),
    Beat.resolution: (
        "{H} felt warm from the top of {H:their} head to the tips of {H:their} toes.",
        "The pillow was cool and the blanket was warm, which is just right.",
        "Everything {H} needed was right here.",
    ),
    Beat.echo: (
        "Somewhere, a dream was already starting.",
        "The night kept watch, quiet and kind.",
        "Not a sound, not a stir. Just breathing, slow and soft.",
    ),
    Beat.celebrate: (
        "It was the softest, sleepiest [sort|kind] of happy, the kind that hums rather than sings.",
        "{H} felt warm all the way through, as if {H:they} had swallowed a little sun.",
    ),
    Beat.meet: (
        "{H} liked having someone to whisper to, now that [everything|the night|the world] "
        "was so [quiet|still|hushed].",
        "It was [nice|good|cosy] to have [company|someone close] when the night was [this|so] "
        "[quiet|still|dark].",
    ),
    Beat.pause: (
        "Nobody was in a hurry any more, and [even the clock|the clock] ticked [slowly|softly], "
        "as if it were [tired|sleepy] too.",
        "[For a while|For a little while|For a moment], nobody said anything [at all|much], "
        "and that was [fine|just right|nice too].",
    ),
    Beat.journey: (
        "[Each step|Every step] was a little slower than the one before, and a little "
        "[softer|quieter|sleepier].",
        "[Their|Their sleepy] feet [went|padded] slower and slower, [step by step|one step at a "
        "time].",
    ),
    Beat.wonder: (
        "The night was full of [small, quiet|tiny, quiet|small, soft] things, if you "
        "[stayed|kept|were] still enough to [notice|hear|see] them.",
        "[When you were|If you stayed] very still, the night [had|held] [little|small|tiny] "
        "[sounds|noises] of its own.",
    ),
}

# Night falling, anywhere, for bedtime readers of seven and up: long, slow sentences.
NIGHT_RICH: tuple[str, ...] = (
    "The sky had turned the deep, soft blue of [an ink pot|a sleepy sea], and the first "
    "stars were [pricking through|peeping out].",
    "The last of the light [slipped|faded|crept] away, and the shadows grew long and grey and "
    "[gentle|kind].",
    "[Somewhere far off|Out in the dark|Far away], a dog barked once, and then [thought "
    "better of it|seemed to think better of it|went back to sleep].",
    "The moon climbed [slowly|gently|quietly] [into the sky|up the sky|higher and higher], "
    "round and pale and [in no hurry at all|taking its time].",
    "[Every sound|Each sound|Every little noise] was softer now, as if the whole world had "
    "put on its [slippers|socks|softest slippers].",
    "The wind had [dropped|sunk|gone down] to a whisper, and [everything|the whole world|the "
    "night] had [gone still|grown still|stopped its rustling].",
    "One by one, the [lights nearby|little lights|far lights] went [dark|out], like eyes "
    "[closing|shutting] for the night.",
    "The air smelled of cool grass and [warm milk|bathtime soap], the smell of the end of a day.",
    "A [moth|small moth|pale moth] [bumped softly|tapped softly|fluttered] against the "
    "[window|glass], looking for the moon.",
    "The night was settling in [gently|quietly], the way snow settles, without a sound.",
)

# Night falling, anywhere, in plain words for the youngest readers.
NIGHT_PLAIN: tuple[str, ...] = (
    "The sky [was dark blue now|went dark blue, then darker|had turned a deep, soft blue|"
    "was the blue of night now].",
    "[One star|A first star] [came out|peeped out|popped out], then two, then three.",
    "The wind [was soft and slow|had gone soft and slow|blew soft and slow, then not at all].",
    "It was very, very quiet {spot_here}.",
    "[The moon was up, round and white|The moon came up, round and white|A round white moon "
    "came up|The moon was big and round and white].",
    "The light went dim {spot_here}, then dimmer.",
    "[Far away|Somewhere far off|Out in the dark], a dog gave one [sleepy|soft|small] woof, "
    "and {H} [smiled|yawned|listened].",
    "The clouds [went|turned|grew] [grey and soft|soft and grey|pink, then grey].",
)
