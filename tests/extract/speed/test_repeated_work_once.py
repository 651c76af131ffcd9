"""Speed, round 25: work an extraction repeats is done once, with the same events.

A second reading of an article (events.py reads it again without a proposed name that only a pronoun states) takes
from the first the clause views of each sentence whose text, mentions and unread spans are the same, the rules its
cues allow and each rule's matches; what differs is read again. Invented articles of both races, read once plainly
and again after a first reading with other candidates (the proposed name in, then out), give the same events."""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract.events import _read_events, _Reread, extract_article
from natowatch.extract.provisional import with_candidates
from natowatch.extract.text import article_text, fold
from tests.extract.conftest import PUBLISHED

NATO_TITLE, UN_TITLE = "The race for NATO secretary general", "The race for UN secretary-general"

ARTICLES = [
    ("nato", NATO_TITLE, "Bulgaria put forward its former foreign minister Anton Stavrev for the post. He said on Monday "
     "that he was running. Hungary, which had long hesitated, backed Mark Rutte on Tuesday. Slovakia endorsed him too. "
     "Stavrev, who met NATO ambassadors, later withdrew from the race."),
    ("nato", NATO_TITLE, "Anton Stavrev entered the race for NATO secretary general in March. Romania said it would not "
     "back Rutte. Turkey, after weeks of talks, threw its weight behind Rutte. Stavrev pulled, reluctantly, out of the race."),
    ("un", UN_TITLE, "Ghana nominated Kwabena Asante-Mensah for the post of UN secretary-general. Chile backs Michelle "
     "Bachelet. Mexico, which nominated Grynspan's rival, said it would not support her. Asante-Mensah said he was "
     "running. Brazil endorsed Rebeca Grynspan on Monday."),
    ("un", UN_TITLE, "Costa Rica put forward Rebeca Grynspan. Peru's former foreign minister Ana Duarte said she was "
     "running for UN secretary-general. Argentina backed Rafael Grossi; Uruguay did too. Duarte later withdrew."),
    ("nato", NATO_TITLE, "Who will lead NATO? Nobody knows yet."),
]
PROPOSED = {"Anton Stavrev": "he", "Kwabena Asante-Mensah": "he", "Ana Duarte": "she"}


def _read(story, title, text, reread=None):
    full = article_text(title, text)
    return _read_events(full, fold(full), len(title), PUBLISHED, story, None, reread)


@pytest.mark.parametrize("race,title,text", ARTICLES)
def test_a_reading_again_gives_the_events_of_a_plain_reading(race, title, text, story, un_story):
    story = story if race == "nato" else un_story
    names = {n: p for n, p in PROPOSED.items() if n in text}
    first = with_candidates(story, names) if names else story
    for read_as in (first, story):      # the same candidates, then without the proposed one
        reread = _Reread()
        kept = _read(first, title, text, reread)
        assert kept == _read(first, title, text)
        reread.taking = True
        assert _read(read_as, title, text, reread) == _read(read_as, title, text)
        assert _read(read_as, title, text, reread).events == _read(read_as, title, text).events


@pytest.mark.parametrize("race,title,text", ARTICLES)
def test_an_article_gives_the_same_events_with_a_budget_that_holds(race, title, text, story, un_story):
    story = story if race == "nato" else un_story
    whole = extract_article(title, text, PUBLISHED, story, budget_seconds=None)
    assert extract_article(title, text, PUBLISHED, story).events == whole.events
