"""A page picture as words an image model understands, kept within the model's limit.

The prompt is built in blocks, most important first:

1. the art style, one short sentence that is the same on every page of the book;
2. the scene: where (place and setting), when (time of day, weather) and framing;
3. the action: each character by label with the fixed description from its sheet
   (`describe_sheet`, colours by name, the same words as its portrait), and what it is
   doing on this page (pose, expression, who it turns to, where in the frame);
4. props and what is in the way;
5. the consistency and safety instruction.

Every model has a prompt limit (`prompt_limit`). A prompt over it is shortened in steps,
least important first: the long consistency sentence becomes a short one, props go, the
characters' descriptions lose their details (eye colour, trim, accessories), positions in
the frame go; only if still too long is the text cut at a word boundary.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .backgrounds import INDOOR
from .images_api import describe_sheet
from .render import lights_out
from .spec import INDOOR_PLACES, ArtStyle, CharacterSheet, Focus, Placement, SceneSpec

# The same sentences images_api uses for portraits, so pages match the chosen portrait.
STYLE_WORDS = {
    ArtStyle.flat: "flat vector children's book illustration, bold clean shapes, soft colours",
    ArtStyle.storybook: "warm storybook illustration, gentle paper texture, crayon and gouache",
}
# Characters a prompt's limit allows: DALL-E 2 takes 1000, DALL-E 3 4000; gpt-image
# models take far more, but past ~4000 characters more words only dilute the picture.
# Unknown models (local servers) get the strictest limit.
PROMPT_LIMITS = {"dall-e-2": 1000, "dall-e-3": 4000, "gpt-image": 4000}
DEFAULT_PROMPT_LIMIT = 1000
_LABELS = "ABCDEF"
_KEEP_SAME = (
    "Draw every character exactly as described, with the same colours, hair, outfit "
    "and accessories on every page."
)
_KEEP_SAME_SHORT = "Keep every character's look the same on every page."
_SAFE = "Gentle, safe for young children, no text, no lettering."

_WHERE: dict[Placement | None, str] = {
    Placement.up_high: " up high",
    Placement.hidden: " half hidden",
    Placement.in_water: " in the water",
    Placement.far_away: " far away",
    Placement.inside: " inside",
    Placement.ground: " on the ground",
}


def prompt_limit(model: str) -> int:
    for prefix, limit in PROMPT_LIMITS.items():
        if model.startswith(prefix):
            return limit
    return DEFAULT_PROMPT_LIMIT


def _words(value: str) -> str:
    return value.replace("_", " ")


def _frame_position(position: float | None) -> str:
    if position is None:
        return ""
    if position < 0.34:
        return ", on the left"
    return ", in the middle" if position < 0.67 else ", on the right"


@dataclass(frozen=True, slots=True)
class _Brevity:
    """How much a prompt leaves out to fit its limit (each step adds to the last)."""

    short_consistency: bool = False
    no_props: bool = False
    no_details: bool = False
    no_positions: bool = False


_STEPS = (
    _Brevity(),
    _Brevity(short_consistency=True),
    _Brevity(short_consistency=True, no_props=True),
    _Brevity(short_consistency=True, no_props=True, no_details=True),
    _Brevity(short_consistency=True, no_props=True, no_details=True, no_positions=True),
)


def _framing(spec: SceneSpec, hero: str | None) -> str:
    if spec.focus is Focus.close_up and hero is not None:
        return f"A close-up of {hero}'s face and shoulders."
    if spec.focus is Focus.medium:
        tail = f", {hero} in the middle." if hero is not None else "."
        return "A medium shot of the action, the characters large enough to see what they do" + tail
    tail = f", {hero} nearest and largest." if hero is not None else "."
    return "A wide view showing the whole place" + tail


def _build(
    spec: SceneSpec, cast: Mapping[str, CharacterSheet], style: ArtStyle, brevity: _Brevity
) -> str:
    labels = {
        c.character_id: f"character {label}"
        for label, c in zip(_LABELS, spec.characters, strict=False)
    }
    where = _words(spec.setting.value)
    if spec.place is not None and spec.place.value != spec.setting.value:
        where = f"{_words(spec.place.value)} ({where})"
    indoors = spec.place in INDOOR_PLACES if spec.place else spec.setting in INDOOR
    weather = "" if spec.weather.value == "clear" else f", {_words(spec.weather.value)}"
    if weather and indoors:
        weather += " outside the window only"  # under a roof the weather stays outside
    blocks = [
        f"Style: {STYLE_WORDS[style]}.",
        f"Scene: {where}, {spec.time_of_day.value}{weather}. "
        + _framing(spec, labels.get(spec.focus_character or "")),
    ]
    for label, character in zip(_LABELS, spec.characters, strict=False):
        sheet = cast.get(character.character_id)
        if sheet is None:
            raise ValueError(f"the scene names {character.character_id!r}, who has no sheet")
        other = labels.get(character.with_character or "")
        facing = f", facing {character.facing.value}" if character.facing else ""
        if other is not None:  # the one they talk to, hug or hold hands with
            facing = f", turned toward {other}"
        frame = "" if brevity.no_positions else _frame_position(character.position)
        blocks.append(
            f"Character {label}: {describe_sheet(sheet, details=not brevity.no_details)}. "
            f"Here {_words(character.pose.value)}, looking {character.expression.value}"
            f"{facing}{frame}."
        )
    if indoors and lights_out(spec):
        blocks.append("The lamps are off: the room is dark, lit only by moonlight.")
    if spec.obstacle is not None:
        blocks.append(f"In the way, drawn plainly as what it is: a {_words(spec.obstacle.value)}.")
    if spec.props and not brevity.no_props:
        props = [
            f"a {_words(p.prop.value)} held by {labels[p.held_by]}"
            if p.held_by in labels
            else f"a {_words(p.prop.value)}{_WHERE.get(p.placement, '')}"
            for p in spec.props
        ]
        blocks.append(f"Also shown: {', '.join(props)}.")
    blocks.append(_KEEP_SAME_SHORT if brevity.short_consistency else _KEEP_SAME)
    blocks.append(_SAFE)
    return " ".join(blocks)


def scene_prompt(
    spec: SceneSpec,
    cast: Mapping[str, CharacterSheet],
    style: ArtStyle,
    *,
    limit: int = DEFAULT_PROMPT_LIMIT,
) -> str:
    """The page as words within `limit` characters; a character's description never
    varies between pages of the same length budget."""
    prompt = ""
    for brevity in _STEPS:
        prompt = _build(spec, cast, style, brevity)
        if len(prompt) <= limit:
            return prompt
    # Still too long: keep the start (style, scene, the first characters) and the safety
    # line, cut between words.
    room = max(limit - len(_SAFE) - 1, 0)
    head = prompt[:room].rsplit(" ", 1)[0].rstrip(",;:") if room else ""
    return f"{head} {_SAFE}".strip()[:limit]


__all__ = [
    "DEFAULT_PROMPT_LIMIT",
    "PROMPT_LIMITS",
    "STYLE_WORDS",
    "prompt_limit",
    "scene_prompt",
]
