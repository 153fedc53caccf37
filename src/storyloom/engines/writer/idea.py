"""Reading a request's free-text idea, carefully.

The idea is free text from a parent ("a story about a lost kite"). The writer never pastes
it into a page: it only looks for words that name something the engine already knows (a
prop, an animal, a kind of day) and uses its own catalogue word for it. Anything else in
the idea is left out, so a page never holds text the engine did not write.
"""

from __future__ import annotations

import re

from storyloom.engines.bands import AgeBand
from storyloom.engines.illustrator.spec import Prop
from storyloom.engines.writer.words import PROP_NOUNS

# Other words a parent may use for a prop.
_ALIASES: dict[str, Prop] = {
    "teddy bear": Prop.teddy_bear,
    "teddy": Prop.teddy_bear,
    "treasure map": Prop.treasure_map,
    "map": Prop.treasure_map,
    "blankie": Prop.blanket,
    "magnifier": Prop.magnifying_glass,
    "paint brush": Prop.paintbrush,
    "sledge": Prop.sled,
    "spaceship": Prop.rocket,
    "birthday cake": Prop.cake,
    "gift": Prop.present,
    "lamp": Prop.lantern,
    "torch": Prop.lantern,
}
_NAMES: dict[str, Prop] = {**{noun: prop for prop, noun in PROP_NOUNS.items()}, **_ALIASES}
_MAX_IDEA = 200


def _safe(idea: str) -> bool:
    from storyloom.engines.safety import check_text

    return bool(check_text(idea, AgeBand.toddler).ok)


def find_word(idea: str | None, words: dict[str, str]) -> str | None:
    """The catalogue value for the first of `words` the idea names (plurals too)."""
    if not idea:
        return None
    text = idea[:_MAX_IDEA].lower()
    best: tuple[int, int, str] | None = None
    for word, value in words.items():
        match = re.search(rf"\b{re.escape(word)}(?:s|es)?\b", text)
        if match is not None:
            # The earliest mention wins; at the same place, the longer name ("teddy bear").
            key = (match.start(), -len(word), value)
            best = key if best is None or key < best else best
    return best[2] if best is not None else None


def idea_prop(idea: str | None) -> Prop | None:
    """The prop an idea names, if it names one the engine knows and the idea is safe."""
    found = find_word(idea, {word: prop.value for word, prop in _NAMES.items()})
    if found is None or idea is None or not _safe(idea):
        return None
    return Prop(found)


__all__ = ["find_word", "idea_prop"]
