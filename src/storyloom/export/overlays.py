"""EPUB 3 Media Overlays: a page's words marked up with ids, and the SMIL document that
pairs each word with its stretch of the page's narration, so reading systems that read
aloud (Apple Books, Thorium) highlight each word as it is spoken.

Clips run back to back (each word's clip lasts until the next word starts, the first
from 0, the last to the end of the audio): reading systems play the clips in sequence,
so gaps between them would cut the pauses out of the speech.
"""

from __future__ import annotations

from html import escape

from storyloom.export.book import Sound

ACTIVE_CLASS = "-epub-media-overlay-active"
CSS = f".{ACTIVE_CLASS} {{ background-color: #ffe58a; border-radius: 0.2em; }}\n"


def text_id(page: int) -> str:
    return f"p{page:02d}text"


def word_id(page: int, index: int) -> str:
    return f"p{page:02d}w{index:03d}"


def marked_paragraphs(text: str, page: int, sound: Sound) -> str:
    """The page text as paragraphs (one per line), every timed word in a span with an id."""
    starts = {int(w[2]): (int(w[3]), n) for n, w in enumerate(sound.words, start=1)}
    out: list[str] = []
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        if line.strip():
            parts: list[str] = []
            i = at
            while i < end:
                found = starts.get(i)
                if found is not None and found[0] <= end:
                    stop, n = found
                    parts.append(f'<span id="{word_id(page, n)}">{escape(text[i:stop])}</span>')
                    i = stop
                    continue
                nxt = min((s for s in starts if i < s < end), default=end)
                parts.append(escape(text[i:nxt]))
                i = nxt
            out.append(f"<p>{''.join(parts)}</p>")
        at = end + 1
    return f'<div id="{text_id(page)}">{"".join(out)}</div>'


def clock(seconds: float) -> str:
    """A SMIL clock value, h:mm:ss.fff."""
    millis = max(0, round(seconds * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def smil(page: int, xhtml: str, audio: str, sound: Sound) -> str:
    """The overlay of one page; `xhtml` and `audio` are hrefs relative to the SMIL file."""
    pars: list[str] = []
    words = sound.words
    for n, word in enumerate(words, start=1):
        begin = 0.0 if n == 1 else float(word[0])
        end = float(words[n][0]) if n < len(words) else sound.duration
        end = max(end, begin)
        pars.append(
            f'<par id="par{n}"><text src="{xhtml}#{word_id(page, n)}"/>'
            f'<audio src="{audio}" clipBegin="{clock(begin)}" clipEnd="{clock(end)}"/></par>'
        )
    body = "\n      ".join(pars)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<smil xmlns="http://www.w3.org/ns/SMIL" '
        'xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">\n'
        "  <body>\n"
        f'    <seq id="seq{page}" epub:textref="{xhtml}#{text_id(page)}" epub:type="bodymatter">\n'
        f"      {body}\n"
        "    </seq>\n"
        "  </body>\n"
        "</smil>\n"
    )


def duration_of(sound: Sound) -> float:
    """The length the overlay plays: what `clock` rounds the last clip's end to."""
    return round(sound.duration, 3)
