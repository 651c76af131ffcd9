"""Scope and precision, session 27 (scope27, issue 12): invented grids in both races (forms x tails x near-misses that
must give no event); none is a corpus sentence.

- "as" opening a clause or a manner is no role the stance, the candidacy or the choice is qualified by
  (Grammar.as_clause, read by stance_checks._object_for_post, Grammar.aim_elsewhere and appointment._chosen_for_race):
  "S backs X as the race narrows", "X entered the race as the field narrowed", "appointed X as the race ended"; "as
  head of the agency", "as T's prime minister" (a role) and "as easily as" (a comparison) stay what they were;
- the actor of an infinitive after "for" or after a verb of making room is what may now happen, not what did
  (Scope.persuaded, lexicon cues.enabling_verbs): "the deal clears the way for S to back X", "allows S to back X",
  "paving the way for X to be appointed"; not "it took two months for S to back X", "S was the last to back X".
"""
from __future__ import annotations

import itertools

import pytest

RACES = {
    "nato": dict(C="Mark Rutte", c="Rutte", S="Hungary", Sc="Budapest", T="Slovakia", Td="Slovak", Y="Klaus Iohannis",
                 post="NATO secretary general", place="Brussels"),
    "un": dict(C="Rebeca Grynspan", c="Grynspan", S="Brazil", Sc="Brasilia", T="Chile", Td="Chilean", Y="Rafael Grossi",
               post="UN secretary-general", place="New York"),
}

# a stance, then "as" opening a clause of its own or a manner: the stance stands
STANCES = [("{S} backs {C}", "endorsement"), ("{Sc} backed {c}", "endorsement"),
           ("{S} threw its weight behind {C}", "endorsement"), ("{S} came out for {C}", "endorsement"),
           ("{S} will not support {C}", "opposition"), ("{Sc} says it still can't back {c}", "opposition")]
AS_CLAUSES = [" as the race narrows.", " as talks dragged on in {place}.", " as pressure mounted on {T}.",
              " as the vote nears, officials said.", " as a matter of principle.", " as the field thinned out over the summer."]
# "as" naming a role or a comparison: the qualifier is not the post
AS_ROLES = [" as head of the agency.", " as {T}'s prime minister.", " as foreign minister of {T}.",
            " as chief of the nuclear watchdog.", " as next {Td} foreign minister.", " as {Y}'s deputy."]


def _as_cases():
    for (race, p), (stance, kind), tail in itertools.product(RACES.items(), STANCES, AS_CLAUSES):
        yield race, (stance + tail).format(**p), kind, p["C"], p["S"], True
    for (race, p), (stance, kind), tail in itertools.product(RACES.items(), STANCES[:4], AS_ROLES):
        yield race, (stance + tail).format(**p), kind, p["C"], p["S"], False


@pytest.mark.parametrize("race,text,kind,cand,state,stated", list(_as_cases()))
def test_as_clause_after_stance_round27(race_keys, race, text, kind, cand, state, stated):
    assert ((kind, cand, state) in race_keys(race, text)) is stated


HEADLINES = [("{S} backs {c} as race narrows", True), ("{S} backs {c} as talks go on", True),
             ("{Sc} endorses {c} as vote nears", True), ("{S} backs {c} as agency head", False)]


@pytest.mark.parametrize("race,head,stated", [(r, h.format(**p), s) for (r, p), (h, s) in itertools.product(RACES.items(), HEADLINES)])
def test_as_clause_headlines_round27(story, un_story, race, head, stated):
    import datetime as dt

    from tests.extract.conftest import event_keys
    p = RACES[race]
    keys = event_keys({"nato": story, "un": un_story}[race], head, head, dt.date(2024, 5, 16) if race == "nato" else dt.date(2026, 9, 30))
    assert (("endorsement", p["C"], p["S"]) in keys) is stated


# the candidacy and the choice with "as" opening a clause
ENTRIES = ["{C} entered the race as the field narrowed.", "{C} declared the candidacy as talks dragged on in {place}.",
           "{C} launched the bid as pressure mounted on {T}."]


@pytest.mark.parametrize("race,text", [(r, t.format(**p)) for (r, p), t in itertools.product(RACES.items(), ENTRIES)])
def test_as_clause_candidacy_round27(race_keys, race, text):
    assert ("candidacy", RACES[race]["C"], None) in race_keys(race, text)


@pytest.mark.parametrize("race,body", [("nato", "NATO allies"), ("un", "The General Assembly")])
def test_as_clause_choice_round27(race_keys, race, body):
    p = RACES[race]
    assert ("appointment", p["C"], None) in race_keys(race, f"{body} appointed {p['C']} as the long race ended.")
    assert ("appointment", p["C"], None) not in race_keys(race, f"{body} appointed {p['C']} as head of a new panel.")


# a comparison after the object ("as easily as") is no clause of the stance's
@pytest.mark.parametrize("race", RACES)
def test_as_comparison_round27(race_keys, race):
    p = RACES[race]
    keys = race_keys(race, "{S} could back {C} as easily as {T} could back {Y}.".format(**p))
    assert ("endorsement", p["C"], p["S"]) not in keys


# the actor of an infinitive after "for" or a verb of making room: a prospect, no event
PROSPECTS = ["The deal clears the way for {S} to back {C}.", "The talks paved the way for {Sc} to support {c}.",
             "The concession allows {S} to endorse {C}.", "The compromise, reached late on Monday, enables {S} to back {C}.",
             "It is now time for {S} to throw its weight behind {C}.", "The change of government leaves {S} free to back {C}.",
             "{Y} withdrew, paving the way for {C} to be appointed {post}.",
             "{Y} has withdrawn, his office said, clearing the way for outgoing {C} to be appointed as the next {post}."]
# the infinitive told as done: the event stands
DONE = [("It took two months for {S} to back {C}.", "endorsement"), ("{S} was the last to back {C}.", "endorsement"),
        ("{S} went on to back {C} in April.", "endorsement"), ("{S} voted in June to back {C}.", "endorsement")]


def _prospect_cases():
    for (race, p), form in itertools.product(RACES.items(), PROSPECTS):
        yield race, form.format(**p), False
    for (race, p), (form, _) in itertools.product(RACES.items(), DONE):
        yield race, form.format(**p), True


@pytest.mark.parametrize("race,text,stated", list(_prospect_cases()))
def test_prospects_round27(race_keys, race, text, stated):
    p = RACES[race]
    keys = race_keys(race, text)
    assert ("appointment", p["C"], None) not in keys
    assert (("endorsement", p["C"], p["S"]) in keys) is stated


# a refusal in a relative clause on a state whose close is a bare comma before a candidate: the clause is the state's,
# whatever governs the sentence ("Asked whether ..."), and the two names are no list
REL_FRAMES = ["Asked whether {pro} could count on {Sc}, {rel}, {Y} said only that {pro} would talk to everyone.",
              "Asked about {S}, {rel}, {Y} smiled.", "Talks with {Sc}, {rel}, {Y} admitted, had gone nowhere."]
REFUSING = ["whose government has refused to back {c}", "which has declined to endorse {C}", "whose leaders still can't support {c}"]
UNTAKEN = ["whose government has not yet endorsed {c}", "which has yet to say whether it backs {C}"]
PRONOUN = {"nato": "he", "un": "he"}


def _relative_cases():
    for (race, p), frame in itertools.product(RACES.items(), REL_FRAMES):
        for rel, refused in [(r, True) for r in REFUSING] + [(r, False) for r in UNTAKEN]:
            yield race, frame.format(**p, pro=PRONOUN[race], rel=rel.format(**p)), refused


@pytest.mark.parametrize("race,text,refused", list(_relative_cases()))
def test_refusal_in_relative_clause_round27(race_keys, race, text, refused):
    p = RACES[race]
    keys = race_keys(race, text)
    assert (("opposition", p["C"], p["S"]) in keys) is refused
    assert ("opposition", p["Y"], p["S"]) not in keys      # the name after the clause's close is not its object
