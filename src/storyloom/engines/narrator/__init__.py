"""The narrator: page text to compressed audio with word timings.

The built-in engine is a Piper voice running offline (`PiperNarrator`); other engines
implement the `Narrator` port.
"""

from .port import MP3, Narration, Narrator, NarratorError, WordTiming
from .voices import VoiceFiles, VoiceNotFound, bundled_voice, find_voice

__all__ = [
    "MP3",
    "Narration",
    "Narrator",
    "NarratorError",
    "VoiceFiles",
    "VoiceNotFound",
    "WordTiming",
    "bundled_voice",
    "find_voice",
]
