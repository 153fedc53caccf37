"""Twelve settings, each with its own places, sounds, sensory details and props.

Plain words (`spots`, `sounds`, `details`) are kept to the young-reader word list so
toddler and preschool pages can use them; `rich` details are for readers of five and up.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyloom.engines.illustrator.spec import Prop, Setting, Weather


@dataclass(frozen=True, slots=True)
class Sound:
    word: str  # "tweet, tweet"
    source: str  # "the birds"
    present: str  # "sing" (agrees with source)
    past: str  # "sang"


@dataclass(frozen=True, slots=True)
class SettingData:
    at: str  # "in the forest"
    here: str  # "the forest"
    home: str  # where stories start and end: "the little green tent"
    far: str  # a far place to reach: "the top of the hill"
    spots: tuple[str, ...]  # locative phrases: "under the big tree"
    sounds: tuple[Sound, ...]
    details: tuple[str, ...]  # short sensory sentences, past tense, plain words
    rich: tuple[str, ...]  # longer sensory sentences for readers of five and up
    wonders: tuple[str, ...]  # things to discover, with article: "a nest of blue eggs"
    creature: str  # someone met on the way when the hero is alone
    props: tuple[Prop, ...]
    weathers: tuple[Weather, ...]


SETTINGS: dict[Setting, SettingData] = {
    Setting.forest: SettingData(
        at="in the forest",
        here="the forest",
        home="the little house by the woods",
        far="the top of the green hill",
        spots=(
            "under the big tree",
            "by the pond",
            "behind a log",
            "in the long grass",
            "under a pile of leaves",
            "by the old stump",
            "in a hole in a tree",
        ),
        sounds=(
            Sound("tweet, tweet", "the birds", "sing", "sang"),
            Sound("crunch, crunch", "the leaves", "go", "went"),
            Sound("tap, tap, tap", "a bird", "pecks", "pecked"),
        ),
        details=(
            "The air smelled of pine and rain.",
            "Green light fell through the trees.",
            "A little frog sat on a log.",
            "The moss was soft and cool.",
        ),
        rich=(
            "Sunlight fell through the leaves in bright coins of gold.",
            "Somewhere deep among the trees, a woodpecker drummed a busy rhythm.",
            "The path curled between ferns that brushed their knees like feathers.",
            "Mushrooms with spotted caps grew in a ring beside the stream.",
        ),
        wonders=(
            "a nest of blue eggs",
            "a ring of red mushrooms",
            "a fox den under the roots",
            "a hollow tree as big as a room",
        ),
        creature="squirrel",
        props=(Prop.acorn, Prop.basket, Prop.lantern, Prop.feather, Prop.nest),
        weathers=(Weather.clear, Weather.clear, Weather.wind, Weather.rain),
    ),
    Setting.beach: SettingData(
        at="at the beach",
        here="the beach",
        home="the spot by the big rock",
        far="the end of the long sand",
        spots=(
            "behind the big rock",
            "in a rock pool",
            "under the sand",
            "by the boats",
            "near the water",
            "under a pile of seaweed",
            "by the old pier",
        ),
        sounds=(
            Sound("splash, splash", "the waves", "go", "went"),
            Sound("swish", "the sea", "goes", "went"),
            Sound("caw, caw", "the gulls", "call", "called"),
        ),
        details=(
            "The sand was warm under their feet.",
            "The air smelled of salt.",
            "A little crab ran sideways.",
            "The sea was blue and green.",
        ),
        rich=(
            "Foam rushed up the sand and slid back again, leaving shiny bubbles behind.",
            "The wind tasted of salt, and the gulls hung in the sky without flapping.",
            "Tiny shells clicked together whenever a wave pulled back into the sea.",
            "Far out on the water, a sailing boat bobbed like a white paper hat.",
        ),
        wonders=(
            "a shell as pink as a sunset",
            "a rock pool full of tiny fish",
            "a starfish hiding under a stone",
            "a sandcastle left by the tide",
        ),
        creature="crab",
        props=(Prop.shell, Prop.bucket, Prop.spade, Prop.kite, Prop.boat, Prop.sandcastle),
        weathers=(Weather.clear, Weather.clear, Weather.wind),
    ),
    Setting.space: SettingData(
        at="in space",
        here="space",
        home="the little rocket",
        far="the moon with the blue rings",
        spots=(
            "behind a moon rock",
            "inside a crater",
            "by the rocket",
            "under a star",
            "near the big planet",
            "on a little moon",
            "by the space station",
        ),
        sounds=(
            Sound("beep, beep", "the rocket", "goes", "went"),
            Sound("whoosh", "a star", "goes", "went"),
            Sound("hum", "the engines", "go", "went"),
        ),
        details=(
            "The stars were bright and very near.",
            "Everything was quiet and floaty.",
            "The moon dust was soft and grey.",
            "A planet glowed pink and gold.",
        ),
        rich=(
            "Stars glittered in every direction, sharper than any seen from home.",
            "Their boots left deep prints in the silvery dust, and nothing moved them.",
            "A striped planet turned slowly overhead, wrapped in rings of ice.",
            "Without any air to carry it, the silence felt enormous and calm.",
        ),
        wonders=(
            "a moon made of sparkly rock",
            "a comet with a long bright tail",
            "a planet with seven rings",
            "a crater full of shiny stones",
        ),
        creature="moon mouse",
        props=(Prop.rocket, Prop.telescope, Prop.star, Prop.compass),
        weathers=(Weather.clear,),
    ),
    Setting.castle: SettingData(
        at="in the castle",
        here="the castle",
        home="the tall tower",
        far="the top of the tower",
        spots=(
            "behind the big door",
            "under the long table",
            "in the old hall",
            "up the winding stairs",
            "by the fire",
            "behind a red curtain",
            "in the garden",
        ),
        sounds=(
            Sound("clang, clang", "the bells", "ring", "rang"),
            Sound("creak", "the door", "goes", "went"),
            Sound("toot, toot", "the horns", "go", "went"),
        ),
        details=(
            "The stone walls were cool.",
            "Flags flapped on the towers.",
            "The hall smelled of warm bread.",
            "Long red rugs ran down the halls.",
        ),
        rich=(
            "Tall windows of coloured glass threw patches of ruby and green across the floor.",
            "Every footstep echoed along the stone corridors as if the castle were listening.",
            "Portraits of old kings and queens watched from the walls with painted smiles.",
            "From the kitchen drifted the smell of warm bread and cinnamon.",
        ),
        wonders=(
            "a secret door behind a painting",
            "a room full of old books",
            "a garden hidden inside the walls",
            "a staircase that went round and round",
        ),
        creature="castle cat",
        props=(Prop.key, Prop.book, Prop.wand, Prop.letter, Prop.lantern),
        weathers=(Weather.clear, Weather.wind),
    ),
    Setting.farm: SettingData(
        at="on the farm",
        here="the farm",
        home="the red barn",
        far="the top field",
        spots=(
            "in the hay",
            "behind the barn",
            "by the duck pond",
            "under the cart",
            "in the hen house",
            "by the gate",
            "in the apple trees",
        ),
        sounds=(
            Sound("moo", "the cows", "say", "said"),
            Sound("cluck, cluck", "the hens", "go", "went"),
            Sound("oink", "a pig", "goes", "went"),
        ),
        details=(
            "The hay was warm and dry.",
            "The air smelled of apples.",
            "A hen ran by, flapping.",
            "Mud squished under their boots.",
        ),
        rich=(
            "The barn smelled of sweet hay, and dust floated in the bars of sunshine.",
            "Fat brown hens scratched at the yard, grumbling to one another.",
            "Rows of cabbages stretched away like green buttons sewn on a blanket.",
            "A tractor rumbled somewhere beyond the hedge, steady as a sleepy giant.",
        ),
        wonders=(
            "a nest of brand new chicks",
            "a pumpkin as big as a wheelbarrow",
            "a lamb born that very morning",
            "a secret hayloft full of kittens",
        ),
        creature="hen",
        props=(Prop.egg, Prop.basket, Prop.apple, Prop.bucket),
        weathers=(Weather.clear, Weather.rain, Weather.wind),
    ),
    Setting.city_park: SettingData(
        at="in the park",
        here="the park",
        home="the green bench",
        far="the top of the big hill",
        spots=(
            "by the swings",
            "under the slide",
            "near the duck pond",
            "behind a bush",
            "by the big gate",
            "under the bench",
            "by the flower beds",
        ),
        sounds=(
            Sound("quack, quack", "the ducks", "go", "went"),
            Sound("ding, ding", "a bike bell", "rings", "rang"),
            Sound("whee", "the children", "shout", "shouted"),
        ),
        details=(
            "The grass was soft and green.",
            "The swings went up and down.",
            "A dog ran after a ball.",
            "The pond shone in the sun.",
        ),
        rich=(
            "Dogs chased each other in wide circles while their owners laughed.",
            "The fountain threw up sparkling ribbons of water that fell back with a hiss.",
            "Beyond the trees, the tall buildings of the city watched over the park.",
            "Someone nearby was selling ice cream from a cart with a stripy umbrella.",
        ),
        wonders=(
            "a duck with seven ducklings",
            "a tree full of pink blossom",
            "a squirrel that did tricks",
            "a hidden garden of roses",
        ),
        creature="duck",
        props=(Prop.ball, Prop.kite, Prop.balloon, Prop.flower),
        weathers=(Weather.clear, Weather.wind, Weather.rain),
    ),
    Setting.underwater: SettingData(
        at="under the sea",
        here="the sea",
        home="the coral reef",
        far="the deep blue cave",
        spots=(
            "behind the coral",
            "in the seaweed",
            "under a big shell",
            "by the old ship",
            "between two rocks",
            "in the sand",
            "by the kelp trees",
        ),
        sounds=(
            Sound("blub, blub", "the bubbles", "go", "went"),
            Sound("swish", "a big fish", "goes", "went"),
            Sound("pop", "a bubble", "goes", "went"),
        ),
        details=(
            "Little fish swam by in a line.",
            "The water was cool and blue.",
            "The seaweed waved this way and that.",
            "Bubbles went up and up.",
        ),
        rich=(
            "Shafts of light slanted down through the water and wobbled across the sand.",
            "A shoal of silver fish turned all at once, flashing like a thrown coin.",
            "The coral grew in fans and towers of orange, purple and pink.",
            "Long ribbons of seaweed swayed gently, as if waving hello.",
        ),
        wonders=(
            "a turtle as old as the sea",
            "a sunken ship with a bell",
            "an octopus that changed colour",
            "a pearl inside a giant shell",
        ),
        creature="turtle",
        props=(Prop.shell, Prop.boat, Prop.star),
        weathers=(Weather.clear,),
    ),
    Setting.mountains: SettingData(
        at="in the mountains",
        here="the mountains",
        home="the little tent",
        far="the top of the mountain",
        spots=(
            "behind a big rock",
            "by the stream",
            "in a cave",
            "under the pine trees",
            "on the steep path",
            "by the waterfall",
            "near the rope bridge",
        ),
        sounds=(
            Sound("whoosh", "the wind", "goes", "went"),
            Sound("splish, splash", "the stream", "goes", "went"),
            Sound("baa", "a goat", "says", "said"),
        ),
        details=(
            "The air was cold and fresh.",
            "Snow sat on the tops.",
            "The path went up and up.",
            "A goat stood on a high rock.",
        ),
        rich=(
            "Clouds drifted below them, sliding through the valleys like slow rivers.",
            "The air was so clear that every distant peak looked close enough to touch.",
            "Icy water tumbled over the stones, loud and bright and freezing cold.",
            "Wild flowers clung to the cracks in the rocks, purple and yellow and brave.",
        ),
        wonders=(
            "an eagle nest on a cliff",
            "a lake as blue as a jewel",
            "a waterfall with a rainbow",
            "a cave that sparkled inside",
        ),
        creature="goat",
        props=(Prop.compass, Prop.tent, Prop.lantern, Prop.treasure_map),
        weathers=(Weather.clear, Weather.wind, Weather.snow),
    ),
    Setting.jungle: SettingData(
        at="in the jungle",
        here="the jungle",
        home="the tree house",
        far="the big waterfall",
        spots=(
            "under a big leaf",
            "by the river",
            "behind the vines",
            "in a hollow log",
            "up a tall tree",
            "by the orange flowers",
            "near the old stones",
        ),
        sounds=(
            Sound("hoo, hoo", "the monkeys", "call", "called"),
            Sound("drip, drip", "the leaves", "go", "went"),
            Sound("squawk", "a parrot", "says", "said"),
        ),
        details=(
            "The air was hot and wet.",
            "Big leaves hung down low.",
            "A frog hopped by.",
            "Bright birds flew past.",
        ),
        rich=(
            "The jungle steamed and hummed, full of creatures too well hidden to see.",
            "Leaves as wide as umbrellas dripped with last night's rain.",
            "A parrot with feathers like a painted sunset watched them from a branch.",
            "Vines looped from tree to tree, thick enough to swing on.",
        ),
        wonders=(
            "a flower as big as a table",
            "a family of sleepy sloths",
            "a river full of pink fish",
            "a tree with golden fruit",
        ),
        creature="monkey",
        props=(Prop.treasure_map, Prop.compass, Prop.flower),
        weathers=(Weather.clear, Weather.rain),
    ),
    Setting.snowy_village: SettingData(
        at="in the snowy village",
        here="the village",
        home="the little blue house",
        far="the top of the snowy hill",
        spots=(
            "under the snow",
            "behind the snowman",
            "by the frozen pond",
            "near the bakery",
            "under the tall fir tree",
            "by the well",
            "in the deep snow",
        ),
        sounds=(
            Sound("crunch, crunch", "the snow", "goes", "went"),
            Sound("jingle, jingle", "the bells", "go", "went"),
            Sound("swoosh", "a sled", "goes", "went"),
        ),
        details=(
            "The snow was soft and white.",
            "The air smelled of hot bread.",
            "Smoke came from every house.",
            "Their noses went pink in the cold.",
        ),
        rich=(
            "Every roof wore a thick white hat, and icicles hung from the gutters.",
            "The bakery window glowed gold, and the smell of hot buns drifted out.",
            "Children pulled sleds up the hill, their cheeks as red as apples.",
            "Snowflakes drifted down so slowly that they seemed to hang in the air.",
        ),
        wonders=(
            "a snowman with a carrot nose",
            "a frozen pond like glass",
            "an ice palace built by the children",
            "a sled shaped like a swan",
        ),
        creature="robin",
        props=(Prop.sled, Prop.snowman, Prop.lantern, Prop.present),
        weathers=(Weather.snow, Weather.snow, Weather.clear),
    ),
    Setting.bedroom: SettingData(
        at="in the bedroom",
        here="the bedroom",
        home="the cosy bed",
        far="the top of the toy shelf",
        spots=(
            "under the bed",
            "in the toy box",
            "behind the door",
            "under the pillow",
            "on the shelf",
            "in the cupboard",
            "under the rug",
        ),
        sounds=(
            Sound("tick, tock", "the clock", "goes", "went"),
            Sound("pitter-patter", "the rain", "goes", "went"),
            Sound("creak", "the floor", "goes", "went"),
        ),
        details=(
            "The lamp was warm and low.",
            "The blanket was soft.",
            "Toys sat in a row.",
            "The moon peeked in.",
        ),
        rich=(
            "The night light painted soft stars across the ceiling.",
            "A row of toys sat on the shelf, watching with button eyes.",
            "Outside the window, the street lamps glowed like a string of beads.",
            "The blanket smelled of soap and sunshine from the washing line.",
        ),
        wonders=(
            "a box of old toys",
            "a book with a secret map",
            "a star that glowed on the ceiling",
            "a tent made of blankets",
        ),
        creature="toy mouse",
        props=(Prop.teddy_bear, Prop.book, Prop.blanket, Prop.bed, Prop.lantern),
        weathers=(Weather.clear,),
    ),
    Setting.classroom: SettingData(
        at="in the classroom",
        here="the classroom",
        home="the reading corner",
        far="the top shelf",
        spots=(
            "under the desks",
            "in the paint pots",
            "behind the board",
            "by the window",
            "in the book corner",
            "under the coat pegs",
            "in the toy box",
        ),
        sounds=(
            Sound("ding", "the bell", "goes", "went"),
            Sound("tap, tap", "the pencils", "go", "went"),
            Sound("scrape", "a chair", "goes", "went"),
        ),
        details=(
            "The room smelled of paint.",
            "Pictures hung on the walls.",
            "The sun shone on the desks.",
            "The fish swam in the tank.",
        ),
        rich=(
            "Paintings of rockets and rainbows covered every inch of the walls.",
            "The class goldfish drifted in its tank, blowing thoughtful bubbles.",
            "Sunlight fell across the desks, catching the dust in golden sparks.",
            "A chart of the planets hung beside the window, a little crooked.",
        ),
        wonders=(
            "a box of old maps",
            "a jar of sea glass",
            "a caterpillar turning into a butterfly",
            "a drawer of magnets",
        ),
        creature="class hamster",
        props=(Prop.book, Prop.paintbrush, Prop.drum, Prop.letter),
        weathers=(Weather.clear,),
    ),
}
