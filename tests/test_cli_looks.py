"""A hero named on the command line without a look gets one that fits their pronouns and
stays the same for the same seed."""

from storyloom.cli.bookmaker import BookSpec, request_from
from storyloom.engines.illustrator.spec import Accessory, HairStyle, Outfit


def _sheet(name: str, pronouns: str, seed: int, kind: str = "child", friends: int = 0):  # type: ignore[no-untyped-def]
    cast = [{"name": name, "kind": kind, "pronouns": pronouns}]
    cast += [{"name": name, "kind": "dog"} for name in ("Rex", "Bo", "Pip")[:friends]]
    request = request_from(BookSpec.model_validate({"cast": cast, "seed": seed}))
    return request.cast[0].sheet


def test_default_looks_never_contradict_pronouns() -> None:
    girlish = {HairStyle.braids, HairStyle.ponytail, HairStyle.bun}
    for seed in range(150):
        for name in ("Sami", "Noor", "Alex"):
            he = _sheet(name, "he", seed)
            assert Accessory.bow not in he.accessories, (seed, name)
            assert he.outfit is not Outfit.dress, (seed, name)
            assert he.hair_style not in girlish, (seed, name)
            they = _sheet(name, "they", seed)
            assert Accessory.bow not in they.accessories, (seed, name)
            assert they.outfit is not Outfit.dress, (seed, name)
            assert they.hair_style not in girlish, (seed, name)
            animal = _sheet(name, "he", seed, kind="fox")
            assert Accessory.bow not in animal.accessories, (seed, name)


def test_default_looks_are_the_seeds_and_vary_between_seeds() -> None:
    looks = set()
    for seed in range(40):
        first = _sheet("Sami", "he", seed)
        assert _sheet("Sami", "he", seed) == first
        # a friend added to the cast does not change how the hero looks
        assert _sheet("Sami", "he", seed, friends=2) == first
        looks.add((first.hair_style, first.outfit, first.body_color))
    assert len(looks) > 20
    she = {_sheet("Noor", "she", seed).outfit for seed in range(60)}
    assert Outfit.dress in she  # she keeps every choice
