"""Pose match: does the picture show the character doing what the page says?

Over 200 books written by the built-in writer (benchmark sample requests, every template
and band), on each page whose text has a named character followed (within a few words,
same clause) by an action verb from ACTIONS, the share whose scene shows that character in
that action (its pose, or for crying its face). Goal >= 90%.

`--misses N` prints N pages that did not match, to read.
The last line printed is the summary figure.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from storyloom.engines.illustrator.spec import Expression, Pose
from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.report import sample_requests

BOOKS = 200

# The verbs we keep, by the pose (or face) that shows them.
ACTIONS: dict[Pose | Expression, tuple[str, ...]] = {
    Pose.climbing: ("climb", "climbs", "climbed", "climbing", "clambered", "scrambled up"),
    # climbing into bed at the end of a bedtime book is drawn tucked up asleep: see below
    Pose.jumping: ("jump", "jumps", "jumped", "jumping", "leapt", "leaped", "hopped"),
    Pose.swimming: ("swim", "swims", "swam", "swimming", "paddled"),
    Pose.flying: ("flew", "flies", "flying"),
    Pose.digging: ("dig", "digs", "dug", "digging"),
    Pose.carrying: ("carried", "carries", "carrying"),
    Pose.reaching: ("reached", "reaches", "reaching", "stretched up"),
    Pose.hugging: ("hugged", "hugs", "hugging"),
    Pose.holding_hands: ("held hands", "took hands", "holding hands"),
    Pose.reading: ("reads", "reading"),  # not "the reading rug": see NOT_ACTIONS
    Pose.eating: ("ate", "eats", "eating", "munched", "nibbled"),
    Pose.hiding: ("hid", "hides", "hiding"),
    Pose.sleeping: ("asleep", "slept", "sleeps", "sleeping", "climbed into bed"),
    Pose.pushing: ("pushed", "pushes", "pushing"),
    Pose.pulling: ("pulled", "pulls", "pulling", "tugged"),
    Pose.looking_up: ("looked up", "looks up", "looking up", "gazed up"),
    Pose.looking_down: ("looked down", "looks down", "peered down"),
    Pose.waving: ("waved", "waves", "waving"),
    Expression.crying: ("cried", "cries", "crying", "sobbed", "wept"),
}
# Turns of phrase that hold a verb but are not the action.
NOT_ACTIONS = re.compile(
    r"(?:pulled|pulls|pulling) (?:a|her|his|their) (?:\w+ )?face|felt like crying"
    r"|reading (?:rug|corner|nook)|climbed into bed"
)
# A pose that shows the verb as well (a sleeper is lying down; a swimmer may be diving).
ALSO: dict[Pose | Expression, frozenset[Pose]] = {
    Pose.holding_hands: frozenset({Pose.hugging}),
    Pose.hugging: frozenset({Pose.holding_hands}),
}
GAP = r"(?:[a-z']+ ){0,3}?"  # a few words between the name and the verb, no punctuation


def _patterns(names: list[str]) -> list[tuple[re.Pattern[str], str, Pose | Expression]]:
    out = []
    for name in names:
        for action, verbs in ACTIONS.items():
            alternatives = "|".join(re.escape(v) for v in verbs)
            pattern = re.compile(rf"\b{re.escape(name)}(?:'s)? {GAP}(?:{alternatives})\b")
            out.append((pattern, name, action))
    return out


def main() -> None:
    misses_to_show = int(sys.argv[sys.argv.index("--misses") + 1]) if "--misses" in sys.argv else 0
    pages = matched = 0
    by_action: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    shown = 0
    for request in sample_requests(BOOKS):
        draft = write_story(request)
        ids = {member.name: member.id for member in request.cast}
        patterns = _patterns(list(ids))
        for page in draft.pages:
            found = None
            for pattern, name, action in patterns:
                hit = pattern.search(page.text)
                if hit and action is not Pose.sleeping:
                    around = page.text[hit.start() : hit.end() + 30]
                    if NOT_ACTIONS.search(around):
                        hit = None
                if hit and (found is None or hit.start() < found[0]):
                    found = (hit.start(), name, action)
            if found is None:
                continue
            _, name, action = found
            pages += 1
            by_action[action.value] += 1
            actor = next((c for c in page.scene.characters if c.character_id == ids[name]), None)
            if actor is None:
                ok = False
            elif isinstance(action, Expression):
                ok = actor.expression is action
            else:
                ok = actor.pose is action or actor.pose in ALSO.get(action, frozenset())
            matched += ok
            if not ok:
                missed[action.value] += 1
                if shown < misses_to_show:
                    shown += 1
                    drawn = (
                        "absent"
                        if actor is None
                        else f"{actor.pose.value}/{actor.expression.value}"
                    )
                    print(f"MISS {name} {action.value}: drawn {drawn}: {page.text!r}")
    print("pages by action:", dict(by_action.most_common()))
    print("misses by action:", dict(missed.most_common()))
    print(
        f"pose match: {matched / pages:.1%} of {pages} action pages over {BOOKS} books "
        f"(goal >= 90%)"
    )


if __name__ == "__main__":
    main()
