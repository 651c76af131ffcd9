"""Large inputs finish and read like small ones.

Cost is measured in benchmarks/extract_speed.py, never here: these tests only check that
texts far larger than any article are read correctly (an extractor quadratic in their length
would not finish them within the suite's run). They are read whole (no time budget: see
test_budget.py for that).
"""
from __future__ import annotations

from natowatch.extract import extract_events
from natowatch.extract.text import LONGEST_SENTENCE, split_sentences
from tests.extract.conftest import E, PUBLISHED, RACE_TITLE

R = "Mark Rutte"
STATES = ["Germany", "Poland", "Italy", "Spain", "Canada", "Norway", "Denmark", "Portugal"]


def _triples(events):
    return {(e.type, e.subject, e.actor) for e in events}


def test_a_megabyte_with_no_sentence_end_is_read_in_pieces_and_keeps_its_stance(story):
    # states, the alliance, capitals and a full stop that ends no sentence ("Mr. Orban") all along
    filler = "officials from Poland, Hungary and Turkey met NATO diplomats in Brussels, where Mr. Orban spoke of ammunition"
    text = "Germany backs Mark Rutte to become the next NATO secretary general, and " + ", and ".join(
        [filler] * (1_000_000 // (len(filler) + 6)))
    assert len(text) >= 999_000
    pieces = split_sentences(text)
    # no sentence end: pieces of at most LONGEST_SENTENCE characters, cut after a comma, covering the text
    assert len(pieces) <= 2 * len(text) // LONGEST_SENTENCE
    assert all(s.end - s.start <= LONGEST_SENTENCE and s.text == text[s.start:s.end] for s in pieces)
    assert pieces[0].start == 0 and pieces[-1].end == len(text)
    assert all(text[a.end - 1:b.start] == ", " for a, b in zip(pieces, pieces[1:]))
    assert _triples(extract_events(RACE_TITLE, text, PUBLISHED, story, budget_seconds=None)) == {E(R, "Germany")}


def test_a_sentence_as_long_as_the_longest_read_is_one_and_a_longer_token_is_cut():
    words = ("word " * LONGEST_SENTENCE)[:LONGEST_SENTENCE - 1] + "."
    assert [(s.start, s.end) for s in split_sentences(words)] == [(0, LONGEST_SENTENCE)]
    token = "x" * (2 * LONGEST_SENTENCE + 5)
    assert [(s.start, s.end) for s in split_sentences(token)] == [
        (0, LONGEST_SENTENCE), (LONGEST_SENTENCE, 2 * LONGEST_SENTENCE), (2 * LONGEST_SENTENCE, len(token))]


def test_twenty_thousand_short_sentences_give_each_stance_once(story):
    sentences = [f"{STATES[i // 20 % len(STATES)]} backs Mark Rutte." if i % 20 == 0 else "The talks went on."
                 for i in range(20_000)]
    text = " ".join(sentences)
    assert len(split_sentences(text)) == 20_000
    events = extract_events(RACE_TITLE, text, PUBLISHED, story, budget_seconds=None)
    assert _triples(events) == {E(R, state) for state in STATES}
    # each stance's evidence is its first statement, one sentence long
    assert [e.evidence for e in events] == [f"{state} backs Mark Rutte." for state in STATES]


def test_two_megabytes_of_sentences_in_one_paragraph_split_like_one_of_them():
    one = 'Mr. Rutte met U.S. officials on Jan. 5, Dr. Smith said. "Talks went on," he added! Were they done? '
    sentences = split_sentences(one)
    text = one * (2_000_000 // len(one))
    many = split_sentences(text)
    assert len(many) == len(sentences) * (2_000_000 // len(one))
    assert [s.text for s in many[-len(sentences):]] == [s.text for s in sentences]
    assert [s.text for s in sentences] == ['Mr. Rutte met U.S. officials on Jan. 5, Dr. Smith said.',
                                           '"Talks went on," he added!', "Were they done?"]


def test_quotations_and_speakers_across_many_sentences(story):
    """Every quotation looks up its speaker and the candidate last named: thousands of them
    still resolve "we" to the speaker's state."""
    block = ('Mark Rutte met ministers in Brussels. "We will back him," Szijjarto said. '
             "Officials talked about ammunition. ")
    text = block + "The talks went on. " * 5000 + block * 500
    events = extract_events(RACE_TITLE, text, PUBLISHED, story, budget_seconds=None)
    assert E(R, "Hungary") in _triples(events)
