"""Harmful situations in any wording: who does what to whom, not trigger words.

Each sentence is split into clauses, its words reduced to lemmas ("starves" -> starve,
"herself" -> SELF) and mapped to roles (a child, an adult, a carer, oneself, a group, a
treat, a vehicle, a hidden place...). A frame names the roles and acts that make a
situation harmful; it matches when all its parts occur in one sentence, within a window.
Tense does not matter (lemmas), nor do questions or reported speech (the situation is
still described). Negation matters where it turns the situation into the lesson a
children's book teaches ("she never gets in a stranger's car"), and is ignored where it
is part of the harm ("keep it a secret, don't tell your mum").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from storyloom.engines.safety.port import Category, SafetyVerdict

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_SENTENCE = re.compile(r"[.!?;\n]+")
WINDOW = 16  # words: the parts of one frame lie within this many words of each other

_IRREGULAR = {
    "ate": "eat", "eaten": "eat", "eating": "eat", "heating": "heat", "seating": "seat",
    "took": "take", "taken": "take", "gave": "give",
    "given": "give", "got": "get", "gotten": "get", "made": "make", "threw": "throw",
    "thrown": "throw", "lay": "lie", "lying": "lie", "lain": "lie", "hid": "hide",
    "hidden": "hide", "kept": "keep", "told": "tell", "said": "say", "swallowed": "swallow",
    "stole": "steal", "stolen": "steal", "broke": "break", "broken": "break", "went": "go",
    "came": "come", "sent": "send", "shut": "shut", "hit": "hit", "cut": "cut", "put": "put",
    "burnt": "burn", "children": "child", "kids": "kid", "men": "man", "women": "woman",
    "people": "person", "mice": "mouse", "teeth": "tooth", "feet": "foot", "bit": "bite",
    "bitten": "bite", "drank": "drink", "drunk": "drink", "fed": "feed", "left": "leave",
    "wouldn't": "not", "won't": "not", "don't": "not", "doesn't": "not", "didn't": "not",
    "never": "not", "can't": "not", "cannot": "not", "isn't": "not", "aren't": "not",
    "mustn't": "not", "shouldn't": "not", "no": "not",
}  # fmt: skip


def lemma(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                return stem[:-1]  # cutting -> cut, stopped -> stop
            if stem.endswith(("v", "at", "iz", "ur", "rv", "bl", "ak", "ok", "ar", "os")):
                return stem + "e"  # starving -> starve, making -> make
            return stem
    if word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh")):
        return word[:-2]  # boxes, wishes, undresses
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _words(spec: str) -> frozenset[str]:
    """Comma-separated entries; an entry of two words is matched as a pair."""
    return frozenset(
        " ".join(lemma(w) for w in entry.split()) for entry in spec.split(",") if entry.strip()
    )


ROLES: dict[str, frozenset[str]] = {
    "self": _words("herself, himself, themselves, myself, yourself, themself, oneself"),
    "child": _words(
        "child, kid, girl, boy, baby, toddler, son, daughter, niece, nephew, pupil, "
        "student, her, him, them, me"
    ),
    "adult": _words(
        "man, woman, stranger, adult, uncle, teacher, coach, neighbour, neighbor, grownup, "
        "guy, lady, driver, someone, somebody, person"
    ),
    "lurer": _words("stranger, man, woman, someone, somebody, guy, driver, lady, person"),
    "offer": _words("offer, give, promise, show, tempt, bribe, invite, buy"),
    "treat": _words(
        "candy, sweet, sweets, lolly, lollipop, chocolate, puppy, kitten, toy, money, "
        "present, gift, ice cream, game, phone, ride"
    ),
    "vehicle": _words("van, car, truck, lorry, get in, come with, go with"),
    "off_with": _words("off with, away with"),
    "secret": _words("secret, between us, our secret"),
    "family": _words("parent, mum, mom, dad, family, mother, father, anyone, anybody, nobody"),
    "photo": _words("photo, picture, pic, selfie, video"),
    "bare": _words("naked, nude, undressed, no clothes, without clothes, underwear, topless"),
    "undress": _words("undress, unbutton, strip, take off"),
    "hurt": _words("cut, burn, hurt, scratch, punch, stab, bruise, bite, hit, slap, beat, starve"),
    "intent": _words(
        "sad, upset, angry, lonely, purpose, punish, deserve, feel better, every night, "
        "again and again, secretly, scar, sleeve, hate, ugly, worthless"
    ),
    "purge": _words("throw up, vomit, be sick, puke"),
    "make": _words("make, force"),
    "food": _words("food, eat, meal, dinner, lunch, breakfast"),
    "thin": _words("thin, pretty, skinny, slim, beautiful, fat"),
    "stop": _words("stop, skip, refuse, quit, starve"),
    "die": _words("die, kill herself, kill himself, kill myself, end it all"),
    "want": _words("want, wish, wishe, hope, plan, try"),
    "lock": _words("lock, shut, chain, tie, trap"),
    "hidden_place": _words(
        "cupboard, closet, basement, cellar, shed, cage, attic, box, wardrobe, dark room"
    ),
    "long": _words("day, week, night, hour, without food, no food, without water, no water"),
    "group": _words(
        "race, religion, muslim, jew, christian, black person, white person, asian, "
        "immigrant, foreigner, refugee, gay, girl, woman, boy, men, disabled person, "
        "fat person, poor person, african, mexican, chinese, indian, arab, gypsy, person"
    ),
    "be": _words("are, is"),
    "demeaning": _words(
        "dirty, stupid, dumb, lazy, ugly, smelly, evil, criminal, animal, worthless, "
        "inferior, disgusting, filthy, idiot, useless, vermin, subhuman, too stupid"
    ),
    "pill": _words("pill, tablet, medicine, capsule"),
    "sweet": _words("sweet, candy, smartie, treat, lolly, sweetie"),
    "rail": _words("railway, railroad, rail, train track"),
    "lie_down": _words("lie, lay, sit, play, stand, sleep, nap, walk, wait"),
    "mix": _words("mix, combine, pour, add, stir"),
    "bleach": _words("bleach"),
    "chemical": _words("ammonia, vinegar, cleaner, chemical, toilet cleaner"),
    "fire": _words("matches, lighter, lighters, with fire"),
    "play": _words("play, light, strike"),
    "appliance": _words("washing machine, dryer, fridge, freezer, oven, dishwasher"),
    "climb_in": _words("climb, crawl, hide, squeeze, get in, get into"),
    "bag": _words("plastic bag"),
    "head": _words("head, face"),
    "socket": _words("socket, outlet, toaster"),
    "poke": _words("poke, stick, fork, knife, finger, pin, lick"),
    "teach": _words("how to, teach, lesson in"),
    "crime": _words("steal, shoplift, pickpocket, burgle, rob, hotwire, pick lock, break into"),
    "animal": _words("cat, dog, puppy, kitten, animal, bird, hamster, rabbit, pet, frog, duck"),
    "cruel": _words("kick, hurt, torture, drown, burn, squash, stone, beat, punch, hit"),
    "fun": _words("fun, funny, laugh, joke, giggle, for a laugh"),
    "meet": _words("meet, visit"),
    "alone": _words("alone, secretly, without telling"),
    "touch": _words("touch, stroke, rub"),
    "private": _words("private, privates, private part, swimsuit"),
}
# A sentence holding one of these is about something else (a surprise kept from Mum,
# a bath at bedtime, a football match).
_ELSEWHERE: dict[str, frozenset[str]] = {
    "innocent_secret": _words("surprise, party, present, birthday, gift, treasure, cake"),
    "care": _words("bath, bathtime, bed, bedtime, pyjamas, swim, nappy, diaper, doctor, wash"),
    "sport": _words("football, tennis, cricket, team, football match, tennis match"),
}


@dataclass(frozen=True)
class Frame:
    category: Category
    parts: tuple[str, ...]  # roles that must all occur in the window
    reason: str
    lesson_if_negated: bool = False  # "never do X" is the safety lesson, not the harm
    tight: int | None = None  # the first two parts at most this many words apart
    unless: str | None = None  # an _ELSEWHERE context that makes it harmless
    generic: bool = False  # the first part not after "the", "my"...: a claim about all


FRAMES = (
    Frame(Category.self_harm, ("hurt", "self", "intent"), "describes self-harm", tight=2),
    Frame(Category.self_harm, ("make", "self", "purge"), "describes making oneself sick"),
    Frame(Category.self_harm, ("stop", "self"), "describes starving oneself", tight=1),
    Frame(Category.self_harm, ("stop", "food", "thin"), "describes not eating to look thin"),
    Frame(Category.self_harm, ("want", "die"), "talks about wanting to die"),
    Frame(
        Category.abuse_grooming,
        ("lurer", "offer", "treat", "vehicle"),
        "describes a stranger luring a child",
        lesson_if_negated=True,
    ),
    Frame(
        Category.abuse_grooming,
        ("lurer", "vehicle"),
        "describes a child getting into a stranger's car",
        lesson_if_negated=True,
        tight=2,
    ),
    Frame(
        Category.abuse_grooming,
        ("off_with", "lurer"),
        "describes a child going off with a stranger",
        lesson_if_negated=True,
        tight=3,
    ),
    Frame(
        Category.abuse_grooming,
        ("secret", "family"),
        "describes a child asked to keep secrets from their family",
        unless="innocent_secret",
    ),
    Frame(Category.abuse_grooming, ("photo", "bare"), "asks for photos without clothes"),
    Frame(
        Category.sexual,
        ("undress", "child"),
        "describes undressing a child",
        tight=3,
        unless="care",
    ),
    Frame(Category.sexual, ("touch", "private"), "describes touching private parts", tight=5),
    Frame(
        Category.abuse_grooming,
        ("meet", "adult", "alone"),
        "describes a child meeting an adult alone",
        lesson_if_negated=True,
    ),
    Frame(
        Category.abuse_grooming,
        ("lock", "child", "hidden_place", "long"),
        "describes a child shut away without care",
        tight=3,
    ),
    Frame(Category.hate, ("group", "be", "demeaning"), "demeans a group of people", generic=True),
    Frame(
        Category.dangerous_acts,
        ("pill", "sweet"),
        "describes taking medicine as sweets",
        lesson_if_negated=True,
    ),
    Frame(
        Category.dangerous_acts,
        ("lie_down", "rail"),
        "describes lying on railway tracks",
        lesson_if_negated=True,
    ),
    Frame(
        Category.dangerous_acts,
        ("mix", "bleach", "chemical"),
        "describes mixing cleaning chemicals",
        lesson_if_negated=True,
    ),
    Frame(
        Category.dangerous_acts,
        ("play", "fire"),
        "describes playing with fire",
        lesson_if_negated=True,
        unless="sport",
    ),
    Frame(
        Category.dangerous_acts,
        ("climb_in", "appliance"),
        "describes climbing into a machine",
        lesson_if_negated=True,
    ),
    Frame(
        Category.dangerous_acts,
        ("bag", "head"),
        "describes a plastic bag over a head",
        lesson_if_negated=True,
    ),
    Frame(
        Category.dangerous_acts,
        ("poke", "socket"),
        "describes poking an electric socket",
        lesson_if_negated=True,
        tight=5,
    ),
    Frame(Category.violence, ("teach", "crime"), "teaches a crime as a skill", tight=4),
    Frame(Category.violence, ("cruel", "animal", "fun"), "encourages cruelty to animals", tight=3),
)
_DETERMINERS = frozenset({"the", "my", "our", "his", "her", "their", "your", "these", "a", "this"})


@dataclass(frozen=True)
class _Token:
    lemma: str
    start: int
    end: int


def _tokens(text: str) -> list[_Token]:
    lowered = text.lower()
    return [_Token(lemma(m.group()), m.start(), m.end()) for m in _WORD.finditer(lowered)]


def _role_positions(words: list[str], roles: dict[str, frozenset[str]]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]
    for role, lemmas in roles.items():
        at = [i for i, word in enumerate(words) if word in lemmas]
        at += [i for i, pair in enumerate(pairs) if pair in lemmas]
        if at:
            found[role] = sorted(set(at))
    return found


def _match(frame: Frame, found: dict[str, list[int]], words: list[str]) -> tuple[int, int] | None:
    if not all(part in found for part in frame.parts):
        return None
    first, *rest = frame.parts
    for anchor in found[first]:
        if frame.generic and anchor > 0 and words[anchor - 1] in _DETERMINERS:
            continue
        chosen = [anchor]
        for n, part in enumerate(rest):
            reach = frame.tight if n == 0 and frame.tight is not None else WINDOW
            near = [i for i in found[part] if abs(i - anchor) <= reach and i not in chosen]
            if not near:
                break
            chosen.append(min(near, key=lambda i: abs(i - anchor)))
        else:
            return min(chosen), max(chosen) + 1
    return None


def _negated(words: list[str], start: int, end: int) -> bool:
    return "not" in words[max(0, start - 4) : end]


def check_situations(text: str) -> SafetyVerdict | None:
    """The first harmful situation in `text`, sentence by sentence; None when none."""
    offset = 0
    for sentence in _SENTENCE.split(text):
        begin = text.find(sentence, offset)
        offset = begin + len(sentence)
        tokens = _tokens(sentence)
        if not tokens:
            continue
        words = [t.lemma for t in tokens]
        found = _role_positions(words, ROLES)
        # A name (capitalised, not opening the sentence) can be the child a frame is about.
        names = [i for i, t in enumerate(tokens) if i and sentence[t.start].isupper()]
        if names:
            found["child"] = sorted({*found.get("child", []), *names})
        elsewhere = _role_positions(words, _ELSEWHERE)
        for frame in FRAMES:
            if frame.unless is not None and frame.unless in elsewhere:
                continue
            hit = _match(frame, found, words)
            if hit is None:
                continue
            if frame.lesson_if_negated and _negated(words, *hit):
                continue
            last = min(hit[1], len(tokens)) - 1
            span = (begin + tokens[hit[0]].start, begin + tokens[last].end)
            matched = text[span[0] : span[1]]
            return SafetyVerdict(
                False, frame.category, span, matched, f'{frame.reason} ("{matched}")'
            )
    return None
