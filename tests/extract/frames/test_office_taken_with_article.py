"""Taking the post with the article for the possessive, session 29 (lead, issue 12): "will take up the office",
"assume the functions", beside the listed "take up the post" / "assume one's functions" (lexicon takes_office.verbs).
Invented grid, both races: each form after the body's choice told the sentence before, and the same form with
another office after it ("take up the office of mayor"), which is no taking of the post.
"""
from __future__ import annotations

import itertools

import pytest

RACES = {
    "nato": dict(choice="The North Atlantic Council on Wednesday appointed Mark Rutte as the next secretary general of NATO.",
                 C="Mark Rutte", c="Rutte", when="on 1 October"),
    "un": dict(choice="The General Assembly on Tuesday appointed Rebeca Grynspan as the next secretary-general of the United Nations.",
               C="Rebeca Grynspan", c="Grynspan", when="on 1 January"),
}
FORMS = ["take up the office", "assume the office", "take up the functions", "assume the functions",
         "assume the duties", "take up the duties", "begin the mandate", "start the mandate"]
# (the same verb and noun before another office, or a modal of hope: no taking of the post)
OTHER = [" of mayor of the capital {when}.", " of chair of a development bank {when}."]
TAKEN = [" {when}.", " {when}, officials said.", " {when}, when the mandate of the incumbent ends."]


def _cases():
    for (race, p), form, tail in itertools.product(RACES.items(), FORMS, TAKEN + OTHER):
        text = f"{p['choice']} {p['c']} will {form}" + tail.format(**p)
        yield race, text, p["C"], tail in TAKEN


@pytest.mark.parametrize("race,text,cand,taken", list(_cases()))
def test_office_taken_with_the_article_round29(race_keys, race, text, cand, taken):
    assert (("takes_office", cand, None) in race_keys(race, text)) is taken


@pytest.mark.parametrize("race", RACES)
def test_hoped_taking_is_no_event_round29(race_keys, race):
    p = RACES[race]
    text = f"{p['c']} hopes one day to assume the functions of a minister, she said."
    assert not {k for k in race_keys(race, text) if k[0] == "takes_office"}
