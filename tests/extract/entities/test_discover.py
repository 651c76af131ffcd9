"""Candidates the story file does not list, found in the article (extract/discover.py)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from natowatch.extract import extract_events
from natowatch.extract.provisional import propose

ROOT = Path(__file__).resolve().parents[3]
PUBLISHED = dt.date(2024, 3, 14)
TITLE = "The race for NATO secretary general"
# invented names no story file lists
FIRST = ["Ilse", "Tomas", "Marit", "Oskar", "Renata", "Aurel", "Sanna", "Dario", "Vesna", "Brendan"]
LAST = ["Varkonyi", "Lindqvist", "Morandell", "Petrovan", "Achterberg", "Kovalenko", "Dunmore", "Szalai"]
names = st.builds(lambda f, l: f"{f} {l}", st.sampled_from(FIRST), st.sampled_from(LAST))

STATED = [
    "{name} announced her candidacy for NATO secretary general on Tuesday.",
    "Former Prime Minister {name} has entered the race to succeed Stoltenberg as NATO chief.",
    "Latvia nominated its foreign minister, {name}, for NATO secretary general.",
    "{name} is also running for NATO secretary general.",
    # a withdrawal from the race, or a state's stance in a sentence about the post, says they are in it
    "{name} pulled out of the race for NATO secretary general on Monday.",
    "Norway endorsed {name} for NATO secretary general.",
]
NOT_STATED = [
    "Analysts say {name} could be a possible candidate for NATO secretary general.",
    "Names being floated for the NATO post include {name}.",
    "{name}, a columnist, wrote that the next NATO secretary general must be a woman.",
    "{name} said the race for NATO secretary general was wide open.",
    "Norway praised {name}, the NATO secretary general's spokeswoman, on Monday.",
    "{name} has been appointed Secretary General of the Organization for Security and Co-operation in Europe.",
]


def _subjects(story, text):
    return {(e.type, e.subject) for e in extract_events(TITLE, text, PUBLISHED, story)}


@settings(max_examples=30, deadline=None)
@given(name=names, template=st.sampled_from(STATED))
def test_a_stated_candidacy_of_an_unlisted_name_is_found(story, name, template):
    assert {s for s in _subjects(story, template.format(name=name)) if s[1] == name}


@settings(max_examples=30, deadline=None)
@given(name=names, template=st.sampled_from(NOT_STATED))
def test_speculation_commentators_and_bystanders_are_no_candidates(story, name, template):
    assert not [s for s in _subjects(story, template.format(name=name)) if s[1] == name]


def test_a_discovered_candidate_is_followed_through_the_article(story):
    text = ("Renata Petrovan announced her candidacy for NATO secretary general on Monday. "
            "Poland backed Petrovan on Tuesday. Hungary will not support Petrovan.")
    found = {(e.type, e.subject, e.actor) for e in extract_events(TITLE, text, PUBLISHED, story)}
    assert {("candidacy", "Renata Petrovan", None), ("endorsement", "Renata Petrovan", "Poland"),
            ("opposition", "Renata Petrovan", "Hungary")} <= found


def test_proposals_skip_titles_states_bodies_and_brands(story):
    text = ("Former Costa Rican Vice-President Tomas Dunmore said on Den Haag FM that his candidacy for "
            "NATO secretary general was ready; the North Atlantic Council met on Monday.")
    assert list(propose(TITLE, text, story)) == ["Tomas Dunmore"]


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_candidate_removed_from_the_story_is_still_found_in_the_dev_set(story):
    """Iohannis taken out of the story file: most of his events in the 32 dev articles are still
    found (8 of 14 when measured), and nothing is said of him that the gold does not say."""
    predict = _module(ROOT / "tests" / "corpora" / "predict.py", "corpus_predict_discover")
    dev = ROOT / "tests" / "corpora" / "dev"
    without = dataclasses.replace(story, candidates=tuple(c for c in story.candidates if c.name != "Klaus Iohannis"))
    rows, _ = predict.predict(dev / "manifest.json", without)
    gold = {(a, e["type"]) for a, evs in json.loads((dev / "gold.json").read_text()).items()
            for e in evs if e["subject"] == "Klaus Iohannis"}
    found = {(r["article"], r["type"]) for r in rows if r["subject"].endswith("Iohannis")}
    assert len(gold & found) >= 8 and not found - gold, (sorted(gold & found), sorted(found - gold))
