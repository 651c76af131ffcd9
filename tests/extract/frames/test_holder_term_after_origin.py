"""The holder's own term named after his origin ("succeeding Antonio Guterres of Portugal, whose second term ends on
31 December") is the post's, as "Guterres's second term" already was: it names no other race, so the successor's
scheduled taking of office in the same sentence stands (gazetteer.holder_before). A second term of anyone else, or of
the holder with nothing of the successor's, still states nothing (the near misses).

Seen in the second race's reports of the appointment in more than one set ("will take office on 1 January 2027,
succeeding Antonio Guterres of Portugal, whose second term ends ...").
"""
from __future__ import annotations

from tests.extract.conftest import TO, both_races

GRYNSPAN, GROSSI, RUTTE = "Rebeca Grynspan", "Rafael Grossi", "Mark Rutte"

UN = [
    ("Rebeca Grynspan will take office on 1 January 2027, succeeding Antonio Guterres of Portugal, whose second term "
     "ends on 31 December.", {TO(GRYNSPAN)}),
    ("Grynspan takes over on January 1 from Antonio Guterres of Portugal, whose second term expires at the end of "
     "December.", {TO(GRYNSPAN)}),
    ("Rafael Grossi will take office on 1 January, succeeding Antonio Guterres of Portugal, whose second mandate ends in "
     "December.", {TO(GROSSI)}),
    ("Rebeca Grynspan of Costa Rica, whose second term at UNCTAD ends in 2027, praised the Council.", set()),
    ("Rafael Grossi of Argentina, whose second term at the agency ends in 2027, visited Geneva.", set()),
    ("Antonio Guterres of Portugal, whose second term ends on 31 December, praised the Council.", set()),
]

NATO = [
    ("Mark Rutte will take office on October 1, succeeding Jens Stoltenberg of Norway, whose second term ends in "
     "September.", {TO(RUTTE)}),
    ("Mark Rutte will take office on October 1, succeeding Jens Stoltenberg of Norway, whose third term ends in "
     "September.", {TO(RUTTE)}),
    ("Mark Rutte of the Netherlands, whose second term as prime minister ended, visited Brussels.", set()),
    ("Jens Stoltenberg of Norway, whose second term ends in October, thanked the allies.", set()),
    ("Klaus Iohannis of Romania, whose second term as president ends in December, visited Brussels.", set()),
]


@both_races(NATO, UN)
def test_holder_term_after_origin(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
