"""A book's own way of saying the common things: each family of interchangeable wordings
("sat down next to" / "sat down by"; "did not" / "didn't") is said one way through a
whole book, chosen by its seed, so two books of the same request do not share their
joins and turns of phrase, while one book stays consistent with itself."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from storyloom.engines.illustrator.spec import Place
from storyloom.engines.writer.discourse import PLACE_PHRASES
from storyloom.engines.writer.moment import PLACE_WAYS

# Each family: wordings that fit anywhere another of them fits, same sense, same band.
_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("sat down next to", "sat down by", "sat down close to"),
    ("all the way to", "the whole way to", "right the way to"),
    ("all the way back", "the whole way back", "right the way back"),
    ("a long way off", "a long way away", "far, far away"),
    ("still a long way", "still a long, long way", "still far"),
    ("put an arm around", "put an arm round", "wrapped an arm around"),
    ("a cup of warm milk", "a big cup of warm milk", "a cup of hot milk"),
    ("still no sign of", "still not a sign of", "not one sign of"),
    ("came to help", "came over to help", "came running to help"),
    ("looked at the", "stared at the", "looked hard at the"),
    ("set off from", "started out from", "headed off from"),
    ("told her about", "told her all about"),
    ("told him about", "told him all about"),
    ("told them about", "told them all about"),
    ("Wow, look at that", "Ooh, look at that", "Oh, look at that"),
    ("Wow, wow, look at that", "Ooh, ooh, look at that", "Oh, oh, look at that"),
    ("the air smelled of", "the air was full of the smell of", "the air smelled like"),
    ("in the middle of the", "in the centre of the", "at the heart of the"),
    ("next they found a", "next they came upon a", "after that they found a"),
    ("then they found a", "then they came upon a", "then they spotted a"),
    ("a thing like it", "anything like it", "a thing like that"),
    ("for a long while", "for a long time", "for quite a while"),
    ("it had all seemed", "it had all looked", "everything had seemed"),
    ("drifted off to sleep", "fell asleep", "dropped off to sleep"),
    ("what to try next", "what to do next", "what else to try"),
    ("and gave a nod", "and gave a small nod", "and gave a little nod"),
    ("as big as a", "as large as a", "the size of a"),
    ("where did you have it last", "where did you last have it", "where did you see it last"),
    ("nearly said something", "almost said something", "was about to say something"),
    ("icicles hung from the", "icicles dripped from the", "long icicles hung from the"),
    ("at the foot of", "down at the foot of", "right at the foot of"),
    ("had a warm bath", "had a nice warm bath", "had a bubbly bath"),
    ("the path went up and up", "the path climbed up and up", "up and up went the path"),
    ("it was too slippery", "it was much too slippery", "it was far too slippery"),
    (
        "but everyone seemed busy with",
        "but everyone was busy with",
        "but they all seemed busy with",
    ),
    ("felt tired and a bit cross", "felt tired and grumpy", "was tired and a bit cross"),
    ("the clue had gone cold", "the clue had run out", "the trail had gone cold"),
    ("stood on a high rock", "stood high up on a rock", "stood on a tall rock"),
    ("Somewhere a shovel scraped", "Somewhere a spade scraped", "Far off, a shovel scraped"),
    (
        "stopped to make a list of every place",
        "stopped to list every place",
        "sat down to list every place",
    ),
    ("made a list of every place", "kept a list of every place", "wrote down every place"),
    ("a tingle of real hope", "a flicker of real hope", "a little spark of hope"),
    ("was a very good way to be", "was a fine way to be", "was the best way to be"),
    ("only to end up back at the same spot", "only to come back to the very same spot"),
    ("the sort of day when", "the kind of day when", "one of those days when"),
    ("The day went on, the way days do", "The day rolled on, the way days do"),
    (
        "started a new one from scratch",
        "began a new one from scratch",
        "started again from scratch",
    ),
    ("counted the stars on the ceiling", "counted the paper stars on the ceiling"),
    ("lost count somewhere around nine", "lost count at about nine", "lost count near nine"),
    ("by the time they were back at", "when they got back to", "once they were back at"),
    ("looked back the way they had come", "looked back at the path behind them"),
    ("helped without being asked", "helped before anyone asked", "helped without a word"),
    ("and thought about it at least", "and thought of it at least"),
    ("looked up for a moment", "looked up for a second", "looked up for a little while"),
    ("the light went dim", "the light grew dim", "the light went soft"),
    ("so they packed", "so they quickly packed", "so off they went with"),
    ("the top of the", "the tip-top of the", "the highest part of the"),
    ("the edge of the", "the side of the", "the far side of the"),
    ("took a deep breath", "took a big deep breath", "took one deep breath"),
    ("still thinking about", "still wondering about"),
    ("kept thinking about", "could not stop thinking about", "kept wondering about"),
    ("thought about the", "thought of the"),
    ("held out a", "reached out a", "put out a"),
    ("seemed no closer than", "looked no nearer than", "was no closer than"),
    ("more than anything in the world", "more than anything else", "more than anything at all"),
    ("but it came out", "but it turned out"),
    ("to make a new", "to make another"),
    ("the two of them", "both of them"),
    ("one step at a time", "a step at a time", "step after step"),
    ("there lived a little", "there once lived a little"),
    ("as they looked for", "as they searched for", "while they looked for"),
    ("the way back to the", "the road back to the", "the path back to the"),
    ("the way to the", "the way up to the", "the path to the"),
    ("a long way", "a long, long way", "a very long way"),
    ("It is a long way", "It is so far", "It is a long, long way"),
    ("What will we find next", "What is next", "What will be next"),
    ("They play and play", "They play and play and play", "They play all day"),
    ("has a warm bath", "has a nice warm bath", "has a bubbly bath"),
    ("was very tall", "was so very tall", "was very, very tall"),
    ("did not know what to do", "did not know what to do next", "was not sure what to do"),
    ("Oh dear, oh no", "Oh no, oh no", "Oh dear, oh dear, oh no"),
    ("Oh dear, oh dear", "Oh dear me", "Dear, oh dear"),
    ("Oh dear, what now", "Oh no, what now", "Now what"),
    # Each setting's home, named one way in a book.
    (
        "the blue house on the square",
        "the little blue house on the square",
        "the blue house in the square",
    ),
    ("the little house by the woods", "the small house by the woods", "the house by the trees"),
    ("the little tent", "the small tent", "the snug tent"),
    ("the little rocket", "the small rocket", "the shiny rocket"),
    ("the tree house", "the little tree house", "the house up in the tree"),
    ("the cosy bed", "the warm bed", "the snug bed"),
    ("the classroom desks", "the row of desks", "the little desks"),
    ("the farmhouse", "the old farmhouse", "the farmhouse by the yard"),
    ("the green bench", "the old green bench", "the park bench"),
    ("the spot by the big rock", "the place by the big rock", "the big flat rock"),
    ("the gatehouse", "the little gatehouse", "the house by the gate"),
)
# Words whose negation a book may contract ("did not" / "didn't"), said one way per book.
_CONTRACT = {
    "did not": "didn't",
    "could not": "couldn't",
    "was not": "wasn't",
    "were not": "weren't",
    "do not": "don't",
    "does not": "doesn't",
    "is not": "isn't",
    "would not": "wouldn't",
    "has not": "hasn't",
}
_CONTRACTION = re.compile(r"\b(" + "|".join(_CONTRACT) + r")\b", re.IGNORECASE)
# Longest wordings first, so "Wow, wow, look at that" is not read as "Wow, look at that".
_ANY = sorted({w for f in _FAMILIES for w in f}, key=len, reverse=True)
_ANY_LOWER = tuple(w.lower() for w in _ANY)
# One pattern a family, its longest wordings first.
_SAYINGS = tuple(
    re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in sorted(f, key=len, reverse=True)) + r")\b",
        re.IGNORECASE,
    )
    for f in _FAMILIES
)
_FAMILY_OF = {w.lower(): i for i, f in enumerate(_FAMILIES) for w in f}


@dataclass(frozen=True, slots=True)
class Phrasing:
    """One book's choices: which wording of each family, whether it contracts, and how it
    names each place when the story gets there."""

    picks: tuple[int, ...]
    contract: bool

    places: dict[Place, str]

    @classmethod
    def for_book(cls, seed: str) -> Phrasing:
        rng = random.Random(f"phrasing|{seed}")
        picks = tuple(rng.randrange(len(f)) for f in _FAMILIES)
        contract = rng.random() < 0.5
        places = {p: rng.choice((PLACE_PHRASES[p], *PLACE_WAYS[p])) for p in PLACE_PHRASES}
        return cls(picks=picks, contract=contract, places=places)

    def apply(self, text: str) -> str:
        """`text` in this book's wordings."""
        low = text.lower()
        out = text
        for family in sorted({_FAMILY_OF[w] for w in _ANY_LOWER if w in low}):  # mostly none
            chosen = _FAMILIES[family][self.picks[family]]

            def swap(match: re.Match[str], chosen: str = chosen) -> str:
                return _keep_case(match[0], chosen)

            out = _SAYINGS[family].sub(swap, out)
        if self.contract and " not " in low:
            out = _CONTRACTION.sub(lambda m: _keep_case(m[0], _CONTRACT[m[0].lower()]), out)
        return out


def _keep_case(original: str, new: str) -> str:
    return (new[0].upper() if original[0].isupper() else new[0].lower()) + new[1:]


__all__ = ["Phrasing"]
