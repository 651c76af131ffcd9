"""Three precision mechanisms of session 35 (prec35, issue 12), invented grids in both races, about half near misses:

1. A nomination in the future passive with a time to come ("X will be nominated in the coming weeks", "will be put
   forward by S next month") is planned, not done: no candidacy, no backing (`grammar.future_aux_before` reads "will
   be" before the participle, as `candidacy_checks._planned_entry` read "will nominate X next week"). Before, the
   agentless passive gave a candidacy and the agent's passive candidacy and backing.
2. The object of a promise is not the actor of the infinitive after it ("Kast promised Milei to back X": Milei's
   state backs no one; the lexicon's cues.promising_verbs beside the persuading and enabling verbs of
   `Scope.persuaded`).
3. Chosen "to chair" a body the organisation's name only modifies ("was named on Thursday to chair a UN panel on
   migration") is another office: no appointment (`grammar.post_not_modifier` in check_appointment; the post or the
   organisation itself after "to lead" still is the post).
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    # 1. planned nominations
    ("Karins will be nominated in the coming weeks.", set()),
    ("Karins will be put forward by Latvia next month.", set()),
    ("Karins will formally be nominated by Latvia within days.", set()),
    ("Karins was nominated by Latvia last week.", {("candidacy", "Krisjanis Karins", None),
                                                   ("endorsement", "Krisjanis Karins", "Latvia")}),
    ("Latvia nominated Karins in the spring, and he will be interviewed by allies in the coming weeks.",
     {("candidacy", "Krisjanis Karins", None), ("endorsement", "Krisjanis Karins", "Latvia")}),
    # 2. promises
    ("Orban promised Fico to back Iohannis when they met in March.", set()),
    ("Hungary promised Slovakia to back Iohannis.", set()),
    ("Hungary promised Slovakia that it would back Iohannis.", {("endorsement", "Klaus Iohannis", "Hungary")}),
    ("Hungary promised on Monday to back Iohannis.", {("endorsement", "Klaus Iohannis", "Hungary")}),
    # 3. another office
    ("Rutte was named on Wednesday to chair a NATO committee on innovation.", set()),
    ("Rutte was appointed on Wednesday to lead NATO from October.", {("appointment", "Mark Rutte", None)}),
]
UN = [
    ("Bachelet will be nominated in the coming weeks.", set()),
    ("Bachelet will be nominated by Brazil next month.", set()),
    ("Grynspan will be put forward by Costa Rica within days.", set()),
    ("Bachelet was nominated by Brazil last week.", {("candidacy", "Michelle Bachelet", None),
                                                    ("endorsement", "Michelle Bachelet", "Brazil")}),
    ("Brazil nominated Bachelet in May, and she will be heard by the Assembly in the coming weeks.",
     {("candidacy", "Michelle Bachelet", None), ("endorsement", "Michelle Bachelet", "Brazil")}),
    ("President Kast promised President Milei to back Grossi when they met in March.", set()),
    ("Chile promised Argentina to back Grossi.", set()),
    ("Chile promised Argentina that it would back Grossi.", {("endorsement", "Rafael Grossi", "Chile")}),
    ("Achim Steiner was picked on Monday to chair a new UN panel on development finance.", set()),
    ("Michelle Bachelet was named on Thursday to chair a UN panel on migration.", set()),
    ("Grynspan was appointed on Thursday to lead the UN.", {("appointment", "Rebeca Grynspan", None)}),
]


@both_races(NATO, UN)
def test_planned_promised_and_other_panel(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
