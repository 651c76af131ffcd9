"""Entry events (session 30, entry30): readers of entering the race widened by the forms fresh sets showed, tested as
invented grids in both races (no corpus sentence), about half near-misses.

- a campaign run, in the perfect ("has run a disciplined campaign", "had quietly waged a campaign for the post"), as in
  the simple past; not a campaign for something else, nor running an agency;
- the passive nomination with the role after its agent ("was put forward by Romania as its candidate in March", "was
  nominated by A and B as their joint candidate"): the state's candidate is no other office; not "as its candidate for
  mayor", "as the candidate of the ruling party", "as its next ambassador", nor an expected nomination;
- a nomination by a group of states it does not name ("X, put forward in September by three governments of the
  region", "X was nominated by a group of Latin American countries"; lexicon candidacy.nominating_groups): the
  candidacy alone, no state's backing; not for another office after the group ("... as envoy to Haiti", "for the human
  rights prize", "to chair the panel"), nor a modal or a verb of praise;
- a candidate label owned by the state after it, set off before the name ("the candidate of Costa Rica, X",
  mention_forms.candidate_of_lead), read as "Costa Rica's candidate, X" is: the candidacy and that state's backing;
  not another label ("the ambassador of Costa Rica, X", "the candidate of the left, X"), a hedged one ("the possible
  candidate of"), a list of states, nor the object of another state's stance (the stance alone).
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


# ---- a nomination by a group of states it does not name
GROUP = ["{a}, put forward in September by three governments of the region, met the envoys.",
         "{a} was nominated by a group of {region} countries.", "{a}, nominated by several member states, met the envoys.",
         "{a} was put forward in March by three governments of the region.",
         "{a}, nominated by three governments of the region as their candidate, met the envoys."]
GROUP_NEAR = ["{a} was nominated by three governments for the human rights prize.",
              "{a}, nominated by three governments of the region as envoy to Haiti, met the envoys.",
              "{a} could be nominated by a group of {region} countries.", "{a} was praised by three governments of the region.",
              "{a} was nominated by two states to chair the panel on water.", "{a} was nominated by three parties of the left."]
REGION = {"nato": "Eastern European", "un": "Latin American"}


@pytest.mark.parametrize("race", FIELD)
@pytest.mark.parametrize("form", GROUP)
def test_nominated_by_a_group_of_states(request, race, form):
    a = FIELD[race][0]
    keys = grid_keys(request, race, form.format(a=a, region=REGION[race]))
    assert CAND(a) in keys and not [k for k in keys if k[0] == "endorsement"]


@pytest.mark.parametrize("race", FIELD)
@pytest.mark.parametrize("form", GROUP_NEAR)
def test_nominated_by_a_group_near_misses(request, race, form):
    a = FIELD[race][0]
    assert CAND(a) not in grid_keys(request, race, form.format(a=a, region=REGION[race]))


# ---- a candidate label owned by the state after it, before the name
LABEL_OF = ["The candidate of {s}, {a}, met the envoys.", "The minister spoke of the candidate of {s}, {a}.",
            "The candidate of {s}, {a}, met the envoys on Monday.", "On Monday the joint candidate of {s}, {a}, met the envoys.",
            "The minister spoke of the candidate of {s}, {a}, on Monday."]
LABEL_OF_NEAR = ["The ambassador of {s}, {a}, met the envoys.", "The candidate of the left, {a}, met the envoys.",
                 "The possible candidate of {s}, {a}, met the envoys.", "The president of {s}, {a}, met the envoys.",
                 "The candidates of {s}, {t} and Peru met the envoys."]
LABEL_STATE = {"nato": ("Klaus Iohannis", "Romania", "Netherlands"), "un": ("Rebeca Grynspan", "Costa Rica", "Chile")}


@pytest.mark.parametrize("race", FIELD)
@pytest.mark.parametrize("form", LABEL_OF)
def test_candidate_label_of_a_state(request, race, form):
    a, s, t = LABEL_STATE[race]
    keys = grid_keys(request, race, form.format(a=a, s=s, t=t))
    assert CAND(a) in keys and E(a, s) in keys


@pytest.mark.parametrize("race", FIELD)
@pytest.mark.parametrize("form", LABEL_OF_NEAR)
def test_candidate_label_of_a_state_near_misses(request, race, form):
    a, s, t = LABEL_STATE[race]
    keys = grid_keys(request, race, form.format(a=a, s=s, t=t))
    assert CAND(a) not in keys and E(a, s) not in keys


@pytest.mark.parametrize("race", FIELD)
def test_candidate_label_of_a_state_as_a_stance_object(request, race):
    a, s, t = LABEL_STATE[race]
    keys = grid_keys(request, race, f"{t} backed the candidate of {s}, {a}.")
    assert E(a, t) in keys and E(a, s) not in keys
