"""The picture carries what the text says of the story's things: a thing said to be lost is
in nobody's hands, a thing found is held; what is in the way is in the picture; an
umbrella stays outside."""

from __future__ import annotations

import itertools
import re

import pytest

from storyloom.engines.illustrator.spec import INDOOR_PLACES, Obstacle, Prop, Setting
from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.obstacles import names_obstacle, obstacle_for
from storyloom.engines.writer.scene import lights_said, place_named
from storyloom.engines.writer.settings import SETTINGS
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.thing_state import Said, thing_news
from storyloom.engines.writer.words import PROP_NOUNS

from .helpers import request

# Plain ways of saying a thing is not to hand, checked independently of the engine's reader.
_LOST = re.compile(
    r"\b(?:where (?:is|was) (?:the|his|her|their) {n}|(?:can ?not|could ?not|couldn't|can't) "
    r"find (?:the|his|her|their) {n}|the {n} was (?:still )?(?:lost|missing|nowhere)|"
    r"(?:looking|looked) for the {n})\b",
    re.I,
)
_FOUND = re.compile(r"\b(?:there (?:is|was) the {n}|found the {n})\b", re.I)
LOST_IDEAS = (
    "Sami cannot find his blanket",
    "she lost her teddy bear",
    "he lost his ball in the park",
    "the kite flew away",
    "a lost key",
)


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text)


def _pattern(template: re.Pattern[str], noun: str) -> re.Pattern[str]:
    return re.compile(template.pattern.replace("{n}", re.escape(noun)), re.I)


def _books() -> list[tuple[str, object]]:
    out = []
    templates = ("bedtime", "mystery", "friendship", "celebration", "adventure", "lesson")
    settings = ("bedroom", "forest", "beach", "castle", "classroom", "snowy_village")
    bands = ("toddler", "preschool", "early_reader", "independent")
    for k, (tpl, idea) in enumerate(itertools.product(templates, (None, *LOST_IDEAS))):
        for seed in range(2):
            setting = settings[(k + seed) % len(settings)]
            band = bands[(k + seed) % len(bands)]
            req = request(seed * 7 + k, template=tpl, setting=setting, band=band, idea=idea)
            out.append((f"{tpl}/{setting}/{band}/{idea}", write_story(req)))
    return out


BOOKS = _books()


def test_a_thing_the_page_says_is_lost_is_in_nobodys_hands() -> None:
    checked = 0
    for name, draft in BOOKS:
        for i, page in enumerate(draft.pages):  # type: ignore[attr-defined]
            for sp in page.scene.props:
                noun = PROP_NOUNS[sp.prop].split()[-1]
                lost, found = _pattern(_LOST, noun), _pattern(_FOUND, noun)
                # the last sentence that names it says it is lost
                said = [s for s in _sentences(page.text) if re.search(rf"\b{noun}\b", s, re.I)]
                if said and lost.search(said[-1]) and not found.search(said[-1]):
                    checked += 1
                    assert sp.held_by is None, (name, i, page.text)
                    assert sp.placement is not None, (name, i, page.text)
    # and the books do say so, often: the check is not empty
    lost_pages = sum(
        1
        for _, d in BOOKS
        for p in d.pages  # type: ignore[attr-defined]
        if any(_pattern(_LOST, PROP_NOUNS[x].split()[-1]).search(p.text) for x in Prop)
    )
    assert lost_pages >= 20, lost_pages


def test_a_thing_the_page_says_is_found_is_held() -> None:
    seen = 0
    for name, draft in BOOKS:
        for i, page in enumerate(draft.pages):  # type: ignore[attr-defined]
            last = _sentences(page.text)[-1]
            for prop in Prop:
                noun = PROP_NOUNS[prop].split()[-1]
                if _pattern(_FOUND, noun).search(last) and not _pattern(_LOST, noun).search(last):
                    held = [p for p in page.scene.props if p.prop is prop and p.held_by]
                    if any(p.prop is prop for p in page.scene.props) or held:
                        seen += 1
                        assert held, (name, i, page.text)
    assert seen >= 3, seen


@pytest.mark.parametrize("idea", LOST_IDEAS)
def test_the_familys_lost_thing_is_not_in_hand_before_it_is_found(idea: str) -> None:
    for tpl, setting, seed in itertools.product(
        ("bedtime", "mystery", "friendship"), ("bedroom", "forest", "city_park"), range(2)
    ):
        draft = write_story(
            request(seed, template=tpl, setting=setting, band="preschool", idea=idea)
        )
        first = draft.pages[0].scene
        thing = next((p for p in draft.pages[-1].scene.props if p.held_by), None)
        if thing is None:
            continue
        assert not any(p.prop is thing.prop and p.held_by for p in first.props), (tpl, setting)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Where is the blanket?", Said.lost),
        ("Mo could not find his blanket anywhere.", Said.lost),
        ("The blanket was not on the bed, and it was not on the chair.", Said.lost),
        ("It bounced off and rolled away under the bed. The blanket was gone.", Said.lost),
        ("And there was the blanket, behind the door.", Said.found),
        ("Where was the blanket? There it was, under the pillow!", Said.found),
        ("In the end, Mo found the blanket.", Said.found),
        ("It was not on the blanket.", None),  # the blanket is where, not what
        ("The case of the missing blanket was closed.", None),
        ("The stars came out.", None),
    ],
)
def test_reading_what_a_page_says_of_a_thing(text: str, said: Said | None) -> None:
    news = thing_news(text, ["blanket"], ["Mo", "Ada"])
    assert (news.said if news else None) is said


def test_the_finder_is_the_one_named_before_the_finding() -> None:
    news = thing_news("Then, under the stairs, Ada found the key.", ["key"], ["Mo", "Ada"])
    assert news is not None
    assert news.finder == "Ada"
    news = thing_news("There was the key!", ["key"], ["Mo", "Ada"])
    assert news is not None
    assert news.finder is None


def test_every_block_in_the_way_has_a_drawing() -> None:
    blocks = {b for s in SETTINGS.values() for b in s.blocks}
    for block in sorted(blocks):
        problem = "the " + block.split(" ", 1)[1]
        assert obstacle_for(problem, Template.adventure) in Obstacle, block


def test_the_thing_in_the_way_is_in_the_picture_where_they_face_it() -> None:
    faced = 0
    for setting, seed in itertools.product(Setting, range(3)):
        band = ("toddler", "preschool", "early_reader", "independent")[seed]
        draft = write_story(request(seed, template="adventure", setting=setting, band=band))
        problems = {b.split(" ", 1)[1] for b in SETTINGS[setting].blocks}
        for i, page in enumerate(draft.pages):
            low = page.text.lower()
            named = [p for p in problems if p in low]
            if named and re.search(r"in the way was|came to", low):
                faced += 1
                expected = obstacle_for("the " + named[0], Template.adventure)
                assert page.scene.obstacle is expected, (setting, i, page.text)
                assert names_obstacle(page.text, "the " + named[0])
    assert faced >= len(Setting), faced


def test_nobody_holds_an_umbrella_under_a_roof() -> None:
    outside = 0
    for setting, seed in itertools.product(Setting, range(4)):
        draft = write_story(request(seed, template="adventure", setting=setting, band="preschool"))
        for page in draft.pages:
            umbrella = any(p.prop is Prop.umbrella for p in page.scene.props)
            if page.scene.place in INDOOR_PLACES:
                assert not umbrella, (setting, page.scene.place)
            outside += umbrella
    assert outside > 0  # it still rains outdoors


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("At last, the lamp clicked off. Only the night light glowed.", True),
        ("Dad switched off the light and whispered goodnight.", True),
        ("The lamp made a small warm circle, and everyone was fast asleep.", False),
        ("The lights went out. Then Mum turned the little lamp back on: the lamp glowed.", False),
        ("The stars came out over the hill.", None),
    ],
)
def test_reading_what_a_page_says_of_the_lamps(text: str, out: bool | None) -> None:
    assert lights_said(text) is out


def test_bedtime_pictures_keep_the_lamps_as_the_text_leaves_them() -> None:
    said = 0
    for setting, band, seed in itertools.product(
        ("bedroom", "castle", "farm"), ("preschool", "early_reader", "independent"), range(3)
    ):
        draft = write_story(request(seed, template="bedtime", setting=setting, band=band))
        for page in draft.pages:
            expected = lights_said(page.text)
            scene = page.scene
            if scene.time_of_day.value == "night" and scene.place in INDOOR_PLACES:
                assert scene.lights_out is expected, page.text
                said += expected is not None
            else:
                assert scene.lights_out is None
    assert said >= 5, said


def test_a_river_or_a_bog_is_not_drawn_across_a_rooms_floor() -> None:
    """An outdoor obstacle is met out of doors, unless the text itself puts it in a room."""
    outside = {Obstacle.stream, Obstacle.bog, Obstacle.fallen_tree, Obstacle.broken_bridge}
    outside |= {Obstacle.deep_snow, Obstacle.thorn_bush, Obstacle.cave_mouth}
    met = 0
    for setting, seed in itertools.product(
        (Setting.castle, Setting.farm, Setting.mountains), range(8)
    ):
        band = ("toddler", "preschool", "early_reader", "independent")[seed % 4]
        draft = write_story(request(seed, template="adventure", setting=setting, band=band))
        for page in draft.pages:
            scene = page.scene
            if scene.obstacle in outside:
                met += 1
                if scene.place in INDOOR_PLACES:
                    assert place_named(page.text, scene.setting) is not None, page.text
    assert met >= 10, met


def test_a_child_put_to_bed_at_night_lies_down_asleep() -> None:
    to_bed = re.compile(r"(?:^|[.!?]\s+)Into bed\b|\b(?:climbed|climbs) into bed\b|\bfell asleep\b")
    seen = 0
    for setting, band, seed in itertools.product(
        ("bedroom", "forest", "castle"), ("toddler", "preschool", "early_reader"), range(4)
    ):
        draft = write_story(request(seed, template="bedtime", setting=setting, band=band))
        hero = draft.pages[0].scene.characters[0].character_id
        for page in draft.pages:
            scene = page.scene
            if scene.time_of_day.value == "night" and to_bed.search(page.text):
                seen += 1
                me = next(c for c in scene.characters if c.character_id == hero)
                assert me.pose.value == "sleeping", page.text
                assert scene.place is not None
                assert scene.place.value == "bedroom", page.text
                assert any(p.prop is Prop.bed for p in scene.props), page.text
    assert seen >= 10, seen
