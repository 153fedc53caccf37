"""What may exist where: the nouns each setting forbids and the things that must be
introduced before a sentence may point at them.

The engine consults this before it says anything (a sentence whose nouns do not belong
here, or that points at a thing the story has not brought in yet, is never chosen), and
the report measures finished books against the same tables, so the two cannot drift.
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyloom.engines.illustrator.spec import Setting, TimeOfDay, Weather

S = Setting


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_BEDDING = "blanket blankets pillow pillows quilt duvet sheet sheets covers bath towel"
_LAND = "moss log logs dirt mud muddy stick sticks grass twig twigs pine"
_SKY = "kite kites umbrella campfire fire smoke dust dusty breeze wind windy rain raindrops"
_INDOORS_NOT = "bush bushes hedge hedges boulder boulders rock rocks"
_WILD = "river rivers cliff cliffs bog ditch waterfall vine vines hill hills meadow"

# Nouns that cannot be in a setting: no moss in space, no kites under the sea.
FOREIGN: dict[Setting, frozenset[str]] = {
    S.space: frozenset(
        f"{_LAND} tree trees leaf leaves bush bushes {_WILD} rain puddle puddles snow"
        " snowflakes umbrella kite kites campfire flower flowers mushroom mushrooms"
        " apple tree stream pond fish seaweed sand breeze wind windy bird birds".split()
    ),
    S.underwater: frozenset(
        f"{_SKY} {_LAND} tree trees leaf leaves bush bushes cliff bog ditch waterfall"
        " snow snowflakes puddle puddles candle candles balloon balloons bird birds"
        f" sunshine kite {_BEDDING}".split()
    ),
    S.bedroom: _words(f"{_WILD} {_INDOORS_NOT} moss log logs bog waterfall campfire seaweed coral"),
    S.classroom: _words(f"{_WILD} {_INDOORS_NOT} moss log logs bog campfire seaweed coral"),
    S.castle: _words("seaweed coral crater comet planets"),
    S.forest: _words("seaweed coral crater comet planets"),
    S.beach: _words("crater comet planets moss"),
    S.farm: _words("seaweed coral crater comet planets"),
    S.city_park: _words("seaweed coral crater comet planets"),
    S.mountains: _words("seaweed coral crater comet planets"),
    S.jungle: _words("seaweed coral crater comet planets snow snowflakes sled"),
    S.snowy_village: _words("seaweed coral crater comet planets"),
}

# Things a story brings in: a sentence may say "the snack" only once a snack is there.
# The hero's own catalogue object is brought in by the plan, on the first page.
THINGS = _words(
    "snack snacks map rope ladder picnic sandwich sandwiches bag backpack flashlight"
    " torch lantern apples plan note list drawing crumbs treasure chest"
    " compass telescope basket bucket spade net stick key box"
)
# What one says to someone met for the first time: never to one's own dog or gran.
STRANGER = re.compile(
    r"Is that your|I like your|Can I (?:play|come|have a go)|nice to meet|Hello,? I'm"
)
FAMILY_BONDS = frozenset({"pet", "sibling", "elder"})
_WORD = re.compile(r"[a-z]+")
_CHOICE = re.compile(r"\[([^\[\]]*)\]")
_MENTION = re.compile(r"\b(?:(the)\s+(?:last\s+of\s+the\s+)?)?([a-z]+)")


def foreign_nouns(text: str, setting: Setting) -> list[str]:
    """The words of `text` that cannot belong in `setting`."""
    bad = FOREIGN[setting]
    return [w for w in _WORD.findall(text.lower()) if w in bad]


# What the hour, the weather and the cold rule out, whatever the setting: no sun at night,
# no "that night" by day, no hot sun in the snow, no clear sky in the rain.
_SUN = r"\b(?:sun|sunny|sunshine|sunlight|sunbeams?|sunlit|daylight|afternoon)\b"
_NIGHT = r"\b(?:that night|moonlight|moonlit|the moon was up|first stars)\b"
_HEAT = (
    r"\bhot\b(?! (?:chocolate|cocoa|soup|drinks?|milk|water|bath|pies?|buns?|toast|tea))"
    r"|\bwarm (?:sun|day|afternoon|air)\b|\bsweat\w*|\bheat\b|\bsunbath\w*"
)
_CLEAR = r"\b(?:clear sky|sky was clear|cloudless|not a cloud|sunny|sunshine|shone down)\b"
_COLD = frozenset({S.snowy_village, S.mountains})
_CLASH: dict[str, re.Pattern[str]] = {
    "sun at night": re.compile(_SUN, re.IGNORECASE),
    "night by day": re.compile(_NIGHT, re.IGNORECASE),
    "night at sunset": re.compile(r"\bthat night\b", re.IGNORECASE),
    "morning by evening": re.compile(r"\b(?:one|this|that|early) (?:\w+ )?morning\b", re.I),
    "heat in the cold": re.compile(_HEAT, re.IGNORECASE),
    "clear sky in the rain or snow": re.compile(_CLEAR, re.IGNORECASE),
}


def clashes(text: str, setting: Setting, tod: TimeOfDay, weather: Weather) -> list[str]:
    """What `text` says that the moment rules out, as short labels with the words."""
    rules = []
    if tod == TimeOfDay.night:
        rules.append("sun at night")
    else:
        rules.append("night at sunset" if tod == TimeOfDay.sunset else "night by day")
    if tod in (TimeOfDay.sunset, TimeOfDay.night):
        rules.append("morning by evening")
    if setting in _COLD or weather == Weather.snow:
        rules.append("heat in the cold")
    if weather in (Weather.rain, Weather.snow) and setting not in (S.bedroom, S.classroom):
        rules.append("clear sky in the rain or snow")
    out = []
    for rule in rules:
        if match := _CLASH[rule].search(text):
            out.append(f"{rule}: {match.group(0)!r}")
    return out


# The engine is stricter with itself: a clue is pointed at only once one was found.
STORY_THINGS = THINGS | {"clue", "clues"}


def _thing(word: str, things: frozenset[str] = THINGS) -> str | None:
    if word in things:
        return word[:-1] if word.endswith("s") and word[:-1] in things else word
    return None


def unintroduced(text: str, known: set[str], things: frozenset[str] = THINGS) -> set[str]:
    """Things `text` points at with "the" before anything has brought them in.

    A thing is brought in by any other first mention: "a map", "some snacks", "her map"
    (she has one). `known` holds what the story has already brought in.
    """
    low = text.lower()
    if not any(thing in low for thing in things if thing not in known):
        return set()  # the common case, checked fast
    seen = set(known)
    missing: set[str] = set()
    for match in _MENTION.finditer(low):
        thing = _thing(match.group(2), things)
        if thing is None:
            continue
        if match.group(1) and thing not in seen:
            missing.add(thing)
        seen.add(thing)
    return missing


def brought_in(text: str) -> set[str]:
    """Every thing `text` mentions: once said, it is there."""
    return {t for w in _WORD.findall(text.lower()) if (t := _thing(w, STORY_THINGS)) is not None}


@lru_cache(maxsize=4096)
def every_way(template: str) -> tuple[str, ...]:
    """Each `[a|b]` choice taken every way (the others at their first), so a check holds
    whichever the seed picks."""
    parts = _CHOICE.split(template)  # text, choice, text, choice, ..., text
    if len(parts) == 1:
        return (template,)
    firsts = [p if i % 2 == 0 else p.split("|")[0] for i, p in enumerate(parts)]
    out = []
    for i in range(1, len(parts), 2):
        for alt in parts[i].split("|"):
            out.append("".join([*firsts[:i], alt, *firsts[i + 1 :]]))
    return tuple(out)


__all__ = [
    "FAMILY_BONDS",
    "FOREIGN",
    "STRANGER",
    "THINGS",
    "brought_in",
    "clashes",
    "every_way",
    "foreign_nouns",
    "unintroduced",
]
