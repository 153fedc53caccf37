"""The rules read the sentence around a word: the same word is fine in one situation and
refused in another. Each harmless line has a harmful neighbour sharing its risky word."""

from __future__ import annotations

import pytest

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety.rules import check_text

HARMLESS = [
    # a contest, not a blow
    "Noor beat her cousin at draughts and did a little dance.",
    "The twins beat their grandad in the sack race at the school fair.",
    # the drink, not the blow
    "At the party the grown-ups poured fruit punch for everyone.",
    # the grown-ups' wedding, with the children watching
    "When Auntie Sofia married Uncle Tom, the children threw petals.",
    "Uncle Leo and Auntie Ama got engaged, and the kids made them a card.",
    # sayings
    "We were just killing time at the station with a game of I-spy.",
    "Gran said she would kill for a cup of tea after the long walk.",
    "My dad's back was killing him after he carried the sofa.",
    # a grown-up's own drink
    "Grandpa poured himself a small glass of wine and read by the fire.",
    # the lesson, not the harm
    "When a big boy offered Ravi a vape, Ravi said no thanks and told his teacher.",
    "Nobody should touch the parts your swimsuit covers, the nurse told the class.",
    "Medicine can look like sweets, so we only take it when a trusted grown-up gives it.",
    "A stranger asked Ella to help find his cat, and she said she would ask my mum first.",
    "Zara keeps a Christmas secret from Mum: Dad bought her a bike.",
    # a question, not a wish
    "Ben wants to know what happens when you die, and Grandma tells him about the stars.",
    "A woman in a car offered Tia a lolly, and Tia yelled no loudly and ran inside.",
    "A man in a game asked Jo where she lives. Jo logged off and went to find her dad.",
    "If a stranger ever offers you a lift, say no and tell a grown-up you trust.",
    "A safe grown-up never asks a child to keep secrets from their family.",
    # a sport, a scrape, a hat
    "At boxing club Sam punched the pads his coach held up.",
    "Tom cut his knee on the gravel and it bled a little, so Dad found a plaster.",
    "That is a killer tune, said Mum, and turned the radio up.",
    # a baby fed
    "The new baby drinks milk from Mama's boob while Kemi reads her book.",
]

HARMFUL = [
    "The big boys beat her until she cried and took her lunch money.",
    "He punched his little brother in the face for fun.",
    "Uncle Tom wants Lily, who is seven, to be his secret girlfriend.",
    "Grandpa poured Sam a glass of wine and told him to drink it all.",
    "A big boy gave Ravi a vape and said real men never tell.",
    "The man said it was their secret and Mum must never know.",
    "Mia wants to die because nobody loves her.",
    "A man in a car offered Tia sweets to get in, and she got in.",
    "The coach said it was their secret, and she must not tell her mum.",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_a_harmless_situation_passes(text: str) -> None:
    verdict = check_text(text, AgeBand.early_reader)
    assert verdict.ok, (text, verdict.reason)


@pytest.mark.parametrize("text", HARMFUL)
def test_the_harmful_neighbour_is_refused(text: str) -> None:
    verdict = check_text(text, AgeBand.early_reader)
    assert not verdict.ok, text
