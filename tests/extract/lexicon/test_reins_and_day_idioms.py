"""Two idiom families completed in the lexicon (issue 12): withdrawal 'call it a day' beside 'call it quits' (verbs
and leaving_verbs: it leaves the race with no object), takes_office 'take up the reins' beside 'take the reins',
'pick up the reins', 'take over the reins'. A grid: candidates of both races x forms; half near misses (negated,
conditional, another office, not a candidate)."""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

PEOPLE = [("nato", "Mark Rutte", "Rutte", "NATO"), ("nato", "Klaus Iohannis", "Iohannis", "the alliance"),
          ("un", "Rebeca Grynspan", "Grynspan", "the UN"), ("un", "Rafael Grossi", "Grossi", "the United Nations")]

LEFT = ["{surname} called it a day on Friday.", "{full} has called it a day in the race."]
TOOK = ["{full} took up the reins of {org} on Tuesday.", "{surname} will take up the reins at {org} on 1 October."]
NEAR = ["{surname} will not call it a day, an aide said.",
        "{surname} could call it a day if the next ballot goes badly.",
        "{surname} took up the reins of the national football federation in 2010.",
        "{full} could take up the reins of {org} if chosen."]


@pytest.mark.parametrize("race,full,surname,org", PEOPLE)
@pytest.mark.parametrize("template", LEFT)
def test_called_it_a_day(request, race, full, surname, org, template):
    text = template.format(full=full, surname=surname, org=org)
    assert ("withdrawal", full, None) in grid_keys(request, race, text), text


@pytest.mark.parametrize("race,full,surname,org", PEOPLE)
@pytest.mark.parametrize("template", TOOK)
def test_took_up_the_reins(request, race, full, surname, org, template):
    text = template.format(full=full, surname=surname, org=org)
    assert ("takes_office", full, None) in grid_keys(request, race, text), text


@pytest.mark.parametrize("race,full,surname,org", PEOPLE)
@pytest.mark.parametrize("template", NEAR)
def test_reins_and_day_near_miss(request, race, full, surname, org, template):
    text = template.format(full=full, surname=surname, org=org)
    assert not {k for k in grid_keys(request, race, text) if k[0] in ("withdrawal", "takes_office")}, text
