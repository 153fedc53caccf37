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


def test_every_setting_has_its_own_obstacles_that_belong_there() -> None:
    """No setting borrows a generic list: what is in the way is of the place, in young
    words, and never a noun the place forbids (no river in space)."""
    from storyloom.engines.writer.vocabulary import unknown_words
    from storyloom.engines.writer.world import foreign_nouns

    seen: dict[tuple[str, ...], Setting] = {}
    for setting, data in SETTINGS.items():
        assert len(data.blocks) >= 3, setting
        assert data.blocks not in seen, (setting, seen.get(data.blocks))
        seen[data.blocks] = setting
        for block in data.blocks:
            assert block.startswith(("a ", "an ")), block
            assert not foreign_nouns(block, setting), (setting, block)
            assert not unknown_words(block), (setting, block)


def test_wild_and_open_settings_block_the_way_with_their_own_ground() -> None:
    """The forest, farm, park, mountains and jungle each have what a walker there meets:
    water to cross, something fallen or grown across the way, or soft ground."""
    ground = ("stream", "river", "tree", "bog", "swamp", "puddle", "ditch", "hedge", "vines")
    ground += ("brambles", "gate", "bridge", "stones", "rock", "snowdrift", "bushes")
    for setting in (Setting.forest, Setting.farm, Setting.city_park, Setting.mountains):
        assert SETTINGS[setting].blocks, setting
        for block in SETTINGS[setting].blocks:
            assert any(word in block.split() for word in ground), (setting, block)
    for block in SETTINGS[Setting.jungle].blocks:
        assert any(word in block.split() for word in ground), block


def test_the_obstacle_in_the_text_is_the_obstacle_drawn() -> None:
    """Whatever blocks an adventure is what its obstacle pages draw, where the picture
    has a way to draw it (a river as a stream, vines as a thicket, a fallen tree)."""
    from tests.engines.writer.helpers import request

    from storyloom.engines.illustrator.spec import Obstacle
    from storyloom.engines.writer.engine import write_story

    words = {
        Obstacle.stream: ("stream", "river", "pool"),
        Obstacle.thorn_bush: ("vines", "brambles", "hedge", "bushes"),
        Obstacle.bog: ("bog", "swamp", "puddle"),
        Obstacle.fallen_tree: ("tree", "ditch"),
        Obstacle.broken_bridge: ("bridge",),
        Obstacle.rock_wall: ("rock", "rocks", "stones", "wall", "coral"),
        Obstacle.deep_snow: ("snow", "snowdrift"),
        Obstacle.locked_door: ("door", "gate", "fence"),
    }
    drawn: set[Obstacle] = set()
    for setting in ("forest", "farm", "city_park", "mountains", "jungle"):
        for seed in range(8):
            draft = write_story(request(seed, setting=setting, band="early_reader", seed=seed))
            obstacles = {p.scene.obstacle for p in draft.pages} - {None}
            assert len(obstacles) <= 1, (setting, seed, obstacles)
            text = " ".join(p.text for p in draft.pages).lower()
            for obstacle in obstacles:
                assert obstacle is not None
                assert any(w in text.split() or w + "," in text for w in words[obstacle]), (
                    setting,
                    seed,
                    obstacle,
                )
                drawn.add(obstacle)
    assert len(drawn) >= 4, drawn


def test_what_is_in_the_way_is_met_where_it_can_stand() -> None:
    """A moat or a stone wall is met out of doors, a locked door or a staircase under a
    roof: never a moat in the great hall."""
    from tests.engines.writer.helpers import request

    from storyloom.engines.illustrator.spec import Place
    from storyloom.engines.writer.engine import write_story

    roofed = {Place.great_hall, Place.tower_room}
    kinds = {"moat": False, "tall stone wall": False, "locked door": True, "staircase": True}
    met = set()
    for seed in range(24):
        draft = write_story(request(seed, setting="castle", band="early_reader", seed=seed))
        for page in draft.pages:  # where it is first met: the obstacle's own page
            found = [w for w in kinds if w in page.text.lower()]
            if found:
                assert (page.scene.place in roofed) == kinds[found[0]], (seed, page.text)
                met.add(found[0])
                break
    assert len(met) >= 3, met
