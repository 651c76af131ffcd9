"""The course not taken and a second "that" clause under an expectation (prec40, issue 12), invented grids in both
races, about half near misses.

"S abstained rather than block her", "S chose to wait instead of backing him": the predicate after "rather than" /
"instead of" (cues.alternative_not_taken) is no event; the one before it stands ("S blocked her rather than
abstain"). "It is expected that the Council will appoint X, and that he will take office on 1 October": the "and that"
clause is as expected as the first; under a report it is said ("S said that ..., and that ...").
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("Mark Rutte is running. Hungary, in the end, abstained rather than block him.", {("candidacy", "Mark Rutte", None)}),
    ("Mark Rutte is running. Hungary, in the end, blocked him rather than abstain.",
     {("candidacy", "Mark Rutte", None), ("opposition", "Mark Rutte", "Hungary")}),
    ("Mark Rutte is running. Paris chose to wait instead of backing him.", {("candidacy", "Mark Rutte", None)}),
    ("Mark Rutte is running. Paris chose to back him instead of waiting.",
     {("candidacy", "Mark Rutte", None), ("endorsement", "Mark Rutte", "France")}),
    ("It is expected that the allies will formally appoint Mark Rutte tomorrow, and that he will take office on "
     "1 October.", set()),
    ("NATO said on Wednesday that the allies had appointed Mark Rutte, and that he will take office on 1 October.",
     {("appointment", "Mark Rutte", None), ("takes_office", "Mark Rutte", None)}),
]
UN = [
    ("Rebeca Grynspan is running. The Americans, in the end, abstained rather than block her.",
     {("candidacy", "Rebeca Grynspan", None)}),
    ("Rebeca Grynspan is running. The Americans, in the end, blocked her rather than abstain.",
     {("candidacy", "Rebeca Grynspan", None), ("opposition", "Rebeca Grynspan", "United States")}),
    ("Rebeca Grynspan is running. Lima chose to wait instead of backing her.", {("candidacy", "Rebeca Grynspan", None)}),
    ("Rebeca Grynspan is running. Lima chose to back her instead of waiting.",
     {("candidacy", "Rebeca Grynspan", None), ("endorsement", "Rebeca Grynspan", "Peru")}),
    ("It is expected that the General Assembly will appoint Rebeca Grynspan tomorrow, and that she will take office "
     "on 1 January.", set()),
]


@both_races(NATO, UN)
def test_course_not_taken_and_expected_that(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected


# a description that the speaker says named no one ("someone who ..., without naming anyone") picks out no candidate
# (references._on_described); the same description with no such words stands for the one candidate in focus
DESCRIBED_NATO = [
    ("Mark Rutte is running. Hungary will not back someone who spent years attacking it, without naming anyone.",
     {("candidacy", "Mark Rutte", None)}),
    ("Mark Rutte is running. Hungary will not back someone who spent years attacking it.",
     {("candidacy", "Mark Rutte", None), ("opposition", "Mark Rutte", "Hungary")}),
]
DESCRIBED_UN = [
    ("Rebeca Grynspan is running. Russia will not back someone who spent years attacking it, a diplomat said, though "
     "he declined to say whom he meant.", {("candidacy", "Rebeca Grynspan", None)}),
    ("Rebeca Grynspan is running. Russia will not back someone who spent years attacking it, a diplomat said.",
     {("candidacy", "Rebeca Grynspan", None), ("opposition", "Rebeca Grynspan", "Russia")}),
]


@both_races(DESCRIBED_NATO, DESCRIBED_UN)
def test_description_naming_no_one(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
