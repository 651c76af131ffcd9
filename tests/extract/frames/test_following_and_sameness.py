"""Following and sameness (round 27, issue 12): a clause whose stance is the stance of an earlier clause or sentence.

- The time a follower keeps is one reader (frames/focus.py `STANCE_TIME`, read by `check_followed`'s bare "followed"
  and by every elided clause of frames/ellipsis.py): "a few hours later", "late last night", "on Wednesday evening",
  "within hours", "later that day", "the next morning".
- A manner of following that names the stance's own noun ("followed with statements of support", "with a letter of
  support", "with its own endorsement"; grammar `stance_manner`, lexicon `ellipsis.statement_nouns`): only where the
  noun's kind is the stance before's; not "followed with interest", "with a statement on trade".
- "said so" repeats the stance as "said as much" does (`ellipsis.repeated_words`).
- A follower is read in a sentence with no candidate in focus (two were named just before) when a stance was told in
  the last two sentences (events.py `follower`); and three sentences back past two that told nothing at all.

Grids: forms x times x both races; about half are near-misses that give no new event."""
from __future__ import annotations

import itertools

import pytest

from tests.extract.conftest import E, O, grid_keys as _keys, stances as _stances


RACES = {
    "nato": dict(cand="Mark Rutte", rival="Klaus Iohannis", first="Germany", state="Greece", second="Portugal",
                 capital="Athens", refuser="Hungary", leader="Chancellor Olaf Scholz"),
    "un": dict(cand="Michelle Bachelet", rival="Rafael Grossi", first="Chile", state="Peru", second="Ecuador",
               capital="Lima", refuser="Russia", leader="President Gabriel Boric"),
}






# ---------------------------------------------------------------- the follower's time
FOLLOWERS = ["{state} followed", "{state} did the same", "{capital} followed suit", "{state} and {second} followed",
             "{state} took the same line", "{state} signed on"]
TIMES = ["a few hours later", "late last night", "on Wednesday evening", "within hours", "later that day",
         "the next morning", "two days later", "early on Thursday"]


@pytest.mark.parametrize("race,pred,when", [
    (r, p, t) for r, p, t in itertools.product(RACES, FOLLOWERS, TIMES) if (FOLLOWERS.index(p) + TIMES.index(t)) % 3 == 0])
def test_follower_time(request, race, pred, when):
    r = RACES[race]
    text = f"{r['first']} backed {r['cand']} on Monday. " + pred.format(**r) + f" {when}."
    found = _stances(_keys(request, race, text))
    assert E(r["cand"], r["state"]) in found, text
    assert not {k for k in found if k[1] != r["cand"]}, text


FOLLOW_NEAR = [
    "{state} followed the debate closely a few hours later.",      # an object of its own
    "{state} followed the talks late last night.",
    "{state} did the same thing every year.",                      # habit, no stance
    "{state} followed a few hours later with a statement on trade.",
    "{state} did not follow a few hours later.",                   # negated
    "{state} may follow within hours.",                            # modal
]


@pytest.mark.parametrize("race,pattern", itertools.product(RACES, FOLLOW_NEAR))
def test_follower_time_near_misses(request, race, pattern):
    r = RACES[race]
    text = f"{r['first']} backed {r['cand']} on Monday. " + pattern.format(**r)
    assert not {k for k in _stances(_keys(request, race, text)) if k[2] == r["state"]}, text


# ---------------------------------------------------------------- a manner naming the stance's noun
MANNERS = ["followed with statements of support", "followed with a letter of support", "followed with its own endorsement",
           "followed with a formal declaration of support", "followed with similar expressions of support"]
AFTERS = ["", " on Wednesday evening", " a day later"]


@pytest.mark.parametrize("race,pred,after", [
    (r, p, a) for r, p, a in itertools.product(RACES, MANNERS, AFTERS) if (MANNERS.index(p) + AFTERS.index(a)) % 2 == 0])
def test_stance_manner(request, race, pred, after):
    r = RACES[race]
    text = f"{r['first']} backed {r['cand']} on Monday. {r['state']} and {r['second']} {pred}{after}."
    assert _stances(_keys(request, race, text)) == {E(r["cand"], s) for s in (r["first"], r["state"], r["second"])}, text


MANNER_NEAR = [
    "{first} backed {cand} on Monday. {state} followed with interest.",
    "{first} backed {cand} on Monday. {state} followed with a statement on trade.",
    "{first} backed {cand} on Monday. {state} followed with support for the ceasefire.",
    "{first} backed {cand} on Monday. {state} followed with statements of support for {rival}.",
    # the noun's kind is not the stance before's
    "{refuser} refused to back {cand} on Monday. {state} followed with statements of support.",
    "{first} backed {cand} on Monday. {state} followed with objections of its own.",
]


@pytest.mark.parametrize("race,pattern", itertools.product(RACES, MANNER_NEAR))
def test_stance_manner_near_misses(request, race, pattern):
    r = RACES[race]
    text = pattern.format(**r)
    found = _stances(_keys(request, race, text))
    assert E(r["cand"], r["state"]) not in found and O(r["cand"], r["state"]) not in found, text


# ---------------------------------------------------------------- "said so"
SAID = ["{state} said so in March", "{state} had said so publicly", "{state} has said so too", "{capital} said as much in March"]


@pytest.mark.parametrize("race,pred,same", [(r, p, s) for r, p, s in itertools.product(RACES, SAID, (True, False))
                                            if (SAID.index(p) + s) % 2 == 0 or r == "un"])
def test_said_so(request, race, pred, same):
    r = RACES[race]
    joined = pred.format(**r)
    text = (f"{r['first']} and {r['second']} both back {r['cand']}, and {joined}." if same else
            f"{r['first']} backed {r['cand']} on Monday. {joined[0].upper()}{joined[1:]}.")
    assert E(r["cand"], r["state"]) in _keys(request, race, text), text


@pytest.mark.parametrize("race", RACES)
def test_said_so_refusal_and_near_misses(request, race):
    r = RACES[race]
    text = f"{r['refuser']} refused to back {r['cand']} on Monday. {r['state']} said so too."
    assert O(r["cand"], r["state"]) in _keys(request, race, text), text
    for near in ["{state} never said so.", "{state} might say so in March.", "{state} said so about the budget.",
                 "{state} said so about {rival}."]:
        text = f"{r['first']} backed {r['cand']} on Monday. " + near.format(**r)
        assert not {k for k in _stances(_keys(request, race, text)) if k[2] == r["state"]}, text


# ---------------------------------------------------------------- a follower with no candidate in focus
@pytest.mark.parametrize("race,pred", itertools.product(RACES, ["did the same a few hours later", "followed suit",
                                                                "followed within hours", "took the same line"]))
def test_follower_after_two_candidates(request, race, pred):
    r = RACES[race]
    text = (f"{r['rival']} withdrew on Friday, saying the arithmetic was clear. {r['first']} said it would now "
            f"support {r['cand']}. {r['state']} {pred}.")
    assert E(r["cand"], r["state"]) in _keys(request, race, text), text


@pytest.mark.parametrize("race", RACES)
def test_follower_after_two_candidates_near_misses(request, race):
    r = RACES[race]
    for tail in ["{state} did the same thing every year.", "{state} followed the talks.", "{state} did not follow.",
                 "Once {capital} is on board, everyone will look at the rest.", "If {state} does the same, the race is over.",
                 "Until {state} follows suit, nothing is settled.",
                 "{state} followed the debate on trade a few hours later."]:
        text = (f"{r['rival']} withdrew on Friday. {r['first']} said it would now support {r['cand']}. "
                + tail.format(**r))
        assert not {k for k in _stances(_keys(request, race, text)) if k[2] == r["state"]}, text


@pytest.mark.parametrize("race", RACES)
def test_follower_three_sentences_back(request, race):
    r = RACES[race]
    text = (f"{r['first']} endorsed {r['cand']} on Wednesday. \"{r['cand']} is a doer,\" its envoy said. "
            f"Its president thanked {r['capital']} on social media. {r['state']} and {r['second']} followed with "
            f"statements of support on Wednesday evening.")
    assert {E(r["cand"], r["state"]), E(r["cand"], r["second"])} <= _keys(request, race, text), text
    # not past a sentence telling another candidate's bid
    text = (f"{r['first']} endorsed {r['cand']} on Wednesday. Its envoy praised her. {r['rival']} announced his bid "
            f"on Thursday. {r['state']} followed on Friday.")
    assert E(r["cand"], r["state"]) not in _keys(request, race, text), text


# ---------------------------------------------------------------- states named after a stance as those that took it too
# (frames/stance_checks.py `more_actors`: "..., followed within hours by A", "..., as did B", "..., after C and D")
AFTER = [", after {s1} and {s2}", ", after {s1} and {s2} had done so", ", like {s1} and {s2}",
         " a week later, following {s1} and {s2}", ", after {s1}, {s2} and {s3}"]
STANCES = ["{first} threw its weight behind {cand} last Thursday", "{first} backed {cand} on Monday",
           "{first} came out for {cand}"]
THIRD = {"nato": dict(s1="London", s2="Paris", s3="Berlin", states={"United Kingdom", "France", "Germany"}),
         "un": dict(s1="Brasilia", s2="Mexico", s3="Quito", states={"Brazil", "Mexico", "Ecuador"})}


@pytest.mark.parametrize("race,stance,after", [
    (r, s, a) for r, s, a in itertools.product(RACES, STANCES, AFTER) if (STANCES.index(s) + AFTER.index(a)) % 2 == 0])
def test_states_after_stance(request, race, stance, after):
    r, t = dict(RACES[race]), THIRD[race]
    r["first"] = "Greece" if race == "nato" else "Peru"
    text = (stance + after).format(**r, **t) + "."
    found = {k[2] for k in _stances(_keys(request, race, text)) if k[1] == r["cand"] and k[0] == "endorsement"}
    expected = {"United Kingdom", "France"} if race == "nato" else {"Brazil", "Mexico"}
    if "{s3}" in after:
        expected = t["states"]
    assert expected | {r["first"]} <= found, text


AFTER_NEAR = [", after {s1}", " following {s3}", ", after talks in {s1} and {s2}", ", after {s1} objected", ", after {s1}'s veto", " after visits to {s1} and {s2}",
              ", after meeting officials in {s1}", ", following {s1}'s lead on trade", ", unlike {s1}"]


@pytest.mark.parametrize("race,after", itertools.product(RACES, AFTER_NEAR))
def test_states_after_stance_near_misses(request, race, after):
    r, t = RACES[race], THIRD[race]
    text = ("{first} backed {cand} on Monday" + after).format(**r, **t) + "."
    # (a veto is the vetoing state's own opposition: no endorsement of it)
    found = {k[2] for k in _stances(_keys(request, race, text)) if k[0] == "endorsement"}
    assert not found & (t["states"] - {r["first"]}), text


# ---------------------------------------------------------------- a negated auxiliary standing for a support's verb phrase
REFUSED = ["{first} backs {cand}; {state}, whose own minister is in the race, does not",
           "{first} backs {cand}, but {state} does not", "{first} will back {cand}, but {state} will not",
           "{first} backed {cand} in May, while {state} did not", "{refuser} will not back {cand}, and {state} will not either",
           "{first} supports {cand}; {state}, for its part, won't"]


@pytest.mark.parametrize("race,pattern", itertools.product(RACES, REFUSED))
def test_negated_auxiliary(request, race, pattern):
    r = RACES[race]
    text = pattern.format(**r) + "."
    assert O(r["cand"], r["state"]) in _keys(request, race, text), text


REFUSED_NEAR = ["{first} backs {cand}; {state} has not", "{first} backs {cand}; {state} does not yet",
                "{first} backs {cand}, but {state} may not", "{refuser} refuses to back {cand}; {state} does not",
                "{first} backs {cand}; {state} does not comment on candidates", "{first} has not endorsed {cand}, and {state} does not either",
                "{first} backs {cand}, and {state} does not either", "{first} backs {cand}; {state} does not back {rival}"]


@pytest.mark.parametrize("race,pattern", itertools.product(RACES, REFUSED_NEAR))
def test_negated_auxiliary_near_misses(request, race, pattern):
    r = RACES[race]
    text = pattern.format(**r) + "."
    assert O(r["cand"], r["state"]) not in _keys(request, race, text), text


# ---------------------------------------------------------------- gapping: a nomination, a relating phrase, a chain
GAPPED = [("{first} nominated {cand} and {state} {rival} within a week of each other", True),
          ("{first} nominated {cand}, and {state} {rival} days apart", True),
          ("{first} backed {cand} and {state} {rival} respectively", False),
          ("{first} backs {cand} and {state} {rival} within a day of each other", False)]


@pytest.mark.parametrize("race,case", itertools.product(RACES, GAPPED))
def test_gapped_with_relating_phrase(request, race, case):
    r = RACES[race]
    pattern, nominated = case
    text = pattern.format(**r) + "."
    keys = _keys(request, race, text)
    assert E(r["rival"], r["state"]) in keys and E(r["cand"], r["first"]) in keys, text
    assert (("candidacy", r["rival"], None) in keys) == nominated, text


@pytest.mark.parametrize("race", RACES)
def test_gapped_chain_and_near_misses(request, race):
    r = RACES[race]
    text = f"{r['first']} backed {r['cand']} early, {r['second']} too, and {r['state']} in April."
    assert {E(r["cand"], s) for s in (r["first"], r["second"], r["state"])} <= _keys(request, race, text), text
    for near in ["{first} nominated {cand} and {state} {rival} for the board within a week of each other.",
                 "{first} met {cand} and {state} {rival} within a week of each other.",
                 "{first} may nominate {cand} and {state} {rival} within a week of each other.",
                 "{first} welcomed {cand}, {second} too, and {state} in April."]:
        text = near.format(**r)
        assert not {k for k in _stances(_keys(request, race, text)) if k[2] == r["state"]}, text
