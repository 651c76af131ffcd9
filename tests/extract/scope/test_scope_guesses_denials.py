"""Precision of scope, session 26 (scope26, issue 12): invented grids in both races (forms x predicates x inserts x
near-misses that must still give their event); none is a corpus sentence.

- a guess is no stance stated (scope_report.guessed): a guess noun before "is (that)" with an owner and an aside
  between ("My guess - and it is only a guess - is that", "The betting in Brussels is that", "Odds are", "The smart
  money is on"); a guessing verb in an aside ("S, I suspect, will"); a report closing the clause whose verb foretells
  (", a newspaper predicted", ", diplomats expect"; a verb of belief only over "will"); not ", as many had predicted",
  ", earlier than expected", ", a move few had predicted", ", officials said";
- a denial after the clause by its noun or in a relative clause (scope_doubt.denied_after: ", but the government
  quickly issued a denial", ", which the ministry later denied", ", but the government denied that."); not one said
  to be withheld ("has not issued a denial") nor a denial of something else ("denied reports of a rift");
- a contrast saying no choice is made yet leaves the stance untaken (scope_doubt.undecided_after: ", but no decision
  has been announced", ", though no final choice has yet been made"); not a decision on another matter ("no decision
  has been taken on the date") nor another actor's ("but Hungary has not decided");
- "it" after a reporting verb is the teller, not a state inside an aside set off between the teller and its verb
  (references._TELLER_ASIDE: "S, which had sponsored X after T's government withdrew, said that it would support Y");
  a state in a prepositional aside after a name, or fronted before the subject, is the circumstance, not the actor
  (mention_forms: "S, under heavy pressure from T, settled on X", "Under pressure from T, S backed X"; not "S, along
  with T, backed X");
- "hold out" in the present with nothing after it is a stance not yet taken (focus_held_out); "held out until June"
  stays the refusal;
- a candidate noun in a sentence of a popular election that names neither the post nor the organisation is of that
  election (candidacy_forms.popular_election: "The third-placed candidate, X, has not endorsed either finalist, and
  his voters are split").
"""
from __future__ import annotations

import itertools

import pytest

RACES = {
    "nato": dict(C="Mark Rutte", c="Rutte", S="Hungary", T="Slovakia", Tc="Bratislava", Y="Klaus Iohannis",
                 post="NATO secretary general"),
    "un": dict(C="Rebeca Grynspan", c="Grynspan", S="Brazil", T="Chile", Tc="Santiago", Y="Rafael Grossi",
               post="UN secretary-general"),
}
PREDICATES = ["back {C}", "come round to {c}", "announce its support for {c}", "throw its weight behind {C}"]

# a guess in the article's or anyone's voice: no event
GUESSES = [
    "My guess is that {S} will {pred} by the summer.",
    "My guess - and it is only a guess - is that {S} will {pred} by the summer.",
    "The betting in Brussels is that {S} will {pred} before long.",
    "Our best guess, for what it is worth, is that {S} will {pred}.",
    "Odds are {S} will {pred} next month.",
    "The working assumption among diplomats is that {S} will {pred}.",
    "{S}, I suspect, will {pred} in the end.",
    "{S} will, one suspects, {pred}.",
    "{S} will {pred} next week, a local newspaper predicted.",
    "{S} will {pred} within days, two diplomats speculated on Sunday.",
    "{S} will {pred} soon, the paper expects.",
    "{S} will {pred}, officials in the region believe.",
]
# a fact beside a foretelling word: the event stands
FACTS = [
    "{S} will {pred}, officials said on Monday.",
    "{S} agreed on Monday to {pred}, as many had predicted.",
    "{S} agreed on Monday to {pred}, earlier than expected.",
    "{S} agreed on Monday to {pred}, a move few had predicted.",
]


def _guess_cases():
    for (race, p), form, pred in itertools.product(RACES.items(), GUESSES, PREDICATES):
        yield race, form.format(**p, pred=pred.format(**p)), p["C"], p["S"], False
    for (race, p), form, pred in itertools.product(RACES.items(), FACTS, PREDICATES[:2]):
        yield race, form.format(**p, pred=pred.format(**p)), p["C"], p["S"], True


@pytest.mark.parametrize("race,text,cand,state,backed", list(_guess_cases()))
def test_guesses_round26(race_keys, race, text, cand, state, backed):
    assert (("endorsement", cand, state) in race_keys(race, text)) is backed


CLAIM = "A news site in {S} claimed that {S} had switched to {c}"
DENIALS = [", but the government quickly issued a denial.", ", prompting an immediate denial from the ministry.",
           ", which the ministry later denied.", ", which the foreign ministry dismissed as premature.",
           ", but the government denied that.", ", but a denial came within the hour."]
KEPT = [", and the ministry has not issued a denial.", ", and the government denied reports of a rift with {T}.",
        ", which {T} welcomed.", " and faced accusations of bias from {T}, a charge it rejects."]


def _denial_cases():
    for (race, p), tail in itertools.product(RACES.items(), DENIALS):
        yield race, (CLAIM + tail).format(**p), p["C"], p["S"], False
    for (race, p), tail in itertools.product(RACES.items(), KEPT):
        yield race, (CLAIM + tail).format(**p), p["C"], p["S"], True


@pytest.mark.parametrize("race,text,cand,state,backed", list(_denial_cases()))
def test_denials_after_round26(race_keys, race, text, cand, state, backed):
    assert (("endorsement", cand, state) in race_keys(race, text)) is backed


STANCES = ["{S} is inclined to back {C}", "{S} is leaning towards {C}", "{S} is ready to support {C}",
           "Officials say {S} will back {C}"]
UNDECIDED = [", but no decision has been announced.", ", though no final decision has yet been taken.",
             ", but no formal decision has been made so far.", ", with no decision taken yet."]
DECIDED = [", but no decision has been taken on the date of the vote.", ", but {T} has not decided.",
           ", but the decision was only announced on Friday."]


def _undecided_cases():
    for (race, p), stance, tail in itertools.product(RACES.items(), STANCES, UNDECIDED):
        yield race, (stance + tail).format(**p), p["C"], p["S"], False
    for (race, p), stance, tail in itertools.product(RACES.items(), STANCES[::3], DECIDED):
        yield race, (stance + tail).format(**p), p["C"], p["S"], True


@pytest.mark.parametrize("race,text,cand,state,backed", list(_undecided_cases()))
def test_undecided_round26(race_keys, race, text, cand, state, backed):
    assert (("endorsement", cand, state) in race_keys(race, text)) is backed


TELLERS = [
    "{S}, which had sponsored {Y} after {T}'s new government withdrew, said hours later that it would support {C}.",
    "{S}, which had backed {Y} until {T} withdrew him, announced on Monday that it would support {C}.",
    "{S}, after long talks with {T}'s foreign minister, said that it would back {C}.",
    "{S}, under heavy pressure from {Tc}, settled on {C}.",
    "{S}, under pressure from {T}, finally backed {C} on Monday.",
    "{S}, despite objections from {T}, backed {C}.",
    "Under pressure from {Tc}, {S} backed {C}.",
    "Despite objections from {T}, {S} threw its weight behind {C}.",
]
# the state in the aside acts too where it acts together with the teller
TOGETHER = ["{S}, along with {T}, backed {C}.", "{T}, after talks with {S}, said that it would back {C}."]


def _teller_cases():
    for (race, p), form in itertools.product(RACES.items(), TELLERS):
        yield race, form.format(**p), p["C"], p["S"], p["T"], False
    for (race, p), form in itertools.product(RACES.items(), TOGETHER):
        yield race, form.format(**p), p["C"], p["S"], p["T"], True


@pytest.mark.parametrize("race,text,cand,state,other,other_backs", list(_teller_cases()))
def test_teller_asides_round26(race_keys, race, text, cand, state, other, other_backs):
    keys = race_keys(race, text)
    assert other_backs or ("endorsement", cand, state) in keys
    assert (("endorsement", cand, other) in keys) is other_backs


HOLD = [("{C} is running. {S} and {T} hold out.", False), ("{C} is running. {S} is still holding out.", False),
        ("{C} is running. {S} held out until June.", True), ("{C} is running. {S} held out the longest.", True)]


@pytest.mark.parametrize("race,text,opposed", [(r, t.format(**p), o) for (r, p), (t, o) in itertools.product(RACES.items(), HOLD)])
def test_hold_out_round26(race_keys, race, text, opposed):
    p = RACES[race]
    assert (("opposition", p["C"], p["S"]) in race_keys(race, text)) is opposed


STRANGER = "Ignas Vegele"
POPULAR = ["The third-placed candidate, lawyer {X}, has not endorsed either finalist, and his voters are split.",
           "The runner-up, {X}, a candidate backed by farmers, won 20 percent of the vote.",
           "{X}, a candidate eliminated in the first round of the presidential election, endorsed the finalist."]
RACE_ONES = ["The other candidate, {X}, said on Monday that he had the backing of four governments.",
             "{X}, the other candidate, declared his bid for {post}."]


@pytest.mark.parametrize("race,text,candidate", [
    (r, t.format(**p, X=STRANGER), c) for (r, p), (forms, c) in itertools.product(RACES.items(), ((POPULAR, False), (RACE_ONES, True)))
    for t in forms])
def test_popular_election_candidates_round26(race_keys, race, text, candidate):
    lead = "{C} is running for {post}. ".format(**RACES[race])
    assert (("candidacy", STRANGER, None) in race_keys(race, lead + text)) is candidate


# "S followed T in backing X" (a joining verb, with a time or an adverb between): both back X; "followed the debate in"
# names no state joined
FOLLOWS = [("{S} on Monday followed {T} in backing {C}.", True), ("{S} followed {T} in throwing its weight behind {C}.", True),
           ("Instead {S} swiftly emulated {T} in endorsing {C}.", True),
           ("{S} followed the debate in {Tc} closely and backed {C}.", False)]


@pytest.mark.parametrize("race,text,both", [(r, t.format(**p), b) for (r, p), (t, b) in itertools.product(RACES.items(), FOLLOWS)])
def test_followed_in_backing_round26(race_keys, race, text, both):
    p = RACES[race]
    keys = race_keys(race, text)
    assert ("endorsement", p["C"], p["S"]) in keys
    assert (("endorsement", p["C"], p["T"]) in keys) is both


# a bid told only as ended states no candidacy ("X, whose bid ended last week, ..."); one told going on does
ENDED = ["{Y}, whose bid for {post} ended last week, is now being discussed for another post.",
         "{Y}'s bid collapsed in June.", "{Y}'s candidacy is over, diplomats say.", "{Y}'s bid fizzled out in the spring."]
GOING = ["{Y}'s bid gathered pace in June.", "{Y}, whose bid for {post} started last week, met two ministers."]


@pytest.mark.parametrize("race,text,stated", [(r, t.format(**p), s) for (r, p), (forms, s) in itertools.product(
    RACES.items(), ((ENDED, False), (GOING, True))) for t in forms])
def test_ended_bid_round26(race_keys, race, text, stated):
    assert (("candidacy", RACES[race]["Y"], None) in race_keys(race, text)) is stated


# a candidate closing an aside set off by dashes is not the subject of the verb after it
Y_STATE = {"nato": "Romania", "un": "Argentina"}
DASHED = [("Everyone but {T} and {Ys} - the last still campaigning for its own president, {Y} - has signed up to {C}.", False),
          ("Everyone but {T} and {Ys} - the last still campaigning for its own president - has signed up to {C}.", False),
          ("On Monday {Y} - in a rare interview - said {Ys} has signed up to {C}.", True)]


@pytest.mark.parametrize("race,text,acts", [(r, t.format(**p, Ys=Y_STATE[r]), a) for (r, p), (t, a) in itertools.product(RACES.items(), DASHED)])
def test_dashed_candidate_round26(race_keys, race, text, acts):
    p = RACES[race]
    assert (("endorsement", p["C"], Y_STATE[race]) in race_keys(race, text)) is acts


# the article's own doubt and a report disowned
DOUBTED = ["{S} supposedly backs {C}.", "{S} has backed {C}, according to a report the government later disowned.",
           "{S} purportedly backs {C}, a local paper says."]


@pytest.mark.parametrize("race,text", [(r, t.format(**p)) for (r, p), t in itertools.product(RACES.items(), DOUBTED)])
def test_doubted_round26(race_keys, race, text):
    p = RACES[race]
    assert ("endorsement", p["C"], p["S"]) not in race_keys(race, text)
