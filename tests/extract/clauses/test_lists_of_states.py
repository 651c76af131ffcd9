"""Lists of states and the heads that stand for them (session 25, lists25), tested as grids of invented sentences in
both races (no corpus sentence), about half of them near-misses that give no event:

- a counted plural anaphor in a subject slot ("the four capitals", "the three governments", bare "all three" / "the
  four" before a verb) stands for the states of the last list of that many, named in this sentence or the three
  before (a bare count: this sentence or the one before); a list of states is one whatever the states do in it
  ("nobody in A, B, C or D had a reason to say no"); never a list of another size, nor one too far back;
- "no." ends a sentence unless a figure follows ("say no. The four ...", "No. 10");
- a counted head before the givers of a stance noun: "the backing of the region's two largest countries, A and B".
"""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import extract_events
from natowatch.extract.text import split_sentences

RACES = {
    "nato": dict(title="The race to lead NATO", day=dt.date(2024, 5, 16), cand="Mark Rutte", short="Rutte",
                 pron="him", states=("Hungary", "Slovakia", "Turkey", "Germany"),
                 capitals=("Budapest", "Bratislava", "Ankara", "Berlin")),
    "un": dict(title="The race for UN Secretary-General", day=dt.date(2026, 9, 30), cand="Rebeca Grynspan",
               short="Grynspan", pron="her", states=("Brazil", "Mexico", "Chile", "Peru"),
               capitals=("Brasilia", "Mexico City", "Santiago", "Lima")),
}


@pytest.fixture(scope="module")
def stories(story, un_story):
    return {"nato": story, "un": un_story}


def _stances(stories, race: str, text: str) -> set[tuple[str, str, str]]:
    r = RACES[race]
    return {(e.type, e.subject, e.actor) for e in extract_events(r["title"], text, r["day"], stories[race])
            if e.type in ("endorsement", "opposition")}


def _list(names: tuple[str, ...], last: str = "and") -> str:
    return ", ".join(names[:-1]) + f" {last} " + names[-1]


# the list's sentence: (text with {L} the list, the states act in it or not)
LISTS = [
    "{L} met in Geneva on Monday.",
    "Nobody in {L} had a reason to say no.",
    "Envoys from {L} gathered for talks.",
]
# the anaphor's sentence: ({H} the head, the stance's type); {X} the candidate, {O} the object pronoun
HEADS = {3: ["The three governments", "All three", "The three", "The three allies", "All three countries"],
         4: ["The four capitals", "All four", "The four", "The four states"]}
PREDICATES = [
    ("{H} have since backed {X}.", "endorsement"),
    ("{H} fell into line behind {X} in February.", "endorsement"),
    ("{H} will not support {X}.", "opposition"),
]


def _cells():
    return [(race, n, lst, head, pred) for race in RACES for n in (3, 4) for lst in LISTS for head in HEADS[n]
            for pred in PREDICATES]


def _fill(race: str, n: int, lst: str, head: str, pred: str, size: int | None = None, gap: str = "") -> str:
    r = RACES[race]
    names = (r["capitals"] if lst.startswith("Nobody") else r["states"])[:size or n]
    last = "or" if lst.startswith("Nobody") else "and"
    return (f"{r['cand']} has been in the race since the autumn. " + lst.format(L=_list(names, last)) + " " + gap
            + pred[0].format(H=head, X=r["short"]))


@pytest.mark.parametrize("race,n,lst,head,pred", _cells(), ids=[f"{c[0]}-{c[1]}-{c[2][:12]}-{c[3]}-{c[4][0][5:18]}"
                                                                for c in _cells()])
def test_counted_head_stands_for_the_list(stories, race, n, lst, head, pred):
    r = RACES[race]
    got = _stances(stories, race, _fill(race, n, lst, head, pred))
    assert got == {(pred[1], r["cand"], s) for s in r["states"][:n]}


# near-misses: a list of another size, a noun that is no state's, a list too far back for a bare count, a condition
NEAR = [
    ("size", lambda race, n, head, pred: _fill(race, n, LISTS[0], head, pred, size=n - 1 if n == 4 else 4)),
    ("noun", lambda race, n, head, pred: _fill(race, n, LISTS[0], head.split()[0] + " " + head.split()[1] + " candidates",
                                               ("{H} have debated twice.", ""))),
    ("far", lambda race, n, head, pred: _fill(race, n, LISTS[0], head, pred,
                                              gap="It rained in the city. Nothing else happened there. The talks ended. ")),
    ("condition", lambda race, n, head, pred: _fill(race, n, LISTS[0], head, ("{H} could back {X} if the polls allow.", ""))),
]


def _near_cells():
    return [(race, n, head, kind) for race in RACES for n in (3, 4) for head in HEADS[n] for kind, _ in NEAR]


@pytest.mark.parametrize("race,n,head,kind", _near_cells(), ids=[f"{c[0]}-{c[1]}-{c[2]}-{c[3]}" for c in _near_cells()])
def test_counted_head_near_misses(stories, race, n, head, kind):
    text = dict(NEAR)[kind](race, n, head, PREDICATES[0])
    assert not _stances(stories, race, text)


@pytest.mark.parametrize("race", list(RACES))
def test_bare_count_reaches_one_sentence_back(stories, race):
    r = RACES[race]
    text = (f"{_list(r['states'][:3])} met on Monday. {r['cand']} spoke in the city on Tuesday. "
            f"All three have since backed {r['short']}.")
    assert not _stances(stories, race, text)


@pytest.mark.parametrize("text,expected", [
    ("They had a reason to say no. The four met.", ["They had a reason to say no.", "The four met."]),
    ("The answer was No. Then he left.", ["The answer was No.", "Then he left."]),
    ("He lives at No. 10 Downing Street. Fine.", ["He lives at No. 10 Downing Street.", "Fine."]),
    ("Item no. 5 was read. Yes.", ["Item no. 5 was read.", "Yes."]),
])
def test_no_ends_a_sentence_unless_a_figure_follows(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


# a counted head before the givers of a stance noun, the noun itself the second object of a verb of having
GIVERS = [
    ("{X} had the longer record and the backing of the region's two largest countries, {A} and {B}.", True),
    ("{X} had the longer record and the support of two permanent members, {A} and {B}.", True),
    ("{X} has the backing of the two biggest states, {A} and {B}.", True),
    ("{X} had the longer record and the respect of the region's two largest countries, {A} and {B}.", False),
    ("{X} had the longer record and the attention of two permanent members, {A} and {B}.", False),
]


@pytest.mark.parametrize("race", list(RACES))
@pytest.mark.parametrize("sentence,stance", GIVERS, ids=[g[0][:50] for g in GIVERS])
def test_counted_head_before_givers(stories, race, sentence, stance):
    r = RACES[race]
    a, b = r["states"][:2]
    got = _stances(stories, race, sentence.format(X=r["cand"], A=a, B=b))
    assert got == ({("endorsement", r["cand"], a), ("endorsement", r["cand"], b)} if stance else set())


# ---------------------------------------------------------------- slice 2: lists with asides, dashes and semicolons
# {A} {B} {C} states, {X} the candidate; each sentence with the states expected to take the stance (indexes), or none
ASIDE_FORMS = {
    "short": "more cautiously",
    "clause": "in a statement that surprised even its own diplomats",
    "candidate": "after {Y}'s graceful exit in August",
    "state": "after long talks with {D}",
}
ASIDE_PREDICATES = [
    ("{A} and, {aside}, {B} backed {X} on Wednesday.", "endorsement"),
    ("{A}, {C} and, {aside}, {B} said on Wednesday that they would not support {X}.", "opposition"),
    ("{Z} endorsed {X} in January; {A}, {C} and, {aside}, {B} followed.", "endorsement"),
]
OTHERS = {"nato": dict(Y="Kaja Kallas", Z="Spain", D="Poland"), "un": dict(Y="Michelle Bachelet", Z="Spain", D="Peru")}


def _aside_cells():
    return [(race, form, pred) for race in RACES for form in ASIDE_FORMS for pred in ASIDE_PREDICATES]


@pytest.mark.parametrize("race,form,pred", _aside_cells(), ids=[f"{c[0]}-{c[1]}-{c[2][0][:20]}" for c in _aside_cells()])
def test_aside_after_a_list_conjunction(stories, race, form, pred):
    r, o = RACES[race], OTHERS[race]
    a, b, c = r["states"][:3]
    text = pred[0].format(A=a, B=b, C=c, X=r["short"], Z=o["Z"], aside=ASIDE_FORMS[form].format(**o))
    got = {x for x in _stances(stories, race, text) if x[2] != o["Z"]}
    acting = [a, b] + ([c] if "{C}" in pred[0] else [])
    # (the state of the aside never acts: near-miss)
    assert got == {(pred[1], r["cand"], s) for s in acting}


# a relative clause after a list: its predicate right after the pronoun, or "whose" with a noun in the singular, is the
# last member's; a plural verb or noun keeps the list
RELATIVE_LISTS = [
    ("{A} and {B}, which supports {X}, met on Monday.", [1]),
    ("Ministers from {A} and {B}, which supports {X}, met on Monday.", [1]),
    ("{A} and {B}, which support {X}, met on Monday.", [0, 1]),
    ("{A} and {B}, whose president has backed {X}, met on Monday.", [1]),
    ("{A} and {B}, whose foreign minister endorsed {X} last year, signed a trade pact.", [1]),
    ("{A} and {B}, whose governments have backed {X}, met on Monday.", [0, 1]),
    ("{A} and {B}, whose leaders endorsed {X} last year, signed a trade pact.", [0, 1]),
]


@pytest.mark.parametrize("race", list(RACES))
@pytest.mark.parametrize("sentence,acting", RELATIVE_LISTS, ids=[s[:45] for s, _ in RELATIVE_LISTS])
def test_relative_after_a_list_by_number(stories, race, sentence, acting):
    r = RACES[race]
    states = r["states"][:2]
    got = _stances(stories, race, sentence.format(A=states[0], B=states[1], X=r["short"]))
    assert got == {("endorsement", r["cand"], states[i]) for i in acting}


# a series set off by semicolons (closed by "; and"), a list after a dash or a colon whose items have asides, and a
# dashed list in apposition whose last item has an aside naming the organisation
SERIES = [
    ("{X} has the backing of {A}, the largest of them; {B}; and {C}, which confirmed its support on Tuesday.", [0, 1, 2]),
    ("{X} has the backing of {A}; {B}; and {C}.", [0, 1, 2]),
    ("{A}, a member since 1999; {B}; and {C}, which joined later, have backed {X}.", [0, 1, 2]),
    ("{X} was backed by {A}, a long-time friend; {B} said nothing; and {C} stayed silent.", [0]),
    ("{X} was backed by {A}; {B} hosted the talks; and {C} stayed silent.", [0]),
    ("Only two of them - {A}, whose prime minister raised the matter at a summit, and {B} - have said they support {X}.",
     [0, 1]),
    ("Two states have backed {X}: {A}, whose prime minister raised the matter at a summit, and {B}.", [0, 1]),
    ("{X} met two envoys - {A}, whose prime minister raised the matter at a summit, and {B} - on Monday.", []),
    ("The smaller allies - {A}, {B} and {C}, the last of which joined {O} only in April - came out for {X} on Thursday.",
     [0, 1, 2]),
    ("{X} thanked the smaller allies - {A}, {B} and {C}, the last of which joined {O} only in April - on Thursday.", []),
]
ORGS = {"nato": "the alliance", "un": "the United Nations"}


@pytest.mark.parametrize("race", list(RACES))
@pytest.mark.parametrize("sentence,acting", SERIES, ids=[s[:45] for s, _ in SERIES])
def test_series_and_dashed_lists(stories, race, sentence, acting):
    r = RACES[race]
    states = r["states"][:3]
    text = sentence.format(A=states[0], B=states[1], C=states[2], X=r["short"], O=ORGS[race])
    got = _stances(stories, race, text)
    assert got == {("endorsement", r["cand"], states[i]) for i in acting}


# joining the bid as one of its supporters, the bid said between the verb and "as" ("joined the nomination as
# co-sponsors"), a list of states as the actor; not joining something else as something else
JOINED = [
    ("{A}, {B} and {C} joined the nomination as co-sponsors.", [0, 1, 2]),
    ("{A} joined the nomination as a co-sponsor.", [0]),
    ("{A} and {B} signed on to the candidacy as sponsors.", [0, 1]),
    ("{A} and {B} joined as co-sponsors.", [0, 1]),
    ("{A} joined the talks as an observer.", []),
    ("{A} and {B} joined the nomination committee as members.", []),
    ("{A} joined the nomination as a co-sponsor of the resolution on water.", []),
]


@pytest.mark.parametrize("race", list(RACES))
@pytest.mark.parametrize("sentence,acting", JOINED, ids=[s[:45] for s, _ in JOINED])
def test_joined_the_bid_as_supporters(stories, race, sentence, acting):
    r = RACES[race]
    states = r["states"][1:4]
    text = f"{r['states'][0]} nominated {r['cand']} on Monday. " + sentence.format(A=states[0], B=states[1], C=states[2])
    got = {x for x in _stances(stories, race, text) if x[2] != r["states"][0]}
    assert got == {("endorsement", r["cand"], states[i]) for i in acting}


# a state (or a list of states set off by dashes) choosing a candidate backs them; the organisation choosing appoints;
# choosing them for something else, or a choice only possible, is no stance
CHOSEN = [
    ("The big ones - {A}, {B}, {C} - have chosen {X}, and everybody knows that.", {0, 1, 2}, "endorsement"),
    ("{A} has chosen {X}.", {0}, "endorsement"),
    ("{A} and {B} opted for {X} in the end.", {0, 1}, "endorsement"),
    ("{A} picked {X} in the end.", {0}, "endorsement"),
    ("{A} did not choose {X}.", {0}, "opposition"),
    ("{A} chose {X} as its envoy to the talks.", set(), ""),
    ("{A} picked {X} to lead its delegation.", set(), ""),
    ("{A} may choose {X} if the polls allow.", set(), ""),
]


@pytest.mark.parametrize("race", list(RACES))
@pytest.mark.parametrize("sentence,acting,stance", CHOSEN, ids=[s[:45] for s, _, _ in CHOSEN])
def test_state_choosing_a_candidate(stories, race, sentence, acting, stance):
    r = RACES[race]
    states = r["capitals"][:3] if "big ones" in sentence else r["states"][:3]
    text = f"{r['cand']} met the press on Monday. " + sentence.format(A=states[0], B=states[1], C=states[2], X=r["short"])
    assert _stances(stories, race, text) == {(stance, r["cand"], r["states"][i]) for i in acting}
