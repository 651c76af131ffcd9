"""An aside between two spaced dashes right after a name is read as one between commas (session 31, cons31), as
invented grids in both races, about half near-misses (no corpus sentence).

- `clauses._dashes_as_commas`: "X - the only other candidate - met ..." reads as "X, the only other candidate, met
  ..." for every reader of an apposition or a relative clause (a candidate label in apposition is a candidacy); the
  aside holds no comma and names no one unless it is a relative clause; any dash the text folds to "-" (en, em, "--");
- near-misses: a label that only assesses ("a possible candidate", "a likely contender"), another post's candidate
  ("the candidate for the party leadership"), a dash that sets off no aside after the name ("X - and her team -"
  is no label), and a dash with no closing dash.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

PEOPLE = {"nato": ("Klaus Iohannis", "Mark Rutte"), "un": ("Michelle Bachelet", "Rebeca Grynspan")}
DASHES = [" - ", " \u2013 ", " \u2014 ", " -- "]
LABELS = ["the only other candidate", "a candidate herself", "one of the three candidates",
          "the other declared candidate", "a contender for the post"]
NEAR_LABELS = ["a possible candidate", "a likely contender", "the candidate for the party leadership",
               "long tipped as a contender", "a former candidate for parliament"]
TAILS = ["{X} met the envoys on Monday.", "{X} spoke to reporters in Geneva."]


def _cases(labels):
    for race, (x, _) in PEOPLE.items():
        for dash in DASHES:
            for label in labels:
                for tail in TAILS:
                    text = tail.format(X=f"{x}{dash}{label}{dash.rstrip()}")
                    yield pytest.param(race, text, x, id=f"{race}-{dash.strip()}-{label}-{tail[4:12]}")


def _candidacies(keys):
    return {k[1] for k in keys if k[0] == "candidacy"}


@pytest.mark.parametrize("race,text,x", list(_cases(LABELS)))
def test_dashed_label_is_apposition(request, race, text, x):
    assert _candidacies(grid_keys(request, race, text)) == {x}


@pytest.mark.parametrize("race,text,x", list(_cases(NEAR_LABELS)))
def test_dashed_label_near_miss(request, race, text, x):
    assert _candidacies(grid_keys(request, race, text)) == set()


@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("form", [
    "{X} - and her team - met the envoys.",
    "{X} - the only other candidate, some say - met the envoys.",
    "{X} met the envoys - the only other candidate was absent.",
    "The race - a contest of three candidates - has stalled.",
])
def test_dash_without_apposed_label(request, race, form):
    x, _ = PEOPLE[race]
    assert _candidacies(grid_keys(request, race, form.format(X=x))) == set()
