"""What the rules block, by category and age band. Pattern language: see compiler.py.

Band thresholds ("from" = the youngest band a term is fine for; never = all bands):

| category       | from preschool (3+) | from early_reader (5+)       | from independent (7+)  |
| -------------- | ------------------- | ---------------------------- | ---------------------- |
| horror         | scary, nightmare    | monster, ghost, witch, troll,| zombie, vampire,       |
|                |                     | skeleton, spooky, haunted,   | werewolf, demon, devil,|
|                |                     | ogre, goblin, graveyard,     | undead, "possessed by  |
|                |                     | grave, coffin, tomb, skull,  | a demon"               |
|                |                     | creepy                       |                        |
| violence       |                     | died, dead, death, dying,    | blood, bleeding, war,  |
|                |                     | funeral; battle              | kidnap                 |
| weapons        |                     | knife, axe, cannon, sword,   | dagger, crossbow,      |
|                |                     | spear, bow and arrow         | weapon                 |

| sexual         |                     | naked                        |                        |
| dangerous_acts |                     |                              | "struck a match"       |

Fine at every age, by what the sentence around the word says (contexts.py): gentle loss
("passed away", "the goldfish died and we drew him a picture"), a creature or a spooky
story that does not frighten (a grumpy troll, a vampire who drinks tomato juice), a
grown-up's wine or kitchen knife, "that joke killed me"; and fixed phrases such as a
cocktail of fruit juice. Harm described without any of these words is the business of
situations.py (who does what to whom).

Everything else (killing, guns, swearing, sex, self-harm, drugs and alcohol, slurs,
grooming phrases, copyable dangerous acts, gore) is never allowed. Mild peril, illness,
being lost or scared, storms and fear of the dark are not listed at all: they are fine.
"""

from __future__ import annotations

from storyloom.engines.bands import AgeBand
from storyloom.engines.safety.compiler import Term
from storyloom.engines.safety.contexts import Context
from storyloom.engines.safety.port import Category

PRE, EARLY, OLDER = AgeBand.preschool, AgeBand.early_reader, AgeBand.independent
NEVER = None


def _t(
    category: Category | None,
    min_band: AgeBand | None,
    *patterns: str,
    name_ok: bool = False,
    label: str | None = None,
    context: Context | None = None,
) -> list[Term]:
    return [Term(p, category, min_band, name_ok, label, context) for p in patterns]


# Phrases that contain a listed word but are fine at every age. Listed first so they win
# when a spelling is claimed twice, and longest-match ordering makes them win otherwise.
_FRUIT = (
    "orange|apple|mango|pineapple|lemon|lime|berry|strawberry|raspberry|cranberry|grape|peach"
    "|pear|cherry|melon|banana|kiwi|fruit|tropical fruit"
)
ALLOWED = _t(
    None,
    NEVER,
    "pussy (willow|willows|cat|cats)",
    "(dick whittington|moby dick|spotted dick|dick king smith)",
    "cock a doodle (doo|do)",
    "(the |a |)cock (crowed|crows|crowing)",
    "(blue|great|coal|marsh|willow|crested|long tailed) (tit|tits)",
    "tit for tat",
    "killer (whale|whales)",
    "assassin (bug|bugs)",
    "(fruit|prawn|shrimp) (cocktail|cocktails)",
    "(fruit|juice|berry|mocktail|milkshake|smoothie|rainbow|party) (cocktail|cocktails)",
    # "a cocktail of orange and apple juice": fruits, then juice (never a spirit).
    f"(cocktail|cocktails) of (fresh |tropical |summer |)({_FRUIT})"
    f"( and ({_FRUIT})|)( juice| juices|)",
    # Gentle loss is for every age: a grandparent or a pet that passed away peacefully.
    "(passed|has passed|had passed) away",
    "died (peacefully|gently|quietly|in (his|her|their) sleep|of old age)",
    # Sayings and doctors: "kill the lights", "that joke killed me", "a blood test".
    "(kill|killed|kills) the (lights|light|engine|engines|motor|music|lamp|radio|tv)",
    "(joke|jokes) (killed|kills|was killing) (me|us)",
    "(so funny|hilarious) it (killed|kills) (me|us)",
    "dying to (know|see|go|try|meet|play|find out)",
    "(blood test|blood tests|nosebleed|nosebleeds|nose bleed|blood orange|blood oranges)",
    "(child safe|children's|kids|safety|blunt|round ended) (knife|knives|scissors)",
    "like a bomb (went off|had gone off|hit|exploded)",
    "(could|i'd|i would|i'll) murder (a|an|some|a cup of)",
    "(is|was|it's) (absolute |pure |)murder",
    "war (drum|drums|memorial|memorials)",
    "(feet|stomach|tummy|back|legs|head|knees|arms|ears|puns|jokes) (are|is|were|was)"
    " killing (me|us|him|her|them)",
    "(killing|kill|killed|kills) time",
    "(i'd|id|i would|she'd|he'd|we'd|they'd|could|would) kill for (a|an|some)",
    "murder (this|that|the|a|my|his|her|their) (pizza|pizzas|cake|burger|sandwich|curry|pie"
    "|pudding|song|tune|plate|bowl|dinner|breakfast|lunch)",
    "(ginger|root) (beer|beers)",
    "murder a cup of",
    "(kill|killed|killing) (this|that|the) (test|exam|quiz|song|dance|solo|performance)",
    "killer (tune|tunes|song|songs|track|dance|move|moves|cake|idea|ideas|view)",
    "(is|was|it's|looks|sounds) killer",
    "(pretend|toy|play|plastic) (wine|beer|cocktail|cocktails|champagne)",
    "(cigarette|cigarettes) (butt|butts|ends)",
    "(you're|you are|she's|he's|they're|we're|i'm|i am|totally|really) killing it",
    "(foam|toy|wooden|plastic|cardboard|pretend|rubber|blunt|inflatable|paper) (sword|swords"
    "|cutlass|cutlasses|dagger|daggers|axe|axes|spear|spears|bow and arrow|knife|knives"
    "|weapon|weapons|cannon|cannons)",
    "cocktail (stick|sticks|sausage|sausages)",
    "(water|glue|nerf|bubble|pop|squirt|spud|staple) (gun|guns|pistol|pistols)",
    "bath (bomb|bombs)",
    "bullet (point|points|train|trains|journal)",
    "(butter|bread|palette|cheese|plastic) (knife|knives)",
    "(knife|knives) and (fork|forks)",
    "tasmanian (devil|devils)",
    "naked mole (rat|rats)",
    "(dinosaur|dinosaur's|dinosaurs) (skeleton|skeletons)",
    "(monster|monsters) (truck|trucks)",
    "cookie monster",
    "witch hazel",
    "chink of light",
    "chink in (the|his|her|their|its) armour",
    "tug of war",
    "(pillow|food|snowball|water) (fight|fights)",
    "shot (him|her|them|me|you|us) a (grumpy |cross |quick |worried |sharp |funny |puzzled"
    " |knowing |sideways |dirty |cheeky |)(look|glance|smile|grin|wink)",
    "(scared|bored|tickled|frightened) to death",
    "dead end",
    "wine gums",
    "ginger ale",
    "cotton gin",
    "cum laude",
    "rum tum tugger",
    # "drunk" is also the past participle of "drink": "the cat had drunk all the milk".
    "(had|have|has|having|i'd|we'd|you'd|he'd|she'd|they'd) drunk",
    "drunk (all|the|some|his|her|their|my|your|it|up|every|a)",
)

_PARENT = (
    "(mum|mom|mummy|mommy|mama|dad|daddy|papa|parents|mother|father|teacher|teachers"
    "|family|grown ups|grownups|nan|grandma|grandad)"
)
_GROUP = (
    "(jews|jewish people|muslims|christians|blacks|black people|whites|white people"
    "|asians|chinese people|mexicans|immigrants|refugees|gays|gay people|lesbians"
    "|trans people|gypsies|travellers|arabs|africans|disabled people|foreigners)"
)
_PRONOUN = "(him|her|them|you|me|us|u)"
_SELF = (
    "(myself|my self|yourself|your self|urself|ur self|yourselves|himself|herself"
    "|themselves|themself)"
)
_POSS = "(my|your|his|her|their|ur)"

PROFANITY = _t(
    Category.profanity,
    NEVER,
    "*fuck*",
    "(fuk|fuq|fck|fcuk|phuck|fuc|fukk)(s|ed|ing|in|er|ers|)",
    "(bull|horse|dip|chicken|)shit(s|ty|tier|ted|ting|e|head|heads|hole|face|less|)",
    "(shyte|shyt|shite)",
    "(jack|dumb|bad|smart|fat|lard|kick|)(ass|arse)(hole|holes|hat|wipe|face|es|)",
    "(bitch|bitches|bitchy|bitching|biatch|beotch)",
    "(bastard|bastards|damn|damned|damnit|dammit|goddamn|goddamnit|god damn)",
    "(crap|craps|crappy|piss|pissed|pissing|pisses|piss off)",
    "(dicks|dickhead|dickheads|dickface)",
    "(cunt|cunts|twat|twats|wank|wanker|wankers|wanking|bollocks|bollock)",
    "(bugger|buggered|tosser|tossers|bellend|knobhead|knobheads|cocksucker|cocksuckers)",
    "(bloody hell|hell|hells|hellish|hellhole|wtf|stfu|omfg|screw you|sod off)",
    "(you|ya) (little |stupid |)prick",
)
# Capitalised and spelled plainly these are names; lower-case or disguised they are not.
PROFANITY += _t(Category.profanity, NEVER, "dick", name_ok=True)

SEXUAL = _t(
    Category.sexual,
    NEVER,
    "(sex|sexy|sexual|sexually|sexting|porn|porno|pornography|pornographic|nude|nudes)",
    "(tit|tits|titties|pussy|clit|clitoris)",
    "(cum|cumming|rape|raped|rapes|raping|rapist|rapists|horny|erection|orgasm|orgasms)",
    "masturbat(e|es|ed|ing|ion)",
    "(blowjob|blowjobs|blow job|handjob|condom|condoms|dildo|dildos|slut|sluts|slutty)",
    "(whore|whores|prostitute|prostitutes|stripper|strippers|strip club|onlyfans)",
    "(cock|cocks|genitals)",
    "(have|had|having|has) sex",
    "make out with (me|him|her)",
    "(lingerie|humping|vibrator|vibrators|nudist|nudists|nudism|erotic|striptease)",
    "(make|makes|making|made) love",
    "(adult|blue) (film|films|movie|movies|video|videos)",
    "(porn|adult film|adult movie) (star|stars|actress|actor)",
    "(kiss|kissing|kissed|kisses) with tongues",
)
SEXUAL += _t(Category.sexual, NEVER, "(willy|fanny)", name_ok=True, context=Context.care)
SEXUAL += _t(Category.sexual, NEVER, "(boob|boobs)", context=Context.care)  # a baby's feed
# The right words for the body, at the doctor's or in a body-safety lesson (contexts.py).
SEXUAL += _t(
    Category.sexual, NEVER, "(penis|penises|vagina|vaginas|vulva|vulvas)", context=Context.care
)
SEXUAL += _t(Category.sexual, EARLY, "naked")

SELF_HARM = _t(
    Category.self_harm,
    NEVER,
    f"(kill|kills|killing|killed) {_SELF}",
    "(kys|suicide|suicides|suicidal|selfharm|self harm|self harming)",
    "(commit|commits|committed|committing) suicide",
    f"(cut|cuts|cutting|hurt|hurts|hurting|harm|harming|burn|burning|starve|starving)"
    f" {_SELF} on purpose",
    "(want|wants|wanted|wanna|wanting) to die",
    f"(end|ending|ended|take|taking|took) {_POSS} own life",
    "(end my life|end it all|better off dead|no reason to live)",
    "(goodbye|suicide) (letter|letters|note|notes) to (his|her|their|my) (family|mum|dad|parents)",
    "(say|says|said|saying) goodbye to the world",
    f"(hang|hanged|hanging) {_SELF}",
    f"(slit|slash|slashed|slits) {_POSS} (wrist|wrists)",
    "(wish|wished) (i|he|she|they) (was|were) (dead|never born)",
    "(don't|do not|didn't) want to (live|be alive) (anymore|any more)",
    "(want to|wanna|going to|gonna|will) jump off (a|the) (bridge|building|cliff|roof)",
)

VIOLENCE = _t(
    Category.violence,
    NEVER,
    "(kill|kills|killed|killing|killer|killers)",
    "(murder|murders|murdered|murdering|murderer|murderers|murderous)",
    "(stab|stabs|stabbed|stabbing|strangle|strangled|strangles|strangling)",
    "(behead|beheaded|beheading|decapitate|decapitated|decapitating|decapitation)",
    "(slaughter|slaughtered|slaughtering|massacre|massacred|massacres)",
    "(torture|tortured|tortures|torturing|bloodbath|bloodshed|bloodthirsty)",
    "(terrorist|terrorists|terrorism|hostage|hostages)",
    "(assassin|assassins|assassinate|assassinated|assassination)",
    f"(beat|beats|beating|beaten) {_PRONOUN} up",
    "(beaten up|got beat up)",
    f"(punch|punched|punches|kick|kicked|kicks) {_PRONOUN} in the"
    " (face|stomach|head|nose|mouth|eye|teeth|guts)",
    f"(shot|shoot|shoots|shooting|stabbed) {_PRONOUN}( dead|)",
    "(shot|shoot|shooting) (people|everyone|everybody)",
    "shot dead",
    "(school|mass) (shooting|shootings)",
    "(burn|burns|burned|burnt|burning|roast|roasts|roasted|roasting|boil|boils|boiled"
    "|bury|buries|buried|skin|skinned|eat|eats|ate|eaten) (them |him |her |you |me |)alive",
    "(maul|mauls|mauled|mauling)",
    "(stabbed|beaten|bled|burned|burnt|starved|strangled|choked|crushed|shot|hacked|kicked)"
    " to death",
    "(i'll|i will|i'm going to|i am going to|i'm gonna|im gonna|gonna)"
    " (kill|hurt|stab|shoot|murder|strangle) (you|him|her|them|u)",
    "dead (body|bodies)",
    # A body on the floor is not gentle loss at any age.
    "dead (on|in) the (floor|ground|road|street|grass|bed|sofa|carpet|kitchen|bathroom|car)",
    "(lay|lying|lies|was found|were found|found) dead",
)
# Gentle loss is for every age ("the goldfish died and we drew him a picture"); for the
# youngest, death in a violent or frightening sentence is refused.
VIOLENCE += _t(
    Category.violence,
    EARLY,
    "(died|dead|death|deaths|dying|funeral|funerals|grave|graves)",
    label="talks about death",
    context=Context.gentle,
)
# "That ending absolutely killed me", said laughing.
VIOLENCE += _t(
    Category.violence,
    NEVER,
    "(killed|kills|killing|kill) (me|us)",
    "(absolutely|totally|literally|nearly|almost) (killed|kills|killing) (me|us)",
    context=Context.humour,
)
VIOLENCE += _t(Category.violence, EARLY, "(battle|battles|battled)")
# A scraped knee that bleeds a little, a blood test: gentle unless the sentence is violent.
VIOLENCE += _t(
    Category.violence,
    OLDER,
    "(blood|bleed|bleeds|bleeding|bled)",
    context=Context.gentle,
)
VIOLENCE += _t(
    Category.violence,
    OLDER,
    "(bloody|bloodied|war|wars)",
    "(kidnap|kidnaps|kidnapped|kidnapping|kidnapper|kidnappers)",
)

WEAPONS = _t(
    Category.weapons,
    NEVER,
    "(gun|guns|gunman|gunmen|gunfire|gunshot|gunshots|gunpoint)",
    "(handgun|handguns|shotgun|shotguns|machine gun|machine guns|machinegun)",
    "(pistol|pistols|rifle|rifles|revolver|revolvers|ak47|ak 47|ar15|uzi)",
    "(bullet|bullets|ammo|ammunition|grenade|grenades|landmine|landmines)",
    "(bomb|bombs|bombed|bombing|bomber|bombers|explosive|explosives|missile|missiles)",
    "(machete|machetes|switchblade|switchblades|flick knife|bayonet|bayonets)",
    "(sniper|snipers)",
)
# Toy and historical weapons, without harm, from 5: a knight's sword laid down, a bow at
# the archery fair. Using one on someone is violence (stab, shoot...) in every band.
WEAPONS += _t(
    Category.weapons,
    EARLY,
    "(axe|axes|cannon|cannons|sword|swords|spear|spears)",
    "bow and (arrow|arrows)",
)
# A kitchen knife in a grown-up's hand is fine at every age.
WEAPONS += _t(Category.weapons, EARLY, "(knife|knives)", context=Context.adult_use)
WEAPONS += _t(Category.weapons, OLDER, "(weapon|weapons|dagger|daggers|crossbow|crossbows)")

# Grown-ups' drinks in grown-ups' hands (wine with dinner, a beer at the football) are
# everyday life; given to a child, tried by one, or with no grown-up in sight, refused.
DRUGS_ALCOHOL = _t(
    Category.drugs_alcohol,
    NEVER,
    "(beer|beers|lager|lagers|wine|wines|vodka|whisky|whiskey|whiskies|rum|gin|tequila)",
    "(champagne|prosecco|cocktail|cocktails|alcohol)",
    "(cigarette|cigarettes|cigar|cigars|tobacco)",
    "(vape|vapes|vaping|vaper)",
    context=Context.adult_use,
)
DRUGS_ALCOHOL += _t(
    Category.drugs_alcohol,
    NEVER,
    "(alcoholic|alcoholics|booze|boozy)",
    "(drunk|drunken|drunkard|drunkards|hungover|hangover|tipsy)",
    "(smoke|smokes|smoking|smoked) (a |some |)(weed|joint|joints|pot|crack|meth|bong)",
    "(spliff|spliffs|shisha|edibles|magic mushrooms)",
    "(cocaine|heroin|meth|methamphetamine|marijuana|cannabis|lsd|mdma|ketamine|opium)",
    "(crack cocaine|crystal meth|drugs|drug dealer|drug dealers|druggie|stoner|stoners)",
    "(get|gets|getting|got) (high|stoned|wasted) on (drugs|weed|pot|glue|pills|cannabis)",
    "(overdose|overdosed|overdoses)",
    "(sniff|sniffing|sniffed|huff|huffing) (glue|petrol|paint)",
)

HATE = _t(
    Category.hate,
    NEVER,
    "(nigger|niggers|nigga|niggas|niggah|niggaz|nigguh)",
    "(fag|fags|faggot|faggots|faggy|tranny|trannies|retard|retards|retarded)",
    "(spaz|spastic|spastics|kike|kikes|spic|spics|chink|chinks|gook|gooks|paki|pakis)",
    "(coon|coons|wetback|wetbacks|towelhead|towelheads|raghead|ragheads|golliwog)",
    "(golliwogs|gyppo|pikey|pikeys|sambo|subhuman)",
    "(nazi|nazis|neo nazi|neo nazis|kkk|ku klux klan|swastika|swastikas)",
    "white (power|supremacy|supremacist|supremacists)",
    "(master race|heil hitler|sieg heil|hitler was right)",
    f"(gas|kill|exterminate|deport) (the|all the|all) {_GROUP}",
    f"(i|we|everyone) (hate|hates) (all |){_GROUP}",
    f"{_GROUP} (are|is) (evil|dirty|disgusting|animals|vermin|stupid|inferior|rats|scum)",
    "go back to (your|ur) (own |)country",
    "(filthy|dirty|stupid) (jew|jews|muslim|muslims|immigrant|immigrants|gypsy|foreigner)",
)

ABUSE_GROOMING = _t(
    Category.abuse_grooming,
    NEVER,
    f"(don't|do not|never|dont|you must not|you mustn't) tell (your|ur|ya|yer) {_PARENT}",
    f"(keep|keeps|keeping|kept) (it|this|that|them|these|our games) (a |)secret from"
    f" (your|ur) {_PARENT}",
    "send me (a |some |your |)(photo|photos|pic|pics|picture|pictures|selfie|selfies"
    "|video|videos|nudes)",
    "(meet|see) me (somewhere |)(alone|in secret|secretly)",
    "come alone",
    "(are|r) (you|u) home alone",
    "are your parents (home|in|out|around|away)",
    f"(touch|touched|touching|rub|rubbed|show|showed|see) {_POSS} private"
    " (parts|part|bits|area|areas|places)",
    "show me your (underwear|body|knickers)",
    "(take|took|taking) off (your|ur) (clothes|pants|knickers|underwear) for me",
    "(child abuse|abuse|abused|abuser|abusers|molest|molested|molesting|molester)",
    "(paedophile|pedophile|paedophiles|pedophiles|pedo|paedo|pedos|paedos|nonce)",
    "(groom|grooms|groomed|grooming) (a |the |)(child|children|kid|kids|girl|girls|boy|boys)",
    "(beat|beats|beating|hit|hits|hitting|whip|whipped|whips) (his|her|their)"
    " (child|children|kids|son|daughter|wife|husband)",
)

DANGEROUS_ACTS = _t(
    Category.dangerous_acts,
    NEVER,
    "(play|plays|played|playing) with (matches|a lighter|lighters|fire|knives|a knife"
    "|the cooker|the stove|sockets|the plug|plugs)",
    "(swallow|swallowed|swallowing|eat|ate|eating) (a |the |some |)(battery|batteries"
    "|button battery|magnet|magnets|coin|coins|bleach|detergent|washing powder"
    "|laundry pod|laundry pods|tide pod|tide pods)",
    "(drink|drank|drinking|drinks) (the |some |)(bleach|detergent|shampoo|petrol"
    "|cleaning fluid|poison|weedkiller)",
    "(put|puts|stick|sticks|stuck|poke|poked|jam|jammed) (a |the |your |his |her |)(fork"
    "|knife|finger|fingers|key|paperclip) in(to|) (a |the |an |)(plug socket|socket"
    "|sockets|toaster|electric socket|power socket|outlet)",
    "(climb|climbed|climbing|hid|hide|hiding|hides|crawl|crawled) in(to|side|) (a |the |)"
    "(fridge|freezer|washing machine|tumble dryer|dryer|oven|dishwasher)",
    "(play|played|playing|plays) (in|on) the (road|motorway|railway|train tracks)",
    "(ran|run|running|runs|dashed|darted) (out |)(into|onto) the (road|motorway|railway"
    "|train tracks)",
    "(jump|jumped|jumping|jumps) (off|from) (the|a) roof",
    "plastic bag over (your|his|her|my|their) head",
    "(choking|blackout|fainting|tide pod|skull breaker|salt and ice|fire) challenge",
    "(set|sets|setting) fire to",
    "(set|sets|setting) (the |a |)(house|school|bin|building|curtains) on fire",
    "arson",
)
DANGEROUS_ACTS += _t(
    Category.dangerous_acts,
    OLDER,
    "(light|lit|lighting|strike|struck|striking) (a |the |some |)(match|matches)",
)

HORROR = _t(
    Category.horror,
    NEVER,
    "(gore|gory|gruesome|corpse|corpses|cannibal|cannibals|cannibalism|satan|satanic)",
    "(dismember|dismembered|dismembering|disembowel|disembowelled|disemboweled)",
    "severed (head|heads|hand|hands|arm|arms|leg|legs|finger|fingers)",
    "rotting (body|bodies|flesh|corpse|corpses)",
    "(ripped|tore|torn|rips) (his|her|their|its) (head|heads|guts|face|throat)",
    "(guts|brains) (spilled|spilling|splattered)",
    "(pull|pulls|pulled|pulling|rip|rips|ripped|ripping|tear|tears|tore) (his|her|their|its)"
    " (insides|guts|intestines) out",
    "(eat|ate|eating|eats) (your|his|her|their|human) (flesh|brains)",
    "(slit|slits|cut) (his|her|their) throat",
)
HORROR += _t(Category.horror, PRE, "(scary|scarier|scariest|nightmare|nightmares)")
HORROR += _t(
    Category.horror,
    EARLY,
    "creepy",
    "(graveyard|graveyards|cemetery|cemeteries|coffin|coffins|tomb|tombs)",
    "(skull|skulls|terrifying|horror)",
)
# Creatures are characters like any other ("a lonely monster who wants a cuddle", "the
# witch takes the bus", "a grumpy troll"); for the youngest they are refused only in a
# sentence that frightens (rules.py: _FRIGHT).
HORROR += _t(
    Category.horror,
    EARLY,
    "(monster|monsters|ghost|ghosts|witch|witches|skeleton|skeletons|troll|trolls)",
    "(ogre|ogres|goblin|goblins|bogeyman|boogeyman|spooky|ghostly|haunted|haunt|haunts)",
    context=Context.creature,
)
HORROR += _t(
    Category.horror,
    OLDER,
    "(vampire|vampires|zombie|zombies|werewolf|werewolves)",
    context=Context.creature,
)
HORROR += _t(
    Category.horror,
    OLDER,
    "(demon|demons|devil|devils)",
    "(undead|evil spirit|evil spirits)",
    "possessed by (a |an |the |)(demon|demons|devil|evil spirit|spirit|ghost)",
)

# Order matters only for identical spellings: the first claim wins. Phrases that name a
# more specific harm (self-harm, hate) come before the single words they contain.
TERMS: list[Term] = [
    *ALLOWED,
    *SELF_HARM,
    *HATE,
    *ABUSE_GROOMING,
    *DANGEROUS_ACTS,
    *SEXUAL,
    *PROFANITY,
    *VIOLENCE,
    *WEAPONS,
    *DRUGS_ALCOHOL,
    *HORROR,
]
