"""Another post named after the name set off by a label, session 36 (mend36, review35 finding 1, issue 12): "S
announced its candidate, X, for the post of IMF managing director" is a candidacy for another post (the guide: no
event), as "S nominated X for the post of EU Council president" is; a generic post noun ("the post", "the job") read
as the race's post stops being it when "of" and a body's capitalised name with an office after it follow it. The race's
own post after "of", or nothing after the name, keeps the nomination. Invented grid in both races, half near misses."""
from __future__ import annotations

import pytest

RACES = {"nato": dict(A="Mark Rutte", S="the Netherlands", SV="Netherlands", POST="NATO secretary general"),
         "un": dict(A="Michelle Bachelet", S="Chile", SV="Chile", POST="UN Secretary-General")}
NOMINATED = [
    "{S} announced its candidate, {A}, for the post of {POST}.",
    "{S} has announced its candidate, {A}, on Monday.",
    "{S} nominated {A} for the post of {POST}.",
    "{S} unveiled its official candidate, {A}, for the job of {POST}.",
    "{S} has confirmed its candidate, {A}, for the top job.",
]
OTHER_POST = [
    "{S} announced its candidate, {A}, for the post of IMF managing director.",
    "{S} announced its candidate, {A}, for the post of EU Council president.",
    "{S} nominated {A} for the post of IMF chief.",
    "{S} unveiled its official candidate, {A}, for the job of World Bank president.",
    "{S} has confirmed its candidate, {A}, for the position of WHO director-general.",
]


@pytest.mark.parametrize("race,form,stated", [(r, f, s) for r in RACES for forms, s in ((NOMINATED, True), (OTHER_POST, False))
                                              for f in forms])
def test_other_post_after_apposed_name(race_keys, race, form, stated):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    if stated:
        assert ("endorsement", p["A"], p["SV"]) in keys and ("candidacy", p["A"], None) in keys
    else:
        assert ("endorsement", p["A"], p["SV"]) not in keys and ("candidacy", p["A"], None) not in keys


# a comma-set "for" that names no post is no other post: the candidacy stays (second reader, session 36)
NO_POST_AFTER = [
    "{S} announced its candidate, {A}, for whom it will campaign hard.",
    "{S} announced its candidate, {A}, for reasons its prime minister explained.",
    "{S} announced its candidate, {A}, for the straw polls in July.",
]


@pytest.mark.parametrize("race,form", [(r, f) for r in RACES for f in NO_POST_AFTER])
def test_comma_for_naming_no_post_keeps_the_candidacy(race_keys, race, form):
    p = RACES[race]
    assert ("candidacy", p["A"], None) in race_keys(race, form.format(**p))
