"""A sitting office holder named in a speech tag after a clause or a quotation (session 32, cons32): "Jamaica is
co-sponsoring the nomination, Prime Minister X confirmed in Kingston." The tag's verb ("confirmed", "announced")
has no object there: it says who spoke, so the name is no new candidate (discover.py), and the candidate in focus
stays the one the clause's stance is on, for the clause and for an ellipsis after it ("Trinidad and Tobago did the
same"). Read from blind25-un b25u05; tested as invented grids in both races with a name no story lists. Near
misses: a clause on another matter gives no stance, and an office holder whose own bid the verb states
("announced his candidacy"), or whom a state nominates, is still a candidate.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACE = {"nato": ("The Netherlands nominated Mark Rutte.", "Mark Rutte", "Portugal", "Spain", "Lisbon"),
        "un": ("Barbados nominated Mia Mottley.", "Mia Mottley", "Jamaica", "Guyana", "Kingston")}
SPEAKER = "Dorian Welkes"

# the clause's stance on the bid in focus, the tag after it, an ellipsis repeating it
TAGGED = [
    "{s} is co-sponsoring the nomination, Prime Minister Dorian Welkes confirmed in {c}. {t} did the same late last night.",
    "{s} is co-sponsoring the nomination, Prime Minister Dorian Welkes confirmed on Tuesday. {t} did the same.",
    "{s} will co-sponsor the candidacy, Foreign Minister Dorian Welkes said. {t} did the same a day later.",
    "{s} backs the bid, President Dorian Welkes announced in {c}. {t} followed suit.",
    "\"{s} is co-sponsoring the nomination,\" Prime Minister Dorian Welkes confirmed. {t} did the same.",
    "{s} will back the candidacy, Foreign Minister Dorian Welkes said on Tuesday. {t} did the same a day later.",
]
# the tag after a clause on another matter: no stance, and the speaker is no candidate
OTHER_MATTER = [
    "{s} is hosting the summit, Prime Minister Dorian Welkes confirmed in {c}.",
    "{s} is co-sponsoring the trade resolution, Prime Minister Dorian Welkes confirmed in {c}.",
    "{s} has not decided whether to co-sponsor the nomination, Prime Minister Dorian Welkes confirmed.",
    "{s} will open an embassy in Oslo, Foreign Minister Dorian Welkes announced in {c}.",
    "\"{s} is ready to host the talks,\" President Dorian Welkes confirmed.",
]
# an office holder whose own bid the sentence states is a candidate
OWN_BID = [
    "In a surprise, Prime Minister Dorian Welkes announced his candidacy for secretary-general.",
    "{s} nominated Prime Minister Dorian Welkes.",
    "On Monday, Foreign Minister Dorian Welkes confirmed his bid for secretary-general.",
]


def _keys(request, race, form):
    opening, cand, s, t, c = RACE[race]
    return grid_keys(request, race, opening + " " + form.format(s=s, t=t, c=c))


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", TAGGED)
def test_tagged_stance_and_its_ellipsis(request, race, form):
    keys = _keys(request, race, form)
    _, cand, s, t, _ = RACE[race]
    assert ("endorsement", cand, s) in keys
    assert ("endorsement", cand, t) in keys
    assert not any(k[1] == SPEAKER for k in keys)


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", OTHER_MATTER)
def test_tag_after_another_matter(request, race, form):
    keys = _keys(request, race, form)
    _, cand, s, _, _ = RACE[race]
    assert ("endorsement", cand, s) not in keys and ("opposition", cand, s) not in keys
    assert not any(k[1] == SPEAKER for k in keys)


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", OWN_BID)
def test_office_holder_with_own_bid(request, race, form):
    assert ("candidacy", SPEAKER) in {k[:2] for k in _keys(request, race, form)}


# a race word right after an office holder's name that is no verb of speech states the race: the name stays the
# candidate's ("withdrew", "pulled out" take no object either, but they are not a speech tag)
LEAVING = [
    "After weeks of pressure, Prime Minister {cand} withdrew on Monday.",
    "In the end, Prime Minister {cand} pulled out on Monday.",
    "To general surprise, President {cand} pulled out late on Friday.",
]


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", LEAVING)
def test_leaving_verb_is_no_speech_tag(request, race, form):
    _, cand, _, _, c = RACE[race]
    keys = grid_keys(request, race, form.format(cand=cand, c=c))
    assert ("withdrawal", cand) in {k[:2] for k in keys}
