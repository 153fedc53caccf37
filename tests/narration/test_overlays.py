"""Media overlay pieces: word ids in the page text, clock values and back-to-back clips."""

from __future__ import annotations

import itertools
import re

from storyloom.export.book import Sound
from storyloom.export.overlays import clock, marked_paragraphs, smil

TEXT = 'Mia & "Rex" ran.\nThe end.'


def sound() -> Sound:
    words = [[0.1, 0.3, 0, 3], [0.4, 0.6, 7, 10], [0.7, 0.9, 12, 15], [1.5, 1.7, 17, 20]]
    words.append([1.8, 2.0, 21, 24])
    return Sound(b"\xff\xf3", "audio/mpeg", 2.2, words)


def test_words_get_ids_and_the_text_stays_escaped() -> None:
    html = marked_paragraphs(TEXT, 3, sound())
    assert html == (
        '<div id="p03text"><p><span id="p03w001">Mia</span> &amp; &quot;'
        '<span id="p03w002">Rex</span>&quot; <span id="p03w003">ran</span>.</p>'
        '<p><span id="p03w004">The</span> <span id="p03w005">end</span>.</p></div>'
    )


def test_clock_values() -> None:
    assert clock(0) == "0:00:00.000"
    assert clock(61.2345) == "0:01:01.234"
    assert clock(3725.5) == "1:02:05.500"


def test_clips_run_back_to_back_over_the_whole_audio() -> None:
    document = smil(3, "../page-03.xhtml", "../audio/page-03.mp3", sound())
    clips = re.findall(r'clipBegin="([^"]+)" clipEnd="([^"]+)"', document)
    assert clips[0][0] == "0:00:00.000"
    assert clips[-1][1] == "0:00:02.200"
    assert all(a[1] == b[0] for a, b in itertools.pairwise(clips))
    assert 'epub:textref="../page-03.xhtml#p03text"' in document
    assert document.count("<par ") == 5
