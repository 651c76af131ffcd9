"""Lists whose items carry material (session 24, lists24): one reader of a list's items for every frame that reads
lists, tested as a grid of invented forms in both races (no corpus sentence), about half near-misses.

- an item may carry bounded asides before the next item's separator: an age (", 61,"), its origin ("of S"), an
  apposition (", the head of the agency,"), a relative clause of its own (", who declared in May,"); the separator may
  be a comma, "and" or a semicolon; the next item may have a label before its name ("former President X", "S's X");
- frames that read such lists: a counted field ("Three candidates remain: ..."), the field by its size ("The field now
  stands at three: ...", "The race is down to two: ..."), the race counted with those already in it ("brings the number
  of declared candidates to four, alongside ..."), an order of entry ("the fifth person to be formally nominated, after
  ..."), joining them ("joins ... in the race"); not a count of something else, another contest, an ordinal of another
  prize, nor a list that is the subject of another verb ("after A and B withdrew");
- a relative clause after a list belongs to its last item when its verb is singular ("Hungary and Slovakia, which is
  backing X") or when an earlier item has an aside of its own ("A of S, who ..., and B of T, who has had the backing
  of U"); a plural verb keeps the whole list ("which are backing X").
"""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import extract_events

NATO = dict(title="The race to lead NATO", day=dt.date(2024, 5, 16), names=("Kallas", "Iohannis", "Rutte"),
            full=("Kaja Kallas", "Klaus Iohannis", "Mark Rutte"), states=("Estonia", "Romania", "the Netherlands"),
            demonyms=("Estonian", "Romanian", "Dutch"), actors=("Hungary", "Slovakia", "Turkey"),
            actor_values=("Hungary", "Slovakia", "Turkey"))
UN = dict(title="The race for UN Secretary-General", day=dt.date(2026, 9, 30), names=("Bachelet", "Grossi", "Grynspan"),
          full=("Michelle Bachelet", "Rafael Grossi", "Rebeca Grynspan"), states=("Chile", "Argentina", "Costa Rica"),
          demonyms=("Chilean", "Argentine", "Costa Rican"), actors=("Russia", "Brazil", "Mexico"),
          actor_values=("Russia", "Brazil", "Mexico"))

# an item's forms: each gives the item as it stands before the next separator (a trailing comma is an aside's close)
ITEMS = {
    "plain": "{n}",
    "age": "{n}, 61,",
    "origin": "{n} of {s}",
    "age_origin": "{n}, 61, of {s},",
    "possessor": "{s}'s {n}",
    "apposition": "{n}, the head of the agency,",
    "relative": "{n}, who declared in May,",
    "label": "former {d} president {n}",
}
# frames that state the listed are in the race
FRAMES = [
    "Three candidates remain: {A} {B} and {C}.",
    "The field now stands at three: {A} {B} and {C}.",
    "The race is down to three: {A} {B} and {C}.",
    "The field has narrowed to three - {A} {B} and {C}.",
    "The nomination brings the number of declared candidates to four, alongside {A} {B} and {C}.",
    "She is the fourth person to be formally nominated, after {A} {B} and {C}.",
    "He is the fourth candidate to enter the race, joining {A} {B} and {C}.",
]
# the same lists in frames that state nothing of the race
NEAR = [
    "The death toll now stands at three: {A} {B} and {C}.",
    "The race for mayor is down to three: {A} {B} and {C}.",
    "She is the fourth person to be nominated for the literature prize, after {A} {B} and {C}.",
    "She is the fourth person to be formally nominated, after {A} {B} and {C} withdrew.",
    "The number of observers rose to four, alongside {A} {B} and {C}.",
    "He was the fourth guest to arrive, after {A} {B} and {C}.",
    "The field could shrink to three: {A} {B} and {C}.",
]


def _item(race: dict, form: str, i: int, last: bool) -> str:
    text = ITEMS[form].format(n=race["names"][i], s=race["states"][i], d=race["demonyms"][i])
    if last:
        return text.rstrip(",")
    return text if text.endswith(",") else text + ","


def _sentence(frame: str, race: dict, form: str) -> str:
    # (the last item's aside is closed by a comma when a verb follows the list: "and C, 61, withdrew")
    verb_after = frame.split("{C}")[1][1:2].islower()
    a, b, c = (_item(race, form, i, i == 2 and not verb_after) for i in range(3))
    # "A, B and C": the second item's comma only closes an aside (none after a plain item before "and")
    b = b if ITEMS[form].endswith(",") else b.rstrip(",")
    return frame.format(A=a, B=b, C=c).replace(" ,", ",")


def _candidacies(story, race: dict, text: str) -> set[str]:
    return {e.subject for e in extract_events(race["title"], text, race["day"], story) if e.type == "candidacy"}


def _cells(frames, skip=()):
    return [(r, f, form) for r in ("nato", "un") for f in frames for form in ITEMS if form not in skip]


# (an item's own relative clause "who declared in May" states a candidacy of its own: no near-miss there)
NEAR_CELLS = _cells(NEAR, skip=("relative",))


@pytest.fixture(scope="module")
def stories(story, un_story):
    return {"nato": (story, NATO), "un": (un_story, UN)}


@pytest.mark.parametrize("race,frame,form", _cells(FRAMES), ids=[f"{r}-{f[:24]}-{k}" for r, f, k in _cells(FRAMES)])
def test_listed_items_are_in_the_race(stories, race, frame, form):
    story, r = stories[race]
    assert _candidacies(story, r, _sentence(frame, r, form)) >= set(r["full"])


@pytest.mark.parametrize("race,frame,form", NEAR_CELLS, ids=[f"{r}-{f[:24]}-{k}" for r, f, k in NEAR_CELLS])
def test_listed_items_near_misses(stories, race, frame, form):
    story, r = stories[race]
    assert not _candidacies(story, r, _sentence(frame, r, form)) & set(r["full"][:2])


def _stances(story, race: dict, text: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.subject, e.actor) for e in extract_events(race["title"], text, race["day"], story)
            if e.type in ("endorsement", "opposition")}


RELATIVES = [
    # (sentence, expected stances by index: (type, candidate index, actor index))
    ("{S0} and {S1}, which is backing {C1}, still hold out.", {("endorsement", 1, 1)}),
    ("{S0} and {S1}, which now backs {C1}, met on Monday.", {("endorsement", 1, 1)}),
    ("{S0} and {S1}, which has thrown its weight behind {C1}, met on Monday.", {("endorsement", 1, 1)}),
    ("{S0} and {S1}, which are backing {C1}, met on Monday.", {("endorsement", 1, 0), ("endorsement", 1, 1)}),
    ("{S0} and {S1}, which have both endorsed {C1}, met on Monday.", {("endorsement", 1, 0), ("endorsement", 1, 1)}),
    ("The holdouts are {S0} and {S1}, which is backing {C1}.", {("endorsement", 1, 1)}),
    ("{S0}, {S2} and {S1}, which is backing {C1}, met on Monday.", {("endorsement", 1, 1)}),
]
CANDIDATE_RELATIVES = [
    ("The race is down to two: {C0} of {T0}, who has topped every poll, and {C1} of {T1}, who has had the quiet backing "
     "of {S0} since the spring.", {("endorsement", 1, 0)}),
    ("The race is down to two: {C0} of {T0}, who has topped every poll, and {C1} of {T1}, who had the quiet backing "
     "of {S0} in the spring.", {("endorsement", 1, 0)}),
    ("{C0} and {C1}, who has the backing of {S0}, spoke on Monday.", {("endorsement", 1, 0)}),
    ("{C0} and {C1}, who have the backing of {S0}, spoke on Monday.", {("endorsement", 0, 0), ("endorsement", 1, 0)}),
]


def _fill(race: dict, text: str) -> str:
    values = {f"S{i}": race["actors"][i] for i in range(3)} | {f"C{i}": race["full"][i] for i in range(3)} | {
        f"T{i}": race["states"][i].removeprefix("the ") for i in range(3)}
    return text.format(**values)


def _expected(race: dict, expected) -> set[tuple[str, str, str]]:
    return {(t, race["full"][c], race["actor_values"][a]) for t, c, a in expected}


@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("sentence,expected", RELATIVES + CANDIDATE_RELATIVES,
                         ids=[s[:50] for s, _ in RELATIVES + CANDIDATE_RELATIVES])
def test_relative_clause_after_a_list(stories, race, sentence, expected):
    story, r = stories[race]
    got = {x for x in _stances(story, r, _fill(r, sentence)) if x[0] == "endorsement"}
    assert got == _expected(r, expected)


# a list of states whose items each carry an aside (an apposition, a relative clause): all act, as subjects and as the
# givers after "by", "of" or "from"; not the object of another verb before a second clause
STATE_ASIDES = [
    ("{S0}, a long-time member, and {S1}, a founding member of the group, backed {C0}.", {(0, 0), (0, 1)}),
    ("{S0}, which joined late, and {S1}, which joined later, backed {C0}.", {(0, 0), (0, 1)}),
    ("{C0} won the backing of {S0}, a long-time member, and {S1}, a founding member of the group.", {(0, 0), (0, 1)}),
    ("{C0} won the backing of {S0}, which joined late, and {S1}, which joined later.", {(0, 0), (0, 1)}),
    ("{C0} is backed by {S0}, a long-time member, and {S1}.", {(0, 0), (0, 1)}),
    ("{C0} thanked {S0}, a long-time member, and {S1} then backed {C1}.", {(1, 1)}),
    ("{C0} met {S0}, a long-time member, and {S1}, a founding member of the group.", set()),
    ("{C0} won the respect of {S0}, a long-time member, and {S1}, a founding member of the group.", set()),
]


@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("sentence,expected", STATE_ASIDES, ids=[s[:50] for s, _ in STATE_ASIDES])
def test_state_list_items_with_asides(stories, race, sentence, expected):
    story, r = stories[race]
    got = {x for x in _stances(story, r, _fill(r, sentence)) if x[0] == "endorsement"}
    assert got == {("endorsement", r["full"][c], r["actor_values"][a]) for c, a in expected}
