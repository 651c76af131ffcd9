"""Whom a possessive, a pronoun or a name in a comparison refers to (round 26, issue 12, the entity layer): grids of
invented sentences, both races, about half near-misses that must give no event (or not the false one).

- a state's possessive before a stance noun right after a telling verb's object is the teller's ("Vilnius told
  Bucharest its support for X ...", "assured Ankara of their backing"): not the state told (lexicon
  cues.own_stance_telling_verbs; "warned B that its veto ..." is B's and stays out of the reader);
- a candidate named in a comparison set before a clause ("Unlike X, she ...", "As with X, his ...") is not whom the
  clause's pronouns stand for (lexicon cues.compared_fronts; Salience.see_compared);
- a possessive before a state's noun after a name closing an aside ("A's ambassador, introducing X, said his country
  nominated her") tells nothing of an unlisted name's sex, so "her" may be that name; and a name a finding states in the
  race by name is kept whatever evidence its event shows (Extraction.named_in_race);
- "the latter", "the former", "the last" before a verb, an adverb or a comma stand for the last (first) item of the
  list of states or candidates just named (lexicon list_item_anaphora; not "the former president", "the last days");
- a short item whose title names no race is about it when a state with a candidate owns the candidate's role ("Romania
  is still backing its own president": race_article._names_by_state).
"""
from __future__ import annotations

import datetime as dt

from tests.extract.conftest import CAND, E, O, both_races, event_keys

# ---------------------------------------------------------------- the teller's possessive
# (race, teller forms, the state told, candidate, another state's capital for a near-miss)
TELLERS = {
    "nato": (("Lithuania", "Vilnius", "Lithuanian officials"), "Lithuania", ("Bucharest", "Romania"), "Mark Rutte"),
    "un": (("Paraguay", "Asuncion", "Paraguayan officials"), "Paraguay", ("Santiago", "Chile"), "Rafael Grossi"),
}
# templates: {A} the teller, {B} the state told, {C} the candidate; each with the expected stance kind
TOLD = [
    ("{A} told {B} its support for {C} was not against anyone.", "E"),
    ("{A} has assured {B} of its backing for {C}.", "E"),
    ("{A} informed {B} last week of its decision to back {C}.", "E"),
    ("{A} told {B} that its opposition to {C} was final.", "O"),
    ("{A} briefed {B} on its support for {C}.", "E"),
    ("{A} said it had told {B} its support for {C} was firm.", "E"),
]
# near-misses: a possessive before no stance noun; a warning about the one told, in a modal clause
TOLD_MISSES = [
    "{A} told {B} its talks with {C} had gone well.",
    "{A} warned {B} that its veto on {C} would isolate it.",
    "{A} told {B} its view of {C} had not changed.",
]


def _told(race):
    forms, state, (told, _), candidate = TELLERS[race]
    cases = []
    for teller in forms:
        a = teller if teller[0].isupper() else teller
        for template, kind in TOLD:
            text = template.format(A=a, B=told, C=candidate)
            if "said it had" in template and teller.endswith("officials"):
                text = text.replace("said it had", "said they had").replace("its support", "their support")
            elif teller.endswith("officials"):
                text = text.replace(" its ", " their ")
            cases.append((text, {E(candidate, state)} if kind == "E" else {O(candidate, state)}))
        for template in TOLD_MISSES:
            text = template.format(A=a, B=told, C=candidate)
            cases.append((text.replace(" its ", " their ") if teller.endswith("officials") else text, set()))
    return cases


@both_races(_told("nato"), _told("un"))
def test_teller_owns_its_stance(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected, sentence


# ---------------------------------------------------------------- a name in a comparison
# (the candidate in focus, named before; the one compared, of the same sex; the pronoun)
FOCUS = {
    "nato": [("Mark Rutte", "Klaus Iohannis", "he", "his")],
    "un": [("Rebeca Grynspan", "Michelle Bachelet", "she", "her"), ("Rafael Grossi", "Klaus Iohannis", "he", "his")],
}
COMPARED = [
    "Unlike {X}, {p} said {p} would run for the post.",
    "Unlike {X}, {p} is running for the post.",
    "First, {p} made no enemies: unlike {X}, {p} said {p} was a candidate for the post.",
    "Unlike {X}, {p} has declared {pos} candidacy for the post.",
    "In contrast to {X}, {p} announced {pos} bid for the post on Monday.",
]


def _compared(race):
    cases = []
    for focus, other, p, pos in FOCUS[race]:
        if other == "Klaus Iohannis" and race == "un":
            continue
        opening = f"{focus} spoke in Brussels on Monday." if race == "nato" else f"{focus} spoke in New York on Monday."
        for template in COMPARED:
            body = template.format(X=other, p=p, pos=pos)
            cases.append((f"{opening} {body[0].upper()}{body[1:]}", {CAND(focus)}))
        # near-misses: no comparison, the one named last is whom the pronoun stands for; a comparison naming no one
        cases.append((f"{opening} {other} spoke too; {p} said {p} would run for the post.", {CAND(other)}))
        cases.append((f"{opening} Unlike {other}, {p} said nothing about the post.", set()))
    return cases


@both_races(_compared("nato"), _compared("un"))
def test_compared_name_is_not_the_pronoun(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected, sentence


# ---------------------------------------------------------------- an unlisted name in an aside, "his country"
# (race, roster of the race, the new name, the state's representative and its state, a listed candidate of the
# other sex... and of the same sex as "her", whom the pronoun must not be)
ASIDES = {
    "nato": ("The candidates are Mark Rutte, Klaus Iohannis and Anna Berzina.", "Anna Berzina", "Berzina",
             ("Latvia's ambassador", "Latvia"), ("Dominica", "Slovakia's envoy", "Slovakia"),
             ["Mark Rutte", "Klaus Iohannis"]),
    "un": ("The four candidates are Michelle Bachelet, Rebeca Grynspan, Rafael Grossi and Maria Fernanda Espinoza.",
           "Maria Fernanda Espinoza", "Espinoza", ("Antigua and Barbuda's ambassador", "Antigua and Barbuda"),
           ("Dominica", "Dominica's representative", "Dominica"), ["Michelle Bachelet", "Rebeca Grynspan", "Rafael Grossi"]),
}
ASIDE_FORMS = [
    "{R}, introducing {N}, reminded the hall that his country nominated her.",
    "{R}, speaking after {N}, said his country had nominated her in March.",
]


def _asides(race):
    roster, name, surname, (rep, state), (_, rep2, state2), listed = ASIDES[race]
    base = {CAND(c) for c in listed} | {CAND(name)}
    cases = []
    for form in ASIDE_FORMS:
        cases.append((f"{roster} {form.format(R=rep, N=surname)}", base | {E(name, state)}))
        # the next sentence's "her candidature" is that name's too
        cases.append((f"{roster} {form.format(R=rep, N=surname)} {rep2} said it was proud to co-sponsor her candidature.",
                      base | {E(name, state), E(name, state2)}))
    # near-misses: the name is no aside (it is the subject: "his" is then the name's and "her" someone else, none of
    # those listed: no stance); no pronoun at all
    cases.append((f"{roster} {rep} said his country would study the matter.", base))
    cases.append((f"{roster} {rep}, introducing {surname}, reminded the hall of the rules.", base))
    return cases


@both_races(_asides("nato"), _asides("un"))
def test_unlisted_name_in_an_aside(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected, sentence


# ---------------------------------------------------------------- "the latter", "the former", "the last"
# (race, two states, three states, a candidate, two candidates of whom the second is of that pronoun)
LISTS = {
    "nato": (("Hungary", "Romania"), ("Hungary", "Slovakia", "Romania"), "Klaus Iohannis",
             ("Kaja Kallas", "Klaus Iohannis", "he")),
    "un": (("Peru", "Brazil"), ("Peru", "Brazil", "Mexico"), "Rafael Grossi",
           ("Rafael Grossi", "Rebeca Grynspan", "she")),
}


def _lists(race):
    (a, b), (x, y, z), candidate, (c1, c2, p) = LISTS[race]
    pair = f"{a} and {b} spoke first."
    return [
        (f"{pair} The latter has endorsed {candidate}.", {E(candidate, b)}),
        (f"{pair} The former has endorsed {candidate}.", {E(candidate, a)}),
        (f"{a} and {b} spoke first; the latter backs {candidate}.", {E(candidate, b)}),
        (f"{pair} The former said it would not support {candidate}.", {O(candidate, a)}),
        (f"{pair} The latter told reporters it backs {candidate}.", {E(candidate, b)}),
        (f"{x}, {y} and {z} spoke first, the last still campaigning for {candidate}.", {E(candidate, z)}),
        (f"All but {x}, {y} and {z} - the last still campaigning for {candidate} - signed the letter.", set()),
        (f"{c1} and {c2} spoke on Monday. The latter said {p} was running for the post.", {CAND(c2)}),
        # near-misses: a descriptor, not the list's item; a list of three for "the latter"; no list named before; a
        # time after "the last"
        (f"{pair} The former president of {a} said nothing about {candidate}.", set()),
        (f"{x}, {y} and {z} spoke first. The latter has endorsed {candidate}.", set()),
        (f"{a} spoke first. The latter has endorsed {candidate}.", set()),
        (f"{pair} The last days of the talks were tense.", set()),
        (f"{pair} The former diplomats in the hall applauded {candidate}.", set()),
    ]


@both_races(_lists("nato"), _lists("un"))
def test_list_item_anaphora(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected, sentence


# ---------------------------------------------------------------- a short item naming the candidate by an owned role
# (a title that is no race's: the item is about the race when a state with a candidate owns the candidate's role)
OWNED = {
    "nato": [("Romania is still backing its own president.", {E("Klaus Iohannis", "Romania")}),
             ("Romania, while still formally supporting its own head of state, has stopped campaigning in allied capitals.",
              {E("Klaus Iohannis", "Romania")}),
             ("Romania hosted its own president at a dinner.", set()),
             ("Hungary is still backing its own president.", set())],
    "un": [("Chile is still backing its own former president.", {E("Michelle Bachelet", "Chile")}),
           ("Argentina keeps campaigning for its own director general.", {E("Rafael Grossi", "Argentina")}),
           ("Chile honoured its own former president at a dinner.", set()),
           ("Peru is still backing its own former president.", set())],
}


@both_races(OWNED["nato"], OWNED["un"])
def test_short_item_owned_role(story, un_story, race, sentence, expected):
    assert event_keys(story if race == "nato" else un_story, "Still formally", sentence, dt.date(2024, 4, 3)) == expected
