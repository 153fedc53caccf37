"""Two parts of a page that draw on shared pools: the beat's own line (with the shared
interludes for long books) and a sound word where something happens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyloom.engines.writer import common
from storyloom.engines.writer.page_parts import pool
from storyloom.engines.writer.templates.base import Beat

if TYPE_CHECKING:
    from storyloom.engines.writer.pages import PageWriter

B = Beat
_INTERLUDE_BEATS = frozenset({B.journey, B.pause, B.wonder, B.celebrate, B.meet})


def sound(self: PageWriter, register: str) -> str | None:
    """A sound word where something happens, for the youngest readers."""
    if self.calm:
        return None
    key = self.pick(tuple(f"{s.word}|{s.source}" for s in self.setting.sounds))
    if key is None:
        return None
    s = next(x for x in self.setting.sounds if f"{x.word}|{x.source}" == key)
    self.slots.update(
        Sound=s.word[0].upper() + s.word[1:],
        source=s.source,
        Source=s.source[0].upper() + s.source[1:],
        sound_now=s.present,
        sound_past=s.past,
    )
    return pool(common.SOUND, register)[0]


def beat_line(self: PageWriter, beat: Beat, register: str) -> str | None:
    """The template's line for this beat; in a long book, an interlude that comes round
    again may also take the other register's lines, then the shared interludes."""
    own = self.template.lines.get(beat)
    choice = self.choose(own, register) if own is not None else None
    if choice is None and beat in _INTERLUDE_BEATS:
        wider = "both" if register in ("rich", "rich+") else register
        choice = self.choose(own, wider) if own is not None else None
        shared = common.INTERLUDES.get(beat)
        if choice is None and shared is not None and not self.calm:
            choice = self.choose(shared, register) or self.choose(shared, wider)
    return choice


__all__ = ["beat_line", "sound"]
