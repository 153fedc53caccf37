"""Words young children know: the most frequent English words plus the words of their world.

Toddler and preschool pages are checked against this list (names excepted): frequency
alone misses "puddle" and "kitten", and a list of child words alone misses "because".
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import top_n_list

TOP_N = 3000

# Animals, colours, sounds, toys, food, nature, home and body words from picture books,
# many of them too rare in adult text to make the frequency list.
_CHILD_TEXT = """
acorn apple apples ant bear bears bee bees bird birds bunny butterfly cat cats chick chicks cow
cows crab crabs dinosaur dog dogs dolphin donkey dragon duck ducks duckling ducklings eagle
elephant fish fox frog frogs gull gulls goat goats hamster hedgehog hen hens horse kitten
kittens lamb lion monkey monkeys mouse mice owl owls parrot penguin pig pigs puppy rabbit robin
robot seal sheep sloth sloths snail squirrel starfish tiger turtle unicorn whale worm zebra
magpie red blue green yellow pink purple orange brown grey gray white black gold silver woof
meow purr moo baa oink quack cluck cheep tweet hoot hoo neigh beep buzz splash splish whoosh
swoosh swish crunch creak clang ding tick tock thump bump pop zoom whee yip grr puff boo hoo ha
tap pitter patter drip caw squawk jingle toot blub scrape wobble yawn splat hush shh hooray yay
wow oops ball balloon balloons kite kites teddy toy toys doll drum drums blocks book books
crayon crayons paint paintbrush puzzle sled spade bucket boat boats rocket train trains wand
present presents blanket pillow pyjamas bath bubbles cup milk cake jam bread snack snacks
cookie banana bananas carrot soup honey tree trees leaf leaves log stump pond hill grass flower
flowers moss mud puddle puddles rock rocks sand sea shell shells wave waves beach stars moon
sun sky cloud clouds rain snow snowman wind seaweed coral reef nest egg eggs feather crumbs hay
barn gate cart swings slide bench park castle tower hall curtain garden bed lamp shelf cupboard
rug pillow door window desk desks pegs board pot pots jungle vine vines waterfall cave forest
farm planet planets crater comet telescope compass map lantern tent basket key letter mushroom
mushrooms ferns kelp pier pool pools tide sandcastle icicle bakery well fir tummy teeth nose
toes knees hands hug hugs giggle giggled giggles silly sleepy snug cosy cozy bedtime goodnight
nap pat pats peek peeks peeked hop hops hopped sniff sniffs sniffed flap flaps flapped trot
trots trotted wag wags hum hums hummed wiggle tiptoe hide hides hid seek splashes jump jumps
jumped climb climbs climbed stroked stroke sing sings sang twinkle twinkled yawned yawns
giggling snuggled snuggles cheered claps clapped waved waves tagged wobbly slippery sparkly
shiny shining floaty fluffy soft warm cold wet dry tiny big little fuzzy bumpy grumpy okay mum
mummy dad daddy gran granny grandma grandpa nana sis woke rang drew shone hung swam crept blew
flew slept sang ran hmm clue clues coat rope bye goodbye snowy classroom bedroom tape den
stairs grin muddy pencil pencils frozen pine paw paws dust bug bugs boots beans lap horn horns
wing wings hoof hooves claw claws hand moat snowdrift pillows stack tumbling swirl crack
bubble sock socks thumb thumbs tune drawer trail pile sideways fetch pet sibling kindness brave
bold footprints thread ditch bog palace wheelbarrow hayloft staircase caterpillar octopus
sunken jewel blossom magnet magnets swan marbles pumpkin rainbow cliff roots hollow steep seed
seeds coins chocolate tail tails ears finger fingers sunset lift clock boring tricks pearl bush
bushes jar whistle whistled squish squished count counted pebble beetle riddle lace laces knee
knees whisper wipe skip loose lookout meanwhile tag sigh explore gentle gently smell shout
tease sparkle asleep brush borrow glow belong peck thick cheer colour color poke ceiling
fold crackle wheel dim snip squeak swing swung ribbon tuck glue blink fence cheek curl peep
bare soap crumb shake shook lean ooh shadow candle sandpit mew string scare scary hurry
moonlight heap bounce yucky sway biscuit fallen kiss pyjama stretch wriggle firefly
brambles tangle tangled prickly hedge slope rushing swamp toothbrush towel kettle cushions
pigeons goldfish glug plug toast bandstand floated pale gatehouse farmhouse
"""
CHILD_WORDS = frozenset(_CHILD_TEXT.split())

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@lru_cache(maxsize=1)
def young_words() -> frozenset[str]:
    return frozenset(top_n_list("en", TOP_N)) | CHILD_WORDS


def _base_forms(word: str) -> list[str]:
    """The word and the stems a reader who knows the stem also knows (smiled, softly)."""
    forms = [word]
    if word.endswith("'s"):
        word = word[:-2]
        forms.append(word)
    for suffix in ("s", "es", "ed", "d", "ing", "ly", "er", "est", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            forms += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # stepped -> step
            if stem.endswith("i"):
                forms.append(stem[:-1] + "y")  # tried -> try
    return forms


def unknown_words(text: str, names: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Words of `text` not on the young-reader list, names (and their possessives) excepted."""
    known = young_words()
    excepted = {part.lower() for name in names for part in re.split(r"[\s\-']+", name) if part}
    out = []
    for word in _WORD.findall(text.lower()):
        if any(form in known or form in excepted for form in _base_forms(word)):
            continue
        out.append(word)
    return out
