"""The words an idea is read with: things (and the nearest thing we can draw for each),
the words that name a goal, the words that name a place, and the describing words kept.

Only words on these lists ever reach a page from an idea, so a page never holds text the
engine cannot vouch for; the family's own words for the thing ("golden acorn") are kept.
"""

from __future__ import annotations

from enum import Enum

from storyloom.engines.illustrator.spec import Place, Prop
from storyloom.engines.writer.words import PROP_NOUNS


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


class Goal(Enum):
    find = "find"
    make = "make"
    help = "help"
    reach = "reach"
    overcome = "overcome"
    learn = "learn"


P = Prop
# A thing an idea may name, and what the picture shows for it (None: words only).
THING_PROPS: dict[str, Prop | None] = {
    **{noun: prop for prop, noun in PROP_NOUNS.items() if " " not in noun},
    "teddy bear": P.teddy_bear,
    "treasure map": P.treasure_map,
    "magnifying glass": P.magnifying_glass,
    "bird": P.bird,
    "doll": P.teddy_bear,
    "toy": P.teddy_bear,
    "puppet": P.teddy_bear,
    "football": P.ball,
    "airship": P.balloon,
    "zeppelin": P.balloon,
    "note": P.letter,
    "card": P.letter,
    "postcard": P.letter,
    "message": P.letter,
    "treasure": P.present,
    "chest": P.present,
    "box": P.present,
    "gift": P.present,
    "parcel": P.present,
    "ribbon": P.present,
    "seashell": P.shell,
    "pearl": P.shell,
    "gem": P.star,
    "jewel": P.star,
    "crystal": P.star,
    "stone": P.star,
    "pebble": P.star,
    "pail": P.bucket,
    "shovel": P.spade,
    "pear": P.apple,
    "fruit": P.apple,
    "mug": P.cup,
    "quilt": P.blanket,
    "blankie": P.blanket,
    "spaceship": P.rocket,
    "paint": P.paintbrush,
    "painting": P.paintbrush,
    "picture": P.paintbrush,
    "guitar": P.drum,
    "trumpet": P.drum,
    "nut": P.acorn,
    "pinecone": P.acorn,
    "ship": P.boat,
    "raft": P.boat,
    "canoe": P.boat,
    "lamp": P.lantern,
    "torch": P.flashlight,
    "tiara": P.crown,
    "lunch": P.sandwich,
    "picnic": P.basket,
    "cupcake": P.cake,
    "pie": P.cake,
    "cookie": P.cake,
    "rose": P.flower,
    "daisy": P.flower,
    "seed": P.flower,
    "plant": P.flower,
    "sunflower": P.flower,
    "duckling": P.duck,
    "chick": P.bird,
    "robin": P.bird,
    "tortoise": P.turtle,
    "goldfish": P.fish,
    "sledge": P.sled,
    "bell": None,
    "hat": None,
    "scarf": None,
    "shoe": None,
    "boot": None,
    "glasses": None,
    "kitten": None,
    "puppy": None,
    "lamb": None,
    "pony": None,
    "bunny": None,
    "snail": None,
    "ladybird": None,
    "bee": None,
    "whale": None,
    "dolphin": None,
    "rainbow": None,
    "song": None,
    "moon": None,
    "treehouse": None,
    "bridge": None,
    "garden": None,
}
ANIMALS = word_set(
    "duck bird hedgehog frog fish butterfly mouse squirrel turtle duckling chick "
    "robin tortoise goldfish kitten puppy lamb pony bunny snail ladybird bee whale "
    "dolphin"
)

# Words that name what the hero wants to do; the first found in the idea wins.
GOAL_WORDS: dict[str, Goal] = {
    "find": Goal.find,
    "look for": Goal.find,
    "search": Goal.find,
    "lost": Goal.find,
    "missing": Goal.find,
    "hunt": Goal.find,
    "where is": Goal.find,
    "make": Goal.make,
    "build": Goal.make,
    "bake": Goal.make,
    "paint": Goal.make,
    "draw": Goal.make,
    "fix": Goal.make,
    "mend": Goal.make,
    "grow": Goal.make,
    "plant": Goal.make,
    "help": Goal.help,
    "rescue": Goal.help,
    "save": Goal.help,
    "stuck": Goal.help,
    "hurt": Goal.help,
    "look after": Goal.help,
    "reach": Goal.reach,
    "climb": Goal.reach,
    "get to": Goal.reach,
    "go to": Goal.reach,
    "visit": Goal.reach,
    "travel": Goal.reach,
    "journey": Goal.reach,
    "fly": Goal.reach,
    "sail": Goal.reach,
    "top of": Goal.reach,
    "afraid": Goal.overcome,
    "scared": Goal.overcome,
    "fear": Goal.overcome,
    "brave": Goal.overcome,
    "can't sleep": Goal.overcome,
    "nervous": Goal.overcome,
    "storm": Goal.overcome,
    "learn": Goal.learn,
    "how to": Goal.learn,
    "practise": Goal.learn,
    "practice": Goal.learn,
    "first time": Goal.learn,
    "ride": Goal.learn,
    "swim": Goal.learn,
}

# Place words, the setting place each stands for, and how the story says it.
PLACE_WORDS: dict[str, Place] = {
    "trees": Place.deep_wood,
    "wood": Place.deep_wood,
    "woods": Place.deep_wood,
    "clearing": Place.clearing,
    "hill": Place.hilltop,
    "snowy hill": Place.snowy_hill,
    "hilltop": Place.hilltop,
    "rock pools": Place.rock_pools,
    "dunes": Place.dunes,
    "pier": Place.pier,
    "shore": Place.shore,
    "moon": Place.moon_surface,
    "crater": Place.crater,
    "stars": Place.among_stars,
    "tower": Place.tower_room,
    "hall": Place.great_hall,
    "gate": Place.castle_gate,
    "barn": Place.barn,
    "field": Place.field,
    "pond": Place.duck_pond,
    "playground": Place.playground,
    "bandstand": Place.bandstand,
    "reef": Place.reef,
    "kelp": Place.kelp_forest,
    "shipwreck": Place.shipwreck,
    "wreck": Place.shipwreck,
    "cave": Place.mountain_cave,
    "peak": Place.peak,
    "mountain": Place.peak,
    "river": Place.river_bank,
    "waterfall": Place.waterfall,
    "square": Place.village_square,
    "village": Place.village_square,
    "park": Place.park_path,
    "beach": Place.shore,
    "sea": Place.reef,
    "forest": Place.deep_wood,
    "castle": Place.great_hall,
    "farm": Place.farmyard,
    "cottage": Place.cottage,
    "window": Place.window_seat,
    "bedroom": Place.bedroom,
    "landing": Place.landing,
    "stairs": Place.landing,
    "bathroom": Place.bathroom,
    "bath": Place.bathroom,
    "kitchen": Place.kitchen,
    "yard": Place.school_yard,
}

# Describing words kept with a thing or a place, as the family wrote them.
KEEP_WORDS = word_set(
    "golden gold silver red blue green yellow pink purple orange white black brown "
    "shiny sparkly magic magical little tiny big giant huge old new special secret "
    "favourite favorite wooden striped spotty fluffy soft rainbow glowing singing "
    "flying tall dark deep high snowy sandy rocky windy lucky sleepy"
)
# What a "learn" idea may learn to do, and the -ing forms that say the same.
LEARN_VERBS = word_set("fly play ride use read swim sail climb paint draw bake build sing catch")
LEARN_DOING = {"reading": "read", "swimming": "swim", "painting": "paint", "drawing": "draw"}
# What an "overcome" idea may be scared of, after one of these words.
FEARS = word_set("dark night water thunder storm waves noise deep shadows heights")
FEAR_CUES = word_set("scared afraid frightened nervous worried")
# Words that tell the thing's state, not its name: "a lost kite" is a kite.
STATE_WORDS = frozenset({"lost", "missing", "broken", "stuck", "hurt", "hidden"})

__all__ = [
    "ANIMALS",
    "FEARS",
    "FEAR_CUES",
    "GOAL_WORDS",
    "KEEP_WORDS",
    "LEARN_DOING",
    "LEARN_VERBS",
    "PLACE_WORDS",
    "STATE_WORDS",
    "THING_PROPS",
    "word_set",
]
