"""Which optional parts a page tries, most telling first."""

from __future__ import annotations

from storyloom.engines.bands import AgeBand
from storyloom.engines.writer.page_parts import (
    DETAIL,
    FOLLOW,
    LIKE,
    LIKE_ECHO,
    LOUD_BEATS,
    MATE,
    MORAL,
    SOUND,
    THOUGHT,
    TRAIT,
)
from storyloom.engines.writer.plan import PagePlan
from storyloom.engines.writer.story_spec import Lesson, StoryRequest, Template
from storyloom.engines.writer.templates.base import Beat, TemplateDef

B = Beat


def optional_order(plan: PagePlan, band: AgeBand, lesson_is_due: bool) -> list[int]:
    order: list[int] = []
    if plan.trait is not None and plan.beat != B.turn:
        order.append(TRAIT)
    if band == AgeBand.toddler:
        if plan.beat in LOUD_BEATS:
            order.append(SOUND)
        return order
    if band == AgeBand.preschool and plan.beat in LOUD_BEATS:
        order.append(SOUND)
    order.append(DETAIL)
    if plan.beat == B.setup:
        order.append(LIKE)
    if plan.beats[-1] == B.echo:
        order += [MORAL, LIKE_ECHO]
    elif lesson_is_due:
        order.append(MORAL)
    order.append(FOLLOW)
    if plan.companion is not None and plan.companion.acted and plan.beat != B.meet:
        order.append(MATE)
    if band == AgeBand.independent:
        order.append(THOUGHT)
    return order


def lesson_due(
    request: StoryRequest, template: TemplateDef, plan: PagePlan, moral_said: bool
) -> bool:
    return (
        request.lesson != Lesson.none
        and not moral_said
        and plan.beat == B.resolution
        and template.name != Template.lesson
    )
