"""Ended stances: an opposition the article says has ended ("dropped its objections", "no longer
opposes") is the opposition event (the guide) with status `ended`, dated when it ended.
Invented sentences, several phrasings; the story is the real one."""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import extract_events
from natowatch.extract.model import ENDED

PUBLISHED = dt.date(2024, 5, 2)     # a Thursday
TITLE = "The race for NATO secretary general"


def stances(story, text: str, title: str = TITLE) -> set[tuple[str, str, str, dt.date | None]]:
    return {(e.type, e.actor, e.status, e.date) for e in extract_events(title, text, PUBLISHED, story)
            if e.type in ("endorsement", "opposition")}


@pytest.mark.parametrize("sentence,actor,ended_on", [
    ("Turkey dropped its objections to Mark Rutte's bid on Monday.", "Turkey", dt.date(2024, 4, 29)),
    ("Hungary has withdrawn its opposition to Rutte's candidacy.", "Hungary", None),
    ("Budapest lifted its veto on Rutte's bid for the post on 30 April.", "Hungary", dt.date(2024, 4, 30)),
    ("Slovakia has abandoned its resistance to Rutte's bid.", "Slovakia", None),
    ("Slovakia no longer opposes Rutte, its foreign minister said on Tuesday.", "Slovakia", dt.date(2024, 4, 30)),
    ("Ankara stopped opposing Rutte last Friday.", "Turkey", dt.date(2024, 4, 26)),
    ("Hungary ceased to oppose Rutte's bid on 1 May.", "Hungary", dt.date(2024, 5, 1)),
    ("Hungary is no longer blocking Rutte's candidacy.", "Hungary", None),
])
def test_an_opposition_that_ended_is_told_as_ended_and_dated_when_it_ended(story, sentence, actor, ended_on):
    assert stances(story, sentence) == {("opposition", actor, ENDED, ended_on)}


@pytest.mark.parametrize("sentence,expected", [
    # not ended: a negated end (the opposition kept), a hypothetical end, an opposition still held, support withdrawn
    ("Hungary has not dropped its objections to Rutte's bid.", {("opposition", "Hungary", "confirmed", None)}),
    ("Turkey could drop its objections to Rutte's bid.", set()),
    ("Turkey opposes Rutte's bid.", {("opposition", "Turkey", "confirmed", None)}),
    # (an ending still to come is a refusal: "will no longer support"; an ended support, below, is the earlier endorsement)
    ("Hungary will no longer support Rutte's bid.", {("opposition", "Hungary", "confirmed", None)}),
    # (an objection voiced is the opposition itself, not ended)
    ("Hungary has voiced its objection to Rutte's bid.", {("opposition", "Hungary", "confirmed", None)}),
])
def test_what_is_not_an_ended_stance(story, sentence, expected):
    assert stances(story, sentence) == expected


def test_in_one_article_the_end_is_the_last_word_and_its_own_date(story):
    """The stance and its end in one article: one event, ended, dated by the sentence of its end,
    not by the sentence of the stance."""
    text = ("Turkey opposed Rutte's bid on 4 March, a Turkish official said. "
            "Weeks later, Turkey dropped its objections to Rutte.")
    assert stances(story, text) == {("opposition", "Turkey", ENDED, None)}
    text = ("Turkey opposed Rutte's bid on 4 March, a Turkish official said. "
            "On 29 April Turkey dropped its objections to Rutte.")
    assert stances(story, text) == {("opposition", "Turkey", ENDED, dt.date(2024, 4, 29))}


def test_a_headline_ended_stance_takes_the_date_of_its_body_sentence(story):
    text = "Turkey dropped its objections to Mark Rutte on Monday, its foreign ministry said."
    assert stances(story, text, title="Turkey drops objections to Rutte for NATO job") == {
        ("opposition", "Turkey", ENDED, dt.date(2024, 4, 29))}


@pytest.mark.parametrize("sentence", [
    # a support the article says has ended states the earlier endorsement (the guide's ended-stance rule, as for an
    # opposition; construction sets 12 and 17 label it so): no refusal
    "Hungary no longer supports Rutte's bid.",
    "Hungary is no longer backing Rutte's bid.",
    "Hungary has stopped backing Rutte's bid.",
])
def test_a_support_that_ended_is_the_earlier_endorsement(story, sentence):
    assert stances(story, sentence) == {("endorsement", "Hungary", ENDED, None)}
