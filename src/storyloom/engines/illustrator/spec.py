"""What the illustrator draws: character sheets and page scene specs.

These schemas are shared by every engine: the story writers produce `SceneSpec`s, the
characters API stores `CharacterSheet`s, and every illustrator (built-in SVG or an images
API) draws from them. They are closed vocabularies on purpose: a scene an engine cannot
draw is rejected at the boundary instead of producing a wrong picture.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic.json_schema import SkipJsonSchema

HexColor = Annotated[str, StringConstraints(pattern=r"^#[0-9a-f]{6}$", to_lower=True)]


class Kind(StrEnum):
    child = "child"
    cat = "cat"
    dog = "dog"
    bear = "bear"
    rabbit = "rabbit"
    fox = "fox"
    owl = "owl"
    dragon = "dragon"
    robot = "robot"
    unicorn = "unicorn"


class HairStyle(StrEnum):
    short = "short"
    long = "long"
    curly = "curly"
    ponytail = "ponytail"
    braids = "braids"
    bun = "bun"
    afro = "afro"
    spiky = "spiky"
    bob = "bob"
    none = "none"


class Outfit(StrEnum):
    tshirt = "tshirt"
    dress = "dress"
    overalls = "overalls"
    hoodie = "hoodie"
    pyjamas = "pyjamas"
    raincoat = "raincoat"
    sweater = "sweater"
    none = "none"


class Accessory(StrEnum):
    glasses = "glasses"
    hat = "hat"
    crown = "crown"
    bow = "bow"
    scarf = "scarf"
    cape = "cape"
    backpack = "backpack"


class Pose(StrEnum):
    standing = "standing"
    waving = "waving"
    running = "running"
    sitting = "sitting"
    pointing = "pointing"
    sleeping = "sleeping"
    climbing = "climbing"
    jumping = "jumping"
    swimming = "swimming"
    flying = "flying"
    digging = "digging"
    carrying = "carrying"
    reaching = "reaching"
    hugging = "hugging"
    holding_hands = "holding_hands"
    reading = "reading"
    eating = "eating"
    hiding = "hiding"
    looking_up = "looking_up"
    looking_down = "looking_down"
    pushing = "pushing"
    pulling = "pulling"
    talking = "talking"


class Expression(StrEnum):
    happy = "happy"
    surprised = "surprised"
    sad = "sad"
    sleepy = "sleepy"
    determined = "determined"
    worried = "worried"
    laughing = "laughing"
    crying = "crying"
    curious = "curious"
    proud = "proud"
    scared = "scared"


class Setting(StrEnum):
    forest = "forest"
    beach = "beach"
    space = "space"
    castle = "castle"
    farm = "farm"
    city_park = "city_park"
    underwater = "underwater"
    mountains = "mountains"
    jungle = "jungle"
    snowy_village = "snowy_village"
    bedroom = "bedroom"
    classroom = "classroom"


class TimeOfDay(StrEnum):
    morning = "morning"
    afternoon = "afternoon"
    sunset = "sunset"
    night = "night"


class Weather(StrEnum):
    clear = "clear"
    rain = "rain"
    snow = "snow"
    wind = "wind"


class Prop(StrEnum):
    kite = "kite"
    treasure_map = "treasure_map"
    cake = "cake"
    lantern = "lantern"
    boat = "boat"
    book = "book"
    ball = "ball"
    telescope = "telescope"
    balloon = "balloon"
    flower = "flower"
    key = "key"
    shell = "shell"
    umbrella = "umbrella"
    basket = "basket"
    teddy_bear = "teddy_bear"
    present = "present"
    wand = "wand"
    bucket = "bucket"
    spade = "spade"
    apple = "apple"
    cup = "cup"
    blanket = "blanket"
    compass = "compass"
    magnifying_glass = "magnifying_glass"
    nest = "nest"
    rocket = "rocket"
    paintbrush = "paintbrush"
    drum = "drum"
    sandcastle = "sandcastle"
    snowman = "snowman"
    sled = "sled"
    egg = "egg"
    acorn = "acorn"
    letter = "letter"
    feather = "feather"
    star = "star"
    bed = "bed"
    tent = "tent"
    duck = "duck"
    bird = "bird"
    hedgehog = "hedgehog"
    frog = "frog"
    fish = "fish"
    butterfly = "butterfly"
    mouse = "mouse"
    squirrel = "squirrel"
    turtle = "turtle"
    rope = "rope"
    ladder = "ladder"
    flashlight = "flashlight"
    crown = "crown"
    sandwich = "sandwich"


class Place(StrEnum):
    """A distinct spot within a setting: where a page happens."""

    forest_edge = "forest_edge"
    deep_wood = "deep_wood"
    clearing = "clearing"
    hilltop = "hilltop"
    shore = "shore"
    rock_pools = "rock_pools"
    dunes = "dunes"
    pier = "pier"
    launch_pad = "launch_pad"
    among_stars = "among_stars"
    moon_surface = "moon_surface"
    crater = "crater"
    castle_gate = "castle_gate"
    great_hall = "great_hall"
    tower_room = "tower_room"
    castle_garden = "castle_garden"
    farmyard = "farmyard"
    barn = "barn"
    field = "field"
    duck_pond = "duck_pond"
    playground = "playground"
    park_path = "park_path"
    park_pond = "park_pond"
    bandstand = "bandstand"
    reef = "reef"
    kelp_forest = "kelp_forest"
    shipwreck = "shipwreck"
    sea_cave = "sea_cave"
    foothills = "foothills"
    mountain_path = "mountain_path"
    peak = "peak"
    mountain_cave = "mountain_cave"
    jungle_edge = "jungle_edge"
    deep_jungle = "deep_jungle"
    river_bank = "river_bank"
    waterfall = "waterfall"
    village_square = "village_square"
    frozen_pond = "frozen_pond"
    snowy_hill = "snowy_hill"
    cottage = "cottage"
    bedroom = "bedroom"
    landing = "landing"
    bathroom = "bathroom"
    kitchen = "kitchen"
    window_seat = "window_seat"
    classroom = "classroom"
    reading_corner = "reading_corner"
    school_yard = "school_yard"


P = Place
# The places of each setting; the first is where a book in that setting starts.
PLACES: dict[Setting, tuple[Place, ...]] = {
    Setting.forest: (P.forest_edge, P.deep_wood, P.clearing, P.hilltop),
    Setting.beach: (P.shore, P.rock_pools, P.dunes, P.pier),
    Setting.space: (P.launch_pad, P.among_stars, P.moon_surface, P.crater),
    Setting.castle: (P.castle_gate, P.great_hall, P.tower_room, P.castle_garden),
    Setting.farm: (P.farmyard, P.barn, P.field, P.duck_pond),
    Setting.city_park: (P.playground, P.park_path, P.park_pond, P.bandstand),
    Setting.underwater: (P.reef, P.kelp_forest, P.shipwreck, P.sea_cave),
    Setting.mountains: (P.foothills, P.mountain_path, P.peak, P.mountain_cave),
    Setting.jungle: (P.jungle_edge, P.deep_jungle, P.river_bank, P.waterfall),
    Setting.snowy_village: (P.village_square, P.frozen_pond, P.snowy_hill, P.cottage),
    Setting.bedroom: (P.bedroom, P.landing, P.bathroom, P.kitchen, P.window_seat),
    Setting.classroom: (P.classroom, P.reading_corner, P.school_yard),
}
# Places under a roof, whatever their setting: the weather stays outside, and nobody
# holds an umbrella.
INDOOR_PLACES = frozenset(
    {
        *PLACES[Setting.bedroom],
        Place.classroom,
        Place.reading_corner,
        Place.great_hall,
        Place.tower_room,
        Place.barn,
        Place.mountain_cave,
        Place.sea_cave,
    }
)
SETTING_OF: dict[Place, Setting] = {
    place: setting for setting, places in PLACES.items() for place in places
}


class Obstacle(StrEnum):
    """What stands in the way, drawn as what it is."""

    rock_wall = "rock_wall"
    stream = "stream"
    bog = "bog"
    broken_bridge = "broken_bridge"
    fallen_tree = "fallen_tree"
    locked_door = "locked_door"
    cave_mouth = "cave_mouth"
    thorn_bush = "thorn_bush"
    deep_snow = "deep_snow"
    heap = "heap"  # a pile of things too high to climb: toys, books, boxes, pillows, seaweed
    staircase = "staircase"
    high_shelf = "high_shelf"


class Placement(StrEnum):
    """Where a prop nobody holds is: the text decides, the picture follows."""

    ground = "ground"
    up_high = "up_high"
    hidden = "hidden"
    in_water = "in_water"
    far_away = "far_away"
    inside = "inside"


class ArtStyle(StrEnum):
    flat = "flat"
    storybook = "storybook"


class Focus(StrEnum):
    wide = "wide"
    medium = "medium"
    close_up = "close_up"


class Facing(StrEnum):
    left = "left"
    right = "right"
    front = "front"


class CharacterSheet(BaseModel):
    """A character's fixed appearance: the law every picture of it follows."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Kind
    body_color: HexColor = Field(description="Skin for a child, fur, feathers, scales or metal.")
    accent_color: HexColor = Field(description="Belly, muzzle, markings, mane or panel colour.")
    eye_color: HexColor = "#3b2a1a"
    hair_style: HairStyle = HairStyle.none
    hair_color: HexColor = "#4a3020"
    outfit: Outfit = Outfit.none
    outfit_color: HexColor = "#3a7bd5"
    outfit_accent_color: HexColor = "#f2c14e"
    accessories: list[Accessory] = Field(
        default_factory=list, max_length=7, json_schema_extra={"uniqueItems": True}
    )
    # The character's age, for its height (a grandmother stands taller than a four-year-old).
    # It is the character's, not a look: filled in from the character when a picture is
    # drawn, never stored with the looks, and not part of the sheet's schema.
    age: SkipJsonSchema[int | None] = Field(default=None, ge=0, le=150, exclude=True)

    @model_validator(mode="after")
    def _unique_accessories(self) -> CharacterSheet:
        if len(set(self.accessories)) != len(self.accessories):
            raise ValueError("accessories must not repeat")
        return self


class SceneCharacter(BaseModel):
    """One character present on a page, by the id its sheet is known under."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    character_id: str = Field(min_length=1, max_length=64)
    pose: Pose = Pose.standing
    expression: Expression = Expression.happy
    position: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="Horizontal place, 0 left .. 1 right; auto when absent.",
    )
    facing: Facing | None = None
    with_character: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="The other one in a hug, a held hand or a talk.",
    )


class SceneProp(BaseModel):
    """A prop from the catalogue, held by a character or resting on the ground."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prop: Prop
    held_by: str | None = Field(default=None, min_length=1, max_length=64)
    placement: Placement | None = Field(
        default=None, description="Where it is when nobody holds it; the ground when absent."
    )


class SceneSpec(BaseModel):
    """Everything one page's picture shows."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    setting: Setting
    time_of_day: TimeOfDay = TimeOfDay.afternoon
    weather: Weather = Weather.clear
    characters: list[SceneCharacter] = Field(default_factory=list, max_length=5)
    props: list[SceneProp] = Field(default_factory=list, max_length=6)
    focus: Focus = Focus.wide
    focus_character: str | None = None
    place: Place | None = Field(default=None, description="One of the setting's places.")
    obstacle: Obstacle | None = None
    lights_out: bool | None = Field(
        default=None,
        description=(
            "A room at night: true with its lamps off (only the moon lights it), false with a "
            "lamp on; when absent, the lamps go off once someone is asleep."
        ),
    )

    @model_validator(mode="after")
    def _consistent(self) -> SceneSpec:
        ids = [c.character_id for c in self.characters]
        if len(set(ids)) != len(ids):
            raise ValueError("a character appears at most once per scene")
        for prop in self.props:
            if prop.held_by is not None and prop.held_by not in ids:
                raise ValueError(
                    f"prop {prop.prop} is held by {prop.held_by}, who is not in the scene"
                )
        if self.focus_character is not None and self.focus_character not in ids:
            raise ValueError("focus_character must be one of the scene's characters")
        for character in self.characters:
            other = character.with_character
            if other is not None and (other not in ids or other == character.character_id):
                raise ValueError(f"{character.character_id} is with {other}, not in the scene")
        if self.place is not None and SETTING_OF[self.place] is not self.setting:
            raise ValueError(f"place {self.place} is not in the {self.setting} setting")
        return self
