"""Compile the lexicon's little pattern language into one regular expression.

Pattern language (see lexicon.py):
  words separated by single spaces     a gap of punctuation/whitespace between words
  (a|b|)                               alternatives, an empty one makes the group optional
  '                                    an optional apostrophe ("don't" also matches "dont")
  leading * / trailing *               no word boundary on that side ("*fuck*")

Single words become letter-by-letter paths in a trie; a phrase becomes a path for the
first letter of its first word followed by the rest as a plain regex. The trie is emitted
as nested alternations, so one regex pass judges a whole page: Python's `re` tries
alternatives one by one, and a flat list of a thousand words would be tried at every word
start, while the trie rejects most words on their first letter. Each spelling ends in an
empty named group, so `match.lastgroup` says which term matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety.contexts import Context
from storyloom.engines.safety.port import Category

# Leetspeak and symbol stand-ins per letter. "1" and "|" sit in both i and l because they
# are used for both; the regex backtracks between the readings.
_LEET: dict[str, str] = {
    "a": "a@4", "b": "b8", "c": "c(", "e": "e3", "g": "g9", "i": "i1!|", "l": "l1|",
    "o": "o0", "s": "s$5", "t": "t7+", "u": "uv", "z": "z2",
}  # fmt: skip
# Censoring stars stand in for any letter after the first ("f**k", "sh*t"); never for the
# first, or "****" would match every word of that length.
_WILDCARDS = "*#"
# Punctuation people put between letters ("f.u.c.k", "s-h-i-t"). Not the apostrophe:
# "he'll" must not read as "hell".
_SEP = r"[._\-*~]"
# Zero-width gaps too, so spaced-out phrases that arrive joined up ("k i l l y o u r s e l f"
# becomes "killyourself") still read as the phrase rather than as its first word.
_GAP = r"[^a-z0-9]{0,6}"
_LEFT = r"(?<![a-z0-9@$])"
_RIGHT = r"(?![a-z0-9@$])"
# Letters match exactly once: allowing "shiit" for "shit" would also read "rapped" as
# "raped" and "assess" as "asses". Stretched words ("shiiiit") are handled by the
# normaliser, which offers a de-stretched copy of the text instead.


@dataclass(frozen=True, slots=True)
class Term:
    """A lexicon entry. `category` None marks an allowed phrase that shields a word inside
    it ("pussy willow", "killer whale"). `min_band` is the youngest band the term is fine
    for; None means never. `name_ok` lets a capitalised, unobfuscated form through, since
    it is then someone's name ("Dick", "Willy"). `label` overrides the category's wording
    in the parent-facing reason. `context` names what in its sentence makes the term fine
    for a reader its band would otherwise refuse it to (contexts.py): a creature that does
    not frighten, a gentle death, a grown-up's wine, a joke that "killed me"."""

    pattern: str
    category: Category | None
    min_band: AgeBand | None = None
    name_ok: bool = False
    label: str | None = None
    context: Context | None = None


Atom = tuple[str, str]  # (kind, value); kinds: left, right, apos, first, letter, phrase, end


def expand(pattern: str) -> list[str]:
    """All spellings a pattern stands for, with spaces tidied (used by tests and tools;
    compilation expands only the first word, see `_heads`)."""
    group = re.search(r"\(([^()]*)\)", pattern)
    if group is None:
        return [" ".join(pattern.split())]
    head, tail = pattern[: group.start()], pattern[group.end() :]
    out: list[str] = []
    for alternative in group.group(1).split("|"):
        out.extend(expand(head + alternative + tail))
    return out


def _first_space(pattern: str) -> int | None:
    depth = 0
    for index, ch in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == " " and depth == 0:
            return index
    return None


def _heads(pattern: str) -> list[tuple[str, str]]:
    """Split a pattern into (first word, rest) pairs, expanding only the groups that make up
    the first word. Expanding every group would multiply phrases like "(put|stick|...)
    (a |the |...)(fork|knife|...) in ..." into tens of thousands of spellings; the first
    word is all the trie needs to skip non-matching positions quickly."""
    pattern = " ".join(pattern.split())
    space = _first_space(pattern)
    group = re.search(r"\(([^()]*)\)", pattern)
    if group is not None and (space is None or group.start() < space):
        head, tail = pattern[: group.start()], pattern[group.end() :]
        out: list[tuple[str, str]] = []
        for alternative in group.group(1).split("|"):
            out.extend(_heads(head + alternative + tail))
        return out
    if space is None:
        return [(pattern, "")]
    return [(pattern[:space], pattern[space:])]


def _letter_class(ch: str, *, first: bool) -> str:
    return _class(_LEET.get(ch, ch) + ("" if first else _WILDCARDS))


def _class(chars: str) -> str:
    # Hand-escaped: re.escape would also escape "*", "#", "$", "+" and "|", which are
    # literal inside a class, and the compiled rules would grow by a third.
    return "[" + "".join("\\" + c if c in "\\]^-" else c for c in chars) + "]"


def _phrase_regex(text: str) -> str:
    """Phrase words compiled straight to a regex, groups staying groups. Leetspeak is
    matched but not stars or dotted letters: phrases are many, and a tight pattern keeps
    the compiled rules small; disguised single words are the common attack."""
    out: list[str] = []
    for ch in text:
        if ch == " ":
            out.append(_GAP)
        elif ch == "'":
            out.append("'?")
        elif ch in "(|)":
            out.append({"(": "(?:", "|": "|", ")": ")"}[ch])
        elif ch.isascii() and ch.isalnum():
            leet = _LEET.get(ch)
            out.append(_class(leet) if leet else ch)
        else:
            raise ValueError(f"unsupported character {ch!r} in pattern {text!r}")
    return "".join(out)


def atoms(pattern: str) -> list[list[Atom]]:
    """Trie paths for one pattern. A single word becomes one path per spelling, letter by
    letter. A phrase becomes one path per first letter of its first word, ending in a
    "phrase" atom holding the rest as a plain regex, so alternatives later in the phrase
    are not multiplied out."""
    left: list[Atom] = [] if pattern.startswith("*") else [("left", "")]
    right: list[Atom] = [] if pattern.endswith("*") and len(pattern) > 1 else [("right", "")]
    paths: list[list[Atom]] = []
    phrases: dict[str, list[str]] = {}
    for head, rest in _heads(pattern.strip("*")):
        if rest:
            phrases.setdefault(head[0], []).append(head[1:] + rest)
            continue
        path = list(left)
        for index, ch in enumerate(head):
            if ch == "'":
                path.append(("apos", ""))
            elif ch.isascii() and ch.isalnum():
                path.append(("first" if index == 0 else "letter", ch))
            else:
                raise ValueError(f"unsupported character {ch!r} in pattern {pattern!r}")
        paths.append(path + right)
    for first, tails in phrases.items():
        body = _phrase_regex("(" + "|".join(tails) + ")")
        paths.append([*left, ("first", first), ("phrase", body), *right])
    return paths


@dataclass
class _Node:
    children: dict[Atom, _Node] = field(default_factory=dict)


# Continuations before endings, so the longest term wins at a position: "killer whale"
# (allowed) is tried before "killer", "kill yourself" before "kill".
_ORDER = {"phrase": 0, "first": 1, "letter": 1, "left": 1, "apos": 2, "right": 3, "end": 4}


def _emit(node: _Node) -> str:
    phrases: list[str] = []
    letters: list[str] = []
    others: list[str] = []
    for atom, child in sorted(node.children.items(), key=lambda item: _ORDER[item[0][0]]):
        kind, value = atom
        rest = _emit(child)
        if kind in ("first", "letter"):
            cls = _letter_class(value, first=kind == "first")
            letters.append(f"{cls}{rest}")
        elif kind == "apos":
            others.append(f"'?{rest}")
        elif kind == "phrase":
            phrases.append(f"{value}{rest}")
        elif kind == "left":
            others.append(f"{_LEFT}{rest}")
        elif kind == "right":
            others.append(f"{_RIGHT}{rest}")
        else:
            others.append(f"(?P<t{value}>)")
    parts: list[str] = list(phrases)
    if letters:
        joined = letters[0] if len(letters) == 1 else "(?:" + "|".join(letters) + ")"
        inner_word = any(kind == "letter" for kind, _ in node.children)
        parts.append(f"{_SEP}?{joined}" if inner_word else joined)
    parts.extend(others)
    if len(parts) == 1:
        return parts[0]
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True, slots=True)
class CompiledLexicon:
    regex: re.Pattern[str]
    terms: tuple[Term, ...]

    def term_for(self, match: re.Match[str]) -> Term:
        name = match.lastgroup
        assert name is not None, "every alternative of the lexicon ends in a named group"
        return self.terms[int(name[1:].partition("_")[0])]


def compile_lexicon(terms: list[Term]) -> CompiledLexicon:
    root = _Node()
    spellings = 0
    for index, term in enumerate(terms):
        for path in atoms(term.pattern):
            node = root
            for atom in path:
                node = node.children.setdefault(atom, _Node())
            # The first term to claim a spelling keeps it: allowed phrases come first.
            if not any(kind == "end" for kind, _ in node.children):
                # Group names must be unique, so each spelling gets its own suffix.
                node.children[("end", f"{index}_{spellings}")] = _Node()
                spellings += 1
    return CompiledLexicon(re.compile(_emit(root)), tuple(terms))
