"""Discourse: the page's sentences joined as a person would write them.

The realised parts of a page are tied together from the story's state: a companion is
introduced by who they are to the hero the first time they are named; a sentence about the
one the last sentence was about says "she", not the name again; the tries are counted
(first, next, one last time) and the turn and the resolution are linked to what came
before (then, so, at last); a new place is named when the story gets there; dialogue shows
who is speaking by how they say it.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from storyloom.engines.illustrator.spec import Place
from storyloom.engines.writer.cast import Actor, Bond
from storyloom.engines.writer.story_spec import Pronouns, Trait
from storyloom.engines.writer.templates.base import Beat
from storyloom.engines.writer.vocabulary import unknown_words

P = Place
# How the story names each place when it gets there.
PLACE_PHRASES: dict[Place, str] = {
    P.forest_edge: "at the edge of the wood",
    P.deep_wood: "deep in the wood",
    P.clearing: "in a grassy clearing",
    P.hilltop: "at the top of the hill",
    P.shore: "down by the water",
    P.rock_pools: "by the rock pools",
    P.dunes: "in the sandy hills",
    P.pier: "out on the pier",
    P.launch_pad: "by the rocket",
    P.among_stars: "out among the stars",
    P.moon_surface: "on the moon",
    P.crater: "in a big crater",
    P.castle_gate: "at the castle gate",
    P.great_hall: "in the great hall",
    P.tower_room: "up in the tower",
    P.castle_garden: "in the castle garden",
    P.farmyard: "in the yard",
    P.barn: "in the barn",
    P.field: "out in the field",
    P.duck_pond: "by the duck pond",
    P.playground: "by the swings",
    P.park_path: "along the park path",
    P.park_pond: "by the pond",
    P.bandstand: "on the green",
    P.reef: "over the reef",
    P.kelp_forest: "in the tall kelp",
    P.shipwreck: "by the old sunken ship",
    P.sea_cave: "in a sea cave",
    P.foothills: "at the foot of the hills",
    P.mountain_path: "on the mountain path",
    P.peak: "at the very top",
    P.mountain_cave: "in a mountain cave",
    P.jungle_edge: "at the edge of the jungle",
    P.deep_jungle: "deep in the jungle",
    P.river_bank: "by the river",
    P.waterfall: "by the waterfall",
    P.village_square: "in the village square",
    P.frozen_pond: "by the frozen pond",
    P.snowy_hill: "on the snowy hill",
    P.cottage: "by the little house",
    P.bedroom: "in the bedroom",
    P.landing: "at the top of the stairs",
    P.bathroom: "in the bathroom",
    P.kitchen: "in the kitchen",
    P.window_seat: "by the window",
    P.classroom: "in the classroom",
    P.reading_corner: "in the reading corner",
    P.school_yard: "out in the school yard",
}
T = Trait
# How each trait says things: dialogue that shows the speaker.
MANNERS: dict[Trait, tuple[str, ...]] = {
    T.brave: ("firmly", ", standing tall"),
    T.curious: (", leaning in", ", eyes wide"),
    T.kind: ("gently", "kindly"),
    T.shy: ("softly", ", in a small voice"),
    T.funny: (", with a grin", ", with a wink"),
    T.clever: (", thinking hard", ", with a nod"),
    T.patient: ("calmly", ", taking a slow breath"),
    T.energetic: (", hopping from foot to foot", ", already moving"),
    T.gentle: ("softly", "gently"),
    T.stubborn: (", arms folded", ", not moving an inch"),
    T.creative: (", eyes bright", ", with a twinkle"),
    T.cheerful: (", with a big smile", ", smiling"),
    T.careful: ("slowly", ", looking twice"),
    T.adventurous: (", ready to go", ", with a grin"),
    T.caring: ("kindly", "gently"),
}
_CALM_MANNERS = ("softly", "quietly", "in a sleepy voice")
# Links that show how a beat follows from the one before.
_LINKS: dict[tuple[Beat, int], tuple[str, ...]] = {
    (Beat.attempt, 1): ("First,", "To begin with,"),
    (Beat.attempt, 2): ("Next,", "Then", "This time,"),
    (Beat.attempt, 3): ("One last time,", "Last of all,", "Then"),
    (Beat.obstacle, 0): ("But then", "Then", "Before long,"),
    (Beat.turn, 0): ("Then", "Just then,", "All at once,"),
    (Beat.resolution, 0): ("At last,", "And so", "So"),
}
_LINKED = re.compile(
    r"^(?:Then|But|So|And|When|Because|At|Next|First|One|Last|Just|All|Before|This|To|"
    r"Soon|Still|Now|Suddenly|After|Finally|Once|Every|If|As|Halfway|Meanwhile)\b"
)
_SAID = re.compile(r'(" (?:said|asked|says|asks) )([A-Z][\w\'-]*(?: [A-Z][\w\'-]*)?)(\.)$')
_LOCATIVE = re.compile(r"\b(?:in|on|at|by|under|behind|near|inside) (?:a|an|the)\b")
_SPLIT = re.compile(r'(?<=[.!?])\s+(?=[A-Z"])|(?<=[.!?]")\s+(?=[A-Z])')
_SINGULAR_VERB = re.compile(r"^(?:was|is|has|does|wasn't|isn't|doesn't|\w+s)\b")


@dataclass(slots=True)
class Discourse:
    """What the reader has been told so far in the book."""

    hero: Actor
    cast: list[Actor]
    calm: bool
    young: bool  # toddler pages: present tense and very short, so only the name rule
    plain: bool  # toddler and preschool pages keep to the young-reader words
    rng: random.Random
    named: set[str] = field(default_factory=set)
    place: Place | None = None
    places: dict[Place, str] = field(default_factory=dict)  # this book's names for places

    def polish(
        self,
        text: str,
        core: str,
        beat: Beat,
        attempt_no: int,
        place: Place,
        budget: int,
        refrains: set[str] | None = None,
    ) -> str:
        """The page's text tied together; `core` is the beat's own line on it."""
        sentences = [s for s in _SPLIT.split(text) if s]
        core_first = next(iter(_SPLIT.split(core)), "") if core else ""
        new_place = self.place is not None and place != self.place and beat != Beat.echo
        self.place = place
        out: list[str] = []
        manner_used = False
        for i, sentence in enumerate(sentences):
            if refrains and sentence in refrains:  # a refrain comes back the same
                out.append(sentence)
                continue
            before = len(sentence.split())
            if i == 0 and new_place and not self.young and budget > 4:
                if not _names_place(" ".join(sentences[1:]), place):
                    sentence = self._arrive(sentence, beat, place)
            elif sentence == core_first and not self.young and budget > 4:
                sentence = self._link(sentence, beat, attempt_no)
            if i and out:
                sentence = self._pronoun(sentence, out[-1])
            if not self.young and budget > 5:
                sentence = self._introduce(sentence)
            if not manner_used and not self.young and budget > 3 and self.rng.random() < 0.6:
                voiced = self._voice(sentence)
                manner_used = voiced != sentence
                sentence = voiced
            budget -= len(sentence.split()) - before
            self.named |= {a.name for a in self.cast if a.name in sentence}
            out.append(sentence)
        return " ".join(out)

    def _arrive(self, sentence: str, beat: Beat, at: Place) -> str:
        """A new place is named when the story gets there."""
        if sentence.startswith('"') or _LINKED.match(sentence) or beat == Beat.echo:
            return sentence
        if _interjection(sentence):  # "By the little house, hooray!" is not how we talk
            return sentence
        phrase = self.places.get(at, PLACE_PHRASES[at])
        if phrase.split(" ")[-1] in sentence.lower() or _LOCATIVE.search(sentence):
            return sentence  # the sentence already says where: "the barn smelled of hay"
        return self._prefix(phrase[0].upper() + phrase[1:] + ",", sentence)

    def _link(self, sentence: str, beat: Beat, attempt_no: int) -> str:
        """Tries are counted and the turn and the end follow from what came before."""
        if sentence.startswith('"') or _LINKED.match(sentence) or _interjection(sentence):
            return sentence
        links = _LINKS.get((beat, attempt_no if beat == Beat.attempt else 0))
        if links is None:
            return sentence
        return self._prefix(self.rng.choice(links), sentence)

    def _prefix(self, link: str, sentence: str) -> str:
        first = sentence.split(" ", 1)[0]
        names = {w for a in [self.hero, *self.cast] for w in a.name.split()} | {"I"}
        if first.removesuffix("'s").rstrip(",") not in names:
            sentence = sentence[0].lower() + sentence[1:]
        return f"{link} {sentence}"

    def _pronoun(self, sentence: str, previous: str) -> str:
        """The one the last sentence was about, named again, becomes a pronoun."""
        for actor in [self.hero, *self.cast]:
            name = actor.name
            if not (sentence.startswith(name + " ") and previous.startswith(name + " ")):
                continue
            rest = sentence[len(name) + 1 :]
            others = [a.name for a in [self.hero, *self.cast] if a is not actor]
            if rest.startswith(("and ", "'s", "is ", "was ")) or any(o in previous for o in others):
                return sentence
            if actor.ref.pronouns == Pronouns.they and _SINGULAR_VERB.match(rest):
                plural = _plural_verb(rest)
                if plural is None:
                    return sentence
                rest = plural
            return actor.ref.form("They") + " " + rest
        return sentence

    def _introduce(self, sentence: str) -> str:
        """The first time a companion is named, say who they are to the hero."""
        for actor in self.cast:
            if actor.id is None or actor.name in self.named or not actor.ref.rel_noun:
                continue
            if self.plain and unknown_words(actor.ref.rel_noun):
                continue
            owned = f"{self.hero.ref.form('poss')} {actor.ref.rel_noun}"
            if (
                sentence.startswith(actor.name + " ")
                and owned not in sentence
                and not (sentence.startswith(actor.name + " and"))
            ):
                rel = actor.ref.rel_noun
                owner = self.hero.ref.form("poss") if actor.bond != Bond.friend else "a"
                who = f"{owner} {rel}" if owner != "a" else f"a {rel} of {self.hero.name}"
                if actor.bond == Bond.friend and rel == "best friend":
                    who = f"{self.hero.ref.form('poss')} best friend"
                rest = sentence[len(actor.name) + 1 :]
                if self.rng.random() < 0.5:  # "Rex, Mia's dog, ran" or "Mia's dog, Rex, ran"
                    return f"{actor.name}, {who}, {rest}"
                if who.startswith("a "):  # "Mia's friend Theo came too"
                    return f"{self.hero.ref.form('poss')} {rel} {actor.name} {rest}"
                return f"{who[0].upper()}{who[1:]}, {actor.name}, {rest}"
        return sentence

    def _voice(self, sentence: str) -> str:
        """A speech tag shows the speaker: the shy one softly, the funny one with a grin."""
        match = _SAID.search(sentence)
        if match is None:
            return sentence
        speaker = next((a for a in [self.hero, *self.cast] if a.name == match.group(2)), None)
        if speaker is None or not speaker.traits:
            return sentence
        options = _CALM_MANNERS if self.calm else MANNERS[self.rng.choice(speaker.traits)]
        if self.plain:
            options = tuple(o for o in options if not unknown_words(o))
        if not options:
            return sentence
        manner = self.rng.choice(options)
        joiner = "" if manner.startswith(",") else " "
        return sentence[: match.start(3)] + joiner + manner + sentence[match.start(3) :]


def _names_place(text: str, at: Place) -> bool:
    """Whether the rest of the page says where it is already (so the mountain top is not
    named twice on one page: "At the very top, ... Mia stood right at the top")."""
    from storyloom.engines.writer.moment import PLACE_WAYS

    lower = text.lower()
    return any(phrase in lower for phrase in (PLACE_PHRASES[at], *PLACE_WAYS[at]))


def _interjection(sentence: str) -> bool:
    """ "Hooray!", "Oh no!", "Wobble, wobble." - a cry, which takes no place or link."""
    return (sentence.endswith("!") and len(sentence.split()) <= 3) or len(sentence.split()) == 1


_IRREGULAR = {"has": "have", "is": "are", "was": "were", "does": "do", "goes": "go"}


def _plural_verb(rest: str) -> str | None:
    """ "has a ball" -> "have a ball", "pats it" -> "pat it"; None if unsure."""
    verb, _, tail = rest.partition(" ")
    if verb in _IRREGULAR:
        plural = _IRREGULAR[verb]
    elif verb.endswith(("ches", "shes", "sses", "xes")):
        plural = verb[:-2]
    elif verb.endswith("ies") and len(verb) > 4:
        plural = verb[:-3] + "y"
    elif verb.endswith("s") and not verb.endswith(("ss", "us", "'s")) and verb.isalpha():
        plural = verb[:-1]
    else:
        return None
    if tail.startswith("and "):  # "wait and waits" -> "wait and wait"
        second = _plural_verb(tail[4:])
        tail = "and " + second if second is not None else tail
    return f"{plural} {tail}".rstrip()


__all__ = ["MANNERS", "PLACE_PHRASES", "Discourse"]
