"""Insertions between a clause's roles (round 21, issue 12 item 2: extract/spans.py). A clause is read once more
without the material real sentences put between its actor, predicate and candidate (a parenthetical between
dashes or in brackets, an adverbial set off by commas, a bare time adverbial, a speech-verb frame of the actor's
own voice, an apposition or relative clause inside a list, a relative clause after the organisation's members):
the event is the plain clause's. About half are near-misses: what governs the predicate (a condition, a modal
adverbial, a negation, another post) is no insertion and still decides."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import E, O, event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 4, 12), dt.date(2026, 6, 12)


def C(subject):
    return ("candidacy", subject, None)


def A(subject):
    return ("appointment", subject, None)


CASES = [
    # ---- NATO: the event read across the insertion
    ("nato", "Poland, following a cabinet meeting in Warsaw, endorsed Mark Rutte for the post of secretary general.",
     {E("Mark Rutte", "Poland")}),
    ("nato", "Spain backed - as widely expected - Mark Rutte to lead the alliance.", {E("Mark Rutte", "Spain")}),
    ("nato", "Italy, its defence minister told reporters, supports Mark Rutte as NATO's next secretary general.",
     {E("Mark Rutte", "Italy")}),
    ("nato", "Portugal, a founding member of the alliance, and Romania have both backed Mark Rutte for the top job.",
     {E("Mark Rutte", "Portugal"), E("Mark Rutte", "Romania")}),
    ("nato", "Denmark (which had hesitated for weeks) and Norway endorsed Mark Rutte for NATO secretary general.",
     {E("Mark Rutte", "Denmark"), E("Mark Rutte", "Norway")}),
    ("nato", "Slovakia this month rejected Mark Rutte for the post of NATO secretary general.",
     {O("Mark Rutte", "Slovakia")}),
    ("nato", "NATO ambassadors, who met behind closed doors in Brussels, appointed Mark Rutte as secretary general.",
     {A("Mark Rutte")}),
    ("nato", "Greece (a member since 1952) endorsed Mark Rutte for NATO secretary general.", {E("Mark Rutte", "Greece")}),
    # ---- NATO near-misses: what governs the predicate is no insertion
    ("nato", "Poland, if the talks in Brussels succeed, could endorse Mark Rutte for the post of secretary general.",
     set()),
    ("nato", "Spain, in principle, could back Mark Rutte to lead the alliance.", set()),
    ("nato", "Hungary, after weeks of talks, has not yet endorsed Mark Rutte for NATO secretary general.", set()),
    ("nato", "Portugal, a founding member of the alliance, and Romania have not yet backed Mark Rutte for the top job.",
     set()),
    ("nato", "Denmark - after long hesitation - endorsed Mark Rutte for the post of UN secretary-general.", set()),
    ("nato", "Slovakia this month could reject Mark Rutte for the post of NATO secretary general if he visits Moscow.",
     set()),
    ("nato", "NATO ambassadors, who met behind closed doors in Brussels, are expected to appoint Mark Rutte as "
             "secretary general in June.", set()),
    # ---- UN: the event read across the insertion
    ("un", "Brazil, after a meeting of its cabinet on Monday, formally nominated Michelle Bachelet for UN "
           "secretary-general.", {C("Michelle Bachelet"), E("Michelle Bachelet", "Brazil")}),
    ("un", "Chile nominated - after a long internal debate - Michelle Bachelet for the post of UN secretary-general.",
     {C("Michelle Bachelet"), E("Michelle Bachelet", "Chile")}),
    ("un", "Mexico, its foreign minister said, supports Michelle Bachelet for UN secretary-general.",
     {E("Michelle Bachelet", "Mexico")}),
    ("un", "Costa Rica, a small country of five million people, and Panama have both endorsed Rebeca Grynspan for the "
           "post of UN secretary-general.", {E("Rebeca Grynspan", "Costa Rica"), E("Rebeca Grynspan", "Panama")}),
    ("un", "Argentina last week backed Rafael Grossi for UN secretary-general.", {E("Rafael Grossi", "Argentina")}),
    ("un", "Rafael Grossi withdrew, after weeks of consultations, from the race for UN secretary-general.",
     {("withdrawal", "Rafael Grossi", None)}),
    ("un", "Uruguay (a neighbour of Argentina) backed Rafael Grossi for UN secretary-general.",
     {E("Rafael Grossi", "Uruguay")}),
    # ---- UN near-misses
    ("un", "Chile could, if the talks succeed, nominate Michelle Bachelet for UN secretary-general.", set()),
    ("un", "Argentina, in theory, could back Rafael Grossi for UN secretary-general.", set()),
    ("un", "Brazil, after weeks of talks, has yet to endorse Michelle Bachelet for UN secretary-general.", set()),
    ("un", "Costa Rica, a small country of five million people, and Panama have not yet endorsed Rebeca Grynspan for "
           "the post of UN secretary-general.", set()),
    ("un", "Mexico - after long hesitation - backed Michelle Bachelet for the post of NATO secretary general.", set()),
    ("un", "Rafael Grossi has not withdrawn, after weeks of consultations, from the race for UN secretary-general.",
     {C("Rafael Grossi")}),
]


@pytest.mark.parametrize("race,text,expected", CASES, ids=[c[1][:70] for c in CASES])
def test_insertions(request, race, text, expected):
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    title, day = (NATO_TITLE, NATO_DAY) if race == "nato" else (UN_TITLE, UN_DAY)
    assert event_keys(story, title, text, day) == expected, text
