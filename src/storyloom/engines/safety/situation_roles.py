"""The words of the situation frames: lemmas ("starves" -> starve, "herself" -> self) and
the roles they play (a child, an adult, a carer, oneself, a group, a treat, a vehicle, a
hidden place...), plus the contexts that make a frame harmless (ELSEWHERE)."""

from __future__ import annotations

LONGEST = 5  # words in the longest role entry

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
    # Anyone whose body a sentence can be about: nudity involving anyone is never for a book.
    "anyone": _words(
        "princess, prince, queen, king, lady, woman, man, girl, boy, child, kid, baby, "
        "teacher, wife, husband, girlfriend, boyfriend, sister, brother, friend, stranger, "
        "maid, nurse"
    ),
    "cut_open": _words("slice open, cut open, slit open, rip open, tear open, split open"),
    "innards": _words("belly, tummy, stomach, chest, throat, insides, guts"),
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
    "suffer": _words("suffer, make it suffer, watch it suffer, in pain, squeal in pain"),
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
ELSEWHERE: dict[str, frozenset[str]] = {
    "innocent_secret": _words(
        "surprise, party, present, birthday, gift, treasure, cake, den, club, hideout, fort, "
        "recipe, diary, christmas, santa, tooth fairy, engaged, engagement, superhero, "
        "handshake, password"
    ),
    "care": _words(
        "bath, bathtime, bedtime, pyjamas, swim, nappy, diaper, doctor, wash, doll, dolly, "
        "teddy, toy, costume, dressing up, sock, shoe, boot, necklace, hat, coat, glasses, "
        "glove, mitten, scarf, jacket, helmet, wellies, bracelet, crown"
    ),
    "sport": _words(
        "football, tennis, cricket, team, football match, tennis match, ball, goal, drum, "
        "pinata, pillow, punchbag, punching bag, nail, chess, race, running race, game, "
        "board game, video game, match, monopoly, card, scrabble, draughts, checkers, quiz, "
        "uno, competition, contest, snowball, arm wrestling, tag, victory, boxing, pad, "
        # punch the drink, not the blow
        "fruit punch, party punch, tropical punch, punch bowl"
    ),
    # A wedding or a night out is the grown-ups' romance, not one with a child.
    "wedding": _words(
        "wedding, bride, groom, confetti, bridesmaid, flower girl, page boy, honeymoon, "
        "date night, engaged, engagement, anniversary, best man, get married, got married, "
        "marry uncle, marry aunt, marry auntie, marry aunty, marry mr, marry mrs, marry miss, "
        "marry ms, marry dad, marry mum, marry mom, marry daddy, marry mummy"
    ),
    # "wants to know what happens when you die": a question, not a wish.
    "wonder": _words(
        "what happen, know what, know why, wonder, worried, worry, afraid that, scared that"
    ),
    "critter_actor": _words(
        "santa, reindeer, squirrel, pigeon, owl, monkey, cat, bird, moon, sun, star, cloud, "
        "smoke, ivy, vine, rose, mist, fog, light, shadow"
    ),
}
