"""Nouns for props and title casing."""

from __future__ import annotations

from storyloom.engines.illustrator.spec import Prop

PROP_NOUNS: dict[Prop, str] = {
    Prop.kite: "kite",
    Prop.treasure_map: "map",
    Prop.cake: "cake",
    Prop.lantern: "lantern",
    Prop.boat: "boat",
    Prop.book: "book",
    Prop.ball: "ball",
    Prop.telescope: "telescope",
    Prop.balloon: "balloon",
    Prop.flower: "flower",
    Prop.key: "key",
    Prop.shell: "shell",
    Prop.umbrella: "umbrella",
    Prop.basket: "basket",
    Prop.teddy_bear: "teddy",
    Prop.present: "present",
    Prop.wand: "wand",
    Prop.bucket: "bucket",
    Prop.spade: "spade",
    Prop.apple: "apple",
    Prop.cup: "cup",
    Prop.blanket: "blanket",
    Prop.compass: "compass",
    Prop.magnifying_glass: "magnifying glass",
    Prop.nest: "nest",
    Prop.rocket: "rocket",
    Prop.paintbrush: "paintbrush",
    Prop.drum: "drum",
    Prop.sandcastle: "sandcastle",
    Prop.snowman: "snowman",
    Prop.sled: "sled",
    Prop.egg: "egg",
    Prop.acorn: "acorn",
    Prop.letter: "letter",
    Prop.feather: "feather",
    Prop.star: "star",
    Prop.bed: "bed",
    Prop.tent: "tent",
    Prop.duck: "duck",
    Prop.bird: "little bird",
    Prop.hedgehog: "hedgehog",
    Prop.frog: "frog",
    Prop.fish: "fish",
    Prop.butterfly: "butterfly",
    Prop.mouse: "mouse",
    Prop.squirrel: "squirrel",
    Prop.turtle: "turtle",
    Prop.rope: "rope",
    Prop.ladder: "ladder",
    Prop.flashlight: "flashlight",
    Prop.crown: "crown",
    Prop.sandwich: "sandwich",
}

_SMALL = frozenset({"a", "an", "the", "of", "and", "in", "on", "at", "to", "for", "with", "by"})


def title_case(text: str) -> str:
    """Capitalise each word except small ones inside the title; names keep their case."""
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        if word and (i == 0 or word not in _SMALL) and word[0].islower():
            word = word[0].upper() + word[1:]
        out.append(word)
    return " ".join(out)
