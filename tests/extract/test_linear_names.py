"""The proposer's look-ups of unlisted names read the text once for all names, and answer as the
searches of the whole text per name they replace (random texts of the words those searches react
to); texts with thousands of distinct names finish (benchmarks/extract_growth.py measures time)."""
from __future__ import annotations

import random
import re

from natowatch.extract.discover import Proposer, _Capitals, _pronoun_of
from natowatch.extract.events import extract_article
from tests.extract.conftest import PUBLISHED, RACE_TITLE


def _old_full_name(proposer: Proposer, text: str, surname: str) -> str | None:
    for m in re.finditer(r"(?<![\w'’-])(?:[A-Z][\w'’-]*[a-z][\w'’-]*\s+){1,3}" + re.escape(surname) + r"(?![\w'’-])",
                         text):
        name = proposer._trim(m.group())
        if name is not None and name.endswith(surname):
            return name
    return None


def _old_pronoun_of(text: str, surname: str) -> str:
    name = re.escape(surname)
    found = re.search(r"\b(?:(?P<he>Mr)|(?P<she>Mrs|Ms|Miss))\.?\s+(?:[A-Z][\w'’-]*\s+)?" + name + r"(?:['’]s)?(?![\w'’-])",
                      text) or re.search(r"(?<![\w'’-])" + name + r"(?:['’]s)?(?![\w'’-]),?(?:\s+(?:[a-z][\w'’-]*|\d+)[,;:]?){0,12}?"
                                         r"\s+(?:(?P<he>he|his|him)|(?P<she>she|her))\b", text)
    return "" if found is None else "he" if found.group("he") else "she"


SURNAMES = ["Varga", "Solvang", "Mensah-Bonsu", "O'Neill", "Varga's", "Ann", "Annan", "Smith"]
WORDS = SURNAMES + ["Tomas", "Ingrid", "Kwame", "Anna", "Minister", "Foreign", "Mr", "Mr.", "Mrs", "Ms", "Miss", "Ms.",
                    "MrVarga", "Mister", "AMr", "he", "she", "his", "her", "him", "hers", "herself", "said", "that",
                    "on", "Monday", "2024", "x", "'s", "’s", "s", "-", "'", ",", ";", ":", ".", "(", ")", "\n", "  ",
                    "the", "nominated", "The", "NATO", "_", "é", "Élodie"]


def _texts(count: int, seed: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(WORDS) + rng.choice(["", " ", " ", " ", "  ", "\n", ", "]) for _ in range(rng.randint(0, 40)))


def test_full_names_are_found_as_by_a_search_per_surname(story):
    proposer = Proposer.of(story)
    for text in _texts(4000, 1):
        capitals = _Capitals(text)
        for surname in SURNAMES:
            assert proposer._full_name(capitals, surname) == _old_full_name(proposer, text, surname), (text, surname)


def test_pronouns_are_found_as_by_a_search_per_surname():
    for text in _texts(4000, 2):
        capitals = _Capitals(text)
        for surname in SURNAMES:
            assert _pronoun_of(capitals, surname) == _old_pronoun_of(text, surname), (text, surname)


def _people(n: int) -> list[tuple[str, str]]:
    rng, out, seen = random.Random(3), [], set()
    syllables = "ba ke li mo nu ra se ti vo zu da fe gi ho ju".split()
    while len(out) < n:
        first = "".join(rng.choice(syllables) for _ in range(2)).capitalize() + "x"
        last = "".join(rng.choice(syllables) for _ in range(3)).capitalize() + "sk"
        if last not in seen:
            seen.add(last)
            out.append((first, last))
    return out


def test_thousands_of_unlisted_names_and_surnames_are_read(story):
    """Each name proposed, each surname of a list named in full elsewhere: every look-up was a search
    of the whole text (hours for this text); now they all finish and the names are candidates."""
    people = _people(2000)
    text = " ".join(
        [f"{first} {last} announced {'her' if i % 2 else 'his'} candidacy for NATO secretary general."
         for i, (first, last) in enumerate(people[:1000])]
        + ["The candidates for secretary general include " + ", ".join(last for _, last in people[1000:]) + "."]
        + [f"{first} {last} met delegates in Brussels." for first, last in people[1000:]])
    result = extract_article(RACE_TITLE, text, PUBLISHED, story, budget_seconds=None)
    assert not result.truncated
    subjects = {e.subject for e in result.events if e.type == "candidacy"}
    assert {f"{first} {last}" for first, last in people[:1000]} <= subjects
