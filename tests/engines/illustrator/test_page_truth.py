"""Pictures that show what happens: the dark of a room where someone sleeps, the thing in
the way in plain sight, and no weather under a roof."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable

import pytest

from storyloom.engines.illustrator.backgrounds import paint
from storyloom.engines.illustrator.compose import OBSTACLE_X, W, layout
from storyloom.engines.illustrator.gallery import showcase_cast
from storyloom.engines.illustrator.png import render_png
from storyloom.engines.illustrator.render import render_scene
from storyloom.engines.illustrator.spec import (
    INDOOR_PLACES,
    PLACES,
    SETTING_OF,
    ArtStyle,
    Focus,
    Kind,
    Obstacle,
    Place,
    Pose,
    Prop,
    SceneCharacter,
    SceneProp,
    SceneSpec,
    Setting,
    TimeOfDay,
    Weather,
)

from .conftest import Raster

CAST = showcase_cast()
SHEETS = {k.value: sheet for k, sheet in CAST.items()}


def _brightness(raster: Raster) -> float:
    return sum(r + g + b for r, g, b, _ in raster.pixels) / (3 * len(raster.pixels))


def _bedroom(pose: Pose, time: TimeOfDay, place: Place = Place.bedroom) -> SceneSpec:
    return SceneSpec(
        setting=Setting.bedroom,
        place=place,
        time_of_day=time,
        characters=[SceneCharacter(character_id="child", pose=pose)],
        props=[SceneProp(prop=Prop.bed)] if pose is Pose.sleeping else [],
    )


@pytest.mark.parametrize("style", list(ArtStyle))
def test_a_room_where_someone_sleeps_is_dark_with_the_lamp_off_and_moonlight(
    style: ArtStyle, decode: Callable[[bytes], Raster]
) -> None:
    for seed in range(3):
        asleep = render_scene(_bedroom(Pose.sleeping, TimeOfDay.night), SHEETS, style=style)
        awake = render_scene(_bedroom(Pose.reading, TimeOfDay.night), SHEETS, style=style)
        day = render_scene(_bedroom(Pose.reading, TimeOfDay.afternoon), SHEETS, style=style)
        lamp = 'fill="#ffd56b"'  # the lamp's glow
        assert lamp in awake, seed
        assert lamp not in asleep, seed
        assert 'fill="#cfdcff"' in asleep
        assert 'fill="#cfdcff"' not in awake
        dark, dim, bright = (_brightness(decode(render_png(s, 240))) for s in (asleep, awake, day))
        assert dark < dim - 8 < bright - 40, (dark, dim, bright)


def test_a_sleeper_outdoors_under_the_stars_needs_no_lamp_switched_off() -> None:
    spec = SceneSpec(
        setting=Setting.forest,
        time_of_day=TimeOfDay.night,
        characters=[SceneCharacter(character_id="child", pose=Pose.sleeping)],
    )
    assert 'fill="#cfdcff"' not in render_scene(spec, SHEETS)


@pytest.mark.parametrize("weather", [Weather.rain, Weather.snow, Weather.wind])
def test_no_weather_grass_or_flowers_under_a_roof(weather: Weather) -> None:
    for place in sorted(INDOOR_PLACES):
        setting = SETTING_OF[place]
        for time in TimeOfDay:
            bd = paint(
                setting, time, weather, w=1200, h=800, gy=640, rough=True, seed=1, where=place
            )
            assert bd.front == "", (place, time, weather)
            assert 'fill="#ffb703"' not in bd.back, place  # no flowers on the floor
    # the same weather outdoors is there to see: the check can fail
    for setting in (Setting.forest, Setting.castle, Setting.farm, Setting.mountains):
        outside = next(p for p in PLACES[setting] if p not in INDOOR_PLACES)
        bd = paint(setting, TimeOfDay.morning, weather, w=1200, h=800, gy=640, rough=False, seed=1)
        assert bd.front != "", setting
        bd = paint(
            setting, TimeOfDay.morning, weather, w=1200, h=800, gy=640, rough=False, seed=1,
            where=outside,
        )  # fmt: skip
        assert bd.front != "", outside


def test_the_thing_in_the_way_stands_clear_of_the_cast() -> None:
    """Whatever the cast, the obstacle is in plain sight on the right, nobody in front of it."""
    rng = random.Random(16)
    kinds = list(Kind)
    for _ in range(60):
        n = rng.randint(1, 5)
        chosen = rng.sample(kinds, n)
        cast = {k.value: CAST[k] for k in chosen}
        chars = [
            SceneCharacter(
                character_id=k.value,
                pose=rng.choice([Pose.standing, Pose.pointing, Pose.running, Pose.reaching]),
                position=(round(0.3 + 0.16 * i, 2) if rng.random() < 0.7 else None),
            )
            for i, k in enumerate(chosen)
        ]
        spec = SceneSpec(
            setting=rng.choice(list(Setting)),
            characters=chars,
            obstacle=rng.choice(list(Obstacle)),
            focus=rng.choice([Focus.wide, Focus.medium]),
        )
        lay = layout(spec, cast, False)
        middle = OBSTACLE_X * W
        if n <= 2:  # a small cast stands wholly clear of it
            edge = max(p.x + p.figure.half_width * p.scale for p in lay.characters)
            assert edge < middle - 60, (n, edge)
        for p in lay.characters:
            if n <= 3:  # nobody's body stands before its middle
                body = p.figure.half_width * p.scale * 0.8
                assert not p.x - body < middle < p.x + body, (n, p.character_id)
            x0, _, x1, _ = p.face_box  # and no face, whatever the crowd
            assert not x0 < middle < x1, (n, p.character_id)


def test_every_obstacle_is_drawn_where_it_stands() -> None:
    """Each obstacle puts its own shapes on the page, around the place it is said to stand."""
    for setting in (Setting.forest, Setting.bedroom, Setting.underwater, Setting.snowy_village):
        plain = paint(
            setting, TimeOfDay.morning, Weather.clear, w=1200, h=800, gy=640, rough=False, seed=2
        ).back
        drawn = set()
        for obstacle in Obstacle:
            back = paint(
                setting, TimeOfDay.morning, Weather.clear, w=1200, h=800, gy=640, rough=False,
                seed=2, in_the_way=obstacle,
            ).back  # fmt: skip
            assert back != plain, (setting, obstacle)
            assert back.startswith(plain[:200]), (setting, obstacle)
            drawn.add(back)
        assert len(drawn) == len(Obstacle), setting  # each is its own drawing


def test_the_scene_says_whether_the_lamp_is_on() -> None:
    """The text can keep a lamp on for a sleeper, or put the lights out before anyone sleeps."""
    sleeping = _bedroom(Pose.sleeping, TimeOfDay.night)
    awake = _bedroom(Pose.reading, TimeOfDay.night)
    lamp_on = render_scene(sleeping.model_copy(update={"lights_out": False}), SHEETS)
    lamp_off = render_scene(awake.model_copy(update={"lights_out": True}), SHEETS)
    assert 'fill="#ffd56b"' in lamp_on
    assert 'fill="#cfdcff"' not in lamp_on
    assert 'fill="#ffd56b"' not in lamp_off
    assert 'fill="#cfdcff"' in lamp_off
    # by day there are no lamps to put out
    day = _bedroom(Pose.reading, TimeOfDay.morning).model_copy(update={"lights_out": True})
    assert 'fill="#cfdcff"' not in render_scene(day, SHEETS)


def test_the_first_sleeper_named_has_the_bed_wherever_they_lie() -> None:
    for kinds in itertools.permutations((Kind.child, Kind.cat, Kind.bear), 3):
        chars = [
            SceneCharacter(character_id=k.value, pose=Pose.sleeping, position=0.8 - 0.3 * i)
            for i, k in enumerate(kinds)
        ]
        spec = SceneSpec(
            setting=Setting.bedroom,
            time_of_day=TimeOfDay.night,
            characters=chars,
            props=[SceneProp(prop=Prop.bed)],
        )
        lay = layout(spec, {k.value: CAST[k] for k in kinds}, False)
        bed = next(p for p in lay.props if p.prop is Prop.bed)
        first = next(p for p in lay.characters if p.character_id == kinds[0].value)
        assert bed.x == first.x, kinds
        assert first.y < lay.gy, kinds  # lying on it, not on the floor
