"""The construction sets: invented sentences grouped by construction class, written blind from the
annotation guide by a second engineer (tests/corpora/constructions*/). Scored like the dev set
((type, subject, actor) for stances, (type, subject) otherwise); the floors protect what the
general mechanisms reached. Set 1 (NATO, 359 sentences): blind F1 0.77, weakest class 0.54; now
0.946, weakest 0.79. Set 2 (both races, 225 sentences): blind F1 0.818, weakest 0.32; now 0.931,
weakest 0.53 (a candidate named by surname only, never introduced: out of reach by design). Set 3 (both
races, 230 sentences, 15 classes): blind F1 0.854; now 0.912, weakest 0.81. Set 4 (both races, 240 sentences,
16 classes): blind F1 0.838, weakest 0.55; now 0.932, weakest 0.58 (ended and switched stances: most of
its items name neither the post nor the organisation, so the article is not about the race)."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
import yaml

from natowatch.extract import extract_events
from natowatch.extract.model import ACTOR_TYPES
from natowatch.flows.files.storyfile import load_story

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
ROOT = CORPORA.parents[1]
STORIES = {"nato": ROOT / "config" / "stories" / "nato-secretary-general.yaml",
           "un": ROOT / "config" / "stories" / "un-secretary-general-2026.yaml"}
# set: (overall floor, weakest class floor, classes)
SETS = {"constructions": (0.93, 0.76, 13), "constructions2": (0.91, 0.5, 14), "constructions3": (0.89, 0.78, 15),
        "constructions4": (0.91, 0.55, 16)}


def _key(type_: str, subject: str, actor: str | None) -> tuple:
    return (type_, subject, actor) if type_ in ACTOR_TYPES else (type_, subject)


@pytest.fixture(scope="module")
def stories() -> dict:
    return {name: load_story(path) for name, path in STORIES.items()}


def _counts(name: str, stories: dict) -> dict[str, Counter]:
    per_class: dict[str, Counter] = {}
    for entry in yaml.safe_load((CORPORA / name / "constructions.yaml").read_text(encoding="utf-8")):
        published = entry["published"]
        published = published if isinstance(published, dt.date) else dt.date.fromisoformat(str(published))
        story = stories[entry.get("story", "nato")]
        gold = {_key(e["type"], e["subject"], e.get("actor")) for e in entry["expect"] or []}
        found = {_key(e.type, e.subject, e.actor) for e in extract_events(entry["title"], entry["text"], published, story)}
        c = per_class.setdefault(entry["class"], Counter())
        c["tp"] += len(gold & found)
        c["fp"] += len(found - gold)
        c["fn"] += len(gold - found)
        c["sentences"] += 1
        c["silent"] += not gold
    return per_class


def _f1(c: Counter) -> float:
    return 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]) if c["tp"] else 0.0


@pytest.mark.parametrize("name", SETS)
def test_construction_classes_keep_their_floors(name, stories):
    overall_floor, class_floor, classes = SETS[name]
    counts = _counts(name, stories)
    assert len(counts) == classes
    assert all(c["sentences"] >= 10 for c in counts.values())
    total = sum(counts.values(), Counter())
    assert 3 * total["silent"] >= total["sentences"]     # a third or more with no event
    # a class with no expected event (other posts) is judged by its false events alone
    scored = {n: c for n, c in counts.items() if c["tp"] + c["fn"]}
    weakest = min(scored, key=lambda n: _f1(scored[n]))
    assert _f1(total) >= overall_floor, _f1(total)
    assert _f1(scored[weakest]) >= class_floor, (weakest, _f1(scored[weakest]))
    assert all(c["fp"] <= 1 for n, c in counts.items() if n not in scored), "events of other posts"
