"""An exception's list ("all allies except Hungary, Slovakia and") before a name, looked for near the
name rather than from the sentence's first exception word, is found as before (random texts of the
words it reacts to); a sentence of thousands of names after one is read (benchmarks/extract_speed.py
measures time)."""
from __future__ import annotations

import random
import re

from natowatch.extract.events import extract_article
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.mentions import WordsBefore
from tests.extract.conftest import E, PUBLISHED, RACE_TITLE

WORDS = ["except", "Except", "except for", "all", "allies", "but", "but not", "not", "other than", "apart from",
         "with the exception of", "Hungary", "Slovakia", "U.S.", "Hungary-led", "the", "The", "theory", "and", "or",
         "andes", "orb", ",", ", and", "backs", "x", "(", "-", ".", "\n", "  "]


def test_a_list_after_an_exception_word_is_found_as_by_a_search_from_the_first(story):
    gazetteer = Gazetteer.of(story)
    rng = random.Random(21)
    for _ in range(400):
        text = "".join(rng.choice(WORDS) + rng.choice(["", " ", " ", "  ", ", "]) for _ in range(rng.randint(0, 40)))
        words = WordsBefore(text)
        cue = words.first(gazetteer.exception_cue)
        for end in range(cue + 1, len(text) + 1):
            start = words.list_start(cue, end, gazetteer.exception_words)
            assert (gazetteer.exception_before.search(text, start, end) is None) == \
                (gazetteer.exception_before.search(text, cue, end) is None), (text, end)


def test_states_excepted_early_in_a_long_sentence_do_not_act(story):
    states = ["Germany", "Poland", "Italy", "Spain"]
    text = ("All allies except Hungary and Slovakia back Mark Rutte, and "
            + ", and ".join(f"{states[i % 4]} officials met in the hall" for i in range(200)) + ".")
    events = extract_article(RACE_TITLE, text, PUBLISHED, story, budget_seconds=None).events
    assert E("Mark Rutte", "Hungary") not in {(e.type, e.subject, e.actor) for e in events}


def test_a_search_back_over_a_sentence_opening_with_spaces_stops_at_its_first_word():
    # the window doubles while the match starts where it does; it must stop where the words run
    # out, which is the first word, not the string's start (once an OverflowError on a long list)
    words = WordsBefore("   " + "word " * 40)
    found = words.search(re.compile(r"(?:\w+ ?)+$"), len(words.text))
    assert found is not None and found.start() == 3


def test_a_long_list_of_names_after_spaces_gives_its_events_within_the_budget(story):
    text = "  " + ", ".join(["Mark Rutte", "Hungary", "Klaus Iohannis", "Turkey", "Romania"] * 4000)
    result = extract_article(RACE_TITLE, text, PUBLISHED, story)
    assert result.events is not None
