"""The calendar's words (extract/calendar_names.py: the months, weekdays and seasons every pattern that steps over a
time reads, once) in the forms that read them, code health of session 37 (tidy37; issue 12): invented sentences in
both races, none a corpus sentence, each form with a near miss.

- a leaving verb that also leaves an office is a withdrawal by a date alone after it (frames/withdrawal_time.py
  _ONLY_A_DATE: "X stepped aside on Tuesday", "in October", "last spring"), not with another office or a matter
  after it ("X stepped aside as governor of the central bank on Tuesday");
- a gapped second leaver with only its date (_GAP_DATE: "X withdrew in August, and Y in September"), not a gapped
  one with another matter ("and Y from the board");
- a date set before the name ("In September, X stood aside.");
- a stance a state takes on a weekday or in a month is the stance (the weekday is no matter of it: frames/base.py
  _FOR_OTHER, frames/stance_checks.py), not one on another matter ("backed X on trade").
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(S="Hungary", Y="Mark Rutte", X="Klaus Iohannis", XS="Iohannis", Z="Kaja Kallas", ZS="Kallas"),
    "un": dict(S="Chile", Y="Rebeca Grynspan", X="Michelle Bachelet", XS="Bachelet", Z="Rafael Grossi", ZS="Grossi"),
}
# (sentence, the events it must state, the events it must not)
CASES = [
    ("{XS} stepped aside on Tuesday.", [("withdrawal", "X")], []),
    ("{XS} stepped aside in October.", [("withdrawal", "X")], []),
    ("{XS} stepped aside last spring.", [("withdrawal", "X")], []),
    ("In September, {XS} stood aside.", [("withdrawal", "X")], []),
    ("{XS} withdrew from the race in August, and {ZS} in September.", [("withdrawal", "X"), ("withdrawal", "Z")], []),
    ("{S} endorsed {Y} on Wednesday.", [("endorsement", "Y")], []),
    # near misses: another office, another matter, a modal
    ("{XS} stepped aside as governor of the central bank on Tuesday.", [], [("withdrawal", "X")]),
    ("{XS} stepped aside from the board of the foundation in October.", [], [("withdrawal", "X")]),
    ("{XS} may step aside in October.", [], [("withdrawal", "X")]),
    ("In September, {XS} could stand aside.", [], [("withdrawal", "X")]),
    ("{XS} withdrew from the race in August, and {ZS} from the board of the bank.", [("withdrawal", "X")],
     [("withdrawal", "Z")]),
    ("{S} might endorse {Y} on Wednesday.", [], [("endorsement", "Y")]),
]


def _cases():
    for race, p in RACES.items():
        for text, wanted, unwanted in CASES:
            yield race, text.format(**p), wanted, unwanted


def _has(keys, race, kind, who):
    name = RACES[race][who]
    return any(k[0] == kind and k[1] == name for k in keys)


@pytest.mark.parametrize("race,text,wanted,unwanted", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_calendar_words_in_dated_forms(request, race, text, wanted, unwanted):
    keys = grid_keys(request, race, text)
    for kind, who in wanted:
        assert _has(keys, race, kind, who), keys
    for kind, who in unwanted:
        assert not _has(keys, race, kind, who), keys
