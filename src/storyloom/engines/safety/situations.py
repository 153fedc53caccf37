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

import re
from dataclasses import dataclass

from storyloom.engines.safety.port import Category, SafetyVerdict

_LONGEST = 5  # words in the longest role entry
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
    "came": "come", "used": "use", "thieves": "thief", "wolves": "wolf", "knives": "knife",
    "rode": "ride", "ridden": "ride", "ran": "run", "swam": "swim", "fell": "fall",
    "dug": "dig", "drove": "drive", "hung": "hang", "caught": "catch", "fought": "fight",
    "sent": "send", "shut": "shut", "hit": "hit", "cut": "cut", "put": "put",
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
    if word.endswith("eed"):
        return word  # bleed, feed, need
    if word.endswith("eeds"):
        return word[:-1]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                return stem[:-1]  # cutting -> cut, stopped -> stop
            if stem.endswith(("ook", "eat", "oat")):
                return stem  # looking, cooking, beating, floating
            if stem.endswith(("v", "at", "iz", "ez", "ur", "rv", "bl", "ak", "ok", "ar", "os")):
                return stem + "e"  # starving -> starve, making -> make
            return stem
    if word.endswith(("ises", "uses", "ases", "oses")) and not word.endswith("sses"):
        return word[:-1]  # promises, houses, cases, noses
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
        "guy, lady, driver, someone, somebody, person, babysitter, tutor, stepfather, "
        "stepdad, boyfriend, caretaker, janitor, instructor, lifeguard, trainer, leader, "
        "priest, vicar, shopkeeper, doctor, dentist, mr, mrs, miss, sir"
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
    "photo": _words("photo, picture, pic, selfie, video, camera, webcam"),
    "bare": _words("naked, nude, undressed, no clothes, without clothes, underwear, topless"),
    "undress": _words(
        "undress, unbutton, strip, take off, top off, clothes off, shirt off, pants off, "
        "trousers off, knickers off, dress off"
    ),
    "hurt": _words("cut, burn, hurt, scratch, punch, stab, bruise, bite, hit, slap, beat, starve"),
    "intent": _words(
        "sad, upset, angry, lonely, purpose, punish, deserve, feel better, every night, "
        "again and again, secretly, scar, sleeve, hate, ugly, worthless, nobody is look, "
        "no one is look, in secret"
    ),
    "purge": _words("throw up, vomit, be sick, puke"),
    "make": _words("make, force"),
    "food": _words("food, eat, meal, dinner, lunch, breakfast"),
    "thin": _words(
        "thin, pretty, skinny, slim, beautiful, fat, thinner, skinnier, lose weight, slimmer, "
        "loose, weigh less, smaller"
    ),
    "stop": _words("stop, skip, refuse, quit, starve, hide, throw away, bin"),
    "die": _words("die, kill herself, kill himself, kill myself, end it all"),
    "want": _words("want, wish, wishe, hope, plan, try"),
    "lock": _words("lock, shut, chain, tie, trap"),
    "hidden_place": _words(
        "cupboard, closet, basement, cellar, shed, cage, attic, box, wardrobe, dark room"
    ),
    "long": _words(
        "day, week, weekend, night, hour, without food, no food, without water, no water"
    ),
    "group": _words(
        "race, religion, muslim, jew, christian, black person, white person, asian, "
        "immigrant, foreigner, refugee, gay, girl, woman, boy, men, disabled person, "
        "fat person, poor person, african, mexican, chinese, indian, arab, gypsy, person, "
        "kid, child, folk, old person, fat kid, fat child, family, poor family, "
        "wheelchair, disabled kid, disabled child"
    ),
    "be": _words("are, is, were, was, be, deserve, should"),
    "demeaning": _words(
        "dirty, stupid, dumb, lazy, ugly, smelly, evil, criminal, animal, worthless, "
        "inferior, disgusting, filthy, idiot, useless, vermin, subhuman, too stupid, "
        "not as clever, not as smart, not as good, less clever, less human, laugh at, "
        "put away, go back, not belong, freak, nasty, worth less, worse than, lock up, "
        "burden, smaller, weak, dangerous, thief, liar, greedy, control everything, "
        "not welcome, keep away, stay away, not allow"
    ),
    "pill": _words("pill, tablet, medicine, capsule"),
    "sweet": _words("sweet, candy, smartie, treat, lolly, sweetie"),
    "rail": _words("railway, railroad, rail, train track"),
    "lie_down": _words("lie, lay, sit, play, stand, sleep, nap, walk, wait"),
    "mix": _words("mix, combine, pour, add, stir"),
    "bleach": _words("bleach"),
    "chemical": _words("ammonia, vinegar, cleaner, chemical, toilet cleaner"),
    "fire": _words("matches, lighter, lighters, with fire, gas tap, the cooker, the hob"),
    "play": _words("play, light, strike"),
    "appliance": _words("washing machine, dryer, fridge, freezer, oven, dishwasher, microwave"),
    "climb_in": _words("climb, crawl, hide, squeeze, get in, get into"),
    "bag": _words("plastic bag"),
    "head": _words("head, face"),
    "socket": _words("socket, outlet, toaster"),
    "poke": _words("poke, stick, fork, knife, finger, pin, lick"),
    "teach": _words("how to, teach, lesson in"),
    "crime": _words(
        "steal, shoplift, pickpocket, burgle, rob, hotwire, pick lock, break into, "
        "pick a lock, take thing from, sneak into, lie to the police, lie to police, "
        "cheat, forge, take money, steal money"
    ),
    "animal": _words(
        "cat, dog, puppy, kitten, animal, bird, hamster, rabbit, pet, frog, duck, "
        "butterfly, bug, insect, worm, snail, ant, spider, fish, horse, cow, pig, sheep, "
        "goat, lamb, mouse, chick"
    ),
    "cruel": _words(
        "kick, hurt, torture, drown, burn, squash, beat, punch, hit, throw stone, "
        "throw rock, pull the wing, pull wing, pull off, set fire, on fire, stamp on, "
        "strangle, choke"
    ),
    # Hurting a person: strong acts, done to someone.
    "harm": _words(
        "hit, slap, punch, kick, beat, whip, smack, choke, strangle, suffocate, smother, "
        "drown, scald, stab, torture, batter, thump, throttle, poison, bully, starve, "
        "whack, wallop, clobber, spank, thrash, bash, shove, strike, bang"
    ),
    "punish": _words(
        "teach her a lesson, teach him a lesson, teach them a lesson, as a punishment, "
        "to punish, on purpose, for fun, for a joke"
    ),
    "body_self": _words(
        "his head, her head, his arm, her arm, his leg, her leg, his wrist, her wrist, "
        "his skin, her skin, his face, her face, his hand, her hand, himself, herself"
    ),
    "blade": _words("razor, blade, knife, scissors, glass, compass point"),
    "self_cut": _words("cut, slice, scratch, carve, burn"),
    "secret_gift": _words(
        "secret phone, secret present, secret gift, special present, special gift, "
        "secret message, secret email"
    ),
    "lap": _words("on his lap, on her lap, on his knee, on his knees"),
    "rude_media": _words(
        "rude picture, rude photo, rude video, rude film, dirty picture, dirty photo, "
        "dirty video, grown up film, grown up video, adult film, adult video"
    ),
    "pull_down": _words("pull down, pull off, rip off, take down"),
    "clothes": _words("trousers, pants, knickers, shorts, underwear, skirt, top, shirt"),
    "out_of_house": _words("out of the house, out of the flat, outside, out in the cold"),
    "poison": _words("poison, poisonous, toadstool, poison berry"),
    "eat_verb": _words("eat, taste, swallow, drink, lick, chew"),
    "suffer": _words("suffer, make it suffer, watch it suffer, in pain, squeal"),
    "living": _words(
        "child, kid, girl, boy, baby, toddler, son, daughter, brother, sister, friend, "
        "classmate, him, her, them, me, man, woman, person, wife, husband, mum, dad, "
        "grandma, grandpa, puppy, kitten, dog, cat, pet, animal, twin, pupil, little one, "
        "little brother, little sister"
    ),
    "shove": _words("push, shove, throw, kick, drop, trip"),
    "danger_place": _words(
        "down the stair, off the roof, off the balcony, into the river, into the pool, "
        "into the fire, off the cliff, under the water, under water, into the well, "
        "down the step, into the pond, into the lake, into the sea"
    ),
    "shake": _words("shake"),
    "infant": _words("baby, infant, newborn"),
    "neglect": _words("forget, refuse, not, stop, no, nobody, no one"),
    "feed": _words("feed, food, eat, meal, water, drink, dinner, lunch, breakfast, supper"),
    "leave": _words("leave, abandon, lock out, shut out"),
    "outside": _words("outside, out in, in the car, in the hot car, in the garden"),
    "cold_long": _words("all night, snow, cold, weekend, for day, for a week, rain, hot car"),
    "implement": _words("belt, stick, slipper, wooden spoon, cane, whip, rod, hairbrush"),
    "on_word": _words("on"),
    "use": _words("use, take"),
    "drag": _words("drag, grab, pull, snatch, carry off, bundle"),
    "by_hair": _words(
        "by the hair, by her hair, by his hair, by the ear, by the neck, by the throat"
    ),
    "locked_door": _words("door locked, lock the door, locked door, alone with him"),
    "uneasy": _words(
        "yucky, uncomfortable, icky, funny feeling, not right, feel bad, feel scared, scared"
    ),
    "solo": _words("alone, by himself, by herself, by themselves, on his own, on her own"),
    "swim": _words("swim, paddle, dive"),
    "open_water": _words("lake, river, sea, quarry, reservoir, canal, ocean"),
    "frozen_water": _words("frozen pond, frozen lake, frozen river, thin ice, ice"),
    "crack": _words("crack, cracking, creak, break"),
    "throw_at": _words(
        "throw stone, throw rock, throw rocks at, throw stone at, pelt, pull its tail, "
        "pull it tail, pull the tail"
    ),
    "squeeze": _words("squeeze, squash, sit on, stamp on, press"),
    "lifeless": _words("stop moving, stop breathing, go still, go limp, limp, dead, die"),
    "powder": _words("white powder, powder, pill, weed, joint"),
    "sniff": _words("sniff, snort, inhale, smoke"),
    "show_watch": _words("watch, show, look at, see"),
    "media": _words("film, movie, video, picture, photo, magazine, website"),
    "cant": _words("not do, not be, not, never"),
    "skill": _words(
        "math, maths, science, sport, read, lead, drive, engineer, scientist, boss, "
        "doctor, pilot, think, learn"
    ),
    "hush": _words(
        "not tell, not to tell, tell no one, tell nobody, keep quiet, delete, special secret, "
        "little secret, our secret, between us, not say, not to say, without tell, only "
        "to call him, only call him, if he tell anyone, if she tell anyone, if you tell "
        "anyone, if they tell anyone"
    ),
    "share_bed": _words(
        "share a bed, share his bed, share her bed, same bed, into his bed, in his bed, "
        "into bed with, in bed with, sleep with him, sleep with her"
    ),
    "bathing": _words(
        "in the bath, in the shower, undress, get changed, changing, in their underwear, "
        "in her underwear, in his underwear, in the bathroom"
    ),
    "send": _words("send, share, post, upload, show"),
    "online": _words("online, internet, chat, game chat, message, text, app, website"),
    "personal": _words(
        "how old, where he live, where she live, where they live, address, what school, "
        "meet up, meet him, meet her, send a photo, send a picture, send photo, send picture, "
        "come to his, come to her, his flat, his house, his place, without his shirt, "
        "without her top, without her shirt, what he look like, what she look like"
    ),
    "romance": _words("girlfriend, boyfriend, kiss, marry, date, lover"),
    "drug": _words(
        "special drink, magic drink, funny drink, secret drink, in her drink, in his drink, "
        "special sweet, special medicine, special pill"
    ),
    "sleepy": _words("sleepy, drowsy, dizzy, fall asleep, pass out, woozy"),
    "help_lost": _words(
        "help her look, help him look, help look, help find, help her find, help him find, "
        "lost her dog, lost his dog, lost dog, lost puppy, lost kitten, lost her puppy, "
        "lost his puppy, see the puppy, see his puppy, see her puppy, see the kitten"
    ),
    "come_home": _words(
        "come home with, come to his house, come into his house, come to her house, "
        "come and see, in his house, into his house, back to his, go home with"
    ),
    "bleed": _words("until they bleed, until it bleed, till they bleed, until she bleed, bleed"),
    "ligature": _words("rope, cord, belt, wire, string, noose"),
    "neck": _words("around his neck, around her neck, round his neck, round her neck, neck"),
    "never_wake": _words(
        "sleep forever, never wake, not wake up, go to sleep forever, die, never come back, dead"
    ),
    "breath": _words("breath"),
    "pass_out": _words("pass out, faint, black out, go dizzy"),
    "drink": _words("drink, sip, swallow, taste, gulp"),
    "hazard_liquid": _words(
        "under the sink, cabinet, cleaning, washing up liquid, dishwasher tablet, "
        "bottle under, weedkiller, antifreeze, lamp oil"
    ),
    "run": _words("play, run, dash, jump, step, stand, lie, ride, cycle, walk, cross"),
    "traffic": _words(
        "play chicken, dodge the car, dodge car, in front of the car, in front of a car, "
        "in front of the bus, in front of a bus, in front of the train, busy road, "
        "middle of the road, motorway"
    ),
    "climb": _words("climb, jump, crawl, lean out, dangle from, hang out of, hang off"),
    "height": _words(
        "roof, out of the window, out the window, window ledge, balcony, off the bridge, "
        "cliff edge, top of the wardrobe, pylon, electricity pylon, power line, crane, "
        "scaffolding, chimney, rooftop, car window, out of the car"
    ),
    "lick": _words("lick, put her tongue, put his tongue, stick her tongue, stick his tongue"),
    "frozen_metal": _words(
        "frozen metal, frozen pole, icy pole, metal pole, frozen lamp post, frozen railing, "
        "frozen gate, icy railing"
    ),
    "put": _words("put, shut, lock, place, stuff, drop, throw"),
    "ask": _words("ask, want, beg, need, invite, tell, say"),
    "cover": _words("pillow over, hand over, cushion over, blanket over, bag over, tape over"),
    "face_of": _words("face, mouth, nose, head"),
    "stay_behind": _words("stay behind, stay after, stay late, come alone, be alone"),
    "school_gate": _words(
        "school gate, outside the school, outside school, the playground, the park gate"
    ),
    "bath_with": _words("bath with him, bath with her, shower with him, shower with her"),
    "spy": _words("film, spy, peek, peep, record, watch"),
    "forbidden_place": _words(
        "building site, construction site, railway line, train track, quarry, substation, "
        "rubbish tip, scrapyard"
    ),
    "dare": _words("for a dare, a dare, dare"),
    "better_off": _words("happier if, better off, better if, happy if, nobody would miss"),
    "hold_down": _words("hold, push, keep, force, dunk"),
    "submerge": _words("under the water, under water, underwater, under the bath, under the pool"),
    "set": _words("set, light"),
    "on_fire": _words("on fire, alight, ablaze"),
    "fun": _words("fun, funny, laugh, joke, giggle, for a laugh"),
    "meet": _words("meet, visit"),
    "alone": _words("alone, secretly, without telling"),
    "touch": _words("touch, stroke, rub"),
    "private": _words("private, privates, private part, swimsuit"),
}
# A sentence holding one of these is about something else (a surprise kept from Mum,
# a bath at bedtime, a football match).
_ELSEWHERE: dict[str, frozenset[str]] = {
    "innocent_secret": _words(
        "surprise, party, present, birthday, gift, treasure, cake, den, club, hideout, fort, "
        "recipe, diary"
    ),
    "care": _words("bath, bathtime, bedtime, pyjamas, swim, nappy, diaper, doctor, wash"),
    "sport": _words(
        "football, tennis, cricket, team, football match, tennis match, ball, goal, drum, "
        "pinata, pillow, punchbag, punching bag, nail"
    ),
    "critter_actor": _words(
        "santa, reindeer, squirrel, pigeon, owl, monkey, cat, bird, moon, sun, star, cloud, "
        "smoke, ivy, vine, rose, mist, fog, light, shadow"
    ),
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
    ordered: bool = False  # the parts occur in the order given


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
    Frame(Category.sexual, ("touch", "private"), "describes touching private parts", tight=7),
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
    Frame(
        Category.hate,
        ("group", "be", "demeaning"),
        "demeans a group of people",
        generic=True,
        ordered=True,
    ),
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
    Frame(
        Category.violence,
        ("cruel", "animal"),
        "describes hurting an animal",
        tight=5,
        ordered=True,
        lesson_if_negated=True,
        unless="sport",
    ),
    Frame(
        Category.violence,
        ("harm", "living"),
        "describes hurting someone",
        tight=3,
        ordered=True,
        lesson_if_negated=True,
        unless="sport",
    ),
    Frame(
        Category.violence,
        ("shove", "living", "danger_place"),
        "describes pushing someone into danger",
        tight=3,
        ordered=True,
        lesson_if_negated=True,
    ),
    Frame(Category.violence, ("shake", "infant"), "describes shaking a baby", tight=3),
    Frame(
        Category.violence,
        ("hold_down", "head", "submerge"),
        "describes holding someone under water",
        tight=3,
    ),
    Frame(
        Category.violence,
        ("set", "animal", "on_fire"),
        "describes setting an animal on fire",
        tight=3,
        ordered=True,
    ),
    Frame(
        Category.abuse_grooming,
        ("neglect", "feed", "long"),
        "describes a child left without food",
        tight=5,
    ),
    Frame(
        Category.abuse_grooming,
        ("leave", "child", "alone", "long"),
        "describes a child left alone",
    ),
    Frame(
        Category.abuse_grooming,
        ("leave", "infant", "outside"),
        "describes a baby left alone",
        tight=3,
    ),
    Frame(
        Category.abuse_grooming,
        ("make", "living", "outside", "cold_long"),
        "describes a child punished out in the cold",
        tight=3,
    ),
    Frame(
        Category.abuse_grooming,
        ("adult", "hush"),
        "describes a grown-up asking a child to keep secrets",
        unless="innocent_secret",
    ),
    Frame(
        Category.abuse_grooming,
        ("adult", "share_bed"),
        "describes a grown-up sharing a bed with a child",
    ),
    Frame(
        Category.abuse_grooming,
        ("photo", "bathing", "send"),
        "describes pictures of children undressed being shared",
    ),
    Frame(
        Category.abuse_grooming,
        ("online", "personal"),
        "describes someone online asking a child for personal details",
        lesson_if_negated=True,
    ),
    Frame(
        Category.abuse_grooming,
        ("adult", "child", "romance"),
        "describes a grown-up in a romance with a child",
    ),
    Frame(
        Category.abuse_grooming,
        ("drug", "sleepy"),
        "describes a child being drugged",
    ),
    Frame(
        Category.abuse_grooming,
        ("lurer", "ask", "help_lost"),
        "describes a stranger luring a child with a lost pet",
        lesson_if_negated=True,
        ordered=True,
    ),
    Frame(
        Category.abuse_grooming,
        ("lurer", "come_home"),
        "describes a stranger taking a child home",
        lesson_if_negated=True,
    ),
    Frame(Category.self_harm, ("hurt", "bleed"), "describes hurting oneself", tight=6),
    Frame(
        Category.self_harm,
        ("want", "never_wake"),
        "talks about wanting to die",
        tight=6,
        ordered=True,
    ),
    Frame(Category.violence, ("cover", "face_of"), "describes smothering someone", tight=4),
    Frame(
        Category.self_harm,
        ("better_off", "never_wake"),
        "talks about being better off dead",
        tight=6,
    ),
    Frame(
        Category.abuse_grooming,
        ("stay_behind", "alone", "adult"),
        "describes a grown-up keeping a child behind alone",
    ),
    Frame(
        Category.abuse_grooming,
        ("lurer", "school_gate", "offer"),
        "describes a stranger waiting for children with treats",
    ),
    Frame(Category.abuse_grooming, ("adult", "bath_with"), "describes a grown-up bathing with"),
    Frame(
        Category.sexual,
        ("spy", "living", "bathing"),
        "describes spying on someone undressed",
        tight=3,
        ordered=True,
    ),
    Frame(
        Category.self_harm,
        ("self_cut", "body_self", "intent"),
        "describes cutting oneself",
        tight=2,
    ),
    Frame(
        Category.dangerous_acts,
        ("climb", "forbidden_place"),
        "describes playing where a child could be hurt",
        lesson_if_negated=True,
    ),
    Frame(
        Category.dangerous_acts,
        ("run", "forbidden_place"),
        "describes playing where a child could be hurt",
        lesson_if_negated=True,
    ),
    Frame(Category.dangerous_acts, ("climb", "dare"), "describes a dangerous dare"),
    Frame(
        Category.abuse_grooming,
        ("lock", "infant", "hidden_place"),
        "describes a baby shut away",
        tight=4,
    ),
    Frame(
        Category.abuse_grooming,
        ("leave", "living", "alone", "outside"),
        "describes a child left alone",
        tight=3,
    ),
    Frame(Category.violence, ("harm", "punish"), "describes hurting someone on purpose"),
    Frame(Category.violence, ("hurt", "punish"), "describes hurting someone on purpose"),
    Frame(
        Category.self_harm,
        ("harm", "body_self", "intent"),
        "describes someone hurting themselves",
        tight=3,
    ),
    Frame(
        Category.self_harm,
        ("blade", "self_cut", "body_self"),
        "describes cutting oneself",
        ordered=True,
    ),
    Frame(
        Category.abuse_grooming,
        ("adult", "secret_gift"),
        "describes a grown-up giving a child secret gifts",
    ),
    Frame(Category.abuse_grooming, ("adult", "lap"), "describes a grown-up's lap"),
    Frame(Category.abuse_grooming, ("online", "hush"), "describes secrets with someone online"),
    Frame(Category.sexual, ("show_watch", "rude_media"), "describes showing rude pictures"),
    Frame(
        Category.sexual,
        ("pull_down", "clothes"),
        "describes pulling someone's clothes off",
        tight=4,
        unless="care",
    ),
    Frame(
        Category.abuse_grooming,
        ("lock", "living", "out_of_house"),
        "describes a child locked out",
        tight=3,
        ordered=True,
    ),
    Frame(
        Category.dangerous_acts,
        ("put", "living", "appliance"),
        "describes shutting someone in a machine",
        tight=4,
        ordered=True,
    ),
    Frame(
        Category.dangerous_acts,
        ("eat_verb", "poison"),
        "describes eating something poisonous",
        lesson_if_negated=True,
    ),
    Frame(Category.violence, ("animal", "suffer"), "describes an animal made to suffer"),
    Frame(
        Category.abuse_grooming,
        ("lurer", "vehicle", "treat"),
        "describes a stranger luring a child into a car",
        lesson_if_negated=True,
    ),
    Frame(
        Category.violence,
        ("use", "implement", "on_word", "living"),
        "describes a child being beaten",
        tight=3,
        ordered=True,
    ),
    Frame(Category.violence, ("drag", "by_hair"), "describes someone dragged", tight=4),
    Frame(
        Category.abuse_grooming,
        ("drag", "living", "hidden_place"),
        "describes someone dragged away",
        tight=2,
        ordered=True,
    ),
    Frame(
        Category.abuse_grooming,
        ("drag", "living", "vehicle"),
        "describes a child snatched",
        tight=2,
        ordered=True,
    ),
    Frame(
        Category.abuse_grooming,
        ("adult", "child", "locked_door"),
        "describes a grown-up alone with a child behind a locked door",
    ),
    Frame(
        Category.abuse_grooming,
        ("touch", "living", "uneasy"),
        "describes touching that makes a child uneasy",
        tight=3,
    ),
    Frame(Category.abuse_grooming, ("undress", "photo"), "describes undressing for pictures"),
    Frame(
        Category.abuse_grooming,
        ("photo", "secret"),
        "describes a picture kept secret",
        unless="innocent_secret",
    ),
    Frame(
        Category.sexual,
        ("show_watch", "media", "bare"),
        "describes showing a child sexual pictures",
    ),
    Frame(
        Category.dangerous_acts,
        ("swim", "solo", "open_water"),
        "describes swimming alone in open water",
        lesson_if_negated=True,
    ),
    Frame(
        Category.dangerous_acts,
        ("frozen_water", "crack"),
        "describes playing on cracking ice",
        lesson_if_negated=True,
    ),
    Frame(
        Category.violence,
        ("animal", "throw_at"),
        "describes throwing things at an animal",
        tight=6,
    ),
    Frame(
        Category.violence,
        ("squeeze", "animal", "lifeless"),
        "describes crushing an animal",
        tight=3,
        ordered=True,
    ),
    Frame(Category.drugs_alcohol, ("powder", "sniff"), "describes taking drugs", tight=4),
    Frame(
        Category.hate,
        ("group", "cant", "skill"),
        "says a group of people cannot do something",
        generic=True,
        ordered=True,
        tight=3,
    ),
    Frame(Category.self_harm, ("ligature", "neck"), "describes something tied round a neck"),
    Frame(Category.self_harm, ("pill", "never_wake"), "describes an overdose"),
    Frame(
        Category.dangerous_acts,
        ("breath", "pass_out"),
        "describes a fainting game",
        lesson_if_negated=True,
    ),
    Frame(
        Category.dangerous_acts,
        ("drink", "hazard_liquid"),
        "describes drinking something dangerous",
        lesson_if_negated=True,
        tight=6,
    ),
    Frame(
        Category.dangerous_acts,
        ("run", "traffic"),
        "describes playing in traffic",
        lesson_if_negated=True,
        tight=6,
    ),
    Frame(
        Category.dangerous_acts,
        ("climb", "height"),
        "describes climbing where a child could fall",
        lesson_if_negated=True,
        tight=6,
        unless="critter_actor",
    ),
    Frame(
        Category.dangerous_acts,
        ("lick", "frozen_metal"),
        "describes licking frozen metal",
        lesson_if_negated=True,
        tight=4,
    ),
    Frame(
        Category.dangerous_acts,
        ("put", "animal", "appliance"),
        "describes shutting an animal in a machine",
        tight=3,
    ),
)
_DETERMINERS = frozenset({"the", "my", "our", "his", "her", "their", "your", "these", "a", "this"})


@dataclass(frozen=True)
class _Token:
    lemma: str
    start: int
    end: int


def _tokens(text: str) -> list[_Token]:
    lowered = text.lower()
    return [
        _Token(lemma(m.group().removesuffix("'s")), m.start(), m.end())
        for m in _WORD.finditer(lowered)
    ]


def _role_positions(words: list[str], roles: dict[str, frozenset[str]]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    grams = [
        (i, " ".join(words[i : i + n])) for n in range(1, _LONGEST + 1) for i in range(len(words))
    ]
    for role, lemmas in roles.items():
        at = {i for i, gram in grams if gram in lemmas}
        if at:
            found[role] = sorted(at)
    return found


def _specific(words: list[str], anchor: int, clause_start: int) -> bool:
    """A determiner just before the noun phrase ("the muddy boys"): those, not all."""
    return bool(_DETERMINERS & set(words[max(clause_start, anchor - 2) : anchor]))


def _match(
    frame: Frame, found: dict[str, list[int]], words: list[str], starts: frozenset[int]
) -> tuple[int, int] | None:
    if not all(part in found for part in frame.parts):
        return None
    first, *rest = frame.parts
    for anchor in found[first]:
        clause_start = max((s for s in starts if s <= anchor), default=0)
        if frame.generic and _specific(words, anchor, clause_start):
            continue  # "the muddy boys were dirty": those boys, not all boys
        chosen = [anchor]
        for n, part in enumerate(rest):
            reach = frame.tight if n == 0 and frame.tight is not None else WINDOW
            near = [
                i
                for i in found[part]
                if abs(i - anchor) <= reach
                and i not in chosen
                and (not frame.ordered or i > chosen[-1])
            ]
            if not near:
                break
            chosen.append(min(near, key=lambda i: abs(i - anchor)))
        else:
            return min(chosen), max(chosen) + 1
    return None


def _negated(words: list[str], start: int, end: int) -> bool:
    return "not" in words[max(0, start - 6) : end]


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
        # Clauses start after a comma ("In the story, girls are ...").
        starts = frozenset(
            i for i, t in enumerate(tokens) if i and "," in sentence[tokens[i - 1].end : t.start]
        )
        found = _role_positions(words, ROLES)
        # A name (capitalised, not opening the sentence) can be the child a frame is about.
        capitals = [i for i, t in enumerate(tokens) if sentence[t.start].isupper()]
        # In a Title Like This every word is capitalised: none of them is a name.
        names = [i for i in capitals if i] if len(capitals) * 2 <= len(tokens) else []
        if names:
            found["child"] = sorted({*found.get("child", []), *names})
            found["living"] = sorted({*found.get("living", []), *names})
        elsewhere = _role_positions(words, _ELSEWHERE)
        for frame in FRAMES:
            if frame.unless is not None and frame.unless in elsewhere:
                continue
            hit = _match(frame, found, words, starts)
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
