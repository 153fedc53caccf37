"""Judging a model's draft before anyone sees it.

A model's answer is only a candidate: it must parse as a StoryDraft, fit the age band
(page count, words per page), only put cast members into scenes, and pass the safety
checker for the band. Each problem is phrased for the model, because the writer sends
the list back to it for one more try.
"""

from __future__ import annotations

import json
import math

from pydantic import ValidationError

from storyloom.engines.bands import BAND_RULES
from storyloom.engines.safety.port import SafetyChecker
from storyloom.engines.writer.story_spec import StoryDraft, StoryRequest

# Models count words loosely; a page a few words outside the band still reads fine, and
# retrying for that would cost more than it gains.
WORD_TOLERANCE = 0.2
_MAX_LISTED = 6


def parse_draft(content: str | None) -> tuple[StoryDraft | None, list[str]]:
    if not content:
        return None, ["the reply was empty"]
    text = content.strip()
    if text.startswith("```"):
        # JSON-mode models sometimes fence their answer despite being told not to.
        text = text.strip("`").removeprefix("json").strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, [f"the reply was not valid JSON ({exc.msg} at position {exc.pos})"]
    if isinstance(data, dict):
        # Only the writer may say a story is outside its band.
        data.pop("reading_note", None)
    try:
        return StoryDraft.model_validate(data), []
    except ValidationError as exc:
        problems = [
            f"{'.'.join(str(p) for p in err['loc']) or 'the draft'}: {err['msg']}"
            for err in exc.errors()[:_MAX_LISTED]
        ]
        return None, [f"the JSON does not match the schema ({'; '.join(problems)})"]


def shape_problems(draft: StoryDraft, request: StoryRequest) -> list[str]:
    rules = BAND_RULES[request.band]
    problems: list[str] = []
    low, high = rules.pages
    count = len(draft.pages)
    if request.pages is not None and count != request.pages:
        problems.append(f"the story has {count} pages but must have exactly {request.pages}")
    elif not low <= count <= high:
        problems.append(f"the story has {count} pages but must have {low} to {high}")
    if not draft.title.strip():
        problems.append("the title is empty")
    w_low = math.floor(rules.words_per_page[0] * (1 - WORD_TOLERANCE))
    w_high = math.ceil(rules.words_per_page[1] * (1 + WORD_TOLERANCE))
    cast = {m.id for m in request.cast}
    for number, page in enumerate(draft.pages, start=1):
        words = len(page.text.split())
        if not w_low <= words <= w_high:
            problems.append(
                f"page {number} has {words} words but needs "
                f"{rules.words_per_page[0]} to {rules.words_per_page[1]}"
            )
        strangers = sorted({c.character_id for c in page.scene.characters} - cast)
        if strangers:
            problems.append(
                f"page {number}'s scene has unknown character ids {strangers}; "
                f"use only {sorted(cast)}"
            )
    return problems[:_MAX_LISTED]


async def safety_problems(
    draft: StoryDraft, request: StoryRequest, safety: SafetyChecker
) -> list[str]:
    problems: list[str] = []
    texts = [("the title", draft.title)] + [
        (f"page {n}", page.text) for n, page in enumerate(draft.pages, start=1)
    ]
    for where, text in texts:
        verdict = await safety.check(text, request.band)
        if not verdict.ok:
            problems.append(
                f"{where} is not suitable for this age: {verdict.reason or verdict.category}"
            )
    return problems[:_MAX_LISTED]


async def judge(
    content: str | None, request: StoryRequest, safety: SafetyChecker
) -> tuple[StoryDraft | None, list[str]]:
    """The draft if it is fit to print, else None and what is wrong with it."""
    draft, problems = parse_draft(content)
    if draft is None:
        return None, problems
    problems = shape_problems(draft, request) + await safety_problems(draft, request, safety)
    return (None, problems) if problems else (draft, [])


__all__ = ["WORD_TOLERANCE", "judge", "parse_draft", "safety_problems", "shape_problems"]
