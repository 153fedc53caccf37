"""Ideas a family might type, for measuring whether the writer honours them: every goal,
things we draw and things we only name, places, and a few the writer must refuse."""

from __future__ import annotations

from storyloom.engines.illustrator.spec import Setting

S = Setting
# (idea, a setting it fits)
IDEAS: tuple[tuple[str, Setting], ...] = (
    ("find a lost kite in the tall trees", S.forest),
    ("find the golden acorn", S.forest),
    ("a hunt for a shiny red ball in the park", S.city_park),
    ("she lost her teddy bear", S.bedroom),
    ("where is grandpa's old key?", S.castle),
    ("looking for a missing shell on the beach", S.beach),
    ("search for a secret treasure chest", S.jungle),
    ("find the little silver star", S.space),
    ("a lost letter from a friend", S.classroom),
    ("he can't find his striped blanket", S.bedroom),
    ("make a big pink cake for a birthday", S.farm),
    ("build the biggest snowman in the village", S.snowy_village),
    ("bake a cupcake for a friend", S.castle),
    ("paint a picture of the sea", S.beach),
    ("make a paper boat", S.city_park),
    ("build a sandcastle with a tall tower", S.beach),
    ("fix a broken drum", S.classroom),
    ("grow a sunflower", S.farm),
    ("make a crown for the queen", S.castle),
    ("make a sandwich for a picnic", S.mountains),
    ("help a little duck that is stuck in the pond", S.farm),
    ("rescue a baby bird that fell from its nest", S.forest),
    ("help a hedgehog find its way home", S.forest),
    ("save a little turtle on the beach", S.beach),
    ("help a lost kitten", S.city_park),
    ("a squirrel needs help", S.city_park),
    ("help a frog get back to the river", S.jungle),
    ("help a tiny fish find the reef", S.underwater),
    ("a butterfly with a hurt wing", S.jungle),
    ("reach the top of the snowy hill", S.snowy_village),
    ("climb to the peak with a red rope", S.mountains),
    ("fly a rocket to the moon", S.space),
    ("sail a little boat to the pier", S.beach),
    ("visit the shipwreck and find a pearl", S.underwater),
    ("get to the waterfall with a map", S.jungle),
    ("scared of the dark but a flashlight helps", S.bedroom),
    ("she can't sleep without her teddy", S.bedroom),
    ("nervous about the first day with a new book", S.classroom),
    ("brave enough to cross the bridge with a lantern", S.mountains),
    ("learn to fly a kite", S.city_park),
    ("learn to play the drum", S.classroom),
    ("learning how to use a telescope", S.space),
    ("practise reading a big book", S.bedroom),
    ("share a basket of apples with friends", S.farm),
    ("a magic wand that sparkles", S.castle),
    ("a flying purple zeppelin", S.city_park),
    ("a golden compass that points to treasure", S.mountains),
    ("a ladder to the tower", S.castle),
)

__all__ = ["IDEAS"]
