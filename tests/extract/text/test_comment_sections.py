"""A reader comment section closing a plain-text article, and a line labelled as a reader's comment, are no source
(verify40, issue 12; extract/comments.py, cues.comment_headings): invented articles of both races, each with its twin
where the same sentence is the article's own.

- The section starts at a heading alone on its line after the first paragraph ("Comments (12)", "34 comments",
  "Readers' comments", "Join the conversation:"); nothing after it is read.
- "Comment by NAME: ..." and "Reply from NAME: ..." lines are a reader's words wherever they stand.
- An opinion piece's "Comment" label, and "comments" in a sentence ("In comments to reporters, ..."), end nothing.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import RACE_ARTICLE

RACES = {"nato": dict(S="Hungary", C="Mark Rutte", T="Turkey"),
         "un": dict(S="Spain", C="Rebeca Grynspan", T="Chile")}
LEAD = "Envoys met on Monday to discuss the race.\n\n"
CASES = [
    (LEAD + "Comments (12)\n\nPeterK: {S} has endorsed {C}, so it is over.", set()),
    (LEAD + "{S} has endorsed {C}, so it is over.\n\nComments (12)\n\nPeterK: I doubt it.", {"{S}"}),
    (LEAD + "34 comments\n\nanna_v: {T} backs {C}, everyone knows it.", set()),
    (LEAD + "Readers' comments\n\nJohn88 wrote: {T} backs {C}.", set()),
    (LEAD + "Join the conversation:\n\n{T} backs {C} for sure!", set()),
    (LEAD + "{T} backs {C}, its foreign minister said.\n\nJoin the conversation:\n\nGreat news.", {"{T}"}),
    (LEAD + "Comment by Peter K.: {S} has endorsed {C}!\n\nThe vote is in July.", set()),
    (LEAD + "Reply from anna_v: {T} backs {C}.", set()),
    ("Comment\n\n{S} has endorsed {C}, its prime minister said on Monday.", {"{S}"}),
    (LEAD + "In comments to reporters, {S}'s prime minister said {S} has endorsed {C}.", {"{S}"}),
]


@pytest.mark.parametrize("race,text,expected", [(r, t.format(**p), {e.format(**p) for e in exp})
                                                 for r, p in RACES.items() for t, exp in CASES])
def test_comment_sections(request, race, text, expected):
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    from tests.extract.conftest import event_keys
    title, day = RACE_ARTICLE[race]
    keys = event_keys(story, title, text, day)
    assert {k[2] for k in keys if k[0] == "endorsement"} == expected
