"""Pronouns agree with the candidates' `pronoun` in the story file: "he" never stands for a woman
named just before, "her bid" never for a man."""
from __future__ import annotations

import copy

import pytest

from natowatch.extract.story import StoryError, build_story
from tests.extract.conftest import TO, CAND


def test_he_skips_a_woman_named_in_between(triples):
    text = ("Rutte was appointed on Wednesday. Estonia's Kaja Kallas is heading for another Brussels job. "
            "He takes over from Stoltenberg on 1 October.")
    assert TO("Mark Rutte") in triples(text)
    assert TO("Kaja Kallas") not in triples(text)


def test_her_bid_is_the_woman_not_the_man_named_last(triples):
    text = "Kallas is interested in the job. Rutte met her on Monday. Her bid was announced in March."
    assert CAND("Kaja Kallas") in triples(text)
    assert CAND("Mark Rutte") not in triples(text)


def test_a_pronoun_other_than_he_or_she_is_one_line(lexicon_mapping):
    mapping = {"id": "x", "title": "X", "post": {"name": "P"},
               "organisation": {"name": "NATO"}, "consensus": {"rule": "unanimity", "required": 1},
               "candidates": [{"name": "A B", "pronoun": "they"}], "members": [{"name": "S"}]}
    with pytest.raises(StoryError, match=r"^story.yaml: candidates\[0\].pronoun: expected he or she, got 'they'$"):
        build_story(copy.deepcopy(mapping), lexicon_mapping, source="story.yaml")
