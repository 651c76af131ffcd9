"""Stance idioms and stance ellipsis (round 23, issue 12 items 1 and 2). A multiword stance lemma of the lexicon takes
inserts inside it as a reporter writes them: up to two of an -ly adverb, a day ("on Thursday", "last Friday",
"this week") or a weighing adjective after its possessive ("threw its full weight last Friday behind X", "came
down firmly on Thursday on the side of X", "lent its full voice to X"); more idioms of the same families (falling
into step behind, weighing in on the side of, committing or pledging one's vote to, coming down in a camp); a
leader putting their state behind a candidate ("put Barbados behind X": the state acts); a state moving from
another stance to support ("moved from quiet sympathy to public support"). Negated as the guide says (a refusal
is an opposition, a stance not yet taken no event). Both races, about half near-misses that must give no event."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import E, O, event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 4, 12), dt.date(2026, 6, 12)


def C(subject):
    return ("candidacy", subject, None)


IDIOMS = [
    # ---- inserts inside a multiword stance: adverbs, days, a weighing adjective after the possessive
    ("nato", "Germany threw its full weight last Friday behind Mark Rutte.", {E("Mark Rutte", "Germany")}),
    ("nato", "Germany came down firmly on Thursday on the side of Mark Rutte.", {E("Mark Rutte", "Germany")}),
    ("nato", "Germany lent its full voice to Mark Rutte.", {E("Mark Rutte", "Germany")}),
    ("nato", "Germany gave its formal blessing on Thursday to Mark Rutte.", {E("Mark Rutte", "Germany")}),
    ("nato", "The Danish government gave the full green light to Mark Rutte.", {E("Mark Rutte", "Denmark")}),
    ("un", "Peru pledged its votes last week to Rebeca Grynspan.", {E("Rebeca Grynspan", "Peru")}),
    ("un", "Ghana threw its full diplomatic weight behind Michelle Bachelet.", {E("Michelle Bachelet", "Ghana")}),
    # refused: an opposition (the guide's "refused to support"); not yet: no event; a condition: no event
    ("nato", "Spain did not throw its full weight behind Mark Rutte.", {O("Mark Rutte", "Spain")}),
    ("un", "Kenya refused to lend its full voice to Rafael Grossi.", {O("Rafael Grossi", "Kenya")}),
    ("nato", "Spain has not yet thrown its full weight behind Mark Rutte.", set()),
    ("nato", "Spain could throw its full weight behind Mark Rutte if he wins over Turkey.", set()),
    # near-misses: the same idiom for a plan, a package, a merger
    ("nato", "Spain threw its full weight last week behind the plan of Mark Rutte for Ukraine aid.", set()),
    ("nato", "Spain threw its full weight behind the Ukraine aid package, Mark Rutte said.", set()),
    ("nato", "Germany gave its blessing to the merger, Mark Rutte said.", set()),
    # ---- falling into step, weighing in, coming out on a side
    ("nato", "Poland has fallen into step behind Mark Rutte.", {E("Mark Rutte", "Poland")}),
    ("nato", "Poland fell into step on Thursday behind Mark Rutte.", {E("Mark Rutte", "Poland")}),
    ("nato", "Belgium got into line behind Mark Rutte last week.", {E("Mark Rutte", "Belgium")}),
    ("un", "South Africa has weighed in on the side of Rebeca Grynspan.", {E("Rebeca Grynspan", "South Africa")}),
    ("un", "Peru weighed in firmly on Monday on the side of Rebeca Grynspan.", {E("Rebeca Grynspan", "Peru")}),
    ("un", "Kenya came out on the side of Michelle Bachelet.", {E("Michelle Bachelet", "Kenya")}),
    ("nato", "Poland fell into step behind the American position on Ukraine, Mark Rutte said.", set()),
    ("un", "Peru weighed in on the side of the reformers, Rebeca Grynspan said.", set()),
    # ---- a vote or support committed in advance
    ("un", "Uruguay had already committed its vote to Michelle Bachelet.", {E("Michelle Bachelet", "Uruguay")}),
    ("un", "Peru committed its full support to Michelle Bachelet on Monday.", {E("Michelle Bachelet", "Peru")}),
    ("un", "Peru will not commit its vote to Rafael Grossi.", {O("Rafael Grossi", "Peru")}),
    ("un", "Peru has yet to commit its vote to Michelle Bachelet.", set()),
    ("un", "Peru has not committed its vote to Michelle Bachelet.", set()),
    ("un", "Peru committed its troops to the mission, Michelle Bachelet said.", set()),
    # ---- a camp come down in or landed in
    ("nato", "The Biden administration has come down squarely in Rutte's corner, a White House spokesman said on "
             "Thursday.", {E("Mark Rutte", "United States")}),
    ("un", "Kenya came down on Tuesday in Grynspan's corner.", {E("Rebeca Grynspan", "Kenya")}),
    ("un", "Kenya landed squarely in Bachelet's camp last week.", {E("Michelle Bachelet", "Kenya")}),
    ("un", "Kenya landed in Bachelet's home town on Tuesday.", set()),
    ("nato", "Latvia came down firmly in Rutte's corner on defence spending.", set()),
    # ---- a leader putting their state behind a candidate: the state acts
    ("un", "Rebeca Grynspan bowed out on October 2 and immediately put Costa Rica behind Michelle Bachelet.",
     {E("Michelle Bachelet", "Costa Rica"), ("withdrawal", "Rebeca Grynspan", None)}),
    ("un", "Lula has placed Brazil squarely behind Michelle Bachelet.", {E("Michelle Bachelet", "Brazil")}),
    ("nato", "Scholz put Germany firmly behind Mark Rutte early.", {E("Mark Rutte", "Germany")}),
    ("un", "Lula refused to put Brazil behind Rafael Grossi.", {O("Rafael Grossi", "Brazil")}),
    ("un", "Lula could put Brazil behind Michelle Bachelet if she visits.", set()),
    ("un", "The scandal put Brazil behind Chile in the rankings, Michelle Bachelet said.", set()),
    ("un", "The delay put Brazil behind schedule, Michelle Bachelet said.", set()),
    ("nato", "Scholz put Germany's troops behind Mark Rutte's plan.", set()),
    # ---- moving from another stance to support
    ("un", "China moved from quiet sympathy to public support for Michelle Bachelet in the final week.",
     {E("Michelle Bachelet", "China")}),
    ("un", "Nigeria went from sceptic to open backer of Rafael Grossi.", {E("Rafael Grossi", "Nigeria")}),
    ("un", "Michelle Bachelet entered the race in May. China moved from quiet sympathy to public support in the final "
           "week.", {C("Michelle Bachelet"), E("Michelle Bachelet", "China")}),
    ("un", "China has not moved from quiet sympathy to public support for Michelle Bachelet.", set()),
    ("un", "China moved from the back benches to the front row, Rafael Grossi said.", set()),
    ("un", "China moved from Geneva to New York to support Rafael Grossi's staff.", set()),
    ("un", "Michelle Bachelet entered the race in May. China moved from quiet sympathy to public support for the "
           "climate fund.", {C("Michelle Bachelet")}),
]


# ---- stance ellipsis: a stance predicate with no candidate takes the stance stated just before (frames/ellipsis.py)
ELLIPSIS = [
    ("nato", "Germany backed Mark Rutte on Monday. Greece and Portugal signed on a day earlier.",
     {E("Mark Rutte", "Germany"), E("Mark Rutte", "Greece"), E("Mark Rutte", "Portugal")}),
    ("nato", "Germany backed Mark Rutte on Monday. French officials said on the same day that Paris was on board.",
     {E("Mark Rutte", "Germany"), E("Mark Rutte", "France")}),
    ("nato", "Germany backed Mark Rutte on Monday. Slovakia switched the same afternoon.",
     {E("Mark Rutte", "Germany"), E("Mark Rutte", "Slovakia")}),
    ("nato", "Germany backed Mark Rutte on Monday. Italy is leaning the same way.",
     {E("Mark Rutte", "Germany"), E("Mark Rutte", "Italy")}),
    ("nato", "Germany backed Mark Rutte on Monday. Diplomats said Belgium had given similar assurances in private.",
     {E("Mark Rutte", "Germany"), E("Mark Rutte", "Belgium")}),
    ("un", "Chile backed Michelle Bachelet on Monday. Peru too.", {E("Michelle Bachelet", "Chile"),
                                                                   E("Michelle Bachelet", "Peru")}),
    ("un", "Chile backed Michelle Bachelet on Monday. Brazil and Mexico signed on within hours.",
     {E("Michelle Bachelet", "Chile"), E("Michelle Bachelet", "Brazil"), E("Michelle Bachelet", "Mexico")}),
    ("un", "Chile backed Michelle Bachelet on Monday. Peru made the same pledge.",
     {E("Michelle Bachelet", "Chile"), E("Michelle Bachelet", "Peru")}),
    # the antecedent's polarity: a refusal taken up is an opposition
    ("un", "Chile refused to back Rafael Grossi on Monday. Peru took the same line.",
     {O("Rafael Grossi", "Chile"), O("Rafael Grossi", "Peru")}),
    ("un", "Russia opposed Michelle Bachelet on Monday. China went the same way, diplomats said.",
     {O("Michelle Bachelet", "Russia"), O("Michelle Bachelet", "China")}),
    # near-misses: another matter after the verb, negated or not yet, a modal, a joining after a refusal, a newer
    # candidate, stances on two candidates before, another contest, a different line, nothing said before
    ("nato", "Germany backed Mark Rutte on Monday. Slovakia switched to nuclear power the same afternoon.",
     {E("Mark Rutte", "Germany")}),
    ("nato", "Germany backed Mark Rutte on Monday. Slovakia signed on to the trade deal a day later.",
     {E("Mark Rutte", "Germany")}),
    ("nato", "Germany backed Mark Rutte on Monday. But Slovakia did not take the same line.", {E("Mark Rutte", "Germany")}),
    ("nato", "Germany backed Mark Rutte on Monday. Slovakia has yet to sign on.", {E("Mark Rutte", "Germany")}),
    ("nato", "Germany backed Mark Rutte on Monday. Slovakia could sign on next week.", {E("Mark Rutte", "Germany")}),
    ("nato", "Germany backed Mark Rutte on Monday. Slovakia may take the same line.", {E("Mark Rutte", "Germany")}),
    ("nato", "Hungary refused to back Mark Rutte on Monday. Slovakia signed on a day later.", {O("Mark Rutte", "Hungary")}),
    ("nato", "Germany backed Mark Rutte on Monday. Klaus Iohannis entered the race on Tuesday. Slovakia signed on a day "
             "later.", {E("Mark Rutte", "Germany"), C("Klaus Iohannis")}),
    ("nato", "Germany backed Mark Rutte on Monday. Slovakia was on board the ferry to Dover.", {E("Mark Rutte", "Germany")}),
    ("nato", "Germany backed Mark Rutte on Monday. Slovakia is on board with the new climate targets.",
     {E("Mark Rutte", "Germany")}),
    ("un", "Chile backed Michelle Bachelet, and Argentina backed Rafael Grossi. Peru took the same line.",
     {E("Michelle Bachelet", "Chile"), E("Rafael Grossi", "Argentina")}),
    ("un", "Chile backed Michelle Bachelet on Monday. Peru, by contrast, took a different line.",
     {E("Michelle Bachelet", "Chile")}),
    ("un", "Chile backed Michelle Bachelet on Monday. The EU said it would host the talks; Peru too.",
     {E("Michelle Bachelet", "Chile")}),
    ("un", "Michelle Bachelet visited Lima on Monday. Peru signed on a day later.", set()),
]


@pytest.mark.parametrize("race,text,expected", ELLIPSIS)
def test_stance_ellipsis(request, race, text, expected):
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    title, day = (NATO_TITLE, NATO_DAY) if race == "nato" else (UN_TITLE, UN_DAY)
    assert event_keys(story, title, text, day) == expected, text


@pytest.mark.parametrize("race,text,expected", IDIOMS)
def test_stance_idioms(request, race, text, expected):
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    title, day = (NATO_TITLE, NATO_DAY) if race == "nato" else (UN_TITLE, UN_DAY)
    assert event_keys(story, title, text, day) == expected, text
