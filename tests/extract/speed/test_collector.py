"""Reading an article with the cyclic garbage collector paused (see budget.cycles_collected_after)."""
from __future__ import annotations

import gc

from natowatch.extract.events import extract_article
from tests.extract.conftest import PUBLISHED, RACE_TITLE

TEXT = " ".join(["Germany backs Mark Rutte. Hungary said it would not back Mark Rutte for the post."] * 40)


def _collections_during(story) -> tuple[list[str], object]:
    starts: list[str] = []

    def seen(phase, info):
        if phase == "start":
            starts.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        result = extract_article(RACE_TITLE, TEXT, PUBLISHED, story, budget_seconds=None)
    finally:
        gc.callbacks.remove(seen)
    return starts, result


def test_no_collection_runs_while_an_article_is_read_and_the_collector_runs_again_after(story):
    assert gc.isenabled()
    extract_article(RACE_TITLE, "NATO", PUBLISHED, story)     # the story's patterns, built once
    starts, result = _collections_during(story)
    assert starts == [] and gc.isenabled()
    assert {(e.type, e.subject, e.actor) for e in result.events} >= {("endorsement", "Mark Rutte", "Germany")}


def test_a_caller_that_paused_the_collector_keeps_it_paused(story):
    gc.disable()
    try:
        starts, _ = _collections_during(story)
        assert starts == [] and not gc.isenabled()
    finally:
        gc.enable()
