"""A page follows one place, and its scenery and refrains fit that place: no wind or
moonrise under a roof, no rugs out of doors, no "In the tower room, in the garden", no
"the low sun was low", and at bedtime only what is in the room says goodnight or yawns."""

from __future__ import annotations

import re
from functools import lru_cache

from tests.engines.writer.helpers import request

from storyloom.engines.illustrator.spec import PLACES, Place, Setting
from storyloom.engines.writer.discourse import PLACE_PHRASES
from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.moment import PLACE_WAYS
from storyloom.engines.writer.story_spec import StoryDraft

P = Place
_ROOFED = {
    P.great_hall,
    P.tower_room,
    P.barn,
    P.bedroom,
    P.landing,
    P.bathroom,
    P.kitchen,
    P.classroom,
    P.reading_corner,
}
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_FROM_INSIDE = re.compile(r"window|outside|glass|curtain", re.IGNORECASE)
_WEATHER = re.compile(
    r"\b(?:wind|breeze|gusts?|rain was|rain went on|snow was falling|clouds?|moon (?:came|rose"
    r"|climbed|was up)|round white moon|star (?:came|popped|peeped) out|flowers? grew|sky)\b",
    re.IGNORECASE,
)
_ROOM_ONLY = re.compile(r"\b(?:floor|ceiling|rugs?|fireplace|coloured glass|portraits)\b", re.I)
_ECHO = re.compile(r"\bthe (\w+) (?:sun|moon|sky|light|window) (?:was|were|had) (?:\w+ )?\1\b")
_ANIMALS = "birds squirrel fox gulls crabs mouse cat horses cows hens pigs ducks pigeons fish"
_ANIMALS += " turtle goats eagle monkeys sloths parrots robin dogs hamster goldfish"
_ANIMATE = {w.removesuffix("s") for w in _ANIMALS.split(" ")}
_SKY_THINGS = {"moon", "stars", "sky", "trees", "window", "clouds", "wind"}


@lru_cache(maxsize=1)
def _books() -> list[tuple[str, Setting, StoryDraft, set[str]]]:
    out = []
    templates = ("bedtime", "adventure", "exploration", "mystery", "rescue", "lesson")
    for i, setting in enumerate(Setting):
        for j, template in enumerate(templates):
            for band in ("toddler", "preschool", "early_reader", "independent"):
                seed = 31 * i + 7 * j + len(band)
                req = request(seed, setting=setting.value, template=template, band=band, seed=seed)
                names = {m.name for m in req.cast}
                out.append((template, setting, write_story(req), names))
    return out


def _phrases(place: Place) -> tuple[str, ...]:
    return (PLACE_PHRASES[place], *PLACE_WAYS[place])


def test_a_page_opens_in_one_place_and_it_is_the_place_drawn() -> None:
    for template, setting, draft, _ in _books():
        own = PLACES[setting]
        for page in draft.pages:
            first = _SENTENCES.split(page.text)[0].lower()
            opened = [p for p in own if any(first.startswith(ph) for ph in _phrases(p))]
            if not opened or page.scene.setting != setting:
                continue
            assert page.scene.place in opened, (template, setting, page.scene.place, page.text)
            rest = first.split(", ", 1)[1] if ", " in first else ""
            twice = [p for p in own if any(rest.startswith(ph) for ph in _phrases(p))]
            assert not twice, (template, setting, page.text)  # "In the tower, in the garden"


def test_no_weather_or_moonrise_under_a_roof_and_no_rugs_out_of_doors() -> None:
    checked = 0
    for template, setting, draft, _ in _books():
        for page in draft.pages:
            if template != "bedtime" and page.scene.setting != setting:
                continue  # a day out that ends asleep is drawn in bed (not this test's)
            for sentence in _SENTENCES.split(page.text):
                if page.scene.place in _ROOFED and not _FROM_INSIDE.search(sentence):
                    hit = _WEATHER.search(sentence)
                    assert hit is None, (template, setting, page.scene.place, sentence)
                    checked += 1
                if page.scene.place in (P.castle_garden, P.castle_gate, P.school_yard):
                    assert not _ROOM_ONLY.search(sentence), (template, page.scene.place, sentence)
    assert checked > 300


def test_the_light_never_says_a_word_twice() -> None:
    for _, _, draft, _ in _books():
        for page in draft.pages:
            assert not _ECHO.search(page.text), page.text
            assert "The window was orange" not in page.text, page.text
            if page.scene.time_of_day.value in ("sunset", "night"):  # no morning at bedtime
                assert not re.search(r"\bOne \w+ morning\b", page.text), page.text


def test_bedtime_refrains_come_from_the_room() -> None:
    """Only someone who can yawn yawns (the moon where it can be seen); goodnight is
    said to what is there, never to the sky in the bathroom."""
    yawns = goodnights = 0
    for template, setting, draft, names in _books():
        if template != "bedtime":
            continue
        for page in draft.pages:
            for who in re.findall(r"Yawn, said ([A-Za-z' ]+)\.", page.text):
                yawns += 1
                last = who.split()[-1]
                if who == "the moon":
                    assert page.scene.place not in _ROOFED, (setting, page.text)
                else:
                    assert who in names or last.removesuffix("s") in _ANIMATE, (setting, who)
            for what in re.findall(r"Goodnight, ([A-Za-z' ]+)\.", page.text):
                goodnights += 1
                if page.scene.place in _ROOFED and what not in names:
                    assert what not in _SKY_THINGS, (setting, page.scene.place, page.text)
    assert yawns + goodnights > 0


def test_a_journey_ends_at_the_place_its_far_goal_names() -> None:
    """ "The top of the tower" is reached in the tower room, not the garden; the far place
    is one of the setting's own, and every journey's route ends there."""
    import random

    from storyloom.engines.writer.idea import Idea
    from storyloom.engines.writer.scene import Route
    from storyloom.engines.writer.settings import SETTINGS

    far_words = {P.tower_room: "tower", P.peak: "mountain", P.snowy_hill: "hill", P.field: "field"}
    for setting, data in SETTINGS.items():
        assert data.far_place in PLACES[setting], setting
        if data.far_place in far_words:
            assert far_words[data.far_place] in data.far, (setting, data.far)
        for seed in range(5):
            route = Route.plan(setting, Idea(), False, random.Random(seed))
            assert route.places[-1] == data.far_place, (setting, route)
            assert route.places[0] == PLACES[setting][0], (setting, route)
