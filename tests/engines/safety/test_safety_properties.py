"""Properties: never raises, spans always valid, disguises do not get a word through,
and the built-in writer's own output always passes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety import check_text

FRAGMENTS = [
    "shit", "fuck", "gun", "kill yourself", "Scunthorpe", "class", "hello", "s h i t",
    "f*ck", "sh1t", "@ss", "\u0455\u04bb\u0456t", "\u200b", "\u00ad", "\u0301", "\uff46",
    "ghost", "died", "pussy willow", "'", "-", ".", " ", "\n", "\u00df", "\ufb01", "\U0001d41f",
    "grapes", "blue tit", "don't tell your mum", "iiii", "1", "0", "$", "!", "*",
]  # fmt: skip
texty = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=40).map("".join),
)


@given(text=texty, band=st.sampled_from(list(AgeBand)))
@settings(max_examples=400)
def test_never_raises_and_spans_are_valid(text: str, band: AgeBand) -> None:
    verdict = check_text(text, band)
    if verdict.ok:
        assert verdict.span is None
        return
    assert verdict.span is not None
    start, end = verdict.span
    assert 0 <= start < end <= len(text)
    assert verdict.matched == text[start:end]
    assert verdict.category is not None
    assert verdict.reason


INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"]


@given(
    word=st.sampled_from(["shit", "fuck", "bastard", "cocaine", "nigger", "rapist"]),
    data=st.data(),
)
def test_invisible_characters_do_not_hide_a_word(word: str, data: st.DataObject) -> None:
    cut = data.draw(st.integers(min_value=1, max_value=len(word) - 1))
    invisible = data.draw(st.sampled_from(INVISIBLES))
    text = f"well {word[:cut]}{invisible}{word[cut:]} then"
    verdict = check_text(text, AgeBand.independent)
    assert not verdict.ok
    assert verdict.matched == f"{word[:cut]}{invisible}{word[cut:]}"
