"""The cast as the engine sees it: who is who to the hero, and how each kind moves."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from enum import StrEnum

from storyloom.engines.illustrator.spec import CharacterSheet, HairStyle, Kind, Outfit
from storyloom.engines.writer.grammar import Ref
from storyloom.engines.writer.story_spec import (
    CastMember,
    Pronouns,
    RelationshipKind,
    Role,
    StoryRequest,
    Trait,
)


class Bond(StrEnum):
    """How a companion behaves toward the hero; relationships change the verbs."""

    friend = "friend"  # plays and helps
    sibling = "sibling"  # teases, then helps
    elder = "elder"  # tells and comforts
    pet = "pet"  # follows and finds
    rival = "rival"  # competes, then joins in


@dataclass(frozen=True, slots=True)
class KindData:
    noun: str
    seek_past: str  # how it searches, past tense
    seek_now: str  # and in the present, for toddlers
    sound: str


KINDS: dict[Kind, KindData] = {
    Kind.child: KindData("child", "ran ahead to look", "runs to look", "hooray"),
    Kind.cat: KindData("cat", "crept along and peeked into every corner", "peeks", "purr"),
    Kind.dog: KindData("dog", "sniffed all around with a busy nose", "sniffs and sniffs", "woof"),
    Kind.bear: KindData("bear", "lifted up a big heavy log to look", "looks under a log", "grr"),
    Kind.rabbit: KindData("rabbit", "hopped ahead with big long ears up", "hops and hops", "thump"),
    Kind.fox: KindData("fox", "trotted ahead with a swish of a red tail", "trots and looks", "yip"),
    Kind.owl: KindData("owl", "flew up high to look down", "flies up high", "hoot"),
    Kind.dragon: KindData("dragon", "flapped up into the sky to look", "flaps up high", "puff"),
    Kind.robot: KindData("robot", "beeped and looked all around with bright eyes", "beeps", "beep"),
    Kind.unicorn: KindData("unicorn", "trotted ahead with a shining horn", "trots", "neigh"),
}


@dataclass(slots=True)
class Actor:
    id: str | None  # None for a creature met on the way: it is not drawn
    ref: Ref
    kind: Kind | None
    traits: tuple[Trait, ...]
    likes: tuple[str, ...]
    dislikes: tuple[str, ...]
    bond: Bond
    role: Role
    acted: bool = field(default=False)

    @property
    def name(self) -> str:
        return self.ref.name


def display_name(name: str) -> str:
    return name[0].upper() + name[1:]


def _bond_to_hero(request: StoryRequest, member: CastMember) -> tuple[Bond, str]:
    hero = request.hero
    for rel in request.relationships:
        if {rel.a, rel.b} != {hero.id, member.id}:
            continue
        elder = rel.a == member.id  # member is the parent / teacher / owner side
        match rel.kind:
            case RelationshipKind.sibling:
                noun = {"she": "sister", "he": "brother", "they": "sibling"}[member.pronouns]
                if member.age is not None and hero.age is not None and member.age > hero.age:
                    noun = "big " + noun
                return Bond.sibling, noun
            case RelationshipKind.rival:
                return Bond.rival, "rival"
            case RelationshipKind.parent if elder:
                return Bond.elder, {"she": "mum", "he": "dad", "they": "parent"}[member.pronouns]
            case RelationshipKind.grandparent if elder:
                return Bond.elder, {"she": "gran", "he": "grandpa", "they": "grandparent"}[
                    member.pronouns
                ]
            case RelationshipKind.teacher if elder:
                return Bond.elder, "teacher"
            case RelationshipKind.pet if not elder:
                return Bond.pet, KINDS[member.kind].noun if member.kind != Kind.child else "pet"
            case RelationshipKind.best_friend:
                return Bond.friend, "best friend"
            case RelationshipKind.neighbour:
                return Bond.friend, "neighbour"
            case _:
                return Bond.friend, "friend"
    if member.role == Role.pet:
        return Bond.pet, KINDS[member.kind].noun if member.kind != Kind.child else "pet"
    if member.role == Role.mentor:
        return Bond.elder, "friend"
    return Bond.friend, "friend"


def build_cast(request: StoryRequest) -> tuple[Actor, list[Actor]]:
    """The hero and the companions, companions in request order."""
    hero_member = request.hero
    hero = Actor(
        id=hero_member.id,
        ref=Ref(display_name(hero_member.name), hero_member.pronouns, KINDS[hero_member.kind].noun),
        kind=hero_member.kind,
        traits=tuple(hero_member.traits),
        likes=tuple(hero_member.likes),
        dislikes=tuple(hero_member.dislikes),
        bond=Bond.friend,
        role=Role.hero,
    )
    others: list[Actor] = []
    for member in request.cast:
        if member.id == hero_member.id:
            continue
        bond, noun = _bond_to_hero(request, member)
        others.append(
            Actor(
                id=member.id,
                ref=Ref(display_name(member.name), member.pronouns, KINDS[member.kind].noun, noun),
                kind=member.kind,
                traits=tuple(member.traits),
                likes=tuple(member.likes),
                dislikes=tuple(member.dislikes),
                bond=bond,
                role=member.role,
            )
        )
    return hero, others


def creature(noun: str, pronouns: Pronouns) -> Actor:
    """A creature the hero meets when alone, so nobody is alone at the end."""
    return Actor(
        id=None,
        ref=Ref(f"the {noun}", pronouns, noun, "new friend"),
        kind=None,
        traits=(),
        likes=(),
        dislikes=(),
        bond=Bond.friend,
        role=Role.friend,
    )


# --- random casts, for the report, the tests and the CLI -------------------------------

NAMES = (
    "Pip",
    "Mia",
    "Leo",
    "Ava",
    "Sam",
    "Zoe",
    "Max",
    "Ruby",
    "Finn",
    "Ivy",
    "Milo",
    "Nora",
    "Theo",
    "Luna",
    "Kit",
    "Ada",
    "Ben",
    "Rosa",
    "Otis",
    "Juno",
    "Ezra",
    "Bo",
    "Isla",
    "Tom",
    "Pearl",
    "Rex",
    "Dot",
    "Olive",
    "Arlo",
    "Hazel",
)
LIKES = (
    "apples",
    "kites",
    "drums",
    "singing",
    "the moon",
    "red boots",
    "puddles",
    "books",
    "cake",
    "dancing",
    "stars",
    "bugs",
    "boats",
    "painting",
    "jam",
    "trains",
    "snow",
    "bubbles",
    "hats",
    "songs",
)
_SKINS = ("#f1c27d", "#e0ac69", "#c68642", "#8d5524", "#ffdbac")
_FURS = ("#b5651d", "#808080", "#f5f5dc", "#333333", "#d2691e", "#ffffff", "#6a5acd")


def _sheet(rng: random.Random, kind: Kind) -> CharacterSheet:
    if kind == Kind.child:
        return CharacterSheet(
            kind=kind,
            body_color=rng.choice(_SKINS),
            accent_color="#e8a0a0",
            hair_style=rng.choice([h for h in HairStyle if h != HairStyle.none]),
            outfit=rng.choice([o for o in Outfit if o != Outfit.none]),
        )
    return CharacterSheet(kind=kind, body_color=rng.choice(_FURS), accent_color="#fff2cc")


def random_cast(
    rng: random.Random, size: int | None = None
) -> tuple[list[CastMember], list[dict[str, str]]]:
    """A hero and up to four companions, with relationships, as plain request parts."""
    size = size if size is not None else rng.randint(1, 5)
    names = rng.sample(NAMES, size)
    cast: list[CastMember] = []
    rels: list[dict[str, str]] = []
    for i, name in enumerate(names):
        kind = Kind.child if i == 0 and rng.random() < 0.6 else rng.choice(list(Kind))
        role = Role.hero if i == 0 else rng.choice([r for r in Role if r != Role.hero])
        traits = rng.sample(list(Trait), rng.randint(1, 3) if i else rng.randint(1, 5))
        cast.append(
            CastMember(
                id=f"c{i}",
                name=name,
                kind=kind,
                pronouns=rng.choice(list(Pronouns)),
                age=rng.randint(3, 80) if kind == Kind.child else None,
                sheet=_sheet(rng, kind),
                traits=traits,
                likes=rng.sample(LIKES, rng.randint(0, 2)),
                dislikes=rng.sample(LIKES, rng.randint(0, 1)),
                role=role,
            )
        )
        if i and rng.random() < 0.7:
            rk = rng.choice(list(RelationshipKind))
            a, b = ("c0", f"c{i}") if rk == RelationshipKind.pet else (f"c{i}", "c0")
            rels.append({"a": a, "b": b, "kind": rk.value})
    return cast, rels
