"""Whom a pronoun or a possessive stands for across clauses and sentences, and a time after a reporting verb (round
27, issue 12 item 4, the entity layer): grids of invented sentences, both races, about half near-misses that must give
no event (or not the false one).

- a day or a month after a reporting verb is a time, not a title before the reported clause's subject ("X said on
  Monday she is still in the race": candidacy_checks._TITLE_BEFORE);
- "it" opening a second reported clause ("said A would not stand in X's way and that it supports him") is the teller,
  the state named before the reporting verb, else the state the first clause named (Resolver.second_that_it);
- a possessive before a bid is the candidate a "he"/"she" of its own sentence stood for ("X met Y. He said that his own
  bid remains alive": references._subject_owner), and a bid kept in a lasting state ("remains alive", "stays on track")
  after a reported clause's "that" is a candidacy (rule candidacy_possessed_bid).
"""
from __future__ import annotations

from tests.extract.conftest import CAND, E, both_races

# ---------------------------------------------------------------- a time after a reporting verb
# (candidate, pronoun)
SPEAKERS = {"nato": [("Klaus Iohannis", "he"), ("Kaja Kallas", "she")],
            "un": [("Michelle Bachelet", "she"), ("Rafael Grossi", "he")]}
TIMED = [
    ("{X} said on Wednesday {p} is still in the race.", True),
    ("{X} told reporters on Monday {p} remains in the race.", True),
    ("{X} said in March {p} was in the race.", True),
    ("{X} insisted on Friday {p} is still in the contest.", True),
    ("{X} said late on Tuesday that {p} remains in the race.", True),
    # near-misses: negated, a modal, a denial, a question
    ("{X} said on Wednesday {p} is not in the race.", False),
    ("{X} said on Monday {p} might be in the race.", False),
    ("{X} said in March {p} was never in the race.", False),
    ("{X} was asked on Friday whether {p} is in the race.", False),
]


def _timed(race):
    return [(t.format(X=x, p=p), {CAND(x)} if yes else set()) for x, p in SPEAKERS[race] for t, yes in TIMED]


@both_races(_timed("nato"), _timed("un"))
def test_time_after_reporting_verb_is_no_title(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected, sentence


# ---------------------------------------------------------------- "it" of a second reported clause
# (state, a person speaking for it, candidate, pronoun)
SECOND = {"nato": [("Estonia", "Kaja Kallas", "Mark Rutte", "him"), ("Poland", "Andrzej Duda", "Mark Rutte", "him")],
          "un": [("Peru", "The foreign minister", "Michelle Bachelet", "her"), ("Brazil", "Lula", "Rebeca Grynspan", "her")]}
THAT_IT = [
    ("{P} said {S} would not stand in {C}'s way and that it supports {o}.", True),
    ("{S} said it had met {C} and that it supports {o}.", True),
    ("{P} told reporters {S} had hosted {C} and that it now backs {o}.", True),
    ("{S} said it had met {C}, and that it would vote for {o}.", True),
    ("{P} said {S} had received {C} and that it fully supports {o}.", True),
    # near-misses: an impersonal "it", a denied report, a stance not taken, a condition
    ("{S} said it had met {C} and that it is unclear who will win.", False),
    ("{S} never said it had met {C} and that it supports {o}.", False),
    ("{S} said it had met {C} and that it has not decided whether to back {o}.", False),
    ("{S} said it had met {C} and that it could back {o} if the talks go well.", False),
]


def _that_it(race):
    cases = []
    for s, p, c, o in SECOND[race]:
        for t, yes in THAT_IT:
            cases.append((t.format(S=s, P=p, C=c, o=o), {E(c, s)} if yes else set()))
    return cases


@both_races(_that_it("nato"), _that_it("un"))
def test_it_of_second_reported_clause(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected, sentence


# ---------------------------------------------------------------- "his own bid" after "He" of the same sentence
# (the subject named first, another candidate named after, pronoun, possessive)
PAIRS = {"nato": [("Klaus Iohannis", "Mark Rutte", "He", "his"), ("Mark Rutte", "Klaus Iohannis", "He", "his")],
         "un": [("Michelle Bachelet", "Rebeca Grynspan", "She", "her"), ("Rafael Grossi", "Michelle Bachelet", "He", "his")]}
OWNED = [
    ("{X} met {Y} in Brussels. {P} told reporters afterwards that {pos} own bid remains alive.", True),
    ("{X} met {Y} on Monday. {P} said that {pos} bid remains alive.", True),
    ("{X} hosted {Y} in Vienna. {P} insisted that {pos} candidacy was still alive.", True),
    ("{X} spoke with {Y} by phone. {P} added that {pos} campaign stays on track.", True),
    # near-misses: a denial, a question, another aim of the bid, a bid told as over
    ("{X} met {Y} in Brussels. {P} denied that {pos} bid remains alive.", False),
    ("{X} met {Y} in Brussels. {P} was asked whether {pos} bid remains alive.", False),
    ("{X} met {Y} in Brussels. {P} said that {pos} bid to host the summit remains alive.", False),
    ("{X} met {Y} in Brussels. {P} said that {pos} bid remains over.", False),
]


def _owned(race):
    cases = []
    for x, y, p, pos in PAIRS[race]:
        for t, yes in OWNED:
            cases.append((t.format(X=x, Y=y, P=p, pos=pos), {CAND(x)} if yes else set()))
    return cases


@both_races(_owned("nato"), _owned("un"))
def test_possessive_after_subject_pronoun(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected, sentence
