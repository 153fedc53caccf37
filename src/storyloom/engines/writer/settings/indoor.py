"""The castle, the snowy village, the bedroom and the classroom."""

from __future__ import annotations

from storyloom.engines.illustrator.spec import Place, Prop, Setting, Weather
from storyloom.engines.writer.settings.base import SettingData, Sound

INDOOR: dict[Setting, SettingData] = {
    Setting.castle: SettingData(
        blocks=(
            "a long, dark staircase",
            "a heavy locked door",
            "a deep moat",
            "a tall stone wall",
        ),
        at="in the castle",
        here="the castle",
        home="the gatehouse",
        far="the top of the tower",
        far_place=Place.tower_room,
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
            "The stone walls were [cool|cool and grey|thick and cool].",
            "Flags flapped on the [towers|tall towers|high towers].",
            "The hall smelled of warm [bread|bread and jam|cake].",
            "Long [red|blue|gold] rugs ran down the halls.",
            "Their feet went tap, tap on the [stone|stone floor|cold stone].",
            "A fire went crackle in the big hall.",
            "Old pictures of [kings|kings and queens|queens] hung on the walls.",
            "The stairs went round and round and [up|up and up].",
        ),
        rich=(
            "Tall windows of coloured glass threw patches of [ruby and green|red and gold|blue "
            "and violet] across the floor.",
            "Every footstep echoed along the stone [corridors|halls] as if the castle were "
            "listening.",
            "Portraits of old kings and queens watched from the walls with [painted smiles|stern "
            "painted eyes].",
            "From the kitchen drifted the smell of [warm bread and cinnamon|roast apples|fresh "
            "buns].",
            "A suit of armour stood in the corner, polished so bright it [held their faces|shone "
            "like a mirror].",
            "The great fireplace was big enough to stand in, and it smelled of [old smoke|ash and "
            "pine].",
            "Somewhere far above, a flag [snapped and fluttered|cracked like a whip] in the wind.",
            "The stone steps were worn into dips by [hundreds of years of feet|centuries of "
            "footsteps].",
        ),
        wonders=(
            "a hidden door behind a painting",
            "a room full of old books",
            "a garden hidden inside the walls",
            "a staircase that went round and round",
        ),
        creature="castle cat",
        props=(Prop.key, Prop.book, Prop.wand, Prop.letter, Prop.lantern),
        weathers=(Weather.clear, Weather.wind),
        night=(
            "The big fire was low and red.",
            "Candles made soft gold spots on the walls.",
            "The castle was still, from the top to the bottom.",
            "The flags hung down, too sleepy to flap.",
            "The moon looked in at the tall window.",
        ),
    ),
    Setting.snowy_village: SettingData(
        blocks=(
            "a big pile of snow",
            "a frozen, slippery hill",
            "a tall wall of snow",
            "a deep snowdrift",
        ),
        at="in the snowy village",
        here="the village",
        home="the blue house on the square",
        far="the top of the snowy hill",
        far_place=Place.snowy_hill,
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
            "The air smelled of hot [bread|bread and soup|cake].",
            "Smoke came from every house.",
            "Their noses went [pink|red|rosy] in the cold.",
            "Snow went crunch under their boots.",
            "Icicles hung from the roofs like teeth.",
            "Their breath made little clouds.",
            "A robin sat on the [fence|gate|wall], red and round.",
        ),
        rich=(
            "Every roof wore a thick white hat, and icicles hung from the [gutters|eaves] like "
            "[glass teeth|long fingers].",
            "The bakery window glowed gold, and the smell of [hot buns|cinnamon rolls] drifted "
            "out.",
            "Children pulled sleds up the hill, their cheeks as red as [apples|cherries].",
            "Snowflakes drifted down so slowly that they seemed to [hang in the air|float].",
            "The cold nipped at their [fingers|noses], even through [two pairs of gloves|their "
            "thick scarves].",
            "Smoke curled up from [every|each] chimney and leaned the same way in the "
            "[wind|breeze].",
            "The snow on the path had been [trodden|pressed] into a [shiny, slippery "
            "ribbon|glassy slide].",
            "Somewhere a shovel scraped, and a dog barked [twice at nothing|at a snowball].",
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
        night=(
            "Snow fell, soft and slow, on every roof.",
            "The windows glowed warm and gold.",
            "The village was white and still.",
            "The snowman stood quiet in the moonlight.",
            "Even the bells were asleep.",
        ),
    ),
    Setting.bedroom: SettingData(
        blocks=(
            "a big heap of toys",
            "a tall wobbly pile of books",
            "a mountain of pillows",
            "a high shelf",
        ),
        at="in the bedroom",
        here="the bedroom",
        home="the cosy bed",
        far="the top of the toy shelf",
        far_place=Place.bedroom,
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
            "The lamp was [warm and low|low and warm|turned down low].",
            "The blanket was soft.",
            "Toys sat in a row.",
            "The moon peeked in.",
            "The rug was soft under bare toes.",
            "The room smelled of soap and clean socks.",
            "A toy train sat on the [floor|rug].",
            "Books stood on the shelf in a row.",
        ),
        rich=(
            "The night light painted soft [stars|moons] across the ceiling.",
            "A row of toys sat on the shelf, watching with [button eyes|glassy eyes].",
            "Outside the window, the street lamps glowed like a string of [beads|pearls].",
            "The blanket smelled of [soap and sunshine|clean washing and fresh air].",
            "Socks and crayons and one lost shoe made a [small mountain|wobbly heap] in the "
            "corner.",
            "The curtains moved a little in the breeze, as if [someone were breathing|the room "
            "were sighing].",
            "The floorboard by the door creaked, the way it [always did|always, always did].",
            "A paper mobile of [birds|fish|planets] turned slowly above the bed.",
        ),
        wonders=(
            "a box of old toys",
            "a book with a hidden map",
            "a star that glowed on the ceiling",
            "a tent made of blankets",
        ),
        creature="toy mouse",
        props=(Prop.teddy_bear, Prop.book, Prop.blanket, Prop.bed, Prop.lantern),
        weathers=(Weather.clear,),
        night=(
            "The night light glowed, small and gold.",
            "The curtains were [closed|drawn|shut]. The room was [dim|dark and soft|dim and "
            "still].",
            "The toys on the shelf were [still|quiet|sitting in a row].",
            "The clock went tick, tock, [slow and soft|soft and slow|slow and low].",
            "The stars on the ceiling glowed [green|pale green|soft and green].",
        ),
    ),
    Setting.classroom: SettingData(
        blocks=(
            "a tall stack of chairs",
            "a high shelf",
            "a big heap of boxes",
            "a long row of desks",
        ),
        at="in the classroom",
        here="the classroom",
        home="the classroom desks",
        far="the top shelf",
        far_place=Place.classroom,
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
            "[Pictures|Big pictures|Bright pictures] hung on the walls.",
            "The sun shone on the [desks|desks and chairs|tables].",
            "The fish swam [in the tank|round and round in the tank|in its tank].",
            "Crayons sat in a [jar|pot|box], every colour.",
            "The rug had a big [map|map of the world|road map] on it.",
            "Coats hung on the pegs in a [row|long row|straight row].",
            "The hamster ran round in its wheel.",
        ),
        rich=(
            "Paintings of [rockets and rainbows|dinosaurs and dragons] covered every inch of the "
            "walls.",
            "The class goldfish drifted in its tank, blowing [thoughtful|slow, round] bubbles.",
            "Sunlight fell across the desks, catching the dust in [golden sparks|little gold "
            "specks].",
            "A chart of the [planets|alphabet] hung beside the window, a little crooked.",
            "The room smelled of pencil shavings, poster paint and somebody's [orange|banana].",
            "Wet paintings hung from a string across the room, dripping onto [old newspaper|the "
            "floor].",
            "The hamster's wheel [squeaked|creaked] round and round in the corner, [never getting "
            "anywhere|tirelessly].",
            "[Thirty|Twenty] chairs were tucked under their desks, all [a little crooked|slightly "
            "wonky].",
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
        night=(
            "The classroom was empty and dim.",
            "The chairs were up on the desks.",
            "The hamster curled up in its hay.",
            "The paintings on the walls were still.",
            "Only the fish tank glowed, soft and blue.",
        ),
    ),
}
