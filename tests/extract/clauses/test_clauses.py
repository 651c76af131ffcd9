"""Coordination lists and the tokenised shape of a sentence."""
from __future__ import annotations

import pytest

from natowatch.extract.clauses import blank_parentheses, build_shape
from natowatch.extract.events import read_article


def groups(story, sentence):
    r = read_article("", sentence, story)[0]
    shape = build_shape(r.text, r.mentions)
    return shape, [(g.kind, g.values) for g in shape.groups]


@pytest.mark.parametrize("sentence,states", [
    ("Rutte won the support of the US, UK, France and Germany.",
     ("United States", "United Kingdom", "France", "Germany")),
    ("Rutte has strong backing from Britain, Germany and the United States.",
     ("United Kingdom", "Germany", "United States")),
    ("Rutte has backing from Washington and London.", ("United States", "United Kingdom")),
    ("Rutte gets US, UK backing.", ("United States", "United Kingdom")),
    ("Rutte has the support of Poland as well as Italy.", ("Poland", "Italy")),
])
def test_state_lists_are_one_group(story, sentence, states):
    _, found = groups(story, sentence)
    assert ("S", states) in found


def test_candidate_list_skips_parenthetical_asides(story):
    _, found = groups(story, "Kaja Kallas (Reform), Latvia's Krisjanis Karins and Klaus Iohannis are interested.")
    assert ("C", ("Kaja Kallas", "Krisjanis Karins", "Klaus Iohannis")) in found


def test_separate_clauses_are_separate_groups(story):
    _, found = groups(story, "Germany backs Rutte; France backs Iohannis.")
    assert ("S", ("Germany",)) in found and ("S", ("France",)) in found


def test_shape_maps_back_to_the_sentence(story):
    sentence = "Rutte has strong backing from Britain, Germany and the United States."
    shape, _ = groups(story, sentence)
    assert shape.text == "⟨C0⟩ has strong backing from ⟨S1⟩."
    start = shape.text.index("⟨S1⟩")
    s, e = shape.to_sentence(start, start + 4)
    assert sentence[s:e] == "Britain, Germany and the United States"
    t = shape.text.index("backing")
    assert shape.to_sentence(t, t + 7) == (sentence.index("backing"), sentence.index("backing") + 7)


def test_blank_parentheses_keeps_length():
    assert blank_parentheses("Kallas (Reform) said") == "Kallas          said"
