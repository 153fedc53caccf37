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
