"""A demonym after "the" used as a noun for one person ("the Costa Rican", "the Romanian") is the candidate of that
state also where a function word follows it rather than a verb or the clause's end: a preposition ("in July", "as
the next secretary-general"), a conjunction ("when the Assembly votes", "rather than"), a closing quotation mark
('"will not back the Costa Rican".'). An adjective stands before none of these; before a noun ("the Costa Rican
proposal", "the Romanian army") the demonym stays a modifier and names no one (the near misses give no stance).

Seen in several sets of the second race (news of states reacting, transcripts quoting a minister), where the
candidate's nationality is the writer's way of not repeating her name.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, both_races

GRYNSPAN, GROSSI, IOHANNIS = "Rebeca Grynspan", "Rafael Grossi", "Klaus Iohannis"

UN = [
    ("Rebeca Grynspan is running. Ghana declared its support for the Costa Rican in July.",
     {cand(GRYNSPAN), endorse(GRYNSPAN, "Ghana")}),
    ("Rebeca Grynspan is running. Ghana declared its support for the Costa Rican proposal in July.", {cand(GRYNSPAN)}),
    ("Rebeca Grynspan is running. Argentina will back the Costa Rican when the Assembly votes.",
     {cand(GRYNSPAN), endorse(GRYNSPAN, "Argentina")}),
    ("Rebeca Grynspan is running. Argentina praised the Costa Rican economy when the Assembly met.", {cand(GRYNSPAN)}),
    ('Rebeca Grynspan is running. The foreign minister said Argentina "will not back the Costa Rican".',
     {cand(GRYNSPAN), oppose(GRYNSPAN, "Argentina")}),
    ('Rebeca Grynspan is running. The foreign minister said Argentina "will not back the Costa Rican plan".',
     {cand(GRYNSPAN)}),
    ("Rafael Grossi is running. Paraguay lobbied for the Argentine since November.",
     {cand(GROSSI), endorse(GROSSI, "Paraguay")}),
    ("Rafael Grossi is running. Ecuador prefers the Argentine rather than a newcomer.",
     {cand(GROSSI), endorse(GROSSI, "Ecuador")}),
    ("Rafael Grossi is running. Ecuador prefers the Argentine proposal rather than a newcomer.", {cand(GROSSI)}),
    # the people of a state before a preposition are residents, no state ("the Chinese in Hong Kong")
    ("Rafael Grossi is running. The Chinese in Hong Kong support Grossi.", {cand(GROSSI)}),
]

NATO = [
    ("Klaus Iohannis is running. Bulgaria threw its weight behind the Romanian in March.",
     {cand(IOHANNIS), endorse(IOHANNIS, "Bulgaria")}),
    ("Klaus Iohannis is running. Bulgaria threw its weight behind the Romanian proposal in March.", {cand(IOHANNIS)}),
    ('Klaus Iohannis is running. Hungary said it "cannot support the Romanian".',
     {cand(IOHANNIS), oppose(IOHANNIS, "Hungary")}),
    ('Klaus Iohannis is running. Hungary said it "cannot support the Romanian plan".', {cand(IOHANNIS)}),
    ("Klaus Iohannis is running. Slovakia backs the Romanian as the next secretary general.",
     {cand(IOHANNIS), endorse(IOHANNIS, "Slovakia")}),
    ("Klaus Iohannis is running. Slovakia backs the Romanian army as the best partner.", {cand(IOHANNIS)}),
    ("Klaus Iohannis is running. The British in Gibraltar back Iohannis.", {cand(IOHANNIS)}),
    ("Klaus Iohannis is running. The French in Paris oppose Iohannis.", {cand(IOHANNIS)}),
]


@both_races(NATO, UN)
def test_demonym_noun_before_function_word(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
