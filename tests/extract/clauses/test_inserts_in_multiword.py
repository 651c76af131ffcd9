"""Inserts inside multiword predicates, for every concept (round 24, issue 12 items 1-2): one reader
(extract/inserts.py) reads an -ly adverb, a time, a degree word, a weighing adjective or a short aside between commas,
dashes or brackets as absent wherever it stands between two words of a multiword phrase of the lexicon, or between a
predicate's verb and its object ("pulled, reluctantly, out of the race", "bowed quietly out", "came, as expected, into
the race", "declared, in an interview on Monday, her interest in the post", "kept faith throughout with X", "named, by
acclamation, X as"). A grid: several predicates of each concept x several inserts x both races; the near-misses (about
half) keep the same inserts where the rest of the clause says no event: a modal, a stance not yet taken, another object
than the race or a candidate, an insert that bears on the scope ("it seems", "apparently"). With the families the
reader serves: coming into and leaving the race by any of its nouns, keeping faith with a candidate, an interest
declared in the post (not in another thing), a stance reported of a state in a second verb phrase."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP as A, CAND as C, WD as W, E, O, event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 4, 12), dt.date(2026, 6, 12)
# (title, day, candidate, their possessive, a state, a second candidate, their possessive, the deciding body, the post)
RACES = {
    "nato": (NATO_TITLE, NATO_DAY, "Mark Rutte", "his", "Germany", "Klaus Iohannis", "his", "The allies",
             "the next secretary general"),
    "un": (UN_TITLE, UN_DAY, "Rebeca Grynspan", "her", "Peru", "Michelle Bachelet", "her", "The Security Council",
           "the next secretary-general"),
}


# a predicate with the place of its insert ({i}); {C} the candidate, {p} their possessive, {S} a state, {X} the
# second candidate (who leaves), {q} theirs, {B} the deciding body, {P} the post; what it gives
PREDICATES = {
    "hat": ("{C} threw{i} {p} hat into the ring.", lambda c, s, x: {C(c)}),
    "came_into": ("{C} came{i} into the race.", lambda c, s, x: {C(c)}),
    "entered": ("{C} entered{i} the contest.", lambda c, s, x: {C(c)}),
    "interest": ("{C} declared{i} {p} interest in the post.", lambda c, s, x: {C(c)}),
    "availability": ("{C} signalled{i} {p} availability for the post.", lambda c, s, x: {C(c)}),
    "pulled": ("{X} pulled{i} out of the race.", lambda c, s, x: {W(x)}),
    "bowed": ("{X} bowed{i} out of the race.", lambda c, s, x: {W(x)}),
    "dropped": ("{X} dropped{i} out of the contest.", lambda c, s, x: {W(x)}),
    "left": ("{X} left{i} the race.", lambda c, s, x: {W(x)}),
    "left_contest": ("{X} left{i} the contest.", lambda c, s, x: {W(x)}),
    "towel": ("{X} threw{i} in the towel.", lambda c, s, x: {W(x)}),
    "weight": ("{S} threw its weight{i} behind {C}.", lambda c, s, x: {E(c, s)}),
    "favour": ("{S} came out{i} in favour of {C}.", lambda c, s, x: {E(c, s)}),
    "faith": ("{S} kept faith{i} with {C}.", lambda c, s, x: {E(c, s)}),
    "lined": ("{S} lined up{i} behind {C}.", lambda c, s, x: {E(c, s)}),
    "corner": ("{S} has been{i} in {C}'s corner.", lambda c, s, x: {E(c, s)}),
    "spoke": ("{S} spoke out{i} against {C}.", lambda c, s, x: {O(c, s)}),
    "came_against": ("{S} came out{i} against {C}.", lambda c, s, x: {O(c, s)}),
    "named": ("{B} named{i} {C} as {P}.", lambda c, s, x: {A(c)}),
}
# inserts that change nothing: an -ly adverb, a time, both, a degree, an aside between commas, dashes or brackets
INSERTS = {
    "plain": "",
    "comma_adverb": ", reluctantly,",
    "adverb": " quietly",
    "day": " on Monday",
    "week": " last week",
    "month": " in March",
    "adverb_day": " firmly on Thursday",
    "as_expected": ", as expected,",
    "interview": ", in an interview on Monday,",
    "dashes": " - as expected -",
    "brackets": " (as expected)",
    "after": ", after weeks of talks,",
    "at_last": ", at long last,",
}
# (an adverb or a degree between a verb and its object is not how a reporter writes it: "named quietly X")
SKIPPED = {("named", "adverb"), ("named", "adverb_day")}


def _cells():
    for race in RACES:
        for name in PREDICATES:
            for kind in INSERTS:
                if (name, kind) not in SKIPPED:
                    yield pytest.param(race, name, kind, id=f"{race}|{name}|{kind}")


def _text(race, template, insert):
    title, day, c, p, s, x, q, body, post = RACES[race]
    return template.format(C=c, p=p, S=s, X=x, q=q, B=body, P=post, i=insert)


@pytest.mark.parametrize("race,name,kind", _cells())
def test_an_insert_inside_the_predicate_changes_nothing(request, race, name, kind):
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    title, day, c, p, s, x, *_ = RACES[race]
    template, expected = PREDICATES[name]
    text = _text(race, template, INSERTS[kind])
    assert event_keys(story, title, text, day) == expected(c, s, x), text


# near-misses: the same inserts where the clause states no event (a modal, not yet, another object, a thing
# other than the post) or where the insert itself bears on the scope
NEAR_MISSES = {
    "could_pull": "{X} could pull{i} out of the race.",
    "pulled_talks": "{X} pulled{i} out of the trade talks.",
    "left_room": "{X} left{i} the room.",
    "came_room": "{C} came{i} into the room.",
    "may_come": "{C} may come{i} into the race.",
    "interest_chess": "{C} declared{i} {p} interest in chess.",
    "weight_plan": "{S} threw its weight{i} behind the aid plan.",
    "could_weight": "{S} could throw its weight{i} behind {C}.",
    "yet_weight": "{S} has yet to throw its weight{i} behind {C}.",
    "faith_treaty": "{S} kept faith{i} with the treaty.",
    "lined_position": "{S} lined up{i} behind the American position.",
    "spoke_plan": "{S} spoke out{i} against the plan.",
    "could_name": "{B} could name{i} {C} as {P}.",
    "named_envoy": "{B} named{i} {C} as their envoy to the summit.",
}
NEAR_INSERTS = {k: INSERTS[k] for k in ("plain", "comma_adverb", "adverb", "day", "interview", "dashes", "after")}
# inserts that bear on the predicate's scope stay where scope reads them: the phrase is not read through them
SCOPED = {"seems": ", it seems,", "nearly": " nearly", "possibly": ", possibly,"}
SCOPED_PREDICATES = ("pulled", "came_into", "weight", "faith", "spoke")


def _near():
    for race in RACES:
        for name in NEAR_MISSES:
            for kind in NEAR_INSERTS:
                if (name, kind) not in {("named_envoy", "adverb"), ("could_name", "adverb")}:
                    yield pytest.param(race, NEAR_MISSES[name], NEAR_INSERTS[kind], id=f"{race}|{name}|{kind}")
        for name in SCOPED_PREDICATES:
            for kind, insert in SCOPED.items():
                yield pytest.param(race, PREDICATES[name][0], insert, id=f"{race}|{name}|scoped-{kind}")


@pytest.mark.parametrize("race,template,insert", _near())
def test_near_misses_give_no_event(request, race, template, insert):
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    title, day, *_ = RACES[race]
    text = _text(race, template, insert)
    assert event_keys(story, title, text, day) == set(), text


# ---- a stance reported of a state in the second of two verb phrases: "will not support X and is reported to favour Y"
FIRST = {
    "refused": ("{S} will not support {X} and", lambda c, s, x: {O(x, s)}),
    "opposes": ("{S} opposes {X} and", lambda c, s, x: {O(x, s)}),
    "criticised": ("{S} has criticised the process and", lambda c, s, x: set()),
}
SECOND = {
    "reported": ("is reported to favour {C}.", True),
    "said": ("is said to back {C}.", True),
    "understood": ("is understood to support {C}.", True),
    "widely": ("is widely reported to favour {C}.", True),
    # near-misses: a modal or a denial in the second verb phrase, a stance on another matter
    "could": ("could yet come to favour {C}.", False),
    "not_reported": ("is not reported to favour anyone.", False),
    "plan": ("is reported to favour the aid plan.", False),
}


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("first", FIRST)
@pytest.mark.parametrize("second", SECOND)
def test_a_stance_reported_in_a_second_verb_phrase(request, race, first, second):
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    title, day, c, p, s, x, *_ = RACES[race]
    (head, before), (tail, stated) = FIRST[first], SECOND[second]
    text = _text(race, head + " " + tail, "")
    expected = before(c, s, x) | ({E(c, s)} if stated else set())
    assert event_keys(story, title, text, day) == expected, text


# ---- the date of an event whose time stood inside its predicate is still read
@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("template,kind", [("{X} pulled, on March 3, out of the race.", "withdrawal"),
                                           ("{S} threw its weight on March 3 behind {C}.", "endorsement"),
                                           ("{B} named, on March 3, {C} as {P}.", "appointment")])
def test_a_time_inside_the_predicate_dates_the_event(request, race, template, kind):
    from natowatch.extract import extract_events
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    title, day, *_ = RACES[race]
    text = _text(race, template, "")
    found = [e for e in extract_events(title, text, day, story) if e.type == kind]
    assert found and all((e.date.month, e.date.day) == (3, 3) for e in found), text
