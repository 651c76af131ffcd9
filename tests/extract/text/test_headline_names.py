"""A person's name never runs across a line break: a headline without a full stop that ends in a capitalised
word ("Chile backs Bachelet") and a body whose first sentence opens with one ("Soto was nominated ...",
"Apart from Argentina ...") are two sentences, so no new candidate "Bachelet Soto" or "Grossi Apart" is made
of the headline's last word and the body's first. Invented headlines and bodies of both races; the body's
own names are still read (a full name opening the body, a name further in).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse
from tests.extract.conftest import event_keys

UN_DAY, NATO_DAY = dt.date(2026, 3, 1), dt.date(2024, 3, 1)
# headlines that end in a capitalised word: a listed candidate's surname, a state, a new name
HEADLINES = ["Chile backs Bachelet", "Race for UN top job: Grossi", "Costa Rica's Grynspan",
             "The view from Santiago", "New entrant: Maria Soto"]
# bodies whose first word is capitalised and is no name, or a surname the body never gives in full
BODIES = ["Apart from Argentina, which nominated him, only Italy has come out for Grossi.",
          "Soto was nominated by Chile on Monday, officials said.",
          "Mensah, a former central banker, was nominated by Ghana.",
          "Lind declared her candidacy for the post on Tuesday.",
          "Despite Brazil's doubts, Argentina nominated him again for the post."]


def _glued(subject: str, headline: str, body: str) -> bool:
    """The subject holds the headline's last word followed by the body's first."""
    return f"{headline.split()[-1]} {body.split()[0].strip(',')}" in subject


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("body", BODIES)
def test_no_name_is_made_across_the_headline_and_the_body(un_story, headline, body):
    for event in event_keys(un_story, headline, body, UN_DAY):
        assert not _glued(event[1], headline, body), event


@pytest.mark.parametrize("headline", ["Allies back Rutte", "Hungary and Rutte", "NATO race: Iohannis"])
def test_nato_headline_and_a_body_opening_with_an_unknown_surname(story, headline):
    body = "Lind declared her candidacy for the post on Tuesday."
    assert not any(_glued(e[1], headline, body) for e in event_keys(story, headline, body, NATO_DAY))


def test_the_fronted_exception_reads_the_candidate_of_the_main_clause(un_story):
    body = "Apart from Argentina, which nominated him, only Italy has come out for Grossi."
    assert event_keys(un_story, "Rome for Grossi", body, UN_DAY) == {
        cand("Rafael Grossi"), endorse("Rafael Grossi", "Argentina"), endorse("Rafael Grossi", "Italy")}


@pytest.mark.parametrize("headline", ["Chile backs Bachelet", "Ghana's choice for UN chief", "Race for UN top job: Grossi"])
def test_a_full_name_opening_the_body_is_still_proposed(un_story, headline):
    body = "Kofi Mensah, a former central banker, was nominated by Ghana on Monday."
    keys = event_keys(un_story, headline, body, UN_DAY)
    assert cand("Kofi Mensah") in keys and endorse("Kofi Mensah", "Ghana") in keys
