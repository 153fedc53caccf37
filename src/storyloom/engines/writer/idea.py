"""Reading a request's free-text idea, carefully.

The idea is free text from a parent ("find the golden acorn in the tall trees"). The writer
never pastes it into a page: it reads it for a goal (find, make, help, reach, overcome,
learn), a thing, a place and the cast it names, with word lists of its own
(`idea_words`), and keeps the family's words only where they are on those lists ("golden
acorn", drawn as an acorn). `check_idea` says, before a book is made, when an idea cannot
be used and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from storyloom.engines.bands import AgeBand
from storyloom.engines.illustrator.spec import SETTING_OF, Place, Prop, Setting
from storyloom.engines.writer.idea_words import (
    ANIMALS,
    FEAR_CUES,
    FEARS,
    GOAL_WORDS,
    KEEP_WORDS,
    LEARN_DOING,
    LEARN_VERBS,
    PLACE_WORDS,
    STATE_WORDS,
    THING_PROPS,
    Goal,
    word_set,
)
from storyloom.engines.writer.settings import SETTINGS
from storyloom.engines.writer.words import PROP_NOUNS
from storyloom.engines.writer.world import foreign_nouns

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


@dataclass(frozen=True, slots=True)
class Idea:
    """What a family's idea asks for, in the engine's words."""

    goal: Goal | None = None
    thing: str | None = None  # the family's words for it: "golden acorn"
    noun: str | None = None  # its head noun: "acorn"
    prop: Prop | None = None  # what the pictures show: the nearest thing we can draw
    place: str | None = None  # the family's words for where: "the tall trees"
    place_spot: Place | None = None
    state: str | None = None  # "lost", "broken", "stuck"
    characters: tuple[str, ...] = ()  # cast names the idea mentions
    doing: str | None = None  # what a "learn" idea learns to do: "fly"
    fear: str | None = None  # what an "overcome" idea is scared of: "the dark"

    @property
    def animal(self) -> bool:
        return self.noun in ANIMALS


@dataclass(frozen=True, slots=True)
class IdeaCheck:
    """Whether the idea can be used, and what to tell the person if not, before the book
    is made. `code` is stable for the API."""

    ok: bool
    idea: Idea
    code: str | None = None
    message: str | None = None


_TOKEN = re.compile(r"[a-z']+")


def _phrase(words: list[str], start: int, end: int) -> str:
    """The name from `start` to `end` with the describing words kept just before it."""
    while start > 0 and words[start - 1] in KEEP_WORDS:
        start -= 1
    return " ".join(words[start : end + 1])


def _place_at(words: list[str], i: int) -> str | None:
    """The place word at `i` if it follows a place preposition: "in the tall trees"."""
    two = " ".join(words[i : i + 2])
    key = two if two in PLACE_WORDS else words[i] if words[i] in PLACE_WORDS else None
    j = i - 1
    while key is not None and j >= 0 and words[j] in KEEP_WORDS:
        j -= 1
    if key is None or j < 1 or words[j] != "the":
        return None
    return key if words[j - 1] in _PLACE_PREPOSITIONS | _PLACE_VERBS else None


def _thing_at(words: list[str], i: int) -> str | None:
    two = " ".join(words[i : i + 2])
    key = two if two in THING_PROPS else words[i] if words[i] in THING_PROPS else None
    if key is not None and words[i + len(key.split()) : i + len(key.split()) + 1] in (
        ["a"],
        ["an"],
        ["the"],
    ):
        return None  # a verb here: "paint a picture"
    return key


def parse_idea(text: str | None, names: tuple[str, ...] = ()) -> Idea:
    """Read an idea for its goal, its thing, its place and the cast it names."""
    if not text:
        return Idea()
    low = text[:_MAX_IDEA].lower()
    words = [_singular(w) for w in _TOKEN.findall(low)]
    goal_at = [(m.start(), g) for w, g in GOAL_WORDS.items() for m in [_find(low, w)] if m]
    goal = min(goal_at)[1] if goal_at else None
    place = spot = None
    taken: set[int] = set()
    for i in range(len(words)):
        key = _place_at(words, i)
        if key is not None:
            end = i + len(key.split()) - 1
            place, spot = "the " + _phrase(words, i, end), PLACE_WORDS[key]
            taken = set(range(i, end + 1))
            break
    found = [(i, k) for i in range(len(words)) if i not in taken and (k := _thing_at(words, i))]
    # The first thing we can draw, else the first we can only name.
    found.sort(key=lambda f: (THING_PROPS[f[1]] is None, f[0]))
    thing = noun = state = None
    if found:
        i, noun = found[0]
        thing = _phrase(words, i, i + len(noun.split()) - 1)
        state = next((w for w in words[max(0, i - 3) : i] if w in STATE_WORDS), None)
    said = tuple(n for n in names if re.search(rf"\b{re.escape(n.lower())}\b", low))
    if goal is None and thing is not None:
        goal = Goal.help if noun in ANIMALS else Goal.find
    return Idea(
        goal=goal,
        thing=thing,
        noun=noun,
        prop=THING_PROPS.get(noun) if noun else None,
        place=place,
        place_spot=spot,
        state=state,
        characters=said,
        doing=_doing(words, goal),
        fear=_fear(words),
    )


def _doing(words: list[str], goal: Goal | None) -> str | None:
    """What the hero learns to do, if the idea says it with a verb we know: "fly"."""
    if goal != Goal.learn:
        return None
    for i, word in enumerate(words[:-1]):
        if word == "to" and words[i + 1] in LEARN_VERBS:
            return words[i + 1]
        if word in ("practise", "practice", "learning", "learn") and words[i + 1] in LEARN_DOING:
            return LEARN_DOING[words[i + 1]]
    return None


def _fear(words: list[str]) -> str | None:
    """What the hero is scared of, if the idea says it: "the dark"."""
    for i, word in enumerate(words[:-2]):
        if word in ("of", "about") and words[i - 1 : i] and words[i - 1] in FEAR_CUES:
            rest = words[i + 1 : i + 3]
            if rest and rest[0] in FEARS:
                return rest[0]
            if len(rest) == 2 and rest[0] == "the" and rest[1] in FEARS:
                return "the " + rest[1]
    return None


_PLACE_PREPOSITIONS = word_set("in at on under by near to up across into inside behind")


_PLACE_VERBS = word_set("of visit reach explore climb")


def _singular(word: str) -> str:
    """ "balloons" is read as "balloon"; place words stay as they are ("trees")."""
    if word in THING_PROPS or word in PLACE_WORDS or not word.endswith("s"):
        return word
    for stem in (word[:-1], word[:-2]):
        if stem in THING_PROPS:
            return stem
    return word


def _find(text: str, word: str) -> re.Match[str] | None:
    return re.search(rf"\b{re.escape(word)}(?:s|es|ed|ing)?\b", text)


def check_idea(text: str | None, setting: Setting, names: tuple[str, ...] = ()) -> IdeaCheck:
    """Whether the built-in writer can honour this idea in this setting."""
    idea = parse_idea(text, names)
    if not text or not text.strip():
        return IdeaCheck(ok=True, idea=idea)
    if not _safe(text):
        return IdeaCheck(False, idea, "idea_unsafe", "This idea has words we cannot use.")
    if idea.thing is None and idea.goal is None:
        return IdeaCheck(
            False,
            idea,
            "idea_not_understood",
            "We could not find a goal or a thing in this idea. Try saying what the hero "
            "wants, for example: find a lost kite, make a cake, help a duck.",
        )
    if idea.thing is not None and foreign_nouns(idea.thing, setting):
        return IdeaCheck(
            False,
            idea,
            "idea_not_in_setting",
            f"A {idea.thing} does not belong {SETTINGS[setting].at}. "
            "Pick another setting or another thing.",
        )
    if idea.place_spot is not None and SETTING_OF[idea.place_spot] != setting:
        # A place from another setting is left out of the pictures, kept in the words.
        idea = replace(idea, place_spot=None)
    return IdeaCheck(ok=True, idea=idea)


__all__ = ["Goal", "Idea", "IdeaCheck", "check_idea", "find_word", "idea_prop", "parse_idea"]
