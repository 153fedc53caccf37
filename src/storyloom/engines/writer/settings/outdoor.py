"""The forest, the beach, the farm and the park."""

from __future__ import annotations

from storyloom.engines.illustrator.spec import Place, Prop, Setting, Weather
from storyloom.engines.writer.settings.base import SettingData, Sound

OUTDOOR: dict[Setting, SettingData] = {
    Setting.forest: SettingData(
        blocks=(
            "a fast, cold stream",
            "a big fallen tree",
            "a thick tangle of brambles",
            "a deep, muddy bog",
            "a broken old bridge",
            "a deep, dark ditch",
            "a wall of thick, prickly bushes",
        ),
        at="in the forest",
        here="the forest",
        home="the little house by the woods",
        far="the top of the green hill",
        far_place=Place.hilltop,
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
            "Green light fell through the [trees|leaves|branches].",
            "A little [green|brown|spotty] frog sat on a log.",
            "The moss was soft and cool.",
            "Dry leaves went crunch under their feet.",
            "A [red|brown] squirrel ran up a tree with an acorn.",
            "The old trees creaked in the wind.",
            "[Sun and shadow|Light and shadow] made [spots|little spots] on the path.",
        ),
        rich=(
            "Sunlight fell through the [leaves|branches] in [bright coins of gold|little pools of "
            "gold|bright gold spots].",
            "[Somewhere deep among the trees|Far off in the trees|High up on a trunk], a "
            "woodpecker drummed a [busy|quick|steady] rhythm.",
            "The path [curled|wound|twisted] between ferns that brushed their [knees|legs] like "
            "feathers.",
            "Mushrooms with [spotted|red and white|speckled] caps grew in a ring [beside the "
            "stream|under an old oak|by a mossy stone].",
            "The air smelled of [wet bark|damp earth|moss] and pine needles, [sharp and "
            "green|fresh and cool].",
            "A cobweb [strung|stretched] between two twigs held a row of [raindrops|dewdrops] "
            "like [glass beads|tiny pearls].",
            "Every step sank a little into the [soft, springy|thick, crackly|deep, soft] carpet "
            "of [old|fallen|brown] leaves.",
            "High above, the branches [knitted|wove|tangled] together into a [green roof|leafy "
            "ceiling|roof of green lace].",
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
        night=(
            "An owl said hoo, hoo, very softly.",
            "The trees stood still and dark.",
            "Little lights of fireflies went on and off.",
            "The wind in the leaves went hush, hush.",
            "The last bird sang one small song and stopped.",
        ),
    ),
    Setting.beach: SettingData(
        blocks=("a wide rock pool", "a tall wall of rocks", "a big pile of seaweed"),
        at="at the beach",
        here="the beach",
        home="the spot by the big rock",
        far="the end of the long sand",
        far_place=Place.pier,
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
            "Wet sand stuck to their toes.",
            "A gull sat on a post and watched them.",
            "Little shells went click [under the waves|in the water|at their feet].",
            "The wind blew [sand|salt] in their hair.",
        ),
        rich=(
            "Foam rushed up the sand and [slid|slipped|hissed] back again, leaving [shiny "
            "bubbles|a line of bubbles|wet shine] behind.",
            "The wind tasted of salt, and the gulls hung [in the sky|over the water|above the "
            "waves] without [flapping|moving a feather].",
            "Tiny shells [clicked|clattered|tinkled] together whenever a wave pulled back [into "
            "the sea|out again].",
            "Far out on the water, a [sailing boat|little yacht|fishing boat] bobbed like a "
            "[white paper hat|toy in a bath].",
            "The wet sand near the water was [cool and firm|hard and smooth], and it kept every "
            "[footprint|toe print].",
            "[Ropes|Tangles] of dark seaweed lay along the tide line, popping [when they were "
            "stepped on|underfoot].",
            "A warm breeze carried the smell of [sun cream|suncream and seaweed] and [salty "
            "chips|hot doughnuts].",
            "Sunlight [danced|sparkled|glittered] on the water in a thousand tiny [winks|stars].",
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
        night=(
            "The waves went swish, swish, slow and soft.",
            "The sand was cool now.",
            "The moon made a silver path on the sea.",
            "The gulls were quiet at last.",
            "A boat light blinked far away.",
        ),
    ),
    Setting.farm: SettingData(
        blocks=(
            "a tall gate that would not open",
            "a deep, muddy ditch",
            "a thick, prickly hedge",
            "a stream with no bridge",
            "a big muddy bog",
            "a fallen tree across the lane",
            "a wide, muddy puddle",
        ),
        at="on the farm",
        here="the farm",
        home="the farmhouse",
        far="the top field",
        far_place=Place.field,
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
            "The air smelled of [apples|apples and hay|hay].",
            "A hen ran by, flapping.",
            "Mud squished under their boots.",
            "A big brown cow looked over the gate.",
            "The barn door went creak[| creak] in the wind.",
            "[Little|Pink|Three little] pigs rolled in the mud.",
            "The ducks went quack, quack [on the pond|in the pond|by the pond].",
        ),
        rich=(
            "The barn smelled of sweet hay, and dust [floated|drifted|danced] in the bars of "
            "[sunshine|light].",
            "Fat [brown|speckled] hens scratched at the yard, [grumbling|muttering|chattering] to "
            "one another.",
            "Rows of [cabbages|lettuces] stretched away like green buttons sewn on a "
            "[blanket|brown quilt].",
            "A tractor rumbled somewhere beyond the hedge, [steady as a sleepy giant|like a big "
            "friendly bear].",
            "The mud in the yard was thick enough to [steal a boot|swallow a welly], and nearly "
            "did.",
            "A [pony|shaggy horse] leaned over the fence and blew warm, [grassy|hay-sweet] breath "
            "at them.",
            "Apples hung low in the orchard, red on one side and [green|gold] on the other.",
            "The weathervane on the barn roof swung round with a [rusty squeak|creak and a groan].",
        ),
        wonders=(
            "a nest of brand new chicks",
            "a pumpkin as big as a wheelbarrow",
            "a lamb born that very morning",
            "a hidden hayloft full of kittens",
        ),
        creature="hen",
        props=(Prop.egg, Prop.basket, Prop.apple, Prop.bucket),
        weathers=(Weather.clear, Weather.rain, Weather.wind),
        night=(
            "The cows lay down in the soft grass.",
            "The hens went to sleep in a row.",
            "One window of the house was gold and warm.",
            "The barn was dark and smelled of hay.",
            "Far off, a sheep said baa, very quietly.",
        ),
    ),
    Setting.city_park: SettingData(
        blocks=(
            "a tall locked gate",
            "a thick, prickly hedge",
            "a big fallen tree",
            "a wide stream with no bridge",
            "a huge muddy puddle",
            "a long, deep ditch",
            "a wall of thick bushes",
        ),
        at="in the park",
        here="the park",
        home="the green bench",
        far="the top of the big hill",
        far_place=Place.bandstand,
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
            Sound("creak, creak", "the swings", "go", "went"),
        ),
        details=(
            "The grass was soft and green.",
            "The swings went up and down.",
            "A dog ran after a ball.",
            "The pond shone in the sun.",
            "The air smelled of cut grass.",
            "A man sold ice cream from a cart.",
            "[Pink|Little pink|Yellow] flowers grew by the path.",
            "A mother duck and six babies swam in a line.",
        ),
        rich=(
            "[Dogs|Two puppies] chased each other in wide circles while their owners "
            "[laughed|called and whistled].",
            "The fountain threw up [sparkling|silver] ribbons of water that fell back with a "
            "[hiss|splash|soft patter].",
            "Beyond the trees, the tall buildings of the city [watched over|stood guard around] "
            "the park.",
            "Someone [nearby|by the gate] was selling ice cream from a cart with a [stripy|red "
            "and white] umbrella.",
            "The grass had just been cut, and the whole park smelled [green and sweet|like "
            "summer].",
            "Pigeons [strutted|marched] along the path, bobbing their heads [like busy clerks|in "
            "time].",
            "A breeze shook the blossom trees, and [pink|pale] petals drifted down like "
            "[snow|confetti].",
            "The old bandstand stood in the middle, its [paint|green paint] peeling in "
            "[curls|little flakes].",
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
        night=(
            "The park lamps came on, one by one.",
            "The swings were still.",
            "The ducks tucked their heads under their wings.",
            "The gate went click, and the park was quiet.",
            "The city lights glowed soft and far away.",
        ),
    ),
}
