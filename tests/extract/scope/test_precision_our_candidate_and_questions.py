"""Two false-event mechanisms redteam18's probes found in session 18's own additions (issue 12), each tested
with invented sentences of both races (none from a corpus): cases that keep their events and near-misses with none.

- a speaker's "our candidate" followed by a modal or a future ("Our candidate will be named next month", "could be
  announced", "might be X, if ...") names no one yet: neither the state's listed candidate's candidacy nor its
  backing (a present statement, "Our candidate is X", "Our candidate has the experience", keeps both);
- a doubting question after a report ("Can anyone verify this?", "Really?", "Is that true?") doubts nothing when
  the next sentence answers it in the affirmative ("Yes: the ministry posted the statement", "Indeed, his office
  confirmed it"); an answer that is no answer ("No one has", "It is unclear", "Yesterday ...") leaves the doubt.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 3, 1), dt.date(2026, 5, 1)

UN_CASES = [
    ('"Our candidate will be named next month," Costa Rica\'s foreign minister said of the race for secretary-general.',
     set()),
    ('"Our candidate could be announced within weeks," a Chilean official said of the secretary-general selection.',
     set()),
    ('"Our candidate is yet to be chosen," Chile\'s foreign minister said of the secretary-general race.', set()),
    ('"Our candidate is Grynspan," Costa Rica\'s foreign minister said of the race for secretary-general.',
     {cand("Rebeca Grynspan"), endorse("Rebeca Grynspan", "Costa Rica")}),
    ('"Our candidate has the experience the post needs," Chile\'s foreign minister said of the secretary-general race.',
     {cand("Michelle Bachelet"), endorse("Michelle Bachelet", "Chile")}),
    ("Brazil has backed Grynspan for secretary-general, a minister said. Really? Yes, the foreign ministry confirmed "
     "it on Friday.", {endorse("Rebeca Grynspan", "Brazil")}),
    ("Grossi withdrew from the UN race on Monday. Is that true? Indeed, his office confirmed it in writing.",
     {("withdrawal", "Rafael Grossi", None)}),
    ("Brazil has backed Grynspan for secretary-general, a minister said. Really? Nobody in Brasilia would say.", set()),
    ("Brazil has backed Grynspan for secretary-general, a minister said. Is that true? It is unclear.", set()),
]

NATO_CASES = [
    ('"Our candidate might be Karins, if he decides to run," a Latvian diplomat said of the secretary general post.',
     set()),
    ('"Our candidate will be unveiled after the summit," a Romanian minister said of NATO\'s top job.', set()),
    ('"Our candidate is Iohannis, and we will campaign for him," the Romanian foreign minister said of NATO\'s top job.',
     {cand("Klaus Iohannis"), endorse("Klaus Iohannis", "Romania")}),
    ("Poland has endorsed Karins for NATO's top job, its foreign ministry said. Can anyone verify this? Yes: the "
     "ministry posted the statement online.", {endorse("Krisjanis Karins", "Poland")}),
    ("Poland has endorsed Karins for NATO's top job, its foreign ministry said. Can anyone verify this? No one has.",
     set()),
    ("Poland has endorsed Karins for NATO's top job, its foreign ministry said. Is that true? Yesterday the ministry "
     "declined to comment.", set()),
]


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_precision(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_precision(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected
