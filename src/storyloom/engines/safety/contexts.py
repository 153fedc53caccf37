"""The sentence around a word: what makes a listed word harmless, or harmful, where it stands.

A lexicon term can carry a `Context` (lexicon.py). The rules then refuse it only when its
sentence says so:

- creature: a monster, a ghost, a spooky skeleton is a character like any other; refused
  for a reader too young for it only in a sentence that frightens (it chases, grabs, eats
  someone, someone is terrified of it).
- gentle: death is gentle loss ("the goldfish died and we drew him a picture"), a scraped
  knee bleeds a little, the doctor takes some blood: fine unless the sentence is a violent
  or frightening one.
- adult_use: wine with dinner, Dad's kitchen knife: fine when the one who has it is a
  grown-up, nobody hands it to a child and the sentence does not turn it into harm.
- humour: "that joke killed me", said laughing.
- care: the right words for the body at the doctor's, at bath time, in a body-safety
  lesson; never with a secret, a picture or someone touching.

`safe_turn` is the turn a children's book gives a risky situation: the child tells a
trusted grown-up, says no, blocks the account, crosses safely. The situation frames and
the learned model read such a sentence as the lesson it teaches.
"""

from __future__ import annotations

import re
from enum import Enum


class Context(Enum):
    creature = "creature"
    gentle = "gentle"
    adult_use = "adult_use"
    humour = "humour"
    care = "care"


_CREATURE = r"(monsters?|ghosts?|witch(es)?|trolls?|ogres?|goblins?|skeletons?|bogeyman|boogeyman"
_CREATURE += r"|vampires?|zombies?|werewol(f|ves))"
_FRIGHT = re.compile(
    r"\b(scary|scarier|scariest|scares?|scaring|frighten(s|ing)?|fright|terrif(y|ies|ying)"
    r"|(scared|frightened|terrified) (him|her|them|me|us|you|everyone|everybody|the \w+)"
    r"|horrif\w*|cackl\w*|lurk\w*"
    r"|creep(s|y|ing)?|crept|chas(e|es|ed|ing)|grab(s|bed|bing)?|snatch\w*|growl\w*|snarl\w*"
    r"|attack\w*|bite|bites|biting|bitten|bit (him|her|them|me|you|us|his|their|my|the|off|into)"
    r"|hunt(s|ed|ing)?|stalk\w*|evil|wicked|nasty|horrible"
    r"|sinister|menacing|cruel|claws|fangs|sharp teeth|scream\w*|shriek\w*|curse[sd]?"
    r"|poison\w*|(?<!trip[ -])trap(s|ped|ping)?|kidnap\w*"
    r"|lock(s|ed)? (him|her|them|the \w+) (up|in)"
    r"|hid(e|es|ing)? from|r[au]n(s|ning)? away from"
    r"|(eat|eats|ate|eating|gobbles?|gobbled|gobbling)( up)? (you|me|him|her|them|us"
    r"|(the |a |little |naughty )?(children|child|kids?|boys?|girls?|bab(y|ies)|people))"
    r"|(afraid|scared|frightened) of (the |a |an )?(\w+ )?" + _CREATURE + r")\b"
)
# What makes a creature's sentence violent.
_GORE = (
    r"kill\w*|murder\w*|shot|shoot\w*|stab\w*|gun\w*|blood\w*|torn|tore|chew\w*|eaten alive"
    r"|(tear|tears|rip|rips|ripped|ripping) (off|apart|out)"
)
_VIOLENT_CREATURE = re.compile(rf"\b({_GORE})\b")
# What turns a death, a drink or a knife into harm.
_VIOLENCE = re.compile(
    rf"\b({_GORE}|bleed\w*|crash\w*|accident\w*|(on|set) fire|burn(s|t|ed|ing)? (him|her|them"
    r"|down|to)|drown\w*|hit|hits|beat|beats|beaten|hurt\w*|threat\w*|punish\w*"
    r"|wav(e|es|ed|ing) (it|the \w+|a \w+) at|point(s|ed|ing)? (it|the \w+|a \w+) at"
    r"|cut (him|her|them|me|you)(?! (lip|knee|finger|thumb|hand|toe|chin|elbow|foot|leg|arm))"
    r"|suicide|drunk\w*|everywhere"
    # "hurt himself", not "poured himself a whisky"
    r"|(cut|cuts|cutting|hang|hangs|hanged|harm|harms|harmed|harming|starv\w*|drown\w*"
    r"|punish\w*|kill\w*) (himself|herself|themselves|myself)"
    r"|pool of|gushing|wounds?|gash\w*|ooz\w*|splatter\w*|spurt\w*)\b"
)
# "shy, not scary": a fright word under a negation does not frighten.
_NOT_BEFORE = re.compile(
    r"\b(not|never|no|isn't|aren't|wasn't|weren't|nothing|nobody)\W+(\w+\W+)?$"
)
_SENTENCE_END = re.compile(r"[.!?\n]")

_ADULT = (
    r"(grown[ -]?ups?|adults?|mum|mom|mummy|mommy|mother|dad|daddy|father|parents?"
    r"|grandma|grandpa|granny|grandad|grandmother|grandfather|nana|nan|gran|aunt|auntie|aunty|uncle"
    r"|chef|cook|baker|butcher|waiter|waitress|teachers?|ladies|gentlemen|papa|mama|abuel[ao]"
    r"|nonn[ao]|oma|opa|man|men|woman|women|lady|mates|guests|neighbours?|vicar|priest|bride"
    r"|groom|couple|coach|tata|baba|dada|amma|appa|abba|ammi|nani|dadi|savta|saba|zayde|bubbe"
    r"|lola|lolo|tita|tito|tia|tio|tía|tío|yiayia|papou)"
)
_CHILD = (
    r"(kids?|child|children|boys?|girls?|bab(y|ies)|toddlers?|little ones?|teens?|teenagers?"
    r"|sons?|daughters?|brothers?|sisters?|pupils?|students?|classmates?)"
)
# A possessive ("Dad's gin") is not who has it; "Dad's having a pint" is.
_PERSON = re.compile(rf"\b(?:(?P<adult>{_ADULT}s?)|(?P<child>{_CHILD}))\b(?!'s(?! \w+ing\b)|s')")
_FOR_ADULTS = re.compile(rf"\b(for|by) (the |their |her |his |)(only )?{_ADULT}\b(?!'s)")
# A child given it, or trying it: "for the kids", "lets Sam try", "gives him some".
_TO_A_CHILD = re.compile(
    rf"\b(for|to|with) (the |a |his |her |their |our |)(little |young |)({_CHILD})\b"
    r"|\b(give|gives|gave|giving|pour|pours|poured|pouring|offer|offers|offered|hand|hands"
    r"|handed|buy|buys|bought|let|lets|letting|dare|dares|dared)"
    r" (?!(himself|herself|themselves|myself|ourselves|the (grown|adult|other grown))\b)\w+"
    r"|\b(try|tries|tried|taste|tastes|tasted|sip|sips|sipped|sneak\w*|steal|steals|stole"
    r"|swig\w*|gulp\w*|lick\w*)\b"
)
_LAUGHTER = re.compile(
    r"\b(laugh\w*|funny|funniest|joke\w*|hilarious|giggl\w*|lol|haha\w*|so good"
    r"|crack(s|ed|ing)? (me|us) up|puns?|groan\w*|sigh\w*|sniff\w*|moan\w*|complain\w*)\b"
)
_CLAUSE_BREAK = re.compile(r"[,;]| and | while | but | so | because ")
_CONTEXT_REACH = 20
_CARE = re.compile(
    r"\b(doctors?|doctor's|nurses?|check ?-?ups?|bath\w*|nappy|nappies|diapers?|potty|toilet"
    r"|right (words|names)|proper (words|names)|correct (words|names)|body parts"
    r"|belongs to (him|her|them|you|me)|privates are private|pants rule|clinic|hospital|medical"
    r"|wash\w*|shower\w*|wee|wees|pee|bladder|swimsuit|swimming costume|private parts|normal"
    r"|(asks?|asked|wonders?|wondered) (why|where|what|how)|(girls|boys) have"
    r"|milk|feeds?|feeding|fed|breastfeed\w*|nursing|new baby)\b"
)
_NOT_CARE = re.compile(
    r"\b(secret\w*|don'?t tell|photo\w*|pictures?|pics?|video\w*|camera|touch\w*|rub\w*"
    r"|lick\w*|show me|let me see|play\w* with|stroke\w*|kiss\w*)\b"
)  # words before the term the one who has it is looked for in


def sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return left, right.start() if right else len(text)


def _found(pattern: re.Pattern[str], text: str, left: int, right: int) -> bool:
    """A match in text[left:right] that no negation just before turns round."""
    return any(
        not _NOT_BEFORE.search(text, left, match.start())
        for match in pattern.finditer(text, left, right)
    )


def _harmful(text: str, start: int, end: int, violence: re.Pattern[str] = _VIOLENCE) -> bool:
    """A frightening or violent sentence around text[start:end] (the term itself aside)."""
    left, right = sentence_at(text, start, end)
    rest = text[left:start] + " " + text[end:right]
    return _found(_FRIGHT, text, left, right) or _found(violence, rest, 0, len(rest))


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left, right = sentence_at(text, start, end)
    breaks = list(_CLAUSE_BREAK.finditer(text, left, right))
    return (
        max((m.end() for m in breaks if m.end() <= start), default=left),
        min((m.start() for m in breaks if m.start() >= end), default=right),
    )


def _grown_up_has_it(text: str, start: int, end: int) -> bool:
    """The nearest person before the term is a grown-up (or it is said to be for grown-ups),
    and nothing in its clause hands it to a child."""
    left, right = _clause(text, start, end)
    if _TO_A_CHILD.search(text, left, right):
        return False
    before = " ".join(text[sentence_at(text, start, end)[0] : start].split()[-_CONTEXT_REACH:])
    people = list(_PERSON.finditer(before))
    if people:
        return people[-1].group("adult") is not None
    return _FOR_ADULTS.search(text, end, right) is not None


def allows(context: Context, text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] (normalised text) makes the term fine."""
    if context is Context.creature:
        return not _harmful(text, start, end, _VIOLENT_CREATURE)
    if context is Context.gentle:
        return not _harmful(text, start, end)
    if context is Context.care:
        left, right = sentence_at(text, start, end)
        return (
            _CARE.search(text, left, right) is not None
            and not _found(_NOT_CARE, text, left, right)
            and not _harmful(text, start, end)
        )
    if context is Context.humour:
        return _LAUGHTER.search(text, *sentence_at(text, start, end)) is not None
    if safe_turn(text[slice(*sentence_at(text, start, end))]):
        return True  # "offered a cigarette, he said no thanks": the lesson
    return _grown_up_has_it(text, start, end) and not _harmful(text, start, end)


_TRUSTED = (
    r"(mum|mom|mummy|mommy|mama|dad|daddy|papa|parents?|teachers?|grown[ -]?ups?"
    r"|trusted (adults?|grown[ -]?ups?)|(adult|grown[ -]?up) (you|we|they|she|he) trusts?"
    r"|nana?|gran|granny|grandma|grandpa|grandad|carer|police\w*|lollipop lady"
    r"|head ?teacher|auntie|aunt|uncle|lifeguard|someone (she|he|they) trusts?|someone you trust)"
)
_SAFE_TURN = re.compile(
    r"\b(?P<tell>tells?|told|telling|fetch(es|ed)?|goes to|go to|went to|runs? to|ran to"
    r"|asks?|asked|calls?|called|shouts? for|shouted for|yells? for|yelled for|calls? for"
    r"|called for|checks? with|checked with|shows?|showed|holds?|held) (his |her |their |a |the"
    r" |my |our |your |\w+'s |)(big |older |)" + _TRUSTED + r"\b"
    r"|\b(go|goes|went|run|runs|ran|going) (to|and) (find|get|fetch|tell)"
    r" (his |her |their |my |the |)" + _TRUSTED + r"\b"
    r"|\b(?P<no>says?|said|saying|shouts?|shouted|can say|yell(s|ed)?|scream(s|ed)?|answer(s|ed)?"
    r"|repl(y|ies|ied)|cr(y|ies|ied)) ['\"]?no( thanks| thank you|)['\"]?"
    r"( to\b|,|\.|!| and\b| when\b|$|['\"]| loudly| firmly| straight away| right away)"
    # "a safe grown-up never asks you to keep secrets"
    r"|\b(safe|good|kind|trusted) (adult|grown[ -]?up|person|people)s? (never|won't|doesn't|don't"
    r"|would never|will never|should never)\b"
    # "if anyone asks you to..., say no and tell a grown-up"
    r"|\bif (anyone|anybody|someone|somebody|a grown[ -]?up|an adult|a stranger|a person)\b.{0,90}"
    r"\b(say no|says no|get away|gets away|run away|runs away|tell (them|me|us) anyway"
    r"|tells? (a |an |your |their |his |her |)(trusted |safe |)" + _TRUSTED + r")\b"
    r"|\bblocks? (the|him|her|them)\b|\bsafely\b"
    # the rule a body-safety or medicine lesson states
    r"|\b(nobody|no one|no-one|no grown[ -]?up|no adult) (should|is allowed to|may|must|can)"
    r" (ever )?(touch|see|look at|photograph|take (photos|pictures))\b"
    r"|\bnever (ok|okay|alright|all right) for (someone|anyone|a grown[ -]?up|an adult)\b"
    r"|\bonly (ever )?(take|takes|eat|eats|have|has|use|uses|swallow) (it|them|\w+) (when|if|from)"
    r" (a |an |the |your |our |my |)" + _TRUSTED + r"\b"
    r"|\b((must|should) never|(knows?|knew|learns?|learned|learnt|remembers?|told|taught"
    r"|teach(es)?|warns?|warned|reminds?|reminded|explains? why) (\w+ )?(not|never) to) (take|touch"
    r"|open|go|get|drink|eat|play|climb|swallow|talk to|cross|lick|put|pick|run)\b"
)
_UNDONE = frozenset({"not", "never", "to", "if", "without", "unless", "dont", "don't", "won't"})


def safe_turn(sentence: str) -> bool:
    """Whether the sentence resolves its risk the way a safety lesson does (lowercase)."""
    for match in _SAFE_TURN.finditer(sentence):
        before = sentence[: match.start()].split()[-3:]
        if _UNDONE & set(before):
            continue  # "not to tell her mum", "if she tells her parents"
        if match.group("no") and before and re.fullmatch(_TRUSTED, before[-1]):
            continue  # "mummy said no": the grown-up forbade it
        return True
    return False
