"""One module per story template; `TEMPLATES` maps each Template to its definition."""

from __future__ import annotations

from storyloom.engines.writer.story_spec import Lesson, Template
from storyloom.engines.writer.templates.adventure import ADVENTURE
from storyloom.engines.writer.templates.base import TemplateDef
from storyloom.engines.writer.templates.bedtime import BEDTIME
from storyloom.engines.writer.templates.celebration import CELEBRATION
from storyloom.engines.writer.templates.exploration import EXPLORATION
from storyloom.engines.writer.templates.friendship import FRIENDSHIP
from storyloom.engines.writer.templates.lesson import LESSON, LESSON_TEMPLATES
from storyloom.engines.writer.templates.more import widen
from storyloom.engines.writer.templates.mystery import MYSTERY
from storyloom.engines.writer.templates.rescue import RESCUE

TEMPLATES: dict[Template, TemplateDef] = {
    t.name: widen(t)
    for t in (ADVENTURE, FRIENDSHIP, BEDTIME, MYSTERY, LESSON, EXPLORATION, CELEBRATION, RESCUE)
}
_LESSONS = {lesson: widen(t) for lesson, t in LESSON_TEMPLATES.items()}


def template_for(template: Template, lesson: Lesson) -> TemplateDef:
    """The lesson template has one small plot per lesson."""
    if template == Template.lesson and lesson in _LESSONS:
        return _LESSONS[lesson]
    return TEMPLATES[template]
