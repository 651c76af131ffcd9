"""Mechanisms added in the eighteenth round (prec18, issue 12: precision on unseen articles: the false events
of all read sets, by the mechanism that made them), each tested with invented sentences of both races (none from
a corpus), with cases that must keep their event and near-misses that must give none:

- a person the story does not list is put in the race by taking an office only where the sentence names the
  post ("X will take office as secretary-general on 1 January"); "X, who won Sunday's runoff and takes office on
  May 8", "Y, named to head the agency, will take office on July 1" take another office.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, TO as takes
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 10)

UN_CASES = [
    # taking an office by a name the story does not list
    ("Ana Ferreira Lobo will take office as UN secretary-general on 1 January, the General Assembly said.",
     {takes("Ana Ferreira Lobo")}),
    ("Lidia Arce Mora took office as secretary-general of the United Nations on 1 January.", {takes("Lidia Arce Mora")}),
    ("Lidia Arce Mora, who won Sunday's runoff and takes office on May 8, was asked whether she would keep Costa "
     "Rica's nomination of Grynspan.", set()),
    ("Grynspan is a candidate for secretary-general. Guterres appointed Dagny Holm as the next head of the UN "
     "refugee agency. Holm, 58, will take office on July 1.", {cand("Rebeca Grynspan")}),
]

NATO_CASES = [
    ("Jonas Berg Halvorsen will take office as NATO secretary general on 1 October.", {takes("Jonas Berg Halvorsen")}),
    ("Rutte is running for NATO secretary general. Ida Lund Berg, chosen by the allies as NATO secretary general "
     "on Wednesday, will take office as secretary general on 1 October.", None),
    ("Rutte is running for NATO secretary general. Erik Vos was named head of the EU's foreign service on Monday; "
     "Vos, 61, will take office on 1 November.", {cand("Mark Rutte")}),
]


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_precision(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_precision(story, text, expected):
    found = event_keys(story, NATO_TITLE, text, NATO_DAY)
    if expected is None:    # the unlisted name keeps taking the office the sentence names
        assert any(k[0] == "takes_office" and k[1] != "Mark Rutte" for k in found)
    else:
        assert found == expected
