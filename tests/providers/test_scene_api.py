"""Page pictures from the images API: consistent prompts, PNG out, sizes, usage."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest
import pytest_asyncio
from tests.providers.standin import Reply, StandIn

from storyloom.config import Settings
from storyloom.engines.illustrator.images_api import describe_sheet, image_size
from storyloom.engines.illustrator.scene_api import SceneApiIllustrator, scene_prompt
from storyloom.engines.illustrator.spec import (
    ArtStyle,
    CharacterSheet,
    Expression,
    Focus,
    HairStyle,
    Kind,
    Outfit,
    Pose,
    SceneCharacter,
    SceneProp,
    SceneSpec,
)
from storyloom.providers.errors import ProviderBadOutput
from storyloom.providers.resilience import Breakers
from storyloom.providers.usage import InMemoryUsageSink

IllustratorFactory = Callable[..., SceneApiIllustrator]

MAYA = CharacterSheet(
    kind=Kind.child,
    body_color="#c68642",
    accent_color="#ffffff",
    hair_style=HairStyle.curly,
    hair_color="#2a1a10",
    outfit=Outfit.raincoat,
    outfit_color="#f2c14e",
    accessories=["glasses"],
)
PIP = CharacterSheet(kind=Kind.dog, body_color="#c9a27a", accent_color="#fff4e6")
CAST = {"maya": MAYA, "pip": PIP}

PAGE_ONE = SceneSpec(
    setting="beach",
    time_of_day="morning",
    characters=[
        SceneCharacter(character_id="maya", pose=Pose.waving, position=0.2),
        SceneCharacter(character_id="pip", pose=Pose.running, expression=Expression.laughing),
    ],
    props=[SceneProp(prop="kite", held_by="maya"), SceneProp(prop="shell")],
)
PAGE_TWO = SceneSpec(
    setting="beach",
    time_of_day="sunset",
    weather="wind",
    characters=[
        SceneCharacter(character_id="pip", pose=Pose.sitting),
        SceneCharacter(character_id="maya", pose=Pose.sitting, expression=Expression.sleepy),
    ],
    focus=Focus.close_up,
    focus_character="maya",
)


@pytest_asyncio.fixture
async def make_illustrator(
    provider_settings: Settings, sink: InMemoryUsageSink, breakers: Breakers
) -> AsyncIterator[IllustratorFactory]:
    made: list[SceneApiIllustrator] = []

    def make(**overrides: object) -> SceneApiIllustrator:
        settings = provider_settings.model_copy(update=overrides)
        illustrator = SceneApiIllustrator.from_settings(settings, sink=sink, breakers=breakers)
        assert illustrator is not None
        made.append(illustrator)
        return illustrator

    yield make
    for illustrator in made:
        await illustrator.close()


def test_every_page_describes_each_character_identically() -> None:
    one = scene_prompt(PAGE_ONE, CAST, ArtStyle.storybook)
    two = scene_prompt(PAGE_TWO, CAST, ArtStyle.storybook)
    for sheet in (MAYA, PIP):
        assert describe_sheet(sheet) in one
        assert describe_sheet(sheet) in two
    assert "gold raincoat" in one  # colours by name, never as hex codes
    assert "#" not in one + two
    assert "glasses" in one
    assert "kite held by character A" in one
    assert "A close-up of character B" in two
    assert one.startswith("Style: warm storybook illustration")
    assert "no text" in one


def test_a_scene_naming_a_stranger_is_refused() -> None:
    with pytest.raises(ValueError, match="no sheet"):
        scene_prompt(PAGE_ONE, {"maya": MAYA}, ArtStyle.flat)


async def test_scene_is_a_png_in_landscape_for_gpt_image(
    standin: StandIn, make_illustrator: IllustratorFactory, sink: InMemoryUsageSink
) -> None:
    picture = await make_illustrator().scene(PAGE_ONE, CAST, style=ArtStyle.flat)
    assert picture.media_type == "image/png"
    assert image_size(picture.data) == (12, 8)
    [sent] = standin.requests("images")
    assert sent["size"] == "1536x1024"
    assert sent["model"] == "gpt-image-1"
    assert "response_format" not in sent  # gpt-image refuses it
    assert describe_sheet(MAYA) in sent["prompt"]
    [call] = sink.calls
    assert (call.provider, call.images, call.ok) == ("images", 1, True)
    assert call.estimated_cost_usd == pytest.approx(0.063)


async def test_dall_e_gets_squares_and_b64(
    standin: StandIn, make_illustrator: IllustratorFactory
) -> None:
    await make_illustrator(images_model="dall-e-3").scene(PAGE_TWO, CAST)
    [sent] = standin.requests("images")
    assert (sent["size"], sent["response_format"]) == ("1024x1024", "b64_json")


async def test_portraits_use_the_images_api_prompt(
    standin: StandIn, make_illustrator: IllustratorFactory
) -> None:
    picture = await make_illustrator().portrait(MAYA, pose=Pose.waving)
    assert picture.media_type == "image/png"
    [sent] = standin.requests("images")
    assert sent["size"] == "1024x1024"
    assert "portrait" in sent["prompt"]
    assert describe_sheet(MAYA) in sent["prompt"]


@pytest.mark.parametrize(
    "body",
    [
        {"data": []},
        {"data": [{"b64_json": "not base64!"}]},
        {"data": [{"b64_json": "R0lGODlhAQABAAAAACw="}]},  # a GIF
    ],
)
async def test_an_unusable_image_is_bad_output(
    standin: StandIn, make_illustrator: IllustratorFactory, sink: InMemoryUsageSink, body: object
) -> None:
    standin.script("images", Reply(body=body))
    with pytest.raises(ProviderBadOutput):
        await make_illustrator().scene(PAGE_ONE, CAST)
    assert [(c.ok, c.error_code) for c in sink.calls] == [(False, "provider_bad_output")]


def test_the_prompt_carries_the_place_the_obstacle_the_action_and_the_framing() -> None:
    """The images API gets what the built-in illustrator draws from the same scene spec."""
    from storyloom.engines.illustrator.spec import Obstacle, Place, Setting

    spec = PAGE_ONE.model_copy(
        update={
            "setting": Setting.forest,
            "place": Place.deep_wood,
            "obstacle": Obstacle.fallen_tree,
            "focus": Focus.medium,
            "focus_character": "maya",
            "characters": [
                SceneCharacter(character_id="maya", pose=Pose.climbing),
                SceneCharacter(character_id="pip", pose=Pose.pulling, with_character="maya"),
            ],
            "props": [],
        }
    )
    prompt = scene_prompt(spec, CAST, ArtStyle.flat)
    assert "deep wood (forest)" in prompt
    assert "a fallen tree" in prompt
    assert "Here climbing" in prompt
    assert "Here pulling" in prompt
    assert "turned toward character A" in prompt
    assert "A medium shot of the action" in prompt
    assert "character A in the middle" in prompt
    wide = scene_prompt(spec.model_copy(update={"focus": Focus.wide}), CAST, ArtStyle.flat)
    assert "character A nearest and largest" in wide
