"""More realisations for readers of seven and up, for the beats a book visits once.

A beat like the low point happens once per book, so two books with the same cast share
it whenever they pick the same line. These lines widen those beats; `widen` adds them to
a template's own.
"""

from __future__ import annotations

from dataclasses import replace

from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.templates.base import Beat, Lines, TemplateDef

B = Beat
MORE_RICH: dict[Template, dict[Beat, tuple[str, ...]]] = {
    Template.adventure: {
        B.want: (
            "{H} ran a finger along the [dotted|wiggly] line. It ended at {far}, and so, {H} "
            "decided, would they.",
            '"If somebody drew a map, somebody wanted it found," said {H}. "Let\'s go."',
        ),
        B.obstacle: (
            "They had walked [all morning|for hours] when the path simply ran out at {block}.",
            "{A_block} lay right across the way, as if it had been put there on purpose.",
        ),
        B.low: (
            "They sat in a [tired|muddy] row and nobody said anything. The {obj} flapped in the "
            "wind, unhelpful.",
            "{H} folded the {obj} up small. Maybe they should just go [home|back home|back].",
        ),
        B.turn: (
            "Half hidden {hideout} lay a [long|fallen] log, mossy and solid, just the right size.",
            "There, {hideout}, was an old rope, tied to a post by someone who had passed this "
            "way long before.",
        ),
        B.resolution: (
            "At {far}, [under a flat stone|in a hollow by a rock], they found {treasure}, and "
            "a note that said: well done.",
            "They reached {far} at last, puffed and happy, and dug until they found {treasure}.",
        ),
        B.echo: (
            "That night at {home}, {H} pinned the {obj} to the wall. There was a [second|tiny] "
            "X in the corner that nobody had noticed before.",
            "Back at {home}, {H} [fell asleep|dozed off] with the {obj} under {H:their} pillow, "
            "already planning the next trip.",
        ),
    },
    Template.mystery: {
        B.want: (
            "On the morning it went missing, {H} looked in the usual place, and then in every "
            "unusual one.",
            "{H} blinked at the empty spot where the {obj} should have been. It had been there "
            "last night. [Definitely|Almost certainly].",
        ),
        B.obstacle: (
            "Then {H} spotted it: {clue}, [small but clear|faint but definite], leading away.",
            "It was not much to go on, just {clue}, but every good mystery starts somewhere.",
        ),
        B.low: (
            "{H} sat on the [floor|bottom step] with {H:their} chin in {H:their} {H:hands}. Some "
            "things, it seemed, were just lost.",
            "The clue had gone cold, and so had {H:poss} hope.",
        ),
        B.turn: (
            "Then, {hideout}, something [twitched|rustled], and {clue} led right up to it.",
            "{H} followed {clue} one last time, all the way {hideout}.",
        ),
        B.resolution: (
            "{hideout}, curled up tight, was {taker}, and underneath, safe and sound, was the "
            "{obj}.",
            "There was the {obj}, {hideout}. {Taker} had [borrowed|taken] it, and looked only a "
            "little bit sorry.",
        ),
        B.echo: (
            "That night, the {obj} was back where it belonged, and {H} kept one eye on it, just "
            "in case.",
            "{H} put the {obj} back in its place at {home} and told it, firmly, to stay put.",
        ),
    },
    Template.rescue: {
        B.want: (
            "{H} followed the sound {hideout} and found {a_animal}, [trembling|shivering] and "
            "stuck fast.",
            "There, {hideout}, was {a_animal}, [far too small|much too little] to be out alone.",
        ),
        B.obstacle: (
            "The {animal} was wedged in tight, and every time anyone came near, it shrank away.",
            "It was stuck where no hand could reach, and far too frightened to come out.",
        ),
        B.low: (
            "The {animal} gave one more small cry and then went quiet, which was worse.",
            "{H} sat back, out of ideas, while the {animal} shivered [in the cold|all alone].",
        ),
        B.turn: (
            "{H} laid the {obj} down, soft and open, and stepped back so it would feel safe.",
            "{H} fetched the {obj}, made it warm and cosy, and held it as still as a stone.",
        ),
        B.resolution: (
            "One small step, then another, and the {animal} [tumbled|crept] into the {obj}. "
            "Safe at last.",
            "The {animal} sniffed, wobbled, and climbed into the {obj}, and everyone let out a "
            "long breath.",
        ),
        B.echo: (
            "That evening at {home}, {H} heard a small, happy {cry} outside the window, and "
            "smiled.",
            "Back at {home}, {H} drew a picture of the {animal}, safe and warm, and pinned it up.",
        ),
    },
    Template.bedtime: {
        B.want: (
            "{H} was not tired at all. {H:poss} toes wiggled, and {H:their} eyes stayed wide.",
            '"Just five more minutes," said {H}, which is what {H:they} always said.',
        ),
        B.obstacle: (
            "[Then|Just then|All at once], {H} noticed something. The {obj} was not in its place.",
            "{H} patted the pillow. No {obj}. {H} patted the [blanket|covers|bed]. Still no {obj}.",
        ),
        B.low: (
            "{H} gave a yawn so slow and wide that it surprised even {H:them}.",
            "{H:poss} eyes closed for a [moment|second|little while], then opened again, a "
            "little slower than before.",
        ),
        B.turn: (
            "There, {hideout}, just where nobody had thought to look, was the {obj}.",
            "Something soft poked out {hideout}. It was the {obj}, waiting.",
        ),
        B.resolution: (
            "{H} snuggled down with the {obj}, and the blanket settled like a warm cloud.",
            "The lamp clicked off. Only the night light glowed, [soft and small|small and "
            "gold|soft and low].",
        ),
    },
    Template.friendship: {
        B.want: (
            "{H} watched the others laughing together and wished, very much, to be part of it.",
            "Wouldn't it be good, {H} thought, to have someone to [share|play] it with?",
        ),
        B.obstacle: (
            "Everyone already seemed to have a friend, and a game, and no room for one more.",
            "The others were busy, and {H} did not know how to begin.",
        ),
        B.low: (
            "{H} sat on the edge of everything, holding the {obj}, and felt very small.",
            "Maybe tomorrow, {H} thought, and looked down at the {obj}.",
        ),
        B.turn: (
            '"Is that your {obj}?" asked {F}, coming closer. "Can you show me how it works?"',
            '{F} came and sat down nearby. "I like your {obj}," {F:they} said, a little shyly.',
        ),
        B.resolution: (
            "They took turns with the {obj}, then made up a new game that needed both of them.",
            "Before long, the game had rules, a name and two very [good|happy|keen] players.",
        ),
        B.echo: (
            "That night at {home}, {H} could not stop smiling, because tomorrow there would be two "
            "to play with the {obj}.",
            "{H} put the {obj} away at {home}, ready for tomorrow, and for a friend.",
        ),
    },
    Template.exploration: {
        B.want: (
            "Somewhere near {far}, people said, was the most wonderful thing in all of {here}.",
            "{H} had a question, and the only way to answer it was to go and look.",
        ),
        B.obstacle: (
            "Nobody knew the way to {far}, and the paths all seemed to wander off.",
            "{far} was further than it looked, and nobody had ever marked the way.",
        ),
        B.low: (
            "{H} sat on a [rock|stone] and looked at the notebook. So many wonders, and still "
            "not the "
            "biggest.",
            "The light was changing, and {far} seemed no closer than before.",
        ),
        B.turn: (
            "{H} lifted the {obj}, looked toward {far}, and saw something glitter.",
            "From the top of the last rise, {H} could see all the way to {far}.",
        ),
        B.resolution: (
            "At {far}, [at last|finally], was the greatest wonder of all, bigger and brighter "
            "than any story.",
            "There it was at {far}, real and shining. {H} forgot to write anything down [at "
            "all|for a while|for ages].",
        ),
        B.echo: (
            "That night at {home}, {H} drew the greatest wonder on the very last page.",
            "Back at {home}, {H} put the {obj} by the door, ready for the next question.",
        ),
    },
    Template.celebration: {
        B.want: (
            "{H} wanted to make {a_obj} so good that everyone would talk about it for a week.",
            "Every {day} needs something special, and {H} knew exactly what it would be.",
        ),
        B.obstacle: (
            "Then, just as it was nearly done, the {obj} tipped, wobbled and fell. Splat.",
            "A gust of wind came out of nowhere, and the {obj} went flying.",
        ),
        B.low: (
            "Everyone was nearly ready, except {H}, and except the {obj}.",
            "{H} looked at the [crooked|squashed] {obj} and wondered whether to give up.",
        ),
        B.turn: (
            "{Helpers} came to help, and the {obj} began to look like itself again.",
            "With more hands, it went faster: hold, tape, press, and hold again.",
        ),
        B.resolution: (
            "The {obj} was ready just in time, a little wonky and absolutely perfect, and the "
            "{day} began.",
            "Just as the first guests arrived, the {obj} was done, and everybody said ooh.",
        ),
        B.echo: (
            "That night at {home}, {H} decided the wobbly bits had been the best bits.",
            "Back at {home}, {H} fell asleep still smiling about the {day}.",
        ),
    },
    Template.lesson: {
        B.obstacle: (
            "{H} tried to forget about it, but the feeling followed {H:them} around like a shadow.",
            "Something was not right, and {H} knew it, even if nobody else did.",
        ),
        B.echo: (
            "That night at {home}, {H} lay in bed and thought about the day, and smiled.",
            "{H} fell asleep at {home} feeling lighter than a feather.",
        ),
    },
}


def widen(template: TemplateDef) -> TemplateDef:
    """The template with its once-a-book beats widened for older readers."""
    more = MORE_RICH.get(template.name, {})
    if not more:
        return template
    lines = dict(template.lines)
    for beat, extra in more.items():
        own = lines.get(beat, Lines())
        lines[beat] = replace(own, rich=(*(own.rich or own.pre), *extra))
    return replace(template, lines=lines)
