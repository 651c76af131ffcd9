"""Scans of a long sentence that each name's frame repeated from the sentence's start, now read near
the name, answer as before (random texts of the words they react to); a sentence of thousands of
coordinated clauses is read (benchmarks/extract_growth.py measures time)."""
from __future__ import annotations

import random
import re

from natowatch.extract.events import extract_article
from natowatch.extract.frames.actors import _in_relative_clause
from natowatch.extract.frames.following import _previous_stance
from natowatch.extract.lexicon import Lexicon
from natowatch.extract.scope import Scope
from natowatch.extract.scope_bounds import _COORDINATION
from natowatch.extract.text import Matches
from tests.extract.conftest import PUBLISHED, RACE_TITLE


def test_a_match_between_two_places_is_found_as_by_a_search_there(story):
    condition = Scope.of(Lexicon.of(story)).condition
    words = ["if", "If", "unless", "as", "long", "in", "case", "on", "condition", "that", "should", "he", "provided",
             "whether", "iffy", "and", ",", ", and", "x", "⟨S1⟩", "'", "\n", "   "]
    rng = random.Random(9)
    for _ in range(1500):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", "  ", "\n"]) for _ in range(rng.randint(0, 60)))
        for pattern in (condition, _COORDINATION):
            matches = Matches(pattern, text)
            for _ in range(12):
                start = rng.randint(0, len(text))
                end = rng.randint(start, len(text))
                assert matches.any_between(start, end) == (pattern.search(text, start, end) is not None), \
                    (pattern.pattern, text, start, end)


_OLD_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whose|where)\b[^,;]*$", re.I)


def test_a_name_in_a_relative_clause_is_found_as_by_a_search_from_the_start():
    words = ["Denmark", ",", ", which", ",which", "which", "Who", "whose", "whoever", "where", ";", "sits", "on", "the",
             "Council", "backs", "\n", "  "]
    rng = random.Random(10)
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        for _ in range(10):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            assert _in_relative_clause(text, start, end) == (
                _OLD_RELATIVE_OPEN.search(text, 0, start) is not None and "," in text[start:end]), (text, start, end)


def _old_previous_stance(stances, i, follower):
    """The rule read over the whole list: the stances of this sentence, else of the one before, else of the one
    before that (the nearest sentence that told one: lists26), never the follower's own wherever told; those told as
    background only when no news is near and none two sentences further back; three sentences back only past two
    that told nothing (follow27)."""
    quiet = not any(i - 2 <= n < i for n, *_ in stances)
    for sentences in ((i,), (i - 1,), (i - 2,)) + (((i - 3,),) if quiet else ()):
        told = [(n, t, c, b) for n, t, c, a, b in stances if n <= max(sentences) and a not in follower]
        near = [(t, c, b) for n, t, c, b in told if n in sentences]
        recent = {(t, c) for t, c, b in near if not b}
        if near and not recent:
            recent = {(t, c) for n, t, c, b in told if min(sentences) - 2 <= n and not b} or {(t, c) for t, c, _ in near}
        if recent:
            return recent.pop() if len(recent) == 1 else None
    return None


def test_the_stance_followed_is_found_among_the_last_sentences_only():
    rng = random.Random(12)
    for _ in range(3000):
        stances, n = [], 0
        for _ in range(rng.randint(0, 12)):
            n += rng.choice([0, 0, 1, 1, 2, 3])
            stances.append((n, rng.choice(["endorsement", "opposition"]), rng.choice("AB"), rng.choice("XY"),
                            rng.random() < 0.3))
        for i in range(n - 1, n + 4):
            follower = rng.choice([set(), {"X"}, {"X", "Y"}])
            assert _previous_stance(stances, i, follower) == _old_previous_stance(stances, i, follower), (stances, i)


def test_thousands_of_stances_followed_are_read(story):
    states = ["Germany", "Poland", "Italy", "Spain", "Canada", "Norway"]
    text = " ".join(f"{states[i % 6]} backs Mark Rutte. {states[(i + 3) % 6]} followed suit." for i in range(1000))
    result = extract_article(RACE_TITLE, text, PUBLISHED, story, budget_seconds=None)
    assert {(e.type, e.subject, e.actor) for e in result.events} == {("endorsement", "Mark Rutte", s) for s in states}


def test_thousands_of_coordinated_clauses_in_one_sentence_are_read(story):
    """Each actor's clause looked for a condition, and each for a relative clause, from the sentence's
    start: the whole sentence once per actor."""
    states = ["Germany", "Poland", "Italy", "Spain"]
    text = ", and ".join(f"{states[i % 4]} backs Mark Rutte for secretary general" for i in range(3000)) + "."
    result = extract_article(RACE_TITLE, text, PUBLISHED, story, budget_seconds=None)
    assert not result.truncated
    assert {(e.type, e.subject, e.actor) for e in result.events} == {("endorsement", "Mark Rutte", s) for s in states}


def test_a_sentence_of_thousands_of_nested_quotations_and_asides_is_read(story):
    """Each quotation's speaker added to the sentence's mentions re-read all of them, though none
    was added: the whole sentence once per quotation."""
    states = ["Germany", "Poland", "Italy", "Spain"]
    depth = 1500
    opening = "".join(f'{states[i % 4]} said ("' if i % 2 else f"{states[i % 4]} (which said " for i in range(depth))
    closing = "".join('")' if i % 2 else ")" for i in reversed(range(depth)))
    text = "Hungary backs Mark Rutte for secretary general, and " + opening + "Spain backs him" + closing + "."
    result = extract_article(RACE_TITLE, text, PUBLISHED, story, budget_seconds=None)
    assert not result.truncated
    assert ("endorsement", "Mark Rutte", "Hungary") in {(e.type, e.subject, e.actor) for e in result.events}
