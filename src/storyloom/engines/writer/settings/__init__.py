"""Twelve settings, each with its own places, sounds, sensory details and props."""

from __future__ import annotations

from storyloom.engines.illustrator.spec import Setting
from storyloom.engines.writer.settings.base import SettingData, Sound
from storyloom.engines.writer.settings.indoor import INDOOR
from storyloom.engines.writer.settings.outdoor import OUTDOOR
from storyloom.engines.writer.settings.wild import WILD

SETTINGS: dict[Setting, SettingData] = {**OUTDOOR, **WILD, **INDOOR}
# Places with no sky, weather or wildlife of their own.
INDOORS = frozenset({Setting.space, Setting.underwater, Setting.bedroom, Setting.classroom})

__all__ = ["INDOORS", "SETTINGS", "SettingData", "Sound"]
