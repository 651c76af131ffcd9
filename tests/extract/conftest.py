"""Fixtures for the extractor tests: a small hand-made story next to the real one
(`story`, from tests/conftest.py), and the sentence -> triples helper."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from natowatch.extract import extract_events
from natowatch.extract.story import build_story
from natowatch.flows.files.storyfile import load_story

ROOT = Path(__file__).resolve().parents[2]
LEXICON_FILE = ROOT / "config" / "lexicon" / "en.yaml"
# A neutral headline that makes a one-sentence article about the race.
RACE_TITLE = "The race for NATO secretary general"
PUBLISHED = dt.date(2024, 6, 20)   # a Thursday


@pytest.fixture(scope="session")
def lexicon_mapping():
    return yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def mini_story(lexicon_mapping):
    """A two-candidate race of four states, independent of the real story file."""
    mapping = {
        "id": "mini", "title": "Mini race",
        "post": {"name": "NATO Secretary General", "aliases": ["NATO chief", "secretary general", "NATO secretary general"]},
        "organisation": {"name": "NATO", "aliases": ["NATO", "the alliance", "NATO allies"],
                         "deciding_body": "North Atlantic Council", "deciding_body_aliases": ["North Atlantic Council"]},
        "consensus": {"rule": "unanimity", "required": 4},
        "candidates": [
            {"name": "Mark Rutte", "state": "Netherlands", "aliases": ["Rutte"]},
            {"name": "Klaus Iohannis", "state": "Romania", "aliases": ["Iohannis"]},
        ],
        "members": [
            {"name": "Netherlands", "aliases": ["the Netherlands"], "demonyms": ["Dutch"], "capitals": ["The Hague"],
             "people": [{"name": "Dick Schoof", "role": "prime minister", "aliases": ["Schoof"]}]},
            {"name": "Romania", "demonyms": ["Romanian"], "capitals": ["Bucharest"],
             "people": [{"name": "Marcel Ciolacu", "role": "prime minister", "aliases": ["Ciolacu"]}]},
            {"name": "Hungary", "demonyms": ["Hungarian"], "capitals": ["Budapest"],
             "people": [{"name": "Péter Szijjártó", "role": "foreign minister", "aliases": ["Szijjarto", "Szijjártó"]},
                        {"name": "Viktor Orbán", "role": "prime minister", "aliases": ["Orban", "Orbán"]}]},
            {"name": "United States", "aliases": ["US", "the United States"], "demonyms": ["American"],
             "capitals": ["Washington"], "people": [{"name": "Joe Biden", "role": "president", "aliases": ["Biden"]}]},
        ],
        "other_races": ["UN secretary-general", "EU foreign policy chief"],
    }
    return build_story(mapping, lexicon_mapping, source="mini")


@pytest.fixture(scope="session")
def un_story():
    """The real story file of the second race."""
    return load_story(ROOT / "config" / "stories" / "un-secretary-general-2026.yaml")


def event_keys(story, title: str, text: str, published: dt.date) -> set[tuple]:
    """The article's events as the scorer compares them: (type, subject, the actor of a stance)."""
    return {(e.type, e.subject, e.actor if e.type in ("endorsement", "opposition") else None)
            for e in extract_events(title, text, published, story)}


# the article of either race the ellipsis and following grids (rounds 24, 25, 27) read their sentences in
GRID_ARTICLE = {"nato": ("The race to lead NATO", dt.date(2024, 4, 12)),
                "un": ("The race for UN Secretary-General", dt.date(2026, 6, 12))}


def grid_keys(request, race: str, text: str) -> set[tuple]:
    """event_keys of `text` as an article of `race` (GRID_ARTICLE), with the race's story fixture."""
    title, day = GRID_ARTICLE[race]
    return event_keys(request.getfixturevalue("story" if race == "nato" else "un_story"), title, text, day)


def stances(keys: set[tuple]) -> set[tuple]:
    """The endorsements and oppositions among event keys."""
    return {k for k in keys if k[0] in ("endorsement", "opposition")}


# a one-sentence article of either race, as the per-race case lists of a test file read it
RACE_ARTICLE = {"nato": ("The race to lead NATO", dt.date(2024, 5, 16)),
                "un": ("The race for UN Secretary-General", dt.date(2026, 9, 30))}


def both_races(nato_cases, un_cases):
    """One parametrisation over a file's NATO and UN (sentence, expected) cases, each with its race."""
    cases = [("nato", *case) for case in nato_cases] + [("un", *case) for case in un_cases]
    return pytest.mark.parametrize("race,sentence,expected", cases, ids=[f"{r}|{s[:60]}" for r, s, _ in cases])


@pytest.fixture(scope="session")
def race_keys(story, un_story):
    """(race, sentence) -> the keys of a one-sentence article of that race (RACE_ARTICLE's title and day)."""
    stories = {"nato": story, "un": un_story}

    def run(race: str, sentence: str) -> set[tuple]:
        title, day = RACE_ARTICLE[race]
        return event_keys(stories[race], title, sentence, day)
    return run


@pytest.fixture(scope="session")
def triples(story):
    """sentence -> {(type, subject, actor)} as the scorer compares them."""
    nato = story

    def run(sentence: str, title: str = RACE_TITLE, published=PUBLISHED, story=None):
        events = extract_events(title, sentence, published, story or nato)
        return {(e.type, e.subject, e.actor if e.type in ("endorsement", "opposition") else None) for e in events}
    return run


# (type, subject, actor) as the scorer compares them
def E(subject, actor):
    return ("endorsement", subject, actor)


def O(subject, actor):
    return ("opposition", subject, actor)


def CAND(subject):
    return ("candidacy", subject, None)


def WD(subject):
    return ("withdrawal", subject, None)


def APP(subject):
    return ("appointment", subject, None)


def TO(subject):
    return ("takes_office", subject, None)
