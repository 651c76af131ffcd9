"""A short item that names no race and tells a state's stance on the bid "of" a listed candidate with an honorific or
a title before the name (issue 12): "the candidacy of Mr. X", "of President X", "of Her Excellency Ms. X" is the
race's own bid, as "the candidacy of X" is, not a bid for another aim ("the nomination of Ciolacu"). A grid: states x
candidates x titled forms; about half near misses giving no event (a stance not taken, a bid for another aim, an
unlisted person, a hypothetical)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import E, O, event_keys

NEUTRAL = {"nato": ("Statement", dt.date(2024, 4, 12)), "un": ("Statement", dt.date(2026, 6, 12))}

# (race, full name, surname, a title of theirs, an acting state, an unlisted person)
PEOPLE = [("nato", "Mark Rutte", "Rutte", "Prime Minister", "Portugal", "Mr. Jan Smit"),
          ("nato", "Klaus Iohannis", "Iohannis", "President", "Bulgaria", "Mr. Ion Popa"),
          ("un", "Rebeca Grynspan", "Grynspan", "Ms.", "Panama", "Ms. Ana Ruiz"),
          ("un", "Rafael Grossi", "Grossi", "Ambassador", "Paraguay", "Mr. Luis Vera")]

SUPPORT = [
    "The Government of {state} supports the candidacy of Mr. {surname}.",
    "{state} has lent its backing to the candidacy of {title} {surname}, its foreign minister announced.",
    "The Republic of {state} today expressed support for the candidacy of His Excellency {full}.",
    "{state} endorsed the bid of {title} {full} on Tuesday.",
]
REFUSE = [
    "The Government of {state} will not support the candidacy of Mr. {surname}, the minister stated.",
    "{state} has decided against supporting the candidacy of {title} {surname}.",
]
NEAR = [
    "{state} has not yet endorsed the candidacy of Mr. {surname}.",
    "{state} supports the candidacy of {other} for the party leadership.",
    "{state} supports the candidacy of {other}.",
    "{state} could support the candidacy of {title} {surname} if asked.",
    "{state} will decide on the candidacy of Mr. {surname} next month.",
    "{state} supports the candidacy of {title} {surname} for a second term as party leader.",
]


def _keys(request, race, text):
    title, day = NEUTRAL[race]
    return event_keys(request.getfixturevalue("story" if race == "nato" else "un_story"), title, text, day)


@pytest.mark.parametrize("race,full,surname,title,state,other", PEOPLE)
@pytest.mark.parametrize("template", SUPPORT)
def test_titled_bid_owner_support(request, race, full, surname, title, state, other, template):
    text = template.format(full=full, surname=surname, title=title, state=state, other=other)
    assert E(full, state) in _keys(request, race, text), text


@pytest.mark.parametrize("race,full,surname,title,state,other", PEOPLE)
@pytest.mark.parametrize("template", REFUSE)
def test_titled_bid_owner_refusal(request, race, full, surname, title, state, other, template):
    text = template.format(full=full, surname=surname, title=title, state=state, other=other)
    assert O(full, state) in _keys(request, race, text), text


@pytest.mark.parametrize("race,full,surname,title,state,other", PEOPLE)
@pytest.mark.parametrize("template", NEAR)
def test_titled_bid_owner_near_miss(request, race, full, surname, title, state, other, template):
    text = template.format(full=full, surname=surname, title=title, state=state, other=other)
    assert not {k for k in _keys(request, race, text) if k[0] in ("endorsement", "opposition")}, text
