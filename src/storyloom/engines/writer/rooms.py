"""What is in each place: the things a bedtime book says goodnight to, who there can
yawn, and the scenery of a house's rooms (the bath in the bathroom, the cups in the
kitchen), so a page's refrain and its scenery come from where the characters are."""

from __future__ import annotations

from storyloom.engines.illustrator.spec import Place, Setting

P = Place
# Things to say goodnight to, by place: what is there to be seen.
THINGS: dict[Place, tuple[str, ...]] = {
    P.forest_edge: ("trees", "path", "little house"),
    P.deep_wood: ("trees", "old stump", "ferns"),
    P.clearing: ("grass", "mushrooms", "moon"),
    P.hilltop: ("hill", "stars", "moon"),
    P.shore: ("waves", "sand", "boats"),
    P.rock_pools: ("crabs", "shells", "rock pools"),
    P.dunes: ("sandy hills", "stars", "moon"),
    P.pier: ("pier", "boats", "gulls"),
    P.launch_pad: ("rocket", "stars", "earth"),
    P.among_stars: ("stars", "planets", "rocket"),
    P.moon_surface: ("moon dust", "earth", "stars"),
    P.crater: ("crater", "moon dust", "stars"),
    P.castle_gate: ("gate", "flags", "towers"),
    P.great_hall: ("long table", "big fire", "old pictures"),
    P.tower_room: ("tower", "candles", "tall window"),
    P.castle_garden: ("flowers", "garden", "moon"),
    P.farmyard: ("hens", "gate", "cart"),
    P.barn: ("cows", "hay", "barn door"),
    P.field: ("sheep", "field", "moon"),
    P.duck_pond: ("ducks", "pond", "frogs"),
    P.playground: ("swings", "slide", "sandpit"),
    P.park_path: ("path", "trees", "park lamps"),
    P.park_pond: ("ducks", "pond", "moon"),
    P.bandstand: ("bandstand", "green", "stars"),
    P.reef: ("coral", "little fish", "bubbles"),
    P.kelp_forest: ("kelp", "turtle", "bubbles"),
    P.shipwreck: ("old ship", "ship's bell", "little fish"),
    P.sea_cave: ("cave", "glow fish", "shells"),
    P.foothills: ("hills", "tent", "goats"),
    P.mountain_path: ("path", "goats", "stars"),
    P.peak: ("mountain", "stars", "moon"),
    P.mountain_cave: ("cave", "lantern", "rocks"),
    P.jungle_edge: ("tree house", "big leaves", "parrots"),
    P.deep_jungle: ("monkeys", "vines", "frogs"),
    P.river_bank: ("river", "frogs", "moon"),
    P.waterfall: ("waterfall", "pool", "stars"),
    P.village_square: ("houses", "bakery", "snowman"),
    P.frozen_pond: ("frozen pond", "snowman", "moon"),
    P.snowy_hill: ("hill", "sleds", "stars"),
    P.cottage: ("little house", "fire", "robin"),
    P.bedroom: ("toys", "lamp", "rug", "curtains"),
    P.landing: ("stairs", "night light", "hall"),
    P.bathroom: ("bath", "toothbrush", "towel"),
    P.kitchen: ("cups", "kitchen table", "kettle"),
    P.window_seat: ("moon", "stars", "window"),
    P.classroom: ("desks", "chairs", "paint pots"),
    P.reading_corner: ("books", "reading rug", "cushions"),
    P.school_yard: ("yard", "gate", "stars"),
}
# Animals of each setting that may yawn in a bedtime refrain (never the sky or the trees).
SLEEPERS: dict[Setting, tuple[str, ...]] = {
    Setting.forest: ("the birds", "the squirrel", "the fox"),
    Setting.beach: ("the gulls", "the crabs"),
    Setting.space: ("the moon mouse",),
    Setting.castle: ("the castle cat", "the horses"),
    Setting.farm: ("the cows", "the hens", "the pigs"),
    Setting.city_park: ("the ducks", "the pigeons"),
    Setting.underwater: ("the little fish", "the turtle"),
    Setting.mountains: ("the goats", "the eagle"),
    Setting.jungle: ("the monkeys", "the sloths", "the parrots"),
    Setting.snowy_village: ("the robin", "the sled dogs"),
    Setting.bedroom: (),
    Setting.classroom: ("the class hamster", "the goldfish"),
}
# The rooms of a house at bedtime, plain words, past tense.
ROOM_NIGHT: dict[Place, tuple[str, ...]] = {
    P.bathroom: (
        "The bath water went [glug, glug|glug, glug, glug|glug, then glug], down the plug.",
        "The towel was [warm and soft|soft and warm|big and fluffy].",
        "The tap went drip, drip, [slow and soft|soft and slow|very slow].",
        "[Bubbles|The last bubbles|Little bubbles] popped, one by one, [in the bath|on the "
        "water|by the tap].",
    ),
    P.kitchen: (
        "The kitchen clock went tick, tock, [very slow|slow and soft|soft and low].",
        "The [cups|clean cups|blue cups] sat in a row[| on the table| by the bread].",
        "The kettle was [quiet now|cold and quiet|fast asleep, like everyone else].",
        "The kitchen smelled of [warm milk and toast|toast and warm milk|warm milk].",
    ),
    P.landing: (
        "The night light glowed [at the top of the stairs|small and gold on the landing].",
        "The stairs were [dim and still|dark and quiet|still and dim].",
        "Every door on the landing was [nearly shut|open just a crack|pushed to].",
        "A [small|long|gold] line of light lay under a door.",
        "Somebody's shoes sat [at the top of the stairs|by the wall], side by side.",
    ),
    P.window_seat: (
        "Outside the window, the moon was [up, round and white|big and round|a silver smile].",
        "The stars peeped in at the [glass|window|cool glass].",
        "The glass was cool, and the night outside was [blue|dark blue|deep and blue].",
        "Far off, [a car went by|a train went by|an owl called], and then all was quiet.",
        "The window seat was [soft and warm|snug|piled with cushions].",
    ),
    P.bedroom: (
        "The lamp by the bed was [low|turned down low|small and gold].",
        "The toys on the shelf sat [still|in a row|quietly], [watching|waiting] for the night.",
        "Somewhere under the bed, a lost sock [waited|hid|slept] until morning.",
    ),
}
# Under any roof at night: the lamp, the quiet, the sky seen through a window.
INDOOR_NIGHT: tuple[str, ...] = (
    "Outside the window, the sky was [dark blue now|deep blue|going from blue to "
    "black|full of night].",
    "The lamp made a [small, warm|little gold|soft, round] circle of light[| on the "
    "floor| in the dark].",
    "It was very, very quiet {spot_here}.",
    "Through the window, [one star|a first star] [peeped out|came out|popped out], then two, "
    "then three.",
    "The light went dim {spot_here}, then dimmer.",
    "Somewhere, a door [closed softly|clicked shut|went creak, then click].",
    "The [shadows|corners] were [soft and grey|dim and still|deep and soft] now.",
    "Everything {spot_here} was [still|quiet and still|hushed and still].",
    "[A clock ticked|The house creaked|The floor creaked] [softly|once, then twice], the way "
    "[houses do|it always did] at night.",
    "The [warm|soft|yellow] light made [long|soft|big] shadows on the wall.",
)

__all__ = ["INDOOR_NIGHT", "ROOM_NIGHT", "SLEEPERS", "THINGS"]
