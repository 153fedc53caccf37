"""Space, under the sea, the mountains and the jungle."""

from __future__ import annotations

from storyloom.engines.illustrator.spec import Place, Prop, Setting, Weather
from storyloom.engines.writer.settings.base import SettingData, Sound

WILD: dict[Setting, SettingData] = {
    Setting.space: SettingData(
        blocks=("a field of tumbling rocks", "a deep, dark crater", "a swirl of space dust"),
        at="in space",
        here="space",
        home="the little rocket",
        far="the moon with the blue rings",
        far_place=Place.moon_surface,
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
            "The stars were [bright and very near|so near, and so bright|big and bright and near].",
            "Everything was [quiet and floaty|floaty and still|still and floaty].",
            "The moon dust was soft and grey[| under their boots| and deep].",
            "A planet glowed pink and gold.",
            "Their boots made big prints in the [dust|grey dust|soft dust].",
            "A star went whoosh across the sky.",
            "Far away, the earth was a little blue ball.",
            "The rocket lights went blink, blink.",
        ),
        rich=(
            "Stars glittered in every direction, [sharper|brighter] than any seen from "
            "[home|earth].",
            "Their boots left deep prints in the [silvery|powdery grey] dust, and [nothing moved "
            "them|there they stayed].",
            "A striped planet turned slowly overhead, wrapped in rings of [ice|glittering dust].",
            "Without any air to carry [it|sound], the silence felt [enormous and calm|huge and "
            "soft].",
            "Far [below|away], the earth hung like a blue and white marble on [black velvet|a "
            "dark blanket].",
            "Every step was a slow, floating bounce, as if the ground did not quite [want "
            "them|want to let go].",
            "A comet drew a long [silver|white] scratch across the [darkness|black sky].",
            "The rocket's little windows glowed [yellow|orange], the only warm colour for "
            "[miles|a million miles].",
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
        night=(
            "The stars hung still and soft.",
            "The rocket went hum, hum, very low.",
            "The earth glowed blue, like a night light.",
            "Everything floated slow and quiet.",
            "The big planet turned, round and round, in its sleep.",
        ),
    ),
    Setting.underwater: SettingData(
        blocks=(
            "a thick forest of seaweed",
            "a tall wall of coral",
            "a dark, deep crack in the rocks",
        ),
        at="under the sea",
        here="the sea",
        home="the coral reef",
        far="the deep blue cave",
        far_place=Place.sea_cave,
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
            "Little [fish|yellow fish|blue fish] swam by in a line.",
            "The water was cool and blue.",
            "The seaweed waved this way and that.",
            "[Bubbles|Little bubbles|Silver bubbles] went up and up.",
            "A [crab|little crab|red crab] [walked|ran|went] sideways [on the sand|past their "
            "toes|over the sand].",
            "Pink and orange coral grew all around.",
            "A big fish swam by, slow and fat.",
            "Sand came up in little puffs.",
        ),
        rich=(
            "[Shafts|Beams] of light slanted down through the water and [wobbled|wavered] across "
            "the sand.",
            "A shoal of silver fish turned all at once, flashing like [a thrown coin|a handful of "
            "coins].",
            "The coral grew in [fans and towers|fans and castles] of [orange, purple and "
            "pink|yellow, blue and red].",
            "Long ribbons of seaweed swayed gently, as if [waving hello|saying hello|dancing "
            "slowly].",
            "A sea turtle glided past, paddling as calmly as [someone out for a stroll|a granny "
            "on a Sunday].",
            "Every movement sent up a silver string of bubbles that [wobbled|wriggled] toward the "
            "light.",
            "Little [striped|orange] fish darted in and out of the anemones, playing [tag|hide "
            "and seek].",
            "The sand on the sea floor was rippled into lines, like [the roof of a mouth|a "
            "ploughed field].",
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
        night=(
            "The water went dark and soft and blue.",
            "The little fish tucked into the coral.",
            "Bubbles went up, slow, slow, slow.",
            "The seaweed swayed like a sleepy wave.",
            "A glow fish made a tiny light.",
        ),
    ),
    Setting.mountains: SettingData(
        blocks=(
            "a steep slope of loose stones",
            "a rushing river with no bridge",
            "a broken rope bridge",
            "a deep snowdrift",
            "a tall wall of rock",
            "a cold, fast stream",
            "a big fallen pine tree",
        ),
        at="in the mountains",
        here="the mountains",
        home="the little tent",
        far="the top of the mountain",
        far_place=Place.peak,
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
            "Snow sat on the [tops|tops of the hills|high tops].",
            "The path went up and up.",
            "A goat stood on a high rock.",
            "Little stones went click down the hill.",
            "The stream was so cold it made their hands pink.",
            "Clouds sat on the hills like [hats|big hats|soft hats].",
            "The wind blew hard, then soft.",
        ),
        rich=(
            "Clouds drifted below them, sliding through the valleys like [slow rivers|spilled "
            "milk].",
            "The air was so [clear|clean] that every distant peak looked close enough to "
            "[touch|reach out and pat].",
            "Icy water tumbled over the stones, [loud and bright|chattering and splashing] and "
            "freezing cold.",
            "Wild flowers clung to the cracks in the rocks, [purple and yellow|blue and white] "
            "and brave.",
            "Loose pebbles [skittered|slid] away under their boots and rattled down the "
            "[slope|hillside].",
            "An eagle turned slow circles far above, without once [moving|beating] its wings.",
            "The wind smelled of snow, even though the sun was warm on their [faces|cheeks].",
            "Below them, the valley lay spread out like a [patchwork quilt|green and gold "
            "blanket].",
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
        night=(
            "The hills went [dark blue|grey-blue|purple], then black.",
            "The stars came out, more than anyone could [count|ever count|count in a year].",
            "The stream went splish, very [soft|quiet], in the dark.",
            "The tent was warm [inside|and snug inside|and full of blankets].",
            "The cold wind went hush [around|over|between] the rocks.",
        ),
    ),
    Setting.jungle: SettingData(
        blocks=(
            "a wide river with no bridge",
            "a thick wall of tangled vines",
            "a deep, sticky swamp",
            "a big fallen tree",
            "a broken rope bridge",
            "a wall of prickly bushes",
            "a fast, brown stream",
        ),
        at="in the jungle",
        here="the jungle",
        home="the tree house",
        far="the big waterfall",
        far_place=Place.waterfall,
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
            "A [frog|green frog|little frog] hopped by.",
            "Bright birds flew past.",
            "Long vines hung from the trees.",
            "A monkey swung by on one arm.",
            "Rain went drip, drip from the leaves.",
            "Orange flowers smelled sweet.",
        ),
        rich=(
            "The jungle [steamed and hummed|buzzed and dripped], full of creatures too well "
            "hidden to see.",
            "Leaves as wide as [umbrellas|tables] dripped with last night's rain.",
            "A parrot with feathers like a [painted sunset|box of crayons] watched them from a "
            "branch.",
            "Vines [looped|hung] from tree to tree, thick enough to swing on.",
            "The ground was soft and dark, and it [squelched|squished] with every step.",
            "A line of ants marched past, each one carrying a [piece of green leaf|leaf like a "
            "little flag].",
            "Somewhere above the leaves, a troop of monkeys [were having a noisy argument|were "
            "shrieking with laughter].",
            "Flowers the colour of [flames|tangerines] hung from the branches, buzzing with bees.",
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
        night=(
            "The monkeys curled up high in the trees.",
            "Frogs sang a soft, slow song.",
            "Rain went pitter-patter on the big leaves.",
            "Little lights blinked in the dark green.",
            "The sloths did not move at all.",
        ),
    ),
}
