"""A yes-or-no question the next sentence answers yes is told (issue 12; extract/events `_answered_yes`,
frames/grammar `yes_no`, `answer_yes`; lexicon cues.yes_no_openers, cues.affirmative_answers): "Q: Will Spain back
X?" / "A: Yes, we will." gives Spain's backing. Near misses (no event): a hypothetical ("Would ..."), an answer with
"not" or "but", "Yes and no", no answer of yes."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import event_keys

RACES = {
    "nato": dict(cand="Mark Rutte", post="NATO secretary general", a="Poland", b="Hungary",
                 day=dt.date(2024, 2, 22), title="Briefing: the race for NATO secretary general"),
    "un": dict(cand="Rebeca Grynspan", post="UN secretary-general", a="Peru", b="Ghana",
               day=dt.date(2026, 5, 22), title="Briefing: the race for UN secretary-general"),
}

OPENING = "SPOKESMAN: Good afternoon. I have nothing at the top.\n"


def _keys(request, race, text):
    r = RACES[race]
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    return {k[:3] for k in event_keys(story, r["title"], text, r["day"]) if k[0] in ("endorsement", "opposition")}


# a yes-or-no question the next sentence answers yes is told (frames/grammar yes_no, answer_yes; lexicon
# cues.yes_no_openers, cues.affirmative_answers); a hypothetical, an answer with "not" or "but", and no answer give none
# (question, answer, gives its event)
ANSWERED = [
    ("Q: Will {a} back {cand}?", "A ({a} foreign minister): Yes, we will.", True),
    ("Q: Does {a} support {cand}?", "A: Absolutely.", True),
    ("QUESTION: Is {a} backing {cand}?", "SPOKESMAN: Of course.", True),
    ("Q: Will {a} back {cand}?", "A: Not at this stage.", False),
    ("Q: Does {a} support {cand}?", "A: Yes, but not yet.", False),
    ("Q: Would {a} back {cand}?", "A: Yes.", False),
    ("Q: Will {a} back {cand}?", "A: We have not decided.", False),
    ("Q: Will {a} back {cand}?", "A: Yes and no.", False),
]


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("n", range(len(ANSWERED)))
def test_question_answered_yes_is_told(request, race, n):
    r = RACES[race]
    question, answer, gives = ANSWERED[n]
    text = OPENING + question.format(**r) + "\n" + answer.format(**r) + "\n"
    expected = {("endorsement", r["cand"], r["a"])} if gives else set()
    assert _keys(request, race, text) == expected, text


