"""Entry events (session 30, entry30): readers of entering the race widened by the forms fresh sets showed, tested as
invented grids in both races (no corpus sentence), about half near-misses.

- a campaign run, in the perfect ("has run a disciplined campaign", "had quietly waged a campaign for the post"), as in
  the simple past; not a campaign for something else, nor running an agency;
- the passive nomination with the role after its agent ("was put forward by Romania as its candidate in March", "was
  nominated by A and B as their joint candidate"): the state's candidate is no other office; not "as its candidate for
  mayor", "as the candidate of the ruling party", "as its next ambassador", nor an expected nomination.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import CAND, E, grid_keys

FIELD = {"nato": ("Mark Rutte", "Klaus Iohannis", "Kaja Kallas"), "un": ("Rebeca Grynspan", "Michelle Bachelet", "Rafael Grossi")}
STATE = {"nato": ("Romania", "Netherlands"), "un": ("Chile", "Brazil")}


def _cands(keys):
    return {k[1] for k in keys if k[0] == "candidacy"}


# ---- a campaign run, in the perfect
CAMPAIGN = ["{a} has run a disciplined campaign.", "{a} had quietly waged a determined campaign for the post.",
            "{a} has mounted a lonely campaign since the spring.", "{a} has already run a campaign of visits to forty capitals."]
CAMPAIGN_NEAR = ["{a} has run a campaign against smuggling.", "{a} has run the agency since 2021.",
                 "{a} has run a campaign for the presidency of her party.", "{a} had waged a campaign for debt relief.",
                 "{a} has run the government for years."]


@pytest.mark.parametrize("race", FIELD)
@pytest.mark.parametrize("form", CAMPAIGN)
def test_campaign_in_the_perfect(request, race, form):
    a = FIELD[race][0]
    assert a in _cands(grid_keys(request, race, form.format(a=a)))


@pytest.mark.parametrize("race", FIELD)
@pytest.mark.parametrize("form", CAMPAIGN_NEAR)
def test_campaign_in_the_perfect_near_misses(request, race, form):
    a = FIELD[race][0]
    assert a not in _cands(grid_keys(request, race, form.format(a=a)))


# ---- the passive nomination with its role after the agent
PASSIVE = ["{a} was put forward by {s} as its candidate in March.", "{a} was nominated by {s} as its candidate.",
           "{a} was formally proposed by {s} as a candidate.", "{a}, put forward by {s} as its candidate, met the envoys.",
           "{a} was nominated by {s} and {t} as their joint candidate."]
PASSIVE_NEAR = ["{a} was put forward by {s} as its candidate for mayor.",
                "{a} was nominated by {s} as the candidate of the ruling party.",
                "{a} was nominated by {s} as a candidate for the human rights prize.",
                "{a} was nominated by {s} as its next ambassador.", "{a} could be put forward by {s} as its candidate.",
                "{a} is expected to be nominated by {s} as its candidate."]


@pytest.mark.parametrize("race", FIELD)
@pytest.mark.parametrize("form", PASSIVE)
def test_passive_nomination_as_its_candidate(request, race, form):
    a, (s, t) = FIELD[race][0], STATE[race]
    keys = grid_keys(request, race, form.format(a=a, s=s, t=t))
    assert CAND(a) in keys and E(a, s) in keys


@pytest.mark.parametrize("race", FIELD)
@pytest.mark.parametrize("form", PASSIVE_NEAR)
def test_passive_nomination_near_misses(request, race, form):
    a, (s, t) = FIELD[race][0], STATE[race]
    keys = grid_keys(request, race, form.format(a=a, s=s, t=t))
    assert CAND(a) not in keys and E(a, s) not in keys
