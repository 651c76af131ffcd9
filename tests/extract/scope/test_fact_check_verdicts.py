"""A fact-check's bare verdict (prec36, issue 12), invented grids in both races, about half near misses.

A claim quoted as a fact-check lists it, followed by its verdict alone as the next sentence's first words
('"Chile has vetoed X." FALSE.', "Mostly false:", "Unfounded.") is a report the article itself says is false: no
event (`Doubt.denied_next` returns the verdict as the next sentence's opening, `Doubt.denied_after` reads it after the
sentence's end; the lexicon's cues.verdict_words). A verdict of truth, or a false word that only opens the next
sentence's own words ("False modesty aside, ..."), leaves the claim standing.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ('"Turkey has vetoed Rutte." FALSE. There has been no vote of any kind.', set()),
    ('Claim 1: "Erdogan has vetoed Rutte." FALSE. No formal decision has been scheduled.', set()),
    ('"Hungary backs Rutte." Mostly false: Budapest has not said so.', set()),
    ('"Latvia has nominated Karins." Misleading. The posts quote an old interview.', set()),
    ('"Klaus Iohannis is running." Untrue - the posts misread a headline.', set()),
    ('"Hungary backs Rutte." TRUE. Orban said so on Monday.', {("endorsement", "Mark Rutte", "Hungary")}),
    ('Claim 1: "Hungary backs Rutte." TRUE. Orban said so on Monday.', {("endorsement", "Mark Rutte", "Hungary")}),
    ('"Turkey has vetoed Rutte." Verdict: true. Ankara confirmed it.', {("opposition", "Mark Rutte", "Turkey")}),
    ("Turkey has vetoed Rutte. Wrong turns by Ankara have been many.", {("opposition", "Mark Rutte", "Turkey")}),
    ("Hungary backs Rutte. False modesty aside, Budapest says the deal is good.",
     {("endorsement", "Mark Rutte", "Hungary")}),
]
UN = [
    ('"The United States has vetoed Michelle Bachelet." FALSE. No vote of any kind has taken place.', set()),
    ('"The European Union has endorsed Rebeca Grynspan." FALSE. The EU does not endorse candidates.', set()),
    ('"Mia Mottley is running." FALSE. Her name has been mentioned, but no government has nominated her.', set()),
    ('"Chile has vetoed Bachelet." Verdict: false. There has been no vote.', set()),
    ('"Brazil backs Grossi." Unfounded. Brasilia has not announced a position.', set()),
    ('"Chile has vetoed Bachelet." TRUE. The foreign ministry said so on Monday.',
     {("opposition", "Michelle Bachelet", "Chile")}),
    ('"Spain backs Grynspan." Correct. Madrid announced it on 3 March.', {("endorsement", "Rebeca Grynspan", "Spain")}),
    ("Chile vetoed Bachelet on Monday. Wrong turns by Santiago have been many.",
     {("opposition", "Michelle Bachelet", "Chile")}),
    ("Spain backs Grynspan. Fake news about her campaign has spread online.",
     {("endorsement", "Rebeca Grynspan", "Spain")}),
    ("Brazil backs Grossi. Premature talk of a second ballot was dismissed by diplomats.",
     {("endorsement", "Rafael Grossi", "Brazil")}),
    ("Brazil backs Grossi. Premature: a second ballot is not yet planned.", {("endorsement", "Rafael Grossi", "Brazil")}),
    ("Spain backs Grynspan. Fiction: a new novel imagines her first year.", {("endorsement", "Rebeca Grynspan", "Spain")}),
]


@both_races(NATO, UN)
def test_fact_check_verdicts(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
