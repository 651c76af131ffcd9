"""A transcript's question turns (issue 12; extract/voice.py `_mark_asked`, lexicon `voice.questioner_labels`,
`voice.interviewer_labels`): what a questioner ("Q:", "QUESTION:") puts to the speaker, and what an interviewer
("HOST:", "ANCHOR:", "REPORTER:") says in a turn that ends in a question, is the question's premise: it asserts
nothing, so it gives no event; the answer may. An interviewer's turn that asks nothing is the outlet's own voice
and gives its events; so does the same sentence outside a transcript.

Near misses (no event): a premise in a questioner's turn, in an interviewer's turn ending in a question (a tag
question too), a question by a caller. Events: the same premise told by an interviewer who asks nothing, by the
spokesman answering, in narrative prose, and the answer's own stance after a question turn."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import event_keys

RACES = {
    "nato": dict(cand="Mark Rutte", other="Klaus Iohannis", post="NATO secretary general", a="Poland", b="Hungary",
                 day=dt.date(2024, 2, 22), title="Briefing: the race for NATO secretary general"),
    "un": dict(cand="Rebeca Grynspan", other="Michelle Bachelet", post="UN secretary-general", a="Peru", b="Ghana",
               day=dt.date(2026, 5, 22), title="Briefing: the race for UN secretary-general"),
}

OPENING = "SPOKESMAN: Good afternoon. I have nothing at the top.\n"

PREMISES = [
    "{a} has come out for {cand} this week",
    "{b} says it will never back {cand}",
    "{a} has endorsed {cand}, diplomats say",
]

# (turn, gives the premise's event)
TURNS = [
    ("QUESTION: {premise}. Does your government share that view?", False),
    ("Q: {premise}. Will you follow?", False),
    ("QUESTION (Reuters): Sir, {premise}. Is that your understanding?", False),
    ("HOST: {premise}. What do you make of it?", False),
    ("ANCHOR: {premise}, doesn't it?", False),
    ("CALLER: {premise}. Why should we care?", False),
    ("HOST: {premise}.", True),
    ("REPORTER: {premise}.", True),
]


def _keys(request, race, text):
    r = RACES[race]
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    return {k[:3] for k in event_keys(story, r["title"], text, r["day"]) if k[0] in ("endorsement", "opposition")}


def _premise_event(p: int, r: dict) -> tuple:
    return ("opposition", r["cand"], r["b"]) if p == 1 else ("endorsement", r["cand"], r["a"])


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("p", range(len(PREMISES)))
@pytest.mark.parametrize("t", range(len(TURNS)))
def test_question_turn_premise(request, race, p, t):
    r = RACES[race]
    turn, gives = TURNS[t]
    line = turn.format(premise=PREMISES[p].format(**r)[0].upper() + PREMISES[p].format(**r)[1:])
    text = OPENING + line + "\nSPOKESMAN: I won't get ahead of the process.\n"
    expected = {_premise_event(p, r)} if gives else set()
    assert _keys(request, race, text) == expected, text


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("p", range(len(PREMISES)))
def test_same_premise_in_prose_gives_event(request, race, p):
    r = RACES[race]
    sentence = PREMISES[p].format(**r)
    text = sentence[0].upper() + sentence[1:] + ". Officials will meet again next month."
    assert _keys(request, race, text) == {_premise_event(p, r)}, text


@pytest.mark.parametrize("race", RACES)
def test_answer_after_question_turn_gives_its_own_stance(request, race):
    r = RACES[race]
    text = (OPENING + "QUESTION: {b} says it will never back {cand}. Where does {a} stand?\n"
            "{a} FOREIGN MINISTER: {a} supports {cand}, and we have said so from the start.\n").format(**r)
    assert _keys(request, race, text) == {("endorsement", r["cand"], r["a"])}, text


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



@pytest.mark.parametrize("race", RACES)
def test_premise_told_to_the_one_asked_is_told(request, race):
    # what the interviewer tells the one asked ("you") both know: told, not asked
    r = RACES[race]
    text = (OPENING + "Q: As you know, {a} endorsed {cand} on Monday. What do you make of it?\n"
            "SPOKESMAN: We keep working.\n").format(**r)
    assert _keys(request, race, text) == {("endorsement", r["cand"], r["a"])}, text
