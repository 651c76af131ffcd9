"""The time budget of extract_events: past it no further sentence is read, the events found so
far are returned and the article is marked truncated. Time is an injected clock, never the wall."""
from __future__ import annotations

import itertools

from natowatch.extract import extract_events
from natowatch.extract.events import DEFAULT_BUDGET_SECONDS, Extraction, extract_article
from tests.extract.conftest import E, PUBLISHED, RACE_TITLE

R = "Mark Rutte"
TEXT = "Germany backs Mark Rutte. Poland backs Mark Rutte. Italy backs Mark Rutte. Spain backs Mark Rutte."


def ticking(step: float = 1.0):
    """A clock that moves `step` seconds each time it is read."""
    ticks = itertools.count()
    return lambda: next(ticks) * step


def _triples(events):
    return {(e.type, e.subject, e.actor) for e in events}


def test_the_budget_stops_reading_and_keeps_what_was_found(story):
    # read at 0 (start: the deadline is 2.5), then before each sentence: the headline at 1,
    # Germany at 2, Poland at 3 > 2.5: stop
    result = extract_article(RACE_TITLE, TEXT, PUBLISHED, story, budget_seconds=2.5, clock=ticking())
    assert result.truncated
    assert _triples(result.events) == {E(R, "Germany")}


def test_a_budget_that_lasts_reads_every_sentence(story):
    result = extract_article(RACE_TITLE, TEXT, PUBLISHED, story, budget_seconds=100, clock=ticking())
    assert not result.truncated
    assert _triples(result.events) == {E(R, s) for s in ("Germany", "Poland", "Italy", "Spain")}


def test_no_budget_reads_every_sentence_whatever_the_clock_says(story):
    result = extract_article(RACE_TITLE, TEXT, PUBLISHED, story, budget_seconds=None, clock=ticking(3600))
    assert result == Extraction(result.events, truncated=False) and len(result.events) == 4


def test_an_article_not_about_the_race_is_not_truncated(story):
    assert extract_article("Weather", "It rained in Paris.", PUBLISHED, story, budget_seconds=0,
                           clock=ticking()) == Extraction([], False)


def test_extract_events_is_extract_article_s_events_within_the_default_budget(story):
    assert DEFAULT_BUDGET_SECONDS == 2.0
    assert extract_events(RACE_TITLE, TEXT, PUBLISHED, story) == extract_article(RACE_TITLE, TEXT, PUBLISHED, story).events
    assert extract_events(RACE_TITLE, TEXT, PUBLISHED, story, budget_seconds=None) == \
        extract_article(RACE_TITLE, TEXT, PUBLISHED, story, budget_seconds=None).events
