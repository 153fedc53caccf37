"""The discourse layer: introductions, pronouns, counted tries, places, speech tags."""

from __future__ import annotations

import random

from storyloom.engines.illustrator.spec import Place
from storyloom.engines.writer.cast import Actor, Bond
from storyloom.engines.writer.discourse import Discourse
from storyloom.engines.writer.grammar import Ref
from storyloom.engines.writer.story_spec import Pronouns, Role, Trait
from storyloom.engines.writer.templates.base import Beat


def _actor(
    name: str, pronouns: Pronouns, bond: Bond, rel: str, traits: tuple[Trait, ...] = ()
) -> Actor:
    return Actor(
        id=name.lower(),
        ref=Ref(name, pronouns, "child", rel),
        kind=None,
        traits=traits,
        likes=(),
        dislikes=(),
        bond=bond,
        role=Role.friend,
    )


def _discourse(young: bool = False) -> Discourse:
    hero = _actor("Mia", Pronouns.she, Bond.friend, "", (Trait.shy,))
    dog = _actor("Rex", Pronouns.he, Bond.pet, "dog")
    return Discourse(
        hero=hero, cast=[dog], calm=False, young=young, plain=False, rng=random.Random(1)
    )


def test_a_companion_is_introduced_once_by_who_they_are_to_the_hero() -> None:
    d = _discourse()
    first = d.polish("Rex ran ahead.", "", Beat.journey, 0, Place.forest_edge, 40)
    assert first in ("Rex, Mia's dog, ran ahead.", "Mia's dog, Rex, ran ahead.")
    again = d.polish("Rex ran ahead again.", "", Beat.journey, 0, Place.forest_edge, 40)
    assert again == "Rex ran ahead again."


def test_the_same_subject_twice_becomes_a_pronoun() -> None:
    d = _discourse()
    text = d.polish("Mia looked up. Mia smiled.", "", Beat.setup, 0, Place.forest_edge, 40)
    assert text == "Mia looked up. She smiled."
    they = Discourse(
        hero=_actor("Kit", Pronouns.they, Bond.friend, ""),
        cast=[],
        calm=False,
        young=True,
        plain=True,
        rng=random.Random(1),
    )
    assert they.polish("Kit has a ball. Kit pats it.", "", Beat.setup, 0, Place.bedroom, 10) == (
        "Kit has a ball. They pat it."
    )


def test_tries_are_counted_and_a_new_place_is_named() -> None:
    d = _discourse()
    d.polish("Mia set off.", "", Beat.setup, 0, Place.forest_edge, 40)
    tries = [
        d.polish(
            f"Mia tried way {n}.", f"Mia tried way {n}.", Beat.attempt, n, Place.forest_edge, 40
        )
        for n in (1, 2, 3)
    ]
    assert tries[0].startswith(("First,", "To begin with,"))
    assert tries[1].startswith(("Next,", "Then", "This time,"))
    assert tries[2].startswith(("One last time,", "Last of all,", "Then"))
    moved = d.polish("The path was steep.", "", Beat.journey, 0, Place.clearing, 40)
    assert moved == "In a grassy clearing, the path was steep."


def test_a_speech_tag_shows_the_speaker_and_refrains_stay_as_they_are() -> None:
    tagged = set()
    for seed in range(20):
        d = _discourse()
        d.rng = random.Random(seed)
        tagged.add(d.polish('"Look!" said Mia.', "", Beat.wonder, 0, Place.forest_edge, 40))
    assert any(
        t in tagged for t in ('"Look!" said Mia softly.', '"Look!" said Mia, in a small voice.')
    )
    d = _discourse()
    refrain = '"Not here," said Mia.'
    assert d.polish(refrain, "", Beat.attempt, 4, Place.forest_edge, 40, {refrain}) == refrain
