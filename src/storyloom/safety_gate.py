"""The one way a person's words are checked before they reach a book.

Every path (story ideas, names, descriptions, likes, page edits, titles, dedications,
presets, imports) calls `ensure_safe` with the process's `SafetyGate` (assembled with the
other engines) and the band of the book the words will be read in. A refusal is a 422
`unsafe_content` that says what was refused and why in words a parent understands, where
(`field`, `span`, `matched`, so the app can highlight it) and, where one exists, what to
try instead (`suggestion`). A layer that cannot answer is a 503 `safety_unavailable`:
nothing unchecked goes through.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety.gate import SafetyGate
from storyloom.engines.safety.port import Category
from storyloom.errors import InvalidInput, ServiceUnavailable
from storyloom.providers.errors import ProviderError

Loc = tuple[str, ...]


class UnsafeContent(InvalidInput):
    code, title = "unsafe_content", "Not suitable for a children's book"


class SafetyUnavailable(ServiceUnavailable):
    code, title = "safety_unavailable", "The safety check could not be completed"


#: What each category means to a parent, and what to try instead.
WHAT: dict[Category, str] = {
    Category.violence: "someone being hurt",
    Category.weapons: "weapons",
    Category.sexual: "sexual content",
    Category.profanity: "rude words",
    Category.self_harm: "someone hurting themselves",
    Category.drugs_alcohol: "drugs or alcohol",
    Category.hate: "unkind words about a group of people",
    Category.abuse_grooming: "a child being put in danger by someone they should trust",
    Category.dangerous_acts: "something dangerous a child might copy",
    Category.horror: "something too frightening",
}
SUGGESTIONS: dict[Category, str] = {
    Category.violence: "Try a problem the friends solve together without anyone getting "
    "hurt, like a storm to shelter from or a lost thing to find.",
    Category.weapons: "Try a quest of wits instead, or a knight who lays down the sword and "
    "makes friends (fine for readers of five and up).",
    Category.sexual: "Keep the story about what the characters do, feel and discover together.",
    Category.profanity: "Try a gentle word instead, like 'oh no!' or 'bother!'.",
    Category.self_harm: "Try a story about a sad day, and the friend or grown-up who helps "
    "it get better.",
    Category.drugs_alcohol: "Try a picnic with juice, cocoa or a birthday cake instead.",
    Category.hate: "Try a story where everyone turns out to be good at something different.",
    Category.abuse_grooming: "Try a story about a trusted grown-up who helps, or about "
    "saying no and telling a parent.",
    Category.dangerous_acts: "Try a safe adventure, like building a den or a treasure hunt "
    "in the garden.",
    Category.horror: "Try something a little spooky but kind, like a friendly ghost who is "
    "afraid of the dark.",
}


def _name(loc: Loc) -> str:
    """`likes.0` for ("body", "likes", "0"); `idea` for ("body", "idea")."""
    shown = loc[1:] if loc and loc[0] in {"body", "query"} else loc
    return ".".join(shown)


async def ensure_safe(
    gate: SafetyGate,
    fields: Mapping[Loc, str],
    band: AgeBand,
    *,
    judged: Collection[Loc] = (),
) -> None:
    """422 `unsafe_content` naming the field, the span and the reason; `judged` fields (story
    ideas) are also put to the model judge when one is configured."""
    by_name = {".".join(loc): text for loc, text in fields.items()}
    try:
        blocked = await gate.first_block(by_name, band, judged=[".".join(loc) for loc in judged])
    except ProviderError as exc:
        raise SafetyUnavailable(
            "We could not finish checking these words just now. Nothing was saved; please "
            "try again in a moment.",
            headers={"Retry-After": "5"},
        ) from exc
    if blocked is None:
        return
    joined, verdict = blocked
    loc = tuple(joined.split("."))
    category = verdict.category or Category.violence
    field = _name(loc)
    what = WHAT[category]
    quoted = f"“{verdict.matched}” ({field})" if verdict.matched else f"The {field}"
    raise UnsafeContent(
        f"{quoted} looks like {what}, which we keep out of children's books.",
        category=category.value,
        field=field,
        span=list(verdict.span) if verdict.span else None,
        matched=verdict.matched,
        reason=verdict.reason,
        suggestion=SUGGESTIONS[category],
        errors=[{"loc": list(loc), "msg": f"not suitable for children: {what}", "type": "unsafe"}],
    )


__all__ = ["SUGGESTIONS", "WHAT", "SafetyUnavailable", "UnsafeContent", "ensure_safe"]
