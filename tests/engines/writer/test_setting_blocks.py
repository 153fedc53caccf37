"""What stands in the way of an adventure belongs to the place."""

import random

from storyloom.engines.illustrator.spec import Setting
from storyloom.engines.writer.settings import INDOORS, SETTINGS
from storyloom.engines.writer.templates.adventure import _slots

_OPEN_AIR = ("river", "bog", "ditch", "bushes", "bridge")


def test_indoor_and_snowy_places_have_their_own_blocks() -> None:
    for setting in (*INDOORS, Setting.castle, Setting.snowy_village):
        data = SETTINGS[setting]
        for seed in range(40):
            block = _slots(data, random.Random(seed))["block"]
            assert not any(word in block for word in _OPEN_AIR), (setting, block)


def test_an_idea_naming_the_whole_setting_is_not_where_the_story_heads() -> None:
    """ "the crown of the castle", told in the castle: nobody walks toward the castle."""
    from tests.engines.writer.helpers import request

    from storyloom.engines.writer.engine import write_story

    for seed in range(12):
        for setting, word in (("castle", "castle"), ("beach", "beach"), ("farm", "farm")):
            idea = f"they look for the lost crown of the {word}"
            draft = write_story(request(seed, setting=setting, idea=idea, seed=seed))
            text = " ".join(page.text for page in draft.pages).lower()
            assert f"toward the {word}." not in text, (setting, seed)
            assert f"get to the {word}," not in text, (setting, seed)
