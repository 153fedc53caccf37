"""Other takes on one page's picture, for "New picture": the same moment (same cast, pose,
place and props, so the picture still says what the page says) framed another way. Each
take changes the framing (wide, medium, close), who is in focus, or which side each
character stands, so a family chooses between compositions, not between near-copies."""

from __future__ import annotations

from .spec import Facing, Focus, SceneSpec

FRAMINGS = (Focus.wide, Focus.medium, Focus.close_up)


def takes(spec: SceneSpec, count: int) -> list[SceneSpec]:
    """`count` specs, each framed differently from `spec`; when the framings run out, the
    next round puts another character in focus and swaps the sides they stand on."""
    framings = [f for f in FRAMINGS if f is not spec.focus]
    ids = [c.character_id for c in spec.characters]
    out: list[SceneSpec] = []
    for i in range(count):
        focus = framings[i % len(framings)]
        round_ = i // len(framings)
        characters = list(spec.characters)
        if round_ % 2 == 1 and len(characters) > 1:
            characters = [c.model_copy(update={"position": None}) for c in reversed(characters)]
        elif round_ % 2 == 1:
            # one character: the other side of the picture, facing back into it
            alone = characters[0] if characters else None
            if alone is not None:
                side = 0.7 if (alone.position or 0.5) <= 0.5 else 0.3
                facing = Facing.left if side > 0.5 else Facing.right
                characters = [alone.model_copy(update={"position": side, "facing": facing})]
        update: dict[str, object] = {"focus": focus, "characters": characters}
        if ids:
            update["focus_character"] = ids[round_ % len(ids)] if round_ else spec.focus_character
        out.append(spec.model_copy(update=update))
    return out
