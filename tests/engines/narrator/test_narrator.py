# ruff: noqa: RUF001 (IPA phonemes and typographic apostrophes are the point here)
"""The narrator engine: written words, timings from the voice's phonemes, pronunciation
hints, voice folders, and the real offline voice on tricky text."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

from storyloom.engines.narrator import VoiceNotFound, bundled_voice, find_voice
from storyloom.engines.narrator.hints import hint_phonemes, spoken_text
from storyloom.engines.narrator.mp3 import encode_mp3
from storyloom.engines.narrator.piper_voice import PiperNarrator
from storyloom.engines.narrator.port import Narration
from storyloom.engines.narrator.words import (
    Phone,
    Span,
    align_phones,
    match_groups,
    spread,
    written_words,
)

TRICKY = [
    'Off to the top of the green hill! "I can help!" says Fern.',
    "It was 125 ice-cream cones, Dr. Lee said. Wasn't that a lot?",
    "Mia's dog—Rex—ran.\nThen everyone laughed, and laughed, and laughed.",
    "Shh... the owl is sleeping; tiptoe past (very quietly).",
]


def test_written_words_keep_inner_apostrophes_and_hyphens() -> None:
    text = "Mia's ice-cream—yum! Don’t 12 go."
    assert [w.text for w in written_words(text)] == [
        "Mia's",
        "ice-cream",
        "yum",
        "Don’t",
        "12",
        "go",
    ]
    for word in written_words(text):
        assert text[word.start : word.end] == word.text


def test_groups_pair_with_words_one_to_one() -> None:
    words = written_words("a big cat")
    spans = [Span(0.0, 0.1), Span(0.2, 0.5), Span(0.6, 0.9)]
    timed = match_groups(words, spans)
    assert timed is not None
    assert [(t.start, t.end, t.text_start) for t in timed] == [
        (0.0, 0.1, 0),
        (0.2, 0.5, 2),
        (0.6, 0.9, 6),
    ]
    assert match_groups(words, spans[:2]) is None


def test_phoneme_alignment_splits_merged_words_and_fills_gaps() -> None:
    words = written_words("of the 7 cats")
    own = ["ʌv", "ðə", "", "kæts"]  # "7" said alone gave nothing we could match
    said = "ʌvðəsɛvənkæts"
    phones = [Phone(ch, i * 0.1, (i + 1) * 0.1) for i, ch in enumerate(said)]
    timed = align_phones(words, own, phones)
    assert timed is not None
    spans = [(t.start, t.end) for t in timed]
    assert spans[0] == (0.0, 0.2)
    assert spans[1] == (0.2, 0.4)
    assert spans[2] == (0.4, 0.9)  # the unmatched word takes the gap before "cats"
    assert spans[3] == (0.9, 1.3)
    assert align_phones(words, ["x", "y", "z", "q"], phones) is None


def test_spread_covers_the_span_in_order() -> None:
    words = written_words("one three fifteen")
    timed = spread(words, 1.0, 4.0)
    assert timed[0].start == 1.0
    assert timed[-1].end == pytest.approx(4.0, abs=0.01)
    assert all(a.end <= b.start + 1e-9 for a, b in itertools.pairwise(timed))


def fake_phonemize(text: str) -> str:
    return {"shiv": "ʃˈɪv", "awn": "ˈɔːn", "lee": "lˈiː", "uh": "ˈʌ"}[text]


def test_hint_becomes_stressed_phonemes() -> None:
    assert hint_phonemes("shiv-AWN", fake_phonemize) == "ʃɪvˈɔːn"
    assert hint_phonemes("lee-uh", fake_phonemize) == "ˈliːʌ"  # no capitals: first stressed


def test_hints_replace_names_and_possessives_only() -> None:
    text = "Siobhan and Siobhan's cat met Siobhana."
    spoken = spoken_text(text, written_words(text), {"Siobhan": "shiv-AWN"}, fake_phonemize)
    assert spoken == "[[ʃɪvˈɔːn]] and [[ʃɪvˈɔːnz]] cat met Siobhana."


def test_voices_folder_and_names(tmp_path: Path) -> None:
    bundled = bundled_voice()
    assert find_voice(None, None) == bundled
    assert find_voice(tmp_path, None) == bundled  # an empty folder: the bundled voice
    (tmp_path / "en_GB-test-low.onnx").symlink_to(bundled.model)
    shutil.copy(bundled.config, tmp_path / "en_GB-test-low.onnx.json")
    (tmp_path / "half.onnx").write_bytes(b"")  # no .json beside it: not a voice
    chosen = find_voice(tmp_path, None)
    assert chosen.name == "en_GB-test-low"
    assert find_voice(tmp_path, "en_US-joe-medium") == bundled
    with pytest.raises(VoiceNotFound):
        find_voice(tmp_path, "nobody")


def test_mp3_frames() -> None:
    data = encode_mp3(bytes(22050 * 2), 22050)
    assert data[0] == 0xFF  # MPEG audio frame sync: eleven set bits
    assert data[1] & 0xE0 == 0xE0


def check(narration: Narration, text: str) -> None:
    words = written_words(text)
    assert [text[t.text_start : t.text_end] for t in narration.words] == [w.text for w in words]
    assert narration.timing == "aligned"
    previous = 0.0
    for timing in narration.words:
        assert previous <= timing.start <= timing.end <= narration.duration + 0.01
        previous = timing.start
    # The words cover the clip: speech starts early and the last word ends near the end.
    assert narration.words[0].start < 0.6
    assert narration.words[-1].end > narration.duration - 1.0


@pytest.fixture(scope="module")
def voice() -> PiperNarrator:
    return PiperNarrator(bundled_voice())


@pytest.mark.parametrize("text", TRICKY)
def test_real_voice_times_every_word(voice: PiperNarrator, text: str) -> None:
    narration = voice.narrate_sync(text, {})
    assert narration.media_type == "audio/mpeg"
    assert narration.data[:1] == b"\xff"
    check(narration, text)


def test_real_voice_uses_the_hint_and_keeps_the_written_word(voice: PiperNarrator) -> None:
    text = "Niamh waved at Niamh's kite."
    plain = voice.narrate_sync(text, {})
    hinted = voice.narrate_sync(text, {"Niamh": "NEEV"})
    check(hinted, text)
    # The model is given the hint's sounds for the name and its possessive, and not
    # espeak's guess from the spelling ("NIE-am").
    sound = hint_phonemes("NEEV", lambda t: voice._phonemize(voice.load(), t))
    assert sound == "ˈniːv"
    said = str(hinted.extra["phonemes"])
    assert said.count(sound) == 2
    assert said.count(sound + "z") == 1
    assert sound not in str(plain.extra["phonemes"])
    assert [t.text_start for t in hinted.words] == [t.text_start for t in plain.words]


def test_slower_pace_is_longer(voice: PiperNarrator) -> None:
    text = "The little boat sailed home."
    assert voice.narrate_sync(text, {}, 1.3).duration > voice.narrate_sync(text, {}, 1.0).duration
