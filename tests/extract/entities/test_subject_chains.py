"""Pronoun chains, session 34 (cons34, issue 12): invented grids in both races (forms x near misses), none a corpus
sentence.

- "It" opening a sentence after one whose subject is a state's seat of government named by its possessive or its
  demonym ("Hungary's new government met X. It backs him", "The Brazilian cabinet ... It will not support her") is
  that state, as after the state named alone; a possessive of another body (a party, a newspaper) is no state, nor
  is the seat noun modifying another noun that heads the subject ("Hungary's government newspaper X interviewed Y");
- "They" opening a sentence after one whose subject is a list of states, or their leaders' or ministers' ("Costa Rica
  and Panama issued a statement. They said they back X", "The prime ministers of A and B met. Afterwards they ...")
  is each state of the list; a list inside another subject ("Voters in A and B", "Analysts from A and B") is not.
"""
from __future__ import annotations

import pytest


def _grid(races, true_forms, false_forms):
    """(race, sentence, expected) of each form filled with each race's names: True for `true_forms`."""
    return [(r, t.format(**p), s) for r, p in races.items() for forms, s in ((true_forms, True), (false_forms, False))
            for t in forms]


RACES = {
    "nato": dict(A="Mark Rutte", him="him", S="Hungary", s="Hungarian", T="Slovakia", U="Poland"),
    "un": dict(A="Rebeca Grynspan", him="her", S="Brazil", s="Brazilian", T="Mexico", U="Peru"),
}


def _stances(race_keys, race, text, *states):
    """The stance types the text gives each of `states` (by role) on the race's candidate A."""
    keys = race_keys(race, text)
    p = RACES[race]
    return [sorted(t for t, subject, actor in keys if subject == p["A"] and actor == p[s]) for s in states]


# ---------------------------------------------------------------- "It" after a state's seat of government

IT_SEAT = [
    ("{S}'s government met {A} on Monday. It backs {him}.", "endorsement"),
    ("The {s} government has studied the field. It will not support {A}.", "opposition"),
    ("{S}'s new government was asked about {A}. It said it supports {him}.", "endorsement"),
    ("The {s} cabinet discussed the race on Tuesday. It has endorsed {A}.", "endorsement"),
    ("{S}'s administration reviewed the field this week. It will back {A}, the foreign minister said.", "endorsement"),
    # (the seat noun ends the subject before an aside or an adverb and its verb)
    ("{S}'s government, under pressure at home, met {A} on Monday. It backs {him}.", "endorsement"),
    ("The {s} government quietly met {A} on Monday. It backs {him}.", "endorsement"),
]
IT_SEAT_NOT = [
    "{S}'s opposition party met {A} on Monday. It backs {him}.",
    "{S}'s biggest newspaper interviewed {A} on Monday. It backs {him}.",
    "{S}'s government met {A} on Monday. It is unclear whether it backs {him}.",
    "{S}'s government met {A} on Monday. It has not yet endorsed {him}.",
    "The {s} government hosted {A} on Tuesday. It could back {him} if the talks go well.",
    # (the seat noun modifies another noun, which heads the subject: a newspaper, a coalition or its party is no actor;
    # review34 finding 6)
    "{S}'s government newspaper Magyar Nemzet interviewed {A} on Monday. It backs {him}.",
    "{S}'s government daily Magyar Hirlap interviewed {A} on Monday. It backs {him}.",
    "{S}'s government coalition partner, the KDNP, met {A} on Monday. It backs {him}.",
    "{S}'s government coalition met {A} on Monday. It backs {him}.",
    "The {s} government newspaper interviewed {A} on Monday. It backs {him}.",
]


@pytest.mark.parametrize("race,form,stance", [(r, f, [s]) for r in RACES for f, s in IT_SEAT]
                         + [(r, f, []) for r in RACES for f in IT_SEAT_NOT])
def test_it_after_a_seat_of_government(race_keys, race, form, stance):
    assert _stances(race_keys, race, form.format(**RACES[race]), "S") == [stance]


# ---------------------------------------------------------------- "They" after a list of states as subject

THEY_LIST = [
    ("{S} and {T} held joint talks on Monday. They said they support {A}.", "endorsement", ("S", "T")),
    ("The prime ministers of {S} and {T} met in Vienna. Afterwards they said they back {A}.", "endorsement", ("S", "T")),
    ("{S} and {T} issued a joint statement on Friday. They back {A}.", "endorsement", ("S", "T")),
    ("The foreign ministers of {S} and {T} spoke by phone. They will not support {A}.", "opposition", ("S", "T")),
    ("{S}, {T} and {U} met on Friday. They endorsed {A}.", "endorsement", ("S", "T", "U")),
]
THEY_LIST_NOT = [
    "{S} and {T} held joint talks on Monday. They said they had not yet decided whether to support {A}.",
    "Voters in {S} and {T} went to the polls on Sunday. They back {A}, pollsters say.",
    "Analysts from {S} and {T} met in Vienna. They said they back {A}.",
    "{S} and {T} held joint talks on Monday. They could back {A} if the east is heard.",
    "Newspapers in {S} and {T} interviewed {A}. They back {him}.",
]


@pytest.mark.parametrize("race,form,stances", [(r, f, {x: [s] for x in states}) for r in RACES for f, s, states in THEY_LIST]
                         + [(r, f, {"S": [], "T": []}) for r in RACES for f in THEY_LIST_NOT])
def test_they_after_a_list_of_states(race_keys, race, form, stances):
    assert _stances(race_keys, race, form.format(**RACES[race]), *stances) == list(stances.values())
