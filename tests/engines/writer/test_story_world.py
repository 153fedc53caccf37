"""The story world: the family's idea drives the plot, nothing is pointed at before it
exists, nothing belongs to another setting, toddler pages stay in the present, and each
page's scene follows from the story's state."""

from __future__ import annotations

import re

import pytest

from storyloom.engines.bands import AgeBand
from storyloom.engines.illustrator.spec import PLACES, SETTING_OF, Place, Placement, Prop, Setting
from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.idea import Goal, check_idea, parse_idea
from storyloom.engines.writer.report import sample_requests
from storyloom.engines.writer.story_metrics import (
    idea_honoured,
    idea_requests,
    setting_foreign,
    stock_lines,
    things_before_they_exist,
)
from storyloom.engines.writer.story_spec import Template
from storyloom.engines.writer.world import unintroduced

from .helpers import member, request


@pytest.mark.parametrize(
    ("idea", "goal", "thing", "prop", "place"),
    [
        ("find a lost kite in the tall trees", Goal.find, "kite", Prop.kite, "the tall trees"),
        ("find the golden acorn", Goal.find, "golden acorn", Prop.acorn, None),
        ("bake a big pink cake", Goal.make, "big pink cake", Prop.cake, None),
        ("help a little duck stuck in the pond", Goal.help, "little duck", Prop.duck, "the pond"),
        ("climb to the peak with a red rope", Goal.reach, "red rope", Prop.rope, "the peak"),
        ("learn to fly a kite", Goal.learn, "kite", Prop.kite, None),
        ("scared of the dark", Goal.overcome, None, None, None),
        ("a lost kitten", Goal.find, "kitten", None, None),
        ("paint a picture of the sea", Goal.make, "picture", Prop.paintbrush, "the sea"),
    ],
)
def test_an_idea_is_read_for_goal_thing_and_place(
    idea: str, goal: Goal, thing: str | None, prop: Prop | None, place: str | None
) -> None:
    parsed = parse_idea(idea)
    assert (parsed.goal, parsed.thing, parsed.prop, parsed.place) == (goal, thing, prop, place)


def test_an_idea_that_cannot_be_used_is_refused_with_a_reason() -> None:
    assert check_idea("find the golden acorn", Setting.forest).ok
    assert check_idea(None, Setting.forest).ok
    kite = check_idea("fly a red kite", Setting.underwater)
    assert (kite.ok, kite.code) == (False, "idea_not_in_setting")
    assert kite.message
    assert "kite" in kite.message
    vague = check_idea("something nice please", Setting.forest)
    assert (vague.ok, vague.code) == (False, "idea_not_understood")


@pytest.mark.parametrize("template", list(Template))
def test_the_family_words_for_the_thing_are_on_two_pages_and_in_a_picture(
    template: Template,
) -> None:
    for band in AgeBand:
        req = request(3, template=template, band=band, idea="find the golden acorn")
        draft = write_story(req)
        named = [p for p in draft.pages if "golden acorn" in p.text]
        assert len(named) >= 2, (band, [p.text for p in draft.pages])
        assert any(x.prop == Prop.acorn for p in draft.pages for x in p.scene.props)


def test_ideas_are_honoured_across_templates_and_bands() -> None:
    requests = idea_requests(seed=5)[::3]
    honoured = sum(idea_honoured(r, write_story(r)) for r in requests)
    assert honoured / len(requests) >= 0.95


def test_nothing_is_pointed_at_before_it_exists_nor_out_of_its_setting() -> None:
    for req in sample_requests(240, seed=21):
        draft = write_story(req)
        assert things_before_they_exist(draft) == [], [p.text for p in draft.pages]
        assert setting_foreign(req, draft) == [], (req.setting, [p.text for p in draft.pages])


def test_the_world_check_catches_a_map_that_was_never_there() -> None:
    assert unintroduced("The X on the map felt far away.", set()) == {"map"}
    assert unintroduced("Mia found a map. The map was old.", set()) == set()
    assert unintroduced("They shared the last of the snacks.", set()) == {"snack"}


_PAST = re.compile(r"\b(said|asked|came|went|was|were|did|had)\b")


def test_toddler_pages_stay_in_the_present() -> None:
    for req in sample_requests(480, seed=4):
        if req.band != AgeBand.toddler:
            continue
        for page in write_story(req).pages:
            outside_speech = re.sub(r'"[^"]*"', "", page.text)
            assert not _PAST.search(outside_speech), page.text


def test_a_pet_is_there_from_the_start_and_never_joins_again() -> None:
    hero = member("h", "Mia", role="hero", traits=["brave"])
    dog = member("d", "Rex", kind="dog", role="pet", pronouns="he")  # type: ignore[arg-type]
    rels = [{"a": "h", "b": "d", "kind": "pet"}]
    for seed in range(12):
        req = request(0, cast=[hero, dog], relationships=rels, band="early_reader", seed=seed)
        text = " ".join(p.text for p in write_story(req).pages)
        joins = re.findall(r"would not be left at home|came running to join", text)
        assert len(joins) <= 1, text
    for seed in range(12):  # the friendship turn: a dog never greets its owner as a stranger
        req = request(0, cast=[hero, dog], relationships=rels, template="friendship", seed=seed)
        text = " ".join(p.text for p in write_story(req).pages)
        assert not re.search(r"Is that your|I like your", text), text


def test_scenes_follow_the_state() -> None:
    for req in sample_requests(160, seed=8):
        draft = write_story(req)
        places = [p.scene.place for p in draft.pages]
        for page in draft.pages:  # the setting's places, or to bed at the end of the day
            place = page.scene.place
            assert place is not None
            assert SETTING_OF[place] == page.scene.setting
            if page.scene.setting != req.setting:
                assert place == Place.bedroom
                assert page.scene.time_of_day.value == "night"
        assert places[0] == PLACES[req.setting][0]
        for page in draft.pages:
            ids = {c.character_id for c in page.scene.characters}
            assert all(c.with_character in ids | {None} for c in page.scene.characters)


def test_the_idea_place_is_where_the_story_arrives() -> None:
    req = request(2, template="adventure", setting="mountains", idea="climb to the peak")
    draft = write_story(req)
    assert Place.peak in [p.scene.place for p in draft.pages]
    rope = request(2, template="adventure", setting="mountains", idea="find a rope", seed=3)
    props = [x for p in write_story(rope).pages for x in p.scene.props if x.prop == Prop.rope]
    assert any(x.placement == Placement.hidden for x in props)
    assert any(x.held_by == rope.hero.id for x in props)


def test_stock_lines_are_measured_across_books() -> None:
    books = [(r, write_story(r)) for r in sample_requests(60, seed=2)]
    figures = stock_lines(books)
    assert 0.0 <= figures.rate <= 1.0
    assert all(n > 0.02 * len(books) for _, n in figures.examples)


def test_the_picture_follows_what_the_text_says() -> None:
    from storyloom.engines.illustrator.spec import Pose
    from storyloom.engines.writer.cast import build_cast
    from storyloom.engines.writer.scene import action_in, place_named, pose_in

    hero, others = build_cast(request(1))
    assert pose_in(f"{hero.name} tried to climb up. Too slippery!", hero) == Pose.climbing
    assert pose_in(f"The wind blew. {hero.name} jumped across.", hero) == Pose.jumping
    assert pose_in("Rex ran ahead.", hero) is None
    name = hero.name
    assert pose_in(f"Shh. {name} is asleep.", hero) == Pose.sleeping
    assert pose_in(f"And so {name} climbed into bed, snug and warm.", hero) == Pose.sleeping
    assert pose_in(f"Last of all, {name} tried to climb, but slid back.", hero) == Pose.climbing
    assert pose_in(f"The duck went home, and {name} waved goodbye.", hero) == Pose.waving
    assert pose_in(f"Next, {name} pulled a funny face.", hero) is None
    assert pose_in(f"Ruby sat down next to {name} on the reading rug.", hero) is None
    assert action_in(f"{name} felt like crying too.", hero, pronoun=True) == (None, False)
    assert action_in(f"{name} cried and cried.", hero, pronoun=True) == (None, True)
    if others:  # a companion is drawn by name only: "she" is the hero's
        pal = others[0]
        said = f"{pal.name} carried the heavy bag."
        assert action_in(said, pal, pronoun=False) == (Pose.carrying, False)
        assert action_in(f"{pal.ref.form('They')} hugged her.", pal, pronoun=False)[0] is None
    assert place_named("There it was, in a rock pool.", Setting.beach) == Place.rock_pools
    assert place_named("They walked toward the peak.", Setting.mountains) is None
    assert place_named("On the mountain path, they rested.", Setting.mountains) is None


def test_a_bedtime_at_home_goes_round_the_house() -> None:
    """The bath is had in the bathroom, the warm milk in the kitchen, the moon seen from the
    window seat; and a 12-page bedtime book shows at least six place x framing shots."""
    deeds = {"bath": Place.bathroom, "teeth": Place.bathroom, "milk": Place.kitchen}
    rooms: set[Place] = set()
    for seed in range(6):
        req = request(seed, template="bedtime", setting="bedroom", pages=12, seed=seed)
        pages = write_story(req).pages
        assert len({(p.scene.place, p.scene.focus) for p in pages}) >= 6
        rooms |= {p.scene.place for p in pages if p.scene.place is not None}
        for page in pages[4:-2]:  # the wander between the first pages and going to bed
            said = [room for word, room in deeds.items() if re.search(rf"\b{word}\b", page.text)]
            if len(said) == 1:
                assert page.scene.place == said[0], page.text
    assert rooms >= set(PLACES[Setting.bedroom])


def test_a_setting_name_is_not_a_place_in_it() -> None:
    from storyloom.engines.writer.scene import place_named

    assert place_named("Next, Mia had a cup of warm milk.", Setting.bedroom) == Place.kitchen
    assert place_named("Then Mia brushed her teeth.", Setting.bedroom) == Place.bathroom
    assert place_named("They went down the dim hall.", Setting.bedroom) == Place.landing
    assert place_named("It was very late now in the bedroom.", Setting.bedroom) == Place.bedroom
    assert place_named("Everyone under the sea was busy.", Setting.underwater) is None
    assert place_named("Everyone in the castle was busy.", Setting.castle) is None
    assert place_named("In the castle garden, they played.", Setting.castle) is None
    assert place_named("Up in the great hall, they played.", Setting.castle) == Place.great_hall
    assert place_named("Mia had a warm bath.", Setting.forest) is None  # a house's rooms only
