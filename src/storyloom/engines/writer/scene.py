"""Each page's picture, derived from the world state the text was written from: the place
the characters are in, what stands in the way, how each one moves, who is with whom, and
where the things are (held, up high, far away)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache

from storyloom.engines.illustrator.spec import (
    PLACES,
    Expression,
    Focus,
    Place,
    Placement,
    Pose,
    Prop,
    Setting,
)
from storyloom.engines.writer.cast import Actor, Bond
from storyloom.engines.writer.idea import Goal, Idea
from storyloom.engines.writer.idea_words import PLACE_WORDS
from storyloom.engines.writer.place_fit import SHELTERED, indoor_thing
from storyloom.engines.writer.settings import SETTINGS
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.templates.base import Beat

B = Beat
P = Place
# Where a journey is on each beat: 0 home, 1 on the way, 2 further, 3 the goal.
_LEG = {
    B.setup: 0,
    B.want: 0,
    B.meet: 0,
    B.journey: 1,
    B.obstacle: 2,  # the tries, the low point and the turn are where the obstacle is
    B.attempt: 2,
    B.pause: 1,
    B.wonder: 2,
    B.low: 2,
    B.turn: 2,
    B.resolution: 3,
    B.celebrate: 3,
    B.echo: 0,
}
_TRIES = (Pose.reaching, Pose.climbing, Pose.jumping, Pose.pushing, Pose.pulling)
_SEEKS = (Pose.looking_down, Pose.digging, Pose.looking_up, Pose.hiding)


@dataclass(frozen=True, slots=True)
class Route:
    """The places a story passes through, from home to where it is headed and back."""

    places: tuple[Place, ...]

    @classmethod
    def plan(
        cls,
        setting: Setting,
        idea: Idea,
        bedtime: bool,
        rng: random.Random | None = None,
        block: str = "",
    ) -> Route:
        """Home, two places on the way, and where the story is headed; what is in the way
        (`block`) is met where it can be: a locked door under a roof, a moat outside."""
        own = PLACES[setting]
        if bedtime:  # a quiet wander close to home: the next spot, the window if any, back
            window = P.window_seat if P.window_seat in own else own[1]
            return cls((own[0], own[1], window, own[0]))
        dest = idea.place_spot if idea.place_spot in own else SETTINGS[setting].far_place
        middle = [p for p in own if p not in (own[0], dest)] or [own[0]]
        if rng is not None:
            rng.shuffle(middle)  # each day's way there passes the places in its own order
        if block:
            roofed = indoor_thing(block)
            fit = [p for p in middle if (p in SHELTERED) == roofed]
            if fit and fit[-1] != middle[-1]:
                middle.remove(fit[-1])
                middle.append(fit[-1])
        return cls((own[0], middle[0], middle[-1], dest))

    def at(self, beat: Beat) -> Place:
        return self.places[_LEG.get(beat, 1)]


# What is done in which room of the house: the bath and the teeth in the bathroom, warm
# milk in the kitchen, the stairs and the hall on the landing, the moon through the window,
# pyjamas and pillows in the bedroom.
# The earliest in the text wins, so "she brushed her teeth, then looked at the moon" is
# drawn at the basin.
_DEEDS: tuple[tuple[str, Place], ...] = (
    (r"\bbath\b|bubbles|splish|teeth|toothbrush|wash\w* (?:\w+ )?(?:face|hands)", P.bathroom),
    (r"\bmilk\b|cocoa|kitchen|supper", P.kitchen),
    (r"\bstairs\b|\bhall\b|landing", P.landing),
    (r"\bwindow\b|\bmoon\b|first star", P.window_seat),
    (r"\bbed\b|pillow|pyjamas", P.bedroom),
)


@lru_cache(maxsize=32)
def _place_patterns(setting: Setting) -> tuple[tuple[str, re.Pattern[str], Place], ...]:
    """The words that put someone in one of `setting`'s places ("in a rock pool")."""
    return tuple(
        (
            word.rstrip("s"),
            re.compile(
                rf"\b(?:in|on|at|by|inside|into|under|near) (?:a|an|the)(?: \w+)? "
                rf"{word.rstrip('s')}s?\b(?! (?:path|cave|stream|side|top|garden))"
            ),
            place,
        )
        for word, place in PLACE_WORDS.items()
        if place in PLACES[setting]
    )


# Last words of a place's names that do not name it alone ("at the top", "by the water").
_NOT_NAMES = frozenset(
    [
        "began",
        "in",
        "edge",
        "top",
        "light",
        "table",
        "rug",
        "books",
        "desks",
        "sea",
        "jungle",
        "village",
        "school",
        "water",
        "sand",
        "room",
        "moon",
    ]
)
_AT = r"\b(?:in|on|at|by|inside|into|under|near|among|behind|beside|across|along|up|down)"


@lru_cache(maxsize=32)
def _named_patterns(
    setting: Setting,
) -> tuple[tuple[str, re.Pattern[str], frozenset[Place]], ...]:
    """Each word that puts someone at one or more of `setting`'s places."""
    from storyloom.engines.writer.discourse import PLACE_PHRASES
    from storyloom.engines.writer.moment import PLACE_WAYS

    where: dict[str, set[Place]] = {}
    for place in PLACES[setting]:
        for phrase in (PLACE_PHRASES[place], *PLACE_WAYS[place]):
            word = phrase.rsplit(" ", 1)[-1].removesuffix("s")
            if word not in _NOT_NAMES:
                where.setdefault(word, set()).add(place)
    for word, place in PLACE_WORDS.items():
        if place in PLACES[setting]:
            where.setdefault(word.removesuffix("s"), set()).add(place)
    return tuple(
        (
            w,
            re.compile(rf"{_AT} (?:a|an|the)(?: [\w']+)?(?: \w+)? {re.escape(w)}s?\b"),
            frozenset(p),
        )
        for w, p in where.items()
    )


@lru_cache(maxsize=8192)
def places_named(text: str, setting: Setting) -> frozenset[Place]:
    """Every place of `setting` that `text` puts someone at ("by the frozen pond", "up
    the snowy hill"); its home and its own name are not among them."""
    low = text.lower()
    data = SETTINGS[setting]
    low = low.replace(data.home, " ").replace(data.at, " ")
    out: set[Place] = set()
    for word, pattern, places in _named_patterns(setting):
        if word in low and pattern.search(low):  # the word first: most lines name none
            out |= places
    return frozenset(out)


@lru_cache(maxsize=8192)
def place_named(text: str, setting: Setting) -> Place | None:
    """The setting's place the page's text puts someone in ("in a rock pool"), else the
    room of the house where what the text says is done ("had a warm bath"), if any. The
    setting's own name ("in the castle", "under the sea") is not one of its places, unless
    a place is called that ("in the bedroom"), and nor is its home ("the little house by
    the woods" is not in the wood)."""
    low = text.lower()
    data = SETTINGS[setting]
    if data.at.rsplit(" ", 1)[-1] not in Place.__members__:
        low = low.replace(data.at, " ")
    low = low.replace(data.home, " ")
    for word, pattern, place in _place_patterns(setting):
        if word in low and pattern.search(low):
            return place
    deeds = [(m.start(), place) for pattern, place in _DEEDS if (m := re.search(pattern, low))]
    return min((d for d in deeds if d[1] in PLACES[setting]), default=(0, None))[1]


# What the text says of a room's lamps: off ("the lamp clicked off", "lights out"), or on
# ("the lamp made a small warm circle", "only the little lamp was on").
_LAMP_OFF = re.compile(
    r"\b(?:lamps?|lights?) (?:clicked|went|was switched|was turned|were switched|were turned)"
    r" (?:off|out)\b|\blights? out\b"
    r"|\b(?:switched|turned|clicked) (?:off|out) the (?:lamp|light)s?\b"
    r"|\b(?:switched|turned|clicked) the (?:lamp|light)s? (?:off|out)\b|\bthe room was dark\b",
    re.I,
)
_LAMP_ON = re.compile(
    r"\b(?:the|a|one|little|small) (?:little |small |sleepy )?lamp (?:made|was on|glowed|shone|"
    r"was still on|gave)|\blamplight\b|\bby the (?:light of the )?lamp\b|\bthe little lamp\b",
    re.I,
)


def lights_said(text: str) -> bool | None:
    """Whether the text puts a room's lights out (True), keeps a lamp on (False), or says
    nothing of them (None); the last thing said wins."""
    off = [m.start() for m in _LAMP_OFF.finditer(text)]
    on = [m.start() for m in _LAMP_ON.finditer(text)]
    if not off and not on:
        return None
    return max(off, default=-1) > max(on, default=-1)


def hero_move(beat: Beat, template: Template, attempt_no: int, underwater: bool) -> Pose | None:
    """How the hero moves on an action beat; None keeps the template's mood pose."""
    if beat == B.attempt:
        tries = _SEEKS if template == Template.mystery else _TRIES
        return tries[(attempt_no - 1) % len(tries)]
    if underwater and beat in (B.journey, B.attempt, B.meet):
        return Pose.swimming
    if beat == B.want:
        return Pose.looking_up if template != Template.bedtime else None
    if beat == B.wonder:
        return Pose.pointing
    if beat == B.pause:
        return Pose.eating if template != Template.bedtime else Pose.reading
    return None


# What someone is doing, by the verb of a sentence about them: text and picture agree.
# Verbs are matched as words (or stems), the earliest in the sentence wins; a few turns of
# phrase that are not the action are left out ("pulled a funny face", "felt like crying").
_VERB_POSES: tuple[tuple[str, Pose], ...] = (
    (
        r"(?:fell|falls|is|was|were|are) asleep|asleep|slept|sleeps|sleeping|dozed|dozes"
        r"|drifted off|(?:climbed|climbs|got|gets|snuggled|crept) (?:in|into) bed",
        Pose.sleeping,
    ),
    (r"climb\w*|clamber\w*|scrambled up", Pose.climbing),
    (r"jump\w*|hop(?:s|ped|ping)?|leapt|leap\w*", Pose.jumping),
    (r"swim\w*|swam|paddl\w*", Pose.swimming),
    (r"flew|flies|flying", Pose.flying),
    (r"dig|digs|digging|dug", Pose.digging),
    (r"push\w*", Pose.pushing),
    (r"(?:pull\w*|tug\w*)(?! (?:a|her|his|their|its) (?:\w+ )?face)", Pose.pulling),
    (r"reach\w*|stretched up", Pose.reaching),
    (r"hug\w*", Pose.hugging),
    (r"held hands|holding hands|took \w+ (?:hand|paw|wing|hoof|claw)", Pose.holding_hands),
    (r"(?:read|reads|reading)(?! (?:rug|corner|nook))", Pose.reading),
    (r"ate|eats|eating|munch\w*|nibbl\w*", Pose.eating),
    (r"hid|hides|hiding", Pose.hiding),
    (r"(?:looked|looks|looking|peered|gazed) up", Pose.looking_up),
    (r"(?:looked|looks|looking|peered) down|knelt|crouch\w*", Pose.looking_down),
    (r"carri\w*|carry\w*", Pose.carrying),
    (r"ran|runs|run|running|raced|dashed", Pose.running),
    (r"sat|sits|sit down", Pose.sitting),
    (r"point\w*", Pose.pointing),
    (r"wave|waves|waved|waving", Pose.waving),
)
_CRYING = re.compile(r"^(?:[a-z']+ ){0,3}?(?<!like )(?:cried|cries|crying|sobbed|wept)\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# What may come before the subject: "Then ", "Next, ", "Last of all, ", "Back home, ".
_LEAD = (
    r"(?:[A-Z][^.!?\"]{0,60}?, (?:and |but |then |so )?(?:when |as )?"
    r"|(?:Then|Next|So|Soon|Now|And so|And|At last|At first|First|Finally) )?"
)
_GAP = r"(?:[a-z']+ ){0,3}?"  # a few words between subject and verb: "tried to", "did not"


def action_in(text: str, actor: Actor, *, pronoun: bool) -> tuple[Pose | None, bool]:
    """What the first sentence with `actor` as its subject (by name, or by pronoun when
    `pronoun`) shows them doing: a pose we draw, and whether they are crying."""
    names = [re.escape(actor.name)]
    if pronoun:
        names.append(re.escape(actor.ref.form("They")))
    subject = re.compile(rf"^{_LEAD}(?:{'|'.join(names)}) (?P<rest>.*)")
    for sentence in _SENTENCE.split(text.strip()):
        found = subject.match(sentence.strip().lstrip('"'))
        if found is None:
            continue
        rest = found.group("rest")
        crying = _CRYING.search(rest) is not None
        best: tuple[int, int, Pose] | None = None  # the earliest verb, the longest there
        for pattern, pose in _VERB_POSES:
            hit = re.search(rf"^{_GAP}(?P<verb>{pattern})\b", rest)
            if hit is None:
                continue
            rank = (hit.start("verb"), -hit.end("verb"), pose)
            if best is None or rank[:2] < best[:2]:
                best = rank
        if best is not None or crying:
            return (best[2] if best else None), crying
    return None, False


def pose_in(text: str, hero: Actor) -> Pose | None:
    """The pose of the first sentence whose subject is the hero and whose verb we draw."""
    return action_in(text, hero, pronoun=True)[0]


# Animals a page's text can bring in (the duck friend, the baby bird, a frog on a log):
# lower case, so a character named Bird is not taken for one.
_ANIMAL_WORDS: tuple[tuple[str, Prop], ...] = (
    (r"duck(?:s|ling|lings)?", Prop.duck),
    (r"(?:bird|birds|chick|chicks)", Prop.bird),
    (r"hedgehogs?", Prop.hedgehog),
    (r"frogs?", Prop.frog),
    (r"(?:fish|fishes)", Prop.fish),
    (r"butterfl(?:y|ies)", Prop.butterfly),
    (r"(?:mouse|mice)", Prop.mouse),
    (r"squirrels?", Prop.squirrel),
    (r"turtles?", Prop.turtle),
)
ANIMALS_PER_PAGE = 2


def animals_in(text: str, present: set[Prop]) -> list[Prop]:
    """The animals the text names that the picture does not show yet, in text order."""
    found: list[tuple[int, Prop]] = []
    for pattern, prop in _ANIMAL_WORDS:
        match = re.search(rf"\b{pattern}\b", text)
        if match is not None and prop not in present:
            found.append((match.start(), prop))
    return [prop for _, prop in sorted(found)][:ANIMALS_PER_PAGE]


def companion_move(actor: Actor, beat: Beat, acting: bool) -> tuple[Pose, Expression]:
    """A companion's pose: relationships change the verbs, and so the pictures."""
    if beat == B.low:
        return (Pose.hugging if actor.bond in (Bond.elder, Bond.pet) else Pose.sitting), (
            Expression.worried
        )
    if beat in (B.echo, B.resolution):
        return (Pose.hugging if actor.bond != Bond.rival else Pose.waving), Expression.happy
    if acting:
        if actor.bond == Bond.pet:
            return Pose.running, Expression.curious
        if actor.bond == Bond.elder:
            return Pose.talking, Expression.happy
        return Pose.talking, Expression.determined
    return Pose.standing, Expression.happy


def idea_placement(idea: Idea, goal: Goal | None) -> Placement:
    """Where the idea's thing is before the story reaches it."""
    if idea.place and any(w in idea.place for w in ("pond", "river", "sea", "reef")):
        return Placement.in_water
    if goal == Goal.help:
        return Placement.up_high
    if goal == Goal.find:
        return Placement.hidden
    return Placement.far_away


def focus_for(beat: Beat, alone: bool) -> Focus:
    if beat in (B.low, B.turn) and alone:
        return Focus.close_up
    if beat in (B.attempt, B.want, B.resolution):
        return Focus.medium
    return Focus.wide


__all__ = [
    "Route",
    "action_in",
    "companion_move",
    "focus_for",
    "hero_move",
    "idea_placement",
    "place_named",
    "places_named",
    "pose_in",
]
