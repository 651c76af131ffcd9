"""Inserts (extract/inserts.py) are tried only where one can begin (round 36, issue 12 item 6, linear cost): an
opening word's `found` match is tried only where `may_open` matches after it (an aside's comma, a dash, or the first
word of a unit: an -ly adverb, a time, a manner phrase, a degree word, a weighing adjective). The optimised reader gives
the spans, and the extractor the events, that the plain one (every opening word tried) gives, on invented sentences
with inserts of every kind and on near misses where a word that opens none follows."""
from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from natowatch.extract import extract_events
from natowatch.extract.frames.grammar import Grammar
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.text import fold

_DAY = dt.date(2024, 4, 12)
_TITLE = "The race to lead NATO"

# a predicate with the place of its insert
_PREDICATES = ["Mark Rutte threw{i} his hat into the ring.", "Klaus Iohannis pulled{i} out of the race.",
               "Germany threw{i} its weight behind Mark Rutte.", "Hungary came{i} out against Mark Rutte.",
               "The allies named{i} Mark Rutte as the next secretary general.", "Romania kept faith{i} with Klaus Iohannis.",
               "Mark Rutte declared{i} his interest in the post."]
# inserts that are read as absent (an adverb, times, a manner phrase, degree words, asides, dashes) and near misses:
# words that open no insert, a scope-bearing word, a clause in the aside, a hyphenated word, capitals, digits
_INSERTS = ["", " quietly", " on Monday", " last week", " in March 2024", " by acclamation", " very much", " once again",
            " all along", ", as expected,", " - after weeks of talks -", ", in an interview on Monday,", " a week later",
            " early in March", " full", " Fully", " only", ", it seems,", " apparently", ", who had doubts,", " re-luctantly",
            " supply", " yesterday", " 100 percent", " -- finally --", " ,", "  \n quietly", " Onward", " on", " ly"]


@pytest.fixture(scope="module")
def reader(story):
    return Grammar.of(Gazetteer.of(story)).inserts


def _sentences() -> list[str]:
    out = [p.format(i=i) for p, i in itertools.product(_PREDICATES, _INSERTS)]
    # two inserts in a row, and inserts at the sentence's end
    out += [p.format(i=a + b) for p, (a, b) in itertools.product(_PREDICATES[:3], itertools.product(_INSERTS[:12], repeat=2))]
    out += [p.split("{i}")[0] + i for p, i in itertools.product(_PREDICATES, _INSERTS)]
    return out


def _plain(reader):
    """The reader tried at every opening word, as before `may_open` (restored by the caller)."""
    reader.may_open = re.compile("")


def test_every_insert_found_is_where_one_may_open(reader):
    for text in map(fold, _sentences()):
        for w in reader.word.finditer(text):
            if reader.found.match(text, w.start()):
                assert reader.may_open.match(text, w.end()), text


def test_the_spans_are_those_of_the_plain_reader(reader):
    sentences = list(map(fold, _sentences()))
    fast = [reader.spans(s, ()) for s in sentences]
    kept = reader.may_open
    try:
        _plain(reader)
        plain = [reader.spans(s, ()) for s in sentences]
    finally:
        reader.may_open = kept
    assert fast == plain
    assert sum(1 for x in fast if x) > 100      # (inserts were found: the grid reads them)
    assert sum(1 for x in fast if not x) > 100  # (and near misses gave none)


@pytest.mark.parametrize("insert", _INSERTS)
def test_the_events_are_those_of_the_plain_reader(story, reader, insert):
    text = " ".join(p.format(i=insert) for p in _PREDICATES)
    fast = extract_events(_TITLE, text, _DAY, story)
    kept = reader.may_open
    try:
        _plain(reader)
        plain = extract_events(_TITLE, text, _DAY, story)
    finally:
        reader.may_open = kept
    assert fast == plain
