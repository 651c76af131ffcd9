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


# ---------------------------------------------------------------- second slice: what would have been, what is seen, who
# is excepted, and how far a tentative stance goes

# a modal's perfect is what would (could, might) have been, under a report too; a plain past or a reported future stands
COUNTERFACTUAL = ["Had its own candidate not been in the race, {S} would have backed {C}, an adviser said.",
                  "{S} would have supported {C}, officials said on Monday.",
                  "Without a candidate of its own, {Sc} could well have thrown its weight behind {c}.",
                  "{S} might have been ready to back {C} in the spring.",
                  "{S} would never have endorsed {C}, a diplomat said."]
STATED = ["{S} backed {C}, an adviser said.", "{S} said it would support {C}.", "{S} has supported {C}, officials said on Monday."]


def _counterfactual_cases():
    for (race, p), form in itertools.product(RACES.items(), COUNTERFACTUAL):
        yield race, form.format(**p), False
    for (race, p), form in itertools.product(RACES.items(), STATED):
        yield race, form.format(**p), True


@pytest.mark.parametrize("race,text,stated", list(_counterfactual_cases()))
def test_counterfactual_round27(race_keys, race, text, stated):
    p = RACES[race]
    keys = race_keys(race, text)
    assert (("endorsement", p["C"], p["S"]) in keys) is stated
    assert ("opposition", p["C"], p["S"]) not in keys


# a stance others see in the actor ("is seen as warm to X"), over a first predicate it coordinates too; the stance told
# of the actor itself stands (tentative)
SEEN = ["{S} is seen as warm to {C}.", "{S} is widely regarded as leaning towards {C}.",
        "{S} is seen as sceptical of {Y} and warm to {C}.", "{S} is viewed as inclined to back {C}."]
HELD = ["{S} is inclined to back {C}.", "{S} is leaning towards {C}.", "{S} is sceptical of {Y} and leaning towards {C}."]


@pytest.mark.parametrize("race,text,stated", [(r, t.format(**p), s) for (r, p), (forms, s) in itertools.product(
    RACES.items(), ((SEEN, False), (HELD, True))) for t in forms])
def test_seen_as_round27(race_keys, race, text, stated):
    p = RACES[race]
    assert (("endorsement", p["C"], p["S"]) in race_keys(race, text)) is stated


# a subject opened by "either": neither is told
EITHER = [("Either {c} or a candidate from the east will get the job, officials say.", False),
          ("Either {S} or {T} will back {C}, diplomats say.", False),
          ("{C} will get the job, officials say.", None)]


@pytest.mark.parametrize("race,text,stated", [(r, t.format(**p), s) for (r, p), (t, s) in itertools.product(RACES.items(), EITHER)])
def test_either_subject_round27(race_keys, race, text, stated):
    p = RACES[race]
    keys = race_keys(race, text)
    if stated is False:
        assert ("appointment", p["C"], None) not in keys
        assert ("endorsement", p["C"], p["S"]) not in keys


# a verb of weighing before a state's stance noun (a headline drops "is"): what it weighs is not given
WEIGHED = ["{S} weighing support for {c}, sources say", "{Sc} mulls backing for {c}", "{S} considering support for {c}",
           "{S} seeking support for {c} in Africa"]
GIVEN = ["{S}'s strong support for {c}", "{S} pledges support for {c}", "{S} voices support for {c}"]


@pytest.mark.parametrize("race,head,stated", [(r, t.format(**p), s) for (r, p), (forms, s) in itertools.product(
    RACES.items(), ((WEIGHED, False), (GIVEN, True))) for t in forms])
def test_weighing_headlines_round27(story, un_story, race, head, stated):
    import datetime as dt

    from tests.extract.conftest import event_keys
    p = RACES[race]
    keys = event_keys({"nato": story, "un": un_story}[race], head, head, dt.date(2024, 5, 16) if race == "nato" else dt.date(2026, 9, 30))
    assert (("endorsement", p["C"], p["S"]) in keys) is stated


# states excepted with a relative clause each ("Save for A, which ..., and B, whose ..., the allies back X") act in no
# view of the main clause, and "keeps its own counsel" keeps no stance
EXCEPTED = ["Save for {S}, which keeps its own counsel, and {T}, whose president has yet to speak, the bulk of the "
            "allies now line up behind {C}.",
            "Except for {Sc}, which is silent, and {T}, which has said nothing, the members back {C}.",
            "Apart from {S}, which keeps its own counsel, the others have lined up behind {C}."]


@pytest.mark.parametrize("race,text", [(r, t.format(**p)) for (r, p), t in itertools.product(RACES.items(), EXCEPTED)])
def test_excepted_with_clauses_round27(race_keys, race, text):
    p = RACES[race]
    keys = race_keys(race, text)
    assert ("endorsement", p["C"], p["S"]) not in keys
    assert ("endorsement", p["C"], p["T"]) not in keys


# open to a stance is willing to take it (the guide's "willing to"): tentative; under a condition or a modal, none
TENTATIVE = ["{S} is open to supporting {C}, its foreign minister said on Monday.", "{S} is open to the idea of backing {C}.",
             "{S} is inclined to support {C}, its foreign minister said."]
NO_STANCE = ["Officials say {S} will back {C}, but no decision has been announced.",
             "{S} would be open to supporting {C} if the vote goes well.", "{S} might be open to backing {C}."]


@pytest.mark.parametrize("race,text,tentative", [(r, t.format(**p), s) for (r, p), (forms, s) in itertools.product(
    RACES.items(), ((TENTATIVE, True), (NO_STANCE, False))) for t in forms])
def test_open_to_round27(race, text, tentative, story, un_story):
    import datetime as dt

    from natowatch.extract import extract_events
    p = RACES[race]
    events = [e for e in extract_events("The race", text, dt.date(2024, 5, 16) if race == "nato" else dt.date(2026, 9, 30),
                                        {"nato": story, "un": un_story}[race])
              if (e.type, e.subject, e.actor) == ("endorsement", p["C"], p["S"])]
    assert bool(events) is tentative
    assert all(e.status == "tentative" for e in events)


# an office the text says is no longer held speaks for no state, though its holder is a candidate the story lists
FORMER = {"nato": [("Britain's former defence secretary, who was once talked about for the post, now backs {C}.", False),
                   ("The former British defence secretary backs {C}.", False),
                   ("Britain's defence secretary now backs {C}.", True)],
          "un": []}  # (the UN story lists no candidate by a state's office)


@pytest.mark.parametrize("text,stated", FORMER["nato"])
def test_former_office_round27(race_keys, text, stated):
    p = RACES["nato"]
    assert (("endorsement", p["C"], "United Kingdom") in race_keys("nato", text.format(**p))) is stated


# where a stance is said is no matter it is on ("on the floor", "on camera"); a matter stays one
PLACES = [("The envoy did not repeat {Sc}'s refusal to support {c} on the floor.", "opposition", True),
          ("{S} refused to back {c} on camera.", "opposition", True),
          ("{S} backed {c} on the floor of the Assembly.", "endorsement", True),
          ("{S} backs {c} on climate policy.", "endorsement", False)]


@pytest.mark.parametrize("race,text,kind,stated", [(r, t.format(**p), k, s) for (r, p), (t, k, s) in itertools.product(RACES.items(), PLACES)])
def test_said_where_round27(race_keys, race, text, kind, stated):
    p = RACES[race]
    assert ((kind, p["C"], p["S"]) in race_keys(race, text)) is stated
