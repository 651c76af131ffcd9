"""The candidate inside the preposition of a support verb, "in X's favour" for "in favour of X" (frames/stance.py
endorse_in_favour_owned; the verbs are those of endorsement.verbs whose object follows "in favour of", "@for" or
"for": vocab._favour_heads): "S came out in his favour", "S and T have pronounced themselves in Rutte's favour",
"S voted in her favour". Each is read as its "in favour of X" paraphrase is (a refusal, a stance not yet taken, a
condition alike); "the odds are in his favour", "ruled in his favour" (no support verb) give none."""
from __future__ import annotations

import pytest

from tests.extract.conftest import E, grid_keys, stances

PEOPLE = [("nato", "Mark Rutte", "Rutte", "his", "Poland", "Denmark"),
          ("un", "Rebeca Grynspan", "Grynspan", "her", "Peru", "Ecuador")]
FORMS = [
    "{S} came out in {pos} favour on Monday.",
    "{S} and {T} have all pronounced themselves in {pos} favour.",
    "{S} declared itself in {surname}'s favour on Monday.",
    "{S} has come down firmly in {surname}'s favour.",
    "{S} did not come out in {surname}'s favour.",
    "{S} has not yet come out in {surname}'s favour.",
    "{S} could come out in {surname}'s favour if the vote is delayed.",
]
NEAR = ["The odds are in {pos} favour.", "{S} ruled in {pos} favour in the trade dispute.",
        "{S} called in favours for its own candidate."]


def _text(t, full, surname, pos, s, o):
    return f"{full} is running. " + t.format(surname=surname, pos=pos, S=s, T=o)


@pytest.mark.parametrize("race,full,surname,pos,s,o", PEOPLE)
@pytest.mark.parametrize("template", FORMS)
def test_in_favour_owned_reads_as_of_form(request, race, full, surname, pos, s, o, template):
    text = _text(template, full, surname, pos, s, o)
    paraphrase = _text(template.replace("in {pos} favour", "in favour of " + full)
                       .replace("in {surname}'s favour", "in favour of " + full), full, surname, pos, s, o)
    assert stances(grid_keys(request, race, text)) == stances(grid_keys(request, race, paraphrase)), text


@pytest.mark.parametrize("race,full,surname,pos,s,o", PEOPLE)
def test_in_favour_owned_positive(request, race, full, surname, pos, s, o):
    assert stances(grid_keys(request, race, _text(FORMS[0], full, surname, pos, s, o))) == {E(full, s)}


@pytest.mark.parametrize("race,full,surname,pos,s,o", PEOPLE)
@pytest.mark.parametrize("template", NEAR)
def test_in_favour_owned_near_miss(request, race, full, surname, pos, s, o, template):
    assert stances(grid_keys(request, race, _text(template, full, surname, pos, s, o))) == set()
