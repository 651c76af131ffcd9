"""A reason after a race verb with no object (session 31, miss31): "is running because ...", "withdrew because ...",
"dropped out because of ...". A clause of why ends the verb's phrase as the clause's end, a time or "and" do: the verb
has no object, so it is the race's in an article about the race. Tested as invented grids in both races (no corpus
sentence), about half near-misses: the verb with an object ("running the agency", "withdrew his support", "withdrew
from the talks"), negated, modal, or only reported as a possibility gives no candidacy or withdrawal.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

PERSON = {"nato": ("Mark Rutte", "Rutte", "he"), "un": ("Rebeca Grynspan", "Grynspan", "she")}
WHY = ["because the alliance needs a steady hand", "because of the war in Ukraine",
       "because {p} believes it is time", "because, {p} says, the moment matters"]


def _has(keys, kind, person):
    return any(k[0] == kind and k[1] == person for k in keys)


def _found(request, race: str, form: str, why: str, kind: str) -> bool:
    """Whether the form, with the race's person and the reason put in, gives that person an event of `kind`."""
    full, short, p = PERSON[race]
    return _has(grid_keys(request, race, form.format(a=short, p=p, w=why.format(p=p))), kind, full)


# ---- running, campaigning: a candidacy
RUNNING = ["{a} is running {w}.", "{a} said {p} is running {w}.", "\"I am running {w},\" {a} said.",
           "{a} has been campaigning hard {w}.", "{a} is running again {w}."]
RUNNING_NEAR = ["{a} is not running {w}.", "{a} is running the agency {w}.", "{a} could run {w}.",
                "{a} is running late {w}.", "{a} might be running {w}."]


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", RUNNING)
@pytest.mark.parametrize("why", WHY)
def test_running_with_a_reason(request, race, form, why):
    assert _found(request, race, form, why, "candidacy")


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", RUNNING_NEAR)
@pytest.mark.parametrize("why", WHY)
def test_running_with_a_reason_near_misses(request, race, form, why):
    assert not _found(request, race, form, why, "candidacy")


# ---- leaving: a withdrawal
LEAVING = ["{a} withdrew {w}.", "{a} dropped out {w}.", "{a} withdrew in June {w}.", "{a} pulled out {w}.",
           "Last week {a} withdrew {w}."]
LEAVING_NEAR = ["{a} withdrew her support for the reform {w}.", "{a} withdrew from the talks {w}.",
                "{a} will not withdraw {w}.", "{a} could withdraw {w}.", "{a} denied that she had withdrawn {w}.",
                "{a} withdrew the proposal {w}."]


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", LEAVING)
@pytest.mark.parametrize("why", WHY)
def test_leaving_with_a_reason(request, race, form, why):
    assert _found(request, race, form, why, "withdrawal")


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", LEAVING_NEAR)
@pytest.mark.parametrize("why", WHY)
def test_leaving_with_a_reason_near_misses(request, race, form, why):
    assert not _found(request, race, form, why, "withdrawal")
