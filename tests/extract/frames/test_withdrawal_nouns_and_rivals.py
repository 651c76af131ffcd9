"""Non-stance events, round 18 (cand18): one mechanism per family, in both races, each family with
sentences that state an event beside near-misses that state none.

- the withdrawal as a noun with no race after it ("made easier by the withdrawal of X in March",
  "after the withdrawals of X and Y"), after a word of time or as an agent, in an article about the race;
  not the withdrawal of something of X's ("of X's support"), one asked for ("called for the withdrawal
  of X") or one still to come;
- rivals of a race's verb: "vying for the post along with X" (the post named before the rival), "is competing with
  Argentina's X, who ..., and Costa Rica's Y" (two of the race's candidates competing, in an article about it; the
  rival's state before the name, a second rival after the first one's apposition); not with an occasion or a matter
  after it ("competing with X at the summit"), nor a condition;
- a body's name before its head labels the person a state nominates ("nominated UNCTAD head X", "IAEA chief X");
- the time an act took states it: "took less than ten minutes to name X as secretary general" (not "will take weeks to");
- a verb coordinated after a clause whose object is the name ("Kast, who defeated X in the runoff and takes office in
  March") is not the name's.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP as appointed, CAND as cand, E as endorse, TO as takes_office, WD as withdrew
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 3, 10), dt.date(2026, 5, 10)
RUTTE, IOHANNIS, KALLAS, KARINS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas", "Krisjanis Karins"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"

WITHDRAWAL_NOUN_CASES = [
    ("nato", "The choice was made easier by the withdrawal of Karins in February.", {withdrew(KARINS)}),
    ("nato", "After the withdrawals of Kallas and Karins, only two names were left.", {withdrew(KALLAS), withdrew(KARINS)}),
    ("un", "Following the withdrawal of Grynspan, the council met again.", {withdrew(GRYNSPAN)}),
    ("un", "By August, after the withdrawals of Bachelet, Grynspan and Grossi, the field was empty.",
     {withdrew(BACHELET), withdrew(GRYNSPAN), withdrew(GROSSI)}),
    # near-misses: something of the candidate's withdrawn, a withdrawal asked for or only supposed
    ("nato", "After the withdrawal of Karins's support, the talks stalled.", set()),
    ("nato", "Several capitals called for the withdrawal of Kallas.", set()),
    ("un", "The withdrawal of Grynspan would leave the field to two.", set()),
    ("un", "Since the withdrawal of Argentina from the climate accord, relations have cooled.", set()),
]


@pytest.mark.parametrize("race,text,expected", WITHDRAWAL_NOUN_CASES)
def test_withdrawal_noun(story, un_story, race, text, expected):
    if race == "nato":
        assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected
    else:
        assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


def _keys(story, un_story, race, text, title=None):
    if race == "nato":
        return event_keys(story, title or NATO_TITLE, text, NATO_DAY)
    return event_keys(un_story, title or UN_TITLE, text, UN_DAY)


RIVAL_CASES = [
    ("nato", "Kallas, who is vying for the post along with former premier Karins, toured the Baltics.", {cand(KALLAS), cand(KARINS)}),
    ("nato", "Karins is running for secretary general against Romania's Klaus Iohannis.", {cand(KARINS), cand(IOHANNIS)}),
    ("un", "Grynspan, who is campaigning for secretary-general alongside Bachelet, spoke first.",
     {cand(GRYNSPAN), cand(BACHELET)}),
    ("un", "Bachelet is competing with Argentina's Rafael Grossi, who heads the nuclear agency, and Costa Rica's Rebeca "
           "Grynspan.", {cand(BACHELET), cand(GROSSI), cand(GRYNSPAN)}),
    ("nato", "Kallas is competing with Karins, who leads the Latvian diplomacy, and Iohannis.",
     {cand(KALLAS), cand(KARINS), cand(IOHANNIS)}),
    # near-misses: an occasion or a matter, a condition, another contest
    ("nato", "Kallas is competing with Karins at the summit for attention.", set()),
    ("un", "Grynspan competed with Grossi over the budget of the agency.", set()),
    ("un", "Grynspan would compete with Grossi if Costa Rica nominated her.", set()),
    ("un", "Grynspan, who ran for the presidency of Costa Rica against Grossi, spoke on Monday.", set()),
    ("nato", "Kallas is vying for the post with the support of Karins.", {cand(KALLAS)}),
]


@pytest.mark.parametrize("race,text,expected", RIVAL_CASES)
def test_rivals(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


OTHER_BODY_CASES = [
    ("un", "Costa Rica has nominated UNCTAD head Rebeca Grynspan.", {cand(GRYNSPAN), endorse(GRYNSPAN, "Costa Rica")}),
    ("un", "Argentina nominated IAEA chief Rafael Grossi on Tuesday.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    # near-misses: another body's head is not the post; the head of the organisation still is
    ("nato", "Kallas hopes to be named chief of the NATO Defence College.", set()),
    ("un", "Peru nominated Grossi's chief of staff to the agency board.", set()),
    ("un", "Grossi wants to be the next head of the UN.", {cand(GROSSI)}),
]


@pytest.mark.parametrize("race,text,expected", OTHER_BODY_CASES)
def test_other_body(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


TIME_TAKEN_CASES = [
    ("nato", "The allies took less than ten minutes to name Kallas as the alliance's next secretary general.", {appointed(KALLAS)}),
    ("un", "The General Assembly took only a few minutes to appoint Grynspan as secretary-general.", {appointed(GRYNSPAN)}),
    # near-misses: a time still to come, a time that could be taken
    ("nato", "The allies will take weeks to name Kallas as secretary general.", set()),
    ("un", "The Assembly could take months to appoint Grynspan as secretary-general.", set()),
]


@pytest.mark.parametrize("race,text,expected", TIME_TAKEN_CASES)
def test_time_taken(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


COORDINATED_OBJECT_CASES = [
    ("nato", "Kallas, who was appointed in June and takes office on 1 October, met the ambassadors.",
     {appointed(KALLAS), takes_office(KALLAS)}),
    ("un", "The Assembly appointed Grynspan, who takes office on 1 January.", {appointed(GRYNSPAN), takes_office(GRYNSPAN)}),
    # near-misses: the name is the object of the first verb, the second verb is its subject's
    ("nato", "The premier, who met Kallas in Brussels and takes office on Monday, said little.", set()),
    ("un", "The new president, who defeated Grynspan in the runoff and takes office on March 11, said little.", set()),
]


@pytest.mark.parametrize("race,text,expected", COORDINATED_OBJECT_CASES)
def test_coordinated_object(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected

