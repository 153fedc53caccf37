"""An animal reaches out with a paw, wing or hoof, never a hand."""

import pytest

from storyloom.engines.writer.cast import KINDS
from storyloom.engines.writer.grammar import Pronouns, Ref


@pytest.mark.parametrize(
    ("noun", "hand", "hands"),
    [
        ("child", "hand", "hands"),
        ("robot", "hand", "hands"),
        ("cat", "paw", "paws"),
        ("owl", "wing", "wings"),
        ("unicorn", "hoof", "hooves"),
    ],
)
def test_limb_follows_kind(noun: str, hand: str, hands: str) -> None:
    ref = Ref("Pip", Pronouns.she, noun)
    assert ref.form("hand") == hand
    assert ref.form("hands") == hands


def test_every_animal_kind_has_its_own_limb() -> None:
    for data in KINDS.values():
        limb = Ref("Pip", Pronouns.they, data.noun).form("hand")
        assert (limb == "hand") == (data.noun in {"child", "robot"})
