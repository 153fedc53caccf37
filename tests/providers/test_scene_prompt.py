"""Page-picture prompts in words an image model understands, within the model's limit."""

from __future__ import annotations

import random
import re

import pytest
from tests.providers.standin import StandIn

from storyloom.engines.illustrator.colour_words import colour_name, skin_name, to_lab
from storyloom.engines.illustrator.images_api import (
    ImagesApiIllustrator,
    describe_sheet,
    portrait_prompt,
)
from storyloom.engines.illustrator.scene_prompt import (
    DEFAULT_PROMPT_LIMIT,
    prompt_limit,
    scene_prompt,
)
from storyloom.engines.illustrator.spec import (
    Accessory,
    ArtStyle,
    CharacterSheet,
    Expression,
    Focus,
    HairStyle,
    Kind,
    Obstacle,
    Outfit,
    Place,
    Pose,
    SceneCharacter,
    SceneProp,
    SceneSpec,
    Setting,
    TimeOfDay,
    Weather,
)

HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b")


def _random_hex(rng: random.Random) -> str:
    return f"#{rng.randrange(2**24):06x}"


def _sheet(rng: random.Random, kind: Kind) -> CharacterSheet:
    return CharacterSheet(
        kind=kind,
        body_color=_random_hex(rng),
        accent_color=_random_hex(rng),
        eye_color=_random_hex(rng),
        hair_style=rng.choice([h for h in HairStyle if h is not HairStyle.none]),
        hair_color=_random_hex(rng),
        outfit=rng.choice([o for o in Outfit if o is not Outfit.none]),
        outfit_color=_random_hex(rng),
        outfit_accent_color=_random_hex(rng),
        accessories=rng.sample(list(Accessory), min(7, len(Accessory))),
    )


def _crowd(seed: int) -> tuple[SceneSpec, dict[str, CharacterSheet]]:
    """A cast of six with every accessory they can wear; five of them in one busy scene."""
    rng = random.Random(seed)
    kinds = [Kind.child, Kind.child, Kind.fox, Kind.owl, Kind.robot, Kind.dragon]
    cast = {f"c{i}": _sheet(rng, kind) for i, kind in enumerate(kinds)}
    spec = SceneSpec(
        setting=Setting.forest,
        place=Place.deep_wood,
        time_of_day=TimeOfDay.sunset,
        weather=Weather.rain,
        obstacle=Obstacle.fallen_tree,
        focus=Focus.medium,
        focus_character="c0",
        characters=[
            SceneCharacter(
                character_id=f"c{i}",
                pose=rng.choice(list(Pose)),
                expression=rng.choice(list(Expression)),
                position=i / 5,
            )
            for i in range(5)
        ],
        props=[SceneProp(prop=p) for p in ("kite", "shell", "lantern", "treasure_map")],
    )
    return spec, cast


@pytest.mark.parametrize(
    ("hex_colour", "name"),
    [
        ("#ff0000", "red"),
        ("#3a7bd5", "blue"),
        ("#000080", "navy blue"),
        ("#ffffff", "white"),
        ("#008080", "teal"),
        ("#228b22", "green"),
        ("#ffa500", "orange"),
        ("#7ec8e3", "light blue"),
        ("#111111", "black"),
    ],
)
def test_colours_are_named_as_people_name_them(hex_colour: str, name: str) -> None:
    assert colour_name(hex_colour) == name


@pytest.mark.parametrize(
    ("hex_colour", "name"),
    [("#a86c3f", "warm brown"), ("#f6dfcf", "very fair"), ("#3d2516", "deep brown")],
)
def test_skin_is_named_in_everyday_words(hex_colour: str, name: str) -> None:
    assert skin_name(hex_colour) == name
    assert skin_name("#2ecc40") == colour_name("#2ecc40")  # no skin is green


def test_lab_lightness_spans_black_to_white() -> None:
    assert to_lab("#ffffff")[0] == pytest.approx(100, abs=0.1)
    assert to_lab("#000000")[0] == pytest.approx(0, abs=0.1)


@pytest.mark.parametrize("seed", range(6))
def test_no_hex_code_ever_reaches_a_prompt(seed: int) -> None:
    spec, cast = _crowd(seed)
    for limit in (DEFAULT_PROMPT_LIMIT, 4000, 100_000):
        assert not HEX.search(scene_prompt(spec, cast, ArtStyle.flat, limit=limit))
    for sheet in cast.values():
        assert not HEX.search(describe_sheet(sheet))
        prompt = portrait_prompt(
            sheet,
            pose=Pose.standing,
            expression=Expression.happy,
            style=ArtStyle.storybook,
            background=None,
        )
        assert not HEX.search(prompt)


def test_a_sheet_reads_as_plain_words() -> None:
    sheet = CharacterSheet(
        kind=Kind.child,
        body_color="#a86c3f",
        accent_color="#ffffff",
        outfit=Outfit.hoodie,
        outfit_color="#d42a2a",
        hair_style=HairStyle.curly,
        hair_color="#1a1a1a",
    )
    words = describe_sheet(sheet)
    assert "warm brown skin" in words
    assert "a red hoodie" in words
    assert "black curly hair" in words


@pytest.mark.parametrize("model", ["dall-e-2", "dall-e-3", "gpt-image-1", "local-sdxl"])
@pytest.mark.parametrize("seed", range(4))
def test_a_cast_of_six_stays_within_the_models_limit(model: str, seed: int) -> None:
    spec, cast = _crowd(seed)
    limit = prompt_limit(model)
    prompt = scene_prompt(spec, cast, ArtStyle.storybook, limit=limit)
    assert len(prompt) <= limit
    # The least important parts go first: the style, the scene and every character stay.
    assert prompt.startswith("Style: warm storybook illustration")
    assert "deep wood (forest), sunset, rain" in prompt
    for label in "ABCDE":
        assert f"Character {label}:" in prompt
    assert prompt.endswith("no text, no lettering.")


def test_limits_per_model() -> None:
    assert prompt_limit("dall-e-2") == 1000
    assert prompt_limit("dall-e-3") == 4000
    assert prompt_limit("gpt-image-1") == 4000
    assert prompt_limit("some-local-model") == DEFAULT_PROMPT_LIMIT


def test_a_roomy_limit_keeps_every_detail_and_a_tight_one_trims_props_first() -> None:
    spec, cast = _crowd(1)
    full = scene_prompt(spec, cast, ArtStyle.flat, limit=100_000)
    assert "Also shown: a kite" in full
    assert "on the left" in full
    for character in spec.characters:
        assert describe_sheet(cast[character.character_id]) in full
    tight = scene_prompt(spec, cast, ArtStyle.flat, limit=len(full) - 20)
    assert len(tight) <= len(full) - 20
    # The long consistency sentence is the first to shrink, before any props or details.
    assert "Keep every character's look the same on every page." in tight
    assert "Also shown: a kite" in tight
    assert describe_sheet(cast["c0"]) in tight
    tighter = scene_prompt(spec, cast, ArtStyle.flat, limit=len(tight) - 20)
    assert "Also shown" not in tighter  # then the props go
    assert describe_sheet(cast["c0"]) in tighter  # descriptions outlast the props


def test_the_scenes_action_place_framing_and_time_appear() -> None:
    sheet = CharacterSheet(kind=Kind.rabbit, body_color="#ffffff", accent_color="#f8c6d4")
    friend = CharacterSheet(kind=Kind.bear, body_color="#7b4a24", accent_color="#d9c29a")
    spec = SceneSpec(
        setting=Setting.beach,
        place=Place.rock_pools,
        time_of_day=TimeOfDay.night,
        weather=Weather.snow,
        focus=Focus.close_up,
        focus_character="r",
        characters=[
            SceneCharacter(character_id="r", pose=Pose.jumping, expression=Expression.surprised),
            SceneCharacter(character_id="b", pose=Pose.hugging, with_character="r"),
        ],
    )
    prompt = scene_prompt(spec, {"r": sheet, "b": friend}, ArtStyle.flat, limit=1000)
    assert "rock pools (beach), night, snow" in prompt
    assert "A close-up of character A's face" in prompt
    assert "Here jumping, looking surprised" in prompt
    assert "Here hugging" in prompt
    assert "turned toward character A" in prompt
    assert "white fur" in prompt
    assert "brown fur" in prompt


async def test_the_portrait_illustrator_draws_pages_from_the_same_words(standin: StandIn) -> None:
    spec, cast = _crowd(2)
    illustrator = ImagesApiIllustrator(
        base_url=standin.base_url, api_key="test-key", model="dall-e-2"
    )
    try:
        await illustrator.scene(spec, cast, style=ArtStyle.flat)
    finally:
        await illustrator.close()
    [sent] = standin.requests("images")
    assert sent["prompt"] == scene_prompt(spec, cast, ArtStyle.flat, limit=1000)
    assert len(sent["prompt"]) <= 1000
    assert not HEX.search(sent["prompt"])
