"""The time budget of extract_events: past it no further sentence is read (nor proposed from, nor
read for mentions), the events found so far are returned and the article is marked truncated.
Time is an injected clock, never the wall."""
from __future__ import annotations

import itertools

import pytest

from natowatch.extract import events as events_module, extract_events
from natowatch.extract.events import DEFAULT_BUDGET_SECONDS, Extraction, extract_article
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.speech import Speech
from natowatch.extract.text import LONGEST_SENTENCE
from tests.extract.conftest import E, PUBLISHED, RACE_TITLE

R = "Mark Rutte"
TEXT = "Germany backs Mark Rutte. Poland backs Mark Rutte. Italy backs Mark Rutte. Spain backs Mark Rutte."


def ticking(step: float = 1.0):
    """A clock that moves `step` seconds each time it is read."""
    ticks = itertools.count()
    return lambda: next(ticks) * step


class Ticking:
    """`ticking`, counting its readings."""

    def __init__(self, step: float):
        self.step, self.reads = step, 0

    def __call__(self) -> float:
        self.reads += 1
        return (self.reads - 1) * self.step


def _triples(events):
    return {(e.type, e.subject, e.actor) for e in events}


class Jumping:
    """A clock that reads 0 until its `at`-th reading (counted from 0), then an hour later; it counts
    its readings (one before each sentence of each step, and around the story's pattern builds)."""

    def __init__(self, at: float = float("inf")):
        self.at, self.reads = at, 0

    def __call__(self) -> float:
        self.reads += 1
        return 0.0 if self.reads <= self.at else 3600.0


def _warm(text, story):
    """Read `text` once, so that the patterns built on first use are built: their builds read the clock
    too (the budget leaves them out), and a count of readings taken cold would not hold warm."""
    extract_article(RACE_TITLE, text, PUBLISHED, story, budget_seconds=None)


def test_the_budget_stops_reading_and_keeps_what_was_found(story):
    _warm(TEXT, story)
    whole = Jumping()
    assert not extract_article(RACE_TITLE, TEXT, PUBLISHED, story, budget_seconds=2.5, clock=whole).truncated
    # the rules read the clock last, once before each of the five sentences (headline first) and once
    # before each match of a rule (two in each of the four): time runs out before Italy's
    result = extract_article(RACE_TITLE, TEXT, PUBLISHED, story, budget_seconds=2.5, clock=Jumping(whole.reads - 6))
    assert result.truncated
    assert _triples(result.events) == {E(R, "Germany"), E(R, "Poland")}


def test_the_budget_bounds_the_reading_of_a_long_text_too(story, monkeypatch):
    # 20,000 sentences, 1 ms of the clock per reading, 1 s of budget: names are proposed for a
    # fifth of it, mentions read until 45 % of it, and the rules read what was read
    states = ["Germany", "Poland", "Italy", "Spain", "Canada", "Norway", "Denmark", "Portugal"]
    text = " ".join(f"{states[i // 20 % 8]} backs Mark Rutte." if i % 20 == 0 else "The talks went on."
                    for i in range(20_000))
    clock, read = Ticking(0.001), []
    mentions = Gazetteer.mentions
    monkeypatch.setattr(Gazetteer, "mentions", lambda self, *a, **k: read.append(1) or mentions(self, *a, **k))
    result = extract_article(RACE_TITLE, text, PUBLISHED, story, budget_seconds=1.0, clock=clock)
    assert result.truncated
    assert len(read) < 1_000          # sentences whose mentions were read, of 20,000
    # the first part's stances are found; every sentence of the text read before would be 60,000 readings
    assert {E(R, s) for s in states[:4]} <= _triples(result.events)
    assert max(e.span[1] for e in result.events) < len(text) // 10
    assert clock.reads < 1_100


# one sentence: a state backing a candidate, then asides naming no one, then a second state; and its
# negated twin, which states no stance at all
ASIDES = ", and ".join(["officials met in the hall"] * 300)
ONE_SENTENCE = f"Germany backs Mark Rutte, and {ASIDES}, and Spain backs Mark Rutte."
NO_STANCE = f"Germany has not yet decided whether to back Mark Rutte, and {ASIDES}, and Spain has not either."


def test_the_rules_stop_inside_a_sentence(story):
    _warm(ONE_SENTENCE, story)
    whole = Jumping()
    assert _triples(extract_article(RACE_TITLE, ONE_SENTENCE, PUBLISHED, story, budget_seconds=2.5,
                                    clock=whole).events) == {E(R, "Germany"), E(R, "Spain")}
    # the last four readings are the rules' before each match (two rules, each matching both stances):
    # time runs out after the first; asked per sentence only, the budget would keep both stances or neither
    result = extract_article(RACE_TITLE, ONE_SENTENCE, PUBLISHED, story, budget_seconds=2.5, clock=Jumping(whole.reads - 3))
    assert result.truncated
    assert _triples(result.events) == {E(R, "Germany")}


def test_reading_stops_inside_a_sentence_of_many_names(story):
    # one sentence naming 8,000 states and candidates; 1 ms of the clock per reading, 1 s of budget:
    # the mentions are read until 45 % of it, so the sentence is read (and its evidence cut) in part
    states = ["Germany", "Poland", "Italy", "Spain", "Canada", "Norway", "Denmark", "Portugal"]
    text = ", and ".join(f"{states[i % 8]} backs Mark Rutte" for i in range(4_000)) + "."
    clock = Ticking(0.001)
    result = extract_article(RACE_TITLE, text, PUBLISHED, story, budget_seconds=1.0, clock=clock)
    assert result.truncated
    assert {E(R, s) for s in states} == _triples(result.events)
    assert max(e.span[1] for e in result.events) < len(text) // 4
    assert clock.reads < 1_100


def test_a_long_sentence_with_no_stance_gives_none_however_it_is_cut(story):
    _warm(NO_STANCE, story)
    whole = Jumping()
    assert extract_article(RACE_TITLE, NO_STANCE, PUBLISHED, story, budget_seconds=2.5, clock=whole) == Extraction([])
    # (the first readings are around the patterns' builds, which the budget leaves out)
    for at in range(whole.reads // 2, whole.reads):
        assert extract_article(RACE_TITLE, NO_STANCE, PUBLISHED, story, budget_seconds=2.5,
                               clock=Jumping(at)) == Extraction([], truncated=True)


class Manual:
    """A clock that moves only when told."""

    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_patterns_built_on_first_use_while_reading_do_not_count(story, monkeypatch):
    # the first article a process reads builds the speaker patterns while reading (an hour, here):
    # a loaded worker's first article must not come out truncated for it
    clock, build = Manual(), Speech.__init__

    def slow_build(self, lex):
        clock.now += 3600
        build(self, lex)
    monkeypatch.setattr(Speech, "_cache", {})
    monkeypatch.setattr(Speech, "__init__", slow_build)
    result = extract_article(RACE_TITLE, TEXT, PUBLISHED, story, budget_seconds=2.5, clock=clock)
    assert clock.now == 3600 and not result.truncated
    assert _triples(result.events) == {E(R, s) for s in ("Germany", "Poland", "Italy", "Spain")}


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


# Texts of one line and no sentence end (180-200 KB), of every shape that once made one sentence run past the
# budget; each states Germany's backing of Rutte, the list each listed state's
PROSE = "Germany backs Mark Rutte, and officials from Poland and Turkey met NATO diplomats in Brussels"
LISTED = ["Germany", "Poland", "Italy", "Spain", "Canada", "Norway"]
SHAPES = {
    "no sentence end": ", and ".join([PROSE] * 2_000),
    "no punctuation": " and ".join([PROSE.replace(",", "")] * 2_000),
    "a giant list": "NATO allies backing Mark Rutte: " + ", ".join(LISTED * 4_000),
    "a giant quotation": 'Mark Rutte said: "' + ", and ".join([PROSE] * 2_000) + '"',
    "tokens longer than a sentence": "Germany backs Mark Rutte. " + " ".join(
        ["Germany backs Mark Rutte" + "x" * 30_000] * 6),
}


def _read_by_steps(monkeypatch):
    """The lengths of the texts whose mentions are read and of the sentences the rules read."""
    mentions, rules = [], []
    until, views = Gazetteer.mentions_until, events_module.clause_views
    monkeypatch.setattr(Gazetteer, "mentions_until", lambda self, text, *a: mentions.append(len(text)) or until(self, text, *a))
    monkeypatch.setattr(events_module, "clause_views", lambda text, *a: rules.append(len(text)) or views(text, *a))
    return mentions, rules


@pytest.mark.parametrize("shape", SHAPES)
def test_the_budget_holds_whatever_the_shape_of_the_text(story, monkeypatch, shape):
    # the clock moves 1 ms per reading and the budget is 30 ms: the text is read in pieces, so each step
    # reads at most a piece once the budget has run out (one sentence of the whole text before)
    text = SHAPES[shape]
    mentions, rules = _read_by_steps(monkeypatch)
    cut = extract_article(RACE_TITLE, text, PUBLISHED, story, budget_seconds=0.03, clock=Ticking(0.001))
    assert cut.truncated
    assert max(mentions) <= LONGEST_SENTENCE and max(rules, default=0) <= LONGEST_SENTENCE
    assert sum(mentions) <= len(text) // 3 and sum(rules) <= sum(mentions)
    # the events of the part read are those the text states
    assert _triples(cut.events) <= {E(R, s) for s in LISTED}
