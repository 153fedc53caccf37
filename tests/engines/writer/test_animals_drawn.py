"""Animals the text brings in (the duck friend, the baby bird, a frog on a log) are in the
picture of the page that names them."""

from __future__ import annotations

import re

import pytest
from tests.engines.writer.helpers import member, request

from storyloom.engines.illustrator.spec import Prop, Setting
from storyloom.engines.writer import write_story
from storyloom.engines.writer.scene import animals_in
from storyloom.engines.writer.story_spec import Template

WORDS = {
    Prop.duck: r"\bduck(s|ling|lings)?\b",
    Prop.bird: r"\b(bird|birds|chick|chicks)\b",
    Prop.frog: r"\bfrogs?\b",
    Prop.squirrel: r"\bsquirrels?\b",
    Prop.hedgehog: r"\bhedgehogs?\b",
}


def test_animals_in_names_what_the_picture_misses_in_text_order() -> None:
    text = "A little frog sat on a log. Tap, tap, pecked a bird. The duck was safe."
    assert animals_in(text, set()) == [Prop.frog, Prop.bird]  # two at most
    assert animals_in(text, {Prop.frog}) == [Prop.bird, Prop.duck]
    assert animals_in("Birdie the dog ran. A Duck hat.", set()) == []  # names, not animals
    assert animals_in("They found fish and chicks.", set()) == [Prop.fish, Prop.bird]


@pytest.mark.parametrize(
    ("idea", "setting", "template"),
    [
        ("Mia and Rex help a duck friend find the baby bird", Setting.forest, Template.rescue),
        ("a hedgehog is lost in the garden", Setting.farm, Template.rescue),
        ("they want to see the birds", Setting.city_park, Template.exploration),
    ],
)
def test_pages_that_name_an_animal_show_it(idea: str, setting: Setting, template: Template) -> None:
    cast = [member("m", "Mia", role="hero"), member("r", "Rex", pronouns="he", role="pet")]
    checked = 0
    for seed in range(4):
        story = write_story(
            request(
                seed, cast=cast, relationships=[], idea=idea, setting=setting, template=template
            )
        )
        for page in story.pages:
            shown = {p.prop for p in page.scene.props}
            named = [prop for prop, word in WORDS.items() if re.search(word, page.text)]
            if len(page.scene.props) == 6:
                continue  # a full scene; the first animals named still win a place
            for prop in named[:1]:
                checked += 1
                assert prop in shown, (page.text, shown)
    assert checked >= 4
