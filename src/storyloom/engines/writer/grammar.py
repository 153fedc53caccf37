"""The small grammar layer: pronouns, verb agreement, articles and capitals.

Realisations are written once with slots (`{H:They} {H:were} cold.`) and this module
turns them into correct English for each character's pronouns. Rendering fails loudly on
an unknown slot, so template syntax can never reach a page silently.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from storyloom.engines.writer.story_spec import Pronouns


class TemplateSlotError(KeyError):
    """A realisation names a slot the context does not fill: a bug in the writer."""


_PRONOUN_FORMS: dict[Pronouns, dict[str, str]] = {
    Pronouns.she: {
        "they": "she",
        "them": "her",
        "their": "her",
        "theirs": "hers",
        "themself": "herself",
        "they're": "she's",
        "they've": "she's",
        "they'll": "she'll",
        "they'd": "she'd",
    },
    Pronouns.he: {
        "they": "he",
        "them": "him",
        "their": "his",
        "theirs": "his",
        "themself": "himself",
        "they're": "he's",
        "they've": "he's",
        "they'll": "he'll",
        "they'd": "he'd",
    },
    Pronouns.they: {
        "they": "they",
        "them": "them",
        "their": "their",
        "theirs": "theirs",
        "themself": "themself",
        "they're": "they're",
        "they've": "they've",
        "they'll": "they'll",
        "they'd": "they'd",
    },
}

# Verb forms that follow a pronoun subject: singular for she/he, plural for they.
_AGREEMENT: dict[str, tuple[str, str]] = {
    "are": ("is", "are"),
    "is": ("is", "are"),
    "were": ("was", "were"),
    "was": ("was", "were"),
    "have": ("has", "have"),
    "has": ("has", "have"),
    "do": ("does", "do"),
    "does": ("does", "do"),
    "don't": ("doesn't", "don't"),
    "doesn't": ("doesn't", "don't"),
    "aren't": ("isn't", "aren't"),
    "isn't": ("isn't", "aren't"),
    "weren't": ("wasn't", "weren't"),
    "wasn't": ("wasn't", "weren't"),
    "s": ("s", ""),
    "es": ("es", ""),
}

ALL_GENDERED = {
    Pronouns.she: frozenset({"she", "her", "hers", "herself"}),
    Pronouns.he: frozenset({"he", "him", "his", "himself"}),
    Pronouns.they: frozenset({"themself"}),
}


# What an animal reaches out with where a child would use a hand.
_LIMB = {
    "cat": "paw",
    "dog": "paw",
    "bear": "paw",
    "rabbit": "paw",
    "fox": "paw",
    "dragon": "claw",
    "owl": "wing",
    "unicorn": "hoof",
}


@dataclass(frozen=True, slots=True)
class Ref:
    """Anyone a sentence can name: a cast member or a creature met on the way."""

    name: str
    pronouns: Pronouns
    kind_noun: str = ""
    rel_noun: str = ""  # what the hero calls them: "gran", "big sister", "dog"

    def form(self, key: str) -> str:
        lower = key[0].lower() + key[1:]
        capital = key[0].isupper()
        if lower in _PRONOUN_FORMS[self.pronouns]:
            word = _PRONOUN_FORMS[self.pronouns][lower]
        elif lower in _AGREEMENT:
            singular, plural = _AGREEMENT[lower]
            word = plural if self.pronouns == Pronouns.they else singular
        elif lower == "poss":
            word = possessive(self.name)
        elif lower == "kind":
            word = self.kind_noun
        elif lower == "rel":
            word = self.rel_noun
        elif lower == "hand":
            word = _LIMB.get(self.kind_noun, "hand")
        elif lower == "hands":
            word = {"hoof": "hooves"}.get(
                _LIMB.get(self.kind_noun, ""), _LIMB.get(self.kind_noun, "hand") + "s"
            )
        else:
            raise TemplateSlotError(key)
        return word[0].upper() + word[1:] if capital and word else word


_ARTICLE_AN_EXCEPTIONS = ("uni", "use", "usu", "eu", "one", "once", "ukulele", "u-")
_ARTICLE_A_H_EXCEPTIONS = ("hour", "honest", "honour", "heir")


def article(noun_phrase: str) -> str:
    """'a' or 'an' for a noun phrase, by how its first word sounds."""
    word = noun_phrase.lower()
    if word.startswith(_ARTICLE_A_H_EXCEPTIONS):
        return "an"
    if word.startswith(_ARTICLE_AN_EXCEPTIONS):
        return "a"
    return "an" if word[:1] in "aeiou" else "a"


def with_article(noun_phrase: str) -> str:
    return f"{article(noun_phrase)} {noun_phrase}"


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") and " " in name else f"{name}'s"


def plural(noun: str) -> str:
    irregular = {"child": "children", "mouse": "mice", "sheep": "sheep", "fish": "fish"}
    if noun in irregular:
        return irregular[noun]
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


_SLOT = re.compile(r"\{([A-Za-z_]+)(?::([A-Za-z']+))?\}")
Context = Mapping[str, "Ref | str"]


def render(template: str, ctx: Context) -> str:
    """Fill every slot from `ctx`; unknown slots raise instead of leaking."""

    def fill(match: re.Match[str]) -> str:
        key, form = match.group(1), match.group(2)
        if key not in ctx:
            raise TemplateSlotError(key)
        value = ctx[key]
        if isinstance(value, Ref):
            return value.name if form is None else value.form(form)
        if form is not None:
            raise TemplateSlotError(f"{key}:{form}")
        return value

    return tidy(_SLOT.sub(fill, template))


_SENTENCE_START = re.compile(r'(^|(?<=[.!?] ))("?)([a-z])')
# Only lower-case articles are corrected: a capital "An" may be a name.
_ARTICLE_FIX = re.compile(r"\ban? (?=(\w+))")


def _fix_article(match: re.Match[str]) -> str:
    return f"{article(match.group(1))} "


def tidy(text: str) -> str:
    """Capitals at sentence starts, single spaces, and a/an by sound."""
    text = " ".join(text.split())
    text = _ARTICLE_FIX.sub(_fix_article, text)
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2) + m.group(3).upper(), text)


# Past forms toddler pages must not use outside speech, and their present (he, they).
_PRESENT: dict[str, tuple[str, str]] = {
    "said": ("says", "say"),
    "asked": ("asks", "ask"),
    "came": ("comes", "come"),
    "went": ("goes", "go"),
    "was": ("is", "are"),
    "were": ("is", "are"),
    "did": ("does", "do"),
    "had": ("has", "have"),
    "found": ("finds", "find"),
}
_PAST_VERB = re.compile(
    r"\b(?:(they|we|you|i)\s+)?(said|asked|came|went|was|were|did|had|found)\b", re.I
)
_QUOTED = re.compile(r'("[^"]*")')


def to_present(text: str) -> str:
    """Toddler pages stay in the present: past forms outside speech become present."""

    def fix(match: re.Match[str]) -> str:
        subject, verb = match.group(1), match.group(2)
        singular, plural = _PRESENT[verb.lower()]
        word = plural if subject else singular
        if verb[0].isupper():
            word = word[0].upper() + word[1:]
        return f"{match.group(0)[: len(match.group(0)) - len(verb)]}{word}"

    parts = _QUOTED.split(text)
    return "".join(p if p.startswith('"') else _PAST_VERB.sub(fix, p) for p in parts)
