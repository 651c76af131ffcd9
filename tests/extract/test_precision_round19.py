"""Mechanisms added in the nineteenth round (prec19, issue 12: precision on unseen articles: the false events of
all read sets, by mechanism), each tested with invented sentences of both races (none from a corpus), with cases
that must keep their event and near-misses that must give none:

- a stance noun is no stance given when what is said of it is still to come or not made known: a modal right
  after it ("a Hungarian endorsement of Rutte would end the deadlock"), a predicate of what is still sought
  ("... is still being sought", "... remains elusive"), a negated perfect of making it known ("... has not been
  announced"); and a refusal of it ("faced a refusal of support from Washington") gives no support.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 10)

UN_CASES = [
    # a stance noun of what is still to come or not made known
    ("An endorsement of Grossi by the African Union remains elusive.", set()),
    ("The African Union's endorsement of Grossi came on Monday.", {endorse("Rafael Grossi", "African Union")}),
    ("Backing from Brasilia for Bachelet has not been confirmed.", set()),
    ("A Brazilian endorsement of Bachelet could come next week.", set()),
    ("Mexico's support for Bachelet has never been in doubt.", {endorse("Michelle Bachelet", "Mexico")}),
    ("Grossi is running. The support of China is still being courted by his team.", {cand("Rafael Grossi")}),
    ("Grossi is running. The support of China arrived in March.", {cand("Rafael Grossi"), endorse("Rafael Grossi", "China")}),
]

NATO_CASES = [
    ("Hungary's backing for Rutte came in June, after months of talks.", {endorse("Mark Rutte", "Hungary")}),
    ("A Hungarian endorsement of Rutte would end the deadlock.", set()),
    ("Slovakia's support for Rutte is still being sought by his campaign.", set()),
    ("Support from Ankara for Rutte has not been announced.", set()),
    ("Turkey's support for Rutte has been firm since April.", {endorse("Mark Rutte", "Turkey")}),
    ("Rutte is running. Budapest's backing for Rutte remains elusive.", {cand("Mark Rutte")}),
    ("Rutte is running. The backing of Slovakia came in May.", {cand("Mark Rutte"), endorse("Mark Rutte", "Slovakia")}),
    ("Rutte is running, but he faced a refusal of support from Budapest.", {cand("Mark Rutte")}),
]


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_precision(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_precision(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected
