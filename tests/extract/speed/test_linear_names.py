"""The proposer's look-ups of unlisted names read the text once for all names, and answer as the
searches of the whole text per name they replace (random texts of the words those searches react
to); texts with thousands of distinct names finish (benchmarks/extract_growth.py measures time)."""
from __future__ import annotations

import random
import re

from natowatch.extract.discover import _PRONOUN_AFTER, Proposer
from natowatch.extract.events import extract_article
from natowatch.extract.mentions import CANDIDATE, STATE, Mention
from natowatch.extract.name_clues import (_DAY_WORD, _OTHER_PERSON, _PRONOUN_BEFORE, _PRONOUN_NEXT, _Ahead, _Capitals,
                                          _Mentions, _pronoun_of)
from natowatch.extract.salience import Salience
from tests.extract.conftest import PUBLISHED, RACE_TITLE


def _old_full_name(proposer: Proposer, text: str, surname: str) -> str | None:
    # (a name's words are separated by spaces, never by a line break: see test_headline_names.py)
    for m in re.finditer(r"(?<![\w'’-])(?:[A-Z][\w'’-]*[a-z][\w'’-]*[^\S\n]+){1,3}" + re.escape(surname) + r"(?![\w'’-])",
                         text):
        name = proposer._trim(m.group())
        if name is not None and name.endswith(surname):
            return name
    return None


def _old_pronoun_of(text: str, surname: str) -> str:
    name = re.escape(surname)
    found = re.search(r"\b(?:(?P<he>Mr)|(?P<she>Mrs|Ms|Miss))\.?\s+(?:[A-Z][\w'’-]*\s+)?" + name + r"(?:['’]s)?(?![\w'’-])",
                      text) or re.search(r"(?<![\w'’-])" + name + r"(?:['’]s)?(?![\w'’-]),?(?:\s+(?:[a-z][\w'’-]*|\d+|"
                                         + _DAY_WORD + r")[,;:]?){0,12}?\s+(?:(?P<he>he|his|him)|(?P<she>she|her))\b", text) \
        or next((m for at in (w.start() for w in re.finditer(r"(?<![\w'’-])" + name + r"(?![\w'’-])", text))
                 if re.search(r"(?:^|[.!?]\s+|\n)(?:[A-Z][\w'’-]*\s+){0,2}$", text[:at])
                 for m in [_PRONOUN_NEXT.match(text, at + len(surname))]
                 if m and not _OTHER_PERSON.search(m.group("rest"))), None) \
        or next((m for at in (w.start() for w in re.finditer(r"(?<![\w'’-])" + name + r"(?![\w'’-])", text))
                 for m in [_PRONOUN_BEFORE.search(text, max(0, at - 160), at)] if m), None)
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


def test_searches_ahead_answer_as_a_search_from_each_place(story):
    proposing = Proposer.of(story).proposing
    rng = random.Random(4)
    words = ["he", "He", "his", "hers", "her", "herself", "she's", "the", "x", "nominated", "candidacy", "bid",
             "secretary general", "put", "forward", "Varga", "Mr", ",", "."]
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        places = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(1, 8))))
        for pattern in (_PRONOUN_AFTER, proposing):
            ahead = _Ahead(pattern, text)
            for at in places + ([rng.randint(0, len(text))] if rng.random() < 0.3 else []):   # and one back
                found, expected = ahead.search(at), pattern.search(text, at)
                assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))


def test_the_last_mention_ending_by_a_place_is_the_last_of_those_listed():
    rng = random.Random(6)
    for _ in range(3000):
        spans = []
        for _ in range(rng.randint(0, 8)):
            start = rng.randint(0, 40)
            spans.append((start, start + rng.randint(1, 10)))
        if rng.random() < 0.7:
            spans.sort()
        mentions = _Mentions([Mention(s, e, STATE, "X", "name") for s, e in spans])
        for at in range(0, 55):
            before = [m for m in mentions if m.end <= at]
            assert mentions.last_by(at) is (before[-1] if before else None), (spans, at)


def _old_candidate_for(salience: Salience, word: str, in_race: bool) -> str | None:
    shadowed = salience.shadowed["she" if word in ("she", "her", "herself") else "he"]
    fitting = [c for c in reversed(salience.candidates) if salience.agrees(CANDIDATE, c, word) and c not in shadowed]
    if in_race:
        fitting = [c for c in fitting if c not in salience.left] or fitting
    return fitting[0] if fitting else None


def test_the_candidate_a_pronoun_stands_for_is_the_last_that_fits():
    rng = random.Random(8)
    people = list("ABCDEFGH")
    for _ in range(2000):
        salience = Salience(pronouns={p: rng.choice(["he", "she"]) for p in people if rng.random() < 0.5},
                            unsexed=frozenset(p for p in people if rng.random() < 0.3))
        for _ in range(rng.randint(0, 12)):
            step = rng.random()
            if step < 0.6:
                salience.see(Mention(0, 1, CANDIDATE, rng.choice(people), "name", True, True), False)
            elif step < 0.75:
                salience.left.add(rng.choice(people))
            elif step < 0.85:
                salience.see_stranger(False, rng.choice([None, "he", "she"]))
            elif step < 0.9:
                salience.new_section()
            for word in ("he", "she", "his", "her", "him", "herself"):
                for in_race in (False, True):
                    assert salience.candidate_for(word, in_race) == _old_candidate_for(salience, word, in_race)
            assert salience.candidate == (list(salience.candidates)[-1] if salience.candidates else None)


def test_many_names_in_one_sentence_are_read(story):
    """Each name of a sentence looked for what follows it (a pronoun, a word of the race) and for the
    state named before it, over the rest of the sentence or all its mentions: now read once."""
    people = _people(3000)
    text = ", and ".join(f"{['Germany', 'Poland', 'Italy'][i % 3]} backs {first} {last} for secretary general"
                         for i, (first, last) in enumerate(people)) + "."
    result = extract_article(RACE_TITLE, text, PUBLISHED, story, budget_seconds=None)
    assert not result.truncated and len(result.events) >= 3000
