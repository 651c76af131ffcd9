"""A candidacy only stated as an interest, or said not to be official yet, is tentative: a later
declaration upgrades it (storage/timeline.py). Invented sentences; the story is the real one."""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import extract_events

PUBLISHED = dt.date(2024, 5, 2)
TITLE = "The race for NATO secretary general"


def candidacies(story, text: str) -> dict[str, str]:
    return {e.subject: e.status for e in extract_events(TITLE, text, PUBLISHED, story) if e.type == "candidacy"}


@pytest.mark.parametrize("sentence,person", [
    ("Ben Wallace expressed interest in the NATO post but has not been officially nominated.", "Ben Wallace"),
    ("Ben Wallace told a radio programme he would be interested in the job of NATO secretary general.",
     "Ben Wallace"),
    ("Kaja Kallas has signalled her interest in becoming NATO secretary general.", "Kaja Kallas"),
    ("Krisjanis Karins is keen to take on the role of NATO secretary general.", "Krisjanis Karins"),
    ("Klaus Iohannis said he would like to lead NATO as secretary general.", "Klaus Iohannis"),
    # a bid said not to be official yet, whatever states it
    ("Krisjanis Karins is running for NATO secretary general, but he has not yet been formally nominated.",
     "Krisjanis Karins"),
    ("Kaja Kallas is in the race for NATO secretary general, though she has yet to be formally put forward.",
     "Kaja Kallas"),
])
def test_an_interest_or_a_bid_not_yet_official_is_tentative(story, sentence, person):
    assert candidacies(story, sentence) == {person: "tentative"}


@pytest.mark.parametrize("sentence,expected", [
    ("Klaus Iohannis announced his candidacy for NATO secretary general on Tuesday.",
     {"Klaus Iohannis": "confirmed"}),
    ("Mark Rutte is running for NATO secretary general.", {"Mark Rutte": "confirmed"}),
    ("Mark Rutte put himself forward for NATO secretary general.", {"Mark Rutte": "confirmed"}),
    # the cue about another person does not touch this one's declared bid
    ("Klaus Iohannis announced his candidacy for NATO secretary general, while Kaja Kallas has not yet been "
     "nominated.", {"Klaus Iohannis": "confirmed"}),
    # not yet official and nothing else said: no candidacy at all (the guide)
    ("Ben Wallace has not been officially nominated for NATO secretary general.", {}),
])
def test_a_declared_bid_stays_confirmed(story, sentence, expected):
    assert candidacies(story, sentence) == expected
